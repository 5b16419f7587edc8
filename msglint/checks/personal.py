"""Personalization: does the message say anything particular to this recipient?"""
from __future__ import annotations

import re

from ..context import Hit
from ..readability import is_dictionary_word
from . import alternation, check, compiled, phrase_regex

_GREETING = re.compile(
    r"^\W*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))[ ,]+"
    r"((?:mr|mrs|ms|miss|dr|prof|professor|doctor|sir|madam)\.?\s+)?([A-Z][\w'\u2019-]*)",
    re.IGNORECASE,
)
_NOT_NAMES = {
    "there", "all", "team", "everyone", "sir", "madam", "friend", "friends", "folks", "again", "mr", "ms", "mrs", "dr",
    "professional", "professionals", "linkedin", "member", "members", "user", "colleague", "colleagues", "connection",
    "hiring", "recruiter", "manager", "valued", "greetings", "future", "sirs", "founder", "founders", "candidate",
    "customer", "client", "partner", "leader", "owner", "entrepreneur", "expert", "marketer", "reader", "investor",
    "applicant", "student", "neighbour", "neighbor", "beautiful", "nice", "good", "great", "quick", "engr", "eng",
    "respected", "prof", "sir", "madam", "mam", "maam",
}


def greeting_name(ctx) -> tuple[str, int, int] | None:
    match = _GREETING.match(ctx.message.body)
    if not match or match.group(2).lower() in _NOT_NAMES or not match.group(2)[0].isupper():
        return None
    return match.group(2), ctx.offset + match.start(2), ctx.offset + match.end(2), bool(match.group(1))


@check("greeting-name-mismatch")
def greeting_name_mismatch(ctx, rule):
    recipient = ctx.facts.get("to")
    greeted = greeting_name(ctx)
    if not recipient or not greeted:
        return
    name, start, end, titled = greeted
    if titled:  # "Dear Dr. Park": a family name, not comparable with a first name
        return
    known = {part.lower().strip(".,") for part in recipient.split()}
    if name.lower() not in known:
        yield Hit(start, end, {"match": name, "recipient": recipient})


_YOUR = frozenset({"your", "ur", "yours"})
_YOU = frozenset({"you", "u"})


_VENDOR_NOUNS = frozenset({"platform", "agency", "tool", "app", "solution", "company", "service", "firm", "studio", "provider", "software", "startup", "product", "network", "community", "consultancy"})


def _senders_own(noun) -> bool:
    """"my work", "our team": a noun the sender possesses."""
    return noun.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in noun.children)


