from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import settings

# Bounded example counts keep CI fast; FACTCHECK_HYPOTHESIS=thorough runs longer searches.
settings.register_profile("ci", max_examples=60, deadline=None)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("FACTCHECK_HYPOTHESIS", "ci"))

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "articles" / "seed-us-china-tariffs.txt"


def generated_block(marker: str, path: Path = ROOT / "docs" / "rules-guide.md") -> str:
    """The text between ``<!-- marker: … -->`` and ``<!-- /marker -->`` in a doc: a table made
    from code, which a test compares with what the code makes now."""
    text = path.read_text(encoding="utf-8")
    start = text.find(f"<!-- {marker}:")
    end = text.find(f"<!-- /{marker} -->")
    assert start >= 0 and end > start, f"{path.name} lost its {marker} markers"
    return text[text.index("-->", start) + 4:end]


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` (dedented) in a fresh interpreter: for what a process does on its own."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=120)


# What no human-readable output may pass on from an article or a file name (SECURITY.md): C0
# controls (a newline only between lines), DEL, C1, format characters (bidi controls,
# zero-width), surrogates, and the line and paragraph separators.
UNSHOWABLE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def unsafe_lines(output: str) -> list[str]:
    """The lines of ``output`` a GitHub runner would execute (``::`` at the start after white
    space, ``##[`` anywhere) or that hold a character a terminal or a reader would obey."""
    import unicodedata

    return [line for line in output.split("\n")
            if line.lstrip().startswith("::") or "##[" in line
            or any(unicodedata.category(char) in UNSHOWABLE for char in line)]


@pytest.fixture
def seed_path() -> Path:
    return SEED
