"""Offsets to lines and columns (1-based, counting code points)."""
from __future__ import annotations

from bisect import bisect_right


class LineIndex:
    def __init__(self, text: str):
        self.text = text
        self.starts = [0]
        for i, char in enumerate(text):
            if char == "\n":
                self.starts.append(i + 1)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_text(self, line: int) -> str:
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r")
