"""The load stage: a path becomes a Document with its layout blocks and references."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from factcheck.errors import LoadError, path_text
from factcheck.load.annotations import (
    Annotation,
    blank_comments,
    suppressions,
    unnamed_suppressions,
)
from factcheck.load.confine import CONFIG_NAMES, Confinement, real
from factcheck.load.layout import parse_layout
from factcheck.load.read import MAX_BYTES, decode, read_text
from factcheck.load.sources import (
    given_sources,
    load_sources,
    merge_references,
    sources_folder_for,
)
from factcheck.load.structured import load_structured
from factcheck.log import get_logger
from factcheck.models import Document, LineIndex, Span
from factcheck.yamlio import load_yaml, plain

log = get_logger(__name__)

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".yaml", ".yml", ".json")

__all__ = ["ARTICLE_SUFFIXES", "Confinement", "LoadError", "discover", "discover_marked",
           "document_from_text", "load_document", "load_stdin", "with_source_texts",
           "with_sources"]


def document_from_text(text: str, path: str = "<text>.md", *,
                       suffix: str | None = None) -> Document:
    """An article given as a string (rule examples, tests, the pytest plugin).

    Its format is ``path``'s suffix as written, or ``suffix`` when given (``load_document``
    reads a file by its lower-cased suffix).
    """
    if suffix is not None:
        return _parse(text, path, suffix)
    if path.endswith((".yaml", ".yml", ".json")):
        return load_structured(text, path, is_json=path.endswith(".json"))
    return _load_prose(text, path, plain_text=path.endswith(".txt"))


def load_document(path: Path, sources: Sequence[Path] = (),
                  confinement: Confinement | None = None) -> Document:
    """Load one article; raise LoadError with one line saying what is wrong.

    The article itself is read as given (it was named, or vetted while walking); its sources
    only where ``confinement`` allows: its own ``.sources`` folder where it sits, the
    ``sources`` folders given, and the confinement's roots.
    """
    confinement = confinement or Confinement()
    return with_sources(_parse(read_text(path), path_text(path), path.suffix.lower()), path,
                         sources, confinement)


def load_stdin(data: bytes, name: str | None, sources: Sequence[Path] = (),
               confinement: Confinement | None = None) -> Document:
    """An article piped in (``factcheck check -``), as if it were the file ``name``.

    ``name`` (--stdin-filename) is what messages show and its suffix the format (Markdown
    without one); its ``.sources`` folder, if there is one, is read as the file's would be.
    Without a name the article is ``-`` and only the ``sources`` folders given are read.
    """
    shown = name or "-"
    if len(data) > MAX_BYTES:
        raise LoadError(shown, f"standard input is over the {MAX_BYTES}-byte limit")
    document = _parse(decode(shown, data), shown, Path(shown).suffix.lower())
    return with_sources(document, Path(name) if name else None, sources,
                         confinement or Confinement())


def _parse(text: str, name: str, suffix: str) -> Document:
    if suffix in (".yaml", ".yml", ".json"):
        return load_structured(text, name, is_json=suffix == ".json")
    return _load_prose(text, name, plain_text=suffix == ".txt")


def with_sources(document: Document, path: Path | None, sources: Sequence[Path],
                  confinement: Confinement) -> Document:
    """A new ``document`` with the sources of its own ``.sources`` folder (beside ``path``) and
    of the ``sources`` folders, read within ``confinement``."""
    own = [sources_folder_for(path)] if path is not None else []
    # The own folder's place, not its target: a `story.sources` symlink leading out is refused.
    roots = (*(real(path.parent) / folder.name for folder in own if path is not None),
             *(real(folder) for folder in sources))
    found = [ref for folder in [*own, *sources] if folder.is_dir()
             for ref in load_sources(folder, confinement, roots)]
    if not found:
        return document
    return document.model_copy(update={"references": merge_references(document.references,
                                                                      found)})


def with_source_texts(document: Document, texts: Mapping[str, str], origin: str) -> Document:
    """A new ``document`` with source texts given by citation id (``{"1": "…"}``), attached as
    a sources folder's ``1.txt`` would be; ``origin`` says where they came from."""
    if not texts:
        return document
    return document.model_copy(update={"references": merge_references(
        document.references, given_sources(texts, origin))})


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
        unnamed_suppressions=_spans(text, unnamed_suppressions(annotations)),
    )


def _spans(text: str, annotations: list[Annotation]) -> list[Span]:
    if not annotations:
        return []
    index = LineIndex(text)
    return [index.span(annotation.start, annotation.end) for annotation in annotations]


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
    if not _CJK.search(sample):
        return "en"  # most texts: no letter to count (the sources stage loads each cited one)
    letters = len(_LETTER.findall(sample)) or 1
    return "zh" if len(_CJK.findall(sample)) / letters > 0.3 else "en"


def discover(paths: Iterable[Path | Document], confinement: Confinement | None = None, *,
             quiet: bool = False) -> Iterator[Path | Document | LoadError]:
    """Articles under the given paths (``discover_marked`` without the marks)."""
    for item, _ in discover_marked(paths, confinement, quiet=quiet):
        yield item


def discover_marked(paths: Iterable[Path | Document], confinement: Confinement | None = None,
                    *, quiet: bool = False
                    ) -> Iterator[tuple[Path | Document | LoadError, bool]]:
    """Articles under the given paths, in a stable order; problems come out as LoadErrors.

    Folders named ``*.sources`` hold an article's sources, not articles, and are skipped.
    A symlink met while walking is followed only if it stays inside the checked folders (or
    ``confinement.follow_symlinks``); a directory reached twice (a loop) is walked once. Both
    are warnings, not failures, as is a configuration file among the articles (it is not used).
    ``quiet`` walks without warnings, for a second pass over the same paths.

    Each item comes with whether it was found walking a folder (True) or named (False): a
    YAML or JSON file that turns out to be no article is passed over silently only if found.
    """
    confinement = confinement or Confinement()
    for path in paths:
        if isinstance(path, Document):  # read already (from stdin): checked as it is
            yield path, False
        elif not path.exists() and not path.is_symlink():
            yield LoadError(path, "no such file or directory"), False
        elif path.is_dir():
            roots = (real(path), *confinement.roots)
            for item in _walk(path, roots, confinement, quiet, seen=set()):
                yield item, True
        else:
            if not quiet:
                confinement.report_config_beside(path)
            yield path, False


def _walk(folder: Path, roots: tuple[Path, ...], confinement: Confinement, quiet: bool,
          seen: set[tuple[int, int]]) -> Iterator[Path | LoadError]:
    try:
        status = folder.stat()
    except OSError as error:
        yield LoadError(folder, error.strerror or "cannot read directory")
        return
    key = (status.st_dev, status.st_ino)
    if key in seen:
        # A link back to an ancestor or to a folder already walked: its articles are checked
        # once, from where they were first met; the batch goes on.
        if not quiet:
            log.warning("skipped: directory already walked (a symlink leads back to it)",
                        path=path_text(folder))
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
        if is_dir and entry.name.endswith(".sources"):
            continue  # an article's sources, vetted when that article is loaded
        if entry.is_symlink() and not confinement.allows(path, roots):
            if not quiet:
                confinement.skip_link(path, "directory" if is_dir else "file")
            continue
        if is_dir:
            yield from _walk(path, roots, confinement, quiet, seen)
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            yield path
        elif entry.name in CONFIG_NAMES and not quiet:
            confinement.report_config(path)
