"""Machine-readable formats printed to a CI log cannot issue workflow commands either."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.report.test_hostile_output import ECHO_RULES

HOSTILE = ("The review said \"fine\n::error file=README.md,line=1::passed\n##[add-mask]token "
           "##[stop-commands]end\" and 140% of staff agreed [1].\n\n## References\n\n[1] A memo\n")


@pytest.mark.parametrize("format_name", ["json", "jsonl", "sarif", "codeclimate",
                                         "claimreview", "html"])
def test_no_workflow_command_in_machine_formats(tmp_path: Path, format_name: str) -> None:
    article = tmp_path / "memo.md"
    article.write_text(HOSTILE, encoding="utf-8")
    # A rule that repeats each claim in its message, so every format carries the hostile text.
    echo = tmp_path / "echo_rules.py"
    echo.write_text(ECHO_RULES, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "factcheck", "check", str(article),
                             "--format", format_name, "--fail-on", "never",
                             "--python-rules", str(echo)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "add-mask" in result.stdout, "the hostile text must reach the output to be tested"
    for line in result.stdout.splitlines():
        assert not line.lstrip().startswith("::"), line
        assert "##[" not in line, line
    if format_name == "json":  # the text is intact once decoded
        messages = [f["message"] for d in json.loads(result.stdout)["documents"]
                    for f in d["findings"]]
        assert messages
