"""Documents through every stage: load → sources → extract → facts → match → findings → report.

``Checker`` takes one document through the stages; ``check_paths`` runs a batch's documents
(discovering them, handing them to ``factcheck.batch`` to spread over workers, and settling
each worker's outcome into its result, in input order); ``run_batch`` writes the batch's report.
This module and the CLI are the only places that know all stages.

SIGINT and SIGTERM stop a batch between documents: the findings so far are written, the report
is marked incomplete, and the exit code is 130 or 143.
"""

from __future__ import annotations

import functools
import itertools
import os
import signal
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck import __version__
from factcheck import findings as finding_stage
from factcheck.batch import spread, spread_on_dask
from factcheck.dsl.ruleset import PortableRuleSet, RuleSet
from factcheck.engine.match import Matcher
from factcheck.engine.run import run_rules
from factcheck.engine.supervisor import (
    FALLBACK,
    Failure,
    InputFailure,
    Recovered,
    checking,
    reading,
)
from factcheck.engine_rules import UNNAMED_SUPPRESSION
from factcheck.errors import FactcheckError, LoadError, path_text
from factcheck.extract import Lexicon, Parts, article_parts, extract_bounded
from factcheck.facts import SOURCE_READ_KINDS, build_facts, ledger_facts
from factcheck.limits import DEFAULT_LIMITS, DocumentLimits, bound_findings, describe
from factcheck.load import Confinement, discover, discover_marked, load_document
from factcheck.load.inputs import Inputs
from factcheck.load.structured import NotAnArticle
from factcheck.log import get_logger
from factcheck.models import (
    Document,
    DocumentResult,
    DocumentStatus,
    Finding,
    Report,
    Severity,
)
from factcheck.models.fact import FactKind
from factcheck.models.ledger import Ledger
from factcheck.sources import read_sources

if TYPE_CHECKING:
    from factcheck.review.store import ReviewFile

log = get_logger(__name__)

ENGINES = ("durable", "python")


@dataclass
class CheckOptions:
    """Everything a worker needs to check documents the same way the parent would."""

    sources: Sequence[Path] = ()
    rule_timeout: float = 5.0
    ledger: object = None  # a factcheck.ledger.Ledger given by --facts
    keep_text: bool = False
    confinement: Confinement | None = None  # the checked roots sources may lead into
    limits: DocumentLimits = DEFAULT_LIMITS  # bounds on one document's claims and findings
    suppressions: bool = True  # honour factcheck-ignore comments (off: --no-suppressions)
    nlp: str = "heuristics"  # how names are read: "heuristics", or "spacy" (the nlp extra)

    @property
    def parts(self) -> Parts:
        """What extraction reads of an article, and how."""
        return article_parts(self.nlp)


