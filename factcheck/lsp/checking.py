"""Checking an editor's text as `factcheck check` would check the saved file.

The same trust rules as the CLI (SECURITY.md, factcheck/config.py): configuration comes from
``--config``, or is found from the workspace folder upwards, never from the folder an article
sits in; a configuration file among the articles is not used (one beside the article is named
in a warning, as `factcheck check` names it). An
article's own ``<name>.sources/`` folder and the configured or ``--sources`` folders are read
through the same confinement, so a symlink out of the workspace is not followed.

The matcher is always the plain-Python evaluator. durable-rules' C core has open crash bugs
(docs/engine.md): the batch contains them by checking in supervised worker processes, but the
server checks in its own process, where a crash would take the editor's diagnostics with it.
The two evaluators run the same compiled rules and are cross-checked by the differential
tests, and for one article the Python evaluator is as fast (benchmarks/lsp.py).

This module knows nothing of the protocol: it takes text and a path, and gives findings.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from factcheck.config import Config, find_config, load_config
from factcheck.dsl.ruleset import RuleSelection, RuleSet, load_ruleset, misnamed_in_config
from factcheck.errors import FactcheckError, path_text
from factcheck.extract import Lexicon
from factcheck.limits import DEFAULT_LIMITS
from factcheck.load import document_from_text, with_sources
from factcheck.load.confine import Confinement, real
from factcheck.load.read import MAX_BYTES
from factcheck.load.structured import NotAnArticle
from factcheck.log import get_logger
from factcheck.models import Document, Finding
from factcheck.pipeline import Checker, CheckOptions

log = get_logger(__name__)

STRUCTURED_SUFFIXES = (".yaml", ".yml", ".json")
ENGINE = "python"
DEFAULT_TIMEOUT = 60.0  # as `factcheck check`: reading one document gets half of it


@dataclass(frozen=True)
class ServerOptions:
    """What `factcheck lsp` was started with; the editor's own settings are not trusted with
    more than this (a workspace's settings file is as untrusted as its articles)."""

    config: Path | None = None
    no_config: bool = False
    sources: tuple[Path, ...] = ()
    follow_symlinks: bool = False
    debounce: float = 0.04  # seconds: changes closer than this are checked once quiet


@dataclass
class Setup:
    """Everything one configuration gives: rules, lexicons, ledger and a checker."""

    config: Config
    ruleset: RuleSet
    lexicon: Lexicon
    checker: Checker
    key: tuple[object, ...]


@dataclass
class Outcome:
    """One check of one text: its findings, or why there are none."""

    text: str
    document: Document | None = None
    findings: list[Finding] = field(default_factory=list)
    problem: FactcheckError | None = None  # the article or the configuration cannot be used
    not_an_article: bool = False  # a YAML or JSON file with no claims: none of our business
    setup: Setup | None = None


class ConfigurationProblem(FactcheckError):
    """The configuration in force cannot be loaded; every article is reported as unchecked."""


class Checking:
    """Checks texts of a workspace with the configuration in force for each."""

    def __init__(self, options: ServerOptions, roots: Sequence[Path] = ()) -> None:
        self.options = options
        self.roots = [real(root) for root in roots]
        self._setups: dict[tuple[object, ...], Setup] = {}
        self._warned_engine = False

    def config_path(self, path: Path | None) -> Path | None:
        """The configuration file in force for the article at ``path``: ``--config``, else the
        one found from the workspace folder holding it upwards (the folder the editor opened,
        as the CLI's working directory), never from the article's own folder."""
        if self.options.no_config:
            return None
        if self.options.config is not None:
            return self.options.config
        return find_config(self.root_for(path))

    def root_for(self, path: Path | None) -> Path:
        if path is not None:
            resolved = real(path)
            inside = [root for root in self.roots if resolved.is_relative_to(root)]
            if inside:
                return max(inside, key=lambda root: len(root.parts))  # the innermost folder
        return self.roots[0] if self.roots else Path.cwd()

    def setup_for(self, path: Path | None) -> Setup:
        """The rules and checker for ``path``; loaded again when the configuration file changes
        (its modification time or size), raising ConfigurationProblem if it cannot be used."""
        config_path = self.config_path(path)
        key = (config_path, _stamp(config_path))
        setup = self._setups.get(key)
        if setup is None:
            setup = self._load(config_path, key)
            # One configuration in force per key: an edited file replaces its old set-up.
            self._setups = {k: v for k, v in self._setups.items() if k[0] != config_path}
            self._setups[key] = setup
        return setup

    def _load(self, config_path: Path | None, key: tuple[object, ...]) -> Setup:
        from factcheck.builtin import builtin_lexicons_dir
        from factcheck.extract import load_lexicon

        try:
            config = load_config(config_path)
            # As `factcheck check` without flags: the configuration's selection and severities.
            selection = RuleSelection(select=tuple(config.select), ignore=tuple(config.ignore),
                                      severity=dict(config.severity))
            ruleset = load_ruleset(config.rules, config.python_rules, selection,
                                   builtin=config.builtin_rules)
            # As `factcheck check` refuses it: a select, ignore or [severity] entry naming no
            # rule is a typo that would silently select or ignore nothing.
            problem = misnamed_in_config(config, ruleset)
            if problem is not None:
                raise problem
            lexicon = load_lexicon([builtin_lexicons_dir(), *config.lexicons])
            ledger = None
            if config.facts:
                from factcheck.load.ledger import load_ledger

                ledger = load_ledger(config.facts)
        except FactcheckError as error:
            raise ConfigurationProblem(error.path, error.message, error.line, error.column,
                                       error.rule_id) from None
        if config.engine == "durable" and not self._warned_engine:
            self._warned_engine = True
            log.info("the language server checks with the Python evaluator (engine = "
                     "\"durable\" is for batches, where workers contain its crashes)",
                     config=path_text(config_path) if config_path else None)
        sources = [*config.sources, *self.options.sources]
        confinement = Confinement.of(self.roots, sources,
                                     follow_symlinks=self.options.follow_symlinks,
                                     config=config.origin)
        options = CheckOptions(
            sources=sources, ledger=ledger, confinement=confinement,
            suppressions=config.suppressions,
            limits=DEFAULT_LIMITS.within(config.timeout or DEFAULT_TIMEOUT),
            nlp=_names_reader(config.nlp),
        )
        checker = Checker(ruleset, lexicon, ENGINE, options)
        log.info("configuration loaded", config=path_text(config_path) if config_path else None,
                 rules=len(ruleset.infos()))
        return Setup(config, ruleset, lexicon, checker, key)

    def check(self, text: str, path: Path | None, name: str | None = None) -> Outcome:
        """The findings for ``text``, the current text of the article at ``path`` (None for an
        editor buffer never saved: then no sources folder is read)."""
        name = name or (path_text(path) if path is not None else "<untitled>.md")
        if _over_limit(text):
            # As a file that size is refused by the loader: no article is this long, and the
            # editor's buffer is as untrusted as the file.
            return Outcome(text, problem=FactcheckError(
                name, f"the text is over the {MAX_BYTES}-byte limit"))
        try:
            setup = self.setup_for(path)
        except FactcheckError as error:
            return Outcome(text, problem=error)
        confinement = setup.checker.options.confinement
        if path is not None and confinement is not None:
            confinement.report_config_beside(path)  # as `factcheck check` names it: once
        try:
            document = document_with_sources(text, path, name, setup.checker.options)
        except NotAnArticle:
            return Outcome(text, not_an_article=True, setup=setup)
        except FactcheckError as error:
            return Outcome(text, problem=error, setup=setup)
        except (MemoryError, RecursionError) as error:  # a hostile text, as in read_article
            return Outcome(text, problem=FactcheckError(name, f"cannot be read "
                                                              f"({type(error).__name__})"),
                           setup=setup)
        result = setup.checker.check(document)
        if result.error:  # an internal error, already logged by the checker
            return Outcome(text, document, problem=FactcheckError(name, result.error),
                           setup=setup)
        return Outcome(text, document, list(result.findings), setup=setup)


def document_with_sources(text: str, path: Path | None, name: str,
                          options: CheckOptions) -> Document:
    """``text`` loaded as the article at ``path`` would be, with its sources: its own
    ``.sources`` folder where it sits (none for a buffer never saved), then the configured
    folders, each confined, as ``factcheck.load.load_document`` reads them."""
    # By the lower-cased suffix, as load_document reads a file.
    document = document_from_text(text, name, suffix=Path(name).suffix.lower())
    return with_sources(document, path, options.sources, options.confinement or Confinement())


def is_structured(name: str) -> bool:
    return Path(name).suffix.lower() in STRUCTURED_SUFFIXES


def _over_limit(text: str) -> bool:
    # A character is at most four bytes: most texts are decided without encoding them.
    if len(text) * 4 <= MAX_BYTES:
        return False
    return len(text) > MAX_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES


def _stamp(path: Path | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


@cache
def builtin_rule_ids() -> frozenset[str]:
    """The ids of the built-in rules: those documented in docs/rules.md."""
    from factcheck.rulesdoc import all_infos

    return frozenset(info.id for info in all_infos(load_ruleset()))


def _names_reader(configured: str | None) -> str:
    """The configuration's names reader; the heuristics, with a warning, when it names spaCy
    and the nlp extra is not installed (an editor keeps checking)."""
    if configured == "spacy":
        from factcheck.extract.nlp import INSTALL, available

        if not available():
            log.warning("nlp = \"spacy\" needs the nlp extra; reading names with the "
                        "heuristics", install=INSTALL)
            return "heuristics"
    return configured or "heuristics"
