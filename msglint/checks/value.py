"""Value first: a message that asks and offers the recipient nothing."""
from __future__ import annotations

from functools import lru_cache

from ..context import Hit
from . import check
from .asks import ask_sentences, phrase_regex


@lru_cache(maxsize=8)
def _regex(phrases: tuple[str, ...]):
    return phrase_regex(list(phrases))


def shares_information(ctx, asks, rule) -> bool:
    """A statement (not an ask) carrying a concrete data point: a number, a
    percentage, an amount: "our night pages fell by a third"."""
    ask_starts = {a.start for a in asks}
    labels = set(rule.options["data_entities"])
    for sentence in ctx.sentences:
        if sentence.start in ask_starts:
            continue
        if any(ent.label_ in labels for ent in sentence.ents) or any(t.like_num and not t.is_alpha for t in sentence):
            return True
    return False


@check("only-asks")
def only_asks(ctx, rule):
    if len(ctx.message.body) < rule.options["min_characters"]:
        return
    asks = ask_sentences(ctx)
    if not asks or _regex(tuple(rule.options["offers"])).search(ctx.message.body) or shares_information(ctx, asks, rule):
        return
    start, end = ctx.char_span(asks[-1])
    yield Hit(start, end, {"match": asks[-1].text.strip()})
