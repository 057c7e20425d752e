"""One document through every stage: load → sources → extract → facts → match → findings.

This module and the CLI are the only places that know all stages.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck import findings as finding_stage
from factcheck.dsl.ruleset import RuleSet
from factcheck.engine.match import Matcher
from factcheck.engine.run import run_rules
from factcheck.engine.supervisor import checking, reading
from factcheck.errors import FactcheckError, path_text
from factcheck.extract import Lexicon, extract_bounded
from factcheck.facts import build_facts
from factcheck.limits import DEFAULT_LIMITS, DocumentLimits, bound_findings, describe
from factcheck.load import Confinement, load_document
from factcheck.load.structured import NotAnArticle
from factcheck.log import get_logger
from factcheck.models import Document, DocumentResult, DocumentStatus, Finding, Severity
from factcheck.sources import read_sources

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
        # Only Python rules compare claims with their sources' texts.
        sources = read_sources(document, self.lexicon) if self.ruleset.python_rules else {}
        claims, cuts = extract_bounded(document, self.lexicon, limits)
        facts = build_facts(document, claims, self.actor_names)
        session = f"doc{next(self._sessions)}"
        result = run_rules(document, claims, facts, self.ruleset, self.matcher, session,
                           self.options.rule_timeout, self.options.ledger, self.lexicon,
                           sources)
        found: list[Finding] = finding_stage.from_matches(document, claims, result.matches,
                                                          self.ruleset)
        for rule, flags in result.flags:
            found += finding_stage.from_flags(document, claims, rule, flags, self.ruleset)
        for problem in result.problems:
            found.append(finding_stage.engine_finding(
                document, problem.rule_id, Severity.ERROR, problem.message, rule=problem.failed_rule))
        kept, suppressed = finding_stage.apply_suppressions(document, found, self.ruleset,
                                                            self.options.suppressions)
        kept, dropped = bound_findings(sorted(kept, key=Finding.sort_key), limits)
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
