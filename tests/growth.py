"""How a cost grows with input size, without asserting seconds.

A test that says "this takes under 5 s" passes on a fast machine whatever the algorithm and
fails on a loaded one however good it is. These helpers compare the CPU time of the same work
on a small and a 4-times larger input instead: linear work costs about 4 times as much, the
quadratic work such tests guard against 16 times. CPU time of this process (not wall time)
leaves out what other processes on a shared machine do; a measurement over the bound is
retried, since a single reading can still be disturbed (a collection, a cache flush).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

FACTOR = 4
# Linear growth gives FACTOR, quadratic FACTOR ** 2: the bound sits between them, with room
# for the n·log n of sorting and for noise.
BOUND = 8.0


def cpu_seconds(work: Callable[[T], object], argument: T) -> float:
    start = time.process_time()
    work(argument)
    return time.process_time() - start


def growth(work: Callable[[T], object], make: Callable[[int], T], size: int,
           factor: int = FACTOR) -> float:
    """CPU time of ``work(make(size * factor))`` over that of ``work(make(size))``."""
    small, large = make(size), make(size * factor)
    work(small)  # warm: lazily built tables, compiled patterns
    # A floor of a millisecond keeps a tiny small case from making any large one look steep.
    return cpu_seconds(work, large) / max(cpu_seconds(work, small), 1e-3)


def assert_linear(work: Callable[[T], object], make: Callable[[int], T], size: int,
                  label: str = "", attempts: int = 3) -> None:
    """``work`` on ``make(size * 4)`` costs at most ``BOUND`` times ``work`` on ``make(size)``
    in one of ``attempts`` measurements."""
    ratios = []
    for _ in range(attempts):
        ratios.append(growth(work, make, size))
        if ratios[-1] <= BOUND:
            return
    raise AssertionError(f"{label}: ×{FACTOR} input cost ×{min(ratios):.1f} (bound ×{BOUND:g}; "
                         f"all tries: {', '.join(f'×{r:.1f}' for r in ratios)})")
