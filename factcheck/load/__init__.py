"""The load stage: a path becomes a Document with its layout blocks and references."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from factcheck.errors import LoadError, path_text
from factcheck.load.annotations import blank_comments, suppressions
from factcheck.load.layout import parse_layout
from factcheck.load.read import read_text
from factcheck.load.sources import load_sources, merge_references, sources_folder_for
from factcheck.load.structured import load_structured
from factcheck.models import Document
from factcheck.yamlio import load_yaml, plain

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".yaml", ".yml", ".json")

__all__ = ["ARTICLE_SUFFIXES", "LoadError", "discover", "document_from_text", "load_document"]


def document_from_text(text: str, path: str = "<text>.md") -> Document:
    """An article given as a string (rule examples, tests, the pytest plugin)."""
    if path.endswith((".yaml", ".yml", ".json")):
        return load_structured(text, path, is_json=path.endswith(".json"))
    return _load_prose(text, path, plain_text=path.endswith(".txt"))


def load_document(path: Path, sources: Sequence[Path] = ()) -> Document:
    """Load one article; raise LoadError with one line saying what is wrong."""
    name = path_text(path)
    text = read_text(path)
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml", ".json"):
        document = load_structured(text, name, is_json=suffix == ".json")
    else:
        document = _load_prose(text, name, plain_text=suffix == ".txt")
    folders = [sources_folder_for(path), *sources]
    found = [ref for folder in folders if folder.is_dir() for ref in load_sources(folder)]
    if found:
        document.references = merge_references(document.references, found)
    return document


def _load_prose(text: str, path: str, plain_text: bool) -> Document:
    text, annotations = blank_comments(text)
    layout = parse_layout(text, path, plain_text)
    meta = _front_matter(layout.front_matter, path)
    title = meta.get("title")
    date = meta.get("date")
    return Document(
        path=path,
        title=str(title) if title else layout.title,
        text=text,
        language=str(meta.get("language") or _guess_language(text)),
        date=str(date) if date else None,
        blocks=layout.blocks,
        references=layout.references,
        suppressions=suppressions(annotations),
    )


def _front_matter(front_matter: str | None, path: str) -> dict[str, object]:
    if not front_matter:
        return {}
    try:
        meta = plain(load_yaml(front_matter, path))
    except ValueError as error:
        raise LoadError(path, f"front matter: {error}", line=2) from None
    if not isinstance(meta, dict):
        raise LoadError(path, "front matter must be a mapping", line=2)
    return meta


_CJK = re.compile("[\u4e00-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")


def _guess_language(text: str) -> str:
    sample = text[:20000]
    letters = len(_LETTER.findall(sample)) or 1
    return "zh" if len(_CJK.findall(sample)) / letters > 0.3 else "en"


def discover(paths: Iterable[Path]) -> Iterator[Path | LoadError]:
    """Articles under the given paths, in a stable order; problems come out as LoadErrors.

    Folders named ``*.sources`` hold an article's sources, not articles, and are skipped.
    Symlinked directories are followed once (a loop is reported, not walked forever).
    """
    for path in paths:
        if not path.exists() and not path.is_symlink():
            yield LoadError(path, "no such file or directory")
        elif path.is_dir():
            yield from _walk(path, seen=set())
        else:
            yield path


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Path | LoadError]:
    try:
        status = folder.stat()
    except OSError as error:
        yield LoadError(folder, error.strerror or "cannot read directory")
        return
    key = (status.st_dev, status.st_ino)
    if key in seen:
        yield LoadError(folder, "symlink loop; directory already visited")
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield LoadError(folder, error.strerror or "cannot read directory")
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if not entry.name.endswith(".sources"):
                yield from _walk(path, seen)
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            yield path
