"""`dependency`: spaCy DependencyMatcher patterns as data (needs the parser).

`highlight:` names the pattern nodes whose tokens make the reported span;
by default the span runs from the first to the last matched token.

The DependencyMatcher tests every node's attributes on every token, set
predicates (`IN`) in Python, so each pattern gets its own matcher behind a
gate: the words its nodes require (a `LEMMA`/`LOWER`/`ORTH`/`TEXT` value or
`IN` list).  A message that lacks one of them cannot match, and that
pattern's matcher does not run.
"""
from __future__ import annotations

from ..context import ActiveRule, Context, Hit
from ..errors import RuleError


_LEXICAL = {"LEMMA": "lemma_", "LOWER": "lower_", "ORTH": "orth_", "TEXT": "orth_"}


def required_words(pattern: list[dict]) -> list[tuple[str, frozenset[str]]]:
    """(token attribute, values) pairs: for each node that names its words, one of
    them must occur in the message for the pattern to match."""
    gates = []
    for node in pattern:
        attrs = node.get("RIGHT_ATTRS") or {}
        for key, attribute in _LEXICAL.items():
            value = attrs.get(key)
            if isinstance(value, str):
                gates.append((attribute, frozenset([value])))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                gates.append((attribute, frozenset(value["IN"])))
    return gates


class DependencyChecker:
    def __init__(self, rules: list[ActiveRule], nlp):
        from spacy.matcher import DependencyMatcher

        self.gated: list[tuple[list, object]] = []  # (required words, matcher) per pattern
        self.rules = {}
        self.node_names: dict[str, list[str]] = {}
        for rule in rules:
            patterns = rule.spec.body.get("patterns")
            if not isinstance(patterns, list) or not all(isinstance(p, list) for p in patterns):
                raise RuleError(str(rule.spec.path), "field 'patterns' must be a list of dependency patterns (lists of nodes)")
            for index, pattern in enumerate(patterns):
                key = f"{rule.code}#{index}"
                matcher = DependencyMatcher(nlp.vocab, validate=True)
                try:
                    matcher.add(key, [pattern])
                except Exception as error:
                    raise RuleError(str(rule.spec.path), f"bad dependency pattern {index}: {_one_line(error)}") from None
                self.rules[key] = rule
                self.node_names[key] = [node["RIGHT_ID"] for node in pattern]
                self.gated.append((required_words(pattern), matcher))
        self.attributes = {attribute for gates, _ in self.gated for attribute, _ in gates}  # token attributes the gates read

    def run(self, ctx: Context):
        seen: set[tuple[str, int, int]] = set()
        if not any(rule.applies_to(ctx) for rule in self.rules.values()):
            return
        words = {attribute: {getattr(token, attribute) for token in ctx.tokens} for attribute in self.attributes}
        for gates, matcher in self.gated:
            if all(words[attribute] & values for attribute, values in gates):
                yield from self._matches(ctx, matcher, seen)

    def _matches(self, ctx: Context, matcher, seen: set):
        doc = ctx.doc
        for match_id, token_ids in matcher(doc):
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
