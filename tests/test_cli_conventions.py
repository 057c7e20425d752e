"""The command line as people expect it: flags without values in --help, plain metavars,
shell completion, --color, --statistics, and an error said once."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from tests.conftest import SEED

runner = CliRunner()
COMMANDS = [[], ["check"], ["extract"], ["review"], ["rules", "list"], ["rules", "explain"],
            ["rules", "test"], ["rules", "fuzz"], ["baseline", "create"], ["schema", "report"]]
# What typer writes for a parameter's Python type: <bool>, <list[Path]>, <int range>, <str>.
PYTHON_TYPE = re.compile(r"<(?:bool|str|int|float|path|list\[\w+\]|[\w ]+ range)>", re.I)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: " ".join(command) or "factcheck")
def test_help_shows_no_python_types(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    assert PYTHON_TYPE.findall(result.output) == []


def help_line(command: list[str], option: str) -> str:
    output = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"}).output
    return next(line for line in output.splitlines() if f" {option} " in line)


def test_flags_take_no_value_and_values_have_plain_metavars() -> None:
    # Nothing between the flag and its help: no <bool> that reads as a value to give.
    assert re.search(r"--no-builtin\s+Do not load", help_line(["check"], "--no-builtin"))
    assert " PATH " in help_line(["check"], "--rules")
    assert " error|warning|info|never " in help_line(["check"], "--fail-on")
    assert " auto|always|never " in help_line(["check"], "--color")
    assert " N " in help_line(["check"], "--jobs")


def test_no_builtin_is_a_flag(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--no-builtin", str(SEED)])
    assert result.exit_code == 0  # no rules, no findings
    assert result.stdout.strip().endswith("0 errors, 0 warnings, 0 info in 1 document")


def test_shell_completion_is_offered() -> None:
    assert "--show-completion" in runner.invoke(app, ["--help"]).output
    # The script for a named shell, as `--show-completion` prints it for the detected one
    # (detection reads the process tree, which a test worker does not always show).
    result = runner.invoke(app, [], prog_name="factcheck",
                           env={"_FACTCHECK_COMPLETE": "source_bash"})
    assert result.exit_code == 0, result.output
    assert "complete -o default -F _factcheck_completion factcheck" in result.output


def test_color_always_and_never() -> None:
    always = runner.invoke(app, ["check", str(SEED), "--color", "always"]).stdout
    never = runner.invoke(app, ["check", str(SEED), "--color", "never"]).stdout
    auto = runner.invoke(app, ["check", str(SEED)]).stdout  # not a terminal: no colour
    assert "\x1b[31merror\x1b[0m" in always
    assert "\x1b[" not in never and never == auto
    # The same findings, coloured (with the file's name as a header above them).
    assert set(never.splitlines()) <= set(re.sub(r"\x1b\[\d+m", "", always).splitlines())
    bad = runner.invoke(app, ["check", str(SEED), "--color", "sometimes"])
    assert bad.exit_code == 2


def test_statistics_count_findings_per_rule_on_stderr() -> None:
    result = runner.invoke(app, ["check", str(SEED), "--statistics", "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)  # stdout is the report alone
    counts: dict[str, int] = {}
    for finding in report["documents"][0]["findings"]:
        counts[finding["rule_id"]] = counts.get(finding["rule_id"], 0) + 1
    lines = result.stderr.splitlines()
    rows = {line.split()[2]: int(line.split()[0]) for line in lines[:-1]}
    assert rows == counts
    assert [int(line.split()[0]) for line in lines[:-1]] == sorted(counts.values(), reverse=True)
    assert lines[-1].split() == [str(sum(counts.values())), "findings", "of", str(len(counts)),
                                 "rules"]


def test_an_unreadable_article_is_reported_once(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\x00binary")
    message = f"{bad}: error: binary content (NUL bytes), not a text article"
    for fmt in ("text", "json", "codeclimate"):
        result = runner.invoke(app, ["--log-format", "console", "check", str(bad), "--format",
                                     fmt])
        assert result.exit_code == 2
        # In the report, or (codeclimate has no place for it) on stderr: once either way.
        assert (result.stdout + result.stderr).count("binary content") == 1, (fmt, result.output)
    text = runner.invoke(app, ["check", str(bad)])
    assert message in text.stdout.splitlines()
