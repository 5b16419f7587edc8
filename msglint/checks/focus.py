"""Me-focus: first-person references far above second-person ones."""
from __future__ import annotations

from ..context import Hit
from . import check


@check("me-focus")
def me_focus(ctx, rule):
    first, second = ctx.person_counts
    if first < rule.options["min_first"] or first < rule.options["ratio"] * max(second, 1):
        return
    body = ctx.message
    yield Hit(body.body_start, body.body_end, {"first": first, "second": second, "match": ""})
