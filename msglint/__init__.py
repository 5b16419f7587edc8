"""msglint: a static analyzer for LinkedIn outreach messages.

Public API (spaCy is imported on first use, not here):

    >>> import msglint
    >>> result = msglint.lint("We share 12 connections so we should connect.", kind="invitation")
    >>> [f.code for f in result.findings]
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["lint", "fix", "get_linter", "__version__"]

_linter = None


def get_linter():
    """The process-wide Linter with the project configuration (created once)."""
    global _linter
    if _linter is None:
        from .config import load_settings
        from .linter import Linter

        _linter = Linter(load_settings())
    return _linter


def lint(text: str, *, kind: str | None = None, subject: str | None = None, facts: dict | None = None):
    """Lint one message (a header block is allowed) and return a LintResult."""
    from .message import parse_message

    return get_linter().lint(parse_message(text, kind=kind, subject=subject, facts=facts))


def fix(text: str, *, kind: str | None = None, subject: str | None = None, facts: dict | None = None, unsafe: bool = False):
    """Apply fixes until stable; returns a FixResult (`.text`, `.applied`, `.remaining`)."""
    from .fixer import fix_text

    return fix_text(get_linter(), text, kind=kind, subject=subject, facts=facts, unsafe=unsafe)
