"""Regex helpers shared by the engine and the checks (the `re` module caches compiled patterns)."""
from __future__ import annotations

import re
from typing import Iterable


def alternation(patterns: Iterable[str], ignorecase: bool = True) -> re.Pattern:
    """One regex matching any of `patterns` (never matches when empty); case-insensitive by default.

    Consecutive patterns that open with `\\b` share one `\\b(?:...)`: the engine then tests
    the word boundary once per position instead of once per alternative, which halves
    the scan of a long lexicon.  Order, and so which alternative wins, is kept."""
    groups: list[str] = []
    run: list[str] = []
    for pattern in patterns:
        if pattern.startswith("\\b") and not _has_top_level_branch(pattern):
            run.append(pattern[2:])
            continue
        if run:
            groups.append("\\b(?:" + "|".join(f"(?:{p})" for p in run) + ")")
            run = []
        groups.append(f"(?:{pattern})")
    if run:
        groups.append("\\b(?:" + "|".join(f"(?:{p})" for p in run) + ")")
    return re.compile("|".join(groups) or "(?!)", re.IGNORECASE if ignorecase else 0)


def _has_top_level_branch(pattern: str) -> bool:
    """Does `pattern` contain a `|` outside any group or character class?"""
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def phrase_regex(phrases: Iterable[str]) -> re.Pattern:
    """One case-insensitive, word-bounded alternation of literal phrases; apostrophes match either form."""
    parts = sorted((re.escape(p).replace("'", "['\u2019]") for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
