"""msglint against bare spaCy, measured in the same run, reported as ratios.

1. Cold start: `msglint check` on one file vs `python -c "import spacy; spacy.load(MODEL)"`.
2. Throughput: `msglint check` over 2,000 invitations + 1,000 InMails vs a bare
   `nlp.pipe` over the same bodies with the same components (both as fresh
   processes, so both pay their start-up once).
3. One 1,900-character InMail: `Linter.lint` vs `nlp(text)` in one process, 30 of
   each, alternated, after one warm-up lint (medians).  From about the fifth lint the
   lexicons screen this long text by their literals (msglint/screen.py), as they do
   in a batch or any process that lints again; a one-off lint searches the whole lexicons.

Usage: python benchmarks/run.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

from msglint.linter import Linter  # noqa: E402
from msglint.message import parse_message  # noqa: E402
from msglint.nlp import resolve_model  # noqa: E402

MSGLINT = [sys.executable, "-m", "msglint"]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def median_time(command: list[str], repeat: int) -> float:
    timed(command)  # warm the OS file cache
    return statistics.median(timed(command) for _ in range(repeat))


def bare_pipe_script(model: str, requires: frozenset[str], listing: Path) -> str:
    return (
        "import sys\n"
        "from msglint.message import parse_message\n"
        "from msglint.nlp import load_pipeline\n"
        f"nlp = load_pipeline({model!r}, frozenset({sorted(requires)!r}))\n"
        f"paths = open({str(listing)!r}).read().split()\n"
        "bodies = [parse_message(open(p, encoding='utf-8').read()).body for p in paths]\n"
        "for doc in nlp.pipe(bodies, batch_size=64): pass\n"
    )


def long_inmail() -> str:
    sentence = "We measured intake times across forty clinics this spring and the fastest ones cut paperwork to six minutes. "
    body = "Hi Martin,\n\n" + sentence * 18
    return body[:1880] + " Would the summary help?"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    linter = Linter()
    model = resolve_model(linter.settings.model)
    requires = linter.requires
    print(f"model {model}; components needed: {', '.join(sorted(linter.nlp.pipe_names))}; python {sys.version.split()[0]}")

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        one = tmp_path / "one.txt"
        one.write_text("Kind: invitation\n\nHi Dana, we share 12 connections so we should connect. Let me know.\n", encoding="utf-8")
        bare_load = median_time([sys.executable, "-c", f"import spacy; spacy.load({model!r})"], args.repeat)
        cold = median_time([*MSGLINT, "check", str(one)], args.repeat)
        print(f"cold start: bare model load {bare_load:.3f} s, msglint check one file {cold:.3f} s, ratio {cold / bare_load:.2f}x (target <= 1.3x)")

        paths = generate(tmp_path / "corpus")
        listing = tmp_path / "paths.txt"
        listing.write_text("\n".join(map(str, paths)), encoding="utf-8")
        repeat = max(1, args.repeat // 2)
        bare = median_time([sys.executable, "-c", bare_pipe_script(model, requires, listing)], repeat)
        ours = median_time([*MSGLINT, "check", "--format", "json", str(tmp_path / "corpus")], repeat)
        n = len(paths)
        print(f"throughput over {n} messages: bare nlp.pipe {n / bare:.0f} msg/s, msglint check {n / ours:.0f} msg/s, "
              f"ratio {bare / ours:.2f}x of bare (target >= 0.8x)")

    text = long_inmail()
    message = parse_message(text, kind="inmail")
    nlp = linter.nlp
    linter.lint(message)  # compile matchers, load lexicons and syllables once
    parses, lints = [], []
    for _ in range(30):  # alternated, so that both see the same machine
        parses.append(_time(lambda: nlp(text)))
        lints.append(_time(lambda: linter.lint(message)))
    parse, lint = statistics.median(parses), statistics.median(lints)
    print(f"one {len(text)}-character InMail: bare parse {parse * 1000:.1f} ms, full lint {lint * 1000:.1f} ms, "
          f"ratio {lint / parse:.2f}x (target <= 1.3x)")


def _time(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
