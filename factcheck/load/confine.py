"""Where walking and reading may go: the checked roots, never a symlink's way out of them.

Articles, their folders and their sources are untrusted (see SECURITY.md). A symlink among them
could point at ``~/.ssh`` or ``.git/config`` and its text would reach every report, so a link
found while walking, or in a sources folder, is read only if its target resolves inside a root:
a checked folder, an explicitly named article's own ``.sources`` folder, or a ``--sources``
folder. Paths the user names are trusted as named, links included.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import LoadError, path_text
from factcheck.log import get_logger

log = get_logger(__name__)

CONFIG_NAMES = ("factcheck.toml", "pyproject.toml")


def real(path: Path) -> Path:
    """The path with every symlink resolved; never raises (a loop stays unresolved)."""
    return Path(os.path.realpath(path))


def inside(target: Path, roots: Iterable[Path]) -> bool:
    return any(target == root or target.is_relative_to(root) for root in roots)


@dataclass(frozen=True)
class Confinement:
    """The roots a batch may read under, and the configuration file in use."""

    roots: tuple[Path, ...] = ()  # resolved: checked folders and --sources folders
    follow_symlinks: bool = False
    config: Path | None = None  # resolved; any other configuration met in a checked tree is named
    _warned_folders: set[Path] = field(default_factory=set, compare=False, repr=False)

    @classmethod
    def of(cls, paths: Iterable[Path], sources: Iterable[Path] = (), *,
           follow_symlinks: bool = False, config: Path | None = None) -> Confinement:
        """Roots from what the command line names: its folders and its --sources folders."""
        roots = [real(path) for path in paths if path.is_dir()]
        roots += [real(path) for path in sources]
        return cls(tuple(dict.fromkeys(roots)), follow_symlinks,
                   real(config) if config is not None else None)

    def allows(self, path: Path, extra_roots: Iterable[Path] = ()) -> bool:
        """Whether ``path``, symlinks resolved, stays inside a root (or links are followed)."""
        return self.follow_symlinks or inside(real(path), [*self.roots, *extra_roots])

    def skip_link(self, path: Path, what: str) -> None:
        log.warning(f"skipped: {what} is a symlink to outside the checked folders "
                    "(--follow-symlinks reads it)", path=path_text(path))

    def report_config(self, path: Path) -> None:
        """Say that a configuration file among the articles is ignored, if it is one."""
        if self.config is not None and real(path) == self.config:
            return
        if is_config_file(path):
            log.warning("ignored: configuration inside a checked folder is not trusted "
                        "(configuration comes from the working directory or --config)",
                        path=path_text(path))

    def report_config_beside(self, article: Path) -> None:
        """A configuration file beside an explicitly named article, once per folder."""
        folder = article.parent
        if folder in self._warned_folders:
            return
        self._warned_folders.add(folder)
        for name in CONFIG_NAMES:
            self.report_config(folder / name)


def is_config_file(path: Path) -> bool:
    """factcheck.toml, or a pyproject.toml with a [tool.factcheck] table; read only if regular."""
    from factcheck.load.read import read_bytes

    if path.name not in CONFIG_NAMES or not path.is_file():
        return False
    if path.name == "factcheck.toml":
        return True
    try:
        return b"[tool.factcheck" in read_bytes(path)
    except LoadError:  # not a readable regular file: it cannot be configuration either
        return False
