"""Build edits that keep the text well-formed, and apply them.

Edits are (start, end, replacement) on the input as read.  Builders repair
the boundaries a naive edit breaks: a deleted opener capitalizes the next
word and takes its comma, no doubled spaces, no space before punctuation,
and the case of a replaced sentence opener carries over.
"""
from __future__ import annotations

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


def replacement_edits(text: str, start: int, end: int, replacement: str) -> tuple[Edit, ...]:
    if not replacement:
        return deletion_edits(text, start, end)
    original = text[start:end]
    replacement = match_case(original, replacement)
    if at_sentence_start(text, start) and replacement[:1].islower():
        replacement = replacement[0].upper() + replacement[1:]
    return (Edit(start, end, replacement),)


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
    return (Edit(begin, stop, ""),)


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
