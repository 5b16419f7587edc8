"""Apply fixes until the message is stable: `msglint fix`, `rewrite` and `msglint.fix()`.

Each pass lints the text, takes every compatible fix (safe ones, and unsafe
ones when asked; conflicts resolved by `fixes.choose_fixes`: earlier, then
longer, then lower code wins), applies them at once, and lints again.  A
fix that lost a conflict gets its turn in the next pass.  Passes are bounded.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .fixes import apply_edits, choose_fixes
from .message import parse_message
from .models import Finding

MAX_PASSES = 6


@dataclass
class FixResult:
    text: str
    applied: list[Finding] = field(default_factory=list)
    remaining: list[Finding] = field(default_factory=list)
    passes: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def fix_text(linter, text: str, *, kind: str | None = None, subject: str | None = None, facts: dict | None = None,
             unsafe: bool = False, max_passes: int = MAX_PASSES) -> FixResult:
    """Fix `text` (a header block is kept as is) and return the new text, what was applied and what remains."""
    result = FixResult(text)
    for _ in range(max_passes):
        message = parse_message(result.text, kind=kind, subject=subject, facts=facts)
        findings = linter.lint(message).findings
        chosen = choose_fixes(findings, unsafe=unsafe)
        result.remaining = findings
        if not chosen:
            break
        new_text = apply_edits(result.text, [edit for finding in chosen for edit in finding.fix.edits])
        if new_text == result.text:
            break
        result.text = new_text
        result.applied.extend(chosen)
        result.passes += 1
    else:
        result.remaining = linter.lint(parse_message(result.text, kind=kind, subject=subject, facts=facts)).findings
    return result
