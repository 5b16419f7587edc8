"""Value first: a message that asks and offers the recipient nothing."""
from __future__ import annotations

from functools import lru_cache

from ..context import Hit
from . import check
from .asks import ask_sentences, phrase_regex


@lru_cache(maxsize=8)
def _regex(phrases: tuple[str, ...]):
    return phrase_regex(list(phrases))


@check("only-asks")
def only_asks(ctx, rule):
    if len(ctx.message.body) < rule.options["min_characters"]:
        return
    asks = ask_sentences(ctx)
    if not asks or _regex(tuple(rule.options["offers"])).search(ctx.message.body):
        return
    start, end = ctx.char_span(asks[-1])
    yield Hit(start, end, {"match": asks[-1].text.strip()})
