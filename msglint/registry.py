"""Discover rule files, expand `@lexicon/...` references, select rules.

Rules live in `rules/<category>/<name>.yml`; shared word lists in
`rules/lexicon/<list>.yml`.  A rule that fails validation is reported in
`Registry.errors` and left out, so one bad file does not stop a run.
"""
from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any, Iterable

from .errors import ConfigError, RuleError
from .rulespec import CATEGORIES, RuleSpec, load_rule, read_yaml

LEXICON_PREFIX = "@lexicon/"


def default_rules_dir() -> Path:
    package = Path(__file__).resolve().parent
    for candidate in (package / "_rules", package.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise ConfigError(f"{package}: no rules directory found (expected _rules/ or ../rules/)")


class Lexicon:
    """Word lists under rules/lexicon/, loaded on first reference."""

    def __init__(self, directory: Path):
        self.directory = directory
        self._cache: dict[str, Any] = {}

    def get(self, name: str, referrer: Path) -> Any:
        if name not in self._cache:
            path = self.directory / f"{name}.yml"
            if not path.is_file():
                raise RuleError(str(referrer), f"unknown lexicon '{LEXICON_PREFIX}{name}'")
            self._cache[name] = read_yaml(path)
        return self._cache[name]

    def expand(self, value: Any, referrer: Path) -> Any:
        if isinstance(value, str) and value.startswith(LEXICON_PREFIX):
            name, _, key = value[len(LEXICON_PREFIX):].partition(":")
            data = self.get(name, referrer)
            if key:  # "@lexicon/fillers:hedges" is one key of a mapping
                if not isinstance(data, dict) or key not in data:
                    raise RuleError(str(referrer), f"lexicon '{name}' has no key '{key}'")
                data = data[key]
            return data
        if isinstance(value, list):
            out: list[Any] = []
            for item in value:
                expanded = self.expand(item, referrer)
                is_ref = isinstance(item, str) and item.startswith(LEXICON_PREFIX)
                out.extend(expanded) if is_ref and isinstance(expanded, list) else out.append(expanded)
            return out
        if isinstance(value, dict):
            return {k: self.expand(v, referrer) for k, v in value.items()}
        return value


class Registry:
    def __init__(self, rules: list[RuleSpec], errors: list[RuleError]):
        self.rules = sorted(rules, key=lambda r: r.code)
        self.errors = errors

    @classmethod
    def load(cls, directory: Path | None = None) -> "Registry":
        directory = directory or default_rules_dir()
        lexicon = Lexicon(directory / "lexicon")
        rules: list[RuleSpec] = []
        errors: list[RuleError] = []
        seen: dict[str, Path] = {}
        for path in sorted(directory.glob("*/*.yml")):
            if path.parent.name == "lexicon":
                continue
            try:
                rule = load_rule(path)
                _check_location(rule)
                for key in (rule.code, rule.name):
                    if key in seen:
                        raise RuleError(str(path), f"'{key}' is already used by {seen[key]}")
                rule.body = lexicon.expand(rule.body, path)
                rule.conditions = lexicon.expand(rule.conditions, path)
                rule.options = lexicon.expand(rule.options, path)
            except RuleError as error:
                errors.append(error)
                continue
            seen[rule.code] = seen[rule.name] = path
            rules.append(rule)
        return cls(rules, errors)

    @cached_property
    def _index(self) -> dict[str, RuleSpec]:
        index: dict[str, RuleSpec] = {}
        for rule in self.rules:
            for key in (rule.code, rule.name, *rule.aliases):
                index[key.lower()] = rule
        return index

    def get(self, key: str) -> RuleSpec | None:
        return self._index.get(key.strip().lower())

    def matching(self, selector: str) -> list[RuleSpec]:
        """Rules matched by a code, a code prefix, a name, a category or ALL."""
        key = selector.strip()
        if key.upper() == "ALL":
            return list(self.rules)
        if key.lower() in CATEGORIES:
            return [r for r in self.rules if r.category == key.lower()]
        rule = self.get(key)
        if rule:
            return [rule]
        by_prefix = [r for r in self.rules if r.code.startswith(key.upper())] if key.isalnum() else []
        if not by_prefix:
            raise ConfigError(f"unknown rule selector '{selector}' (expected a code, a code prefix, a name or a category)")
        return by_prefix

    def select(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[RuleSpec]:
        select, ignore = list(select), list(ignore)
        chosen = {r.code: r for r in self.rules if r.enabled} if not select else {}
        for selector in select:
            chosen.update({r.code: r for r in self.matching(selector)})
        for selector in ignore:
            for rule in self.matching(selector):
                chosen.pop(rule.code, None)
        return sorted(chosen.values(), key=lambda r: r.code)


def _check_location(rule: RuleSpec) -> None:
    if rule.path.stem != rule.name:
        raise RuleError(str(rule.path), f"file name must be the rule name '{rule.name}.yml'")
    if rule.path.parent.name != rule.category:
        raise RuleError(str(rule.path), f"rule of category '{rule.category}' must live in rules/{rule.category}/")
