"""Crash containment, with stand-in workers: a real SIGSEGV and a real hang; workers that
fail while reading their input; workers that die with their parent."""

from __future__ import annotations

import functools
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from factcheck.engine.supervisor import (
    FALLBACK,
    Failure,
    InputFailure,
    Recovered,
    Supervisor,
    checking,
    reading,
)


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
    # A hang that was not cut would end after 60 s as "c checked by primary": the results
    # say it was cut, without timing the run.
    results = list(supervisor.run(["a", "b", "c", "d"]))
    assert results[0] == "a checked by primary"
    assert isinstance(results[1], Recovered)
    assert results[1].result == "b checked by fallback"
    assert "SIGSEGV" in results[1].primary_error
    assert isinstance(results[2], Recovered)
    assert "no answer within 1.5s" in results[2].primary_error
    assert results[3] == "d checked by primary"


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


def reading_factory(behaviour: dict[str, str], attempts: Path | None = None
                    ) -> Callable[[str], Callable[[str], str]]:
    """Workers that read their task first (marked), then check it: ``read-…`` actions go
    wrong while reading. Each attempt at a task adds a ``task mode`` line to ``attempts``."""
    inner = factory({task: action for task, action in behaviour.items()
                     if not action.startswith("read-")})

    def make(mode: str) -> Callable[[str], str]:
        check = inner(mode)

        def run(task: str) -> str:
            if attempts is not None:
                with attempts.open("a") as log:  # workers are processes: a file, not a list
                    log.write(f"{task} {mode}\n")
            reading()
            action = behaviour.get(task, "")
            if action == "read-hang":
                time.sleep(60)
            if action == "read-segv":
                os.kill(os.getpid(), signal.SIGSEGV)
            checking()
            return check(task)

        return run

    return make


def test_a_worker_failing_while_reading_is_the_inputs_failure_not_retried(
    tmp_path: Path,
) -> None:
    attempts = tmp_path / "attempts"
    supervisor = Supervisor(reading_factory({"fifo": "read-hang", "zero": "read-segv",
                                             "crash": "segv"}, attempts), jobs=1, timeout=1.5)
    results = list(supervisor.run(["a", "fifo", "zero", "crash", "b"]))
    assert results[0] == "a checked by primary"
    assert results[1] == InputFailure("fifo", "no answer within 1.5s while reading it")
    assert results[2] == InputFailure("zero", "worker killed by SIGSEGV while reading it")
    # a crash after reading is still the matching core's: retried, then the fallback
    assert isinstance(results[3], Recovered)
    assert "SIGSEGV" in results[3].primary_error
    assert results[4] == "b checked by primary"
    # One attempt at each input that failed while reading it: no retry, no fallback. The
    # crash after reading was retried, then handed to the fallback.
    tried = attempts.read_text().splitlines()
    assert [line for line in tried if line.split()[0] in ("fifo", "zero")] == [
        "fifo primary", "zero primary"]
    assert [line for line in tried if line.startswith("crash ")] == [
        "crash primary", "crash primary", f"crash {FALLBACK}"]


def test_a_check_that_raises_is_retried_in_one_line_without_a_traceback(
    capfd: pytest.CaptureFixture[str],
) -> None:
    def make(mode: str) -> Callable[[str], str]:
        def check(task: str) -> str:
            if mode != FALLBACK and task == "bug":
                raise ValueError("no such figure")
            return f"{task} checked by {mode}"

        return check

    results = list(Supervisor(make, jobs=1, timeout=10).run(["bug", "ok"]))
    assert results[0] == Recovered("bug checked by fallback", "raised ValueError: no such figure")
    assert results[1] == "ok checked by primary"
    assert "Traceback" not in capfd.readouterr().err


def pid_of_worker(mode: str) -> Callable[[str], int]:
    return lambda task: os.getpid()


def test_kept_workers_serve_later_runs_until_closed() -> None:
    supervisor = Supervisor(pid_of_worker, jobs=1, timeout=10, keep_workers=True)
    (first,) = supervisor.run(["a"])
    (second,) = supervisor.run(["b"])
    assert first == second != os.getpid()
    supervisor.close()
    assert not Path(f"/proc/{first}").exists() or _state(first) == "Z"


@dataclass(frozen=True)
class Greeter:
    """A worker factory that can be pickled, as the "spawn" start method needs."""

    greeting: str

    def __call__(self, mode: str) -> Callable[[str], str]:
        return functools.partial(_greet, self.greeting)


def _greet(greeting: str, task: str) -> str:
    return f"{greeting} {task} from {os.getpid()}"


def _supervise_in_a_daemon(results: Any) -> None:
    supervisor = Supervisor(Greeter("hello"), jobs=1, timeout=60, start_method="spawn")
    results.put(list(supervisor.run(["a", "b"])))


def test_a_daemonic_process_such_as_a_dask_worker_can_supervise_spawned_workers() -> None:
    # Dask workers are daemonic processes, which multiprocessing forbids to have children.
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    daemon = context.Process(target=_supervise_in_a_daemon, args=(results,), daemon=True)
    daemon.start()
    greetings = results.get(timeout=60)
    daemon.join(timeout=10)
    assert [greeting.rsplit(" ", 2)[0] for greeting in greetings] == ["hello a", "hello b"]
    assert daemon.exitcode == 0


def _state(pid: int) -> str:
    """The process state letter of ``pid`` (R running, S sleeping, Z zombie…), "" if gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return ""


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


STUCK_RULE = '''
import signal, time
from factcheck.dsl import rule

@rule(id="test.stuck", severity="info", description="Never returns, whatever time limit.",
      examples={"flag": ["a"], "pass": ["b"]})
def stuck(doc):
    # Blocked, the rule time limit's alarm never arrives: a worker stuck as in C code.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(120)
    return []
'''


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_a_killed_factcheck_check(tmp_path: Path) -> None:
    rules = tmp_path / "stuck.py"
    rules.write_text(STUCK_RULE)
    article = tmp_path / "a.md"
    article.write_text("Exports rose 5% last year [1].\n")
    command = [sys.executable, "-m", "factcheck", "check", str(article), "--python-rules",
               str(rules), "--timeout", "300"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while not workers and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.1)
            workers = _children(process.pid)
        assert workers, "factcheck check started no worker"
        time.sleep(0.5)  # the worker is in the stuck rule by now, or about to be
        process.kill()
        process.wait(timeout=10)
        gone_by = time.monotonic() + 5
        while time.monotonic() < gone_by and any(_state(pid) not in ("", "Z") for pid in workers):
            time.sleep(0.1)
        assert [_state(pid) for pid in workers] in ([""] * len(workers), ["Z"] * len(workers))
    finally:  # no orphan left behind by a failing run of this test
        if process.poll() is None:
            process.kill()
        for pid in workers:
            if _state(pid) not in ("", "Z"):
                os.kill(pid, signal.SIGKILL)
