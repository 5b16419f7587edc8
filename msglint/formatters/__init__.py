"""Output formats for `msglint check`: text (rich) and json (CATEGORIES.md)."""
from __future__ import annotations

FORMATS = ("text", "json")


def get(name: str):
    if name == "json":
        from .json_format import JsonFormatter

        return JsonFormatter()
    from .text_format import TextFormatter

    return TextFormatter()
