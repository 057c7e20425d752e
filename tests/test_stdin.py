"""`factcheck check -` checks an article piped in; --stdin-filename names it and gives its format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()
UNRESOLVED = "Exports rose 5% last year [1].\n"


@pytest.fixture(autouse=True)
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(stdin: str | bytes, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["check", "-", *args], input=stdin)
    return result.exit_code, result.output


def checked(stdin: str, *args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["check", "-", "--format", "json", *args], input=stdin)
    (document,) = json.loads(result.stdout)["documents"]
    return cast(dict[str, Any], document)


def findings(stdin: str, *args: str) -> tuple[str, list[str]]:
    document = checked(stdin, *args)
    return document["path"], [finding["rule_id"] for finding in document["findings"]]


def test_an_article_on_stdin_is_checked_and_named_in_messages() -> None:
    code, output = check(UNRESOLVED, "--stdin-filename", "drafts/story.md")
    assert code == 1
    assert "drafts/story.md:1:27: error citation.unresolved" in output
    code, output = check(UNRESOLVED)
    assert code == 1 and "-:1:27: error citation.unresolved" in output


def test_the_name_gives_the_format() -> None:
    article = "title: Trade\nclaims:\n  - Exports rose 5% last year [1].\n"
    assert findings(article, "--stdin-filename", "trade.yaml") == (
        "trade.yaml", ["citation.unresolved"])
    as_json = json.dumps({"claims": ["Exports rose 5% last year [1]."]})
    assert findings(as_json, "--stdin-filename", "trade.json")[1] == ["citation.unresolved"]
    # Two claims as a structured article; as Markdown its "title: Trade" line is one more.
    two = article + "  - Imports fell.\n"
    assert checked(two, "--stdin-filename", "trade.yaml")["claims"] == 2
    assert checked(two, "--stdin-filename", "trade.md")["claims"] == 3
    code, output = check("title: x\n", "--stdin-filename", "notes.yaml")
    assert code == 2 and "factcheck: notes.yaml: error: not a factcheck article" in output


def test_the_sources_beside_the_name_and_given_folders_are_read(workdir: Path) -> None:
    (workdir / "story.sources").mkdir()
    (workdir / "story.sources" / "1.txt").write_text("Exports rose 5% last year.\n")
    assert findings(UNRESOLVED, "--stdin-filename", "story.md")[1] == []
    (workdir / "shared").mkdir()
    (workdir / "shared" / "1.txt").write_text("Exports rose 5% last year.\n")
    assert findings(UNRESOLVED, "--sources", "shared")[1] == []
    assert findings(UNRESOLVED)[1] == ["citation.unresolved"]


def test_stdin_and_files_are_checked_together(workdir: Path) -> None:
    (workdir / "other.md").write_text("Imports fell 2% last year [4].\n")
    result = runner.invoke(app, ["check", "-", "other.md", "--format", "json",
                                 "--stdin-filename", "piped.md"], input=UNRESOLVED)
    assert [doc["path"] for doc in json.loads(result.stdout)["documents"]] == [
        "piped.md", "other.md"]


@pytest.mark.parametrize(("stdin", "args", "expected"), [
    (b"\x00\x01binary", [], "factcheck: -: error: binary content"),
    (UNRESOLVED, ["--files-from", "-"], "not both"),
])
def test_unusable_stdin_is_one_line(stdin: str | bytes, args: list[str], expected: str) -> None:
    code, output = check(stdin, *args)
    assert code == 2
    assert output.strip().splitlines() == [next(line for line in output.splitlines()
                                                 if expected in line)]


def test_stdin_filename_without_a_dash_is_a_usage_error(workdir: Path) -> None:
    (workdir / "a.md").write_text(UNRESOLVED)
    result = runner.invoke(app, ["check", "a.md", "--stdin-filename", "b.md"])
    assert result.exit_code == 2 and "give '-' as the path" in result.output


def test_extract_reads_an_article_from_stdin_in_the_format_its_name_gives() -> None:
    text = "title: Ferry fares\nclaims:\n  - text: Fares rose 4% in May.\n"
    result = runner.invoke(app, ["extract", "-", "--stdin-filename", "fares.yaml"], input=text)
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["document"]["path"] == "fares.yaml"
    [claim] = payload["claims"]
    assert [q["text"] for q in claim["quantities"]] == ["4%"]


def test_extract_refuses_a_stdin_name_without_stdin(workdir: Path) -> None:
    (workdir / "a.md").write_text("Fares rose 4% in May.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "a.md", "--stdin-filename", "b.md"])
    assert result.exit_code == 2
    assert "give '-' as the path" in result.output
