"""Shouting: words in capitals that are not acronyms."""
from __future__ import annotations

import re

from ..context import Hit
from ..readability import is_dictionary_word
from . import check, compiled

_CAPS_WORD = re.compile(r"(?<![\w@#/.])[A-Z][A-Z'\u2019]*[A-Z](?![\w.]*\.[a-z])(?!\w)")


def _is_shouted_word(match, body: str, acronyms: set[str]) -> bool:
    """An ordinary dictionary word in capitals: "FREE", not "FHIR" or "{FIRST_NAME}"."""
    word = match.group(0).replace("\u2019", "'")
    if word.replace("'", "") in acronyms or word in acronyms:
        return False
    before = body[match.start() - 1] if match.start() else ""
    after = body[match.end()] if match.end() < len(body) else ""
    if (before and before in "[{<%_|") or (after and after in "]}>%_|"):
        return False  # a merge field: {FIRST_NAME}, *|FNAME|*
    if _in_parentheses(body, match.start()):
        return False  # "(ACA, COBRA, ERISA)" lists abbreviations

    return is_dictionary_word(word.split("'")[0].lower())


def _upper_set(words) -> frozenset[str]:
    return frozenset(w.upper() for w in words)


def _in_parentheses(text: str, position: int) -> bool:
    opening = text.rfind("(", 0, position)
    return opening >= 0 and text.find(")", opening, position) < 0 and text.find(")", position) >= 0


@check("shouting")
def shouting(ctx, rule):
    """Words in capitals that are not acronyms, in the body and the subject line."""
    for start, end in _shouted(ctx.message.body, rule):
        yield Hit(ctx.offset + start, ctx.offset + end, {"match": ctx.message.body[start:end]})
    subject = ctx.message.subject
    if subject is not None:
        for start, end in _shouted(subject.value, rule):
            yield Hit(*ctx.subject_span(start, end), {"match": subject.value[start:end]})


def _shouted(text: str, rule) -> list[tuple[int, int]]:
    """An all-caps word of `min_letters`+ letters, or a run of two all-caps words, unless an acronym.

    One capitalised word alone is shouting when it is an `emphatic` word ("pushing HARD",
    "for CASH") or has an exclamation beside it ("a HUGE win!"); otherwise it may be a
    name ("the SOBEK model")."""
    acronyms = compiled(rule, "acronyms", _upper_set) | compiled(rule, "stand_ins", _upper_set)
    words = [m for m in _CAPS_WORD.finditer(text) if _is_shouted_word(m, text, acronyms)]
    emphatic = compiled(rule, "emphatic", _upper_set)
    flagged: list[tuple[int, int]] = []
    for i, match in enumerate(words):
        long_enough = len(match.group(0)) >= rule.options["min_letters"] or match.group(0) in emphatic  # "for ANY of these"
        neighbour = any(
            0 <= j < len(words) and abs(words[j].start() - match.start()) <= len(max(match.group(0), words[j].group(0), key=len)) + 2
            for j in (i - 1, i + 1)
        )
        if long_enough or (neighbour and len(match.group(0)) >= 2):
            if flagged and match.start() - flagged[-1][1] <= 2:
                flagged[-1] = (flagged[-1][0], match.end())
            else:
                flagged.append((match.start(), match.end()))
    if len(flagged) == 1 and " " not in text[flagged[0][0] : flagged[0][1]]:
        start, end = flagged[0]
        sentence_end = min((i for i in (text.find(c, end) for c in ".?\n") if i >= 0), default=len(text))
        sentence_start = max(text.rfind(c, 0, start) for c in ".?!\n") + 1
        if text[start:end] not in emphatic and "!" not in text[sentence_start : sentence_end + 1]:
            return []
    return flagged
