"""The debounce: a change after a quiet spell is checked at once, a burst once it is quiet.

Times are asserted from below (a check never comes before its due time, which the scheduler
computes from the clock). "At once" is asserted against a delay of LONG seconds, far past the
time any machine takes to pass a request to a thread, not as an absolute bound, so a loaded
machine does not fail them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from factcheck.lsp.scheduler import Scheduler

DEBOUNCE = 0.3
LONG = 30.0  # a delay no check made "at once" can come near


class Recorder:
    def __init__(self) -> None:
        self.checks: list[tuple[str, float]] = []
        self.event = threading.Event()

    def __call__(self, uri: str) -> None:
        self.checks.append((uri, time.monotonic()))
        self.event.set()

    def wait(self, count: int, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.checks) < count:
            assert time.monotonic() < deadline, f"{len(self.checks)} checks, wanted {count}"
            self.event.wait(0.05)
            self.event.clear()


@pytest.fixture
def running() -> Iterator[tuple[Scheduler, Recorder]]:
    recorder = Recorder()
    scheduler = Scheduler(recorder)
    thread = threading.Thread(target=scheduler.run, daemon=True)
    thread.start()
    yield scheduler, recorder
    scheduler.stop()
    thread.join(5)
    assert not thread.is_alive()


def test_a_change_after_quiet_is_checked_at_once(running: tuple[Scheduler, Recorder]) -> None:
    scheduler, recorder = running
    asked = time.monotonic()
    scheduler.request("a", LONG)
    recorder.wait(1)
    assert recorder.checks[0][1] - asked < LONG  # not held back by the delay


def test_a_burst_is_checked_once_more_when_quiet(running: tuple[Scheduler, Recorder]) -> None:
    scheduler, recorder = running
    for _ in range(6):
        # Read before the request: the scheduler's own clock reading, from which the check
        # falls due, is then never earlier than this one (read after, it was, by up to a
        # millisecond on a loaded machine).
        last = time.monotonic()
        scheduler.request("a", DEBOUNCE)
        time.sleep(0.02)
    recorder.wait(2)
    time.sleep(DEBOUNCE * 2)
    # The first change at once, then one check for the rest, not before the quiet delay.
    assert len(recorder.checks) == 2
    assert recorder.checks[1][1] >= last + DEBOUNCE


def test_open_and_save_are_checked_at_once_and_cancel_forgets(
        running: tuple[Scheduler, Recorder]) -> None:
    scheduler, recorder = running
    scheduler.request("a", LONG)
    recorder.wait(1)
    scheduler.request("a", LONG)  # within the delay: held back…
    saved = time.monotonic()
    scheduler.request("a", 0)  # …until a save, which is checked at once
    recorder.wait(2)
    assert recorder.checks[1][1] - saved < LONG
    scheduler.request("b", 10.0)
    scheduler.request("b", 10.0)
    scheduler.cancel("b")
    time.sleep(0.1)
    assert [uri for uri, _ in recorder.checks] == ["a", "a"]


def test_stop_ends_run_while_it_waits() -> None:
    scheduler = Scheduler(lambda uri: None)
    scheduler.request("a", 60.0)
    scheduler.request("a", 60.0)  # due in a minute
    thread = threading.Thread(target=scheduler.run, daemon=True)
    thread.start()
    scheduler.stop()
    thread.join(5)
    assert not thread.is_alive()
