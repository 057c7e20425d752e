"""A small on-disk cache of parsed data files (rule packs, lexicons), so start-up skips YAML.

Entries are JSON, named by the file's absolute path, size, modification time, factcheck's
version and the entry format: editing a file or upgrading invalidates its entry. Only files that
parsed and validated are cached, so errors (with their line numbers) always come from a fresh
parse. Set FACTCHECK_NO_CACHE=1 to disable it, or FACTCHECK_CACHE_DIR to move it.

An entry is used only if it is whole and right: it names its key and the SHA-256 of the file's
bytes, and its value validates against the caller's model. Anything else (a truncated write,
another program's file, ``[]`` written over an entry, a file edited within one mtime tick) is a
miss, logged, and the fresh parse overwrites it: a bad entry can neither crash a run nor
silently stand in for a file's rules.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from factcheck import __version__
from factcheck.load.read import MAX_BYTES
from factcheck.log import get_logger

log = get_logger(__name__)

T = TypeVar("T")

_FORMAT = 2  # entries of an older layout get other names, so they are never opened


def _folder() -> Path | None:
    if os.environ.get("FACTCHECK_NO_CACHE"):
        return None
    configured = os.environ.get("FACTCHECK_CACHE_DIR")
    base = Path(configured) if configured else Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"
    return base


@dataclass(frozen=True)
class Entry:
    """One file's entry, its key and digest taken before the file is parsed: if the file changes
    while it is parsed, the value stored is of newer bytes than the digest says, and the next
    run re-parses rather than trusting a stale entry."""

    file: Path
    key: str
    digest: str
    source: Path

    def get(self, model: TypeAdapter[T]) -> T | None:
        """The cached value, validated by ``model``; None on a miss or a bad entry."""
        stored, problem = self._stored()
        if problem is None:
            try:
                return model.validate_python(stored)
            except (ValidationError, ValueError, TypeError) as error:
                problem = f"invalid value: {str(error).splitlines()[0] if str(error) else error!r}"
        if problem:
            log.warning("ignoring a bad parse-cache entry; parsing the file again",
                        entry=str(self.file), file=str(self.source), reason=problem)
        return None

    def _stored(self) -> tuple[Any, str | None]:
        """(the stored value, None), or (None, why the entry is bad); "" is a plain miss."""
        try:
            text = self.file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None, ""
        except (OSError, ValueError) as error:  # ValueError: not UTF-8
            return None, f"unreadable ({type(error).__name__})"
        try:
            stored = json.loads(text)
        except ValueError:
            return None, "not JSON"
        if not isinstance(stored, dict) or set(stored) != {"key", "digest", "value"}:
            return None, "not a cache entry"
        if stored["key"] != self.key:
            return None, "written for another file"
        if stored["digest"] != self.digest:
            return None, "the file's content changed"
        return stored["value"], None

    def put(self, value: Any) -> None:
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(dir=self.file.parent, suffix=".tmp")
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump({"key": self.key, "digest": self.digest, "value": value}, handle)
            os.replace(temporary, self.file)
        except OSError:
            pass  # a cache that cannot be written is only slower


def entry(kind: str, path: Path) -> Entry | None:
    """``path``'s entry, or None when caching is off or the file cannot be read."""
    folder = _folder()
    if folder is None:
        return None
    try:
        status = path.stat()
        # A FIFO or an oversized file is left to the loader, which refuses it without blocking.
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_BYTES:
            return None
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    key = f"{__version__}|{_FORMAT}|{kind}|{path.resolve()}|{status.st_size}|{status.st_mtime_ns}"
    name = f"{kind}-{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"
    return Entry(folder / name, key, digest, path)
