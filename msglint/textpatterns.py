"""Regex helpers shared by the engine and the checks.

A lexicon of dozens of patterns compiles to one alternation, and Python's `re`
tries every alternative at every position.  The dispatched form groups the
alternatives by the characters they can start with (read from the parsed
pattern) and puts each group behind a one-character lookahead, so at a given
word only the alternatives that can start there are tried: the shared seller
lexicon scans about three times faster.  Each group keeps its alternatives in
their original order (an alternative that can start with any character is in
every group), so the dispatched form matches exactly what the plain one does.

It costs more to compile, which a one-message run should not pay: an
`Alternation` starts with the plain form and compiles the dispatched one after
`UPGRADE_AFTER` searches, when a batch will repay it.

A long text is first screened by the literals each alternative requires
(msglint.screen): when only a few alternatives can match it, they are searched
alone.  The screen, too, is built only once enough text has been searched.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from .screen import Screen, fold, requirements

try:  # the parser `re` itself uses: Python 3.11+ ...
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # ... and 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_MIN_DISPATCH = 6  # fewer alternatives than this: the lookaheads cost more than they save
# Buckets are tried in turn; common word-initial letters first.
_LETTER_ORDER = {c: i for i, c in enumerate("taoswicbphfmdrelnguvykjqxz")}


MAX_SCREENED = 12  # more candidate alternatives than this: one search of the whole alternation is quicker
# Characters searched before the screen is built.  Reading a lexicon's literals costs about as
# much as searching this many characters with the plain form (both grow with the lexicon:
# the seller lexicon's screen takes ~18 ms, its plain form ~2.5 us a character), so a
# one-message run never pays for a screen it cannot repay.
SCREEN_AFTER = 8000
# Shorter texts are searched whole: the dispatched form scans a short text faster than
# the screen can read which literals it holds.
SCREEN_MIN_LENGTH = 800
UPGRADE_AFTER = 100  # searches; the seller lexicon's dispatched form costs ~30 ms to compile, saves ~0.2 ms a scan


class Alternation:
    """A compiled alternation (the `re.Pattern` methods the checks use) that swaps its
    plain form for the dispatched one after UPGRADE_AFTER searches.  A search of a whole
    text first asks the screen (msglint.screen) which alternatives the text can match
    at all; when few can, it searches those alone.  All three ways find the same
    matches, so which one runs changes nothing but speed."""

    __slots__ = ("regex", "_build", "_uses", "_screen", "_build_screen", "_scanned")

    def __init__(self, regex: re.Pattern, build_dispatched, build_screen=None):
        self.regex = regex
        self._build = build_dispatched  # () -> re.Pattern | None
        self._uses = 0
        self._screen: Screen | None = None
        self._build_screen = build_screen  # () -> Screen | None
        self._scanned = 0  # characters searched before the screen was built

    def _screened(self, string: str) -> list[int] | None:
        """The alternatives `string` can match, when few enough to search alone."""
        if self._screen is None:
            if self._build_screen is None:
                return None
            if self._scanned < SCREEN_AFTER:
                self._scanned += len(string)
                return None
            self._screen, self._build_screen = self._build_screen(), None
            if self._screen is None:
                return None
        if len(string) < SCREEN_MIN_LENGTH:
            return None
        indices = self._screen.candidates(string)
        return indices if len(indices) <= MAX_SCREENED else None

    def _current(self) -> re.Pattern:
        if self._build is not None:
            self._uses += 1
            if self._uses > UPGRADE_AFTER:
                self.upgrade()
        return self.regex

    def upgrade(self) -> None:
        """Compile the dispatched form and build the screen now (each a no-op when there is none or it is in use)."""
        if self._build is not None:
            self.regex = self._build() or self.regex
            self._build = None
        if self._build_screen is not None:
            self._screen, self._build_screen = self._build_screen(), None

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def search(self, string: str, *args):
        indices = None if args else self._screened(string)
        if indices is not None:
            return next(self._screen.finditer(string, indices), None)
        return self._current().search(string, *args)

    def fullmatch(self, string: str, *args):
        return self._current().fullmatch(string, *args)

    def finditer(self, string: str, *args):
        indices = None if args else self._screened(string)
        if indices is not None:
            return self._screen.finditer(string, indices)
        return self._current().finditer(string, *args)


def alternation(patterns: Iterable[str], ignorecase: bool = True) -> Alternation:
    """One regex matching any of `patterns` (never matches when empty); case-insensitive by default."""
    return _alternation(tuple(patterns), re.IGNORECASE if ignorecase else 0)


def either_apostrophe(pattern: str) -> str:
    """`pattern` with every apostrophe also matching the typographic one (U+2019), which
    phones and word processors put in "I’d love to": outside a character class `'`
    becomes `['’]`; inside one, `’` joins `'`."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
            out.append(char)
        elif char == "]" and in_class and out[-1] != "[":
            in_class = False
            out.append(char)
        elif char == "'":
            out.append("'\u2019" if in_class else "['\u2019]")
        else:
            out.append(char)
    return "".join(out)


