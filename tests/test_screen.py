"""Literal screening must never change what an alternation finds, only how fast."""
from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from msglint import textpatterns
from msglint.screen import Screen, fold, most_selective, requirements
from msglint.textpatterns import _factored, _sre_parse, alternation, phrase_regex

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "labeled"


def required(pattern: str) -> list[set[str]]:
    return [set(needles) for needles in requirements(list(_sre_parse.parse(pattern, re.IGNORECASE)))]


def test_requirements_are_the_literals_every_match_contains():
    assert required(r"\b(?:tickets?|seats?|spots?)\b[^.!?]{0,60}\bon sale\b") == [{"ticket", "seat", "spot"}, {"on sale"}]
    assert required(r"\bour\s+(?:platform|tool)s?\b") == [{"our"}, {"platform", "tool"}]
    assert required(r"\bWe Help\b") == [{"we help"}]  # folded
    assert required(r"(?:ab)+c") == [{"ab"}, {"c"}]
    assert required(r"\d+%") == [{"%"}]
    assert most_selective([frozenset(["demo", "pricing"]), frozenset(["on sale"]), frozenset(["we"])]) == {"on sale"}


def test_nothing_is_required_where_a_match_can_do_without_literals():
    assert required(r"\d+\s+\w+") == []
    assert required(r"(?:free )?\w+") == []  # the optional group is not required
    assert required(r"(?:abc|\d+)") == []  # one branch without a literal


def test_every_character_ignorecase_equates_with_a_letter_folds_to_that_letter():
    everything = "".join(map(chr, range(0x10000)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for match in re.finditer(letter, everything, re.IGNORECASE):
            assert fold(match.group(0)) == fold(letter), (letter, hex(ord(match.group(0))))


def test_fold_treats_characters_as_ignorecase_does():
    assert fold("İSTANBUL") == fold("istanbul")
    assert fold("ſale") == fold("sale")
    assert fold("\u212a") == fold("k")  # the Kelvin sign
    assert fold("ΟΔΟΣ") == fold("οδος") == fold("οδοσ")


def test_a_text_without_any_literal_searches_nothing():
    screen = Screen([r"\bon sale\b", r"\bdemo\b"], re.IGNORECASE, [[frozenset(["on sale"])], [frozenset(["demo"])]])
    assert screen.candidates("Tickets go ON SALE Monday") == [0]
    assert screen.candidates("Nothing here") == []
    assert screen.candidates("a demo on sale") == [0, 1]


MIXED = [r"\bwe help\b", r"\b(?:we|i) (?:sell|offer)\b", r"\bour (?:platform|tool)s?\b", r"\$\d+", r"\bab|cd",
         r"\b\d+ clients\b", r"\bfor(?!\w)", r"\b(?<!your )offer\b", r"\b(?:free )?demo\b", r"[\w-]+ is a\b",
         r"\bsale\b", r"\bist\b", r"\bokay\b"]
ALPHABET = "we help i sell offer our platforms tool $1 23 clients ab cd for your free demo is a sale ist ok ſ İ ı \u212a Σ,."


@given(st.text(alphabet=ALPHABET, max_size=80))
def test_screened_scans_find_exactly_what_the_alternation_finds(text):
    plain = re.compile(_factored(MIXED), re.IGNORECASE)
    screened = alternation(MIXED)
    screened.upgrade()
    assert [m.span() for m in screened.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert screened._screen is not None
    first, expected = screened.search(text), plain.search(text)
    assert (first and first.span()) == (expected and expected.span())


@given(st.text(alphabet="let me know hope to hear i'd love to i’d LOVE circle back ſ İ,.", max_size=60))
def test_screened_phrases_find_exactly_what_the_phrase_alternation_finds(text):
    phrases = ["let me know", "hope to hear", "i'd love to", "circle back", "love", "me"]
    regex = phrase_regex(phrases)
    regex.upgrade()
    parts = sorted((textpatterns.either_apostrophe(re.escape(p)) for p in phrases), key=len, reverse=True)
    plain = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
    assert [m.span() for m in regex.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_alternatives_that_can_match_nothing_or_capture_are_not_screened():
    for patterns, text, span in (([r"\bx?", r"\bdemo\b"], "a demo", (0, 0)), ([r"\b(we) help\b", r"\bdemo\b"], "a demo", (2, 6))):
        regex = alternation(patterns)
        regex.upgrade()
        assert regex.search(text).span() == span
        assert regex._screen is None


def test_the_shipped_lexicons_find_the_same_matches_screened_on_every_labeled_text():
    from msglint.registry import default_rules_dir

    bodies = [json.loads(line)["text"] for path in sorted(CORPUS.glob("*.jsonl")) for line in path.open(encoding="utf-8")]
    for path in sorted((default_rules_dir() / "lexicon").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not (isinstance(data, list) and all(isinstance(p, str) for p in data)):
            continue  # word tables (irregular verbs, nominalizations) are not regex lexicons
        screened = alternation(data)
        screened.upgrade()
        plain = re.compile(_factored([textpatterns.either_apostrophe(p) for p in data]), re.IGNORECASE)
        for body in bodies:
            assert [m.span() for m in screened.finditer(body)] == [m.span() for m in plain.finditer(body)], (path.name, body)


def test_the_screen_is_built_only_after_enough_text_to_repay_it():
    regex = alternation([*MIXED, r"\bscreen me later\b"])
    text = "we help " * 100
    for _ in range(textpatterns.SCREEN_AFTER // len(text)):
        assert regex.search(text).span() == (0, 7)
    assert regex._screen is None
    assert regex.search(text).span() == (0, 7)
    assert regex._screen is not None
    assert regex._screened("nothing to see here. " * 50) == []
