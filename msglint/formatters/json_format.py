"""`--format json`: exactly the contract of ../shared/CATEGORIES.md, plus extra fields."""
from __future__ import annotations

import json
import sys

from ..models import Finding
from ..positions import LineIndex


def finding_to_dict(finding: Finding, index: LineIndex) -> dict:
    line, column = index.line_col(finding.start)
    end_line, end_column = index.line_col(finding.end)
    fix = None
    if finding.fix is not None:
        fix = {
            "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement} for e in finding.fix.edits],
            "safe": finding.fix.safe,
            "applicability": finding.fix.applicability.value,
            "title": finding.fix.title,
        }
    return {
        "rule": finding.rule,
        "code": finding.code,
        "name": finding.name,
        "category": finding.category,
        "severity": finding.severity.value,
        "message": finding.message,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "start": finding.start,
        "end": finding.end,
        "fix": fix,
        "suggestion": finding.suggestion,
    }


def result_to_dict(path: str, result) -> dict:
    index = LineIndex(result.message.text)
    document = {
        "path": path,
        "kind": result.message.kind,
        "score": result.score.value,
        "score_breakdown": result.score.breakdown,
        "findings": [finding_to_dict(f, index) for f in result.findings],
    }
    if result.message.record_id is not None:  # a line of a .jsonl batch; positions are in its text
        document["id"] = result.message.record_id
    return document


class JsonFormatter:
    def __init__(self):
        self.files: list[dict] = []
        self.errors: list[dict] = []

    def result(self, path: str, result) -> None:
        self.files.append(result_to_dict(path, result))

    def error(self, error) -> None:
        self.errors.append({"path": getattr(error, "path", None), "message": str(error)})

    def finish(self, fail_on) -> None:
        # indented for people at a terminal; compact (and C-encoded, several times faster) for tools
        indent = 2 if sys.stdout.isatty() else None
        document = {"version": 1, "files": self.files, "errors": self.errors}
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=indent) + "\n")
