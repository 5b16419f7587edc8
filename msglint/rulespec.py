"""Load and validate one rule file into a RuleSpec.  No spaCy here.

A rule file is YAML (see rules/README.md).  Validation is strict and loud:
an unknown key, a missing field or a wrong type is a RuleError naming the file
and the field.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import RuleError
from .message import KINDS
from .models import Applicability, Severity

CATEGORIES = {
    "personalization": "PER",
    "placeholder": "PLH",
    "self-promotion": "SLF",
    "pitch": "PIT",
    "cta": "CTA",
    "wordiness": "WRD",
    "length": "LEN",
    "tone": "TON",
    "spam": "SPM",
    "value": "VAL",
}
EXTENDS = ("existence", "substitution", "pattern", "dependency", "metric", "python")
COMPONENTS = ("tagger", "parser", "lemmatizer", "ner")
SCOPES = ("body", "subject", "message")
_CODE = re.compile(r"^[A-Z]{3}\d{3}$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
OFF = "off"

_COMMON = {
    "code", "name", "category", "extends", "severity", "kinds", "message", "suggestion",
    "fix", "docs", "examples", "options", "requires", "scope", "enabled", "aliases", "unless", "only_if",
}
_BY_KIND = {
    "existence": {"phrases", "regex", "ignorecase"},
    "substitution": {"swap"},
    "pattern": {"patterns"},
    "dependency": {"patterns", "highlight"},
    "metric": {"metric", "condition"},
    "python": {"check"},
}


@dataclass(frozen=True)
class Example:
    text: str
    kind: str | None = None
    fixed: str | None = None


@dataclass
class RuleSpec:
    code: str
    name: str
    category: str
    extends: str
    severity: dict[str, str]  # kind -> severity name or "off"
    message: str
    path: Path
    docs: dict[str, str]
    fail_examples: list[Example]
    pass_examples: list[Example]
    suggestion: str | None = None
    fix: dict[str, str] | None = None
    options: dict[str, Any] = field(default_factory=dict)
    requires: tuple[str, ...] = ()
    scope: str = "body"
    enabled: bool = True
    aliases: tuple[str, ...] = ()
    body: dict[str, Any] = field(default_factory=dict)  # the kind-specific keys
    conditions: dict[str, Any] = field(default_factory=dict)  # unless / only_if: regexes on the body

    @property
    def id(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def applicability(self) -> Applicability | None:
        return Applicability(self.fix["applicability"]) if self.fix else None


def _fail(path: Path, problem: str) -> RuleError:
    return RuleError(str(path), problem)


def _expect(path: Path, data: dict, key: str, kind: type | tuple, required: bool = True):
    if key not in data:
        if required:
            raise _fail(path, f"missing required field '{key}'")
        return None
    value = data[key]
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise _fail(path, f"field '{key}' must be {names}, not {type(value).__name__}")
    return value


def _severity_map(path: Path, raw: Any, kinds: list[str]) -> dict[str, str]:
    allowed = {s.value for s in Severity} | {OFF}
    if isinstance(raw, str):
        raw = {"default": raw}
    if not isinstance(raw, dict):
        raise _fail(path, "field 'severity' must be a level or a mapping of kind to level")
    default = raw.get("default")
    result = {}
    for key, value in raw.items():
        if key != "default" and key not in KINDS:
            raise _fail(path, f"field 'severity' has unknown kind '{key}'")
        if str(value) not in allowed:
            raise _fail(path, f"field 'severity' has unknown level '{value}' (expected error, warning, info or off)")
    for kind in KINDS:
        level = raw.get(kind, default) if kind in kinds else OFF
        result[kind] = str(level) if level is not None else OFF
    if all(v == OFF for v in result.values()):
        raise _fail(path, "field 'severity' leaves the rule off for every kind")
    return result


def _examples(path: Path, raw: Any, which: str) -> list[Example]:
    if not isinstance(raw, list) or not raw:
        raise _fail(path, f"field 'examples.{which}' must be a non-empty list")
    out = []
    for i, item in enumerate(raw):
        if isinstance(item, str):
            out.append(Example(item))
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            unknown = set(item) - {"text", "kind", "fixed"}
            if unknown:
                raise _fail(path, f"examples.{which}[{i}] has unknown key '{sorted(unknown)[0]}'")
            out.append(Example(item["text"], item.get("kind"), item.get("fixed")))
        else:
            raise _fail(path, f"examples.{which}[{i}] must be a string or a mapping with 'text'")
    return out


def parse_rule(path: Path, data: Any) -> RuleSpec:
    if not isinstance(data, dict):
        raise _fail(path, "a rule file must be a YAML mapping")
    extends = _expect(path, data, "extends", str)
    if extends not in EXTENDS:
        raise _fail(path, f"field 'extends' must be one of {', '.join(EXTENDS)}, not '{extends}'")
    unknown = set(data) - _COMMON - _BY_KIND[extends]
    if unknown:
        raise _fail(path, f"unknown field '{sorted(unknown)[0]}' for a rule that extends {extends}")

    code = _expect(path, data, "code", str)
    name = _expect(path, data, "name", str)
    category = _expect(path, data, "category", str)
    if not _CODE.match(code):
        raise _fail(path, f"field 'code' must look like ABC123, not '{code}'")
    if not _NAME.match(name):
        raise _fail(path, f"field 'name' must be kebab-case, not '{name}'")
    if category not in CATEGORIES:
        raise _fail(path, f"field 'category' must be one of {', '.join(CATEGORIES)}, not '{category}'")
    if not code.startswith(CATEGORIES[category]):
        raise _fail(path, f"field 'code' must start with {CATEGORIES[category]} for category {category}")

    kinds = _expect(path, data, "kinds", list, required=False) or list(KINDS)
    for kind in kinds:
        if kind not in KINDS:
            raise _fail(path, f"field 'kinds' has unknown kind '{kind}'")
    severity = _severity_map(path, data.get("severity", "warning"), kinds)

    message = _expect(path, data, "message", str)
    docs = _expect(path, data, "docs", dict)
    if not isinstance(docs.get("why"), str) or not docs["why"].strip():
        raise _fail(path, "field 'docs.why' is required")
    examples = _expect(path, data, "examples", dict)

    fix = _expect(path, data, "fix", dict, required=False)
    if fix is not None:
        if not isinstance(fix.get("title"), str):
            raise _fail(path, "field 'fix.title' is required when 'fix' is given")
        applicability = fix.setdefault("applicability", "safe")
        if applicability not in {a.value for a in Applicability}:
            raise _fail(path, f"field 'fix.applicability' must be safe, unsafe or display, not '{applicability}'")

    requires = tuple(_expect(path, data, "requires", list, required=False) or ())
    for component in requires:
        if component not in COMPONENTS:
            raise _fail(path, f"field 'requires' has unknown component '{component}'")
    scope = data.get("scope", "body")
    if scope not in SCOPES:
        raise _fail(path, f"field 'scope' must be one of {', '.join(SCOPES)}, not '{scope}'")

    body = {key: data[key] for key in _BY_KIND[extends] if key in data}
    conditions = {key: data[key] for key in ("unless", "only_if") if key in data}
    for key, value in conditions.items():
        by_kind = value if isinstance(value, dict) else {"": value}
        for kind, patterns in by_kind.items():
            if kind and kind not in KINDS:
                raise _fail(path, f"field '{key}' has unknown message kind '{kind}' (known: {', '.join(KINDS)})")
            if not (isinstance(patterns, str) or (isinstance(patterns, list) and all(isinstance(v, str) for v in patterns))):
                raise _fail(path, f"field '{key}' must be a list of regular expressions or a lexicon reference"
                                  " (or a mapping from message kind to one)")
    return RuleSpec(
        code=code,
        name=name,
        category=category,
        extends=extends,
        severity=severity,
        message=message,
        path=path,
        docs={k: str(v).strip() for k, v in docs.items()},
        fail_examples=_examples(path, examples.get("fail"), "fail"),
        pass_examples=_examples(path, examples.get("pass"), "pass"),
        suggestion=_expect(path, data, "suggestion", str, required=False),
        fix=fix,
        options=dict(_expect(path, data, "options", dict, required=False) or {}),
        requires=requires,
        scope=scope,
        enabled=bool(data.get("enabled", True)),
        aliases=tuple(data.get("aliases", ())),
        body=body,
        conditions=conditions,
    )


class RuleLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe YAML with YAML 1.2 booleans: only true/false, so `on`, `no` and
    `yes` stay words (they are common tokens in patterns and phrase lists)."""


RuleLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
RuleLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _loader():
    return RuleLoader


def read_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_loader())
    except UnicodeDecodeError:
        raise _fail(path, "not valid UTF-8") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or "malformed YAML"
        raise _fail(path, f"YAML error{where}: {problem}") from None


def load_rule(path: Path) -> RuleSpec:
    return parse_rule(path, read_yaml(path))
