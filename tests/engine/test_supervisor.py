"""Crash containment, with stand-in workers: a real SIGSEGV and a real hang."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from factcheck.engine.supervisor import FALLBACK, Failure, Recovered, Supervisor


def factory(behaviour: dict[str, str]) -> Callable[[str], Callable[[str], str]]:
    def make(mode: str) -> Callable[[str], str]:
        def check(task: str) -> str:
            action = behaviour.get(task, "ok") if mode != FALLBACK else behaviour.get(
                f"{task}:fallback", "ok")
            if action == "segv":
                os.kill(os.getpid(), signal.SIGSEGV)
            if action == "hang":
                time.sleep(60)
            if action == "exit":
                os._exit(3)
            return f"{task} checked by {mode}"

        return check

    return make


def test_results_in_input_order_with_two_workers() -> None:
    tasks = [f"doc{i}" for i in range(12)]
    supervisor = Supervisor(factory({}), jobs=2, timeout=10)
    assert list(supervisor.run(tasks)) == [f"{t} checked by primary" for t in tasks]


def test_segfault_and_hang_are_retried_then_recovered_by_the_fallback() -> None:
    supervisor = Supervisor(factory({"b": "segv", "c": "hang"}), jobs=1, timeout=1.5)
    start = time.monotonic()
    results = list(supervisor.run(["a", "b", "c", "d"]))
    assert results[0] == "a checked by primary"
    assert isinstance(results[1], Recovered)
    assert results[1].result == "b checked by fallback"
    assert "SIGSEGV" in results[1].primary_error
    assert isinstance(results[2], Recovered)
    assert "no answer within 1.5s" in results[2].primary_error
    assert results[3] == "d checked by primary"
    assert time.monotonic() - start < 20


def test_failing_fallback_is_reported_not_lost() -> None:
    supervisor = Supervisor(factory({"x": "exit", "x:fallback": "segv"}), jobs=1, timeout=5)
    results = list(supervisor.run(["x", "y"]))
    assert isinstance(results[0], Failure)
    assert "exited with code 3" in results[0].primary_error
    assert "SIGSEGV" in results[0].fallback_error
    assert results[1] == "y checked by primary"


def test_no_worker_processes_left_behind(tmp_path: Path) -> None:
    supervisor = Supervisor(factory({"b": "hang"}), jobs=2, timeout=1)
    list(supervisor.run(["a", "b", "c"]))
    import multiprocessing

    assert multiprocessing.active_children() == []


def test_tasks_are_read_lazily_within_a_bounded_window() -> None:
    # An endless stream of tasks: the supervisor must answer the first ones without reading
    # it all, and hold only a window of tasks at a time however long the batch runs.
    read = 0

    def endless() -> Iterator[str]:
        nonlocal read
        while True:
            read += 1
            yield f"doc{read}"

    results = Supervisor(factory({}), jobs=2, timeout=10).run(endless())
    for expected in range(1, 301):
        assert next(results) == f"doc{expected} checked by primary"
        assert read - expected <= 64
    results.close()
