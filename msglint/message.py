"""A message as read: optional header block, subject, body, recipient facts.

A file may start with a header block of `Key: value` lines ended by a blank
line.  It is a header block only when its first line is a known key, so a body
that opens with "Hi: ..." is not mistaken for one.  All spans index into
`Message.text`, the input exactly as read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

KINDS = ("invitation", "inmail", "followup")
HEADER_KEYS = ("kind", "subject", "to", "company", "title")
INVITATION_MAX_INFERRED = 300

_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z-]*)[ \t]*:[ \t]*(.*?)[ \t]*\r?\n?$")
_KIND_ALIASES = {
    "invite": "invitation",
    "invitation": "invitation",
    "connection": "invitation",
    "inmail": "inmail",
    "message": "inmail",
    "followup": "followup",
    "follow-up": "followup",
    "follow up": "followup",
}


@dataclass(frozen=True)
class Field:
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Message:
    text: str
    kind: str
    body_start: int
    body_end: int
    subject: Field | None = None
    facts: dict[str, str] = field(default_factory=dict)
    record_id: str | None = None

    @property
    def body(self) -> str:
        return self.text[self.body_start : self.body_end]

    @property
    def recipient(self) -> str | None:
        return self.facts.get("to")


def normalize_kind(value: str) -> str | None:
    return _KIND_ALIASES.get(value.strip().lower())


def infer_kind(subject: str | None, body: str) -> str:
    """No subject and a body that fits an invitation note means an invitation."""
    if not subject and len(body.strip()) <= INVITATION_MAX_INFERRED:
        return "invitation"
    return "inmail"


def _header_block(text: str, offset: int) -> tuple[dict[str, Field], int]:
    """Return the header fields and where the body starts, or ({}, offset)."""
    fields: dict[str, Field] = {}
    pos = offset
    for line in text[offset:].splitlines(keepends=True):
        if not line.strip():
            return (fields, pos + len(line)) if fields else ({}, offset)
        match = _HEADER_LINE.match(line)
        key = match.group(1).lower() if match else None
        if key not in HEADER_KEYS:
            return {}, offset
        value_start = pos + match.start(2)
        fields[key] = Field(match.group(2), value_start, value_start + len(match.group(2)))
        pos += len(line)
    return {}, offset  # a header block must end with a blank line


def parse_message(
    text: str,
    *,
    kind: str | None = None,
    subject: str | None = None,
    facts: dict[str, str] | None = None,
    record_id: str | None = None,
) -> Message:
    """Split `text` into header, subject and body.

    `kind`, `subject` and `facts` given here override the header (the CLI's
    `--kind`, or a batch record's fields).  Raises ValueError for a bad kind.
    """
    offset = 1 if text.startswith("\ufeff") else 0
    header, body_start = _header_block(text, offset)
    body_end = len(text.rstrip())
    body_start = min(body_start, body_end)

    subject_field = header.get("subject")
    if subject is not None:
        subject_field = Field(subject, -1, -1)  # not in the text: no span
    merged_facts = {k: f.value for k, f in header.items() if k in ("to", "company", "title") and f.value}
    merged_facts.update({k: v for k, v in (facts or {}).items() if v})

    raw_kind = kind or (header["kind"].value if "kind" in header else None)
    if raw_kind:
        resolved = normalize_kind(raw_kind)
        if resolved is None:
            raise ValueError(f"unknown kind {raw_kind!r} (expected one of: {', '.join(KINDS)})")
    else:
        resolved = infer_kind(subject_field.value if subject_field else None, text[body_start:body_end])
    if subject_field is not None and not subject_field.value:
        subject_field = None
    return Message(text, resolved, body_start, body_end, subject_field, merged_facts, record_id)
