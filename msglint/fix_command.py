"""`msglint fix`: apply fixes to files in place (atomically) or to standard input."""
from __future__ import annotations

import difflib
import sys

import click

from .errors import InputError
from .fixer import fix_text
from .inputs import STDIN, expand
from .linter import Linter
from .runner import load_message
from .writer import write_atomically


def _summary(path: str, result) -> str:
    codes = sorted({f.code for f in result.applied})
    fixed = f"fixed {len(result.applied)} ({', '.join(codes)})" if result.applied else "nothing to fix"
    return f"{path}: {fixed}; {len(result.remaining)} remaining"


def run_fix(paths, settings, kind, *, diff: bool, unsafe: bool) -> int:
    linter = Linter(settings)
    errors: list = list(linter.registry.errors)
    worst = 0
    for source in expand(paths):
        if isinstance(source, InputError):
            errors.append(source)
            continue
        loaded = load_message(source, kind)
        if isinstance(loaded, InputError):
            errors.append(loaded)
            continue
        result = fix_text(linter, source.text, kind=kind, unsafe=unsafe)
        if any(f.severity.rank >= settings.fail_on.rank for f in result.remaining):
            worst = 1
        if diff:
            name = "stdin" if source.path == STDIN else source.path
            sys.stdout.writelines(difflib.unified_diff(
                source.text.splitlines(keepends=True), result.text.splitlines(keepends=True),
                fromfile=f"a/{name}", tofile=f"b/{name}",
            ))
        elif source.path == STDIN:
            sys.stdout.write(result.text)
        elif result.changed:
            try:
                write_atomically(source.path, source.text.encode("utf-8"), result.text)
            except InputError as error:
                errors.append(error)
                continue
        click.echo(_summary(source.path, result), err=True)
    for error in errors:
        click.echo(f"error: {error}", err=True)
    return 2 if errors else worst
