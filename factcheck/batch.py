"""A batch run: discover articles, check them in supervised workers, write one report.

SIGINT and SIGTERM stop the batch between documents: the findings so far are written, the
report is marked incomplete, and the exit code is 130 or 143.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

from factcheck import __version__
from factcheck.dsl.ruleset import RuleSet
from factcheck.engine.supervisor import (
    FALLBACK,
    Failure,
    InputFailure,
    Recovered,
    Supervisor,
)
from factcheck.engine_rules import UNNAMED_SUPPRESSION
from factcheck.errors import FactcheckError, LoadError, path_text
from factcheck.extract import Lexicon
from factcheck.limits import DEFAULT_LIMITS, DocumentLimits
from factcheck.load import Confinement, discover, discover_marked
from factcheck.load.inputs import Inputs
from factcheck.log import get_logger
from factcheck.models import Document, DocumentResult, DocumentStatus, Finding, Report, Severity
from factcheck.pipeline import Checker, CheckOptions, available_engine
from factcheck.report import RenderContext, inert_json, renderer
from factcheck.review.store import ReviewFile

log = get_logger(__name__)

SMALL_BATCH = 8  # a handful of articles goes to one worker; a bigger batch gets one per core
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3, "never": 99}
# Lists of issues or reviews with no place for a run's figures: the suppressed count goes to
# the log instead, so that no format keeps quiet about it.
COUNTLESS_FORMATS = ("codeclimate", "claimreview")


@dataclass
class BatchOptions:
    sources: list[Path] = field(default_factory=list)
    engine: str = "durable"
    jobs: int | None = None
    timeout: float = 60.0
    ledger: Any = None
    keep_text: bool = False  # the HTML report shows each article's text
    baseline: ReviewFile | None = None  # findings dismissed or baselined there are hidden
    dask: str | None = None  # scheduler address: run the batch on that Dask cluster
    confinement: Confinement | None = None  # the roots walking and reading stay inside
    limits: DocumentLimits | None = None  # per-document bounds; the defaults if None
    color: str = "auto"  # the text report: "always", "never", or "auto" (a terminal, no NO_COLOR)
    statistics: bool = False  # after the report, the count of findings per rule on stderr
    rule_timeout: float = 5.0  # seconds one Python rule may run on one document
    suppressions: bool = True  # honour factcheck-ignore comments (off: --no-suppressions)


class Interrupted(Exception):
    def __init__(self, signum: int) -> None:
        self.signum = signum


def check_options(options: BatchOptions) -> CheckOptions:
    """How each document of the batch is checked, wherever it is."""
    return CheckOptions(sources=options.sources, ledger=options.ledger,
                        keep_text=options.keep_text, confinement=options.confinement,
                        rule_timeout=options.rule_timeout, suppressions=options.suppressions,
                        limits=(options.limits or DEFAULT_LIMITS).within(options.timeout))


def checker_factory(ruleset: RuleSet, lexicon: Lexicon, options: BatchOptions
                    ) -> Callable[[str], Callable[[Path | Document], DocumentResult]]:
    """What each worker runs: the chosen engine, or the Python evaluator as the fallback."""
    settings = check_options(options)

    def make(mode: str) -> Callable[[Path | Document], DocumentResult]:
        engine = "python" if mode == FALLBACK else options.engine
        return Checker(ruleset, lexicon, engine, settings).check_task

    return make


def check_paths(paths: Iterable[Path | Document], ruleset: RuleSet, lexicon: Lexicon, options: BatchOptions
                ) -> Iterator[DocumentResult]:
    """Every discovered document's result, in input order, discovering as the batch goes.

    A YAML or JSON file that is no article is left out: with a warning if it was named, silently
    if it was found walking a folder.
    """
    found = discover_marked(paths, options.confinement)
    if options.dask:
        yield from _check_on_dask(found, ruleset, lexicon, options)
        return
    # Decided here, before the workers are forked: one warning for the run, not one per worker.
    options = replace(options, engine=available_engine(options.engine))
    first = list(islice(found, SMALL_BATCH + 1))  # enough to tell a handful from a batch
    articles_seen = sum(isinstance(item, Path) for item, _ in first)
    jobs = options.jobs or (os.cpu_count() or 1 if articles_seen > SMALL_BATCH else 1)
    # Load errors keep their place in the output: each discovered item leaves a slot here,
    # for an article the supervisor is checking whether it was found walking a folder. The
    # supervisor reads articles a bounded window ahead, so this queue stays short.
    pending: deque[LoadError | bool] = deque()

    def articles() -> Iterator[Path | Document]:
        for item, walked in chain(first, found):
            if isinstance(item, LoadError):
                pending.append(item)
            else:
                pending.append(walked)
                yield item

    def load_failures() -> Iterator[DocumentResult]:
        while pending and isinstance(pending[0], LoadError):
            error = pending.popleft()
            assert isinstance(error, LoadError)
            yield _load_failure(error)

    supervisor = Supervisor(checker_factory(ruleset, lexicon, options), jobs, options.timeout)
    for outcome in supervisor.run(articles()):
        yield from load_failures()
        walked = pending.popleft()
        result = _settle(outcome)
        if not _skipped(result, walked is True):
            yield result
    yield from load_failures()


def _skipped(result: DocumentResult, walked: bool) -> bool:
    """Whether ``result`` is a file that is no article, to leave out; said if it was named."""
    if result.status is not DocumentStatus.SKIPPED:
        return False
    if not walked:
        log.warning(f"skipped: {result.error}", path=result.path)
    return True


def _check_on_dask(found: Iterable[tuple[Path | Document | LoadError, bool]], ruleset: RuleSet,
                   lexicon: Lexicon, options: BatchOptions) -> Iterator[DocumentResult]:
    """The batch on a Dask cluster. Articles are read here, but in supervised local workers
    under the same watchdog as a local batch: a FIFO or a device behind an article name costs
    one timeout and one line, never the main process."""
    from factcheck.dsl.ruleset import PortableRuleSet
    from factcheck.engine.dask_runner import (
        ArticleReader,
        RemoteChecker,
        RemoteFailure,
        run_on_dask,
    )

    settings = check_options(options)
    spec = RemoteChecker(PortableRuleSet.of(ruleset), lexicon, options.engine, settings,
                         options.timeout)
    # Started fresh ("spawn"), not forked: the Dask client runs threads in this process by
    # then, and a fork could copy a lock one of them holds into the new worker.
    readers = Supervisor(ArticleReader(settings), jobs=2, timeout=options.timeout,
                         start_method="spawn")
    fallback = Supervisor(spec, 1, options.timeout, start_method="spawn")
    # A LoadError does not survive pickling (its arguments are not its args): it travels to
    # the readers, to keep its place, as the result it becomes.
    # Whether each task was found walking a folder, in task order: outcomes come back in it.
    walked: deque[bool] = deque()

    def tasks() -> Iterator[Path | Document | DocumentResult]:
        for item, found_walking in found:
            walked.append(found_walking)
            yield _load_failure(item) if isinstance(item, LoadError) else item

    documents = (outcome if isinstance(outcome, Document) else _settle(outcome)
                 for outcome in readers.run(tasks()))
    key = f"{ruleset.fingerprint}:{options.engine}"
    assert options.dask is not None
    for outcome in run_on_dask(options.dask, spec, key, documents, options.timeout):
        if isinstance(outcome, RemoteFailure):
            (local,) = fallback.run([outcome.document], mode=FALLBACK)
            if isinstance(local, Recovered):
                local = Recovered(local.result, outcome.error)
            elif isinstance(local, Failure):
                local = Failure(local.task, outcome.error, local.fallback_error)
            outcome = local
        result = _settle(outcome)
        if not _skipped(result, walked.popleft()):
            yield result


def _load_failure(error: LoadError) -> DocumentResult:
    return DocumentResult(path=error.path, status=DocumentStatus.FAILED, error=error.one_line())


def _apply_baseline(result: DocumentResult, baseline: ReviewFile | None
                    ) -> tuple[DocumentResult, int]:
    if baseline is None or not result.findings:
        return result, 0
    # A bare suppression's finding has no claim text, so its fingerprint is the same for every
    # one: baselining one would hide all that any article adds later. Those are fixed, not kept.
    kept = [finding for finding in result.findings
            if finding.rule_id == UNNAMED_SUPPRESSION or not baseline.hides(finding)]
    hidden = len(result.findings) - len(kept)
    return (result.model_copy(update={"findings": kept}) if hidden else result), hidden


def _settle(outcome: Any) -> DocumentResult:
    if isinstance(outcome, DocumentResult):
        return outcome
    if isinstance(outcome, Recovered):
        result: DocumentResult = outcome.result
        note = Finding(
            rule_id="engine.crash", severity=Severity.INFO, path=result.path,
            message=f"the matching core failed twice on this document ({outcome.primary_error}); "
            "it was checked by the Python evaluator instead",
            evidence={"error": outcome.primary_error},
        )
        status = DocumentStatus.FALLBACK if result.status is DocumentStatus.CHECKED else result.status
        return result.model_copy(update={"status": status, "findings": [note, *result.findings]})
    task = outcome.task  # a path, or a loaded document sent back from a Dask worker
    if isinstance(task, DocumentResult):
        # A problem found while walking, passed through the readers to keep its place: its
        # result is known, whatever became of the worker that held it (on a loaded machine it
        # may not answer in time).
        return task
    path = task.path if isinstance(task, Document) else path_text(task)
    if isinstance(outcome, InputFailure):  # the article's fault: one line, exit 2
        return DocumentResult(path=path, status=DocumentStatus.FAILED,
                              error=f"{path}: error: cannot be read: {outcome.error}")
    assert isinstance(outcome, Failure)
    message = (f"could not be checked: matching core: {outcome.primary_error}; "
               f"Python evaluator: {outcome.fallback_error}")
    return DocumentResult(
        path=path, status=DocumentStatus.FAILED, error=f"{path}: error: {message}",
        findings=[Finding(rule_id="engine.crash", severity=Severity.ERROR, path=path,
                          message=message)],
    )


def run_batch(inputs: Inputs, ruleset: RuleSet, lexicon: Lexicon, options: BatchOptions,
              output_format: str, output: Path | None, fail_on: str) -> int:
    report = Report(version=__version__, ruleset_fingerprint=ruleset.fingerprint,
                    rules=ruleset.infos())
    interrupted: Interrupted | None = None
    options.keep_text = output_format == "html"
    worst = 0
    per_rule: Counter[tuple[str, str]] = Counter()  # (rule id, severity) -> findings
    with _atomic_output(output) as stream:
        # jsonl writes each document as it finishes and keeps only the counts, so memory stays
        # flat however long the batch is.
        streaming = output_format == "jsonl"
        try:
            with _stop_on_signals(), _progress(inputs) as advance:
                for checked in check_paths(inputs, ruleset, lexicon, options):
                    advance()
                    result, hidden = _apply_baseline(checked, options.baseline)
                    report.summary.baselined += hidden
                    report.summary.count(result)
                    worst = max([worst, *(f.severity.rank for f in result.findings)])
                    per_rule.update((f.rule_id, f.severity.value) for f in result.findings)
                    if result.error and output_format in COUNTLESS_FORMATS:
                        # This format has no place for it; elsewhere the report says it.
                        log.error("document not checked", error=result.error)
                    if streaming:
                        from factcheck.report.jsonl import render_document

                        stream.write(inert_json(render_document(result)))
                        stream.flush()
                    else:
                        report.documents.append(result)
        except Interrupted as stop:
            interrupted = stop
            report.complete = False
            log.warning("interrupted; writing the findings so far", signal=stop.signum)
        color = options.color == "always" or (
            options.color == "auto" and output is None and sys.stdout.isatty()
            and "NO_COLOR" not in os.environ)
        texts = {doc.path: doc.text for doc in report.documents if doc.text is not None}
        context = RenderContext(texts=texts, color=color)
        if streaming:
            from factcheck.report.jsonl import render_summary

            stream.write(inert_json(render_summary(report)))
        else:
            stream.write(renderer(output_format)(report, context))
    if options.statistics:
        _print_statistics(per_rule)
    if options.baseline is not None:
        log.info("baseline applied", hidden=report.summary.baselined)
    if report.summary.suppressed and output_format in COUNTLESS_FORMATS:
        log.warning("findings suppressed by factcheck-ignore comments (this format has no "
                    "place for the count)", suppressed=report.summary.suppressed)
    if interrupted:
        return 128 + interrupted.signum
    if report.summary.failed:
        return 2
    return 1 if worst >= SEVERITY_RANK[fail_on] else 0


def _print_statistics(per_rule: Counter[tuple[str, str]]) -> None:
    """Findings per rule, most first, on stderr: the report on stdout stays as its format
    says, whichever format it is."""
    rows = sorted(per_rule.items(), key=lambda row: (-row[1], row[0]))
    width = max((len(str(count)) for _, count in rows), default=1)
    lines = [f"{count:>{width}}  {severity:<7}  {rule_id}" for (rule_id, severity), count in rows]
    total = sum(per_rule.values())
    lines.append(f"{total:>{width}}  findings of {len({rule for rule, _ in per_rule})} rules")
    sys.stderr.write("\n".join(lines) + "\n")


@contextmanager
def _progress(inputs: Inputs) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr for batches on a terminal; nothing otherwise."""
    if not sys.stderr.isatty() or inputs.single_file:
        yield lambda: None
        return
    from rich.progress import Progress

    total = None  # a list read from stdin is read once, so its length is unknown
    if inputs.rereadable:
        total = sum(1 for item in discover(inputs, quiet=True) if isinstance(item, Path))
        if total < 4:
            yield lambda: None
            return
    with Progress(transient=True, console=_stderr_console()) as progress:
        task = progress.add_task("checking", total=total)
        yield lambda: progress.advance(task)


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@contextmanager
def _stop_on_signals() -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise Interrupted(signum)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class OutputError(FactcheckError):
    """The report cannot be written where --output says."""


@contextmanager
def _atomic_output(output: Path | None) -> Iterator[IO[str]]:
    """stdout, or a temporary file beside `output` renamed over it only once complete.

    Where the report cannot go is found out before any document is checked, in one line.
    """
    if output is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = output.parent if str(output.parent) else Path(".")
    if output.is_dir():
        raise OutputError(output, "--output is a directory; give a file name")
    if not folder.is_dir():
        raise OutputError(output, f"--output folder {path_text(folder)} does not exist")
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{output.name}.",
                                                 suffix=".tmp")
    except OSError as error:
        raise OutputError(output, f"cannot write the report: {error.strerror or error}") from None
    try:
        with open(descriptor, "w", encoding="utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            os.fchmod(handle.fileno(), 0o644)  # mkstemp's 0600 would hide the report from others
        try:
            os.replace(temporary, output)
        except OSError as error:  # e.g. a directory created there while the batch ran
            raise OutputError(output, f"cannot write the report: {error.strerror or error}"
                              ) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
