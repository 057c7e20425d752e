"""Running a batch on a Dask distributed cluster, results streamed back in input order.

Nothing needs to be shared with the workers but the Python environment: each task carries the
loaded document (text and sources), and the checker travels as a picklable worker factory (the
pipeline's, whose rule set is plain data: YAML specs and Python rule sources) that is called in
each checking process to build its checker. This module knows nothing of what checking is.

On a Dask worker a document is checked the way a local batch checks it: by a ``Supervisor``
whose checking process (a fresh interpreter, one per Dask worker thread, kept between tasks)
runs under the watchdog. A document that crashes or hangs it is killed with its process,
retried, then checked by the Python evaluator, so the Dask thread is free again after at most
three timeouts and a hung document never keeps a worker spinning after the batch. Python rules
run in that process's main thread, where their own time limit applies.

Dask's own failures (a worker lost, ``KilledWorker``, no answer from the cluster at all) come
back to the caller as a ``RemoteFailure``, to be checked locally like any crashed document.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from factcheck.engine.supervisor import Supervisor, WorkerFactory
from factcheck.log import get_logger
from factcheck.models import Document

log = get_logger(__name__)

WINDOW = 256  # tasks in flight at once: enough to keep a cluster busy, bounded memory
# A task on the cluster is its checking process's three attempts at most (primary, retry,
# fallback), each under the timeout, plus starting fresh interpreters for them.
ATTEMPTS = 3
START_UP = 60.0


# One supervisor per Dask worker thread: a Supervisor serves one caller at a time, and its
# checking process dies with the thread that started it.
_LOCAL = threading.local()


def _supervisor(spec_key: str, spec: WorkerFactory, timeout: float) -> Supervisor:
    current: tuple[str, Supervisor] | None = getattr(_LOCAL, "supervisor", None)
    if current is not None and current[0] == spec_key:
        return current[1]
    if current is not None:
        current[1].close()  # another rule set: its checking process is of no more use
    supervisor = Supervisor(spec, jobs=1, timeout=timeout, start_method="spawn",
                            keep_workers=True)
    _LOCAL.supervisor = (spec_key, supervisor)
    return supervisor


def _check_remote(spec_key: str, spec: WorkerFactory, timeout: float, document: Any) -> Any:
    """On a Dask worker: a DocumentResult, or the Supervisor's Recovered / Failure."""
    (outcome,) = _supervisor(spec_key, spec, timeout).run([document])
    return outcome


@dataclass(frozen=True)
class RemoteFailure:
    document: Any
    error: str


def run_on_dask(address: str, spec: WorkerFactory, spec_key: str, items: Iterable[Any],
                timeout: float) -> Iterator[Any]:
    """Outcomes in the order of ``items``: a DocumentResult, the Supervisor's Recovered or
    Failure from the cluster, or a RemoteFailure when Dask itself failed the task.

    Items are Documents to check, each by a checker that the picklable ``spec`` builds in a
    checking process of the Dask worker (one per worker thread and ``spec_key``), under
    ``timeout``; anything else (a document that failed to load) passes through in its place.
    """
    from distributed import Client
    from distributed import TimeoutError as DaskTimeout

    # The cluster answers for each task within its attempts: waiting longer for one means the
    # cluster lost it. The wait starts when a task is first in line, so tasks queued behind a
    # slow one are not blamed for it.
    patience = ATTEMPTS * timeout + START_UP
    with Client(address, set_as_default=False) as client:
        pending: deque[tuple[Any, Any]] = deque()
        queue = iter(items)
        exhausted = False
        try:
            while pending or not exhausted:
                while not exhausted and len(pending) < WINDOW:
                    item = next(queue, None)
                    if item is None:
                        exhausted = True
                    elif not isinstance(item, Document):
                        pending.append((item, None))
                    else:
                        pending.append((item, client.submit(
                            _check_remote, spec_key, spec, timeout, item, pure=False,
                        retries=1)))
                if not pending:
                    break
                document, future = pending.popleft()
                if future is None:
                    yield document
                    continue
                yield _outcome(document, future, patience, DaskTimeout)
        finally:
            # The batch is over or abandoned: tasks not yet started never will be.
            client.cancel([future for _, future in pending if future is not None])


def _outcome(document: Any, future: Any, patience: float, dask_timeout: type[Exception]
             ) -> Any:
    started = time.monotonic()
    try:
        return future.result(timeout=patience)
    except (dask_timeout, TimeoutError):
        future.cancel()
        log.warning("dask task lost", path=document.path, waited=time.monotonic() - started)
        return RemoteFailure(document, f"no answer from the cluster within {patience:g}s")
    except Exception as error:  # KilledWorker, a worker's exception: the document fails
        log.warning("dask task failed", path=document.path, error=repr(error))
        return RemoteFailure(document, f"{type(error).__name__}: {error}")
