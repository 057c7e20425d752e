"""Source texts: files named by citation id, from --sources or an article's own folder."""

from __future__ import annotations

from pathlib import Path

from factcheck.errors import LoadError, path_text
from factcheck.load.read import read_text
from factcheck.models import Reference

SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def sources_folder_for(article: Path) -> Path:
    """``report.md`` keeps its sources in ``report.sources/`` beside it."""
    return article.with_name(f"{article.stem}.sources")


def load_sources(folder: Path) -> list[Reference]:
    """Every source file of a folder as a Reference whose id is the file's stem."""
    if not folder.is_dir():
        raise LoadError(folder, "sources folder does not exist")
    sources = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix.lower() in SOURCE_SUFFIXES:
            sources.append(Reference(
                id=path_text(path.stem), label=path_text(path.name), text=read_text(path),
                origin=path_text(path),
            ))
    return sources


def merge_references(inline: list[Reference], sources: list[Reference]) -> list[Reference]:
    """Inline reference lines keep their label and gain the text of a same-id source file."""
    by_id = {source.id: source for source in sources}
    merged = []
    for reference in inline:
        source = by_id.pop(reference.id, None)
        merged.append(reference.model_copy(update={"text": source.text}) if source else reference)
    merged.extend(by_id.values())
    return merged
