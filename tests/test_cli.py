"""The command line, end to end, through click's runner and a real subprocess."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from msglint.cli import main

ACCEPTANCE = "We share 12 connections so we should connect. I'm the #1 rated sales trainer in Ohio. Let me know."
CLEAN = (
    "Hi Dana, your talk at SaaStr on usage-based pricing changed how I think about renewals. "
    "Would you be open to connecting?"
)


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


def _spans(document):
    text = ACCEPTANCE
    return {f["category"]: text[f["start"] : f["end"]] for f in document["files"][0]["findings"]}


def test_acceptance_message_json(run):
    result = run("check", "--format", "json", "--kind", "invitation", "-", input=ACCEPTANCE)
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["version"] == 1
    spans = _spans(document)
    assert "We share 12 connections" in spans["personalization"]
    assert spans["self-promotion"] == "#1"
    assert spans["cta"] == "Let me know"


def test_json_contract_fields(run):
    result = run("check", "--format", "json", "--kind", "invitation", "-", input=ACCEPTANCE)
    entry = json.loads(result.stdout)["files"][0]
    assert set(entry) >= {"path", "kind", "score", "findings"}
    assert entry["kind"] == "invitation" and isinstance(entry["score"], int)
    for finding in entry["findings"]:
        assert set(finding) >= {
            "rule", "category", "severity", "message", "line", "column", "end_line", "end_column",
            "start", "end", "fix", "suggestion",
        }
        assert finding["rule"] == f"{finding['category']}.{finding['name']}"
        assert finding["severity"] in {"error", "warning", "info"}


def test_safe_fix_for_wordy_phrase(run):
    text = "I am writing in order to ask."
    result = run("check", "--format", "json", "-", input=text)
    findings = json.loads(result.stdout)["files"][0]["findings"]
    wordy = [f for f in findings if f["category"] == "wordiness" and f["fix"]]
    assert wordy and wordy[0]["fix"]["safe"] is True
    edits = sorted(wordy[0]["fix"]["edits"], key=lambda e: e["start"], reverse=True)
    for edit in edits:
        text = text[: edit["start"]] + edit["replacement"] + text[edit["end"] :]
    assert text == "I am writing to ask."


def test_clean_invitation_exits_zero(run):
    result = run("check", "-", input=CLEAN)
    assert result.exit_code == 0, result.stdout


def test_text_format_shows_caret_and_summary(run):
    result = run("check", "--kind", "invitation", "-", input=ACCEPTANCE)
    lines = result.stdout.splitlines()
    caret = next(i for i, line in enumerate(lines) if "^^" in line and set(line.strip()) == {"^"})
    assert ACCEPTANCE in lines[caret - 1]
    assert re.match(r"Found \d+ findings \(0 errors, \d+ warnings, \d+ info\) in 1 file\.", lines[-1])


def test_positions_count_header_lines(run, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("Kind: invitation\nTo: Sam\n\nHi Sam, let me know.\n", encoding="utf-8")
    document = json.loads(run("check", "--format", "json", str(path)).stdout)
    finding = next(f for f in document["files"][0]["findings"] if f["code"] == "CTA001")
    assert (finding["line"], finding["column"]) == (4, 9)
    assert path.read_text(encoding="utf-8")[finding["start"] : finding["end"]] == "let me know"


@pytest.mark.parametrize(
    "content,problem",
    [
        (b"\xff\xfeHi there \xe9", "not valid UTF-8"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"   \n\n  ", "empty message"),
        (b"Kind: inmail\nSubject: Hi\n\n", "empty message"),
        (b"Kind: telegram\n\nHello Sam, one question?", "unknown kind"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_others_still_checked(run, tmp_path, content, problem):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(CLEAN, encoding="utf-8")
    result = run("check", str(bad), str(good))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and str(bad) in errors[0] and problem in errors[0]
    assert "Traceback" not in result.output
    assert str(good) in result.stdout
    assert bad.read_bytes() == content


def test_jsonl_batch_reports_each_record_and_each_bad_line(run, tmp_path):
    batch = tmp_path / "sent.jsonl"
    lines = [
        json.dumps({"id": "pushy", "kind": "invitation", "text": "Hi Dana, we share 12 connections so we should connect. Let me know."}),
        "{not json",
        json.dumps({"id": "blank", "kind": "invitation", "text": "   "}),
        json.dumps({"id": "bad-kind", "kind": "telegram", "text": "Hello"}),
        json.dumps({"id": "clean", "kind": "invitation", "to": "Dana", "text": CLEAN.split("\n\n", 1)[-1]}),
    ]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = batch.read_bytes()
    result = run("check", "--format", "json", str(batch))
    assert result.exit_code == 2  # bad lines are errors; the good records are still reported
    document = json.loads(result.stdout)
    by_id = {entry["id"]: entry for entry in document["files"]}
    assert set(by_id) == {"pushy", "clean"} and all(e["path"] == str(batch) for e in by_id.values())
    assert {"PER002", "CTA001"} <= {f["code"] for f in by_id["pushy"]["findings"]}
    text = json.loads(lines[0])["text"]
    spans = {f["code"]: text[f["start"]:f["end"]] for f in by_id["pushy"]["findings"]}
    assert spans["CTA001"] == "Let me know"  # positions index the record's own text
    assert [e["path"] for e in document["errors"]] == [f"{batch}:2", f"{batch}:3", f"{batch}:4"]
    problems = [e["message"] for e in document["errors"]]
    assert "invalid JSON" in problems[0] and "empty message" in problems[1] and "unknown kind" in problems[2]
    text_run = run("check", str(batch))
    errors = [line for line in text_run.stderr.splitlines() if line.strip()]
    assert text_run.exit_code == 2 and len(errors) == 3 and "Traceback" not in text_run.output
    assert "[pushy]" in text_run.stdout and "in 2 messages" in text_run.stdout
    assert batch.read_bytes() == before


@pytest.mark.parametrize("command", ["fix", "rewrite"])
def test_fix_and_rewrite_refuse_jsonl_batches(run, tmp_path, command):
    batch = tmp_path / "sent.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": "I am writing in order to ask."}) + "\n", encoding="utf-8")
    before = batch.read_bytes()
    result = run(command, str(batch))
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 2 and len(errors) == 1 and str(batch) in errors[0] and "msglint check" in errors[0]
    assert batch.read_bytes() == before


def test_jsonl_kind_option_overrides_records(run, tmp_path):
    batch = tmp_path / "one.jsonl"
    batch.write_text(json.dumps({"id": "x", "text": "Hi Dana, we share 12 connections so we should connect."}) + "\n", encoding="utf-8")
    document = json.loads(run("check", "--format", "json", "--kind", "followup", str(batch)).stdout)
    assert document["files"][0]["kind"] == "followup"


def test_missing_path_and_empty_directory(run, tmp_path):
    result = run("check", str(tmp_path / "nope.txt"), str(tmp_path))
    assert result.exit_code == 2
    assert "no such file" in result.stderr and "no message files" in result.stderr


def test_select_ignore_and_fail_on(run):
    only_cta = json.loads(run("check", "--format", "json", "--select", "cta", "--kind", "invitation", "-", input=ACCEPTANCE).stdout)
    assert {f["category"] for f in only_cta["files"][0]["findings"]} == {"cta"}
    ignored = json.loads(run("check", "--format", "json", "--ignore", "PER002,self-superlative", "--kind", "invitation", "-", input=ACCEPTANCE).stdout)
    assert {f["code"] for f in ignored["files"][0]["findings"]}.isdisjoint({"PER002", "SLF001"})
    assert run("check", "--fail-on", "error", "--kind", "invitation", "-", input=ACCEPTANCE).exit_code == 0


def test_unknown_selector_is_a_usage_error(run):
    result = run("check", "--select", "NOPE999", "-", input=CLEAN)
    assert result.exit_code == 2 and "unknown rule selector" in result.stderr


def test_rules_and_explain_list_every_rule(run, registry):
    listing = run("rules").stdout
    for rule in registry.rules:
        assert rule.code in listing
    explained = run("explain", "shared-connections").stdout
    assert "PER002" in explained and "Why" in explained and "Fails" in explained
    assert run("explain", "NOPE").exit_code == 2


def _imports(args: list[str]) -> str:
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "msglint", *args], capture_output=True, text=True, check=False
    )
    return completed.stderr


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["rules"], ["explain", "PER001"]])
def test_light_commands_never_import_spacy(args):
    imported = {line.split("|")[-1].strip() for line in _imports(args).splitlines() if "|" in line}
    assert "msglint" in imported
    assert not any(name == "spacy" or name.startswith("spacy.") for name in imported)
    assert "textstat" not in imported


def test_missing_model_is_one_line_with_the_install_command(run):
    result = run("check", "--model", "en_core_web_nope", "-", input=CLEAN)
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "en_core_web_nope" in lines[0] and "pip install" in lines[0]
