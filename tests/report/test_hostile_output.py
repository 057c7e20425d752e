"""Article text and file names written to attack whoever reads the output (issue 16, item 3).

A GitHub runner executes a line that starts with `::` (after white space) and `##[command]`
anywhere in a line, on stdout and stderr alike; a terminal obeys escape sequences. The text
format, the console log and `extract` must show all of it escaped, on the line it belongs to,
and stay readable; `--format github` must emit only its own commands.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from factcheck.visible import visible, visible_line, visible_lines
from tests.conftest import ROOT, UNSHOWABLE, unsafe_lines

ECHO_RULES = '''
from factcheck.dsl import Flag, RuleContext, rule


@rule(id="test.echo", severity="warning", description="Repeats every claim.",
      examples={"flag": ["Exports rose 5%."], "pass": [""]})
def echo(doc: RuleContext):
    for claim in doc.claims:
        yield Flag(claims=(claim.id,), message=f"claim: {claim.text}")
'''

# A quotation that spans lines, each line a workflow command once printed at column 0.
COMMANDS = ('The minister said "Exports rose 5% last year\n'
            "::error file=README.md,line=1::Security review passed\n"
            "::add-mask::x\n"
            '::stop-commands::x" and left [1].\n')
ESCAPES = ("The title\x1b]0;pwned\x07 rate\x1b[2J was\x1b[8m hidden at 40% [1]. "
           "Bidi \u202eevil\u202c and zero\u200bwidth\u2066 text, ##[add-mask]secret and "
           "[bold]markup[/bold] [1].\n")
READABLE = "Café señor 東京 naïve 😀 shares rose 4% [1].\n"
NEWLINE_NAME = "note\u202e\n::error file=x::pwned\x1b[2J.md"
BINARY_NAME = "::error file=y::bin\x1b]0;t\x07\u202e.md"
LINK_NAME = "::add-mask::z\x1b[8m.md"

def raw_characters(line: str) -> set[str]:
    return {char for char in line if unicodedata.category(char) in UNSHOWABLE}


def assert_safe(output: str, where: str) -> None:
    assert unsafe_lines(output) == [], where


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / NEWLINE_NAME).write_text(COMMANDS + "\n" + ESCAPES + "\n" + READABLE)
    (folder / BINARY_NAME).write_bytes(b"text\x00more")
    walked = folder / "walked"
    walked.mkdir()
    outside = tmp_path / "outside.md"
    outside.write_text("Private notes.\n")
    (walked / LINK_NAME).symlink_to(outside)
    (tmp_path / "echo_rules.py").write_text(ECHO_RULES)
    return folder


def factcheck(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=folder,
                          capture_output=True, text=True, timeout=300, env=environment)


def test_text_format_and_console_log_show_everything_escaped(hostile: Path) -> None:
    # Named relative to the working directory, so lines start with the hostile names.
    done = factcheck(hostile, "--log-format", "console", "--log-level", "info", "check",
                     NEWLINE_NAME, BINARY_NAME, "walked", "--python-rules",
                     str(hostile.parent / "echo_rules.py"))
    assert done.returncode == 2, done.stderr  # the binary article failed
    assert_safe(done.stdout, "stdout")
    assert_safe(done.stderr, "stderr")
    out = done.stdout
    # Still readable: each escape in place, on the line of its finding, letters untouched.
    # (Claims are cut at the lines that look like commands, and lose their format characters
    # before rules read them; the file name keeps its bidi override.)
    assert " claim: ::error file=README.md,line=1::Security review passed\n" in out
    assert " claim: ::add-mask::x\\n::stop-commands::x\" and left [1].\n" in out
    assert "The title\\x1b]0;pwned\\x07 rate\\x1b[2J was\\x1b[8m hidden" in out
    assert "note\\u202e\\n::error file=x::pwned\\x1b[2J.md:" in out
    assert "##\\x5badd-mask]secret" in out
    assert "[bold]markup[/bold]" in out  # no markup language is applied to article text
    assert "Café señor 東京 naïve 😀 shares rose 4%" in out
    assert f"{visible(NEWLINE_NAME)}:1:1: warning test.echo claim: " in out
    assert f"./{visible(BINARY_NAME)}: error: binary content" in out
    # The log names the skipped link and the failed article, escaped.
    assert "skipped: file is a symlink" in done.stderr
    assert visible(LINK_NAME) in done.stderr and visible(BINARY_NAME) in done.stderr


def test_json_logs_keep_the_exact_names_and_start_no_command(hostile: Path) -> None:
    # At info: an unreadable article's log line (the report says it at any level).
    done = factcheck(hostile, "--log-format", "json", "--log-level", "info", "check",
                     BINARY_NAME, "walked", "--format", "json")
    assert_safe(done.stderr, "stderr")
    events = [json.loads(line) for line in done.stderr.splitlines()]
    assert {event["path"] for event in events} == {BINARY_NAME, f"walked/{LINK_NAME}"}
    hashes = hostile / "##[add-mask]x.md"
    hashes.write_text("Text.\x00")
    done = factcheck(hostile, "--log-format", "json", "--log-level", "info", "check",
                     hashes.name, "--format", "json")
    assert "##[" not in done.stderr and "#\\u0023[" in done.stderr
    assert json.loads(done.stderr.splitlines()[0])["path"] == hashes.name


def test_extract_text_shows_claims_escaped(hostile: Path) -> None:
    done = factcheck(hostile, "extract", NEWLINE_NAME, "--format", "text")
    assert done.returncode == 0, done.stderr
    assert_safe(done.stdout, "extract")
    assert "::error file=README.md,line=1::Security review passed" in done.stdout
    assert "Café señor 東京" in done.stdout


def test_github_format_emits_only_its_own_commands(hostile: Path) -> None:
    done = factcheck(hostile, "check", NEWLINE_NAME, BINARY_NAME, "--format", "github",
                     "--python-rules", str(hostile.parent / "echo_rules.py"))
    lines = done.stdout.splitlines()
    assert lines
    for line in lines:
        # One of ours, its properties free of ':' (escaped), so the message starts where ours does.
        assert re.match(r"::(error|warning|notice) (file|title)=[^:]*::", line), line
        assert not raw_characters(line), line
    echo = next(line for line in lines if "title=test.echo::claim: The title" in line)
    assert "\\x1b]0;pwned\\x07 rate\\x1b[2J" in echo
    assert f"file={visible(NEWLINE_NAME).replace(':', '%3A')}," in echo


def test_visible() -> None:
    assert visible("plain text, café, 東京, 😀, a\u00a0space") == "plain text, café, 東京, 😀, a\u00a0space"
    assert visible("a\nb\r\tc\x00\x1b\x7f\x85\x9b") == "a\\nb\\r\\tc\\x00\\x1b\\x7f\\x85\\x9b"
    assert visible("\u202a\u202e\u2066\u2069\u200e\u200f\u061c\u200b\u2060\u00ad\ufeff") == (
        "\\u202a\\u202e\\u2066\\u2069\\u200e\\u200f\\u061c\\u200b\\u2060\\xad\\ufeff")
    assert visible("\u2028\u2029\U000e0041") == "\\u2028\\u2029\\U000e0041"
    assert visible("x ##[error]y") == "x ##\\x5berror]y"
    assert visible_line("::error::x") == "./::error::x"
    assert visible_line(" \u00a0::error::x") == "./ \u00a0::error::x"
    assert visible_line("a::b") == "a::b"
    assert visible_lines("Traceback\nValueError: x\n  ::add-mask::y") == (
        "Traceback\nValueError: x\n|   ::add-mask::y")
