"""`msglint check`: read inputs, lint them in one batch, report in input order."""
from __future__ import annotations

from .errors import InputError
from .formatters import get as get_formatter
from .inputs import Source, expand
from .linter import Linter
from .message import Message, parse_message


def load_message(source: Source, kind: str | None) -> Message | InputError:
    try:
        message = parse_message(source.text, kind=kind)
    except ValueError as error:
        return InputError(source.path, str(error))
    if not message.body.strip():
        return InputError(source.path, "empty message (no text after the header)")
    return message


def run_check(paths: tuple[str, ...], settings, kind: str | None, output_format: str) -> int:
    formatter = get_formatter(output_format)
    linter = Linter(settings)
    errors = list(linter.registry.errors)
    items: list[tuple[str, Message] | InputError] = []
    for source in expand(paths):
        item = source if isinstance(source, InputError) else load_message(source, kind)
        items.append(item if isinstance(item, InputError) else (source.path, item))

    messages = [item[1] for item in items if not isinstance(item, InputError)]
    results = iter(linter.lint_many(messages)) if messages else iter(())
    worst = 0
    for item in items:
        if isinstance(item, InputError):
            errors.append(item)
            continue
        result = next(results)
        formatter.result(item[0], result)
        if any(f.severity.rank >= settings.fail_on.rank for f in result.findings):
            worst = 1
    for error in errors:
        formatter.error(error)
    formatter.finish(settings.fail_on)
    return 2 if errors else worst
