"""A small on-disk cache of parsed data files (rule packs, lexicons), so start-up skips YAML.

Entries are JSON, keyed by the file's absolute path, size, modification time and factcheck's
version: editing a file or upgrading invalidates its entry. Only files that parsed and validated
are cached, so errors (with their line numbers) always come from a fresh parse. Set
FACTCHECK_NO_CACHE=1 to disable it, or FACTCHECK_CACHE_DIR to move it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from factcheck import __version__


def _folder() -> Path | None:
    if os.environ.get("FACTCHECK_NO_CACHE"):
        return None
    configured = os.environ.get("FACTCHECK_CACHE_DIR")
    base = Path(configured) if configured else Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"
    return base


def _entry(kind: str, path: Path) -> Path | None:
    folder = _folder()
    if folder is None:
        return None
    try:
        status = path.stat()
    except OSError:
        return None
    key = f"{__version__}|{kind}|{path.resolve()}|{status.st_size}|{status.st_mtime_ns}"
    return folder / f"{kind}-{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"


def get(kind: str, path: Path) -> Any | None:
    entry = _entry(kind, path)
    if entry is None:
        return None
    try:
        return json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def put(kind: str, path: Path, value: Any) -> None:
    entry = _entry(kind, path)
    if entry is None:
        return
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(value, handle)
        os.replace(temporary, entry)
    except OSError:
        pass  # a cache that cannot be written is only slower
