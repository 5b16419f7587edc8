"""Self-praise: superlatives and awards whose owner is the sender.

A term counts when its clause's subject is first person ("I'm the #1 ...",
"We are an award-winning ...") or it modifies a noun the sender owns
("our award-winning team").  About the recipient ("your #1 ranked podcast")
it does not count.
"""
from __future__ import annotations

from ..context import Hit
from . import alternation, check, compiled, phrase_regex

_FIRST = {"i", "we", "my", "our", "me", "us", "i'm", "we're"}
_SECOND = {"you", "your", "yours"}




def owner(doc, start: int, end: int) -> str | None:
    """'sender', 'recipient' or None for the term at doc chars [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for candidate in (token, *token.ancestors):
        possessors = [c.lower_ for c in candidate.children if c.dep_ == "poss"]
        if any(p in _SECOND for p in possessors):
            return "recipient"
        if any(p in _FIRST for p in possessors):
            return "sender"
        subjects = [c for c in candidate.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subject in subjects:
            words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ == "poss"}
            if words & _SECOND:
                return "recipient"
            if words & _FIRST:
                return "sender"
        if subjects or candidate.dep_ == "ROOT":
            break
    return None


@check("self-praise")
def self_praise(ctx, rule):
    """Praise owned by the sender in the body; `claims` (sales boasts such as "best price
    guaranteed") need no owner; in the subject line every phrase counts, as subjects
    that praise someone are the sender's advertising."""
    body = ctx.message.body
    patterns = [compiled(rule, "phrases", phrase_regex), compiled(rule, "regex", alternation)]
    for pattern in patterns:
        for match in pattern.finditer(body):
            if owner(ctx.doc, match.start(), match.end()) == "sender":
                yield Hit(ctx.offset + match.start(), ctx.offset + match.end(), {"match": match.group(0)})
    for match in compiled(rule, "claims", phrase_regex).finditer(body):
        yield Hit(ctx.offset + match.start(), ctx.offset + match.end(), {"match": match.group(0)})
    subject = ctx.message.subject
    if subject is not None:
        for pattern in patterns:
            for match in pattern.finditer(subject.value):
                yield Hit(*ctx.subject_span(match.start(), match.end()), {"match": match.group(0)})
