"""`pattern`: spaCy Matcher token patterns as data, one Matcher for all rules.

Patterns are validated when compiled (`validate=True`), so a bad pattern
fails at load time naming the rule.  Set predicates (`IN`) run in Python for
every token, so a pattern whose first token is `{ATTR: {IN: [...]}}` is
expanded into one pattern per value: the Matcher compares those in C.
"""
from __future__ import annotations

from ..context import ActiveRule, Context, Hit
from ..errors import RuleError
from . import longest_first


class PatternChecker:
    def __init__(self, rules: list[ActiveRule], nlp):
        from spacy.matcher import Matcher

        self.matcher = Matcher(nlp.vocab, validate=True)
        self.rules = {}
        for rule in rules:
            patterns = rule.spec.body.get("patterns")
            if not isinstance(patterns, list) or not all(isinstance(p, list) for p in patterns):
                raise RuleError(str(rule.spec.path), "field 'patterns' must be a list of token patterns (lists)")
            try:
                self.matcher.add(rule.code, [p for pattern in patterns for p in expand_first_token(pattern)])
            except Exception as error:  # spaCy raises ValueError/MatchPatternError
                raise RuleError(str(rule.spec.path), f"bad token pattern: {_one_line(error)}") from None
            self.rules[rule.code] = rule

    def run(self, ctx: Context):
        doc = ctx.doc
        found: dict[str, list] = {}
        for match_id, start, end in self.matcher(doc):
            found.setdefault(doc.vocab.strings[match_id], []).append((start, end, None))
        for code, spans in found.items():
            rule = self.rules[code]
            for start, end, _ in longest_first(spans):
                span = doc[start:end]
                char_start, char_end = ctx.char_span(span)
                yield rule, Hit(char_start, char_end, {"match": span.text})


def expand_first_token(pattern: list) -> list[list]:
    """[{LOWER: {IN: [a, b]}}, ...] -> [[{LOWER: a}, ...], [{LOWER: b}, ...]]; anything else as is."""
    first = pattern[0] if pattern and isinstance(pattern[0], dict) else None
    if not first or len(first) != 1:
        return [pattern]
    (attribute, value), = first.items()
    if attribute not in ("LOWER", "LEMMA", "ORTH", "NORM", "TEXT") or not isinstance(value, dict) or set(value) != {"IN"}:
        return [pattern]
    return [[{attribute: item}, *pattern[1:]] for item in value["IN"]]


def compile(rules: list[ActiveRule], nlp) -> PatternChecker:
    return PatternChecker(rules, nlp)


def _one_line(error: Exception) -> str:
    """spaCy's pattern errors span several lines; keep the details on one."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip() and not set(line.strip()) <= {"-"}]
    return " ".join(lines)
