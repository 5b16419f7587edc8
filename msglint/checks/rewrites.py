"""Sentence-level rewrites from the dependency parse, each yielding a fix.

- frame-collapse: "the core of your problem is" -> "your problem is"
- nominalization: "make a decision about" -> "decide about" (inflected to the verb's tense)
- there-is: "There are many teams that struggle" -> "Many teams struggle"
- passive-to-active: "the report was written by our team" -> "our team wrote the report"
- doubled-word: "very very" -> "very"
"""
from __future__ import annotations

import re

from ..context import Hit
from ..fixes import at_sentence_start
from ..inflect import inflect
from ..models import Edit
from . import check, compiled

_POSSESSORS = {"your", "our", "my", "their", "his", "her", "its", "the", "this", "that", "these", "those"}


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _words(n_before: int, n_after: int) -> str:
    return f"Tighten: {n_before} \u2192 {n_after} words"


@check("frame-collapse")
def frame_collapse(ctx, rule):
    frames = set(rule.options["frame_nouns"])
    if not any(frame in ctx.lower_body for frame in frames):
        return
    tokens, text = ctx.tokens, ctx.message.text
    for token in tokens[:-3]:
        if token.lower_ != "the" or tokens[token.i + 1].lower_ not in frames or tokens[token.i + 2].lower_ != "of":
            continue
        owner = tokens[token.i + 3]
        if owner.lower_ not in _POSSESSORS:
            continue
        start, _ = ctx.char_span(token)
        owner_start, owner_end = ctx.char_span(owner)
        replacement = _capitalized(owner.text) if at_sentence_start(text, start) else owner.text
        match = text[start:owner_start].strip()
        yield Hit(start, owner_end, {"match": match + " " + owner.text, "replacement": replacement},
                  edits=(Edit(start, owner_end, replacement),), fix_title=f"Drop '{match}'")


def _by_verb(entries) -> dict[str, list[dict]]:
    by_verb: dict[str, list[dict]] = {}
    for entry in entries:
        by_verb.setdefault(entry["verb"], []).append(entry)
    return by_verb


def _light_verb_matches(ctx, by_verb):
    doc, tokens = ctx.doc, ctx.tokens
    for verb in tokens:
        candidates = by_verb.get(verb.lemma_.lower())
        if not candidates or not verb.tag_.startswith("VB"):
            continue
        i = verb.i + 1
        if i < len(tokens) and tokens[i].lower_ in ("a", "an"):
            i += 1
        if i >= len(tokens):
            continue
        noun = tokens[i]
        for entry in candidates:
            if noun.lemma_.lower() != entry["noun"] and noun.lower_ != entry["noun"]:
                continue
            end = i + 1
            prep = entry.get("prep")
            if prep and end + 1 < len(tokens) and tokens[end].lower_ == prep and not (prep == "to" and tokens[end + 1].pos_ in ("VERB", "AUX")):
                end += 1
            yield verb, doc[verb.i:end], entry
            break


@check("nominalization")
def nominalization(ctx, rule):
    for verb, span, entry in _light_verb_matches(ctx, compiled(rule, "entries", _by_verb)):
        start, end = ctx.char_span(span)
        replacement = inflect(entry["replacement"], verb.tag_)
        if verb.text[:1].isupper():
            replacement = _capitalized(replacement)
        yield Hit(start, end, {"match": span.text, "replacement": replacement}, edits=(Edit(start, end, replacement),),
                  fix_title=f"Replace with '{replacement}' ({_words(len(span), 1)})")


