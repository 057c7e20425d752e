"""The server checks an editor's text as `factcheck check` checks the saved file: the same
configuration (and the same refusal of configuration among the articles), the same sources."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.load import Confinement, load_document
from factcheck.lsp.checking import (
    Checking,
    ConfigurationProblem,
    ServerOptions,
    document_with_sources,
)
from factcheck.pipeline import CheckOptions

UNCITED = "The council said spending rose 4% last year [1].\n"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "workspace"
    (root / "articles").mkdir(parents=True)
    return root


def found(checking: Checking, path: Path, text: str | None = None) -> list[tuple[str, str]]:
    outcome = checking.check(text if text is not None else path.read_text(), path)
    assert outcome.problem is None, outcome.problem
    return [(finding.rule_id, finding.severity.value) for finding in outcome.findings]


def test_the_workspace_configuration_is_in_force(workspace: Path) -> None:
    (workspace / "factcheck.toml").write_text('[severity]\n"citation.unresolved" = "warning"\n')
    article = workspace / "articles" / "a.md"
    article.write_text(UNCITED)
    assert found(Checking(ServerOptions(), [workspace]), article) == [
        ("citation.unresolved", "warning")]
    # --no-config, as in the CLI: the built-in severities.
    assert found(Checking(ServerOptions(no_config=True), [workspace]), article) == [
        ("citation.unresolved", "error")]


def test_a_configuration_among_the_articles_is_not_used(workspace: Path) -> None:
    folder = workspace / "articles"
    marker = workspace.parent / "executed"
    (folder / "evil.py").write_text(f"open({str(marker)!r}, 'w').write('pwned')\n")
    (folder / "factcheck.toml").write_text('python-rules = ["evil.py"]\nignore = ["citation"]\n')
    article = folder / "a.md"
    article.write_text(UNCITED)
    assert found(Checking(ServerOptions(), [workspace]), article) == [
        ("citation.unresolved", "error")]
    assert not marker.exists()
    # The same folder opened as the workspace is trusted, as the CLI trusts its working folder:
    # the test could fail.
    assert found(Checking(ServerOptions(), [folder]), article) == []
    assert marker.exists()


def test_config_option_wins_and_an_edited_configuration_is_reloaded(workspace: Path,
                                                                     tmp_path: Path) -> None:
    article = workspace / "articles" / "a.md"
    article.write_text(UNCITED)
    (workspace / "factcheck.toml").write_text('ignore = ["citation"]\n')
    named = tmp_path / "named.toml"
    named.write_text('[severity]\n"citation" = "info"\n')
    assert found(Checking(ServerOptions(config=named), [workspace]), article) == [
        ("citation.unresolved", "info")]
    checking = Checking(ServerOptions(), [workspace])
    assert found(checking, article) == []
    (workspace / "factcheck.toml").write_text('ignore = ["numeric"]\n')
    status = os.stat(workspace / "factcheck.toml")
    # A second edit within the clock's resolution still changes the size, or here the time.
    os.utime(workspace / "factcheck.toml", ns=(status.st_atime_ns, status.st_mtime_ns + 10**9))
    assert found(checking, article) == [("citation.unresolved", "error")]


def test_a_broken_configuration_is_a_problem_not_a_crash(workspace: Path) -> None:
    (workspace / "factcheck.toml").write_text('fail-on = "sometimes"\n')
    article = workspace / "articles" / "a.md"
    outcome = Checking(ServerOptions(), [workspace]).check(UNCITED, article)
    assert isinstance(outcome.problem, ConfigurationProblem)
    assert "fail-on" in outcome.problem.one_line()
    assert outcome.findings == []


def test_the_editor_text_is_checked_with_the_sources_of_the_files_folder(
        workspace: Path) -> None:
    article = workspace / "articles" / "a.md"
    article.write_text("saved text, not the one in the editor\n")
    sources = workspace / "articles" / "a.sources"
    sources.mkdir()
    (sources / "1.txt").write_text("Spending rose 9% last year, the council said.\n")
    checking = Checking(ServerOptions(), [workspace])
    # The marker resolves to the source file, and its figure is checked against it.
    assert found(checking, article, UNCITED) == [("citation.number-not-in-source", "error")]
    (sources / "1.txt").write_text("Spending rose 4% last year, the council said.\n")
    assert found(checking, article, UNCITED) == []
    # Without the folder, the marker resolves to nothing.
    assert found(checking, workspace / "articles" / "b.md", UNCITED) == [
        ("citation.unresolved", "error")]


def test_sources_option_folders_are_read(workspace: Path, tmp_path: Path) -> None:
    shared = tmp_path / "shared-sources"
    shared.mkdir()
    (shared / "1.txt").write_text("Spending rose 4% last year.\n")
    article = workspace / "articles" / "a.md"
    checking = Checking(ServerOptions(sources=(shared,)), [workspace])
    assert found(checking, article, UNCITED) == []
    # A buffer never saved has no folder of its own, but the shared sources still count.
    outcome = checking.check(UNCITED, None, "untitled.md")
    assert outcome.problem is None and outcome.findings == []
    outcome = Checking(ServerOptions(), [workspace]).check(UNCITED, None, "untitled.md")
    assert [finding.rule_id for finding in outcome.findings] == ["citation.unresolved"]


def test_a_sources_link_out_of_the_workspace_is_not_followed(workspace: Path,
                                                             tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "1.txt").write_text("Spending rose 4% last year.\n")
    sources = workspace / "articles" / "a.sources"
    sources.mkdir()
    (sources / "1.txt").symlink_to(outside / "1.txt")
    article = workspace / "articles" / "a.md"
    assert found(Checking(ServerOptions(), [workspace]), article, UNCITED) == [
        ("citation.unresolved", "error")]
    assert found(Checking(ServerOptions(follow_symlinks=True), [workspace]), article,
                 UNCITED) == []


def test_the_document_is_the_one_load_document_reads(workspace: Path) -> None:
    """The editor's text is read as load_document reads the saved file, sources included."""
    article = workspace / "articles" / "a.md"
    article.write_text("# Budget\n\nSpending rose 4% [1] and fell [2].\n\n## References\n\n"
                       "[1] City budget office.\n")
    sources = workspace / "articles" / "a.sources"
    sources.mkdir()
    (sources / "1.txt").write_text("Spending rose 4%.\n")
    (sources / "2.md").write_text("Spending fell.\n")
    (workspace / "shared").mkdir()
    (workspace / "shared" / "3.txt").write_text("Three.\n")
    confinement = Confinement.of([workspace], [workspace / "shared"])
    options = CheckOptions(sources=[workspace / "shared"], confinement=confinement)
    ours = document_with_sources(article.read_text(), article, str(article), options)
    theirs = load_document(article, [workspace / "shared"], confinement)
    assert ours.model_dump() == theirs.model_dump()
    upper = workspace / "articles" / "B.YAML"
    upper.write_text("claims:\n  - Spending rose 4% [1].\n")
    assert document_with_sources(upper.read_text(), upper, str(upper), options).model_dump() \
        == load_document(upper, [workspace / "shared"], confinement).model_dump()


