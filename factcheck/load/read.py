"""Reading untrusted files into text: size limits, encodings, binary detection."""

from __future__ import annotations

import codecs
from pathlib import Path

from factcheck.errors import LoadError, path_text

# No article is this long (a book is ~1 MB); past it a file is data or an attack, and checking
# it would hold a worker for many minutes. Refused with one line; the batch goes on.
MAX_BYTES = 16 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_text(path: Path) -> str:
    """Return the file's text, or raise LoadError with one line saying why it is unusable."""
    name = path_text(path)
    try:
        if path.is_dir():
            raise LoadError(name, "is a directory, not an article")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(name, f"file is {size} bytes, above the {MAX_BYTES}-byte limit")
        data = path.read_bytes()
    except FileNotFoundError:
        raise LoadError(name, "no such file") from None
    except PermissionError:
        raise LoadError(name, "permission denied") from None
    except OSError as error:
        raise LoadError(name, error.strerror or str(error)) from None
    return decode(name, data)


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
