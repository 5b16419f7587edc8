"""Settings: built-in defaults < project file < command line.

The project file is the nearest `.msglint.toml` (top level) or
`pyproject.toml` with a `[tool.msglint]` table, searching upward from the
working directory.  Every key is validated; a bad one is a ConfigError that
names the file and the key.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .models import Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_TOP_LEVEL = {"model", "select", "ignore", "fail-on", "free-account", "rules"}
_RULE_KEYS = {"severity"}  # plus the rule's own `options`


@dataclass(frozen=True)
class Settings:
    model: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    free_account: bool = False
    rule_overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: str | None = None

    def merged(self, **changes: Any) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v not in (None, ())})


def find_config_file(start: Path) -> tuple[Path, dict] | None:
    for directory in (start, *start.parents):
        dotfile = directory / ".msglint.toml"
        if dotfile.is_file():
            return dotfile, _read_toml(dotfile)
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            table = _read_toml(pyproject).get("tool", {}).get("msglint")
            if table is not None:
                return pyproject, table
    return None


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None


def settings_from_table(table: dict, source: str) -> Settings:
    def bad(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{source}: invalid config: {problem} for '{key}'")

    unknown = set(table) - _TOP_LEVEL
    if unknown:
        raise bad(sorted(unknown)[0], "unknown option")
    for key in ("select", "ignore"):
        value = table.get(key, [])
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise bad(key, "expected a list of strings")
    model = table.get("model")
    if model is not None and not isinstance(model, str):
        raise bad("model", "expected a string")
    try:
        fail_on = Severity.parse(table.get("fail-on", "warning"))
    except (ValueError, AttributeError):
        raise bad("fail-on", "expected error, warning or info") from None
    free_account = table.get("free-account", False)
    if not isinstance(free_account, bool):
        raise bad("free-account", "expected true or false")
    rules = table.get("rules", {})
    if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
        raise bad("rules", "expected tables like [rules.LEN001]")
    return Settings(
        model=model,
        select=tuple(table.get("select", ())),
        ignore=tuple(table.get("ignore", ())),
        fail_on=fail_on,
        free_account=free_account,
        rule_overrides={k: dict(v) for k, v in rules.items()},
        source=source,
    )


def load_settings(start: Path | None = None, explicit: Path | None = None) -> Settings:
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: config file not found")
        table = _read_toml(explicit)
        if explicit.name == "pyproject.toml":
            table = table.get("tool", {}).get("msglint", {})
        return settings_from_table(table, str(explicit))
    found = find_config_file((start or Path.cwd()).resolve())
    if found is None:
        return Settings()
    path, table = found
    return settings_from_table(table, str(path))


def validate_overrides(settings: Settings, registry) -> None:
    """Rule tables must name a known rule and only its severity or its options."""
    for key, values in settings.rule_overrides.items():
        rule = registry.get(key)
        where = settings.source or "config"
        if rule is None:
            raise ConfigError(f"{where}: invalid config: unknown rule '{key}'")
        for option, value in values.items():
            if option == "severity":
                if value not in ("error", "warning", "info", "off"):
                    raise ConfigError(f"{where}: invalid config: severity must be error, warning, info or off for rule '{key}'")
            elif option not in rule.options:
                raise ConfigError(f"{where}: invalid config: unknown option '{option}' for rule '{rule.code} {rule.name}'")
            elif type(value) is not type(rule.options[option]) and not (
                isinstance(value, (int, float)) and isinstance(rule.options[option], (int, float))
            ):
                raise ConfigError(f"{where}: invalid config: option '{option}' for rule '{rule.code}' expects {type(rule.options[option]).__name__}")
