"""When durable-rules' C core cannot load (as on Python 3.13: ``undefined symbol:
PyEval_CallObject``), every document is checked by the Python evaluator, with one warning line
for the run, never as an internal error per document."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import SEED, run_python

# The failure as Python 3.13 reports it, raised for the import in every process of the run:
# the workers are forked from this one.
BREAK_THE_CORE = """
class BrokenCore:
    def find_spec(self, name, path=None, target=None):
        if name == "durable_rules_engine":
            raise ImportError(
                "/venv/lib/python3.13/site-packages/durable_rules_engine.cpython-313-x86_64-"
                "linux-gnu.so: undefined symbol: PyEval_CallObject")
        return None

sys.meta_path.insert(0, BrokenCore())
"""

PROGRAM = """
import sys
{prelude}
sys.argv = ["factcheck", "--log-format", "json", *{args!r}]
from factcheck.cli import main
main()
"""


def factcheck(*args: str, broken: bool) -> tuple[int, str, list[dict[str, str]]]:
    done = run_python(PROGRAM.format(prelude=BREAK_THE_CORE if broken else "", args=list(args)))
    log = [json.loads(line) for line in done.stderr.splitlines() if line.strip()]
    return done.returncode, done.stdout, log


def test_a_core_that_cannot_load_hands_every_document_to_the_python_evaluator(
    tmp_path: Path
) -> None:
    copies = []
    for number in range(3):  # three articles in two workers: still one warning
        copies.append(tmp_path / f"seed-{number}.txt")
        shutil.copy(SEED, copies[-1])
    args = ["check", "--format", "json", "--jobs", "2", *map(str, copies)]
    code, out, log = factcheck(*args, broken=True)
    usual_code, usual_out, usual_log = factcheck(*args, broken=False)
    assert (code, usual_code) == (1, 1)  # findings, not "internal error" (exit 2)
    documents = json.loads(out)["documents"]
    usual = json.loads(usual_out)["documents"]
    assert [d["status"] for d in documents] == ["checked"] * 3
    assert [d["engine"] for d in documents] == ["python"] * 3
    assert [d["engine"] for d in usual] == ["durable"] * 3
    assert [d["findings"] for d in documents] == [d["findings"] for d in usual]
    assert documents[0]["findings"]
    assert [entry["level"] for entry in log] == ["warning"]
    assert log[0]["event"].startswith("durable-rules cannot be loaded; the Python evaluator")
    assert log[0]["reason"] == (
        "durable_rules_engine.cpython-313-x86_64-linux-gnu.so: undefined symbol: PyEval_CallObject")
    assert usual_log == []


def test_rules_test_falls_back_too() -> None:
    # Commands that build their checker directly (not through a batch) go the same way.
    code, out, log = factcheck("rules", "test", "--engine", "durable", broken=True)
    assert code == 0, out
    assert "internal error" not in out
    assert [entry["event"].split(";")[0] for entry in log] == ["durable-rules cannot be loaded"]
