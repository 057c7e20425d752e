"""Install instructions that work today: no release of factcheck-engine is on PyPI, so every
documented install names the repository, and every pre-commit ``rev:`` names something that
exists (a commit, not a tag that was never made)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

# "factcheck-engine" or "factcheck-engine[dask]" followed by "@ git+…", "@ file:…" or a path.
FROM_REPOSITORY = re.compile(r"factcheck-engine(?:\[[\w,]+\])?\s*@\s*(?:git\+|file:|\.|/)")
REV = re.compile(r"^\s*rev:\s*(\S+)", re.MULTILINE)


def documents() -> list[Path]:
    return sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md"),
                   *(ROOT / ".github").rglob("*.yml")])


def installs(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if "pip install" in line and "factcheck-engine" in line]


@pytest.mark.parametrize(
    "path",
    documents(),
    ids=lambda path: str(path.relative_to(ROOT)),
)
def test_every_documented_install_is_from_the_repository(path: Path) -> None:
    wrong = [line for line in installs(path) if not FROM_REPOSITORY.search(line)]
    assert wrong == []


def test_the_ci_examples_do_install_factcheck() -> None:
    # Not vacuous: the workflow and the GitLab example each install it.
    found = {path.name for path in documents() if installs(path)}
    assert {"ci.md", "factcheck.yml"} <= found


def test_pre_commit_revs_name_no_missing_tag() -> None:
    revs = [rev for path in documents() for rev in REV.findall(path.read_text(encoding="utf-8"))]
    assert revs, "docs/ci.md shows a pre-commit configuration"
    tags = subprocess.run(["git", "tag", "--list"], cwd=ROOT, capture_output=True, text=True,
                          check=False)
    if tags.returncode != 0:
        pytest.skip("not a git checkout: its tags are unknown")
    for rev in revs:
        # A placeholder to fill in ("<commit sha>", what `pre-commit autoupdate` writes), a
        # branch, or a tag that exists.
        assert rev.startswith("<") or rev == "main" or rev in tags.stdout.split(), rev
