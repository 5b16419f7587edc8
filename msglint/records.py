"""Messages as JSON lines: one record per line, for batch checks and evaluation.

A record is `{"id", "kind", "subject", "text"}` with optional recipient facts
`to`, `company` and `title` (and, for `msglint eval`, `labels` and `notes`).
Every problem is an InputError naming the file and line.
"""
from __future__ import annotations

import json
from typing import Iterator

from .errors import InputError
from .message import Message, parse_message

RECORD_SUFFIX = ".jsonl"


def is_record_file(path: str) -> bool:
    return path.lower().endswith(RECORD_SUFFIX)


def parse_record_lines(path: str, text: str) -> Iterator[tuple[int, dict, Message] | InputError]:
    """Each non-blank line as (its line number, its JSON object, its message), or an
    InputError naming `path:line`."""
    found = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        found = True
        where = f"{path}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(where, f"invalid JSON ({error.msg})")
            continue
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            yield InputError(where, "a record needs a string 'text'")
            continue
        for key in ("kind", "subject", "to", "company", "title"):
            if data.get(key) is not None and not isinstance(data[key], str):
                yield InputError(where, f"'{key}' must be a string")
                break
        else:
            facts = {k: data[k] for k in ("to", "company", "title") if data.get(k)}
            try:
                message = parse_message(data["text"], kind=data.get("kind"), subject=data.get("subject"), facts=facts,
                                        record_id=str(data.get("id", number)))
            except ValueError as error:
                yield InputError(where, str(error))
                continue
            if not message.body.strip():
                yield InputError(where, "empty message (no text)")
                continue
            yield number, data, message
    if not found:
        yield InputError(path, "no records")
