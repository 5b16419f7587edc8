"""`--format text`: findings grouped by file, the span underlined in its line.

Colour on a terminal, plain text when piped (rich decides).
"""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from ..models import Severity
from ..positions import LineIndex

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


class TextFormatter:
    def __init__(self):
        self.out = Console(soft_wrap=True, highlight=False)
        self.err = Console(stderr=True, soft_wrap=True, highlight=False)
        self.counts = {s: 0 for s in Severity}
        self.fixable = 0
        self.files = 0
        self.records = 0  # messages read from .jsonl batches

    def result(self, path: str, result) -> None:
        self.files += 1
        self.records += result.message.record_id is not None
        message, findings = result.message, result.findings
        index = LineIndex(message.text)
        where = path if message.record_id is None else f"{path} [{message.record_id}]"
        self.out.print(f"[bold]{escape(where)}[/] ({message.kind}) score [bold]{result.score.value}[/]/100")
        for finding in findings:
            self.counts[finding.severity] += 1
            self.fixable += bool(finding.fix and finding.fix.safe)
            line, column = index.line_col(finding.start)
            style = _STYLE[finding.severity]
            self.out.print(
                f"  {line}:{column} [{style}]{finding.severity.value}[/] [bold]{finding.code}[/] "
                f"{escape(finding.message)} [dim]({finding.rule})[/]"
            )
            self._show_span(index, finding, line, column)
            if finding.fix is not None:
                label = "fix" if finding.fix.safe else f"fix ({finding.fix.applicability.value})"
                self.out.print(f"      [green]{label}:[/] {escape(finding.fix.title)}")
            if finding.suggestion:
                self.out.print(f"      [green]help:[/] {escape(finding.suggestion)}")
        if result.score.breakdown:
            costs = ", ".join(f"{category} -{cost}" for category, cost in result.score.breakdown.items())
            self.out.print(f"  [dim]score: 100 - ({costs}) = {result.score.value}[/]")
        self.out.print()

    def _show_span(self, index: LineIndex, finding, line: int, column: int) -> None:
        text = index.line_text(line)
        end_line, end_column = index.line_col(finding.end)
        stop = end_column if end_line == line else len(text) + 1
        width = max(1, stop - column)
        gutter = f"{line} | "
        self.out.print(f"    [dim]{gutter}[/]{escape(text)}")
        self.out.print(f"    {' ' * len(gutter)}{' ' * (column - 1)}[{_STYLE[finding.severity]}]{'^' * width}[/]")

    def error(self, error) -> None:
        self.err.print(f"[bold red]error:[/] {escape(str(error))}")

    def finish(self, fail_on) -> None:
        total = sum(self.counts.values())
        parts = ", ".join(f"{n} {s.value}{'s' if n != 1 and s is not Severity.INFO else ''}" for s, n in reversed(self.counts.items()))
        fixable = f"; {self.fixable} fixable with `msglint fix`" if self.fixable else ""
        noun = ("file" if self.files == 1 else "files") if not self.records else ("message" if self.files == 1 else "messages")
        self.out.print(f"Found {total} finding{'s' if total != 1 else ''} ({parts}) in {self.files} {noun}{fixable}.")
