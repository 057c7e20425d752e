"""What the README and docs promise: the tutorial pack works, docs/rules.md is current, config."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from tests.conftest import ROOT

runner = CliRunner()


def test_readme_tutorial_pack_is_the_example_file_and_passes_its_tests(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"```yaml\n(rules:\n  - id: newsroom\..*?)```", readme, re.S)
    assert block is not None
    pack = tmp_path / "pack.yaml"
    pack.write_text(block.group(1))
    result = runner.invoke(app, ["rules", "test", str(pack), "--no-builtin"])
    assert result.exit_code == 0, result.stdout
    assert "PASS  newsroom.flip-flop" in result.stdout
    assert "PASS  newsroom.vague-majority" in result.stdout
    example = (ROOT / "docs" / "examples" / "newsroom-pack.yaml").read_text()
    assert block.group(1).strip() in example
    article = tmp_path / "a.md"
    article.write_text("China supports the tariffs [1]. China rejects the tariffs [2].\n")
    report = json.loads(runner.invoke(app, ["check", str(article), "--rules", str(pack),
                                            "--no-builtin", "--format", "json"]).stdout)
    assert [f["rule_id"] for f in report["documents"][0]["findings"]] == ["newsroom.flip-flop"]


def test_docs_rules_md_is_generated_from_the_rules() -> None:
    result = runner.invoke(app, ["rules", "list", "--format", "markdown"])
    assert result.stdout == (ROOT / "docs" / "rules.md").read_text(), (
        "docs/rules.md is stale: run `factcheck rules list --format markdown > docs/rules.md`")


def test_rules_explain() -> None:
    result = runner.invoke(app, ["rules", "explain", "numeric.ratio-ambiguous"])
    assert result.exit_code == 0
    assert "Why it matters" in result.stdout and "three times more than" in result.stdout
    assert runner.invoke(app, ["rules", "explain", "no.such-rule"]).exit_code == 2


def test_configuration_is_found_walking_up_from_the_working_directory_and_flags_override_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factcheck]\nignore = ["citation.numbering-gap"]\nfail-on = "warning"\n'
        '[tool.factcheck.severity]\n"citation.unresolved" = "warning"\n')
    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "a.md"
    article.write_text("Exports rose 5% last year [3].\n")
    (folder / "deeper").mkdir()
    monkeypatch.chdir(folder / "deeper")  # found from the working directory, walking up
    result = runner.invoke(app, ["check", str(article), "--format", "json"])
    findings = json.loads(result.stdout)["documents"][0]["findings"]
    assert [(f["rule_id"], f["severity"]) for f in findings] == [("citation.unresolved", "warning")]
    assert result.exit_code == 1  # fail-on warning, from the configuration
    assert runner.invoke(app, ["check", str(article), "--fail-on", "error"]).exit_code == 0
    selected = runner.invoke(app, ["check", str(article), "--format", "json",
                                   "--select", "citation.numbering-gap"])
    assert {f["rule_id"] for f in json.loads(selected.stdout)["documents"][0]["findings"]} == {
        "citation.numbering-gap"}


def test_bad_configuration_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "factcheck.toml").write_text('fail-on = "sometimes"\n')
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.md"
    article.write_text("x\n")
    result = runner.invoke(app, ["check", str(article)])
    assert result.exit_code == 2
    assert "factcheck.toml: error: fail-on" in result.output


def test_rules_list_says_what_each_rule_is_written_in(tmp_path: Path) -> None:
    (tmp_path / "house.yaml").write_text(
        "rules:\n  - id: house.no-percent\n    severity: info\n    description: any share\n"
        "    match: {a: {fact: quantity, where: {quantity_kind: percent}}}\n"
        "    message: a share\n    examples: {flag: ['Turnout was 40%.'], pass: ['No figure.']}\n",
        encoding="utf-8")
    result = runner.invoke(app, ["rules", "list", "--format", "json", "--rules",
                                 str(tmp_path / "house.yaml")])
    assert result.exit_code == 0, result.output
    language = {info["id"]: info["language"] for info in json.loads(result.stdout)}
    assert language["house.no-percent"] == "yaml"
    assert language["stance.contradiction"] == "yaml"
    assert language["citation.number-not-in-source"] == "python"
    assert language["engine.crash"] == "engine"
    text = runner.invoke(app, ["rules", "list"]).stdout
    assert any(line.split()[:3] == ["stance.contradiction", "error", "yaml"]
               for line in text.splitlines())


def test_rules_list_shows_the_rules_that_derive_facts(tmp_path: Path) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text(
        "rules:\n"
        "  - id: house.claim-spending\n    description: money of one sentence, summed\n"
        "    match:\n      c: {fact: claim}\n"
        "      m: {fact: quantity, where: {claim: {eq: $c.claim}, quantity_kind: currency}}\n"
        "    aggregate: {spent: {sum: $m.value, over: m}}\n"
        "    derive: {name: claim-spending, key: $c.claim, value: $spent}\n"
        "  - id: house.over-cap\n    severity: warning\n    description: over the cap\n"
        "    message: over the cap\n"
        "    match: {t: {fact: derived, where: {name: claim-spending, value: {gt: 100}}}}\n"
        "    examples: {flag: ['It spent $60 and $50.'], pass: ['It spent $6.']}\n",
        encoding="utf-8")
    listed = json.loads(runner.invoke(app, ["rules", "list", "--format", "json", "--no-builtin",
                                            "--rules", str(pack)]).stdout)
    derives = {info["id"]: info["derives"] for info in listed if info["id"].startswith("house")}
    assert derives == {"house.claim-spending": "claim-spending", "house.over-cap": None}
    text = runner.invoke(app, ["rules", "list", "--no-builtin", "--rules", str(pack)]).stdout
    assert any(line.split()[:3] == ["house.claim-spending", "derives", "yaml"]
               for line in text.splitlines())
    markdown = runner.invoke(app, ["rules", "list", "--format", "markdown", "--no-builtin",
                                   "--rules", str(pack)]).stdout
    assert "| `house.claim-spending` | `claim-spending` |" in markdown
    explained = runner.invoke(app, ["rules", "explain", "house.claim-spending", "--rules",
                                    str(pack)])
    assert explained.exit_code == 0, explained.output
    assert "derives `claim-spending` facts" in explained.stdout
