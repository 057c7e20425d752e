"""Reading ledgers of verified figures: YAML (a list, or `entries:`) or CSV with a header."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.errors import LoadError
from factcheck.load.read import read_text
from factcheck.models.ledger import Ledger, LedgerEntry
from factcheck.yamlio import YamlError, load_yaml, locate, plain


def load_ledger(paths: Sequence[Path]) -> Ledger:
    entries: list[LedgerEntry] = []
    for path in paths:
        entries.extend(_entries(path))
    return Ledger(entries=entries)


def _entries(path: Path) -> list[LedgerEntry]:
    name = str(path)
    text = read_text(path)
    if path.suffix.lower() == ".csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        out = []
        for number, row in enumerate(rows, start=2):
            clean = {key.strip(): value.strip() for key, value in row.items()
                     if key and value is not None and value.strip() != ""}
            try:
                out.append(LedgerEntry.model_validate(clean))
            except ValidationError as error:
                raise _error(name, error, number) from None
        return out
    try:
        node = load_yaml(text, name)
        raw: Any = plain(node)
    except YamlError as error:
        raise LoadError(name, error.message, error.line, error.column) from None
    except ValueError as error:
        raise LoadError(name, str(error)) from None
    items = raw.get("entries") if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise LoadError(name, "a ledger is a list of entries (or a mapping with `entries:`)")
    out = []
    for number, item in enumerate(items):
        try:
            out.append(LedgerEntry.model_validate(item))
        except ValidationError as error:
            sequence = node.get("entries") if isinstance(node, dict) else node
            line, _ = locate(sequence, [number, *error.errors()[0]["loc"]])
            raise _error(name, error, line) from None
    return out


def _error(name: str, error: ValidationError, line: int | None) -> LoadError:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "entry"
    return LoadError(name, f"ledger entry: {field}: {first['msg']}", line)
