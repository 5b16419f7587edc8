"""Header blocks, kinds and offsets of messages as read."""
from __future__ import annotations

import pytest

from msglint.message import parse_message


def test_header_block_sets_kind_subject_and_facts():
    text = "Kind: InMail\nSubject: Your churn post\nTo: Jo\nCompany: Acme\nTitle: VP Sales\n\nHi Jo, a question?\n"
    message = parse_message(text)
    assert message.kind == "inmail"
    assert message.subject.value == "Your churn post"
    assert text[message.subject.start : message.subject.end] == "Your churn post"
    assert message.facts == {"to": "Jo", "company": "Acme", "title": "VP Sales"}
    assert message.body == "Hi Jo, a question?"


def test_header_keys_are_case_insensitive():
    assert parse_message("KIND: followup\nto: Jo\n\nThanks!").kind == "followup"


def test_body_that_looks_like_a_header_is_body():
    message = parse_message("Hi: quick question about your post\n\nmore text")
    assert message.body_start == 0


def test_header_needs_a_blank_line():
    message = parse_message("Kind: invitation\nHi Jo, great talk.")
    assert message.body_start == 0


@pytest.mark.parametrize(
    "text,kind",
    [("Hi Jo, great talk. Connect?", "invitation"), ("x" * 301, "inmail"), ("Subject: Hi\n\nShort.", "inmail")],
)
def test_kind_is_inferred(text, kind):
    assert parse_message(text).kind == kind


def test_cli_kind_overrides_header():
    assert parse_message("Kind: inmail\n\nHi", kind="invitation").kind == "invitation"


def test_unknown_kind_is_an_error():
    with pytest.raises(ValueError, match="unknown kind"):
        parse_message("Kind: fax\n\nHi")


def test_bom_and_crlf_keep_offsets():
    text = "\ufeffKind: invitation\r\nTo: Jo\r\n\r\nHi Jo, let me know.\r\n"
    message = parse_message(text)
    assert message.kind == "invitation" and message.body == "Hi Jo, let me know."
