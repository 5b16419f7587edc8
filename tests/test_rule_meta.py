"""Every rule is documented, exemplified, uniquely named and where it should be."""
from __future__ import annotations

from pathlib import Path

import pytest

from msglint.errors import RuleError
from msglint.registry import Registry
from msglint.rulespec import CATEGORIES, load_rule, parse_rule

RULES = Registry.load()


def test_all_rule_files_load():
    assert not RULES.errors, [str(e) for e in RULES.errors]
    assert len(RULES.rules) >= 30


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.code)
def test_rule_is_documented_with_examples(rule):
    assert rule.docs["why"].strip()
    assert rule.docs.get("evidence", "").strip(), "every rule says what evidence it rests on"
    assert rule.fail_examples and rule.pass_examples
    assert rule.path.stem == rule.name and rule.path.parent.name == rule.category
    assert rule.code.startswith(CATEGORIES[rule.category])
    if rule.fix and rule.fix.get("applicability") == "safe":
        assert any(e.fixed for e in rule.fail_examples), "a rule with a safe fix shows the fixed text"


def test_every_category_has_rules():
    covered = {rule.category for rule in RULES.rules}
    assert covered == set(CATEGORIES)


def test_codes_and_names_are_unique():
    codes = [r.code for r in RULES.rules]
    names = [r.name for r in RULES.rules]
    assert len(codes) == len(set(codes)) and len(names) == len(set(names))


BASE = {
    "code": "PER900", "name": "x", "category": "personalization", "extends": "existence",
    "message": "m", "docs": {"why": "w"}, "examples": {"fail": ["a"], "pass": ["b"]}, "phrases": ["a"],
}


@pytest.mark.parametrize(
    "change,problem",
    [
        ({"code": "per1"}, "field 'code'"),
        ({"category": "nope"}, "field 'category'"),
        ({"extends": "magic"}, "field 'extends'"),
        ({"severity": "loud"}, "unknown level 'loud'"),
        ({"docs": {}}, "docs.why"),
        ({"examples": {"fail": ["a"]}}, "examples.pass"),
        ({"swap": {"a": "b"}}, "unknown field 'swap'"),
        ({"code": "CTA900"}, "must start with PER"),
        ({"only_if": {"letter": ["x"]}}, "unknown message kind 'letter'"),
        ({"unless": {"followup": 3}}, "field 'unless' must be a list of regular expressions"),
    ],
)
def test_bad_rule_names_file_and_field(change, problem):
    with pytest.raises(RuleError) as error:
        parse_rule(Path("rules/personalization/x.yml"), {**BASE, **change})
    assert "rules/personalization/x.yml" in str(error.value) and problem in str(error.value)


def test_malformed_rule_file_is_reported_and_others_still_load(tmp_path):
    rules = tmp_path / "rules"
    (rules / "cta").mkdir(parents=True)
    (rules / "lexicon").mkdir()
    (rules / "cta" / "broken.yml").write_text("code: [unclosed\n", encoding="utf-8")
    good = Path(RULES.get("CTA004").path).read_text(encoding="utf-8")
    (rules / "cta" / "multiple-asks.yml").write_text(good, encoding="utf-8")
    registry = Registry.load(rules)
    assert [r.code for r in registry.rules] == ["CTA004"]
    assert len(registry.errors) == 1 and "broken.yml" in str(registry.errors[0]) and "YAML error" in str(registry.errors[0])


def test_yaml_words_on_and_no_stay_strings(tmp_path):
    path = tmp_path / "personalization" / "x.yml"
    path.parent.mkdir()
    path.write_text("code: PER900\nname: x\ncategory: personalization\nextends: existence\nmessage: m\n"
                    "docs: {why: w}\nexamples: {fail: [a], pass: [b]}\nphrases: [on, no, yes]\n", encoding="utf-8")
    assert load_rule(path).body["phrases"] == ["on", "no", "yes"]


def test_a_condition_given_per_kind_applies_to_those_kinds_only():
    from msglint.linter import Linter
    from msglint.message import parse_message

    linter = Linter()
    text = "Hi Jo, here is the deck I mentioned: https://example.com/deck"
    later = linter.lint(parse_message(text, kind="followup")).findings
    first = linter.lint(parse_message("Thanks for connecting, Jo! " + text, kind="followup")).findings
    invitation = linter.lint(parse_message(text, kind="invitation")).findings
    assert "SPM001" not in {f.code for f in later}
    assert "SPM001" in {f.code for f in first} and "SPM001" in {f.code for f in invitation}
