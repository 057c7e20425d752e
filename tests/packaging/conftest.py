"""What the packaging tests share: a copy of the source tree as a clone holds it.

Building, installing and pre-commit write into the tree they are given (``build/``,
``*.egg-info``): they get this copy, never the working tree, which other work may be changing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import ROOT

SKIPPED_FOLDERS = {".git", ".venv", "build", "dist", "test-artifacts", "__pycache__",
                   ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis"}


@pytest.fixture(scope="session")
def source_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files git would commit (tracked, and new ones not ignored), symlinks kept as links."""
    target = tmp_path_factory.mktemp("source") / "factcheck"
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=False)
    if listed.returncode != 0:  # not a git checkout (an unpacked sdist): everything but caches
        shutil.copytree(ROOT, target, symlinks=True,
                        ignore=lambda folder, names: [n for n in names if n in SKIPPED_FOLDERS])
        return target
    for name in sorted(set(os.fsdecode(raw) for raw in listed.stdout.split(b"\0") if raw)):
        source = ROOT / name
        if not os.path.lexists(source):  # deleted in the working tree, not yet in git
            continue
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target / name, follow_symlinks=False)
    return target


def run(command: list[str | Path], cwd: Path | None = None, timeout: float = 600,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``command``, which must succeed; its output is in the failure message if it does not."""
    done = subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, env=env, check=False)
    assert done.returncode == 0, (
        f"{' '.join(map(str, command))} exited {done.returncode}\n{done.stdout[-3000:]}\n"
        f"{done.stderr[-3000:]}")
    return done


def venv_bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if sys.platform == "win32" else "bin") / name


def site_packages(venv: Path) -> Path:
    """The venv's purelib folder, asked of its own interpreter."""
    done = run([venv_bin(venv, "python"), "-c",
                "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    return Path(done.stdout.strip())


def venv_over(python: str | Path, dependencies: Path, target: Path) -> Path:
    """A fresh venv at ``target`` that finds its packages first, then those of the
    ``dependencies`` site-packages folder: a path line in a .pth file adds the folder but not
    its editable-install hooks, so what is installed into the fresh venv is what runs."""
    run([python, "-m", "venv", "--without-pip", target])
    (site_packages(target) / "zz_dependencies.pth").write_text(f"{dependencies}\n")
    return target


def dependencies_venv(python: str, source_tree: Path, cache: Path) -> Path:
    """A venv with factcheck's dependencies (and its build backend) for ``python``, kept in
    ``cache`` between runs under a key of the interpreter and the dependency list: installing
    them takes most of a minute, installing factcheck over them two seconds."""
    project = tomllib.loads((source_tree / "pyproject.toml").read_text())
    wanted = [*project["project"]["dependencies"], *project["build-system"]["requires"]]
    version = run([python, "-c", "import sys; print(sys.version)"]).stdout
    key = hashlib.sha256(f"{os.path.realpath(python)}|{version}|{wanted}".encode()).hexdigest()
    venv = cache / f"deps-{key[:16]}"
    if (venv / "complete").exists():
        return venv
    building = cache / f"building-{key[:16]}-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    run([python, "-m", "venv", building])
    run([venv_bin(building, "python"), "-m", "pip", "install", "-q", *wanted], timeout=900)
    (building / "complete").write_text("")
    try:
        building.rename(venv)  # atomic: a run beside this one sees all of it or none
    except OSError:  # another run finished it first
        shutil.rmtree(building, ignore_errors=True)
    return venv
