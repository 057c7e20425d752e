"""`python -m benchmarks.compare REV` measures this checkout against an earlier commit."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from benchmarks.compare import compare

ROOT = Path(__file__).resolve().parents[1]


def _in_git() -> bool:
    found = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True,
                           check=False)
    return found.returncode == 0


@pytest.mark.skipif(not _in_git(), reason="needs a git checkout")
def test_comparing_with_the_same_commit_measures_both_and_leaves_no_worktree() -> None:
    before = subprocess.run(["git", "-C", str(ROOT), "worktree", "list"], capture_output=True,
                            text=True, check=True).stdout
    ratios = compare("HEAD", claims=[5], articles=3, rounds=1)
    assert list(ratios) == [5] and len(ratios[5]) == 1
    assert 0.2 < ratios[5][0] < 5  # the same code, on a noisy machine
    after = subprocess.run(["git", "-C", str(ROOT), "worktree", "list"], capture_output=True,
                           text=True, check=True).stdout
    assert after == before