def test_a_misspelt_rule_name_in_the_configuration_is_refused_as_by_the_cli(
        workspace: Path) -> None:
    (workspace / "factcheck.toml").write_text('ignore = ["citaton"]\n')
    outcome = Checking(ServerOptions(), [workspace]).check(UNCITED, workspace / "a.md")
    assert isinstance(outcome.problem, ConfigurationProblem)
    assert "'citaton' names no rule or pack; did you mean citation" in outcome.problem.one_line()
    # A built-in pack's name stays valid with the built-in rules off.
    (workspace / "factcheck.toml").write_text('builtin-rules = false\nignore = ["citation"]\n')
    assert Checking(ServerOptions(), [workspace]).check(UNCITED, workspace / "a.md").problem \
        is None


def test_a_text_over_the_loaders_limit_is_refused(workspace: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.lsp.checking as checking_module

    monkeypatch.setattr(checking_module, "MAX_BYTES", 1000)
    checking = Checking(ServerOptions(no_config=True), [workspace])
    assert checking.check("é" * 400, workspace / "a.md").problem is None  # 800 bytes
    outcome = checking.check("é" * 600, workspace / "a.md")  # 600 characters, 1,200 bytes
    assert outcome.problem is not None and "1000-byte limit" in outcome.problem.one_line()
