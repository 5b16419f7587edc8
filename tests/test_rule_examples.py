"""Every rule's examples are its tests (sqlfluff style), generated from the rule files.

A `fail` example must produce a finding of that rule, a `pass` example none,
and a `fixed` text must equal the example after all its fixes are applied.
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from msglint.config import Settings
from msglint.fixes import apply_edits
from msglint.linter import Linter
from msglint.message import parse_message
from msglint.registry import Registry

_REGISTRY = Registry.load()


def _cases(which: str):
    for rule in _REGISTRY.rules:
        for index, example in enumerate(getattr(rule, f"{which}_examples")):
            yield pytest.param(rule, example, id=f"{rule.code}-{rule.name}-{which}{index}")


def _rule_findings(linter, rule, example):
    message = parse_message(example.text, kind=example.kind)
    result = linter.lint(message)
    return message, [f for f in result.findings if f.code == rule.code]


@pytest.mark.parametrize("rule,example", list(_cases("fail")))
def test_fail_example_is_flagged(linter, rule, example):
    message, findings = _rule_findings(linter, rule, example)
    assert findings, f"{rule.code} did not flag its fail example: {example.text!r}"
    if example.fixed is not None:
        edits = [e for f in findings if f.fix for e in f.fix.edits]
        assert edits, f"{rule.code} has a `fixed` example but produced no fix"
        assert apply_edits(message.text, edits) == example.fixed


@pytest.mark.parametrize("rule,example", list(_cases("pass")))
def test_pass_example_is_clean(linter, rule, example):
    _, findings = _rule_findings(linter, rule, example)
    assert not findings, f"{rule.code} flagged its pass example: {[f.message for f in findings]}"


@lru_cache(maxsize=None)
def _linter_alone(code: str) -> Linter:
    """A linter running only rule `code`, whose pipeline is what that rule declares."""
    return Linter(Settings(select=(code,)), _REGISTRY)


@pytest.mark.parametrize("rule,example", list(_cases("fail")) + list(_cases("pass")))
def test_rule_declares_what_it_reads(rule, example):
    """Run alone (`--select CODE`), a rule gets only the components its `requires` names:
    its examples must come out as they do with the full pipeline, or it reads a parse,
    tag or lemma it did not declare."""
    message = parse_message(example.text, kind=example.kind)
    flagged = any(f.code == rule.code for f in _linter_alone(rule.code).lint(message).findings)
    expected = example in rule.fail_examples
    assert flagged == expected, f"{rule.code} run alone {'missed' if expected else 'flagged'} {example.text!r}: add what it reads to `requires`"
