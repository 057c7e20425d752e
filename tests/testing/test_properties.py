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
    # one gap, [1] to [2], and a marker that points nowhere
    assert sorted(f.rule_id for f in findings) == ["citation.numbering-gap", "citation.unresolved"]
    assert check_text("Exports rose 5% last year.", builtin=False) == []


def test_a_custom_pack_is_fuzzed_through_its_own_examples_without_builtin_rules() -> None:
    pack = ROOT / "docs" / "examples" / "newsroom-pack.yaml"
    result = runner.invoke(app, ["rules", "fuzz", str(pack), "--no-builtin", "--examples", "15",
                                 "--seed", "2"])
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    # No property asks for a built-in rule that --no-builtin left out …
    assert not any("fires on planted" in line for line in lines)
    # … and the pack's own rules are exercised, under every transformation.
    for name in ("hold as written", "invariant under sentence reordering",
                 "invariant under Markdown formatting", "invariant under renaming actors",
                 "invariant under scaling figures"):
        assert f"PASS  own examples {name}" in lines
    assert lines[-1] == "11 passed, 0 failed"


def test_a_custom_rule_that_depends_on_sentence_order_fails_its_own_examples(
        tmp_path: Path) -> None:
    rules = tmp_path / "order.py"
    rules.write_text('''\
from factcheck.dsl import Flag, rule

@rule(id="house.stance-first", severity="info", description="Only reads the first claim.",
      examples={"flag": ["China supports the new tariffs [1]. Exports rose 5% last year [2]."],
                "pass": ["Exports rose 5% last year [2]. China supports the new tariffs [1]."]})
def stance_first(doc):
    if doc.claims and doc.claims[0].stances:
        yield Flag(claims=(doc.claims[0].id,), message="stance in the first claim")
''')
    result = runner.invoke(app, ["rules", "fuzz", str(rules), "--no-builtin", "--examples", "10",
                                 "--seed", "4"])
    assert result.exit_code == 1
    assert "PASS  own examples hold as written" in result.stdout
    assert "FAIL  own examples invariant under sentence reordering" in result.stdout
    assert "house.stance-first examples." in result.stdout and "when its sentences were" in (
        result.stdout)


def test_a_custom_rule_with_a_fixed_threshold_on_counts_fails_rescaling(tmp_path: Path) -> None:
    rules = tmp_path / "threshold.py"
    rules.write_text('''\
from factcheck.dsl import Flag, rule

@rule(id="house.big-crowd", severity="info", description="Crowds over 500.",
      examples={"flag": ["Some 2,000 people came [1]."], "pass": ["Some 120 people came [1]."]})
def big_crowd(doc):
    for claim in doc.claims:
        for q in claim.quantities:
            if q.value > 500:
                yield Flag(claims=(claim.id,), message=f"{q.text} people")
''')
    result = runner.invoke(app, ["rules", "fuzz", str(rules), "--no-builtin", "--examples", "10",
                                 "--seed", "4"])
    assert result.exit_code == 1
    assert "FAIL  own examples invariant under scaling figures" in result.stdout
    assert "PASS  own examples invariant under sentence reordering" in result.stdout


def test_a_yaml_rule_comparing_with_a_number_is_not_rescaled() -> None:
    from factcheck.dsl.ruleset import load_ruleset
    from factcheck.testing.examples import own_examples

    ruleset = load_ruleset([ROOT / "docs" / "examples" / "newsroom-pack.yaml"], builtin=False)
    scale_free = {own.rule_id: own.scale_free
                  for own in own_examples(ruleset, {"newsroom.vague-majority",
                                                    "newsroom.flip-flop"})}
    assert scale_free == {"newsroom.vague-majority": False, "newsroom.flip-flop": True}


def test_example_transformations_keep_what_the_example_says() -> None:
    from factcheck.dsl.schema import Example
    from factcheck.testing.examples import reformatted, renamed, reordered, rescaled

    case = Example(text="China sold 1,200 tonnes in June 2019 [1]. Japan backs 40% of it [2].\n"
                        "\n## References\n\n[1] A.\n[2] B.\n",
                   sources={"1": "China sold 1,200 tonnes on June 4."})
    assert rescaled(case, 10).text.startswith(
        "China sold 12,000 tonnes in June 2019 [1]. Japan backs 40% of it [2].")
    assert rescaled(case, 10).sources == {"1": "China sold 12,000 tonnes on June 4."}
    assert renamed(case, {"China": "Japan", "Japan": "China"}).text.startswith(
        "Japan sold 1,200 tonnes in June 2019 [1]. China backs")
    bullets = reformatted(case, "bullets").text
    assert bullets.startswith("- China sold") and "\n- Japan backs 40% of it [2]." in bullets
    assert bullets.endswith("## References\n\n[1] A.\n[2] B.\n")
    shuffled = {reordered(case, seed).text.split("\n")[0] for seed in range(20)}
    assert shuffled == {"China sold 1,200 tonnes in June 2019 [1]. Japan backs 40% of it [2].",
                        "Japan backs 40% of it [2]. China sold 1,200 tonnes in June 2019 [1]."}
