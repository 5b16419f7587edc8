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


_YOUR = frozenset({"your", "ur", "yours"})
_YOU = frozenset({"you", "u"})


def _about_sender(span, self_verbs: frozenset[str]) -> bool:
    """Is this entity part of the sender describing themselves ("I'm a consultant at X",
    "We are Y", "My name is Z")?  Decided by the clause that governs it."""
    for ancestor in span.root.ancestors:
        if ancestor.lower_ == "name" and any(c.lower_ == "my" for c in ancestor.children):
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            subjects = [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(s.lower_ in ("i", "we") for s in subjects):
                return ancestor.lemma_.lower() in self_verbs
            if subjects:
                return False
    return False


def _possessed_by_recipient(token, company_words: set[str]) -> bool:
    """`your`, `ur`, or the recipient's company in the possessive ("Acme's")."""
    if token.lower_ in _YOUR:
        return True
    return token.lower_ in ("'s", "\u2019s") and token.i > 0 and token.nbor(-1).lower_ in company_words


def specific_references(ctx, rule) -> list:
    """Tokens or spans that tie the message to this recipient: "your <something
    particular>", "you spoke/wrote/...", named people, events, organisations and
    works outside the sender's description of themselves."""
    options = rule.options
    doc = ctx.doc
    greeted = greeting_name(ctx)
    greeting_end = greeted[2] - ctx.offset if greeted else -1
    generic = frozenset(options["generic_nouns"])
    recipient_verbs = frozenset(options["recipient_verbs"])
    self_verbs = frozenset(options["self_verbs"])
    ignored = {p.lower() for p in (ctx.facts.get("to") or "").split()} | set(options["not_specific"])
    labels = set(options["entity_labels"])
    company_words = {w.lower() for w in (ctx.facts.get("company") or "").split()}
    signals: list = []
    tokens = ctx.tokens
    for token in tokens:
        lower = token.lower_
        if _possessed_by_recipient(token, company_words):
            for other in tokens[token.i + 1 : token.i + 6]:
                if other.pos_ in ("NOUN", "PROPN") and other.lemma_.lower() not in generic and other.lower_ not in generic:
                    signals.append(other)
                    break
                if other.pos_ not in ("ADJ", "NOUN", "PROPN", "PART", "ADV", "NUM", "PUNCT") and other.tag_ != "VBN":
                    break
        elif lower in _YOU:
            following = tokens[token.i + 1 : token.i + 3]
            signals.extend(t for t in following if t.lemma_.lower() in recipient_verbs and t.tag_ in ("VBD", "VBN"))
    signature_start = ctx.message.body.rstrip().rfind("\n") + 1
    for ent in doc.ents:
        if ent.label_ not in labels or ent.start_char <= greeting_end or (signature_start and ent.start_char >= signature_start):
            continue
        words = {w.lower() for w in ent.text.split()}
        if words & ignored or words <= company_words or _about_sender(ent, self_verbs):
            continue
        signals.append(ent)
    body = ctx.message.body
    signals.extend(m for pattern in options["shared_history"] if (m := re.search(pattern, body, re.IGNORECASE)))
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