@check("there-is")
def there_is(ctx, rule):
    if "there" not in ctx.lower_body:
        return
    doc, text = ctx.doc, ctx.message.text
    for there in ctx.tokens:
        if there.lower_ != "there" or there.dep_ != "expl" or there.head.lemma_ != "be" or there.i + 1 >= len(doc):
            continue
        be = there.head
        if be.i != there.i + 1:
            continue
        noun = next((c for c in be.children if c.dep_ == "attr"), None)
        clause = next((c for c in noun.children if c.dep_ == "relcl"), None) if noun is not None else None
        if clause is None:
            continue
        relativizer = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in ("that", "who", "which")), None)
        if relativizer is None or relativizer.i <= noun.i:
            continue
        start, _ = ctx.char_span(there)
        after_be = doc[be.i + 1]
        rel_start, _ = ctx.char_span(relativizer)
        next_start, _ = ctx.char_span(doc[relativizer.i + 1])
        first_start, _ = ctx.char_span(after_be)
        head = text[first_start]
        lead = head.upper() if at_sentence_start(text, start) else head
        edits = (Edit(start, first_start + 1, lead), Edit(rel_start, next_start, ""))
        sentence = there.sent
        s_start, s_end = ctx.char_span(sentence)
        yield Hit(s_start, s_end, {"match": text[start:next_start].strip()}, edits=edits,
                  fix_title=f"Drop 'there {be.text} ... {relativizer.text}' ({_words(len(sentence), len(sentence) - 3)})")


def _subtree_span(token):
    tokens = list(token.subtree)
    return tokens[0].i, tokens[-1].i + 1


def _active_rewrite(ctx, verb, subject, aux, agent):
    """'the report was written by our team' -> 'our team wrote the report', or None
    when the clause is not that simple (past tense, contiguous, no pronoun subject)."""
    doc, text = ctx.doc, ctx.message.text
    if agent is None or aux.lower_ not in ("was", "were") or any(c.dep_ in ("aux", "neg") for c in verb.children):
        return None
    s_first, s_end = _subtree_span(subject)
    a_first, a_end = _subtree_span(agent)
    if s_end != aux.i or aux.i + 1 != verb.i or a_first != verb.i + 1 or a_end - a_first < 2:
        return None
    done = doc[s_first:s_end]
    if done[0].lower_ in ("i", "we", "he", "she", "they", "who", "which", "that"):
        return None  # the pronoun's case would change (I -> me): leave it to the writer
    doer = doc[a_first + 1 : a_end]
    done_text = done.text if done[0].pos_ == "PROPN" else done.text[:1].lower() + done.text[1:]
    start, _ = ctx.char_span(done)
    _, end = ctx.char_span(doc[a_end - 1])
    doer_text = _capitalized(doer.text) if at_sentence_start(text, start) else doer.text
    return start, end, f"{doer_text} {inflect(verb.lemma_.lower(), 'VBD')} {done_text}"


@check("passive")
def passive(ctx, rule):
    """Every passive clause; a fix where the doer is named and the rewrite is mechanical."""
    for verb in ctx.tokens:
        if verb.tag_ != "VBN":
            continue
        children = list(verb.children)
        subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
        aux = next((c for c in children if c.dep_ == "auxpass"), None)
        if subject is None or aux is None:
            continue
        agent = next((c for c in children if c.dep_ == "agent"), None)
        rewrite = _active_rewrite(ctx, verb, subject, aux, agent)
        if rewrite:
            start, end, replacement = rewrite
            yield Hit(start, end, {"match": ctx.message.text[start:end], "replacement": replacement},
                      edits=(Edit(start, end, replacement),), fix_title=f"Make it active: '{replacement}'")
        else:
            first = min(subject.i, aux.i)
            start, _ = ctx.char_span(ctx.doc[first])
            _, end = ctx.char_span(verb)
            yield Hit(start, end, {"match": ctx.message.text[start:end]})


_DOUBLED = re.compile(r"\b(\w+)((?:[ \t]+\1\b)+)", re.IGNORECASE)  # on one line: "Nair\nNair" is a signature


@check("doubled-word")
def doubled_word(ctx, rule):
    allowed = set(rule.options["allowed"])
    body = ctx.message.body
    for match in _DOUBLED.finditer(body):
        word = match.group(1)
        if word.lower() in allowed or word.isdigit():
            continue
        start = ctx.offset + match.start()
        edit_start = ctx.offset + match.end(1)
        yield Hit(start, ctx.offset + match.end(), {"match": match.group(0), "replacement": word},
                  edits=(Edit(edit_start, ctx.offset + match.end(), ""),))
