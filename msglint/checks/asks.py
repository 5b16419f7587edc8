"""Find the asks in a message: questions to the recipient, requests, weak closes.

Shared by the cta and value checks.  An ask is a sentence that asks the
recipient for something: a question, an imperative ("Call me Tuesday"),
"please ...", "let's ...", or "I'd love to / I would like to ...".
"""
from __future__ import annotations

import re

_REQUEST_PREFIX = re.compile(
    r"^\W*(?:(?:so|and|also|but|ps|p\.s\.)\W+)?(?:please\b|let'?s\b|let us\b|i'?d (?:love|like) to\b|i would (?:love|like) to\b|"
    r"i'?d appreciate\b|i would appreciate\b|it would be great if\b|would love to\b|happy to\b.*\bif you\b)",
    re.IGNORECASE,
)
REQUEST_VERBS = frozenset({
    "reply", "respond", "call", "book", "send", "check", "click", "join", "register", "sign", "grab", "schedule",
    "visit", "download", "see", "take", "drop", "shoot", "ping", "message", "email", "text", "tell", "share",
    "contact", "connect", "accept", "pick", "choose", "read", "watch", "try", "give", "reach", "come", "hop", "jump",
})
_NOT_IMPERATIVE = {"thank", "thanks", "congrats", "congratulations", "cheers", "best", "regards", "hope", "look", "love"}


def is_question(sentence) -> bool:
    text = sentence.text.rstrip(" \t\r\n)\"'\u2019\u201d")
    text = re.sub(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]+$", "", text).rstrip()
    return text.endswith("?")


def is_imperative(sentence) -> bool:
    """A sentence whose root is a bare verb with no subject: "Send me the deck."."""
    first = next((t for t in sentence if t.is_alpha), None)
    if first is not None and first.lower_ in REQUEST_VERBS and first.i + 1 < len(first.doc) and first.nbor().lower_ not in ("you", "we", "i"):
        return True
    root = sentence.root
    if root.tag_ != "VB" or root.lemma_.lower() in _NOT_IMPERATIVE:
        return False
    if any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in root.children):
        return False
    return root.i == sentence.start or sentence[0].lower_ in ("please", "just", "so", "and")


def is_ask(sentence) -> bool:
    return is_question(sentence) or is_imperative(sentence) or bool(_REQUEST_PREFIX.match(sentence.text.strip()))


def ask_sentences(ctx) -> list:
    cached = getattr(ctx, "_asks", None)
    if cached is None:
        cached = [s for s in ctx.sentences if is_ask(s)]
        ctx._asks = cached
    return cached


def phrase_regex(phrases: list[str]) -> re.Pattern:
    """One case-insensitive, word-bounded alternation; apostrophes match either form."""
    parts = sorted((re.escape(p).replace("'", "['\u2019]") for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
