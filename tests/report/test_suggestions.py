"""A finding's suggestion (what to do about it) is shown by the text, HTML and SARIF formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.dsl.compiler import CompileError, compile_rules
from factcheck.dsl.schema import RuleSpec

ARTICLE = "Ridership rose 5% last year [3].\n"
SUGGESTION = "add [3] to the reference list, or its text as 3.txt in the article's .sources folder"


def _check(tmp_path: Path, format_name: str) -> str:
    article = tmp_path / "story.md"
    article.write_text(ARTICLE, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "factcheck", "check", str(article), "--format",
                             format_name, "--fail-on", "never"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_text_shows_the_suggestion_under_its_finding(tmp_path: Path) -> None:
    lines = _check(tmp_path, "text").splitlines()
    at = next(n for n, line in enumerate(lines) if "citation.unresolved" in line)
    assert lines[at + 1] == f"    suggestion: {SUGGESTION}"


@pytest.mark.parametrize("format_name", ["html", "json"])
def test_html_and_json_carry_the_suggestion(tmp_path: Path, format_name: str) -> None:
    assert "add [3] to the reference list" in _check(tmp_path, format_name)


def test_sarif_carries_the_suggestion_as_a_property(tmp_path: Path) -> None:
    results = json.loads(_check(tmp_path, "sarif"))["runs"][0]["results"]
    unresolved = [r for r in results if r["ruleId"] == "citation.unresolved"]
    assert [r["properties"]["suggestion"] for r in unresolved] == [SUGGESTION]


def test_a_suggestion_naming_an_unknown_binding_is_refused() -> None:
    spec = RuleSpec.model_validate({
        "id": "house.round", "severity": "info", "message": "{q.quantity_text} is round",
        "suggestion": "check {z.value}", "description": "Round figures.",
        "match": {"q": {"fact": "quantity"}},
        "examples": {"flag": ["Sales hit 1,000 [1]."], "pass": ["Sales hit 1,234 [1]."]}})
    with pytest.raises(CompileError, match="suggestion refers to unknown binding 'z'"):
        compile_rules([spec])
