"""Untrusted articles cannot reach further: configuration, symlinks, device files, --output.

Each test builds the attack an article folder could carry (issue 16, items 1, 2, 4 and 10) and
shows it does nothing, then, where there is a switch, that the switch restores the old reading,
so the test could fail.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import LoadError
from factcheck.load import Confinement, discover, load_document
from factcheck.load.read import read_bytes, read_text
from factcheck.report import FORMATS as report_formats

runner = CliRunner()

TOKEN = "TOKEN-7f3a9c-SECRET"
FORMATS = tuple(report_formats)  # every registered format
UNCITED = "Exports rose 5% last year [1].\n"  # citation.unresolved, an error


def run_cli(args: list[str], cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The real command in its own process: its working directory and its workers' stderr."""
    return subprocess.run([sys.executable, "-m", "factcheck.cli", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "NO_COLOR": "1"})


def findings_of(stdout: str) -> list[dict[str, Any]]:
    return [f for d in json.loads(stdout)["documents"] for f in d["findings"]]


# --- 1. configuration from trusted places only -------------------------------------------------

@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose own configuration makes unresolved citations warnings that fail."""
    root = tmp_path / "repo"
    root.mkdir()
    (root / "factcheck.toml").write_text(
        'fail-on = "warning"\n[severity]\n"citation.unresolved" = "warning"\n')
    return root


def hostile_articles(repo: Path, kind: str) -> tuple[Path, Path]:
    """An article folder whose configuration imports code and turns the gate off."""
    folder = repo / "articles"
    folder.mkdir()
    marker = repo.parent / "executed"
    (folder / "evil.py").write_text(f"open({str(marker)!r}, 'w').write('pwned')\n")
    hostile = ('python-rules = ["evil.py"]\nfail-on = "never"\nbuiltin-rules = false\n'
               'ignore = ["citation"]\n')
    if kind == "factcheck.toml":
        (folder / "factcheck.toml").write_text(hostile)
    else:
        (folder / "pyproject.toml").write_text("[tool.factcheck]\n" + hostile)
    (folder / "a.md").write_text(UNCITED)
    return folder, marker


@pytest.mark.parametrize("kind", ["factcheck.toml", "pyproject.toml"])
@pytest.mark.parametrize("target", ["folder", "article"])
def test_config_in_an_article_folder_runs_no_code_and_keeps_the_gate(
        repo: Path, kind: str, target: str) -> None:
    folder, marker = hostile_articles(repo, kind)
    checked = folder if target == "folder" else folder / "a.md"
    result = run_cli(["check", str(checked), "--format", "json"], cwd=repo)
    assert not marker.exists()
    # The repository's configuration is in force: the finding is a warning, and it fails.
    assert [(f["rule_id"], f["severity"]) for f in findings_of(result.stdout)] == [
        ("citation.unresolved", "warning")]
    assert result.returncode == 1, result.stderr
    warnings = [line for line in result.stderr.splitlines() if kind in line]
    assert len(warnings) == 1 and "not trusted" in warnings[0]
    assert str(folder / kind) in warnings[0]


def test_config_in_use_inside_the_checked_tree_is_not_warned_about(repo: Path) -> None:
    (repo / "a.md").write_text(UNCITED)
    result = run_cli(["check", ".", "--format", "json"], cwd=repo)
    assert result.returncode == 1
    assert findings_of(result.stdout)[0]["severity"] == "warning"
    assert "not trusted" not in result.stderr


@pytest.mark.parametrize("command", [
    ["extract", "articles/a.md"],
    ["baseline", "create", "articles", "--output", "review.json"],
    ["rules", "list"],
    ["rules", "test", "articles"],
])
def test_other_commands_never_load_article_folder_config(repo: Path, command: list[str]) -> None:
    _, marker = hostile_articles(repo, "factcheck.toml")
    result = run_cli(command, cwd=repo)
    assert not marker.exists()
    assert "Traceback" not in result.stderr


def test_rules_list_uses_the_working_directory_config(repo: Path) -> None:
    (repo / "factcheck.toml").write_text('builtin-rules = false\n')
    # Only the findings factcheck raises itself are left: no rule file is loaded.
    assert all(line.startswith(("engine.", "suppression."))
               for line in run_cli(["rules", "list"], cwd=repo).stdout.splitlines())
    listed = run_cli(["rules", "list", "--no-config"], cwd=repo).stdout
    assert "citation.unresolved" in listed


def test_no_config_ignores_the_working_directory_config(repo: Path) -> None:
    (repo / "a.md").write_text(UNCITED)
    result = run_cli(["check", "a.md", "--format", "json", "--no-config"], cwd=repo)
    assert [(f["rule_id"], f["severity"]) for f in findings_of(result.stdout)] == [
        ("citation.unresolved", "error")]
    assert result.returncode == 1


def test_config_option_names_the_configuration(repo: Path, tmp_path: Path) -> None:
    (repo / "a.md").write_text(UNCITED)
    other = tmp_path / "elsewhere" / "strict.toml"
    other.parent.mkdir()
    other.write_text('fail-on = "info"\n[severity]\n"citation.unresolved" = "info"\n')
    result = run_cli(["check", "a.md", "--format", "json", "--config", str(other)], cwd=repo)
    assert [(f["rule_id"], f["severity"]) for f in findings_of(result.stdout)] == [
        ("citation.unresolved", "info")]
    assert result.returncode == 1
    both = run_cli(["check", "a.md", "--config", str(other), "--no-config"], cwd=repo)
    assert both.returncode == 2 and len(both.stderr.strip().splitlines()) == 1
    missing = run_cli(["check", "a.md", "--config", "nope.toml"], cwd=repo)
    assert missing.returncode == 2
    assert missing.stderr.strip() == "factcheck: nope.toml: error: no such configuration file"


# --- 2. symlinks never leave the checked roots --------------------------------------------------

@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder next to the checked tree holding what an attacker would like printed."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.txt").write_text(
        f'{TOKEN} "Exports fell 7% last year," the secret says [1].\n')
    (folder / "etc.md").write_text(f"{TOKEN} Exports rose 400% of the total [1].\n")
    return folder


@pytest.fixture
def tree(tmp_path: Path, outside: Path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    (root / "a.md").write_text(UNCITED)
    (root / "notes.md").symlink_to(outside / "secret.txt")
    (root / "etc").symlink_to(outside)
    return root


@pytest.mark.parametrize("output_format", FORMATS)
def test_symlinked_article_or_folder_outside_the_root_reaches_no_format(
        tree: Path, output_format: str) -> None:
    result = runner.invoke(app, ["check", str(tree), "--format", output_format])
    assert TOKEN not in result.stdout and TOKEN not in result.stderr
    assert result.exit_code == 1  # a.md's error; the skipped links fail nothing
    skipped = [line for line in result.stderr.splitlines() if "outside the checked" in line]
    assert len(skipped) == 2
    assert any(str(tree / "notes.md") in line for line in skipped)
    assert any(str(tree / "etc") in line for line in skipped)


def test_follow_symlinks_reads_them(tree: Path) -> None:
    result = runner.invoke(app, ["check", str(tree), "--format", "html", "--follow-symlinks"])
    assert TOKEN in result.stdout
    paths = {Path(item).name for item in discover([tree], Confinement(follow_symlinks=True))
             if isinstance(item, Path)}
    assert paths == {"a.md", "notes.md", "etc.md", "secret.txt"}


def test_a_symlink_named_on_the_command_line_is_read(tree: Path) -> None:
    result = runner.invoke(app, ["check", str(tree / "notes.md"), "--format", "html"])
    assert TOKEN in result.stdout


def test_symlinks_inside_the_root_are_followed(tree: Path) -> None:
    (tree / "sub").mkdir()
    (tree / "sub" / "b.md").write_text("x\n")
    (tree / "alias.md").symlink_to(tree / "sub" / "b.md")
    found = {str(item.relative_to(tree)) for item in discover([tree]) if isinstance(item, Path)}
    assert found == {"a.md", "alias.md", "sub/b.md"}


def test_a_link_to_an_ancestor_fails_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Exports rose 5% last year.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    result = runner.invoke(app, ["check", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [Path(d["path"]).name for d in report["documents"]] == ["a.md"]
    assert [d["status"] for d in report["documents"]] == ["checked"]
    loops = [line for line in result.stderr.splitlines() if "already walked" in line]
    assert len(loops) == 1


SOURCED = "Exports rose 5% last year [1].\n\nReferences\n[1] Customs data\n"


@pytest.mark.parametrize("layout", ["file-link", "folder-link"])
@pytest.mark.parametrize("named", ["folder", "article"])
def test_source_links_outside_are_not_read_and_give_no_oracle(
        tmp_path: Path, outside: Path, layout: str, named: str) -> None:
    root = tmp_path / "articles"
    root.mkdir()
    (root / "story.md").write_text(SOURCED)
    if layout == "file-link":
        (root / "story.sources").mkdir()
        (root / "story.sources" / "1.txt").symlink_to(outside / "secret.txt")
    else:
        (outside / "1.txt").write_text((outside / "secret.txt").read_text())
        (root / "story.sources").symlink_to(outside)
    checked = str(root if named == "folder" else root / "story.md")
    for output_format in FORMATS:
        result = runner.invoke(app, ["check", checked, "--format", output_format])
        assert TOKEN not in result.stdout and TOKEN not in result.stderr, output_format
        assert result.exit_code == 0, result.output
    # Sources are read in the worker processes; a real process shows their stderr.
    result = run_cli(["check", checked, "--format", "json"], cwd=tmp_path)
    assert findings_of(result.stdout) == []  # no finding tells what the unread source holds
    skipped = [line for line in result.stderr.splitlines() if "outside the checked" in line]
    assert len(skipped) == 1, result.stderr
    assert str(root / "story.sources") in skipped[0] and TOKEN not in result.stderr
    followed = run_cli(["check", checked, "--format", "json", "--follow-symlinks"], cwd=tmp_path)
    assert "citation.number-not-in-source" in {f["rule_id"] for f in findings_of(followed.stdout)}


def test_sources_links_inside_the_checked_folder_are_read(tmp_path: Path) -> None:
    root = tmp_path / "articles"
    (root / "shared").mkdir(parents=True)
    (root / "shared" / "customs.txt").write_text("Exports fell 7% last year.\n")
    (root / "story.md").write_text(SOURCED)
    (root / "story.sources").mkdir()
    (root / "story.sources" / "1.txt").symlink_to(root / "shared" / "customs.txt")
    document = load_document(root / "story.md", confinement=Confinement.of([root]))
    assert document.references[0].text == "Exports fell 7% last year.\n"
    # Named alone, the article's roots are its own sources folder: the link leads out of it.
    assert load_document(root / "story.md").references[0].text is None


def test_shared_sources_folder_links_outside_are_skipped(tmp_path: Path, outside: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "1.txt").symlink_to(outside / "secret.txt")
    (shared / "2.txt").write_text("Second source.\n")
    article = tmp_path / "a.md"
    article.write_text("Exports rose [1][2].\n")
    document = load_document(article, [shared], Confinement.of([article], [shared]))
    assert {r.id: r.text for r in document.references} == {"2": "Second source.\n"}
    followed = load_document(article, [shared], Confinement(follow_symlinks=True))
    assert TOKEN in str({r.id: r.text for r in followed.references})


# --- 4. only regular files, the cap on what is read ---------------------------------------------

def test_fifo_and_device_articles_are_refused_without_blocking(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.md").write_text(UNCITED)
    os.mkfifo(folder / "pipe.md")
    (folder / "story.md").write_text(SOURCED)
    (folder / "story.sources").mkdir()
    os.mkfifo(folder / "story.sources" / "1.txt")
    # A read that blocked would be cut off by the document timeout ("no answer within …"):
    # the errors below say each file was refused before any read, without timing the run.
    result = run_cli(["check", str(folder), "/dev/zero", "--format", "json"], cwd=tmp_path)
    assert result.returncode == 2
    statuses = {Path(d["path"]).name: (d["status"], d.get("error"))
                for d in json.loads(result.stdout)["documents"]}
    assert statuses["a.md"][0] == "checked"
    for name, path in (("pipe.md", folder / "pipe.md"), ("zero", Path("/dev/zero")),
                       ("story.md", folder / "story.sources" / "1.txt")):
        status, error = statuses[name]
        assert status == "failed"
        assert error == f"{path}: error: not a regular file"


def test_fifo_and_dev_zero_through_read_text(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")
    for path in (tmp_path / "pipe.md", Path("/dev/zero")):
        with pytest.raises(LoadError, match="not a regular file"):
            read_text(path)


def test_the_cap_applies_to_what_is_read_not_to_what_stat_says(tmp_path: Path) -> None:
    # /proc files are regular files whose size reads 0 whatever they hold.
    maps = Path("/proc/self/maps")
    if not maps.exists() or maps.stat().st_size != 0:
        pytest.skip("needs Linux /proc")
    assert len(read_bytes(maps)) > 20
    with pytest.raises(LoadError, match="over the 20-byte limit"):
        read_bytes(maps, limit=20)
    exact = tmp_path / "a.md"
    exact.write_bytes(b"x" * 20)
    assert read_bytes(exact, limit=20) == b"x" * 20
    with pytest.raises(LoadError, match="21 bytes, above the 20-byte limit"):
        exact.write_bytes(b"x" * 21)
        read_bytes(exact, limit=20)


# --- 10. --output that cannot be written ------------------------------------------------------

@pytest.mark.parametrize("where", ["missing-folder", "directory"])
def test_unwritable_output_is_one_line_and_exit_2(tmp_path: Path, where: str) -> None:
    article = tmp_path / "a.md"
    article.write_text(UNCITED)
    target = tmp_path / "missing" / "report.json" if where == "missing-folder" else tmp_path
    result = runner.invoke(app, ["check", str(article), "--format", "json", "-o", str(target)])
    assert result.exit_code == 2
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"factcheck: {target}: error: --output")
    assert not list(tmp_path.glob(".*.tmp"))
