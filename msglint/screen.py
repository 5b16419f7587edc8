"""Literal screening: which alternatives of a lexicon can match a text at all.

Every match of `\\b(?:tickets?|seats?)\\b[^.!?]{0,60}\\bon sale\\b` contains "on sale", so
a text without "on sale" (in any case) cannot match it.  `requirements()` reads such
literals from a parsed pattern: sets of strings, every match containing one of each.
Most texts contain the literals of only a few of a lexicon's alternatives, so a scan
searches those few, each with its own regex, and merges their matches the way the
alternation would: leftmost first, the earlier alternative at the same position, the
next search from the end of the last match.  The matches are exactly the alternation's.

Texts and literals are compared folded the way `re.IGNORECASE` compares characters
(simple lowercase, and the few characters `re` also treats as equal: ı and i, ſ and s,
ς and σ...).  Folding both sides is safe for a case-sensitive pattern too: a literal
that occurs in the text still occurs once both are folded.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

try:  # the parser `re` itself uses: Python 3.11+ ...
    from re import _constants as _sre
except ImportError:  # ... and 3.10
    import sre_constants as _sre  # type: ignore[no-redef]

_MIN_NEEDLE = 3  # shorter literals ("we", "a") are in nearly every text
_MAX_SETS = 4  # an alternative's most selective sets tested; more rarely tell more apart
_REPEATS = tuple(op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op)


def _case_classes() -> dict[int, str]:
    """Characters `re.IGNORECASE` matches beyond simple lowercase, mapped to one member of their class."""
    try:
        from re._casefix import _EXTRA_CASES  # Python 3.11+: {lowercase: (other code points,)}
        pairs = [(low, other) for low, others in _EXTRA_CASES.items() for other in others]
    except ImportError:  # Python 3.10
        import sre_compile

        pairs = [(cls[0], other) for cls in sre_compile._equivalences for other in cls[1:]]
    parent: dict[int, int] = {}

    def root(code: int) -> int:
        while parent.get(code, code) != code:
            code = parent[code]
        return code

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {code: chr(root(code)) for code in {c for pair in pairs for c in pair} if root(code) != code}


_BEFORE_LOWER = {0x130: "i"}  # İ: str.lower() gives "i̇" (two characters); re's simple lowercase is "i"
_CASE_CLASSES = _case_classes()


def fold(text: str) -> str:
    return text.translate(_BEFORE_LOWER).lower().translate(_CASE_CLASSES)


_last_folded: tuple[str | None, str] = (None, "")


def folded(text: str) -> str:
    """`fold(text)`, computed once for the text every lexicon of a message scans in turn."""
    global _last_folded
    last = _last_folded
    if last[0] is text:
        return last[1]
    result = fold(text)
    _last_folded = (text, result)
    return result


def requirements(items: list) -> list[frozenset[str]]:
    """Sets of folded strings every match of the parsed `items` contains one of: each
    run of literal characters, and the requirements of each group it cannot skip.  A
    branch contributes the union of its branches' most selective sets, when each has one."""
    found: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            found.append(frozenset(["".join(run)]))
            run.clear()

    for op, value in items:
        if op is _sre.LITERAL:
            run.append(fold(chr(value)))
            continue
        if op is _sre.AT:
            continue  # zero-width: the literals on either side are adjacent in every match
        end_run()
        if op is _sre.SUBPATTERN:
            found += requirements(list(value[-1]))
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            found += requirements(list(value))
        elif op is _sre.BRANCH:
            best = [most_selective(requirements(list(branch))) for branch in value[1]]
            if all(best):
                found.append(frozenset().union(*best))
        elif op in _REPEATS and value[0] > 0:
            found += requirements(list(value[2]))
    end_run()
    return found


def most_selective(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The set whose shortest string is longest (then the smallest set), or None."""
    return max(sets, key=lambda needles: (min(map(len, needles)), -len(needles)), default=None)


def _useful(sets: list[frozenset[str]]) -> list[frozenset[str]]:
    """The sets worth testing, most selective first (at least one when there are any)."""
    ranked = sorted(set(sets), key=lambda needles: (-min(map(len, needles)), len(needles), sorted(needles)))
    return [needles for needles in ranked if min(map(len, needles)) >= _MIN_NEEDLE][:_MAX_SETS] or ranked[:1]


class Screen:
    """An alternation's alternatives (self-contained regex sources, in order), each with
    its requirement, and the scan that searches only the alternatives a text can match."""

    def __init__(self, alternatives: Sequence[str], flags: int, required: Sequence[list[frozenset[str]]]):
        self._sources = list(alternatives)
        self._flags = flags
        self._required = [_useful(sets) for sets in required]  # all of an alternative's sets must be met
        self._needles = sorted({needle for sets in self._required for needles in sets for needle in needles})
        self._compiled: dict[int, re.Pattern] = {}

    def candidates(self, text: str) -> list[int]:
        """The alternatives whose literals occur in `text`, in order."""
        haystack = folded(text)
        present = {needle for needle in self._needles if needle in haystack}
        return [index for index, sets in enumerate(self._required) if all(not present.isdisjoint(needles) for needles in sets)]

    def finditer(self, text: str, indices: Sequence[int]) -> Iterator[re.Match]:
        """The alternation's matches in `text`, searching only `indices` (which must
        include every alternative that can match it).  Needs alternatives that never
        match the empty string, which the caller checks."""
        pending = [(pattern, pattern.search(text)) for pattern in map(self._pattern, indices)]
        position = 0
        while True:
            best = None
            for slot, (pattern, match) in enumerate(pending):
                if match is not None and match.start() < position:
                    match = pattern.search(text, position)
                    pending[slot] = (pattern, match)
                if match is not None and (best is None or match.start() < best.start()):
                    best = match
            if best is None:
                return
            yield best
            position = best.end()

    def _pattern(self, index: int) -> re.Pattern:
        pattern = self._compiled.get(index)
        if pattern is None:
            pattern = self._compiled[index] = re.compile(self._sources[index], self._flags)
        return pattern
