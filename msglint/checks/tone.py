"""Shouting: words in capitals that are not acronyms."""
from __future__ import annotations

import re

from ..context import Hit
from . import check

_CAPS_WORD = re.compile(r"(?<![\w@#/.])[A-Z][A-Z'\u2019]*[A-Z](?![\w.]*\.[a-z])(?!\w)")


def _is_shouted_word(match, body: str, acronyms: set[str]) -> bool:
    """An ordinary dictionary word in capitals: "FREE", not "FHIR" or "{FIRST_NAME}"."""
    from ..readability import is_dictionary_word

    word = match.group(0).replace("\u2019", "'")
    if word.replace("'", "") in acronyms or word in acronyms:
        return False
    before = body[match.start() - 1] if match.start() else ""
    after = body[match.end()] if match.end() < len(body) else ""
    if (before and before in "[{<%_") or (after and after in "]}>%_"):
        return False
    return is_dictionary_word(word.split("'")[0].lower())


@check("shouting")
def shouting(ctx, rule):
    """An all-caps word of `min_letters`+ letters, or a run of two all-caps words, unless an acronym."""
    acronyms = {a.upper() for a in rule.options["acronyms"]}
    body = ctx.message.body
    words = [m for m in _CAPS_WORD.finditer(body) if _is_shouted_word(m, body, acronyms)]
    flagged: list[tuple[int, int]] = []
    for i, match in enumerate(words):
        long_enough = len(match.group(0)) >= rule.options["min_letters"]
        neighbour = any(
            0 <= j < len(words) and abs(words[j].start() - match.start()) <= len(max(match.group(0), words[j].group(0), key=len)) + 2
            for j in (i - 1, i + 1)
        )
        if long_enough or (neighbour and len(match.group(0)) >= 2):
            if flagged and match.start() - flagged[-1][1] <= 2:
                flagged[-1] = (flagged[-1][0], match.end())
            else:
                flagged.append((match.start(), match.end()))
    if len(flagged) == 1 and " " not in body[flagged[0][0] : flagged[0][1]]:
        # one capitalised word is shouting only with an exclamation beside it ("a HUGE win!"), not "SOBEK model"
        start, end = flagged[0]
        sentence_end = min((i for i in (body.find(c, end) for c in ".?\n") if i >= 0), default=len(body))
        sentence_start = max(body.rfind(c, 0, start) for c in ".?!\n") + 1
        if "!" not in body[sentence_start : sentence_end + 1]:
            return
    for start, end in flagged:
        yield Hit(ctx.offset + start, ctx.offset + end, {"match": body[start:end]})
