"""Writing a report where ``--output`` says, whole or not at all."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from factcheck.errors import FactcheckError, path_text


class OutputError(FactcheckError):
    """The report cannot be written where --output says."""


@contextmanager
def atomic_output(output: Path | None) -> Iterator[IO[str]]:
    """stdout, or a temporary file beside `output` renamed over it only once complete.

    Where the report cannot go is found out before any document is checked, in one line.
    """
    if output is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = output.parent if str(output.parent) else Path(".")
    if output.is_dir():
        raise OutputError(output, "--output is a directory; give a file name")
    if not folder.is_dir():
        raise OutputError(output, f"--output folder {path_text(folder)} does not exist")
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{output.name}.",
                                                 suffix=".tmp")
    except OSError as error:
        raise OutputError(output, f"cannot write the report: {error.strerror or error}") from None
    try:
        with open(descriptor, "w", encoding="utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            os.fchmod(handle.fileno(), 0o644)  # mkstemp's 0600 would hide the report from others
        try:
            os.replace(temporary, output)
        except OSError as error:  # e.g. a directory created there while the batch ran
            raise OutputError(output, f"cannot write the report: {error.strerror or error}"
                              ) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
