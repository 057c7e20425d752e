"""What a batch checks: paths given as arguments, then paths listed in a file or on stdin.

An archive audit lists its articles in a file (``--files-from``) instead of on the command
line, so the list is read as the batch goes and never held whole in memory.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.models import Document

STDIN = "-"


@dataclass(frozen=True)
class Inputs:
    paths: list[Path] = field(default_factory=list)
    listing: str | None = None  # a file with one path per line, or "-" for stdin
    piped: Document | None = None  # an article read from stdin (`check -`), checked first

    def __iter__(self) -> Iterator[Path | Document]:
        if self.piped is not None:
            yield self.piped
        yield from self.paths
        if self.listing is None:
            return
        if self.listing == STDIN:
            yield from _listed(sys.stdin.buffer)
            return
        with open(self.listing, "rb") as handle:
            yield from _listed(handle)

    @property
    def rereadable(self) -> bool:
        """Whether the inputs can be walked twice (stdin cannot), e.g. to size a progress bar."""
        return self.listing != STDIN

    @property
    def single_file(self) -> bool:
        if self.piped is not None:
            return self.listing is None and not self.paths
        return self.listing is None and len(self.paths) == 1 and self.paths[0].is_file()


def _listed(lines: Iterable[bytes]) -> Iterator[Path]:
    """Paths one per line, as bytes: a file name need not be valid UTF-8 to be checked."""
    for line in lines:
        name = os.fsdecode(line.rstrip(b"\r\n"))
        if name.strip():
            yield Path(name)
