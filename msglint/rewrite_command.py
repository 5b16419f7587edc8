"""`msglint rewrite`: every fix applied (safe and unsafe), shown beside the original.

Changed words are highlighted; a table compares words, characters, reading
grade and score before and after, and what still needs a human is listed.
"""
from __future__ import annotations

import difflib
import re

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .fixer import fix_text
from .message import parse_message
from .readability import flesch_kincaid_grade

_TOKENS = re.compile(r"\s+|\w+(?:['\u2019]\w+)*|[^\w\s]")


def highlight_changes(before: str, after: str) -> tuple[Text, Text]:
    """Two rich Texts with removed words struck in red and added words in green."""
    a, b = _TOKENS.findall(before), _TOKENS.findall(after)
    left, right = Text(), Text()
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            left.append("".join(a[i1:i2]))
            right.append("".join(b[j1:j2]))
        else:
            left.append("".join(a[i1:i2]), style="red strike")
            right.append("".join(b[j1:j2]), style="bold green")
    return left, right


def stats(linter, text: str, kind: str | None) -> dict:
    message = parse_message(text, kind=kind)
    result = linter.lint(message)
    from .context import Context

    ctx = Context(message, linter.nlp(message.body))
    words = [t.text for t in ctx.words]
    return {
        "words": len(words),
        "characters": len(message.body),
        "reading grade": round(flesch_kincaid_grade(words, len(ctx.sentences)), 1),
        "score": result.score.value,
        "findings": len(result.findings),
    }


def show_rewrite(linter, path: str, text: str, kind: str | None) -> object:
    result = fix_text(linter, text, kind=kind, unsafe=True)
    message_before = parse_message(text, kind=kind)
    message_after = parse_message(result.text, kind=kind)
    left, right = highlight_changes(message_before.body, message_after.body)
    console = Console(soft_wrap=False, highlight=False)
    side = Table(title=f"{path} ({message_before.kind})", show_lines=True, expand=True)
    side.add_column("original")
    side.add_column("rewritten")
    side.add_row(left, right)
    console.print(side)
    before, after = stats(linter, text, kind), stats(linter, result.text, kind)
    numbers = Table(show_header=True)
    numbers.add_column("")
    numbers.add_column("before", justify="right")
    numbers.add_column("after", justify="right")
    for key in before:
        numbers.add_row(key, str(before[key]), str(after[key]))
    console.print(numbers)
    for finding in result.applied:
        kind_of_fix = "" if finding.fix.safe else f" \\[{finding.fix.applicability.value}]"
        console.print(f"  [green]applied[/] {finding.code}{kind_of_fix}: {finding.fix.title}")
    for finding in result.remaining:
        if finding.suggestion:
            console.print(f"  [yellow]needs you[/] {finding.code}: {finding.message}\n      {finding.suggestion}")
    return result
