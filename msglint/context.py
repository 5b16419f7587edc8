"""What a rule sees: the message, its parsed body and derived quantities.

Offsets returned here are positions in `message.text` (the file as read).
Derived quantities are computed once per message, on first use.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .message import Message

FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
_TERMINAL = (".", "!", "?", "…", ":", ")", "\"", "”")
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves", "u", "ya"})
# "we" that means the sender and the recipient ("we both spoke at ...", "we have
# 12 mutual connections", "once we're connected") is not me-focus.
_INCLUSIVE_WE = re.compile(
    r"\b(?P<we>we|us)\b(?=[^.!?\n]{0,40}?\b(?:both|mutual|in common|shared?|should connect|met|spoke|talked|"
    r"chatted|worked together|crossed paths|(?:are|'re|get|got) connected)\b)|\b(?:both|each|either|neither) of (?P<us>us)\b",
    re.IGNORECASE,
)

# A template's field as written, filled or not: [Topic], {first_name}, {{company}}, <Company>, %NAME%.
_SLOT = re.compile(r"\{\{[^{}\n]{1,200}\}\}|\{[^{}\n]{1,60}\}|\[[^\[\]\n]{1,200}\]|<[A-Za-z][^<>\n]{0,40}>|%[A-Za-z_]{2,30}%")


@dataclass(frozen=True)
class Hit:
    """One match of a rule, before it becomes a Finding."""

    start: int
    end: int
    values: dict[str, Any] = field(default_factory=dict)
    edits: tuple = ()  # tuple[Edit, ...]; empty: no fix
    suggestion: str | None = None
    fix_title: str | None = None


def _for_kind(condition, kind: str):
    """A condition given per message kind applies only to the kinds it names."""
    return condition.get(kind) if isinstance(condition, dict) else condition


@dataclass(frozen=True)
class ActiveRule:
    """A rule as configured for this run: its spec plus effective options.

    `unless` / `only_if` are compiled from the rule's message-level conditions:
    the rule reports nothing when `unless` matches the body, or when `only_if`
    is given and does not match it.  Either may be {kind: regex}, for the kinds
    it names only."""

    spec: Any  # RuleSpec
    options: dict[str, Any]
    severity: dict[str, str]
    unless: Any = None  # re.Pattern | None
    only_if: Any = None
    cache: dict = field(default_factory=dict, compare=False, repr=False)  # compiled option data

    def off_for(self, kind: str) -> bool:
        return self.severity.get(kind, "off") == "off"

    def applies_to(self, ctx) -> bool:
        unless, only_if = _for_kind(self.unless, ctx.kind), _for_kind(self.only_if, ctx.kind)
        if unless is not None and ctx.body_search(unless):
            return False
        return only_if is None or bool(ctx.body_search(only_if))

    @property
    def code(self) -> str:
        return self.spec.code


class Context:
    def __init__(self, message: Message, doc, settings=None):
        self.message = message
        self.doc = doc
        self.offset = message.body_start
        self.settings = settings

    def memo(self, key, compute):
        """`compute()` once per message under `key`: derived data that belongs to a
        check module (the ask sentences) rather than to the Context itself."""
        cache = self.__dict__.setdefault("_memo", {})
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def body_matches(self, regex) -> list:
        """`regex.finditer(body)` as a list, once per message: shared lexicons (seller
        signals) are scanned by a rule's own regex and asked about by several conditions
        and checks; one scan serves them all."""
        return self.memo(("matches", id(regex)), lambda: list(regex.finditer(self.message.body)))

    def body_search(self, regex):
        """The first match of `regex` in the body, or None (from the shared scan)."""
        matches = self.body_matches(regex)
        return matches[0] if matches else None

    @property
    def kind(self) -> str:
        return self.message.kind

    def subject_span(self, start: int, end: int) -> tuple[int, int]:
        """File offsets of subject[start:end].  A subject given apart from the text
        (a batch record's field) has no position: report at the body's start."""
        subject = self.message.subject
        if subject is None or subject.start < 0:
            return self.message.body_start, self.message.body_start
        return subject.start + start, subject.start + end

    def char_span(self, span) -> tuple[int, int]:
        """File offsets of a spaCy Span or Token."""
        if hasattr(span, "start_char"):
            return self.offset + span.start_char, self.offset + span.end_char
        return self.offset + span.idx, self.offset + span.idx + len(span.text)

    @cached_property
    def sentences(self) -> list:
        """Sentences as a reader sees them: the parser's segments, merged until one
        ends with . ! ? or a line break (the parser splits run-on sentences)."""
        merged, start = [], None
        tokens = self.tokens
        for sent in self.doc.sents:
            last = next((tokens[i] for i in range(sent.end - 1, sent.start - 1, -1) if not tokens[i].is_space), None)
            if last is None:
                continue
            start = sent.start if start is None else start
            ends_line = tokens[sent.end - 1].is_space and "\n" in tokens[sent.end - 1].text
            if last.text.endswith(_TERMINAL) or ends_line or sent.end == len(self.doc):
                merged.append(self.doc[start : sent.end])
                start = None
        if start is not None:
            merged.append(self.doc[start:])
        return [self._trim(piece) for span in merged for piece in self._split_lines(span)]

    def _split_lines(self, span):
        """A line break ends a sentence too: bullet lists and signatures have no full stops."""
        start = span.start
        tokens = self.tokens
        for i in range(span.start, span.end):
            token = tokens[i]
            if token.is_space and "\n" in token.text and i > start:
                if any(not t.is_space for t in tokens[start:i]):
                    yield self.doc[start:i]
                start = i + 1
        if start < span.end and any(not t.is_space for t in tokens[start : span.end]):
            yield self.doc[start : span.end]

    @staticmethod
    def _trim(span):
        end = span.end
        while end > span.start + 1 and span.doc[end - 1].is_space:
            end -= 1
        return span.doc[span.start : end]

    @cached_property
    def tokens(self) -> list:
        """The body's tokens as a list: iterating a Doc builds new Token objects every time."""
        return list(self.doc)

    @cached_property
    def slots(self) -> list:
        """Template fields in the body (`[Topic]`, `{{company}}`), as matches on the body.
        Only the placeholder rules judge them; the words inside are a field's name,
        not the sender's prose."""
        body = self.message.body
        if not any(c in body for c in "[{<%"):
            return []
        return list(_SLOT.finditer(body))

    def in_slot(self, start: int, end: int) -> bool:
        """Does the file span [start, end) lie within the brackets of one template field of
        the body?  A span that takes in the brackets (a sentence that is only "[Your Name]")
        is about the field, not inside it."""
        offset = self.offset
        return any(offset + m.start() < start and end < offset + m.end() for m in self.slots)

    @cached_property
    def lower_body(self) -> str:
        return self.message.body.lower()

    @cached_property
    def words(self) -> list:
        return [t for t in self.tokens if not (t.is_punct or t.is_space or t.like_url or t.like_email)]

    @cached_property
    def person_counts(self) -> tuple[int, int]:
        """First- and second-person references; an inclusive "we" counts as neither, and
        neither do the words inside a template field ("[Your Name]", "[why it resonates with you]"):
        they are instructions to the sender, not words the recipient reads."""
        inclusive = {m.start(m.lastgroup) for m in _INCLUSIVE_WE.finditer(self.message.body)}
        offset = self.offset
        first = second = 0
        for token in self.tokens:
            lower = token.lower_
            if token.idx in inclusive or self.in_slot(offset + token.idx, offset + token.idx + len(token)):
                continue
            if lower in FIRST_PERSON and not (lower == "us" and token.text == "US"):
                first += 1
            elif lower in SECOND_PERSON:
                second += 1
        return first, second

    @cached_property
    def questions(self) -> list:
        return [s for s in self.sentences if s.text.rstrip().endswith("?")]

    @cached_property
    def facts(self) -> dict[str, str]:
        return self.message.facts