def _about_sender(span, perception_verbs: frozenset[str]) -> bool:
    """Is this entity part of the sender describing themselves ("I'm a consultant at X",
    "We are Y", "My name is Z", "our X mastermind")?  Decided by the clause that governs it."""
    for ancestor in (span.root, *span.root.ancestors):
        if _senders_own(ancestor):
            return True
        if ancestor is span.root:
            continue
        if ancestor.lower_ == "name" and any(c.lower_ == "my" for c in ancestor.children):
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            subjects = [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(s.lower_ in ("i", "we") or _senders_own(s) for s in subjects):
                return ancestor.lemma_.lower() not in perception_verbs  # "My work focuses on DevOps pipelines"
            if any(s.lower_ == "name" and any(c.lower_ == "my" for c in s.children) for s in subjects):
                return True
            if span.root in subjects and any(c.dep_ == "attr" and c.lemma_.lower() in _VENDOR_NOUNS for c in ancestor.children):
                return True  # "TaskForge is the platform trusted by ..."
            if subjects:
                return False
    return False


def _hypothetical(verb) -> bool:
    """"If your team is hiring ...": a condition, not news about the recipient."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in verb.children)


def _names_something(noun, recipient_names: set[str]) -> bool:
    """A noun made particular by a name: a proper-noun modifier, or a prepositional phrase holding one."""
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.pos_ == "PROPN" and child.lower_ not in recipient_names \
                and not (child.text.isupper() and is_dictionary_word(child.lower_)):  # "your FINAL reminder" is shouting
            return True
        if child.dep_ == "prep" and any(t.pos_ == "PROPN" and t.lower_ not in recipient_names for t in child.subtree):
            return True
    return False


_QUALIFIERS = frozenset({"on", "about", "at", "in", "from", "for", "with", "where", "that", "which", "to", "of", "and"})
_VAGUE_MODIFIERS = frozenset({"recent", "latest", "last", "new", "great", "amazing", "awesome", "interesting", "inspiring", "insightful", "wonderful", "your",
                              "best", "worst", "biggest", "top", "current", "next", "own", "whole", "entire", "upcoming"})


def _particular(noun, tokens) -> bool:
    """"your post on churn cohorts", "your Kafka talk", "your PR to the Go SDK": the artifact is
    pinned down by what follows or by a specific modifier; "your recent post!" is not."""
    following = tokens[noun.i + 1] if noun.i + 1 < len(tokens) else None
    if following is not None and (following.lower_ in _QUALIFIERS or following.text in (":", "\"", "\u201c", "(")):
        return True
    if following is not None and following.tag_ == "VBG" and (following.head.i == noun.i or noun.head.i == following.i):
        return True  # "your post asking where to donate surplus catering"
    if any(c.dep_ == "appos" and any(t.text[:1].isupper() or t.like_num for t in c.subtree) for c in noun.children):
        return True  # its title in apposition: "your recent post, 29 Biggest LinkedIn Mistakes"
    modifiers = [t for t in tokens[max(0, noun.i - 3) : noun.i] if t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM") or t.tag_ == "VBN"]
    return any(t.lower_ not in _VAGUE_MODIFIERS for t in modifiers)


def _looks_like_a_name(ent) -> bool:
    """The small model tags bullet fragments, acronyms, shouted words and capitalised
    common nouns as names ("• Automated", "CV", "ROCKSTARS", "Teams at that stage")."""
    text = ent.text
    if ent[0].lower_ == "the" and len(ent) > 1:  # "the Seafood Council"
        text = ent[1:].text
    if "\n" in text or not text[:1].isalnum() or not text[:1].isupper():
        return False
    if not any(t.pos_ == "PROPN" for t in ent):
        return False
    if len(ent) == 1 and text.isupper() and (len(text) <= 4 or is_dictionary_word(text.lower())):
        return False
    return True


_SIGN_OFF = re.compile(
    r"(?:(?:^|(?<=\n)|(?<=[.!?])\s+)[ \t]*"
    r"(?i:best(?: regards| wishes)?|kind regards|warm(?:est)? regards|regards|many thanks|thanks(?: again| so much)?|"
    r"thank you(?: so much)?|cheers|sincerely|warmly|yours(?: truly| sincerely| faithfully)?|all the best|talk soon|xo+|"
    r"respectfully|with gratitude)"
    r"[ \t]*[,!.]?[ \t]*(?=\n|$|[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2}[ \t]*(?:\n|$))"
    r"|(?:^|(?<=\n))[ \t]*[-\u2013\u2014]{1,2}[ \t]*(?=[A-Z]))"
)


def signature_start(body: str) -> int:
    """Where the sign-off starts: names after it are the sender's, not references.
    A sign-off word in the last 160 characters ("Regards, Ravi"), else a closing block
    of short unpunctuated lines, else the last line."""
    tail_from = max(0, len(body.rstrip()) - 160)
    last = None
    for last in _SIGN_OFF.finditer(body, tail_from):
        pass
    if last is not None:
        return last.start()
    text = body.rstrip()
    lines = text.split("\n")
    start = len(text)
    for index in range(len(lines) - 1, 0, -1):  # a block of short unpunctuated lines: "Johnny Reyes / KeyStone"
        line = lines[index].strip()
        if not line or len(line.split()) > 5 or line[-1] in ".?!:":
            break
        start -= len(lines[index]) + 1
    return start + 1 if start < len(text) else text.rfind("\n") + 1


def _possessed_by_recipient(token, company_words: set[str]) -> bool:
    """`your`, `ur`, or the recipient's company in the possessive ("Acme's")."""
    if token.lower_ in _YOUR:
        return True
    if token.lower_ not in ("'s", "\u2019s") or token.i == 0 or token.nbor(-1).lower_ not in company_words:
        return False
    return not (token.i > 1 and token.nbor(-2).lower_ in ("like", "as"))  # "data teams like Marston's" is generic


def _recipient_tokens(tokens, company_words, artifacts, topic_nouns, recipient_names, recipient_verbs):
    """"your <something particular>", the company's own news, "you <did something>"."""
    for token in tokens:
        lower = token.lower_
        if _possessed_by_recipient(token, company_words):
            if lower not in _YOUR:
                yield token  # "Verdigris's Series A": the company's own news or work
            for other in tokens[token.i + 1 : token.i + 8]:
                if (other.lemma_.lower() in artifacts or other.lower_ in artifacts) and _particular(other, tokens):
                    yield other
                    break
                if other.lower_ in topic_nouns and other.i + 1 < len(tokens) and tokens[other.i + 1].lower_ in ("on", "about"):
                    yield other  # "your work on [topic]" names a subject; "your work in [field]" only a field
                    break
                if other.pos_ not in ("ADJ", "NOUN", "PROPN", "PART", "ADV", "NUM", "PUNCT") and other.tag_ != "VBN":
                    break
            if token.dep_ == "poss" and _names_something(token.head, recipient_names):
                yield token.head  # "your work on the Helse Vest agreement", "your Kafka talk"
        elif (lower in company_words or (lower in ("team", "company", "firm") and token.i and tokens[token.i - 1].lower_ in _YOUR)) \
                and token.dep_ in ("nsubj", "nsubjpass") and token.head.tag_ in ("VBD", "VBN", "VBZ", "VBG") \
                and token.head.lemma_.lower() not in ("be", "have", "seem", "look") and not _hypothetical(token.head):
            yield token.head  # news: "Calder just moved its all-hands", "Whitmore is consolidating its plants"
        elif lower in _YOU:
            following = tokens[token.i + 1 : token.i + 3]
            yield from (t for t in following if t.lemma_.lower() in recipient_verbs and t.tag_ in ("VBD", "VBN"))


def _addresses_recipient(sentence) -> bool:
    """A sentence with you/your in it, or a question: "with Aethereus acquiring Myridius
    last year, how's the QE strategy holding up?" asks about the recipient's world."""
    return sentence.text.rstrip().endswith("?") or any(t.lower_ in _YOU or t.lower_ in _YOUR for t in sentence)


def _congratulated(doc, ignored: set[str], greeting_end: int, routine):
    """"Congrats on Sibiu Robotics passing ISO 13485", "congratulations on Alta Vista being
    ranked #1": congratulations on something named doing something are the recipient's news
    (a work anniversary is LinkedIn's prompt, not news)."""
    for sentence in doc.sents:
        congrats = next((t for t in sentence if t.lower_.startswith("congrat")), None)
        if congrats is None or routine.search(sentence.text):
            continue
        after = sentence[congrats.i - sentence.start + 1 :]
        named = next((t for t in after if t.pos_ == "PROPN" and t.idx > greeting_end and t.lower_ not in ignored), None)
        if named is not None and any(t.tag_ in ("VBG", "VBN", "VBD") for t in after if t.i > named.i):
            yield named  # "congrats on Sibiu Robotics passing ISO", not "congrats on the new role at Aster"


_SUBJECT_WORD = re.compile(r"[\w'\u2019-]+")


def _subject_artifacts(subject: str, artifacts: frozenset[str]):
    """"Your Rotary talk on rural libraries", "Your team's map-matching write-up": the
    recipient's artifact pinned down, read from the words alone (a subject is a few words,
    often in Title Case, and not worth a parse of its own)."""
    words = [w.lower() for w in _SUBJECT_WORD.findall(subject)]
    for index, word in enumerate(words):
        if word not in _YOUR:
            continue
        for position in range(index + 1, min(index + 6, len(words))):
            candidate = words[position]
            if candidate in artifacts or (candidate.endswith("s") and candidate[:-1] in artifacts):
                following = words[position + 1] if position + 1 < len(words) else None
                if following in _QUALIFIERS or any(w not in _VAGUE_MODIFIERS for w in words[index + 1 : position]):
                    yield candidate
                break


def specific_references(ctx, rule):
    """Tokens or spans that tie the message to this recipient: "your <something
    particular>", "you spoke/wrote/...", named people, events, organisations and
    works outside the sender's description of themselves.  A generator, cheapest
    evidence first: callers usually need only the first one."""
    options = rule.options
    doc = ctx.doc
    greeted = greeting_name(ctx)
    greeting_end = greeted[2] - ctx.offset if greeted else -1
    artifacts = frozenset(options["specific_nouns"])
    recipient_verbs = frozenset(options["recipient_verbs"])
    perception_verbs = frozenset(options["perception_verbs"])
    recipient_names = {p.lower() for p in (ctx.facts.get("to") or "").split()}
    ignored = recipient_names | set(options["not_specific"])
    labels = set(options["entity_labels"])
    company_words = {w.lower() for w in (ctx.facts.get("company") or "").split()}
    shared_history = compiled(rule, "shared_history", alternation)
    history = ctx.body_search(shared_history)
    if history:
        yield history
    particular = compiled(rule, "particular_slots", phrase_regex)
    yield from (slot for slot in ctx.slots if particular.search(slot.group(0).replace("_", " ")))
    topic_nouns = compiled(rule, "topic_nouns", frozenset)
    for token in _recipient_tokens(ctx.tokens, company_words, artifacts, topic_nouns, recipient_names, recipient_verbs):
        if not ctx.in_slot(ctx.offset + token.idx, ctx.offset + token.idx + len(token.text)):
            yield token  # "[Your Name]" is a field for the sender, not "your Kafka talk"
    if "congrat" in ctx.lower_body:
        yield from _congratulated(doc, ignored, greeting_end, compiled(rule, "routine_congratulations", alternation))
    signed_from = signature_start(ctx.message.body)
    selling = compiled(rule, "seller_signals", alternation)
    sells = bool(ctx.body_search(selling))
    for ent in doc.ents:
        if ent.label_ not in labels or ent.start_char <= greeting_end or (signed_from and ent.start_char >= signed_from):
            continue
        if not _looks_like_a_name(ent) or ctx.in_slot(ctx.offset + ent.start_char, ctx.offset + ent.end_char):
            continue  # "[Agency Name]" is a field; particular_slots judges fields
        words = {w.lower().strip(".,!?;:'\"()") for w in ent.text.split()}
        if words & ignored or words <= company_words or _about_sender(ent, perception_verbs) \
                or any(_hypothetical(a) for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX")):
            continue  # "if your team is hiring for Cloud Security roles" supposes; it does not know
        if sells and (selling.search(ent.sent.text) or not _addresses_recipient(ent.sent)):
            continue  # in a pitch, other names are case studies and client lists, not this recipient
        yield ent
    subject = ctx.message.subject  # an InMail's subject may carry what the body leaves implicit
    if subject is not None:
        if shared_history.search(subject.value):
            yield subject
        yield from _subject_artifacts(subject.value, artifacts)


@check("no-specifics")
def no_specifics(ctx, rule):
    """Invitations, InMails, and the first message after a connection is accepted."""
    if ctx.kind == "followup" and not compiled(rule, "first_contact", alternation).search(ctx.message.body):
        return
    if len(ctx.words) < rule.options["min_words"] or next(specific_references(ctx, rule), None) is not None:
        return
    first = ctx.sentences[0] if ctx.sentences else None
    if first is None:
        return
    start, end = ctx.char_span(first)
    yield Hit(start, end, {"match": first.text.strip()})
