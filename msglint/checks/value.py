"""Value first: a message that offers the recipient nothing it could use.

Something counts as value when the message offers a resource or an
introduction ("happy to send the write-up"), or states a concrete finding
outside the sender's sales lines and self-description ("our night pages fell
by a third", "the endpoint returns codes only for new results").
"""
from __future__ import annotations

import re

from ..context import Hit
from . import alternation, check, compiled, phrase_regex
from .asks import ask_sentences, is_offer, offer_end


# Offers that give the reader nothing to use: the sender's résumé ("happy to share my background") ...
_RESUME_OFFER = re.compile(r"\s*(?:with you\s+)?(?:more (?:about|on)\s+)?my (?:background|resume|résumé|cv|portfolio|experience|"
                           r"profile|story|journey|work|skills|credentials)\b", re.IGNORECASE)
# ... and, right after an offer phrase, the sale itself ("happy to show you a quick demo", "I can share how
# we'd run it") or help in general ("happy to help whenever")
_SALES_OFFER = re.compile(
    r"\s*(?:to\s+)?(?:show you|walk you through|give you|hop on|jump on|set up|do)?\s*(?:a |an |our )?(?:quick |short |brief |free |live )?"
    r"(?:\d+[- ]?min(?:ute)?s?\s+)?(?:demo|call|chat|tour|walkthrough|intro call)\b|"
    r"\s*(?:to\s+)?(?:help(?: out)?|jump in|reconnect)\s*(?:[.!,;]|whenever|anytime|any time|later|$)|"
    r"\s*(?:you\s+)?how we(?:'d| would| could| can)?\b", re.IGNORECASE)


def _offers_something(sentence) -> bool:
    """An offer that gives the reader something: not the sender's résumé, not the sale."""
    if not is_offer(sentence) or _RESUME_OFFER.search(sentence.text):
        return False
    return not _SALES_OFFER.match(sentence.text.strip(), offer_end(sentence))


def _about_sender(sentence) -> bool:
    """A sentence whose main subject is the sender: their story, not the reader's information."""
    for subject in (c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in ("i", "we") or any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subject.children):
            return True
    return False


def _data_point(sentence, labels: set[str]) -> bool:
    """A figure the reader can use: a percentage, an amount, a quantity, or a count of things."""
    for ent in sentence.ents:
        if ent.label_ in labels:
            return True
        if ent.label_ == "CARDINAL" and ent.end < len(ent.doc) and ent.doc[ent.end].pos_ == "NOUN":
            return True
    return False


def _sells(ctx, rule) -> bool:
    """A sales line other than a free offer ("a complimentary review" is offered, not sold).
    Reuses the message's one scan of the shared seller lexicons."""
    free = compiled(rule, "free_offers", alternation)
    return any(not free.fullmatch(m.group(0)) for m in ctx.body_matches(compiled(rule, "seller_signals", alternation)))


def shares_information(ctx, rule, sells: bool) -> bool:
    """A statement (not an ask, not a sales line) with a concrete data point or an insight."""
    options = rule.options
    if sells:
        return False  # in a pitch, figures frame the sale; only an explicit offer counts
    insight = compiled(rule, "insights", phrase_regex)
    labels = set(options["data_entities"])
    asks = {s.start for s in ask_sentences(ctx) if not is_offer(s)}
    for sentence in ctx.sentences:  # the body does not sell, so no sentence does
        text = sentence.text
        if sentence.start in asks:
            continue
        if insight.search(text):
            return True
        if _data_point(sentence, labels) and not _about_sender(sentence):
            return True
    return False


@check("only-asks")
def only_asks(ctx, rule):
    bump = ctx.body_search(compiled(rule, "bumps", alternation))
    body = ctx.message.body
    offers = (m for m in ctx.body_matches(compiled(rule, "offers", phrase_regex))
              if not (_SALES_OFFER.match(body, m.end()) or _RESUME_OFFER.match(body, m.end())))
    if next(offers, None) is not None or any(_offers_something(s) for s in ctx.sentences):
        return
    if ctx.body_search(compiled(rule, "job_offers", phrase_regex)) and ctx.body_search(compiled(rule, "job_details", alternation)):
        return  # "we're hiring a Staff SRE: remote US, $190-215k" offers something; "we're hiring, you'd be a great fit" does not
    sells = _sells(ctx, rule)
    if shares_information(ctx, rule, sells):
        return
    asks = ask_sentences(ctx)
    if not asks and not bump and not sells:
        return  # asks for nothing, sells nothing, chases nothing: nothing is owed
    if ctx.kind == "invitation" and not any(compiled(rule, "big_asks", alternation).search(s.text) for s in asks):
        return  # an invitation that asks only to connect owes nothing
    anchor = asks[-1] if asks else (ctx.sentences[-1] if ctx.sentences else None)
    if anchor is None:
        return
    start, end = ctx.char_span(anchor)
    yield Hit(start, end, {"match": anchor.text.strip()})
