"""Me-focus: first-person references far above second-person ones."""
from __future__ import annotations

from ..context import Hit
from . import check, compiled


def _courtesy_subjects(tokens, verbs: frozenset[str]) -> int:
    """"I" as the subject of a courtesy or framing verb ("I wanted to", "I hope", "I am
    writing to", "I look forward"): the sender is being polite, not talking about themselves."""
    return sum(1 for t in tokens if t.lower_ == "i" and t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in verbs)


@check("me-focus")
def me_focus(ctx, rule):
    first, second = ctx.person_counts
    options = rule.options
    if first >= options["long_min_first"]:  # in a long message a steadier count needs a smaller ratio
        ratio, about_self = options["long_ratio"], first
    else:
        ratio = options["ratio"]
        about_self = first - _courtesy_subjects(ctx.tokens, compiled(rule, "courtesy_verbs", frozenset))
    if about_self < options["min_first"] or about_self < ratio * max(second, 1):
        return
    body = ctx.message
    yield Hit(body.body_start, body.body_end, {"first": first, "second": second, "match": ""})
