"""The Dask path under hostile input: hung documents are cut off on the worker and free it,
documents queued behind them are checked normally, errors keep their text, the Python-rule time
limit applies, and unreadable articles cost one line, never the main process.

One small LocalCluster on 127.0.0.1 for the module: one worker with one thread, so every
document queues behind the one before it.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import factcheck.engine.dask_runner as dask_runner
import factcheck.pipeline
from factcheck.cli import app
from factcheck.dsl.ruleset import load_ruleset
from factcheck.engine.supervisor import reading
from factcheck.extract import default_lexicon
from factcheck.models import DocumentResult
from factcheck.pipeline import ArticleReader, BatchOptions, check_paths

distributed = pytest.importorskip("distributed")

HANGING_RULES = '''
import signal
from factcheck.dsl import rule

@rule(id="test.hang", severity="info", description="Hangs on some documents.",
      examples={"flag": ["a"], "pass": ["b"]})
def hang(doc):
    if "SPIN" in doc.document.text:
        # The rule time limit's alarm blocked: spinning as the matching core's C code would.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        while True:
            pass
    if "LOOP" in doc.document.text:
        while True:  # a plain Python loop: the rule time limit ends it
            pass
    return []
'''


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as local:
        yield local


def write(folder: Path, texts: dict[str, str]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for name, text in texts.items():
        path = folder / name
        path.write_text(text)
        paths.append(path)
    return paths


def _cpu_seconds(pid: int) -> float:
    """CPU time used so far by ``pid`` and every process below it."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                pending += [int(child) for child in task.read_text().split()]
            except OSError:
                continue
    return total


def test_a_hung_document_is_cut_off_on_the_worker_and_frees_it(
    cluster: Any, tmp_path: Path
) -> None:
    rules = tmp_path / "hang.py"
    rules.write_text(HANGING_RULES)
    write(tmp_path / "articles", {
        "a.md": "Exports rose 5% last year [1].\n",
        "b.md": "Imports fell 7% SPIN last year [1].\n",
        "c.md": "Exports rose 6% LOOP last year [1].\n",
        "d.md": "Exports rose 8% last year [1].\n",
        "e.md": "Exports rose 9% last year [1].\n",
    })
    options = BatchOptions(dask=cluster.scheduler_address, timeout=3, rule_timeout=1)
    ruleset = load_ruleset(python_paths=[rules])
    results: list[DocumentResult] = list(
        check_paths([tmp_path / "articles"], ruleset, default_lexicon(), options))
    by_name = {Path(result.path).name: result for result in results}
    assert [Path(r.path).name for r in results] == ["a.md", "b.md", "c.md", "d.md", "e.md"]
    # Queued behind the hung one on the only worker thread, and checked normally.
    for name in ("a.md", "d.md", "e.md"):
        assert by_name[name].status == "checked", by_name[name]
        assert by_name[name].engine == "durable"
        assert [f.rule_id for f in by_name[name].findings] == ["citation.unresolved"]
    # The Python-rule time limit applies on the worker.
    looped = by_name["c.md"]
    assert looped.status == "checked"
    assert [f.rule_id for f in looped.findings] == ["engine.rule-timeout", "citation.unresolved"]
    # The hung one hangs the Python evaluator too: not checked, and both errors say why.
    hung = by_name["b.md"]
    assert hung.status == "failed"
    assert hung.error is not None
    assert "matching core: no answer within 3s; Python evaluator: no answer within 3s" in (
        hung.error)
    # Nothing on the worker is still spinning on it.
    client = distributed.Client(cluster.scheduler_address, set_as_default=False)
    try:
        (pid,) = client.run(os.getpid).values()
    finally:
        client.close()
    before, started = _cpu_seconds(pid), time.monotonic()
    time.sleep(1.0)
    # A worker still spinning would use a whole core over the window; an idle one next to none.
    assert _cpu_seconds(pid) - before < (time.monotonic() - started) / 2


CRASHING_RULES = '''
import os, signal
from factcheck.dsl import rule

@rule(id="test.crash", severity="info", description="Crashes its process.",
      examples={"flag": ["a"], "pass": ["b"]})
def crash(doc):
    os.kill(os.getpid(), signal.SIGSEGV)
'''


def test_the_first_error_is_kept_when_the_cluster_fails_a_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def lost(address: str, spec: Any, key: str, items: Any, timeout: float) -> Iterator[Any]:
        for document in items:
            yield dask_runner.RemoteFailure(document, "KilledWorker: worker lost twice")

    monkeypatch.setattr(dask_runner, "run_on_dask", lost)
    rules = tmp_path / "crash.py"
    rules.write_text(CRASHING_RULES)  # so the local fallback crashes too
    (path,) = write(tmp_path / "articles", {"a.md": "Exports rose 5% last year [1].\n"})
    (result,) = check_paths([path], load_ruleset(python_paths=[rules]), default_lexicon(),
                            BatchOptions(dask="tcp://127.0.0.1:1", timeout=10))
    assert result.status == "failed"
    assert result.error == (
        f"{path}: error: could not be checked: matching core: KilledWorker: worker lost twice; "
        "Python evaluator: worker killed by SIGSEGV")


@dataclass(frozen=True)
class StuckReader(ArticleReader):
    """Reads articles as the batch does, but never finishes reading ``stuck.md``."""

    def __call__(self, mode: str) -> Callable[[Any], Any]:
        read = super().__call__(mode)

        def stuck(task: Any) -> Any:
            if isinstance(task, Path) and task.name == "stuck.md":
                reading()
                time.sleep(60)
            return read(task)

        return stuck


def test_unreadable_articles_cost_one_line_each_and_never_the_main_process(
    cluster: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Articles are read in supervised local workers: one stuck on an article is cut off too.
    monkeypatch.setattr(factcheck.pipeline, "ArticleReader", StuckReader)
    fifo = tmp_path / "fifo.md"
    os.mkfifo(fifo)
    good, stuck_path = write(tmp_path, {"good.md": "Exports rose 5% last year [1].\n",
                                        "stuck.md": "Exports rose 5% last year [1].\n"})
    result = CliRunner().invoke(app, [
        "check", "--format", "json", "--timeout", "2", "--dask", cluster.scheduler_address,
        str(fifo), "/dev/zero", str(stuck_path), str(tmp_path / "missing.md"), str(good)],
        catch_exceptions=False)
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert report["complete"] is True
    documents = report["documents"]
    assert [d["path"] for d in documents] == [
        str(fifo), "/dev/zero", str(stuck_path), str(tmp_path / "missing.md"), str(good)]
    assert [d["status"] for d in documents] == ["failed"] * 4 + ["checked"]
    assert documents[2]["error"] == (
        f"{stuck_path}: error: cannot be read: no answer within 2s while reading it")
    assert documents[3]["error"] == f"{tmp_path / 'missing.md'}: error: no such file or directory"
    assert not any(f["rule_id"] == "engine.crash" for d in documents for f in d["findings"])
    assert "Traceback" not in result.output
