"""Find the asks in a message: questions, requests, offers, weak closes.

Shared by the cta and value checks.  An ask is a sentence that asks the
recipient for something: a question, an imperative ("Call me Tuesday"),
"please ...", "let's ...", "I'd love to / I would like to ...", or an offer
that waits for a yes ("Happy to send it if useful").
"""
from __future__ import annotations

import re

from ..textpatterns import either_apostrophe


def _compile(pattern: str, flags: int) -> re.Pattern:
    """Apostrophes in these patterns match the curly one too ("I’d love to")."""
    return re.compile(either_apostrophe(pattern), flags)


_REQUEST_PREFIX = _compile(
    r"^\W*(?:(?:so|and|also|but|ps|p\.s\.)\W+)?(?:if you(?:'re| are) (?:open|interested|up for it)[^,.!?]{0,20},\s*)?"
    r"(?:please\b|let'?s\b|let us\b|"
    r"(?:i'?d|i would)(?: \w+ly| very much)? (?:love|like|appreciate|be(?: \w+ly| very| so)? grateful)\b|it would be great if\b|would love to\b)"
    r"(?!\s+(?:to\s+)?(?:express|introduce|share|say|thank|congratulate|let you know|mention|tell you|extend|reiterate|apologi[sz]e|"
    r"commend|acknowledge|compliment|welcome|note)\b)",
    re.IGNORECASE,
)
_REQUEST_ANYWHERE = _compile(
    r"\b(?:just|please|simply|kindly)\s+(?:reply|let me know|send|call|email|message|book|click|register|consider|share|forward|say)\b|"
    r"\b(?:would|'d)(?: really| truly| so| very much)? love to (?:hear|know|get your)\b|\bkeen to hear\b|\bcurious (?:to hear|what you think)\b|"
    r"\b(?:grab|book|pick) (?:a time|a slot|any slot|some time|\d+ minutes)\b|"
    r"\byou can (?:also )?(?:read|book|download|watch|grab|schedule|sign up|register|reply|pick)\b|"
    r"\b(?:to see|to ask|asking|wondering|wonder|curious) (?:if|whether) you(?:'d| would| might| could| can)\b(?! have\b)|"
    r"^\W*(?:i'?m\s+)?curious (?:if|whether|to (?:know|hear)|what|how)\b|"
    r"^\W*if\b[^,.!?]{0,80},\s*(?:please\s+)?(?:check|take|have a look|see|read|grab|book|reply|send|email|call|download|drop|shoot|ping|message|contact)\b|"
    r"\b(?:would|if) you(?:'d| would)? be (?:willing|open|interested|able|available) to\b|"
    r"\b(?:i'?d|i would) be (?:\w+ly |so |very )?grateful (?:for|if)\b|\bif you (?:can|could) spare\b|"
    r"^\W*if\b[^.!?]{0,120},\s*(?:i'?d|i would)(?: \w+ly| really| so)? (?:appreciate|be grateful (?:for|if))\b",
    re.IGNORECASE,
)
_OFFER = _compile(
    r"\b(?:would (?:it|that|this|they) (?:be )?(?:help|useful|helpful|of use|worth)|"
    r"would (?:a|an|the|my|our|these|those)\b[^?.!]{0,60}\b(?:be (?:useful|helpful|of use|worth)|help)\b|(?:do you )?want me to|(?:would|'d) like me to|shall i|should i (?:send|share)|(?:could|can|may) i (?:send|share|forward)|"
    r"(?:i'?m |i am |i'?d be |i would be )?(?:happy|glad) to (?:send|share|pass|forward|walk|run|do|make|introduce|review)|i can (?:send|share|forward)|"
    r"\bi'?ll send (?:it|them|you|the|a|my|our)\b|"
    r"\blet me know if you(?:'d| would)? (?:like|want) (?:it|them|one|a copy|me to|the|more|to see)\b|\blet me know and i'?ll\b|"
    r"\bhere(?:'s| is) (?:the|a|my) (?:link|guide|report|summary|article|breakdown|checklist|template|list)\b|\b(?:i|we) put together (?:a|an|the)\b|"
    r"if (?:it'?s|that'?s|it is|they'?re|they are|it would be) (?:useful|helpful|of use)|if (?:it|that|they) helps?|"
    r"^\W*(?:useful|interested|helpful|worth a look)\W*\?)",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"(?:^|\s)\(?\d\)")
