"""Errors that end up as one line on stderr and exit code 2."""
from __future__ import annotations


class MsglintError(Exception):
    """Base class: `str(error)` is the whole one-line message."""


class InputError(MsglintError):
    """A message file that cannot be read: missing, binary, not UTF-8, empty."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class RuleError(MsglintError):
    """A rule file that does not validate."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: invalid rule: {problem}")
        self.path = path
        self.problem = problem


class ConfigError(MsglintError):
    """A configuration file or option that does not validate."""


class ModelError(MsglintError):
    """No spaCy pipeline could be loaded."""
