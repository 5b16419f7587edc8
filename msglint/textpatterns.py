"""Regex helpers shared by the engine and the checks (the `re` module caches compiled patterns)."""
from __future__ import annotations

import re
from typing import Iterable


def alternation(patterns: Iterable[str], ignorecase: bool = True) -> re.Pattern:
    """One regex matching any of `patterns` (never matches when empty); case-insensitive by default."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE if ignorecase else 0)


def phrase_regex(phrases: Iterable[str]) -> re.Pattern:
    """One case-insensitive, word-bounded alternation of literal phrases; apostrophes match either form."""
    parts = sorted((re.escape(p).replace("'", "['\u2019]") for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
