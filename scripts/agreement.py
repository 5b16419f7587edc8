"""How far annotators agree on labeled splits, and the majority of their labels.

    python scripts/agreement.py test
    python scripts/agreement.py dev20 dev21 dev22 --write-majority

For each split, `corpus/labeled/SPLIT.jsonl` holds the texts and the labels of
the annotator who wrote or gathered them ("original"), and each
`corpus/agreement/SPLIT-NAME.jsonl` holds another annotator's labels for the
same ids (`{"id", "labels", "notes"}` per line).  Several splits are pooled;
they must have the same second annotators.

Prints, for every ordered pair of annotators, one's precision/recall taking the
other's labels as the truth: the score a perfect copy of the first would get if
graded by the second.  `--write-majority` writes `corpus/agreement/SPLIT-majority.jsonl`:
the split with every label set to the majority vote (notes dropped), for
`msglint eval`.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from msglint.evaluate import CategoryScore
from msglint.rulespec import CATEGORIES

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ORIGINAL = "original"


def read_labels(path: Path) -> dict[str, dict[str, bool]]:
    """{id: {category: bool}}; every record must label every category."""
    labels = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            missing = set(CATEGORIES) - set(record["labels"])
        except (ValueError, KeyError, TypeError):
            raise SystemExit(f"{path}:{number}: not a labeled record (a JSON object with 'id' and 'labels')") from None
        if missing:
            raise SystemExit(f"{path}:{number}: no label for {', '.join(sorted(missing))}")
        labels[record["id"]] = {c: bool(record["labels"][c]) for c in CATEGORIES}
    return labels


def second_opinions(split: str, corpus: Path = CORPUS) -> dict[str, Path]:
    """{annotator name: labels file} for a split's other annotators."""
    prefix = f"{split}-"
    return {
        path.stem[len(prefix):]: path
        for path in sorted((corpus / "agreement").glob(f"{prefix}*.jsonl"))
        if path.stem != f"{split}-majority"
    }


def read_split(split: str, corpus: Path = CORPUS) -> dict[str, dict]:
    """{annotator: {id: labels}} for one split, the original annotator first."""
    annotations = {ORIGINAL: read_labels(corpus / "labeled" / f"{split}.jsonl")}
    for name, path in second_opinions(split, corpus).items():
        annotations[name] = read_labels(path)
        if set(annotations[name]) != set(annotations[ORIGINAL]):
            raise SystemExit(f"{path}: its ids differ from {split}'s")
    return annotations


def pair_scores(predicted: dict, truth: dict) -> dict[str, CategoryScore]:
    scores = {c: CategoryScore() for c in CATEGORIES}
    for record_id, gold in truth.items():
        for category in CATEGORIES:
            scores[category].count(predicted[record_id][category], gold[category])
    return scores


def majority(annotations: list[dict]) -> dict[str, dict[str, bool]]:
    if len(annotations) < 3:
        raise SystemExit("a majority needs three or more annotators")
    return {
        record_id: {c: 2 * sum(a[record_id][c] for a in annotations) > len(annotations) for c in CATEGORIES}
        for record_id in annotations[0]
    }


def write_majority(split: str, corpus: Path = CORPUS) -> Path:
    votes = majority(list(read_split(split, corpus).values()))
    lines = []
    for line in (corpus / "labeled" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record["labels"] = votes[record["id"]]
        record.pop("notes", None)
        lines.append(json.dumps(record, ensure_ascii=False))
    out = corpus / "agreement" / f"{split}-majority.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def _cell(score: CategoryScore) -> str:
    p, r = score.precision, score.recall
    return f"{'-' if p is None else f'{p:.2f}'}/{'-' if r is None else f'{r:.2f}'}"


def agreement_table(splits: list[str], corpus: Path = CORPUS) -> str:
    pooled: dict[str, dict] = {}
    for split in splits:
        annotations = read_split(split, corpus)
        if pooled and set(annotations) != set(pooled):
            raise SystemExit(f"{split}: its annotators ({', '.join(annotations)}) differ from {splits[0]}'s")
        for name, labels in annotations.items():
            pooled.setdefault(name, {}).update(labels)
    rows = ["| annotator (graded by) | " + " | ".join(CATEGORIES) + " |", "| --- |" + " --- |" * len(CATEGORIES)]
    for name, predicted in pooled.items():
        for other, truth in pooled.items():
            if name != other:
                scores = pair_scores(predicted, truth)
                rows.append(f"| {name} ({other}) | " + " | ".join(_cell(scores[c]) for c in CATEGORIES) + " |")
    counts = "; ".join(f"{name} " + ", ".join(str(sum(l[c] for l in labels.values())) for c in CATEGORIES)
                       for name, labels in pooled.items())
    return "\n".join(rows) + f"\n\ntrue labels ({', '.join(CATEGORIES)}): {counts}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="+", help="split names, e.g. test or dev20 dev21")
    parser.add_argument("--write-majority", action="store_true", help="write corpus/agreement/SPLIT-majority.jsonl")
    args = parser.parse_args()
    print(agreement_table(args.splits))
    if args.write_majority:
        for split in args.splits:
            print(f"wrote {write_majority(split).relative_to(CORPUS.parent)}")


if __name__ == "__main__":
    main()
