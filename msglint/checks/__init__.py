"""Named Python checks for `extends: python` rules.

A check is `fn(ctx, rule) -> Iterable[Hit]`, registered with `@check(name)`.
Keep each module to one concern; data (word lists, thresholds) stays in the
rule file's `options` or in rules/lexicon/.
"""
from __future__ import annotations

from importlib import import_module

from ..textpatterns import alternation, phrase_regex  # noqa: F401  (re-exported for checks)

CHECKS: dict = {}


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
