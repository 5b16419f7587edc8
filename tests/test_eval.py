"""`msglint eval`: the metrics, the CLI, and the regression floors on the held-out test split.

corpus/baseline.json holds per-category floors for precision and recall on
corpus/labeled/test.jsonl (categories with support >= 10), and on the same
messages labeled by the majority of three annotators
(corpus/agreement/test-majority.jsonl).  They only go up: raise them when the
rules improve, never lower them to make a change pass.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from msglint.cli import main
from msglint.errors import InputError
from msglint.evaluate import CategoryScore, evaluate, read_records

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
BASELINE = json.loads((CORPUS / "baseline.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def test_split_report(linter):
    return evaluate(linter, read_records(str(CORPUS / "labeled" / "test.jsonl")))


@pytest.fixture(scope="module")
def majority_report(linter):
    return evaluate(linter, read_records(str(CORPUS.parent / BASELINE["majority"]["split"])))


def test_scores_arithmetic():
    score = CategoryScore(tp=8, fp=2, fn=2, tn=10)
    assert (score.precision, score.recall, score.support) == (0.8, 0.8, 10)
    assert score.f1 == pytest.approx(0.8)
    assert CategoryScore().precision is None
    tally = CategoryScore()
    assert [tally.count(p, e) for p, e in [(True, True), (True, False), (False, True), (False, False)]] == ["tp", "fp", "fn", "tn"]
    assert (tally.tp, tally.fp, tally.fn, tally.tn) == (1, 1, 1, 1)


def _assert_floor(score: CategoryScore, category: str, floor: dict) -> None:
    assert score.support >= BASELINE["min_support"]
    assert (score.precision or 0) >= floor["precision"], f"{category} precision {score.precision:.3f} < {floor['precision']}"
    assert (score.recall or 0) >= floor["recall"], f"{category} recall {score.recall:.3f} < {floor['recall']}"


@pytest.mark.parametrize("category", sorted(BASELINE["floors"]))
def test_held_out_floors(test_split_report, category):
    _assert_floor(test_split_report.scores[category], category, BASELINE["floors"][category])


@pytest.mark.parametrize("category", sorted(BASELINE["majority"]["floors"]))
def test_held_out_majority_floors(majority_report, category):
    _assert_floor(majority_report.scores[category], category, BASELINE["majority"]["floors"][category])


def test_every_miss_is_listed(test_split_report):
    misses = {(m.category, m.kind) for m in test_split_report.misses}
    for category, score in test_split_report.scores.items():
        assert (score.fp > 0) == ((category, "false positive") in misses)
        assert (score.fn > 0) == ((category, "false negative") in misses)


def test_eval_cli_table_and_json(tmp_path):
    path = tmp_path / "tiny.jsonl"
    records = [
        {"id": "a", "kind": "invitation", "text": "We share 12 connections so we should connect.", "labels": {"personalization": True, "cta": False}},
        {"id": "b", "kind": "invitation", "text": "Hi Dana, your SaaStr talk on pricing was great. Open to connecting?", "labels": {"personalization": False}},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    table = CliRunner().invoke(main, ["eval", str(path)])
    assert table.exit_code == 0 and "personalization" in table.stdout and "precision" in table.stdout
    document = json.loads(CliRunner().invoke(main, ["eval", "--format", "json", str(path)]).stdout)
    assert document["categories"]["personalization"]["tp"] == 1
    assert document["categories"]["personalization"]["fp"] == 0


@pytest.mark.parametrize(
    "line,problem",
    [("{not json", "invalid JSON"), ('{"text": "x"}', "'labels'"), ('{"text": "x", "labels": {"vibes": true}}', "unknown category")],
)
def test_bad_records_name_file_and_line(tmp_path, line, problem):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok", "labels": {}}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_records(str(path))
    assert f"{path}:2" in str(error.value) and problem in str(error.value)
    result = CliRunner().invoke(main, ["eval", str(path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
