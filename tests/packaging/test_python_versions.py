"""Python 3.13 and later, where durable-rules' C core cannot load: factcheck installs, says so
in one warning line, and checks with the Python evaluator, finding what 3.11 finds."""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED
from tests.packaging.conftest import (
    dependencies_venv,
    run,
    site_packages,
    venv_bin,
    venv_over,
)

NEWER = ("3.13", "3.14")


def interpreter(version: str) -> str | None:
    """A working python``version`` under pyenv or on PATH, if this machine has one (a pyenv
    shim for a version that is not selected exists but does not run)."""
    pyenv = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates = sorted(glob.glob(f"{pyenv}/versions/{version}.*/bin/python{version}"))
    candidates += [found] if (found := shutil.which(f"python{version}")) else []
    for candidate in candidates:
        answer = subprocess.run([candidate, "-c", "import sys, venv; print(sys.version)"],
                                capture_output=True, text=True, check=False)
        if answer.returncode == 0 and answer.stdout.startswith(version):
            return candidate
    return None


@pytest.mark.parametrize("version", NEWER)
def test_a_newer_python_checks_the_seed_with_the_python_evaluator(
    version: str, source_tree: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    python = interpreter(version)
    if python is None:
        pytest.skip(f"no Python {version} interpreter on this machine")
    cache_plugin = getattr(request.config, "cache", None)  # absent under -p no:cacheprovider
    cache = cache_plugin.mkdir("factcheck-packaging") if cache_plugin else tmp_path
    dependencies = dependencies_venv(python, source_tree, cache)
    venv = venv_over(python, site_packages(dependencies), tmp_path / "venv")
    # Built here from the source tree, without build isolation: the backend is among the
    # cached dependencies.
    run([venv_bin(dependencies, "python"), "-m", "pip", "--python", venv_bin(venv, "python"),
         "install", "-q", "--no-deps", "--no-build-isolation", source_tree], timeout=900)
    newer = _check([venv_bin(venv, "factcheck")], tmp_path)
    ours = _check([sys.executable, "-m", "factcheck"], source_tree)
    assert newer.engine == "python" and ours.engine == "durable"
    assert newer.findings == ours.findings
    assert len(newer.findings) > 5
    said = [line for line in newer.log if "durable-rules cannot be loaded" in line["event"]]
    assert len(said) == 1, newer.log
    assert said[0]["level"] == "warning"


class Checked:
    def __init__(self, done: subprocess.CompletedProcess[str]) -> None:
        assert done.returncode == 1, done.stderr  # the seed has error findings
        (document,) = json.loads(done.stdout)["documents"]
        assert document["status"] == "checked", document
        self.engine: str = document["engine"]
        self.findings: list[dict[str, object]] = document["findings"]
        self.log = [json.loads(line) for line in done.stderr.splitlines() if line.strip()]


def _check(factcheck: list[str | Path], cwd: Path) -> Checked:
    return Checked(subprocess.run(
        [*map(str, factcheck), "--log-format", "json", "check", "--format", "json", str(SEED)],
        cwd=cwd, capture_output=True, text=True, timeout=300, check=False))
