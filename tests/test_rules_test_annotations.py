"""`factcheck rules test` on annotated articles: a misspelt rule id fails, `todo` marks a known
miss (as Semgrep's todoruleid) and fails once the miss is caught."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.load.annotations import blank_comments
from tests.conftest import ROOT

runner = CliRunner()
PACK = ROOT / "docs" / "examples" / "newsroom-pack.yaml"
FLIP = "China supports the tariffs [1]. China rejects the tariffs [2]."
CALM = "Japan backs the export controls [1]."


def rules_test(tmp_path: Path, article: str) -> tuple[int, list[str]]:
    (tmp_path / "article.md").write_text(article)
    result = runner.invoke(app, ["rules", "test", str(PACK), str(tmp_path / "article.md"),
                                 "--no-builtin"])
    return result.exit_code, result.stdout.splitlines()


def test_todo_is_an_annotation() -> None:
    _, (annotation,) = blank_comments("Text. <!-- todo: a.b, c.d -->\n")
    assert (annotation.directive, annotation.rule_ids) == ("todo", ("a.b", "c.d"))


def test_a_misspelt_rule_id_fails_with_the_nearest_ids(tmp_path: Path) -> None:
    code, lines = rules_test(tmp_path, f"{FLIP} <!-- expect: newsroom.flip-flp -->\n")
    assert code == 1
    assert any(line.endswith("article.md:1: error: <!-- expect: newsroom.flip-flp --> names no "
                             "rule; did you mean newsroom.flip-flop?") for line in lines), lines
    assert lines[-1].endswith("1 failed")


def test_a_built_in_rule_left_out_by_no_builtin_is_not_a_typo(tmp_path: Path) -> None:
    code, lines = rules_test(tmp_path, f"{FLIP} <!-- expect: newsroom.flip-flop, "
                                       f"stance.contradiction -->\n")
    assert code == 0, lines
    assert lines[-1] == "5 passed, 0 failed"  # the pack's four examples and the annotation


def test_a_known_miss_is_counted_apart_and_fails_once_caught(tmp_path: Path) -> None:
    code, lines = rules_test(tmp_path, f"{CALM} <!-- todo: newsroom.flip-flop -->\n")
    assert code == 0, lines
    assert "PASS  newsroom.flip-flop  (2 passed, 0 failed, 1 todo)" in lines
    assert any(line.startswith("  todo newsroom.flip-flop ") and line.endswith(
        "article.md:1: known miss") for line in lines)
    assert lines[-1] == "4 passed, 0 failed, 1 todo"
    code, lines = rules_test(tmp_path, f"{FLIP} <!-- todo: newsroom.flip-flop -->\n")
    assert code == 1
    assert any("todo now passes: the finding is there; make it an expect" in line
               for line in lines)


def test_an_annotation_shown_in_backticks_is_not_one(tmp_path: Path) -> None:
    code, lines = rules_test(tmp_path, "Mark a line with `<!-- expect: rule.id -->`.\n")
    assert code == 0 and lines[-1] == "4 passed, 0 failed"  # the pack's examples alone


LEDGER = """entries:
  - {subject: china, metric: rare earth mining, value: 70, unit: "%", as_of: 2025-01-01,
     source: Illustrative survey}
"""
LEDGER_ARTICLE = ("<!-- facts: ledgers/house.yaml -->\n\n"
                  "China now accounts for 40% of rare earth mining [1]. "
                  "<!-- expect: ledger.mismatch -->\n")


def test_a_fixture_names_the_ledger_it_is_tested_against(tmp_path: Path) -> None:
    (tmp_path / "ledgers").mkdir()
    (tmp_path / "ledgers" / "house.yaml").write_text(LEDGER, encoding="utf-8")
    article = tmp_path / "article.md"
    article.write_text(LEDGER_ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["rules", "test", str(article)])
    assert result.exit_code == 0, result.stdout
    # `check` takes its ledger from the command line only: the article cannot choose one
    checked = runner.invoke(app, ["check", str(article), "--no-config", "--format", "json"])
    findings = json.loads(checked.stdout)["documents"][0]["findings"]
    assert "ledger.mismatch" not in {finding["rule_id"] for finding in findings}
    # without the annotation, the same expectation is missed
    article.write_text(LEDGER_ARTICLE.split("\n", 2)[2], encoding="utf-8")
    missed = runner.invoke(app, ["rules", "test", str(article)])
    assert missed.exit_code == 1 and "expected finding missing" in missed.stdout


def test_a_fixture_ledger_path_must_be_relative(tmp_path: Path) -> None:
    (tmp_path / "article.md").write_text(
        LEDGER_ARTICLE.replace("ledgers/house.yaml", str(tmp_path / "house.yaml")),
        encoding="utf-8")
    result = runner.invoke(app, ["rules", "test", str(tmp_path / "article.md")])
    assert result.exit_code == 1
    assert "must be a path relative to the fixture" in result.stdout
