"""Supervised worker processes: a crash or hang in one document loses no other result.

``multiprocessing.Pool`` hangs forever when a worker segfaults and ``ProcessPoolExecutor``
fails every task in flight, so workers are supervised here: each holds one document at a time
under a watchdog; a worker that dies or overruns is killed and replaced, its document retried
once in a fresh worker, then handed to the fallback (the plain-Python evaluator), and only if
that fails too reported as not checked. Results come out in input order as soon as they can.

A worker that fails while it is still reading its task's input (``reading()`` … ``checking()``)
failed on the input, not on checking it: that is reported at once as an ``InputFailure``, not
retried and not handed to the fallback. Workers die with their parent, even one killed by
SIGKILL, so no worker outlives the run that started it.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from factcheck.log import get_logger

log = get_logger(__name__)

# mode -> a function that checks one task; built once per worker, after the fork. With the
# "spawn" start method the factory is pickled, so it must be a module-level object.
WorkerFactory = Callable[[str], Callable[[Any], Any]]
PRIMARY, FALLBACK = "primary", "fallback"
_CHECKING, _READING = 0, 1
_READY = "ready"  # a worker's first message: its checker is built, its task's clock starts
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_NOTHING, _BROKEN = object(), object()  # no result yet; the pipe to the worker is broken


@dataclass(frozen=True)
class Failure:
    """A task the workers could not finish, in either mode."""

    task: Any
    primary_error: str
    fallback_error: str


@dataclass(frozen=True)
class Recovered:
    """A task finished by the fallback after the primary mode failed twice."""

    result: Any
    primary_error: str


@dataclass(frozen=True)
class InputFailure:
    """A task whose worker died or hung while reading its input: the input's fault."""

    task: Any
    error: str


@dataclass(frozen=True)
class _Raised:
    """What a worker sends back for a task whose check raised (a bug, reported in one line)."""

    error: str


@dataclass
class _Slot:
    process: Any
    conn: Connection
    mode: str
    stage: Any  # a shared byte: _READING or _CHECKING, written by the worker
    task: tuple[int, Any, int] | None = None  # (index, task, attempt)
    deadline: float = 0.0


# In a worker process: the stage of its current task, shared with the supervisor.
_stage: Any = None


def reading() -> None:
    """In a worker: the task's input is being read from here on (a failure is the input's)."""
    if _stage is not None:
        _stage.value = _READING


def checking() -> None:
    """In a worker: the task's input is read; a failure from here on is the checker's."""
    if _stage is not None:
        _stage.value = _CHECKING


