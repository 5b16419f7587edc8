"""`metric`: a threshold on a computed quantity (see msglint.metrics).

`condition: "> max"` compares the metric with a number or with a rule option;
an option may be a number or a mapping of message kind to number.  With the
free-account setting, an option `<name>_free` replaces `<name>` if present.
An optional `min_words` option skips messages too short for the metric to mean much.
"""
from __future__ import annotations

import operator
import re

from ..context import ActiveRule, Context, Hit
from ..errors import RuleError
from ..metrics import METRICS

_OPERATORS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le}
_CONDITION = re.compile(r"^\s*(>=|<=|>|<)\s*([A-Za-z_][A-Za-z0-9_]*|-?\d+(?:\.\d+)?)\s*$")


def threshold(rule: ActiveRule, operand: str, kind: str, free_account: bool):
    if operand[0].isdigit() or operand[0] == "-":
        return float(operand)
    name = f"{operand}_free" if free_account and f"{operand}_free" in rule.options else operand
    value = rule.options[name]
    if isinstance(value, dict):
        return value.get(kind)
    return value


class MetricChecker:
    def __init__(self, rules: list[ActiveRule], nlp):
        self.rules = []
        for rule in rules:
            body = rule.spec.body
            name = body.get("metric")
            if name not in METRICS:
                raise RuleError(str(rule.spec.path), f"unknown metric '{name}' (known: {', '.join(sorted(METRICS))})")
            match = _CONDITION.match(str(body.get("condition", "")))
            if not match:
                raise RuleError(str(rule.spec.path), "field 'condition' must look like '> 300' or '> max'")
            op, operand = match.groups()
            if not (operand[0].isdigit() or operand[0] == "-") and operand not in rule.spec.options:
                raise RuleError(str(rule.spec.path), f"condition names option '{operand}', which 'options' does not define")
            self.rules.append((rule, METRICS[name], _OPERATORS[op], operand))

    def run(self, ctx: Context):
        free = bool(ctx.settings and ctx.settings.free_account)
        for rule, measure, compare, operand in self.rules:
            if rule.off_for(ctx.kind):
                continue
            limit = threshold(rule, operand, ctx.kind, free)
            if limit is None or len(ctx.words) < rule.options.get("min_words", 0):
                continue
            for m in measure(ctx):
                if compare(m.value, limit):
                    value = int(m.value) if float(m.value).is_integer() else m.value
                    limit_shown = int(limit) if float(limit).is_integer() else limit
                    yield rule, Hit(m.start, m.end, {"value": value, "limit": limit_shown, "match": ctx.message.text[m.start:m.end]})


def compile(rules: list[ActiveRule], nlp) -> MetricChecker:
    return MetricChecker(rules, nlp)
