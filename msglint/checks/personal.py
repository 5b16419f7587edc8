"""Personalization: does the message say anything particular to this recipient?"""
from __future__ import annotations

import re

from ..context import Hit
from . import check

_GREETING = re.compile(r"^\W*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))[ ,]+([A-Z][\w'\u2019-]*)", re.IGNORECASE)
_NOT_NAMES = {"there", "all", "team", "everyone", "sir", "madam", "friend", "friends", "folks", "again", "mr", "ms", "mrs", "dr"}


def greeting_name(ctx) -> tuple[str, int, int] | None:
    match = _GREETING.match(ctx.message.body)
    if not match or match.group(1).lower() in _NOT_NAMES:
        return None
    return match.group(1), ctx.offset + match.start(1), ctx.offset + match.end(1)


@check("greeting-name-mismatch")
def greeting_name_mismatch(ctx, rule):
    recipient = ctx.facts.get("to")
    greeted = greeting_name(ctx)
    if not recipient or not greeted:
        return
    name, start, end = greeted
    known = {part.lower().strip(".,") for part in recipient.split()}
    if name.lower() not in known:
        yield Hit(start, end, {"match": name, "recipient": recipient})


def specific_references(ctx, rule) -> list:
    """Tokens or spans that tie the message to this recipient."""
    doc = ctx.doc
    greeted = greeting_name(ctx)
    greeting_end = greeted[2] - ctx.offset if greeted else -1
    recipient_names = {p.lower() for p in (ctx.facts.get("to") or "").split()}
    signals = []
    for ent in doc.ents:
        if ent.label_ not in rule.options["entity_labels"]:
            continue
        if ent.start_char < greeting_end or ent.text.lower() in recipient_names:
            continue
        signals.append(ent)
    anchors = set(rule.options["specific_nouns"])
    for token in doc:
        if token.lower_ in ("your", "you're", "you've") or token.lower_ == "you":
            head = token.head if token.lower_ == "your" else None
            if head is not None and head.lemma_.lower() in anchors:
                signals.append(head)
    for key in ("company", "title"):
        fact = ctx.facts.get(key)
        if fact and fact.lower() in ctx.message.body.lower():
            signals.append(fact)
    return signals


@check("no-specifics")
def no_specifics(ctx, rule):
    if len(ctx.words) < rule.options["min_words"] or specific_references(ctx, rule):
        return
    first = ctx.sentences[0] if ctx.sentences else None
    if first is None:
        return
    start, end = ctx.char_span(first)
    yield Hit(start, end, {"match": first.text.strip()})
