"""The library API: check text or files from Python and get the `Report` model back.

    import factcheck

    report = factcheck.check_text("Exports rose 5% last year [1].")
    for finding in report.findings():
        print(finding.rule_id, finding.message)

Checking runs in the calling process with the plain-Python evaluator (the same findings as the
durable-rules core, and nothing of the caller's process is put at risk by a C extension), and
needs neither pytest nor the command line. ``import factcheck`` loads this module only when one
of its functions is first used.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from factcheck.config import Config, load_config
from factcheck.models import Document, Report

if TYPE_CHECKING:
    from factcheck.load.confine import Confinement

PathLike: TypeAlias = str | os.PathLike[str]
# Source texts by citation id ({"1": "text of [1]"}), or folders of source files (1.txt, 2.md …).
Sources: TypeAlias = Mapping[str, str] | PathLike | Sequence[PathLike]

__all__ = ["check_files", "check_text"]


def check_text(text: str, *, sources: Sources | None = None,
               rules: Sequence[PathLike] | None = None,
               config: Config | PathLike | None = None, path: str = "article.md",
               builtin: bool = True) -> Report:
    """Check one article given as a string.

    ``sources``: the cited texts, by citation id, or folders of source files named by id.
    ``rules``: YAML rule files or folders and Python rule files (``.py``), added to the
    built-in packs (``builtin=False`` leaves those out). ``config``: a ``Config``, or the path
    of a ``factcheck.toml`` or ``pyproject.toml``; none by default (the library never looks for
    one). ``path``: the name findings carry; its suffix gives the format (``.md``, ``.txt``,
    ``.yaml``, ``.json``).

    Raises a ``factcheck.errors.FactcheckError`` (one line, ``str(error)``) for an article
    that cannot be read, a rule file or configuration that is wrong.
    """
    from factcheck.load import document_from_text, with_source_texts

    settings = _settings(config)
    folders, texts = _split_sources(sources)
    document = with_source_texts(document_from_text(text, path), texts, "check_text")
    if folders or settings.sources:
        from factcheck.load import with_sources
        from factcheck.load.confine import Confinement

        all_folders = [*settings.sources, *folders]
        document = with_sources(document, None, all_folders, Confinement.of([], all_folders))
    return _report(settings, rules, builtin, [document], all_sources=[])


def check_files(paths: Iterable[PathLike], *, sources: Sequence[PathLike] | PathLike | None = None,
                rules: Sequence[PathLike] | None = None,
                config: Config | PathLike | None = None, builtin: bool = True) -> Report:
    """Check articles and folders of articles, as ``factcheck check`` does, one after another
    in this process.

    Each article reads its own ``NAME.sources`` folder; ``sources`` adds shared folders.
    ``rules``, ``config`` and ``builtin`` as for ``check_text``. A file that cannot be read is
    a document with status ``failed`` and its one-line error in the report, as on the command
    line; a YAML or JSON file that is no article is left out.
    """
    from factcheck.load.confine import Confinement

    settings = _settings(config)
    wanted = [Path(path) for path in paths]
    folders, _ = _split_sources(sources)
    all_sources = [*settings.sources, *folders]
    confinement = Confinement.of(wanted, all_sources, config=settings.origin)
    return _report(settings, rules, builtin, wanted, all_sources=all_sources,
                   confinement=confinement)


def _settings(config: Config | PathLike | None) -> Config:
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    return load_config(Path(config))


def _split_sources(sources: Sources | None) -> tuple[list[Path], dict[str, str]]:
    if sources is None:
        return [], {}
    if isinstance(sources, Mapping):
        return [], {str(ref): text for ref, text in sources.items()}
    if isinstance(sources, str | os.PathLike):
        return [Path(sources)], {}
    return [Path(folder) for folder in sources], {}


def _report(settings: Config, rules: Sequence[PathLike] | None, builtin: bool,
            items: Sequence[Path | Document], all_sources: list[Path],
            confinement: Confinement | None = None) -> Report:
    from factcheck import __version__
    from factcheck.builtin import builtin_lexicons_dir
    from factcheck.dsl.ruleset import RuleSelection, load_ruleset, misnamed_in_config
    from factcheck.errors import LoadError
    from factcheck.extract import load_lexicon
    from factcheck.load import discover
    from factcheck.models import DocumentStatus
    from factcheck.pipeline import Checker, CheckOptions, load_failure

    given = [Path(rule) for rule in rules or []]
    ruleset = load_ruleset(
        [*settings.rules, *(p for p in given if p.suffix != ".py")],
        [*settings.python_rules, *(p for p in given if p.suffix == ".py")],
        RuleSelection(select=tuple(settings.select), ignore=tuple(settings.ignore),
                      severity=dict(settings.severity)),
        builtin=builtin and settings.builtin_rules)
    problem = misnamed_in_config(settings, ruleset)
    if problem is not None:
        raise problem
    ledger = None
    if settings.facts:
        from factcheck.load.ledger import load_ledger

        ledger = load_ledger(settings.facts)
    lexicon = load_lexicon([builtin_lexicons_dir(), *settings.lexicons])
    if settings.nlp == "spacy":
        from factcheck.extract.nlp import require

        require()  # NlpUnavailable, one line, when the nlp extra is not installed
    options = CheckOptions(sources=all_sources, ledger=ledger, confinement=confinement,
                           suppressions=settings.suppressions, nlp=settings.nlp or "heuristics")
    checker = Checker(ruleset, lexicon, "python", options)
    report = Report(version=__version__, ruleset_fingerprint=ruleset.fingerprint,
                    rules=ruleset.reported_infos())
    for item in discover(items, confinement):
        # A load error is a named path that does not exist, or a problem met walking a folder.
        result = load_failure(item) if isinstance(item, LoadError) else checker.check_task(item)
        if result.status is not DocumentStatus.SKIPPED:
            report.documents.append(result)
            report.summary.count(result)
    return report
