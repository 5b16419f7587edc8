"""`python`: the escape hatch for what data cannot say.

`check: name` names a function registered in msglint.checks with
`@check("name")`; it receives (ctx, rule) and yields Hits.
"""
from __future__ import annotations

from ..checks import CHECKS
from ..context import ActiveRule, Context
from ..errors import RuleError


class PythonChecker:
    def __init__(self, rules: list[ActiveRule], nlp):
        self.rules = []
        for rule in rules:
            name = rule.spec.body.get("check")
            if name not in CHECKS:
                raise RuleError(str(rule.spec.path), f"unknown python check '{name}' (known: {', '.join(sorted(CHECKS))})")
            self.rules.append((rule, CHECKS[name]))

    def run(self, ctx: Context):
        for rule, function in self.rules:
            if rule.off_for(ctx.kind):
                continue  # no work for a rule that cannot report on this kind of message
            for hit in function(ctx, rule):
                yield rule, hit


def compile(rules: list[ActiveRule], nlp) -> PythonChecker:
    return PythonChecker(rules, nlp)