def _die_with_parent(parent: int) -> None:
    """Make this worker die when its parent does, even by SIGKILL (no cleanup runs then).

    On Linux the kernel sends the worker SIGKILL when the thread that started it exits
    (PR_SET_PDEATHSIG): a worker stuck in C code, which no watchdog thread could interrupt,
    dies too. Elsewhere a thread polls for the parent's death.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before the request took effect
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True,
                     name="factcheck-parent-watch").start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


_DAEMON_FLAG = threading.Lock()


@contextmanager
def _children_allowed() -> Iterator[None]:
    """Let a daemonic process (a Dask worker is one by default) start workers.

    multiprocessing refuses because a daemon is terminated without cleanup, which would orphan
    its children; ours die with their parent (``_die_with_parent``), so the reason is gone.
    """
    config: dict[str, Any] = getattr(multiprocessing.current_process(), "_config", {})
    with _DAEMON_FLAG:
        daemon = config.pop("daemon", None)
        try:
            yield
        finally:
            if daemon is not None:
                config["daemon"] = daemon


def _worker_main(conn: Connection, factory: WorkerFactory, mode: str, stage: Any,
                 parent: int) -> None:
    global _stage
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when a batch stops
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    faulthandler.disable()  # a crash here is expected and reported by the parent, in one line
    _stage = stage
    check = factory(mode)
    conn.send(_READY)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the parent closed the pipe, or is gone: nothing to do
            return
        if message is None:
            return
        index, task = message
        stage.value = _CHECKING
        try:
            result = check(task)
        except Exception as error:  # a bug: one line to the parent, which retries elsewhere
            result = _Raised(f"raised {type(error).__name__}: {error}")
        conn.send((index, result))


class Supervisor:
    """Runs tasks in supervised worker processes.

    ``start_method`` "fork" (the default, Linux) starts workers fast from the parent's memory;
    "spawn" starts fresh interpreters, for parents with threads (a Dask worker), where a fork
    could inherit a lock some other thread held. ``keep_workers`` keeps idle workers between
    calls to ``run`` (call ``close`` at the end) instead of stopping them after each.
    """

    def __init__(self, factory: WorkerFactory, jobs: int = 1, timeout: float = 60.0,
                 start_method: str = "fork", keep_workers: bool = False) -> None:
        self._factory = factory
        self._jobs = max(1, jobs)
        self._timeout = timeout
        self._context: Any = multiprocessing.get_context(start_method)
        self._keep_workers = keep_workers
        self._slots: list[_Slot] = []

    def run(self, tasks: Iterable[Any], mode: str = PRIMARY) -> Iterator[Any]:
        """Results (or Recovered / Failure / InputFailure) in the order of ``tasks``.

        Tasks are read lazily and at most ``window`` of them are held at a time (queued, in a
        worker, or finished but waiting for an earlier one), so a batch of any length runs in
        flat memory. ``mode`` FALLBACK starts the tasks in the fallback, e.g. for a document
        that already failed elsewhere.
        """
        source = enumerate(tasks)
        window = max(64, self._jobs * 16)  # room for the others to go on while one hangs
        queue: deque[tuple[int, Any, int, str]] = deque()
        done: dict[int, Any] = {}
        primary_errors: dict[int, str] = {}
        slots = self._slots
        read = next_out = 0
        exhausted = False
        try:
            while True:
                while not exhausted and read - next_out < window:
                    item = next(source, None)
                    if item is None:
                        exhausted = True
                    else:
                        queue.append((item[0], item[1], 0, mode))
                        read += 1
                if exhausted and next_out == read:
                    return
                self._dispatch(queue, slots)
                for index, outcome in self._collect(slots, queue, primary_errors):
                    done[index] = outcome
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
        finally:
            # A worker still on a task belongs to a run that was abandoned: never reuse it.
            for slot in [s for s in slots if s.task is not None or not self._keep_workers]:
                self._stop(slot)
                slots.remove(slot)

    def close(self) -> None:
        """Stop the workers kept between runs."""
        for slot in self._slots:
            self._stop(slot)
        self._slots.clear()

    def _dispatch(self, queue: deque[tuple[int, Any, int, str]], slots: list[_Slot]) -> None:
        for slot in slots:
            if slot.task is None and queue and queue[0][3] == slot.mode:
                self._send(slot, queue.popleft())
        while queue and sum(slot.task is not None for slot in slots) < self._jobs:
            idle = next((s for s in slots if s.task is None and s.mode == queue[0][3]), None)
            if idle is None:
                spare = next((s for s in slots if s.task is None), None)
                if spare is not None:  # an idle worker of the other mode makes room
                    self._stop(spare)
                    slots.remove(spare)
                idle = self._start(queue[0][3])
                slots.append(idle)
            self._send(idle, queue.popleft())

    def _send(self, slot: _Slot, item: tuple[int, Any, int, str]) -> None:
        index, task, attempt, _ = item
        slot.task = (index, task, attempt)
        slot.deadline = time.monotonic() + self._timeout
        slot.conn.send((index, task))

    def _collect(
        self, slots: list[_Slot], queue: deque[tuple[int, Any, int, str]],
        primary_errors: dict[int, str],
    ) -> Iterator[tuple[int, Any]]:
        busy = [slot for slot in slots if slot.task is not None]
        if not busy:
            return
        nearest = min(slot.deadline for slot in busy)
        waitables: list[Any] = [slot.conn for slot in busy] + [slot.process.sentinel for slot in busy]
        wait(waitables, timeout=max(0.0, nearest - time.monotonic()))
        for slot in busy:
            assert slot.task is not None
            index, task, attempt = slot.task
            problem = None
            received = self._receive(slot)
            if isinstance(received, _Raised):
                problem = received.error
            elif received is _BROKEN:
                problem = self._death(slot)
            elif received is not _NOTHING:
                slot.task = None
                if slot.mode == FALLBACK:
                    yield index, Recovered(received, primary_errors.pop(index, ""))
                else:
                    yield index, received
                continue
            elif not slot.process.is_alive():
                problem = self._death(slot)
            elif time.monotonic() >= slot.deadline:
                problem = f"no answer within {self._timeout:g}s"
            if problem is None:
                continue
            input_failed = slot.stage.value == _READING
            log.warning("worker failed", task=str(task), mode=slot.mode, attempt=attempt + 1,
                        problem=problem, reading=input_failed)
            self._stop(slot)
            slots.remove(slot)
            if input_failed:
                primary_errors.pop(index, None)
                yield index, InputFailure(task, f"{problem} while reading it")
            elif slot.mode == PRIMARY and attempt == 0:
                queue.appendleft((index, task, 1, PRIMARY))
            elif slot.mode == PRIMARY:
                primary_errors[index] = problem
                queue.appendleft((index, task, 0, FALLBACK))
            else:
                yield index, Failure(task, primary_errors.pop(index, ""), problem)

    def _receive(self, slot: _Slot) -> Any:
        """The task's result if it has come, else _NOTHING (or _BROKEN: the worker is gone).

        A worker's first message says it is ready: its task's time starts then, so building a
        checker in a fresh interpreter does not count against the document.
        """
        try:
            while slot.conn.poll():
                message = slot.conn.recv()
                if message == _READY:
                    slot.deadline = time.monotonic() + self._timeout
                    continue
                _, result = message
                return result
        except (EOFError, OSError):
            return _BROKEN
        return _NOTHING

    @staticmethod
    def _death(slot: _Slot) -> str:
        slot.process.join(timeout=1)
        code = slot.process.exitcode
        if code is not None and code < 0:
            try:
                return f"worker killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"worker killed by signal {-code}"
        return f"worker exited with code {code}"

    def _start(self, mode: str) -> _Slot:
        parent, child = self._context.Pipe()
        stage = self._context.RawValue("b", _CHECKING)
        process = self._context.Process(
            target=_worker_main, args=(child, self._factory, mode, stage, os.getpid()),
            daemon=True)
        with _children_allowed():
            process.start()
        child.close()
        return _Slot(process=process, conn=parent, mode=mode, stage=stage)

    @staticmethod
    def _stop(slot: _Slot) -> None:
        try:
            if slot.task is None and slot.process.is_alive():
                slot.conn.send(None)
                slot.process.join(timeout=2)
        except (OSError, BrokenPipeError):
            pass
        if slot.process.is_alive():
            os.kill(slot.process.pid, signal.SIGKILL)
            slot.process.join(timeout=5)
        slot.conn.close()
