"""msglint's reading grade agrees with textstat 0.7.8 (whose syllable data it ships)."""
from __future__ import annotations

import re

import pytest
import textstat

from msglint.readability import flesch_kincaid_grade, syllables

TEXTS = [
    "Your post on hiring was great. Can I ask you one thing about it?",
    "Our organization's comprehensive methodology facilitates transformational capabilities.",
    "We measured intake times across forty clinics this spring. The fastest had cut paperwork to six minutes.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_grade_matches_textstat(text):
    words = re.findall(r"[A-Za-z']+", text)
    sentences = len(re.findall(r"[.!?]", text))
    ours = flesch_kincaid_grade(words, sentences)
    assert ours == pytest.approx(textstat.flesch_kincaid_grade(text), abs=0.6)


def test_syllables_from_the_shipped_table_and_fallback():
    assert syllables("communication") == 5
    assert syllables("cat") == 1
    assert syllables("Zorblaxian") >= 2  # not in CMUdict: pyphen, as textstat does
