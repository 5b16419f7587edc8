"""The 0-100 message score, with the cost of every category shown.

score = 100 - sum of finding costs, where each finding costs by severity:
error 20, warning 8, info 2.  A category's cost is capped at 40, so one noisy
category cannot hide the others.  The breakdown maps category -> cost.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .models import Finding, Severity

COST = {Severity.ERROR: 20, Severity.WARNING: 8, Severity.INFO: 2}
CATEGORY_CAP = 40


@dataclass(frozen=True)
class Score:
    value: int
    breakdown: dict[str, int] = field(default_factory=dict)


def score_findings(findings: list[Finding]) -> Score:
    breakdown: dict[str, int] = {}
    for finding in findings:
        breakdown[finding.category] = breakdown.get(finding.category, 0) + COST[finding.severity]
    breakdown = {category: min(cost, CATEGORY_CAP) for category, cost in sorted(breakdown.items())}
    return Score(max(0, 100 - sum(breakdown.values())), breakdown)
