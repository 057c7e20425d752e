"""Settings typos exit 2 with the nearest names; --show-config says where each value comes from."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from tests.conftest import SEED

runner = CliRunner()


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no configuration above it is found
    return tmp_path


def errors(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("factcheck:")]


@pytest.mark.parametrize(("args", "expected"), [
    (["--select", "nosuchrule"], "factcheck: --select nosuchrule: no rule or pack of that name; "
                                 "`factcheck rules list` shows every rule"),
    (["--select", "citaton"], "factcheck: --select citaton: no rule or pack of that name; "
                              "did you mean citation?"),
    (["--ignore", "numeric.ratio-mismach"], "did you mean numeric.ratio-mismatch"),
    (["--ignore", "numerc.ratio-mismatch"], "did you mean numeric.ratio-mismatch"),
])
def test_a_misspelt_rule_on_the_command_line_exits_2_with_the_nearest_names(
        workdir: Path, args: list[str], expected: str) -> None:
    result = runner.invoke(app, ["check", str(SEED), *args])
    assert result.exit_code == 2
    (line,) = errors(result.output)  # one line, no traceback
    assert expected in line
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args", [
    ["--select", "citation"], ["--select", "citation.*"], ["--ignore", "engine.crash"],
    ["--select", "numeric.ratio-mismatch", "--ignore", "stance"],
])
def test_rule_ids_and_pack_prefixes_that_match_stay_valid(workdir: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["check", str(SEED), *args])
    assert result.exit_code in (0, 1) and not errors(result.output), result.output


def test_a_built_in_pack_left_out_by_no_builtin_selects_nothing_and_says_so(workdir: Path) -> None:
    result = runner.invoke(app, ["check", str(SEED), "--no-builtin", "--select", "citation"])
    assert result.exit_code == 2
    assert "--select citation: no rule or pack of that name" in result.output


@pytest.mark.parametrize(("toml", "expected"), [
    ('select = ["citation.unresolvd"]\n', "select: 'citation.unresolvd' names no rule or pack; "
                                          "did you mean citation.unresolved"),
    ('ignore = ["numeric.percent-out-of-rage"]\n', "ignore: 'numeric.percent-out-of-rage'"),
    ('[severity]\n"stance.grup-divided" = "info"\n', "severity: 'stance.grup-divided' names no "
                                                     "rule or pack; did you mean "
                                                     "stance.group-divided?"),
])
def test_a_misspelt_rule_in_the_configuration_exits_2_naming_the_file(
        workdir: Path, toml: str, expected: str) -> None:
    (workdir / "factcheck.toml").write_text(toml)
    for command in (["check", str(SEED)], ["rules", "list"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2, command
        (line,) = errors(result.output)
        assert line.startswith(f"factcheck: {workdir / 'factcheck.toml'}: error: ")
        assert expected in line


def test_the_configuration_may_name_built_in_rules_that_no_builtin_leaves_out(
        workdir: Path) -> None:
    # One configuration serves every run; a rule-pack test run without the built-in packs is
    # not a typo.
    (workdir / "factcheck.toml").write_text(
        'ignore = ["citation.numbering-gap"]\n[severity]\n"stance" = "info"\n')
    assert runner.invoke(app, ["check", str(SEED), "--no-builtin"]).exit_code == 0


def test_show_config_gives_each_value_and_where_it_comes_from(workdir: Path) -> None:
    config = workdir / "factcheck.toml"
    config.write_text('rules = ["house/"]\nignore = ["citation.numbering-gap"]\n'
                      'fail-on = "warning"\n[severity]\n"stance.group-divided" = "info"\n')
    result = runner.invoke(app, ["check", "--show-config", "--rules", "extra.yaml", "--jobs", "2",
                                 "--no-suppressions"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"# configuration file: {config}"
    assert f'rules = ["{workdir / "house"}", "extra.yaml"]  # {config} + command line' in lines
    assert f'ignore = ["citation.numbering-gap"]  # {config}' in lines
    assert f'severity = {{"stance.group-divided" = "info"}}  # {config}' in lines
    assert f'fail-on = "warning"  # {config}' in lines
    assert "jobs = 2  # command line" in lines
    assert "suppressions = false  # command line" in lines
    assert 'engine = "durable"  # default' in lines
    assert "builtin-rules = true  # default" in lines
    selected = runner.invoke(app, ["check", "--show-config", "--select", "citation"]).stdout
    assert ('ignore = []  # command line (--select drops the configuration\'s ignore)'
            in selected.splitlines())
    none = runner.invoke(app, ["check", "--show-config", "--no-config"]).stdout
    assert none.splitlines()[0] == "# configuration file: none (--no-config)"
    assert 'fail-on = "error"  # default' in none.splitlines()
