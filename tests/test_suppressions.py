"""Inline suppressions (issue 16, item 8): they must name a rule, CI can turn them off, and
every report format says how many findings they hid."""

from __future__ import annotations

import json
import re
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.models import DocumentResult, DocumentStatus

runner = CliRunner()

UNRESOLVED = "Exports rose 5% last year [1]."


def check(*args: str) -> Any:
    return runner.invoke(app, ["check", *args], catch_exceptions=False)


def findings(result: Any) -> list[tuple[str, int]]:
    report = json.loads(result.stdout)
    return [(f["rule_id"], f["span"]["line"]) for d in report["documents"] for f in d["findings"]]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.md"
    path.write_text(f"{UNRESOLVED} <!-- factcheck-ignore: citation.unresolved -->\n")
    return path


@pytest.mark.parametrize("comment", [
    "<!-- factcheck-ignore -->", "<!-- factcheck-ignore: all -->", "<!-- factcheck-ignore: * -->",
    "<!-- factcheck-ignore: .* -->", "<!-- factcheck-ignore: ALL -->",
])
def test_a_suppression_naming_no_rule_silences_nothing_and_is_a_warning(
        tmp_path: Path, comment: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"{UNRESOLVED} {comment}\n\n{comment}\n{UNRESOLVED}\n")
    result = check(str(path), "--format", "json")
    assert result.exit_code == 1  # the citation errors stand
    assert sorted(findings(result)) == [("citation.unresolved", 1), ("citation.unresolved", 4),
                                        ("suppression.unnamed", 1), ("suppression.unnamed", 3)]
    report = json.loads(result.stdout)
    assert report["summary"]["suppressed"] == 0
    unnamed = report["documents"][0]["findings"]
    message = next(f["message"] for f in unnamed if f["rule_id"] == "suppression.unnamed")
    assert "factcheck-ignore: citation.unresolved" in message
    assert next(f["severity"] for f in unnamed if f["rule_id"] == "suppression.unnamed") == (
        "warning")


@pytest.mark.parametrize("names", ["citation.unresolved", "citation", "citation.*",
                                   "numeric.ratio-mismatch, citation.unresolved"])
def test_a_suppression_naming_its_rule_or_pack_silences_it(tmp_path: Path, names: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"<!-- factcheck-ignore: {names} -->\n{UNRESOLVED}\n")
    result = check(str(path), "--format", "json")
    assert result.exit_code == 0
    assert findings(result) == []
    assert json.loads(result.stdout)["summary"]["suppressed"] == 1


def test_a_named_rule_beside_all_still_warns(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"{UNRESOLVED} <!-- factcheck-ignore: all, citation.unresolved -->\n")
    result = check(str(path), "--format", "json")
    assert findings(result) == [("suppression.unnamed", 1)]
    assert json.loads(result.stdout)["summary"]["suppressed"] == 1


def test_no_suppressions_reports_every_finding(article: Path) -> None:
    assert check(str(article)).exit_code == 0
    result = check(str(article), "--no-suppressions", "--format", "json")
    assert result.exit_code == 1
    assert findings(result) == [("citation.unresolved", 1)]
    assert json.loads(result.stdout)["summary"]["suppressed"] == 0


def test_configuration_can_turn_suppressions_off(article: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "factcheck.toml"
    config.write_text("suppressions = false\n")
    monkeypatch.chdir(tmp_path)
    assert findings(check(str(article), "--format", "json")) == [("citation.unresolved", 1)]
    assert check(str(article), "--no-config").exit_code == 0
    config.write_text("suppressions = true\n")
    assert check(str(article), "--config", str(config), "--no-suppressions").exit_code == 1
    config.write_text('suppressions = "maybe"\n')
    result = check(str(article))
    assert result.exit_code == 2 and "suppressions" in result.output


def test_the_warning_follows_the_configured_severity_and_survives_a_baseline(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.md"
    path.write_text("Plain words. <!-- factcheck-ignore -->\n")
    monkeypatch.chdir(tmp_path)
    assert check(str(path)).exit_code == 0  # a warning; fail-on is error
    (tmp_path / "factcheck.toml").write_text('[severity]\n"suppression.unnamed" = "error"\n')
    assert check(str(path)).exit_code == 1
    review = tmp_path / "review.json"
    assert runner.invoke(app, ["baseline", "create", str(path), "-o", str(review)]).exit_code == 0
    # Every bare suppression has the same fingerprint: a baseline would hide all future ones.
    assert findings(check(str(path), "--baseline", str(review), "--format", "json")) == [
        ("suppression.unnamed", 1)]


def test_every_format_reports_the_suppressed_count(article: Path) -> None:
    path = str(article)
    text = check(path).stdout
    assert text.splitlines()[-1].endswith("; 1 suppressed by factcheck-ignore comments")
    github = check(path, "--format", "github").stdout.splitlines()
    assert github == ["::notice title=factcheck::1 finding suppressed by factcheck-ignore comments"]
    assert json.loads(check(path, "--format", "json").stdout)["summary"]["suppressed"] == 1
    jsonl = check(path, "--format", "jsonl").stdout.splitlines()
    assert json.loads(jsonl[0])["suppressed"] == 1
    assert json.loads(jsonl[-1])["summary"]["suppressed"] == 1
    sarif = json.loads(check(path, "--format", "sarif").stdout)
    assert sarif["runs"][0]["properties"]["suppressed"] == 1
    assert "1 suppressed by factcheck-ignore comments" in check(path, "--format", "html").stdout
    for countless in ("codeclimate", "claimreview"):  # lists of issues: the count is logged
        result = check(path, "--format", countless)
        assert json.loads(result.stdout) == []
        logged = [json.loads(line) for line in result.stderr.splitlines()]
        assert [line["suppressed"] for line in logged
                if line["event"].startswith("findings suppressed")] == [1]


def test_the_rule_is_known_to_rules_list_explain_and_sarif(tmp_path: Path) -> None:
    listed = runner.invoke(app, ["rules", "list"]).stdout
    assert re.search(r"^suppression\.unnamed +warning +engine +A factcheck-ignore comment", listed,
                     re.M)
    assert re.search(r"^engine\.truncated +warning", listed, re.M)
    explained = runner.invoke(app, ["rules", "explain", "suppression.unnamed"])
    assert explained.exit_code == 0 and "silences nothing" in explained.stdout
    path = tmp_path / "a.md"
    path.write_text("Plain words. <!-- factcheck-ignore -->\n")
    sarif = json.loads(check(str(path), "--format", "sarif").stdout)
    (rule,) = [r for r in sarif["runs"][0]["tool"]["driver"]["rules"]
               if r["id"] == "suppression.unnamed"]
    assert "names no rule" in rule["fullDescription"]["text"]


def test_github_format_says_the_run_was_interrupted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.pipeline

    def stopped(paths: Any, *args: Any) -> Iterator[DocumentResult]:
        yield DocumentResult(path="a.md", status=DocumentStatus.CHECKED, engine="python")
        raise factcheck.pipeline.Interrupted(signal.SIGTERM)  # as the signal handler raises it

    monkeypatch.setattr(factcheck.pipeline, "check_paths", stopped)
    (tmp_path / "a.md").write_text("Plain words.\n")
    result = check(str(tmp_path / "a.md"), "--format", "github")
    assert result.exit_code == 143
    assert result.stdout.splitlines() == [
        "::warning title=factcheck::factcheck was interrupted: 1 document checked before it "
        "stopped; the report is incomplete"]
    text = check(str(tmp_path / "a.md"))
    assert text.stdout.splitlines()[-1].endswith("; interrupted, report incomplete")