@lru_cache(maxsize=None)
def _alternation(patterns: tuple[str, ...], flags: int) -> Alternation:
    """Shared lexicons are asked for by several rules: one object, so one upgrade and one scan per message."""
    patterns = tuple(either_apostrophe(p) for p in patterns)
    plain = re.compile(_factored(list(patterns)) or "(?!)", flags)

    def dispatched():
        source = _dispatch(list(patterns), flags, split_on_boundary=True)
        return re.compile(source, flags) if source else None

    def screen():
        parsed = [_parsed(pattern, flags) for pattern in patterns]
        if any(tree.state.groups > 1 or _can_be_empty(list(tree)) for tree in parsed):
            return None  # a merged scan needs non-empty matches; groups would be numbered per alternative
        return Screen(patterns, int(flags), [requirements(list(tree)) for tree in parsed])

    return Alternation(plain, dispatched, screen)


@lru_cache(maxsize=None)
def _parsed(pattern: str, flags: int):
    """`pattern` as `re` parses it, once: the dispatched form and the screen both read
    the same lexicon patterns.  Flags as a plain int: the parser tests an enum flag
    in slow Python code at every step."""
    return _sre_parse.parse(pattern, int(flags))


def phrase_regex(phrases: Iterable[str]) -> Alternation:
    """One case-insensitive, word-bounded alternation of literal phrases; apostrophes match either form."""
    return _phrase_regex(tuple(phrases))


@lru_cache(maxsize=None)
def _phrase_regex(phrases: tuple[str, ...]) -> Alternation:
    ordered = sorted(((either_apostrophe(re.escape(p)), p) for p in phrases), key=lambda pair: len(pair[0]), reverse=True)
    parts = [part for part, _ in ordered]

    def bounded(inner: str) -> re.Pattern:
        return re.compile(r"(?<!\w)(?:" + inner + r")(?!\w)", re.IGNORECASE)

    def dispatched():
        source = _dispatch(parts, re.IGNORECASE, split_on_boundary=False)
        return bounded(source) if source else None

    def screen():
        required = [_phrase_requirements(phrase) for _, phrase in ordered]
        if not all(required):
            return None  # a phrase of apostrophes alone (or none at all)
        alternatives = [r"(?<!\w)(?:" + part + r")(?!\w)" for part in parts]
        return Screen(alternatives, re.IGNORECASE, required)

    return Alternation(bounded("|".join(parts)), dispatched, screen)


def _phrase_requirements(phrase: str) -> list[frozenset[str]]:
    """The stretches of a phrase between apostrophes (which match either form)."""
    return [frozenset([piece]) for piece in re.split("['\u2019]", fold(phrase)) if piece]


def _factored(patterns: list[str]) -> str:
    """The plain alternation, with runs of patterns that open with `\\b` sharing one `\\b(?:...)`."""
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
    return "|".join(groups)


