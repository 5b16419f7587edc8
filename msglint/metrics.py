"""Quantities a `metric` rule can put a threshold on.

Each metric takes a Context and returns Measurements: a value and the span it
describes (a metric over sentences measures each sentence).  Register new
ones with `@metric("name")`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .context import Context


@dataclass(frozen=True)
class Measurement:
    value: float
    start: int
    end: int


METRICS: dict[str, Callable[[Context], list[Measurement]]] = {}


def metric(name: str):
    def register(function):
        METRICS[name] = function
        return function

    return register


def _body(ctx: Context, value: float) -> list[Measurement]:
    return [Measurement(value, ctx.message.body_start, ctx.message.body_end)]


@metric("characters")
def characters(ctx: Context) -> list[Measurement]:
    """Characters in the body (what LinkedIn counts against its limits)."""
    return _body(ctx, len(ctx.message.body))


@metric("words")
def words(ctx: Context) -> list[Measurement]:
    return _body(ctx, len(ctx.words))


def _subject(ctx: Context, value_of) -> list[Measurement]:
    subject = ctx.message.subject
    if subject is None:
        return []
    return [Measurement(value_of(subject.value), *ctx.subject_span(0, len(subject.value)))]


@metric("subject_characters")
def subject_characters(ctx: Context) -> list[Measurement]:
    return _subject(ctx, len)


@metric("subject_words")
def subject_words(ctx: Context) -> list[Measurement]:
    return _subject(ctx, lambda s: len(s.split()))


@metric("sentence_words")
def sentence_words(ctx: Context) -> list[Measurement]:
    """Words in each sentence (punctuation, URLs and emails not counted)."""
    out = []
    words = ctx.words
    index = 0
    for sentence in ctx.sentences:
        count = 0
        while index < len(words) and words[index].i < sentence.end:
            count += words[index].i >= sentence.start
            index += 1
        start, end = ctx.char_span(sentence)
        out.append(Measurement(count, start, end - (len(sentence.text) - len(sentence.text.rstrip()))))
    return out


@metric("reading_grade")
def reading_grade(ctx: Context) -> list[Measurement]:
    """Flesch-Kincaid grade of the body (see msglint.readability)."""
    from .readability import flesch_kincaid_grade

    return _body(ctx, round(flesch_kincaid_grade([t.text for t in ctx.words], len(ctx.sentences)), 1))


@metric("question_count")
def question_count(ctx: Context) -> list[Measurement]:
    return _body(ctx, len(ctx.questions))


@metric("exclamation_count")
def exclamation_count(ctx: Context) -> list[Measurement]:
    return _body(ctx, ctx.message.body.count("!"))
