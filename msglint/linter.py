"""The pure core: messages in, findings out.

`Linter` selects and configures rules once, loads the pipeline and compiles
the matchers on first use, then lints messages one at a time or in batches
(`nlp.pipe`).  Adapters (CLI, eval, fix) only convert.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from .config import Settings, validate_overrides
from .context import ActiveRule, Context, Hit
from .errors import RuleError
from .message import Message
from .models import Applicability, Finding, Fix, Severity
from .registry import Registry
from .scoring import Score, score_findings
from .textpatterns import alternation


@dataclass(frozen=True)
class LintResult:
    message: Message
    findings: list[Finding]
    score: Score


class _Values(dict):
    """Template values; `{company|their company}` falls back to the text after `|`."""

    def __missing__(self, key: str) -> str:
        name, bar, default = key.partition("|")
        if bar:
            value = self.get(name)
            return str(value) if value else default
        return "{" + key + "}"


def render(template: str | None, values: dict) -> str | None:
    if template is None:
        return None
    return template.format_map(_Values(values))


def activate(registry: Registry, settings: Settings) -> list[ActiveRule]:
    validate_overrides(settings, registry)
    active = []
    for spec in registry.select(settings.select, settings.ignore):
        override = {}
        for key, values in settings.rule_overrides.items():
            if registry.get(key) is spec:
                override.update(values)
        severity = dict(spec.severity)
        if "severity" in override:
            severity = {kind: (override["severity"] if level != "off" else "off") for kind, level in severity.items()}
        options = {**spec.options, **{k: v for k, v in override.items() if k != "severity"}}
        active.append(ActiveRule(spec, options, severity, *(_condition(spec, key) for key in ("unless", "only_if"))))
    return active


def _condition(spec, key: str):
    """The rule's `unless`/`only_if` as one regex, or as {kind: regex} when the rule gives it per kind."""
    value = spec.conditions.get(key)
    if not value:
        return None
    if isinstance(value, dict):
        return {kind: _compile_condition(spec, key, patterns) for kind, patterns in value.items() if patterns}
    return _compile_condition(spec, key, value)


def _compile_condition(spec, key: str, patterns):
    patterns = (patterns,) if isinstance(patterns, str) else tuple(patterns)
    try:
        return alternation(patterns)  # shared lexicons compile once
    except re.error as error:
        raise RuleError(str(spec.path), f"field '{key}' has a bad regular expression: {error}") from None


class Linter:
    def __init__(self, settings: Settings | None = None, registry: Registry | None = None):
        self.settings = settings or Settings()
        self.registry = registry or Registry.load()
        self.rules = activate(self.registry, self.settings)
        self._nlp = None
        self._checkers = None

    @property
    def requires(self) -> frozenset[str]:
        return frozenset(c for rule in self.rules for c in rule.spec.requires)

    @property
    def nlp(self):
        if self._nlp is None:
            from .nlp import load_pipeline

            self._nlp = load_pipeline(self.settings.model, self.requires)
        return self._nlp

    @property
    def checkers(self) -> list:
        if self._checkers is None:
            from .kinds import compile_checkers

            self._checkers = compile_checkers(self.rules, self.nlp)
        return self._checkers

    def lint(self, message: Message) -> LintResult:
        return next(self.lint_many([message]))

    def lint_many(self, messages: Iterable[Message], batch_size: int = 64) -> Iterator[LintResult]:
        checkers = self.checkers
        pairs = ((m.body, m) for m in messages)
        for doc, message in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            ctx = Context(message, doc, self.settings)
            findings = sorted(self._findings(ctx, checkers), key=Finding.sort_key)
            yield LintResult(message, findings, score_findings(findings))

    def _findings(self, ctx: Context, checkers) -> Iterator[Finding]:
        seen: set[tuple[str, int, int]] = set()
        kind = ctx.kind
        for checker in checkers:
            for rule, hit in checker.run(ctx):
                key = (rule.code, hit.start, hit.end)
                if rule.off_for(kind) or key in seen or not rule.applies_to(ctx):
                    continue  # applies_to's searches are cached per message (Context.body_search)
                if rule.spec.category != "placeholder" and ctx.in_slot(hit.start, hit.end):
                    continue  # "[Mutual Connection Name]" names a field; it is not a reason to connect
                seen.add(key)
                yield self._finding(rule, hit, Severity(rule.severity[kind]), ctx.message)

    @staticmethod
    def _finding(rule: ActiveRule, hit: Hit, severity: Severity, message: Message) -> Finding:
        spec = rule.spec
        values = {**rule.options, **message.facts, **hit.values}
        fix = None
        if hit.edits:
            applicability = spec.applicability or Applicability.UNSAFE
            title = hit.fix_title or render((spec.fix or {}).get("title"), values) or "Apply the suggested edit"
            fix = Fix(title, tuple(hit.edits), applicability)
        return Finding(
            code=spec.code,
            name=spec.name,
            category=spec.category,
            severity=severity,
            message=render(spec.message, values),
            start=hit.start,
            end=hit.end,
            fix=fix,
            suggestion=hit.suggestion or render(spec.suggestion, values),
            record_id=message.record_id,
        )
