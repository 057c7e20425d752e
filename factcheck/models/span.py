"""Where a piece of text sits in its document."""

from __future__ import annotations

import re
from bisect import bisect_right

from pydantic import BaseModel, ConfigDict, Field, model_validator

from factcheck.models.trusted import trusted_fields


class Span(BaseModel):
    """A half-open character range ``text[start:end]`` with 1-based line and column of both ends."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("end must not come before start")
        return self


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` moved inwards past whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_NEWLINE = re.compile("\n")


class LineIndex:
    """Turns character offsets into (line, column) pairs in O(log n)."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        self._starts.extend(newline.end() for newline in _NEWLINE.finditer(text))

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def span(self, start: int, end: int) -> Span:
        if not 0 <= start <= end:
            raise ValueError(f"bad span {start}..{end}")
        # (``position`` of both ends, inlined: extraction makes hundreds of spans per article,
        # and the end's line is searched for from the start's)
        starts = self._starts
        line = bisect_right(starts, start)
        end_line = bisect_right(starts, end, line - 1)
        # Checked above and by construction; skipping validation matters on this hot path.
        return trusted_fields(Span, {"start": start, "end": end, "line": line,
                                     "column": start - starts[line - 1] + 1, "end_line": end_line,
                                     "end_column": end - starts[end_line - 1] + 1})
