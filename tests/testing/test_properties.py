"""Our own packs pass every reusable property; `rules fuzz` catches broken rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.testing.properties import properties, run_property
from factcheck.testing.pytest_plugin import make_checker
from tests.conftest import ROOT

runner = CliRunner()


@pytest.fixture(scope="module")
def checker():  # type: ignore[no-untyped-def]
    return make_checker(engine="python")


@pytest.mark.parametrize("prop", properties(), ids=lambda prop: prop.name)
def test_builtin_packs_pass_every_property(checker, prop) -> None:  # type: ignore[no-untyped-def]
    problem = run_property(prop, checker, examples=25, seed=1234)
    assert problem is None, problem


def test_rules_fuzz_passes_on_the_builtin_rules() -> None:
    result = runner.invoke(app, ["rules", "fuzz", str(ROOT / "rules"), "--examples", "10",
                                 "--seed", "7"])
    assert result.exit_code == 0, result.stdout
    assert result.stdout.strip().splitlines()[-1] == "13 passed, 0 failed"


def test_a_rule_firing_on_consistent_articles_is_caught_with_a_minimal_article(
        tmp_path: Path) -> None:
    pack = tmp_path / "broken.yaml"
    pack.write_text("""\
rules:
  - id: broken.every-share
    severity: warning
    message: "{q.quantity_text}"
    description: Flags every share, so it cries wolf on consistent articles.
    match:
      q: {fact: quantity, where: {quantity_kind: percent}}
    examples: {flag: ["It rose to 40% [1]."], pass: ["It rose [1]."]}
""")
    result = runner.invoke(app, ["rules", "fuzz", str(pack), "--examples", "12", "--seed", "3"])
    assert result.exit_code == 1
    assert "FAIL  silent on consistent articles" in result.stdout
    assert "--- article ---" in result.stdout and "broken.every-share" in result.stdout


def test_an_order_dependent_rule_is_caught(tmp_path: Path) -> None:
    rules = tmp_path / "order.py"
    rules.write_text('''\
from factcheck.dsl import Flag, rule

@rule(id="broken.first-claim", severity="info", description="Only looks at the first claim.",
      examples={"flag": ["China supports the new tariffs [1]."], "pass": ["Nothing here."]})
def first_claim(doc):
    if doc.claims and doc.claims[0].stances:
        yield Flag(claims=(doc.claims[0].id,), message="stance in the first claim")
''')
    # Few examples find it (the property fails on most articles); shrinking it to a minimal
    # article is most of the time.
    result = runner.invoke(app, ["rules", "fuzz", str(rules), "--examples", "15", "--seed", "5"])
    assert result.exit_code == 1
    assert "FAIL  invariant under claim reordering" in result.stdout
    assert "--- article ---" in result.stdout


def test_pytest_plugin_fixture_checks_text(check_text) -> None:  # type: ignore[no-untyped-def]
    findings = check_text("Exports rose 5% last year [3].")
    assert sorted(f.rule_id for f in findings) == [
        "citation.numbering-gap", "citation.numbering-gap", "citation.unresolved"]
    assert check_text("Exports rose 5% last year.", builtin=False) == []
