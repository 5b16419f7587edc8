"""`msglint check`: read inputs, lint them in one batch, report in input order.

A `.jsonl` file is a batch: one message per line (see records.py); its findings
are reported per record, with the record's id."""
from __future__ import annotations

import dataclasses

from .errors import InputError
from .formatters import get as get_formatter
from .inputs import Source, expand
from .linter import Linter
from .message import Message, normalize_kind, parse_message
from .records import is_record_file, parse_record_lines


def load_message(source: Source, kind: str | None) -> Message | InputError:
    """One file, one message.  `check` reads .jsonl batches itself; `fix` and `rewrite`
    refuse them rather than edit JSON as if it were prose."""
    if is_record_file(source.path):
        return InputError(source.path, "a .jsonl batch holds many messages: lint it with `msglint check`; "
                                       "fix and rewrite take one message per file")
    try:
        message = parse_message(source.text, kind=kind)
    except ValueError as error:
        return InputError(source.path, str(error))
    if not message.body.strip():
        return InputError(source.path, "empty message (no text after the header)")
    return message


def _with_kind(message: Message, kind: str | None) -> Message:
    if kind is None:
        return message
    return dataclasses.replace(message, kind=normalize_kind(kind) or message.kind)


def run_check(paths: tuple[str, ...], settings, kind: str | None, output_format: str) -> int:
    formatter = get_formatter(output_format)
    linter = Linter(settings)
    errors = list(linter.registry.errors)
    items: list[tuple[str, Message] | InputError] = []
    for source in expand(paths):
        if isinstance(source, InputError):
            items.append(source)
        elif is_record_file(source.path):  # one message per JSON line; each line's own kind unless --kind
            for record in parse_record_lines(source.path, source.text):
                items.append(record if isinstance(record, InputError) else (source.path, _with_kind(record[2], kind)))
        else:
            item = load_message(source, kind)
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
