"""An article that cannot be read is the article's problem: one line naming it, exit 2, and the
rest of the batch checked. Never an `engine.crash` of the matching core."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import factcheck.pipeline
from factcheck.cli import app
from factcheck.engine.supervisor import Failure, InputFailure
from factcheck.models import DocumentResult, DocumentStatus
from factcheck.pipeline import settle

runner = CliRunner()


def check(*args: str) -> tuple[int, dict[str, Any]]:
    result = runner.invoke(app, ["check", "--format", "json", *args], catch_exceptions=False)
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.stdout)


def crash_core_findings(report: dict[str, Any]) -> list[str]:
    return [f["message"] for d in report["documents"] for f in d["findings"]
            if f["rule_id"] == "engine.crash"]


def test_a_reader_that_hangs_or_crashes_in_a_worker_is_a_load_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Workers are forked from this process: they inherit the faulty reader.
    original = factcheck.pipeline.load_document
    attempts = tmp_path / "attempts"

    def faulty(path: Path, *args: Any) -> Any:
        with attempts.open("a") as log:  # each worker is a process: a file, not a list
            log.write(f"{path.name}\n")
        if path.name == "hangs.md":
            time.sleep(60)
        if path.name == "crashes.md":
            os.kill(os.getpid(), signal.SIGSEGV)
        return original(path, *args)

    monkeypatch.setattr(factcheck.pipeline, "load_document", faulty)
    paths = []
    for name in ("a.md", "hangs.md", "crashes.md", "b.md"):
        (tmp_path / name).write_text("Exports rose 5% last year [1].\n")
        paths.append(str(tmp_path / name))
    code, report = check(*paths, "--timeout", "2")
    # One attempt at each read that hung or crashed: not retried, not handed to the Python
    # evaluator.
    tried = attempts.read_text().splitlines()
    assert tried.count("hangs.md") == 1 and tried.count("crashes.md") == 1, tried
    assert code == 2
    documents = report["documents"]
    assert [d["status"] for d in documents] == ["checked", "failed", "failed", "checked"]
    assert documents[1]["error"] == (
        f"{paths[1]}: error: cannot be read: no answer within 2s while reading it")
    assert documents[2]["error"] == (
        f"{paths[2]}: error: cannot be read: worker killed by SIGSEGV while reading it")
    assert crash_core_findings(report) == []
    assert report["summary"]["failed"] == 2


def test_a_fifo_and_dev_zero_are_one_line_each(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.md"
    os.mkfifo(fifo)
    good = tmp_path / "good.md"
    good.write_text("Exports rose 5% last year [1].\n")
    code, report = check(str(fifo), "/dev/zero", str(good), "--timeout", "5")
    assert code == 2
    documents = report["documents"]
    assert [d["status"] for d in documents] == ["failed", "failed", "checked"]
    assert all(d["error"].startswith(d["path"] + ":") and "\n" not in d["error"]
               for d in documents[:2])
    assert crash_core_findings(report) == []


@pytest.mark.parametrize("failed", [
    lambda task: InputFailure(task, "no answer within 2s while reading it"),
    lambda task: Failure(task, "no answer within 2s", "no answer within 2s")])
def test_a_problem_found_while_walking_keeps_its_result_whatever_its_reader_did(
    failed: Any,
) -> None:
    # Such a result passes through the readers to keep its place in the batch; on a loaded
    # machine its reader may not answer in time, which once crashed the batch (TypeError).
    walked = DocumentResult(path="missing.md", status=DocumentStatus.FAILED,
                            error="missing.md: error: no such file or directory")
    assert settle(failed(walked)) == walked
