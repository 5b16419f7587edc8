"""Build edits that keep the text well-formed, and apply them.

Edits are (start, end, replacement) on the input as read.  Builders repair
the boundaries a naive edit breaks: a deleted opener capitalizes the next
word and takes its comma, no doubled spaces, no space before punctuation,
the case of a replaced sentence opener carries over, and "a"/"an" before the
edit agrees with the new next word.
"""
from __future__ import annotations

import re
from typing import Iterable

from .models import Edit, Finding

_SENTENCE_END = ".!?\n"
_CLOSING_PUNCT = ".!?,;:)"


def at_sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_END or before.endswith(("\n", "\r"))


def match_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    if original[:1].islower() and replacement[:1].isupper() and not original.isupper() and replacement[:2] not in ("I ", "I'"):
        return replacement[0].lower() + replacement[1:]
    return replacement


_ARTICLE_BEFORE = re.compile(r"\b([Aa]n?)([ \t]+)$")
_AN_EXCEPTIONS = ("uni", "use", "usu", "one", "once", "eu", "ur")  # "a unit", "a one-page"
_AN_SILENT_H = ("hour", "honest", "honor", "honour", "heir")


def wants_an(word: str) -> bool:
    lower = word.lower()
    if lower.startswith(_AN_SILENT_H):
        return True
    return lower[:1] in "aeiou" and not lower.startswith(_AN_EXCEPTIONS)


def article_fix(text: str, start: int, next_word: str) -> Edit | None:
    """An edit that makes "a"/"an" just before `start` agree with `next_word`, or None."""
    match = _ARTICLE_BEFORE.search(text[:start])
    if not match or not next_word[:1].isalpha():
        return None
    article = match.group(1)
    wanted = "an" if wants_an(next_word) else "a"
    if article.lower() == wanted:
        return None
    wanted = wanted.capitalize() if article[0].isupper() else wanted
    return Edit(match.start(1), match.end(1), wanted)


def replacement_edits(text: str, start: int, end: int, replacement: str) -> tuple[Edit, ...]:
    if not replacement:
        return deletion_edits(text, start, end)
    original = text[start:end]
    replacement = match_case(original, replacement)
    if at_sentence_start(text, start) and replacement[:1].islower():
        replacement = replacement[0].upper() + replacement[1:]
    article = article_fix(text, start, replacement)
    return (article, Edit(start, end, replacement)) if article else (Edit(start, end, replacement),)


def deletion_edits(text: str, start: int, end: int) -> tuple[Edit, ...]:
    """Delete text[start:end] with its trailing comma and spaces, keeping the sentence whole."""
    stop = end
    took_comma = stop < len(text) and text[stop] == ","
    if took_comma:
        stop += 1
    while stop < len(text) and text[stop] in " \t":
        stop += 1
    begin = start
    if took_comma and text[:start].endswith(", "):
        begin = start - 2  # a parenthetical ", in essence," goes with both its commas
        stop = end + 1
    if stop >= len(text) or text[stop] in _CLOSING_PUNCT or text[stop] in "\r\n":
        while begin > 0 and text[begin - 1] in " \t":
            begin -= 1
        if begin > 0 and text[begin - 1] == "," and stop < len(text) and text[stop] in ".!?":
            begin -= 1
    if at_sentence_start(text, start) and stop < len(text) and text[stop].islower():
        return (Edit(begin, stop + 1, text[stop].upper()),)
    article = article_fix(text, begin, text[stop : stop + 12])
    return (article, Edit(begin, stop, "")) if article else (Edit(begin, stop, ""),)


def overlaps(a: Edit, b: Edit) -> bool:
    if a.start == a.end or b.start == b.end:  # insertions conflict only at the same point
        return a.start == b.start or (a.start < b.start < a.end) or (b.start < a.start < b.end)
    return a.start < b.end and b.start < a.end


def choose_fixes(findings: Iterable[Finding], unsafe: bool = False) -> list[Finding]:
    """Findings whose fixes can apply together: safe ones (and unsafe if asked),
    earlier and longer fixes first; a fix that overlaps a chosen one waits for the next pass."""
    candidates = [
        f for f in findings
        if f.fix is not None and f.fix.edits and (f.fix.safe or (unsafe and f.fix.applicability.value == "unsafe"))
    ]
    candidates.sort(key=lambda f: (f.fix.span[0], -(f.fix.span[1] - f.fix.span[0]), f.code))
    chosen: list[Finding] = []
    taken: list[Edit] = []
    for finding in candidates:
        if any(overlaps(e, t) for e in finding.fix.edits for t in taken):
            continue
        chosen.append(finding)
        taken.extend(finding.fix.edits)
    return chosen


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits; raises ValueError on overlap."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    pieces, cursor = [], 0
    for edit in ordered:
        if edit.start < cursor:
            raise ValueError(f"overlapping edits at {edit.start}")
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.replacement)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)
