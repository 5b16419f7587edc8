"""scripts/agreement.py: pairwise agreement and the majority splits it writes."""
from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from msglint.rulespec import CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SPEC = importlib.util.spec_from_file_location("agreement", ROOT / "scripts" / "agreement.py")
agreement = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(agreement)
MAJORITY_SPLITS = sorted(p.stem[: -len("-majority")] for p in (CORPUS / "agreement").glob("*-majority.jsonl"))


def _labels(*true: str) -> dict[str, bool]:
    return {c: c in true for c in CATEGORIES}


def test_pair_scores_grade_one_annotator_by_another():
    truth = {"a": _labels("value"), "b": _labels(), "c": _labels("value")}
    predicted = {"a": _labels("value"), "b": _labels("value"), "c": _labels()}
    score = agreement.pair_scores(predicted, truth)["value"]
    assert (score.tp, score.fp, score.fn, score.tn) == (1, 1, 1, 0)
    assert agreement.pair_scores(truth, truth)["pitch"].precision is None  # nobody marked it


def test_majority_needs_more_than_half():
    votes = agreement.majority([{"a": _labels("cta", "tone")}, {"a": _labels("cta")}, {"a": _labels("tone", "spam")}])
    assert votes["a"] == _labels("cta", "tone")
    with pytest.raises(SystemExit):
        agreement.majority([{"a": _labels()}, {"a": _labels()}])


def test_table_pools_splits_and_names_each_pair(tmp_path):
    (tmp_path / "labeled").mkdir()
    (tmp_path / "agreement").mkdir()
    for split, original, other in [("s1", _labels("cta"), _labels("cta")), ("s2", _labels(), _labels("cta"))]:
        (tmp_path / "labeled" / f"{split}.jsonl").write_text(json.dumps({"id": split, "text": "Hi", "labels": original}))
        (tmp_path / "agreement" / f"{split}-q.jsonl").write_text(json.dumps({"id": split, "labels": other}))
    table = agreement.agreement_table(["s1", "s2"], tmp_path)
    row = next(line for line in table.splitlines() if line.startswith("| q (original) |"))
    assert row.split(" | ")[1 + list(CATEGORIES).index("cta")] == "0.50/1.00"  # q marked both, original one


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("split", MAJORITY_SPLITS)
def test_committed_majority_is_the_vote_of_the_committed_labels(split, tmp_path):
    (tmp_path / "labeled").mkdir()
    shutil.copy(CORPUS / "labeled" / f"{split}.jsonl", tmp_path / "labeled")
    shutil.copytree(CORPUS / "agreement", tmp_path / "agreement")
    assert len(agreement.second_opinions(split, tmp_path)) >= 2
    written = agreement.write_majority(split, tmp_path)
    assert _read(written) == _read(CORPUS / "agreement" / f"{split}-majority.jsonl")
    texts = {r["id"]: r["text"] for r in _read(CORPUS / "labeled" / f"{split}.jsonl")}
    assert {r["id"]: r["text"] for r in _read(written)} == texts


def test_test_split_has_a_majority():
    assert "test" in MAJORITY_SPLITS


def test_a_bad_labels_line_is_one_line_naming_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "a", "labels": _labels()}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad\.jsonl:2: not a labeled record"):
        agreement.read_labels(path)
    path.write_text(json.dumps({"id": "a", "labels": {"pitch": True}}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad\.jsonl:1: no label for cta"):
        agreement.read_labels(path)