@dataclass
class Checker:
    """Checks documents with one rule set and one matcher; a worker process holds one."""

    ruleset: RuleSet
    lexicon: Lexicon
    engine: str = "durable"
    options: CheckOptions = field(default_factory=CheckOptions)
    _matcher: Matcher | None = None
    _actor_names: dict[str, str] | None = None
    _sessions: itertools.count[int] = field(default_factory=itertools.count)

    @property
    def matcher(self) -> Matcher:
        if self._matcher is None:
            self._matcher = make_matcher(self.ruleset, self.engine)
        return self._matcher

    @property
    def actor_names(self) -> dict[str, str]:
        """The lexicon's name for each actor it knows, for messages."""
        if self._actor_names is None:
            self._actor_names = {id_: entry.name for id_, entry in self.lexicon.actors.items()}
        return self._actor_names

    def check_path(self, path: Path) -> DocumentResult:
        loaded = self.load(path)
        if isinstance(loaded, DocumentResult):
            return loaded
        return self.check(loaded)

    def check_task(self, task: Path | Document) -> DocumentResult:
        """A supervised worker's task: an article to read, then check, or a document read
        elsewhere. Reading is marked, so a worker dying or hanging there is reported as a
        problem of the article, not of the matching core."""
        if isinstance(task, Document):
            return self.check(task)
        reading()
        loaded = self.load(task)
        checking()
        if isinstance(loaded, DocumentResult):
            return loaded
        return self.check(loaded)

    def load(self, path: Path) -> Document | DocumentResult:
        """The document at ``path``, or a failed result saying in one line why it cannot be."""
        return read_article(path, self.options)

    def check(self, document: Document) -> DocumentResult:
        """``check_document``, with a bug of ours reported for this document only."""
        try:
            return self.check_document(document)
        except Exception as error:  # a bug of ours: report it for this document, keep going
            path = document.path
            # At info, like a load failure: the report carries the one line.
            log.info("internal error", path=path, error=repr(error))
            log.debug("internal error traceback", path=path, exc_info=True)
            return DocumentResult(
                path=path, status=DocumentStatus.FAILED,
                error=f"{path}: error: internal error while checking "
                      f"({type(error).__name__}: {error}); please report it")

    def check_document(self, document: Document) -> DocumentResult:
        limits = self.options.limits
        kinds = self.ruleset.pack.matched_kinds
        # Only rules that compare claims with their sources' texts need them read.
        sources = (read_sources(document, self.lexicon)
                   if self.ruleset.python_rules or kinds & SOURCE_READ_KINDS else {})
        claims, cuts = extract_bounded(document, self.lexicon, limits, parts=self.options.parts)
        facts = build_facts(document, claims, self.actor_names, kinds, sources,
                            self.lexicon.lookup())
        if isinstance(self.options.ledger, Ledger) and FactKind.LEDGER in kinds:
            facts += ledger_facts(self.options.ledger, claims)
        session = f"doc{next(self._sessions)}"
        result = run_rules(document, claims, facts, self.ruleset, self.matcher, session,
                           self.options.rule_timeout, self.options.ledger, self.lexicon,
                           sources)
        matches, unbuilt = finding_stage.most_severe(document, claims, result.matches,
                                                     self.ruleset, limits.findings)
        found: list[Finding] = finding_stage.from_matches(document, claims, matches,
                                                          self.ruleset)
        for rule, flags in result.flags:
            found += finding_stage.from_flags(document, claims, rule, flags, self.ruleset)
        for problem in result.problems:
            found.append(finding_stage.engine_finding(
                document, problem.rule_id, Severity.ERROR, problem.message, rule=problem.failed_rule))
        kept, suppressed = finding_stage.apply_suppressions(document, found, self.ruleset,
                                                            self.options.suppressions)
        kept, dropped = bound_findings(sorted(kept, key=Finding.sort_key), limits, unbuilt)
        cuts += dropped
        if cuts:
            # After suppressions: an article cannot hide that it was not fully checked.
            log.warning("document cut to its limits", path=document.path,
                        cut=[cut.part for cut in cuts])
            kept.insert(0, finding_stage.engine_finding(
                document, "engine.truncated", Severity.WARNING, describe(cuts),
                cuts=[cut.model_dump(exclude_none=True) for cut in cuts]))
        return DocumentResult(
            path=document.path, status=DocumentStatus.CHECKED, engine=self.matcher.name,
            claims=len(claims), findings=kept, suppressed=suppressed,
            text=document.text if self.options.keep_text else None,
        )


def read_article(path: Path, options: CheckOptions) -> Document | DocumentResult:
    """The article at ``path`` with its sources, or a failed result saying in one line why it
    cannot be read."""
    try:
        return load_document(path, options.sources, options.confinement)
    except NotAnArticle as error:
        return DocumentResult(path=path_text(path), status=DocumentStatus.SKIPPED,
                              error=error.message)
    except FactcheckError as error:
        # At info: the report says it (formats with no place for it print it once), and an
        # error log line would say it a second time.
        log.info("cannot load document", path=path_text(path), error=error.one_line())
        return DocumentResult(path=path_text(path), status=DocumentStatus.FAILED,
                              error=error.one_line())
    except (MemoryError, RecursionError) as error:  # a hostile file, not a bug of ours
        log.info("cannot load document", path=path_text(path), error=repr(error))
        return DocumentResult(path=path_text(path), status=DocumentStatus.FAILED,
                              error=f"{path_text(path)}: error: cannot be read "
                                    f"({type(error).__name__})")


