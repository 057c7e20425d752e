"""`.ci/run` runs exactly the README's test command (set-up, step 2): what CI runs is what a
developer is told to run, and a change to one without the other fails here."""

from __future__ import annotations

from tests.conftest import ROOT

STEP = "# 2. install with the test tools"


def readme_test_command() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert STEP in text, f"README.md has no set-up step starting {STEP!r}"
    after = text[text.index(STEP):].splitlines()
    return after[1].strip()


def ci_commands() -> list[str]:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def test_ci_runs_the_readme_test_command() -> None:
    command = readme_test_command()
    assert "pytest" in command
    assert command in ci_commands(), f".ci/run does not run the README's `{command}`"
    # It is the last thing .ci/run does: its exit code is the run's.
    assert ci_commands()[-1] == command
