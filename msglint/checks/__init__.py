"""Named Python checks for `extends: python` rules.

A check is `fn(ctx, rule) -> Iterable[Hit]`, registered with `@check(name)`.
Keep each module to one concern; data (word lists, thresholds) stays in the
rule file's `options` or in rules/lexicon/.
"""
from __future__ import annotations

import re
from importlib import import_module

CHECKS: dict = {}


def alternation(patterns: list[str]) -> re.Pattern:
    """One case-insensitive regex matching any of `patterns` (never matches when empty)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)


def phrase_regex(phrases: list[str]) -> re.Pattern:
    """One case-insensitive, word-bounded alternation of literal phrases; apostrophes match either form."""
    parts = sorted((re.escape(p).replace("'", "['\u2019]") for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def compiled(rule, key: str, build):
    """`build(rule.options[key])`, computed once per active rule and kept on it."""
    value = rule.cache.get(key)
    if value is None:
        value = rule.cache[key] = build(rule.options.get(key, []))
    return value


def check(name: str):
    def register(function):
        CHECKS[name] = function
        return function

    return register


for _module in ("cta", "focus", "personal", "praise", "rewrites", "tone", "value"):
    import_module(f"{__name__}.{_module}")
