"""`existence` and `substitution`: phrase lists in one PhraseMatcher pass, plus regexes.

Phrases match on spaCy's NORM attribute: case-insensitive, whole tokens only,
and curly apostrophes match straight ones.  Every phrase of every rule goes
into one PhraseMatcher, so adding phrase rules costs one pass, not one each.
`regex:` entries of existence rules run on the rule's scope text instead.
"""
from __future__ import annotations

import re

from ..context import ActiveRule, Context, Hit
from ..errors import RuleError
from ..fixes import replacement_edits
from ..textpatterns import Alternation, alternation
from . import longest_first


def _norm_key(tokens) -> str:
    return " ".join(t.norm_ for t in tokens if not t.is_space)


class PhraseChecker:
    def __init__(self, rules: list[ActiveRule], nlp):
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.rules: dict[str, ActiveRule] = {}
        self.swaps: dict[str, dict[str, str]] = {}
        self.regexes: list[tuple[ActiveRule, Alternation]] = []
        for rule in rules:
            body = rule.spec.body
            phrases = list(body.get("phrases", []))
            swap = body.get("swap") or {}
            if isinstance(swap, list):  # a list of phrases to delete
                swap = dict.fromkeys(swap, "")
            swap = {str(k): None if v is None else str(v) for k, v in swap.items()}  # None: flag only
            if swap:
                docs = list(nlp.tokenizer.pipe(swap))
                self.swaps[rule.code] = {_norm_key(doc): swap[key] for doc, key in zip(docs, swap)}
                phrases.extend(swap)
            if phrases:
                self.rules[rule.code] = rule
                self.matcher.add(rule.code, list(nlp.tokenizer.pipe(phrases)))
            patterns = body.get("regex", [])
            if patterns:  # one alternation per rule: one pass over the text, not one per pattern
                try:
                    self.regexes.append((rule, alternation(patterns, ignorecase=body.get("ignorecase", True))))
                except re.error as error:
                    raise RuleError(str(rule.spec.path), f"bad regular expression: {error}") from None

    def run(self, ctx: Context):
        matches: dict[str, list] = {}
        doc = ctx.doc
        for match_id, start, end in self.matcher(doc):
            if not _on_word_boundary(doc, start, end):
                continue
            code = doc.vocab.strings[match_id]
            span = doc[start:end]
            matches.setdefault(code, []).append((span.start_char, span.end_char, span))
        for code, spans in matches.items():
            rule = self.rules[code]
            for start, end, span in longest_first(spans):
                yield rule, self._hit(ctx, rule, span)
        message = ctx.message
        for rule, pattern in self.regexes:
            if rule.off_for(ctx.kind):
                continue
            scope = rule.spec.scope
            if scope in ("subject", "message") and message.subject is not None:
                for match in _nonempty(pattern.finditer(message.subject.value)):
                    yield rule, Hit(*ctx.subject_span(match.start(), match.end()), {"match": match.group(0)})
            if scope in ("body", "message"):
                for match in _nonempty(ctx.body_matches(pattern)):
                    yield rule, Hit(ctx.offset + match.start(), ctx.offset + match.end(), {"match": match.group(0)})

    def _hit(self, ctx: Context, rule: ActiveRule, span) -> Hit:
        start, end = ctx.char_span(span)
        values = {"match": span.text}
        swap = self.swaps.get(rule.code)
        if swap is None:
            return Hit(start, end, values)
        replacement = swap.get(_norm_key(span))
        if replacement is None:
            return Hit(start, end, values)
        values["replacement"] = replacement
        return Hit(start, end, values, edits=replacement_edits(ctx.message.text, start, end, replacement))


def _on_word_boundary(doc, start: int, end: int) -> bool:
    """Tokens split off a word ("We|'re", "tax|-|free") do not start or end a phrase."""
    if start > 0 and not doc[start - 1].whitespace_ and (doc[start - 1].is_alpha or doc[start - 1].text in "-‐‑"):
        return False
    if end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in "-‐‑":
        return False
    return True


def _nonempty(matches):
    return (m for m in matches if m.end() > m.start())


def compile(rules: list[ActiveRule], nlp) -> PhraseChecker:
    return PhraseChecker(rules, nlp)
