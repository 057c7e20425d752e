"""Where the built-in rule packs and lexicons are, in a source tree or an installed wheel."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def builtin_rules_dir() -> Path:
    return Path(str(files("factcheck.builtin_rules")))


def builtin_packs_dir() -> Path:
    return builtin_rules_dir() / "packs"


def builtin_lexicons_dir() -> Path:
    return builtin_rules_dir() / "lexicons"
