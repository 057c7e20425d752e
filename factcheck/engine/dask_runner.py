"""Running a batch on a Dask distributed cluster, results streamed back in input order.

Nothing needs to be shared with the workers but the Python environment: each task carries the
loaded document (text and sources), and the rule set travels once as plain data (YAML specs and
Python rule sources) and is rebuilt, once per worker process, into a checker.

A worker that crashes is restarted by its nanny and Dask retries the task; when Dask gives up
(``KilledWorker``) or a task overruns the timeout, the document goes back to the caller as a
failure, to be checked locally by the Python evaluator like any crashed document.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from factcheck.dsl.ruleset import PortableRuleSet
from factcheck.log import get_logger
from factcheck.models import DocumentResult

log = get_logger(__name__)

WINDOW = 256  # tasks in flight at once: enough to keep a cluster busy, bounded memory


@dataclass(frozen=True)
class RemoteChecker:
    """What a Dask worker needs to build a Checker; hashed to build it once per process."""

    rules: PortableRuleSet
    lexicon: Any
    engine: str
    options: Any  # factcheck.pipeline.CheckOptions


_CHECKERS: dict[str, Any] = {}


def _check_remote(spec_key: str, spec: RemoteChecker, document: Any) -> Any:
    from factcheck.pipeline import Checker

    checker = _CHECKERS.get(spec_key)
    if checker is None:
        checker = Checker(spec.rules.build(), spec.lexicon, spec.engine, spec.options)
        _CHECKERS.clear()  # one rule set per worker at a time
        _CHECKERS[spec_key] = checker
    return checker.check_document(document)


@dataclass(frozen=True)
class RemoteFailure:
    document: Any
    error: str


def run_on_dask(address: str, spec: RemoteChecker, spec_key: str, items: Iterable[Any],
                timeout: float) -> Iterator[Any]:
    """Results (DocumentResult, or RemoteFailure) in the order of ``items``.

    Items are Documents to check, or DocumentResults (documents that failed to load), which
    pass through in their place.
    """
    from distributed import Client
    from distributed import TimeoutError as DaskTimeout

    with Client(address, set_as_default=False) as client:
        pending: deque[tuple[Any, Any]] = deque()
        queue = iter(items)
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < WINDOW:
                item = next(queue, None)
                if item is None:
                    exhausted = True
                elif isinstance(item, DocumentResult):
                    pending.append((item, None))
                else:
                    pending.append((item, client.submit(
                        _check_remote, spec_key, spec, item, pure=False, retries=1)))
            if not pending:
                break
            document, future = pending.popleft()
            if future is None:
                yield document
                continue
            try:
                result = future.result(timeout=timeout)
            except (DaskTimeout, TimeoutError):
                future.cancel()
                log.warning("dask task timed out", path=document.path)
                yield RemoteFailure(document, f"no answer within {timeout:g}s on the cluster")
                continue
            except Exception as error:  # KilledWorker, a worker's exception: the document fails
                log.warning("dask task failed", path=document.path, error=repr(error))
                yield RemoteFailure(document, f"{type(error).__name__}: {error}")
                continue
            yield result
