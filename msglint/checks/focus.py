"""Me-focus: first-person references far above second-person ones."""
from __future__ import annotations

from ..context import Hit
from . import check


@check("me-focus")
def me_focus(ctx, rule):
    first, second = ctx.person_counts
    options = rule.options
    ratio = options["long_ratio"] if first >= options["long_min_first"] else options["ratio"]
    if first < options["min_first"] or first < ratio * max(second, 1):
        return
    body = ctx.message
    yield Hit(body.body_start, body.body_end, {"first": first, "second": second, "match": ""})