def available_engine(engine: str) -> str:
    """``engine``, or "python" where durable-rules cannot load (e.g. Python 3.13 and later).

    Said once per process, in one warning line. A batch asks before it starts its workers, so
    they are forked knowing, and the run warns once however many workers it has.
    """
    if engine != "durable":
        return engine
    from factcheck.engine.durable_matcher import unavailable

    problem = unavailable()
    if problem is None:
        return engine
    if not _fallback_said:
        _fallback_said.append(problem)
        log.warning("durable-rules cannot be loaded; the Python evaluator (--engine python) "
                    "runs the same rules instead", reason=problem)
    return "python"


_fallback_said: list[str] = []  # the reason, once the fallback has been announced


def make_matcher(ruleset: RuleSet, engine: str) -> Matcher:
    if available_engine(engine) == "durable":
        from factcheck.engine.durable_matcher import DurableMatcher

        return DurableMatcher(ruleset.pack)
    from factcheck.engine.python_matcher import PythonMatcher

    return PythonMatcher(ruleset.pack)


# A batch: its documents spread over workers by factcheck.batch, its results in input order.

SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3, "never": 99}


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
    nlp: str = "heuristics"  # how names are read (CheckOptions.nlp)


class Interrupted(Exception):
    def __init__(self, signum: int) -> None:
        self.signum = signum


def check_options(options: BatchOptions) -> CheckOptions:
    """How each document of the batch is checked, wherever it is."""
    return CheckOptions(sources=options.sources, ledger=options.ledger,
                        keep_text=options.keep_text, confinement=options.confinement,
                        rule_timeout=options.rule_timeout, suppressions=options.suppressions,
                        limits=(options.limits or DEFAULT_LIMITS).within(options.timeout),
                        nlp=options.nlp)


def checker_factory(ruleset: RuleSet, lexicon: Lexicon, options: BatchOptions
                    ) -> Callable[[str], Callable[[Path | Document], DocumentResult]]:
    """What each worker runs: the chosen engine, or the Python evaluator as the fallback."""
    settings = check_options(options)

    def make(mode: str) -> Callable[[Path | Document], DocumentResult]:
        engine = "python" if mode == FALLBACK else options.engine
        return Checker(ruleset, lexicon, engine, settings).check_task

    return make


@dataclass(frozen=True)
class RemoteChecker:
    """What a checking process on a Dask worker needs to build its checker.

    Picklable, and a Supervisor's worker factory: called with a mode, in the checking process,
    it builds the checker for that mode (the rule set is rebuilt from plain data there).
    """

    rules: PortableRuleSet
    lexicon: Any
    engine: str
    options: CheckOptions

    def __call__(self, mode: str) -> Callable[[Any], Any]:
        engine = "python" if mode == FALLBACK else self.engine
        return Checker(self.rules.build(), self.lexicon, engine, self.options).check_task


@dataclass(frozen=True)
class ArticleReader:
    """A Supervisor's worker factory (picklable) for reading articles in the client's process:
    their whole task is reading, so a crash or hang is the article's problem."""

    options: CheckOptions

    def __call__(self, mode: str) -> Callable[[Any], Any]:
        return functools.partial(_read, self.options)


def _read(options: CheckOptions, task: Any) -> Any:
    """A Document, or the DocumentResult of an article that cannot be read.

    A task that is already a DocumentResult (a problem found while walking) or a Document (an
    article read from stdin) comes back as it is, keeping its place in the batch.
    """
    if isinstance(task, DocumentResult | Document):
        return task
    reading()
    return read_article(task, options)


