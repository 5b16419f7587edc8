"""Calls to action: weak, missing, unrealistic, or too many."""
from __future__ import annotations

from ..context import Hit
from . import alternation, check, compiled, phrase_regex
from .asks import ask_sentences, is_offer, is_question, request_count


def _phrase_hits(ctx, rule, key: str):
    """File spans of the rule's phrase list `key` in the body (one cached scan per message)."""
    for match in ctx.body_matches(compiled(rule, key, phrase_regex)):
        yield ctx.offset + match.start(), ctx.offset + match.end(), match.group(0)


def _vague_offer(ctx, rule, sentence) -> bool:
    """Does the offer sentence offer nothing in particular ("glad to share details")?"""
    start, end = ctx.char_span(sentence)
    return any(start <= ctx.offset + m.start() < end for m in ctx.body_matches(compiled(rule, "vague_offers", alternation)))


@check("weak-close")
def weak_close(ctx, rule):
    """A weak phrase ("let me know") where the message asks no real question, or a
    vague ask ("pick your brain sometime") anywhere.  An InMail or follow-up whose
    only close is a vague offer ("happy to share what's working") asks nothing."""
    if not any(is_question(s) for s in ctx.sentences):
        offers = [s for s in ctx.sentences if is_offer(s)]
        if not offers:
            for start, end, text in _phrase_hits(ctx, rule, "phrases"):
                yield Hit(start, end, {"match": text, "kind_of_ask": "the only ask"})
        elif ctx.kind != "invitation" and all(_vague_offer(ctx, rule, s) for s in offers):  # an invitation needs no question
            for match in ctx.body_matches(compiled(rule, "vague_offers", alternation)):
                start = ctx.offset + match.start()
                yield Hit(start, ctx.offset + match.end(), {"match": match.group(0), "kind_of_ask": "a vague offer as the only ask"})
    for start, end, text in _phrase_hits(ctx, rule, "vague"):
        yield Hit(start, end, {"match": text, "kind_of_ask": "a vague ask"})


@check("missing-ask")
def missing_ask(ctx, rule):
    """No question, request or even a weak close: the reader has nothing to answer."""
    if not ctx.sentences or ask_sentences(ctx):
        return
    if any(True for _ in _phrase_hits(ctx, rule, "weak_phrases")):
        return
    last = ctx.sentences[-1]
    start, end = ctx.char_span(last)
    yield Hit(start, end, {"match": last.text.strip()})


@check("unrealistic-ask")
def unrealistic_ask(ctx, rule):
    """An ask that is too big for a stranger: an hour, a demo, a purchase, a deadline;
    a time frame ("this week") or an "overview" only in a message that sells."""
    markers = (compiled(rule, "markers", phrase_regex), compiled(rule, "marker_patterns", alternation))
    if ctx.body_search(compiled(rule, "seller_signals", alternation)):
        markers += (compiled(rule, "sales_markers", phrase_regex),)
    offered = compiled(rule, "offer_markers", phrase_regex)
    for sentence in ask_sentences(ctx):
        # an offer ("happy to send the deck") asks nothing big, unless what it offers is itself the big ask
        # ("Would a 15-minute demo be worth your time?", "Happy to show you a quick demo")
        regexes = (offered,) if is_offer(sentence) else markers
        match = next((m for regex in regexes for m in regex.finditer(sentence.text)), None)
        if match is not None:
            start = ctx.offset + sentence.start_char + match.start()
            yield Hit(start, start + len(match.group(0)), {"match": match.group(0), "ask": sentence.text.strip()})
    body = ctx.message.body
    for match in compiled(rule, "deadlines", alternation).finditer(body):
        yield Hit(ctx.offset + match.start(), ctx.offset + match.end(), {"match": match.group(0)})


@check("multiple-asks")
def multiple_asks(ctx, rule):
    asks = [s for s in ask_sentences(ctx) if not is_offer(s)]
    count = sum(request_count(s) for s in asks)
    if count > rule.options["max"]:
        start, _ = ctx.char_span(asks[0])
        _, end = ctx.char_span(asks[-1])
        yield Hit(start, end, {"count": count, "match": ctx.message.text[start:end]})
