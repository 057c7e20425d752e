"""Offsets in a document's text to LSP positions and back.

factcheck's spans are Python string offsets; LSP positions are a zero-based line and a column
counted in the code units the client and server agreed on at ``initialize`` (UTF-16 unless the
client offers UTF-8 or UTF-32). Lines end at ``\\n``, ``\\r\\n`` or ``\\r``, as the protocol says;
``str.splitlines`` (and so pygls's own helpers) also breaks at U+2028, form feeds and other
separators an article may hold, which would shift every position after them. Span.line and
Span.column are not used here for the same reason: they count ``\\n`` only.
"""

from __future__ import annotations

import re
from bisect import bisect_right

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"

_BREAK = re.compile(r"\r\n|\r|\n")


def units(text: str, encoding: str = UTF16) -> int:
    """How many code units ``text`` is in ``encoding``."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    # surrogatepass: a lone surrogate (from a JSON \\ud800 escape) still counts as one unit.
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class LineMap:
    """One text's line starts, for converting offsets and positions in O(log n) plus a line."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding
        self._ascii = text.isascii()  # then every encoding counts one unit per character
        self.starts = [0, *(match.end() for match in _BREAK.finditer(text))]

    def line_end(self, line: int) -> int:
        """The offset where ``line``'s content ends (before its line break)."""
        if line + 1 >= len(self.starts):
            return len(self.text)
        end = self.starts[line + 1]
        while end > self.starts[line] and self.text[end - 1] in "\r\n":
            end -= 1
        return end

    def line_of(self, offset: int) -> int:
        return bisect_right(self.starts, max(0, min(offset, len(self.text)))) - 1

    def position(self, offset: int) -> tuple[int, int]:
        """(line, character) of ``offset``, clamped into the text."""
        offset = max(0, min(offset, len(self.text)))
        line = self.line_of(offset)
        # An offset between the \r and \n of one break stays on its line, at the line's end.
        end = min(offset, self.line_end(line))
        before = self.text[self.starts[line]:end]
        return line, len(before) if self._ascii else units(before, self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The offset of an LSP position; a position past a line's end is its end (as the
        protocol says), one past the last line the end of the text."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self.line_end(line)
        if self.encoding == UTF32 or self._ascii:
            return min(start + max(0, character), end)
        counted = 0
        for index in range(start, end):
            if counted >= character:
                return index
            counted += units(self.text[index], self.encoding)
        return end
