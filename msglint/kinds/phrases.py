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
from . import longest_first


def _norm_key(tokens) -> str:
    return " ".join(t.norm_ for t in tokens if not t.is_space)


class PhraseChecker:
    def __init__(self, rules: list[ActiveRule], nlp):
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.rules: dict[str, ActiveRule] = {}
        self.swaps: dict[str, dict[str, str]] = {}
        self.regexes: list[tuple[ActiveRule, re.Pattern]] = []
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
            flags = re.IGNORECASE if body.get("ignorecase", True) else 0
            patterns = body.get("regex", [])
            if patterns:  # one alternation per rule: one pass over the text, not one per pattern
                try:
                    self.regexes.append((rule, re.compile("|".join(f"(?:{p})" for p in patterns), flags)))
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
        for rule, pattern in self.regexes:
            if rule.off_for(ctx.kind):
                continue
            for scope_start, scope_text in _scope_texts(ctx, rule.spec.scope):
                for match in pattern.finditer(scope_text):
                    if match.end() > match.start():
                        if scope_start is None:
                            start = end = ctx.message.body_start
                        else:
                            start, end = scope_start + match.start(), scope_start + match.end()
                        yield rule, Hit(start, end, {"match": match.group(0)})

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


def _scope_texts(ctx: Context, scope: str):
    """(offset, text) pairs; a subject given apart from the text (a batch record's
    field) has no position, so its matches are reported at the body's start."""
    message = ctx.message
    subject = message.subject
    if scope in ("subject", "message") and subject is not None:
        yield (subject.start if subject.start >= 0 else None), subject.value
    if scope in ("body", "message"):
        yield message.body_start, message.body


def compile(rules: list[ActiveRule], nlp) -> PhraseChecker:
    return PhraseChecker(rules, nlp)
