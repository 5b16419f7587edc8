"""Inflect a verb lemma to match a tag (VB, VBP, VBZ, VBD, VBN, VBG), for rewrites."""
from __future__ import annotations

from functools import lru_cache

_VOWELS = "aeiou"


@lru_cache(maxsize=1)
def _irregular() -> dict[str, list[str]]:
    from .registry import Lexicon, default_rules_dir

    directory = default_rules_dir() / "lexicon"
    return Lexicon(directory).get("irregular_verbs", directory / "irregular_verbs.yml")


def _doubles(lemma: str) -> bool:
    """stop -> stopped: one syllable ending consonant-vowel-consonant (not w, x, y)."""
    return (
        len(lemma) >= 3 and lemma[-1] not in _VOWELS + "wxy" and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS
        and sum(1 for c in lemma if c in _VOWELS) == 1
    )


def _regular_past(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied"
    if _doubles(lemma):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def inflect(lemma: str, tag: str) -> str:
    irregular = _irregular().get(lemma)
    if tag == "VBD":
        return irregular[0] if irregular else _regular_past(lemma)
    if tag == "VBN":
        return irregular[1] if irregular else _regular_past(lemma)
    if tag == "VBZ":
        if lemma in ("be", "have"):
            return {"be": "is", "have": "has"}[lemma]
        if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
            return lemma + "es"
        if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
            return lemma[:-1] + "ies"
        return lemma + "s"
    if tag == "VBG":
        if lemma.endswith("ie"):
            return lemma[:-2] + "ying"
        if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
            return lemma[:-1] + "ing"
        if _doubles(lemma):
            return lemma + lemma[-1] + "ing"
        return lemma + "ing"
    return lemma
