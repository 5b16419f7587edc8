"""`msglint eval`: precision and recall per category against labeled messages.

A record is `{"id", "kind", "subject", "text", "labels": {category: bool}}`
(optional `to`, `company`, `title`, `notes`).  A category counts as flagged
when the message has a finding of that category at warning or error.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .models import Severity
from .records import parse_record_lines
from .rulespec import CATEGORIES


@dataclass
class Record:
    id: str
    message: object
    labels: dict[str, bool]
    notes: dict[str, str]


@dataclass
class CategoryScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def count(self, predicted: bool, expected: bool) -> str:
        """Tally one decision against its label; returns which cell it fell in ("tp", "fp", "fn", "tn")."""
        cell = ("tp" if expected else "fp") if predicted else ("fn" if expected else "tn")
        setattr(self, cell, getattr(self, cell) + 1)
        return cell

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.support if self.support else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)


@dataclass
class Miss:
    record_id: str
    category: str
    kind: str  # "false positive" | "false negative"
    detail: str


@dataclass
class EvalReport:
    scores: dict[str, CategoryScore] = field(default_factory=lambda: {c: CategoryScore() for c in CATEGORIES})
    misses: list[Miss] = field(default_factory=list)
    records: int = 0


def read_records(path: str) -> list[Record]:
    """Labeled records; the first bad line stops the evaluation (a partial score would mislead)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except UnicodeDecodeError:
        raise InputError(path, "not valid UTF-8") from None
    records = []
    for item in parse_record_lines(path, text):
        if isinstance(item, InputError):
            raise item
        number, data, message = item
        if not isinstance(data.get("labels"), dict):
            raise InputError(f"{path}:{number}", "a record needs a 'labels' object")
        unknown = set(data["labels"]) - set(CATEGORIES)
        if unknown:
            raise InputError(f"{path}:{number}", f"unknown category '{sorted(unknown)[0]}' in labels")
        records.append(Record(message.record_id, message, {k: bool(v) for k, v in data["labels"].items()},
                              data.get("notes") or {}))
    return records


def evaluate(linter, records: list[Record]) -> EvalReport:
    report = EvalReport(records=len(records))
    results = linter.lint_many(r.message for r in records)
    for record, result in zip(records, results):
        flagged: dict[str, list] = {}
        for finding in result.findings:
            if finding.severity.rank >= Severity.WARNING.rank:
                flagged.setdefault(finding.category, []).append(finding)
        for category, expected in record.labels.items():
            cell = report.scores[category].count(category in flagged, expected)
            if cell == "fp":
                detail = "; ".join(f"{f.code} {f.message}" for f in flagged[category])
                report.misses.append(Miss(record.id, category, "false positive", detail))
            elif cell == "fn":
                note = record.notes.get(category, "")
                excerpt = " ".join(record.message.body.split())[:120]
                report.misses.append(Miss(record.id, category, "false negative", f"{note} | {excerpt}"))
    return report


def report_to_dict(report: EvalReport) -> dict:
    return {
        "records": report.records,
        "categories": {
            c: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "support": s.support,
                "tp": s.tp, "fp": s.fp, "fn": s.fn}
            for c, s in report.scores.items()
        },
        "misses": [m.__dict__ for m in report.misses],
    }
