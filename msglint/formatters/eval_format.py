"""`msglint eval` as a table, then every miss so a rule author sees what to fix."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table


def _ratio(value) -> str:
    return "-" if value is None else f"{value:.2f}"


def print_eval(report, show_misses: bool = True) -> None:
    """The table of precision, recall, F1 and support per category, then each miss."""
    console = Console(soft_wrap=True, highlight=False)
    table = Table(title=f"{report.records} labeled messages")
    for column in ("category", "precision", "recall", "F1", "support", "TP", "FP", "FN"):
        table.add_column(column, justify="left" if column == "category" else "right")
    for category, s in report.scores.items():
        table.add_row(category, _ratio(s.precision), _ratio(s.recall), _ratio(s.f1), str(s.support), str(s.tp), str(s.fp), str(s.fn))
    console.print(table)
    if show_misses:
        for miss in sorted(report.misses, key=lambda m: (m.category, m.kind, m.record_id)):
            console.print(f"[bold]{miss.record_id}[/] {miss.category} [red]{miss.kind}[/]: {escape(miss.detail)}")
