"""A release is one command away: ``python -m build`` gives a wheel and an sdist that pass
``twine check``, carry the built-in rule packs and lexicons as files, and install and run in a
clean virtual environment."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED
from tests.packaging.conftest import run, venv_bin, venv_over

pytest.importorskip("build", reason="the release test needs build: pip install build")
pytest.importorskip("twine", reason="the release test needs twine: pip install twine")


def rule_files() -> list[str]:
    """The files `factcheck.builtin_rules` (a symlink to rules/) must ship, as in the tree."""
    return sorted(str(path.relative_to(ROOT / "rules")) for path in (ROOT / "rules").rglob("*")
                  if path.is_file() and "__pycache__" not in path.parts)


@pytest.fixture(scope="module")
def dist(source_tree: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--outdir", out, source_tree], cwd=source_tree)
    return out


def test_build_gives_a_wheel_and_an_sdist_that_pass_twine_check(dist: Path) -> None:
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, sorted(p.name for p in dist.iterdir())
    checked = run([sys.executable, "-m", "twine", "check", "--strict", wheels[0], sdists[0]])
    assert checked.stdout.count("PASSED") == 2, checked.stdout


def test_the_wheel_and_sdist_carry_the_rule_packs_as_files(dist: Path) -> None:
    expected = rule_files()
    assert {"packs/numeric.yaml", "lexicons/actors.yaml", "packs/citation_support.py"} <= set(
        expected)
    with zipfile.ZipFile(next(dist.glob("*.whl"))) as wheel:
        members = {info.filename: info for info in wheel.infolist()}
    prefix = "factcheck/builtin_rules/"
    shipped = sorted(name[len(prefix):] for name in members if name.startswith(prefix))
    assert shipped == expected
    # Real files, not a link to ../rules that would dangle once installed.
    assert all(members[prefix + name].file_size > 0 for name in expected)
    with tarfile.open(next(dist.glob("*.tar.gz"))) as sdist:
        links = [m.name for m in sdist.getmembers() if m.issym() or m.islnk()]
        names = sdist.getnames()
    assert links == []
    assert any(name.endswith("factcheck/builtin_rules/packs/numeric.yaml") for name in names)


def test_the_wheel_installs_and_checks_the_seed_in_a_fresh_venv(
    dist: Path, source_tree: Path, tmp_path: Path
) -> None:
    # The dependencies come from this environment, after the fresh venv's own packages, so
    # the wheel installs offline and it is the wheel's factcheck that runs.
    venv = venv_over(sys.executable, Path(sysconfig.get_paths()["purelib"]), tmp_path / "venv")
    run([sys.executable, "-m", "pip", "--python", venv_bin(venv, "python"), "install", "-q",
         "--no-deps", "--no-index", next(dist.glob("*.whl"))])
    where = run([venv_bin(venv, "python"), "-c", "import factcheck; print(factcheck.__file__)"],
                cwd=tmp_path)
    assert Path(where.stdout.strip()).is_relative_to(venv)
    version = run([venv_bin(venv, "factcheck"), "--version"], cwd=tmp_path)
    assert version.stdout.startswith("factcheck 0.")
    installed = _findings([venv_bin(venv, "factcheck")], tmp_path)
    from_source = _findings([sys.executable, "-m", "factcheck"], source_tree)
    assert installed == from_source
    assert {"citation.unresolved", "stance.group-divided"} <= {f["rule_id"] for f in installed}


def _findings(factcheck: list[str | Path], cwd: Path) -> list[dict[str, object]]:
    done = subprocess.run([*map(str, factcheck), "check", "--format", "json", str(SEED)],
                          cwd=cwd, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1, done.stderr  # the seed has error findings: that is the point
    (document,) = json.loads(done.stdout)["documents"]
    assert document["status"] == "checked"
    findings: list[dict[str, object]] = document["findings"]
    return findings