REQUEST_VERBS = frozenset({
    "reply", "respond", "call", "book", "send", "check", "click", "join", "register", "sign", "grab", "schedule",
    "visit", "download", "see", "take", "drop", "shoot", "ping", "message", "email", "text", "tell", "share",
    "contact", "connect", "accept", "pick", "choose", "read", "watch", "try", "give", "reach", "come", "hop", "jump",
})
# "connect and hear about your experience", "learn more and get your perspective": one ask, not two
_PART_OF_ONE_ASK = frozenset({"connect", "hear", "learn", "chat", "talk", "discuss", "know", "stay", "keep", "follow",
                              "exchange", "catch", "meet", "understand", "explore"})
_NOT_IMPERATIVE = {"thank", "thanks", "congrats", "congratulations", "cheers", "best", "regards", "hope", "look", "love", "enjoy"}


# a question whose mark was left off: "Can you please refer me for this job"
_INVERTED_ASK = _compile(r"^\W*(?:(?:so|and|also|but)\s+)?(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?\w", re.IGNORECASE)


def is_question(sentence) -> bool:
    text = sentence.text  # a Span builds its text on each access
    return "?" in text or bool(_INVERTED_ASK.match(text))


def is_offer(sentence) -> bool:
    return offer_end(sentence) >= 0


def offer_end(sentence) -> int:
    """Where the offer phrase ends in `sentence.text.strip()` (-1 when the sentence offers nothing).
    Cached per sentence: several checks ask the same question of the same sentence."""
    cache = sentence.doc.user_data.setdefault("msglint_offer", {})
    key = (sentence.start, sentence.end)
    if key not in cache:
        match = _OFFER.search(sentence.text.strip())
        cache[key] = match.end() if match else -1
    return cache[key]


def is_imperative(sentence) -> bool:
    """A sentence that starts with a bare request verb: "Send me the deck."."""
    first = next((t for t in sentence if t.is_alpha), None)
    if first is not None and first.lower_ in REQUEST_VERBS and first.i + 1 < len(first.doc) and first.nbor().lower_ not in ("you", "we", "i"):
        return True
    root = sentence.root
    if root.tag_ != "VB" or root.lemma_.lower() in _NOT_IMPERATIVE:
        return False
    if any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in root.children):
        return False
    return root.i == sentence.start or sentence[0].lower_ in ("please", "just", "so", "and", "kindly")


def is_ask(sentence) -> bool:
    text = sentence.text.strip()
    return (
        is_question(sentence) or is_imperative(sentence) or bool(_REQUEST_PREFIX.match(text))
        or bool(_REQUEST_ANYWHERE.search(text)) or is_offer(sentence)
    )


def ask_sentences(ctx) -> list:
    return ctx.memo("ask_sentences", lambda: [s for s in ctx.sentences if is_ask(s)])


def _senders_clause(verb) -> bool:
    """A conjunct whose subject (its own, or the one it shares) is I/we says what the sender
    does, not what they ask: "I'm trying to learn more and would love your view", "just
    reply 'future' and I'll circle back"."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] \
        or [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in ("i", "we") for s in subjects)


def request_count(sentence) -> int:
    """Requests in one ask: "Could you introduce me, read the deck and call me?" makes three."""
    # the tagger often reads a coordinated request verb as present tense ("send me X, introduce me ...")
    coordinated = sum(1 for t in sentence if t.dep_ == "conj" and t.tag_ in ("VB", "VBP") and t.head.pos_ in ("VERB", "AUX")
                      and t.lemma_.lower() not in _PART_OF_ONE_ASK and not _senders_clause(t))
    numbered = len(_NUMBERED.findall(sentence.text))  # "(1) share ..., (2) send ..., (3) book ..."
    return max(1 + coordinated, numbered)