def check_paths(paths: Iterable[Path | Document], ruleset: RuleSet, lexicon: Lexicon,
                options: BatchOptions) -> Iterator[DocumentResult]:
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
    # Load errors keep their place in the output: each discovered item leaves a slot here,
    # for an article the workers are checking whether it was found walking a folder. The
    # workers read articles a bounded window ahead, so this queue stays short.
    pending: deque[LoadError | bool] = deque()

    def articles() -> Iterator[Path | Document]:
        for item, walked in found:
            if isinstance(item, LoadError):
                pending.append(item)
            else:
                pending.append(walked)
                yield item

    def load_failures() -> Iterator[DocumentResult]:
        while pending and isinstance(pending[0], LoadError):
            error = pending.popleft()
            assert isinstance(error, LoadError)
            yield load_failure(error)

    for outcome in spread(articles(), checker_factory(ruleset, lexicon, options), options.jobs,
                          options.timeout):
        yield from load_failures()
        walked = pending.popleft()
        result = settle(outcome)
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
    """The batch on a Dask cluster: articles read locally, checked there (factcheck.batch)."""
    settings = check_options(options)
    checker = RemoteChecker(PortableRuleSet.of(ruleset), lexicon, options.engine, settings)
    # A LoadError does not survive pickling (its arguments are not its args): it travels to
    # the readers, to keep its place, as the result it becomes.
    # Whether each task was found walking a folder, in task order: outcomes come back in it.
    walked: deque[bool] = deque()

    def tasks() -> Iterator[Path | Document | DocumentResult]:
        for item, found_walking in found:
            walked.append(found_walking)
            yield load_failure(item) if isinstance(item, LoadError) else item

    key = f"{ruleset.fingerprint}:{options.engine}"
    assert options.dask is not None
    for outcome in spread_on_dask(options.dask, tasks(), ArticleReader(settings), checker, key,
                                  options.timeout):
        result = settle(outcome)
        if not _skipped(result, walked.popleft()):
            yield result


def load_failure(error: LoadError) -> DocumentResult:
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


def settle(outcome: Any) -> DocumentResult:
    """A worker's outcome as the document's result: a crash of the matching core that the
    Python evaluator recovered is an ``engine.crash`` info finding, one it could not an error,
    and an article whose reading crashed or hung fails with one line."""
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
    """Check a batch and write its report in ``output_format`` (a name of
    ``factcheck.report.FORMATS``); the exit code."""
    from factcheck.report import FORMATS, RenderContext
    from factcheck.report.output import atomic_output

    report_format = FORMATS[output_format]
    report = Report(version=__version__, ruleset_fingerprint=ruleset.fingerprint,
                    rules=ruleset.reported_infos())
    interrupted: Interrupted | None = None
    options = replace(options, keep_text=report_format.shows_text)
    worst = 0
    per_rule: Counter[tuple[str, str]] = Counter()  # (rule id, severity) -> findings
    with atomic_output(output) as stream:
        # A streaming format writes each document as it finishes and keeps only the counts, so
        # memory stays flat however long the batch is.
        document = report_format.document_renderer() if report_format.streams else None
        try:
            with _stop_on_signals(), _progress(inputs) as advance:
                for checked in check_paths(inputs, ruleset, lexicon, options):
                    advance()
                    result, hidden = _apply_baseline(checked, options.baseline)
                    report.summary.baselined += hidden
                    report.summary.count(result)
                    worst = max([worst, *(f.severity.rank for f in result.findings)])
                    per_rule.update((f.rule_id, f.severity.value) for f in result.findings)
                    if result.error and not report_format.counts:
                        # This format has no place for it; elsewhere the report says it.
                        log.error("document not checked", error=result.error)
                    if document is not None:
                        stream.write(document(result))
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
        if document is not None:
            stream.write(report_format.summary_renderer()(report))
        else:
            stream.write(report_format.renderer()(report, context))
    if options.statistics:
        _print_statistics(per_rule)
    if options.baseline is not None:
        log.info("baseline applied", hidden=report.summary.baselined)
    if report.summary.suppressed and not report_format.counts:
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
