"""`dependency`: spaCy DependencyMatcher patterns as data (needs the parser).

`highlight:` names the pattern nodes whose tokens make the reported span;
by default the span runs from the first to the last matched token.
"""
from __future__ import annotations

from ..context import ActiveRule, Context, Hit
from ..errors import RuleError


class DependencyChecker:
    def __init__(self, rules: list[ActiveRule], nlp):
        from spacy.matcher import DependencyMatcher

        self.matcher = DependencyMatcher(nlp.vocab, validate=True)
        self.rules = {}
        self.node_names: dict[str, list[str]] = {}
        for rule in rules:
            patterns = rule.spec.body.get("patterns")
            if not isinstance(patterns, list) or not all(isinstance(p, list) for p in patterns):
                raise RuleError(str(rule.spec.path), "field 'patterns' must be a list of dependency patterns (lists of nodes)")
            for index, pattern in enumerate(patterns):
                key = f"{rule.code}#{index}"
                try:
                    self.matcher.add(key, [pattern])
                except Exception as error:
                    raise RuleError(str(rule.spec.path), f"bad dependency pattern {index}: {_one_line(error)}") from None
                self.rules[key] = rule
                self.node_names[key] = [node["RIGHT_ID"] for node in pattern]

    def run(self, ctx: Context):
        doc = ctx.doc
        seen: set[tuple[str, int, int]] = set()
        if not any(rule.applies_to(ctx) for rule in self.rules.values()):
            return
        for match_id, token_ids in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            rule = self.rules[key]
            names = self.node_names[key]
            wanted = rule.spec.body.get("highlight")
            ids = [i for i, name in zip(token_ids, names) if name in wanted] if wanted else []
            ids = ids or token_ids
            start, end = min(ids), max(ids) + 1
            if (rule.code, start, end) in seen:
                continue
            seen.add((rule.code, start, end))
            span = doc[start:end]
            char_start, char_end = ctx.char_span(span)
            values = {"match": span.text}
            for token_id, name in zip(token_ids, names):
                values[name] = doc[token_id].text
            yield rule, Hit(char_start, char_end, values)


def compile(rules: list[ActiveRule], nlp) -> DependencyChecker:
    return DependencyChecker(rules, nlp)


def _one_line(error: Exception) -> str:
    """spaCy's pattern errors span several lines; keep the details on one."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip() and not set(line.strip()) <= {"-"}]
    return " ".join(lines)
