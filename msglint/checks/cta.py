"""Calls to action: weak, missing, unrealistic, or too many."""
from __future__ import annotations

from functools import lru_cache

from ..context import Hit
from . import check
from .asks import ask_sentences, is_question, phrase_regex


@lru_cache(maxsize=32)
def _regex(phrases: tuple[str, ...]):
    return phrase_regex(list(phrases))


def _body_matches(ctx, phrases):
    body = ctx.message.body
    for match in _regex(tuple(phrases)).finditer(body):
        yield ctx.offset + match.start(), ctx.offset + match.end(), match.group(0)


@check("weak-close")
def weak_close(ctx, rule):
    """A weak phrase ("let me know") where the message asks no real question."""
    if any(is_question(s) for s in ctx.sentences):
        return
    for start, end, text in _body_matches(ctx, rule.options["phrases"]):
        yield Hit(start, end, {"match": text})


@check("missing-ask")
def missing_ask(ctx, rule):
    """No question, request or even a weak close: the reader has nothing to answer."""
    if not ctx.sentences or ask_sentences(ctx):
        return
    if any(True for _ in _body_matches(ctx, rule.options["weak_phrases"])):
        return
    last = ctx.sentences[-1]
    start, end = ctx.char_span(last)
    yield Hit(start, end, {"match": last.text.strip()})


@check("unrealistic-ask")
def unrealistic_ask(ctx, rule):
    """An ask that is too big for a stranger: an hour, a demo, a purchase, a deadline."""
    regex = _regex(tuple(rule.options["markers"]))
    for sentence in ask_sentences(ctx):
        for match in regex.finditer(sentence.text):
            start = ctx.offset + sentence.start_char + match.start()
            yield Hit(start, start + len(match.group(0)), {"match": match.group(0), "ask": sentence.text.strip()})
            break


@check("multiple-asks")
def multiple_asks(ctx, rule):
    asks = ask_sentences(ctx)
    if len(asks) > rule.options["max"]:
        start, _ = ctx.char_span(asks[0])
        _, end = ctx.char_span(asks[-1])
        yield Hit(start, end, {"count": len(asks), "match": ctx.message.text[start:end]})