def _dispatch(patterns: list[str], flags: int, split_on_boundary: bool) -> str | None:
    """The alternation regrouped by first character, or None when it would not pay or
    the patterns cannot be analysed.  With `split_on_boundary`, positions at a word
    boundary try the grouped alternatives, and other positions try only the patterns
    that do not open with `\\b`."""
    if len(patterns) < _MIN_DISPATCH:
        return None
    starts = []
    for pattern in patterns:
        try:
            parsed = _parsed(pattern, flags)
        except re.error:
            return None  # reported by the caller's re.compile of the plain form
        if parsed.state.groups > 1:  # capturing groups would be duplicated across buckets
            return None
        first = _first_chars(list(parsed))
        if first is not None and flags & re.IGNORECASE:
            first = {c.lower() if len(c.lower()) == 1 else c for c in first}
        starts.append((pattern, first, split_on_boundary and _opens_with_boundary(list(parsed))))
    # Characters that open exactly the same alternatives share one group (the ten digits, say).
    members: dict[str, list[int]] = {}
    for index, (_, first, _) in enumerate(starts):
        for char in first or ():
            members.setdefault(char, []).append(index)
    classes: dict[tuple[int, ...], list[str]] = {}
    for char, indices in members.items():
        classes.setdefault(tuple(indices), []).append(char)
    if len(classes) < 2:
        return None
    # An alternative that can start with anything belongs to every group, in its place.
    anywhere = [index for index, (_, first, _) in enumerate(starts) if first is None]
    groups = []
    for indices, chars in sorted(classes.items(), key=lambda item: min(_rank(c) for c in item[1])):
        chars_class = "".join(_class_char(c) for c in sorted(chars))
        bucket = sorted({*indices, *anywhere})
        groups.append(f"(?=[{chars_class}])(?:" + "|".join(f"(?:{starts[i][0]})" for i in bucket) + ")")
    if anywhere:
        others = "".join(_class_char(c) for c in sorted(members))
        groups.append(f"(?![{others}])(?:" + "|".join(f"(?:{starts[i][0]})" for i in anywhere) + ")")
    dispatched = "|".join(groups)
    if not split_on_boundary:
        return dispatched
    elsewhere = [p for p, _, at_boundary in starts if not at_boundary]
    source = r"\b(?:" + dispatched + ")"
    if elsewhere:
        source += r"|\B(?:" + "|".join(f"(?:{p})" for p in elsewhere) + ")"
    return source


def _rank(char: str) -> tuple[int, str]:
    return _LETTER_ORDER.get(char, 99), char


def _class_char(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char


def _first_chars(items: list) -> set[str] | None:
    """The characters a parsed pattern can start with, or None when any character
    (or none: an empty match) is possible."""
    found: set[str] = set()
    for op, value in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the next item consumes the first character
        if op is _sre.LITERAL:
            return found | {chr(value)}
        if op is _sre.IN:
            chars = _class_chars(value)
            return None if chars is None else found | chars
        if op is _sre.BRANCH:
            for branch in value[1]:
                chars = _first_chars(list(branch))
                if chars is None:
                    return None
                found |= chars
            return found
        if op is _sre.SUBPATTERN or op is getattr(_sre, "ATOMIC_GROUP", None):
            inner = list(value[-1] if op is _sre.SUBPATTERN else value)
            chars = _first_chars(inner)
            if chars is None:
                return None
            found |= chars
            if not _can_be_empty(inner):
                return found
            continue
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            low, _, inner = value
            chars = _first_chars(list(inner))
            if chars is None:
                return None
            found |= chars
            if low > 0 and not _can_be_empty(list(inner)):
                return found
            continue
        return None  # ANY, categories, negated literals, backreferences...
    return None  # the whole pattern can match the empty string


def _class_chars(items: list) -> set[str] | None:
    chars: set[str] = set()
    for op, value in items:
        if op is _sre.LITERAL:
            chars.add(chr(value))
        elif op is _sre.RANGE and value[1] - value[0] < 64:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        elif op is _sre.CATEGORY and value is _sre.CATEGORY_DIGIT:
            chars.update("0123456789")  # ASCII digits only when the pattern is ASCII: see _DIGITS
        else:
            return None
    return chars


def _can_be_empty(items: list) -> bool:
    """Can these parsed items match without consuming a character? (Conservative: True when unsure.)"""
    for op, value in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        if op in (_sre.LITERAL, _sre.IN):
            return False
        if op is _sre.BRANCH:
            if all(not _can_be_empty(list(branch)) for branch in value[1]):
                return False
            continue
        if op is _sre.SUBPATTERN:
            if not _can_be_empty(list(value[-1])):
                return False
            continue
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            if value[0] > 0 and not _can_be_empty(list(value[2])):
                return False
            continue
        return True
    return True


def _opens_with_boundary(items: list) -> bool:
    """Does every way of matching begin at `\\b`?"""
    for op, value in items:
        if op is _sre.AT:
            return value is _sre.AT_BOUNDARY
        if op is _sre.BRANCH:
            return all(_opens_with_boundary(list(branch)) for branch in value[1])
        if op is _sre.SUBPATTERN:
            return _opens_with_boundary(list(value[-1]))
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            continue
        return False
    return False


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
