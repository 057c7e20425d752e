"""The code stays lint- and type-clean: ruff and mypy run as part of the suite."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import Counter

from tests.conftest import ROOT


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)


def test_ruff_is_clean() -> None:
    result = run("ruff", "check", "factcheck", "rules", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_binds_one_name_twice() -> None:
    """A module-level name bound twice (two patterns called ``_CLAUSE_MARK``) silently gives
    every use the last one; ruff reports this only for functions and imports."""
    twice = []
    for path in sorted((ROOT / "factcheck").rglob("*.py")):
        names: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names.update(target.id for target in node.targets
                             if isinstance(target, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names[node.target.id] += 1
        twice += [f"{path.relative_to(ROOT)}: {name}" for name, count in names.items()
                  if count > 1]
    assert twice == []
