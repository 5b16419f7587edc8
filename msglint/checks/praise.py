"""Self-praise: superlatives and awards whose owner is the sender.

A term counts when its clause's subject is first person ("I'm the #1 ...",
"We are an award-winning ...") or it modifies a noun the sender owns
("our award-winning team").  About the recipient ("your #1 ranked podcast")
it does not count.
"""
from __future__ import annotations

import re

from ..context import Hit
from . import alternation, check, compiled, phrase_regex

_FIRST = {"i", "we", "my", "our", "me", "us", "i'm", "we're"}
_SECOND = {"you", "your", "yours"}
_GREETINGS = {"hi", "hello", "hey", "dear", "greetings", "hiya"}




def owner(doc, start: int, end: int) -> str | None:
    """'sender', 'recipient', 'named:<proper noun>' (a named subject such as a product)
    or None for the term at doc chars [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for candidate in (token, *token.ancestors):
        inside = span.start <= candidate.i < span.end
        possessors = [c.lower_ for c in candidate.children if c.dep_ == "poss"]
        if any(p in _SECOND for p in possessors):
            return "recipient"
        if any(p in _FIRST for p in possessors):
            return "sender"
        if not inside and _other_entity(candidate):
            return None
        subjects = [c for c in candidate.children if c.dep_ in ("nsubj", "nsubjpass") and not _greeting(c)
                    and c.pos_ not in ("PUNCT", "X", "SYM")]  # the parser makes "[" of "[Company]" a subject
        for subject in subjects:
            words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ == "poss"}
            if words & _SECOND:
                return "recipient"
            if words & _FIRST:
                return "sender"
            if subject.pos_ == "PROPN":
                return "named:" + " ".join(t.text for t in subject.subtree if t.pos_ == "PROPN")
        if not subjects and candidate.dep_ == "ROOT" and _elided_first_person(candidate):
            return "sender"
        if subjects or candidate.dep_ == "ROOT":
            break
    return None


def _elided_first_person(verb) -> bool:
    """"Recently helped [Company] recover $200k", "Built a platform serving 100K+ users": a
    past-tense verb opening its sentence with no subject is the sender's diary-style "I"."""
    if verb.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB":
        return False
    return all(t.pos_ in ("ADV", "PUNCT", "SPACE", "INTJ", "CCONJ", "SYM", "X") for t in verb.doc[verb.sent.start : verb.i])


def _greeting(token) -> bool:
    """"Hi Patrick, as a bestselling author I ..." parses the greeting as a subject."""
    return any(t.lower_ in _GREETINGS for t in token.subtree)


def _other_entity(token) -> bool:
    """A noun phrase of its own inside a prepositional phrase ("an opportunity with a
    leading bank") names someone else, except after "of"/"among"/"as" ("one of the
    leading agencies"); "a translator with 12 years of vast experience" has no
    determiner and stays the sender's."""
    if token.dep_ != "pobj" or token.head.lower_ in ("of", "among", "as"):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in token.children)


def _sold_by_sender(ctx, rule, name: str) -> bool:
    """A named subject ("TaskForge is the all-in-one platform trusted by 12,000 teams")
    is the sender's product when the message sells and the name is not the recipient's."""
    recipient = " ".join(ctx.facts.get(key, "") for key in ("to", "company")).lower()
    if not name or name.lower() in recipient or any(part in recipient.split() for part in name.lower().split()):
        return False
    return bool(ctx.body_search(compiled(rule, "seller_signals", alternation)))


@check("self-praise")
def self_praise(ctx, rule):
    """Praise owned by the sender in the body; `claims` (sales boasts such as "best price
    guaranteed") and `lists` (a pasted achievement list) need no owner; in the subject line every phrase counts, as subjects
    that praise someone are the sender's advertising, unless the praise follows "congrats" or "your"."""
    body = ctx.message.body
    patterns = [compiled(rule, "phrases", phrase_regex), compiled(rule, "regex", alternation)]
    for pattern in patterns:
        for match in pattern.finditer(body):
            found = owner(ctx.doc, match.start(), match.end())
            if found == "sender" or (found and found.startswith("named:") and _sold_by_sender(ctx, rule, found[6:])):
                yield Hit(ctx.offset + match.start(), ctx.offset + match.end(), {"match": match.group(0)})
    for regex in (compiled(rule, "claims", phrase_regex), compiled(rule, "lists", alternation)):
        for match in regex.finditer(body):
            yield Hit(ctx.offset + match.start(), ctx.offset + match.end(), {"match": match.group(0).strip()})
    subject = ctx.message.subject
    if subject is not None:
        for pattern in patterns:
            for match in pattern.finditer(subject.value):
                if not _RECIPIENTS_NEWS.search(subject.value, 0, match.start()):
                    yield Hit(*ctx.subject_span(match.start(), match.end()), {"match": match.group(0)})


# before the praise in a subject line, these make it the recipient's: "Congrats on the #1 G2 ranking"
_RECIPIENTS_NEWS = re.compile(r"\b(?:congrat\w*|your|you(?:'|\u2019)re|you are)\b", re.IGNORECASE)
