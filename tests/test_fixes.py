"""Edit builders keep sentences well-formed; applying edits is exact."""
from __future__ import annotations

import pytest

from msglint.fixes import apply_edits, choose_fixes, deletion_edits, replacement_edits
from msglint.models import Applicability, Edit, Finding, Fix, Severity


@pytest.mark.parametrize(
    "text,phrase,expected",
    [
        ("In essence, we cut costs.", "In essence", "We cut costs."),
        ("We basically cut costs.", "basically", "We cut costs."),
        ("We cut costs, basically.", "basically", "We cut costs."),
        ("Hi Jo,\nbasically we cut costs.", "basically", "Hi Jo,\nWe cut costs."),
    ],
)
def test_deletion_repairs_boundaries(text, phrase, expected):
    start = text.index(phrase)
    assert apply_edits(text, deletion_edits(text, start, start + len(phrase))) == expected


def test_replacement_keeps_sentence_case():
    text = "In order to help, we wrote it."
    assert apply_edits(text, replacement_edits(text, 0, 11, "to")) == "To help, we wrote it."


def test_apply_edits_rejects_overlap():
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 3, "x"), Edit(2, 4, "y")])


def _finding(start, end, applicability=Applicability.SAFE, code="WRD001"):
    fix = Fix("t", (Edit(start, end, ""),), applicability)
    return Finding(code, "n", "wordiness", Severity.WARNING, "m", start, end, fix)


def test_choose_fixes_skips_overlaps_and_unsafe():
    chosen = choose_fixes([_finding(0, 5), _finding(3, 8), _finding(10, 12, Applicability.UNSAFE)])
    assert [(f.start, f.end) for f in chosen] == [(0, 5)]
    with_unsafe = choose_fixes([_finding(10, 12, Applicability.UNSAFE)], unsafe=True)
    assert len(with_unsafe) == 1


def test_deleting_a_parenthetical_takes_both_commas():
    text = "I want to introduce myself and, in essence, explore a fit."
    start = text.index("in essence")
    assert apply_edits(text, deletion_edits(text, start, start + len("in essence"))) == "I want to introduce myself and explore a fit."


@pytest.mark.parametrize(
    "text,phrase,replacement,expected",
    [
        ("It was an extremely useful talk.", "extremely", "", "It was a useful talk."),
        ("We saw a very impressive result.", "very impressive", "excellent", "We saw an excellent result."),
        ("Send me an update in the event that it helps.", "in the event that", "if", "Send me an update if it helps."),
        ("It is a unique case.", "unique", "", "It is a case."),
    ],
)
def test_article_agrees_after_an_edit(text, phrase, replacement, expected):
    start = text.index(phrase)
    assert apply_edits(text, replacement_edits(text, start, start + len(phrase), replacement)) == expected
