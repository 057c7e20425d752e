"""Reading untrusted files into text: regular files only, size limits, encodings, binary detection."""

from __future__ import annotations

import codecs
import errno
import os
import stat
from pathlib import Path

from factcheck.errors import LoadError, path_text

# No article is this long (a book is ~1 MB); past it a file is data or an attack, and checking
# it would hold a worker for many minutes. Refused with one line; the batch goes on.
MAX_BYTES = 16 * 1024 * 1024

_CHUNK = 1024 * 1024

# O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever (it is refused after
# fstat anyway). O_NOCTTY: a terminal device named as an article must not become ours.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0))

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_text(path: Path) -> str:
    """Return the file's text, or raise LoadError with one line saying why it is unusable."""
    return decode(path_text(path), read_bytes(path))


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """At most ``limit`` bytes of a regular file; anything else raises LoadError in one line.

    /dev/zero, a FIFO or a socket behind an article name would pass a size check (their size
    reads 0) and then be read forever or block the batch, so the file type is checked before
    opening (opening some devices has effects) and again on the opened descriptor (the name may
    have been swapped in between), and reading stops one byte past the limit whatever the size
    said.
    """
    name = path_text(path)
    try:
        _check_status(name, os.stat(path), limit)
        descriptor = os.open(path, _OPEN_FLAGS)
    except LoadError:
        raise
    except OSError as error:
        raise _os_error(name, error) from None
    try:
        _check_status(name, os.fstat(descriptor), limit)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(_CHUNK, remaining))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        raise _os_error(name, error) from None
    finally:
        os.close(descriptor)
    if remaining <= 0:
        raise LoadError(name, f"file is over the {limit}-byte limit")
    return b"".join(chunks)


def _check_status(name: str, status: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise LoadError(name, "is a directory, not an article")
    if not stat.S_ISREG(status.st_mode):
        raise LoadError(name, "not a regular file")
    if status.st_size > limit:
        raise LoadError(name, f"file is {status.st_size} bytes, above the {limit}-byte limit")


def _os_error(name: str, error: OSError) -> LoadError:
    if error.errno == errno.ENOENT:
        return LoadError(name, "no such file")
    if error.errno in (errno.EACCES, errno.EPERM):
        return LoadError(name, "permission denied")
    return LoadError(name, error.strerror or str(error))


def decode(name: str, data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise LoadError(name, f"invalid {encoding} at byte {error.start}") from None
    if b"\x00" in data[:8192]:
        raise LoadError(name, "binary content (NUL bytes), not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise LoadError(name, f"not valid UTF-8 (byte {error.start})", line=line) from None
