"""The shared regex helpers: a factored alternation must mean what its parts mean."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from msglint.textpatterns import _has_top_level_branch, alternation

PATTERNS = [r"\bwe help\b", r"\bour (?:platform|tool)s?\b", r"x|\by\b", r"\$\d+", r"\bab|cd", r"\bfor(?!\w)"]


def test_top_level_branch():
    assert _has_top_level_branch(r"\bfoo|bar")
    assert not _has_top_level_branch(r"\b(?:a|b)c")
    assert not _has_top_level_branch(r"[|]x\|")


def test_factoring_keeps_order_and_groups_boundaries():
    assert alternation([r"\bab", r"\bcd", r"x|y", r"\bhi"]).pattern == r"\b(?:(?:ab)|(?:cd))|(?:x|y)|\b(?:(?:hi))"


@given(st.text(alphabet="we help our platforms tool $1 x y ab cd for,.", max_size=40))
def test_alternation_finds_what_any_part_finds(text):
    combined = [m.span() for m in alternation(PATTERNS).finditer(text)]
    separate = any(re.search(p, text, re.IGNORECASE) for p in PATTERNS)
    assert bool(combined) == bool(separate)
    for start, end in combined:  # every reported span is a match of one of the parts at that position
        assert any(re.compile(p, re.IGNORECASE).match(text, start) and re.compile(p, re.IGNORECASE).match(text, start).end() == end for p in PATTERNS)
