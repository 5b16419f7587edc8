"""Project configuration: discovery, validation, and its effect on linting."""
from __future__ import annotations

import pytest

from msglint.config import Settings, load_settings
from msglint.errors import ConfigError
from msglint.linter import Linter
from msglint.message import parse_message


def test_dotfile_is_found_from_a_subdirectory(tmp_path):
    (tmp_path / ".msglint.toml").write_text('ignore = ["tone"]\nfail-on = "error"\n', encoding="utf-8")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    settings = load_settings(nested)
    assert settings.ignore == ("tone",) and settings.fail_on.value == "error"


def test_pyproject_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.msglint]\nfree-account = true\n', encoding="utf-8")
    assert load_settings(tmp_path).free_account is True


@pytest.mark.parametrize(
    "content,problem",
    [
        ("colour = 1\n", "unknown option for 'colour'"),
        ('fail-on = "loud"\n', "fail-on"),
        ("select = 3\n", "expected a list of strings"),
        ("[rules\n", "invalid TOML"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path, content, problem):
    path = tmp_path / ".msglint.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_settings(tmp_path)
    assert str(path) in str(error.value) and problem in str(error.value)


def test_rule_override_validation(registry):
    with pytest.raises(ConfigError, match="unknown option 'maximum'"):
        Linter(Settings(rule_overrides={"LEN001": {"maximum": 3}}, source="x.toml"), registry)
    with pytest.raises(ConfigError, match="unknown rule 'NOPE01'"):
        Linter(Settings(rule_overrides={"NOPE01": {}}, source="x.toml"), registry)


def test_free_account_limit_and_option_override(registry):
    note = "Hi Jo, " + "your post on pricing was great and useful. " * 5 + "Connect?"
    assert 200 < len(note) <= 300
    message = parse_message(note, kind="invitation")
    codes = lambda settings: {f.code for f in Linter(settings, registry).lint(message).findings}  # noqa: E731
    assert "LEN001" not in codes(Settings())
    assert "LEN001" in codes(Settings(free_account=True))
    assert "LEN001" in codes(Settings(rule_overrides={"invitation-limit": {"max": 220}}))
    assert "LEN001" not in codes(Settings(free_account=True, rule_overrides={"LEN001": {"severity": "off"}}))
