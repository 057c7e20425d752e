"""Spreading a batch's documents over workers: supervised local processes, or a Dask cluster.

What is done with each document, and with the batch's results, is the pipeline's
(``factcheck.pipeline``). It hands this module its tasks (articles to read, documents read
already, or results known already, which keep their place) and what each worker runs, and gets
back every task's outcome in input order: a result, or the supervisor's ``Recovered``,
``Failure`` or ``InputFailure`` for a task the workers could not finish normally.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import Any

from factcheck.engine.supervisor import FALLBACK, Failure, Recovered, Supervisor, WorkerFactory

SMALL_BATCH = 8  # a handful of tasks goes to one worker; a bigger batch gets one per core


def spread(tasks: Iterable[Any], workers: WorkerFactory, jobs: int | None, timeout: float
           ) -> Iterator[Any]:
    """Each task's outcome, in input order, from supervised worker processes (forked).

    ``jobs`` workers, or when it is None one for a handful of tasks and one per core for more.
    Tasks are read lazily: only the first few are looked at to count them.
    """
    queue = iter(tasks)
    first = list(islice(queue, SMALL_BATCH + 1))  # enough to tell a handful from a batch
    count = jobs or (os.cpu_count() or 1 if len(first) > SMALL_BATCH else 1)
    yield from Supervisor(workers, count, timeout).run(chain(first, queue))


def spread_on_dask(address: str, tasks: Iterable[Any], reader: WorkerFactory,
                   checker: WorkerFactory, key: str, timeout: float) -> Iterator[Any]:
    """Each task's outcome, in input order, from a Dask cluster.

    Articles are read here, by ``reader`` in supervised local workers under the same watchdog
    as a local batch: a FIFO or a device behind an article name costs one timeout and one line,
    never the main process. The documents read are checked on the cluster by ``checker``
    (picklable, built in each checking process there), under ``key`` (the rule set and engine:
    a worker keeps its checker between tasks of one key). A task the cluster fails is checked
    here by ``checker``'s fallback, keeping the cluster's error. Anything else the readers give
    back (a result, a failure) passes through in its place.
    """
    from factcheck.engine.dask_runner import RemoteFailure, run_on_dask

    # Started fresh ("spawn"), not forked: the Dask client runs threads in this process by
    # then, and a fork could copy a lock one of them holds into the new worker.
    readers = Supervisor(reader, jobs=2, timeout=timeout, start_method="spawn")
    fallback = Supervisor(checker, 1, timeout, start_method="spawn")
    for outcome in run_on_dask(address, checker, key, readers.run(tasks), timeout):
        if isinstance(outcome, RemoteFailure):
            (local,) = fallback.run([outcome.document], mode=FALLBACK)
            if isinstance(local, Recovered):
                local = Recovered(local.result, outcome.error)
            elif isinstance(local, Failure):
                local = Failure(local.task, outcome.error, local.fallback_error)
            outcome = local
        yield outcome
