"""`msglint rules` and `msglint explain`: rule docs rendered from the rule files."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .message import KINDS


def fixable(spec) -> str:
    if not spec.fix:
        return "-"
    return "yes" if spec.fix.get("applicability", "safe") == "safe" else spec.fix["applicability"]


def severity_summary(spec) -> str:
    levels = {spec.severity[k] for k in KINDS}
    if len(levels) == 1:
        return levels.pop()
    return ", ".join(f"{k}: {spec.severity[k]}" for k in KINDS)


def print_rule_table(registry, category: str | None = None) -> None:
    table = Table(show_lines=False)
    for column in ("code", "name", "category", "severity", "fixable", "type"):
        table.add_column(column)
    for spec in registry.rules:
        if category and spec.category != category:
            continue
        name = spec.name if spec.enabled else f"{spec.name} (off by default)"
        table.add_row(spec.code, name, spec.category, severity_summary(spec), fixable(spec), spec.extends)
    console = Console(soft_wrap=True)
    if not console.is_terminal:
        console = Console(soft_wrap=True, width=160)
    console.print(table)


def print_explanation(spec) -> None:
    out = Console(soft_wrap=True, highlight=False)
    out.print(f"[bold]{spec.code} {spec.name}[/] ({spec.category}, {escape(severity_summary(spec))}; fixable: {fixable(spec)})\n")
    sections = [("Why", spec.docs.get("why")), ("Instead", spec.docs.get("instead")), ("Evidence", spec.docs.get("evidence"))]
    if spec.fix:
        sections.append(("Fix safety", spec.docs.get("fix_safety") or f"The fix is {spec.fix.get('applicability', 'safe')}."))
    for title, text in sections:
        if text:
            out.print(f"[bold]{title}[/]\n{escape(text)}\n")
    out.print("[bold]Fails[/]")
    for example in spec.fail_examples:
        out.print(f"  - {escape(example.text)}")
        if example.fixed:
            out.print(f"    [green]fixed:[/] {escape(example.fixed)}")
    out.print("[bold]Passes[/]")
    for example in spec.pass_examples:
        out.print(f"  - {escape(example.text)}")
    if spec.options:
        out.print("\n[bold]Options[/] (set in [rules.CODE] of .msglint.toml)")
        for key, value in spec.options.items():
            shown = value if not isinstance(value, list) else f"{len(value)} entries"
            out.print(f"  {key} = {escape(str(shown))}")
    out.print(f"\n[dim]{spec.path}[/]")

