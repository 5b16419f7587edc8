"""`msglint fix`, `rewrite` and `msglint.fix`: composition, safety, idempotence, atomic writes."""
from __future__ import annotations

import json
import os
import stat
from collections import Counter
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import msglint.fix_command as fix_command
from msglint.cli import main
from msglint.fixer import fix_text
from msglint.fixes import choose_fixes, overlaps
from msglint.message import parse_message

YARDSTICK = "In essence the core of your problem is not enough money for new initiatives."
LABELED = Path(__file__).resolve().parent.parent / "corpus" / "labeled"


def invoke(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_yardstick_sentence_through_stdin():
    result = invoke("fix", "-", input=YARDSTICK + "\n")
    assert result.stdout == "Your problem is not enough money for new initiatives.\n"


def test_fix_in_place_keeps_header_and_permissions(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("Kind: inmail\nSubject: In order to help\n\nHi Jo, I am writing in order to ask one question?\n", encoding="utf-8")
    os.chmod(path, 0o640)
    result = invoke("fix", str(path))
    assert result.exit_code in (0, 1)
    assert path.read_text(encoding="utf-8") == "Kind: inmail\nSubject: In order to help\n\nHi Jo, I am writing to ask one question?\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert "fixed 1 (WRD001)" in result.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".msglint-")]


def test_diff_writes_nothing(tmp_path):
    path = tmp_path / "draft.txt"
    original = "I am writing in order to ask.\n"
    path.write_text(original, encoding="utf-8")
    result = invoke("fix", "--diff", str(path))
    assert "-I am writing in order to ask." in result.stdout and "+I am writing to ask." in result.stdout
    assert path.read_text(encoding="utf-8") == original


def test_unsafe_fixes_only_when_asked():
    text = "Basically, we cut cloud bills in half for teams like yours.\n"
    assert invoke("fix", "-", input=text).stdout == text
    assert invoke("fix", "--unsafe-fixes", "-", input=text).stdout.startswith("We cut cloud bills")


def test_read_only_file_is_an_error_and_untouched(tmp_path):
    path = tmp_path / "draft.txt"
    original = b"I am writing in order to ask.\n"
    path.write_bytes(original)
    os.chmod(path, 0o444)
    result = invoke("fix", str(path))
    assert result.exit_code == 2 and "read-only" in result.stderr and "Traceback" not in result.output
    assert path.read_bytes() == original


def test_file_changed_while_fixing_is_an_error_and_untouched(tmp_path, monkeypatch):
    path = tmp_path / "draft.txt"
    path.write_bytes(b"I am writing in order to ask.\n")
    concurrent = b"Someone else saved this meanwhile.\n"
    real_fix_text = fix_command.fix_text

    def fix_while_someone_saves(*args, **kwargs):
        path.write_bytes(concurrent)
        return real_fix_text(*args, **kwargs)

    monkeypatch.setattr(fix_command, "fix_text", fix_while_someone_saves)
    result = invoke("fix", str(path))
    assert result.exit_code == 2 and "changed while msglint was fixing it" in result.stderr
    assert path.read_bytes() == concurrent


def test_bad_input_to_fix_is_one_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff\xfe\x00")
    result = invoke("fix", str(path))
    assert result.exit_code == 2 and result.stderr.count("error:") == 1


def test_api_returns_text_and_applied_fixes():
    import msglint

    result = msglint.fix(YARDSTICK)
    assert result.text == "Your problem is not enough money for new initiatives."
    assert {f.code for f in result.applied} == {"WRD002", "WRD010"}


def test_rewrite_shows_both_versions(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("Kind: inmail\n\nI just wanted to reach out to ask about your pricing work. Could we talk?\n", encoding="utf-8")
    output = invoke("rewrite", str(path)).stdout
    assert "original" in output and "rewritten" in output and "reading grade" in output
    assert "I'd like to ask" in output


# --- properties -------------------------------------------------------------

FRAGMENTS = [
    "in order to", "In essence", "the core of your problem is", "due to the fact that", "each and every",
    "basically", "very very", "we made a decision to", "There are many teams that struggle", "Let me know.",
    "I just wanted to reach out to", "at this point in time", "the report was written by our team",
    "Hi Jo,", "your post", "pricing", "?", "!", ",", ".", "\n", "  ", "🙂", "an", "a", "the", "é", "{first_name}",
]


def _check_fix_properties(linter, text):
    message = parse_message(text)
    findings = linter.lint(message).findings
    chosen = choose_fixes(findings, unsafe=True)
    edits = sorted((e for f in chosen for e in f.fix.edits), key=lambda e: e.start)
    assert not any(overlaps(a, b) for i, a in enumerate(edits) for b in edits[i + 1 :])
    once = fix_text(linter, text, unsafe=True)
    # text outside the edited spans is kept: every unedited stretch survives in order
    cursor, position = 0, 0
    for edit in edits:
        kept = text[cursor : edit.start]
        found = once.text.find(kept, position) if once.passes == 1 else position
        assert found >= 0
        position = found + len(kept)
        cursor = edit.end
    assert fix_text(linter, once.text, unsafe=True).text == once.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(min_size=1, max_size=8)), min_size=1, max_size=14))
def test_fixing_arbitrary_text_is_safe_and_idempotent(linter, pieces):
    text = " ".join(pieces)
    if not text.strip():
        return
    _check_fix_properties(linter, text)


def _records():
    for path in sorted(LABELED.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            yield json.loads(line)


def test_fixing_the_labeled_corpus(linter):
    before, after = Counter(), Counter()
    for record in _records():
        text = record["text"]
        kind = record["kind"]
        message = parse_message(text, kind=kind)
        before.update(f.category for f in linter.lint(message).findings)
        _check_fix_properties(linter, text)
        result = fix_text(linter, text, kind=kind, unsafe=True)
        assert fix_text(linter, result.text, kind=kind, unsafe=True).text == result.text, record["id"]
        after.update(f.category for f in result.remaining)
    assert after["wordiness"] <= 0.7 * before["wordiness"], (before["wordiness"], after["wordiness"])
    for category in before | after:
        if category != "wordiness":
            assert after[category] <= before[category], (category, before[category], after[category])
