"""Shared fixtures: one real spaCy pipeline and one Linter for the whole session."""
from __future__ import annotations

import pytest

from msglint.config import Settings
from msglint.linter import Linter
from msglint.message import parse_message
from msglint.registry import Registry


@pytest.fixture(scope="session")
def registry() -> Registry:
    return Registry.load()


@pytest.fixture(scope="session")
def linter(registry) -> Linter:
    return Linter(Settings(), registry)


@pytest.fixture(scope="session")
def lint(linter):
    def run(text: str, kind: str | None = None, **facts):
        return linter.lint(parse_message(text, kind=kind, facts=facts or None)).findings

    return run
