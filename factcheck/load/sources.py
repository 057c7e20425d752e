"""Source texts: files named by citation id, from --sources or an article's own folder."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from factcheck.errors import LoadError, path_text
from factcheck.load.confine import Confinement, real
from factcheck.load.read import read_text
from factcheck.models import Reference

SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def sources_folder_for(article: Path) -> Path:
    """``report.md`` keeps its sources in ``report.sources/`` beside it."""
    return article.with_name(f"{article.stem}.sources")


def load_sources(folder: Path, confinement: Confinement | None = None,
                 roots: Iterable[Path] | None = None) -> list[Reference]:
    """Every source file of a folder as a Reference whose id is the file's stem.

    ``roots`` are where the folder's files may lead besides the confinement's roots; by default
    the folder itself, as named. A file (or the folder) whose symlinks lead elsewhere is skipped
    with a warning, so its text reaches no report and no finding tells what it contains.
    """
    if not folder.is_dir():
        raise LoadError(folder, "sources folder does not exist")
    confinement = confinement or Confinement()
    allowed = tuple(roots) if roots is not None else (real(folder),)
    if not confinement.allows(folder, allowed):
        confinement.skip_link(folder, "sources folder")
        return []
    sources = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in SOURCE_SUFFIXES or path.is_dir():
            continue
        if not confinement.allows(path, allowed):
            confinement.skip_link(path, "source file")
            continue
        if not path.exists():  # a dangling link: nothing to read, as if the file were absent
            continue
        sources.append(Reference(
            id=path_text(path.stem), label=path_text(path.name), text=read_text(path),
            origin=path_text(path),
        ))
    return sources


def merge_references(inline: Sequence[Reference], sources: Sequence[Reference]
                     ) -> tuple[Reference, ...]:
    """Inline reference lines keep their label and gain the text of a same-id source file."""
    by_id = {source.id: source for source in sources}
    merged = []
    for reference in inline:
        source = by_id.pop(reference.id, None)
        merged.append(reference.model_copy(update={"text": source.text}) if source else reference)
    merged.extend(by_id.values())
    return tuple(merged)


def given_sources(texts: Mapping[str, str], origin: str) -> list[Reference]:
    """Source texts given by citation id (``{"1": "…"}``), as a folder's ``1.txt`` would give
    them."""
    return [Reference(id=ref, label=f"{ref}.txt", text=text, origin=origin)
            for ref, text in texts.items()]
