"""Immutable data: severities, fixes and findings.

Offsets are 0-based code-point positions in the input as read (header block
included).  Lines and columns are a presentation concern: see `positions`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str) -> "Severity":
        return cls(value.lower())


_RANK = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


class Applicability(str, Enum):
    """How far a fix can be trusted (ruff's model).

    safe: keeps meaning and tone; `msglint fix` applies it by default.
    unsafe: changes wording, tone or commitment; needs `--unsafe-fixes`.
    display: shown as a suggestion only, never applied.
    """

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY = "display"


@dataclass(frozen=True, order=True)
class Edit:
    """Replace text[start:end] with `replacement` (empty = delete, start == end = insert)."""

    start: int
    end: int
    replacement: str = ""


@dataclass(frozen=True)
class Fix:
    title: str
    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.SAFE

    @property
    def safe(self) -> bool:
        return self.applicability is Applicability.SAFE

    @property
    def span(self) -> tuple[int, int]:
        return min(e.start for e in self.edits), max(e.end for e in self.edits)


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    category: str
    severity: Severity
    message: str
    start: int
    end: int
    fix: Fix | None = None
    suggestion: str | None = None
    record_id: str | None = field(default=None, compare=False)

    @property
    def rule(self) -> str:
        """The rule's public id, `category.name` (CATEGORIES.md's `rule` field)."""
        return f"{self.category}.{self.name}"

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.code)
