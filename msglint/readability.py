"""Reading grade (Flesch-Kincaid), as textstat 0.7.8 computes it, off the start-up path.

textstat's first score spends ~1 s building CMUdict.  msglint ships the same
syllable counts (scripts/build_syllables.py) and loads them on first use in
~40 ms; words CMUdict lacks fall back to pyphen, as textstat does.  Words and
sentences come from the spaCy parse.  tests/test_readability.py checks the
grade against textstat itself.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib.resources import files

_WORD_CHARS = re.compile(r"[^a-z']")


@lru_cache(maxsize=1)
def _syllable_table() -> dict[str, int]:
    table: dict[str, int] = {}
    data = files("msglint").joinpath("data/syllables.txt.gz").read_bytes()
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        count, _, words = line.partition("\t")
        table.update(dict.fromkeys(words.split(" "), int(count)))
    return table


def is_dictionary_word(word: str) -> bool:
    """Is `word` (lowercase) an English word in CMUdict?"""
    return word in _syllable_table()


@lru_cache(maxsize=1)
def _pyphen():
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=8192)
def syllables(word: str) -> int:
    word = _WORD_CHARS.sub("", word.lower())
    if not word:
        return 0
    known = _syllable_table().get(word)
    if known is not None:
        return known
    return len(_pyphen().positions(word)) + 1


def flesch_kincaid_grade(words: list[str], sentence_count: int) -> float:
    """0.39 × words per sentence + 11.8 × syllables per word − 15.59."""
    if not words or not sentence_count:
        return 0.0
    total = sum(syllables(w) for w in words)
    if not total:
        return 0.0
    return 0.39 * len(words) / sentence_count + 11.8 * total / len(words) - 15.59
