"""Rule kinds, as Vale's `extends`: each compiles its rules once, then runs per message.

A kind module exposes `compile(rules, nlp) -> Checker`, where the checker's
`run(ctx)` yields `(ActiveRule, Hit)` pairs.  The linter turns hits into
findings the same way for every kind.
"""
from __future__ import annotations

from importlib import import_module

KIND_MODULES = {
    "existence": "phrases",
    "substitution": "phrases",
    "pattern": "pattern",
    "dependency": "dependency",
    "metric": "metric",
    "python": "python",
}


def compile_checkers(rules, nlp) -> list:
    """Group active rules by kind module and compile each group once."""
    groups: dict[str, list] = {}
    for rule in rules:
        groups.setdefault(KIND_MODULES[rule.spec.extends], []).append(rule)
    checkers = []
    for module_name in sorted(groups):
        module = import_module(f"{__name__}.{module_name}")
        checkers.append(module.compile(groups[module_name], nlp))
    return checkers


def longest_first(spans):
    """Keep the longest of overlapping (start, end, payload) matches, earliest first."""
    chosen: list = []
    taken: list[tuple[int, int]] = []
    for item in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(item[1] <= a or item[0] >= b for a, b in taken):
            chosen.append(item)
            taken.append((item[0], item[1]))
    return sorted(chosen, key=lambda s: s[0])
