"""Supervised worker processes: a crash or hang in one document loses no other result.

``multiprocessing.Pool`` hangs forever when a worker segfaults and ``ProcessPoolExecutor``
fails every task in flight, so workers are supervised here: each holds one document at a time
under a watchdog; a worker that dies or overruns is killed and replaced, its document retried
once in a fresh worker, then handed to the fallback (the plain-Python evaluator), and only if
that fails too reported as not checked. Results come out in input order as soon as they can.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from factcheck.log import get_logger

log = get_logger(__name__)

# mode -> a function that checks one task; built once per worker, after the fork.
WorkerFactory = Callable[[str], Callable[[Any], Any]]
PRIMARY, FALLBACK = "primary", "fallback"


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


@dataclass
class _Slot:
    process: Any
    conn: Connection
    mode: str
    task: tuple[int, Any, int] | None = None  # (index, task, attempt)
    deadline: float = 0.0


def _worker_main(conn: Connection, factory: WorkerFactory, mode: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when a batch stops
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    faulthandler.disable()  # a crash here is expected and reported by the parent, in one line
    check = factory(mode)
    while True:
        message = conn.recv()
        if message is None:
            return
        index, task = message
        conn.send((index, check(task)))


class Supervisor:
    def __init__(self, factory: WorkerFactory, jobs: int = 1, timeout: float = 60.0) -> None:
        self._factory = factory
        self._jobs = max(1, jobs)
        self._timeout = timeout
        self._context = multiprocessing.get_context("fork")

    def run(self, tasks: Iterable[Any], mode: str = PRIMARY) -> Iterator[Any]:
        """Results (or Recovered / Failure) in the order of ``tasks``.

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
        slots: list[_Slot] = []
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
            for slot in slots:
                self._stop(slot)

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
            if slot.conn.poll():
                try:
                    received_index, result = slot.conn.recv()
                except (EOFError, OSError):
                    problem = self._death(slot)
                else:
                    slot.task = None
                    if slot.mode == FALLBACK:
                        yield received_index, Recovered(result, primary_errors.pop(index, ""))
                    else:
                        yield received_index, result
                    continue
            elif not slot.process.is_alive():
                problem = self._death(slot)
            elif time.monotonic() >= slot.deadline:
                problem = f"no answer within {self._timeout:g}s"
            if problem is None:
                continue
            log.warning("worker failed", task=str(task), mode=slot.mode, attempt=attempt + 1,
                        problem=problem)
            self._stop(slot)
            slots.remove(slot)
            if slot.mode == PRIMARY and attempt == 0:
                queue.appendleft((index, task, 1, PRIMARY))
            elif slot.mode == PRIMARY:
                primary_errors[index] = problem
                queue.appendleft((index, task, 0, FALLBACK))
            else:
                yield index, Failure(task, primary_errors.pop(index, ""), problem)

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
        process = self._context.Process(
            target=_worker_main, args=(child, self._factory, mode), daemon=True)
        process.start()
        child.close()
        return _Slot(process=process, conn=parent, mode=mode)

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
