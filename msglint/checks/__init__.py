"""Named Python checks for `extends: python` rules.

A check is `fn(ctx, rule) -> Iterable[Hit]`, registered with `@check(name)`.
Keep each module to one concern; data (word lists, thresholds) stays in the
rule file's `options` or in rules/lexicon/.
"""
from __future__ import annotations

from importlib import import_module

CHECKS: dict = {}


def check(name: str):
    def register(function):
        CHECKS[name] = function
        return function

    return register


for _module in ("cta", "focus", "personal", "praise", "rewrites", "tone", "value"):
    import_module(f"{__name__}.{_module}")
