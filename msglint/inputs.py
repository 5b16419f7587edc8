"""Read message files: expand directories, decode strictly, report bad input.

Every problem is an InputError naming the file; the caller reports it and
goes on with the other files.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import InputError

MESSAGE_SUFFIXES = (".txt", ".md")
STDIN = "-"


@dataclass(frozen=True)
class Source:
    path: str
    text: str


def expand(paths: tuple[str, ...]) -> Iterator[Source | InputError]:
    for raw in paths:
        if raw == STDIN:
            yield _decode(STDIN, sys.stdin.buffer.read())
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in MESSAGE_SUFFIXES and p.is_file())
            if not files:
                yield InputError(raw, f"no message files ({', '.join('*' + s for s in MESSAGE_SUFFIXES)}) in this directory")
            for file in files:
                yield read_file(str(file))
        elif path.exists():
            yield read_file(raw)
        else:
            yield InputError(raw, "no such file or directory")


def read_file(path: str) -> Source | InputError:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        return InputError(path, error.strerror or "cannot read")
    return _decode(path, data)


def _decode(path: str, data: bytes) -> Source | InputError:
    if b"\x00" in data[:8192]:
        return InputError(path, "binary file (contains NUL bytes), not a message")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return InputError(path, f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})")
    return Source(path, text)
