"""The shared regex helpers: a factored alternation must mean what its parts mean."""
from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from msglint import textpatterns
from msglint.textpatterns import (_dispatch, _factored, _first_chars, _has_top_level_branch, _sre_parse, alternation,
                                  phrase_regex)

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "labeled"

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


# First-character dispatch: the regrouped alternation must give the same matches as the plain one.
DISPATCHED = [r"\bwe help\b", r"\b(?:we|i) (?:sell|offer)\b", r"\bour (?:platform|tool)s?\b", r"\$\d+", r"\bab|cd",
              r"\b\d+ clients\b", r"\bfor(?!\w)", r"\b(?<!your )offer\b", r"\b(?:free )?demo\b"]


def _plain(patterns):
    return re.compile(_factored(patterns), re.IGNORECASE)


def _fast(patterns):
    return re.compile(_dispatch(patterns, re.IGNORECASE, split_on_boundary=True), re.IGNORECASE)


def test_dispatch_groups_alternatives_by_first_character():
    source = _dispatch(DISPATCHED, re.IGNORECASE, split_on_boundary=True)
    assert "(?=[0123456789])" in source  # the ten digits open the same alternatives: one group
    assert r"\B(?:(?:\$\d+)|(?:\bab|cd))" in source  # only these can match inside or before a non-word


def test_an_alternation_starts_plain_and_upgrades_after_enough_searches():
    patterns = [*DISPATCHED, r"\bupgrade me\b"]  # a fresh lexicon: alternation() shares objects per lexicon
    regex = alternation(patterns)
    assert regex.pattern == _factored(patterns)
    for _ in range(textpatterns.UPGRADE_AFTER):  # from a position: a search the screen does not serve
        assert regex.search("we help", 0) is not None
    assert regex.pattern == _factored(patterns)
    assert regex.search("we help", 0).span() == (0, 7)
    assert regex.pattern == _dispatch(patterns, re.IGNORECASE, split_on_boundary=True)


@given(st.text(alphabet="we help i sell offer our platforms tool $1 23 clients ab cd for your free demo,.", max_size=60))
def test_dispatch_matches_exactly_what_the_plain_alternation_matches(text):
    assert [m.span() for m in _fast(DISPATCHED).finditer(text)] == [m.span() for m in _plain(DISPATCHED).finditer(text)]


@given(st.text(alphabet="we are is a the team fast $9 x-ray 12 clients, ", max_size=60))
def test_an_alternative_that_can_start_anywhere_keeps_its_place(text):
    patterns = [r"\bwe are\b", r"[\w-]+ is a\b", r"\bthe team\b", r"\$\d", r"\b\d+ clients", r"\bx-ray\b"]
    assert [m.span() for m in _fast(patterns).finditer(text)] == [m.span() for m in _plain(patterns).finditer(text)]


def test_dispatch_on_the_shipped_lexicons_matches_the_plain_form():
    from msglint.registry import default_rules_dir

    bodies = [json.loads(line)["text"] for path in sorted(CORPUS.glob("*.jsonl")) for line in path.open(encoding="utf-8")]
    for name in ("seller_signals", "expressed_interest"):
        patterns = yaml.safe_load((default_rules_dir() / "lexicon" / f"{name}.yml").read_text(encoding="utf-8"))
        fast, plain = _fast(patterns), _plain(patterns)
        for body in bodies:
            assert [m.span() for m in fast.finditer(body)] == [m.span() for m in plain.finditer(body)], (name, body)


def test_first_characters():
    def first(pattern):
        return _first_chars(list(_sre_parse.parse(pattern, re.IGNORECASE)))

    assert first(r"\b(?:we|i)\s") == {"w", "i"}
    assert first(r"(?<!for )\$?\d") == {"$", *"0123456789"}
    assert first(r"(?:a|)b") is None  # a branch that can be empty: anything after it could start
    assert first(r"\w+ is") is None
    assert first(r"x?") is None


def test_capturing_groups_keep_the_plain_form():
    assert _dispatch([r"\b(?P<w>we) help", *DISPATCHED], re.IGNORECASE, split_on_boundary=True) is None


def test_phrases_match_whole_words_in_any_case():
    regex = phrase_regex(["let me know", "looking forward", "pick your brain", "circle back", "touch base", "hope to hear",
                          "i'd love to"])
    text = "Let me know, I’d love to CIRCLE BACK; touch bases"
    expected = ["Let me know", "I’d love to", "CIRCLE BACK"]
    assert [m.group(0) for m in regex.finditer(text)] == expected
    regex.upgrade()
    assert regex.pattern.startswith(r"(?<!\w)(?:(?=[t])")
    assert [m.group(0) for m in regex.finditer(text)] == expected


def test_apostrophes_match_the_typographic_form_outside_and_inside_classes():
    assert textpatterns.either_apostrophe(r"\bi'd love\b") == "\\bi['\u2019]d love\\b"
    assert textpatterns.either_apostrophe(r"[\w'-]+") == "[\\w'\u2019-]+"
    assert textpatterns.either_apostrophe(r"\\'") == "\\\\['\u2019]"
    lexicon = alternation([r"\blet's schedule a call\b", r"\b[\w']+ love\b"])
    assert lexicon.search("Let\u2019s schedule a call").group(0) == "Let\u2019s schedule a call"
    assert lexicon.search("we\u2019d love").group(0) == "we\u2019d love"
