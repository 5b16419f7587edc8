"""Personalization: does the message say anything particular to this recipient?"""
from __future__ import annotations

import re

from ..context import Hit
from . import check

_GREETING = re.compile(
    r"^\W*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))[ ,]+"
    r"((?:mr|mrs|ms|miss|dr|prof|professor|doctor|sir|madam)\.?\s+)?([A-Z][\w'\u2019-]*)",
    re.IGNORECASE,
)
_NOT_NAMES = {
    "there", "all", "team", "everyone", "sir", "madam", "friend", "friends", "folks", "again", "mr", "ms", "mrs", "dr",
    "professional", "professionals", "linkedin", "member", "members", "user", "colleague", "colleagues", "connection",
    "hiring", "recruiter", "manager", "valued", "greetings", "future", "sirs",
}


def greeting_name(ctx) -> tuple[str, int, int] | None:
    match = _GREETING.match(ctx.message.body)
    if not match or match.group(2).lower() in _NOT_NAMES:
        return None
    return match.group(2), ctx.offset + match.start(2), ctx.offset + match.end(2), bool(match.group(1))


@check("greeting-name-mismatch")
def greeting_name_mismatch(ctx, rule):
    recipient = ctx.facts.get("to")
    greeted = greeting_name(ctx)
    if not recipient or not greeted:
        return
    name, start, end, titled = greeted
    if titled:  # "Dear Dr. Park": a family name, not comparable with a first name
        return
    known = {part.lower().strip(".,") for part in recipient.split()}
    if name.lower() not in known:
        yield Hit(start, end, {"match": name, "recipient": recipient})


def specific_references(ctx, rule) -> list:
    """Tokens or spans that tie the message to this recipient: named entities and
    proper names past the greeting, "your <post/talk/team...>", recipient facts."""
    doc = ctx.doc
    greeted = greeting_name(ctx)
    greeting_end = greeted[2] - ctx.offset if greeted else -1
    ignored = {p.lower() for p in (ctx.facts.get("to") or "").split()} | set(rule.options["not_specific"])
    labels = set(rule.options["entity_labels"])
    signals: list = [e for e in doc.ents if e.label_ in labels and e.start_char > greeting_end and e.text.lower() not in ignored]
    sentence_starts = {s.start for s in ctx.sentences}
    for token in doc:
        if token.idx <= greeting_end or token.i in sentence_starts or token.lower_ in ignored:
            continue
        if token.is_alpha and token.text[0].isupper() and token.text != "I" and not token.text.isupper():
            signals.append(token)  # a name the tagger may not know: "DevOpsDays", "SaaStr"
    anchors = set(rule.options["specific_nouns"])
    for token in doc:
        if token.lower_ in ("your", "you"):
            window = doc[token.i + 1 : token.i + 4]
            signals.extend(t for t in window if t.lemma_.lower() in anchors or t.lower_ in anchors)
    body = ctx.message.body.lower()
    signals.extend(fact for key in ("company", "title") if (fact := ctx.facts.get(key)) and fact.lower() in body)
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
