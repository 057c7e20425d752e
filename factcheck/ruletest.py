"""`factcheck rules test`: every rule's own examples, and annotated fixture articles.

An article line carrying ``<!-- expect: rule.id -->`` must get that finding; one carrying
``<!-- ok: rule.id -->`` must not. ``<!-- todo: rule.id -->`` marks a known miss, as Semgrep's
``todoruleid``: the line should get the finding but does not yet; it is counted apart, and
fails once the finding is there, so that it becomes an ``expect``. A rule id that names no rule
is a failure, with the nearest ids: a misspelt annotation would otherwise test nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from factcheck.dsl.schema import Example, Examples
from factcheck.errors import FactcheckError, path_text
from factcheck.load import discover, document_from_text, load_document, with_source_texts
from factcheck.load.annotations import Annotation, blank_comments
from factcheck.load.read import read_text
from factcheck.models import Document, Finding
from factcheck.models.ledger import Ledger, LedgerEntry
from factcheck.pipeline import Checker


@dataclass
class Outcome:
    rule_id: str
    where: str  # "examples.flag[0]" or "path:line"
    passed: bool
    detail: str = ""
    todo: bool = False  # a known miss (a `todo` annotation) that is still missed


@dataclass
class TestRun:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def failed(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if not outcome.passed]

    @property
    def todo(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.todo]

    def by_rule(self) -> dict[str, tuple[int, int]]:
        counts: dict[str, tuple[int, int]] = {}
        for outcome in self.outcomes:
            passed, failed = counts.get(outcome.rule_id, (0, 0))
            counts[outcome.rule_id] = (passed + outcome.passed, failed + (not outcome.passed))
        return counts


def _on_line(finding: Finding, line: int) -> bool:
    """A pair finding is on the lines of both its claims."""
    spans = [finding.span, *(related.span for related in finding.related)]
    return any(span is not None and span.line <= line <= span.end_line for span in spans)


def example_document(case: Example) -> Document:
    return with_source_texts(document_from_text(case.text, "example.md"), case.sources or {},
                             "example")


def run_examples(checker: Checker, run: TestRun) -> None:
    for rule_id, examples in checker.ruleset.examples().items():
        for label, texts, must_flag in (("flag", examples.flag, True),
                                        ("pass", examples.pass_, False)):
            for number, example in enumerate(texts):
                where = f"examples.{label}[{number}]"
                case = Examples.case(example)
                text = case.text
                runner = checker
                if case.ledger:
                    ledger = Ledger(entries=[LedgerEntry.model_validate(e) for e in case.ledger])
                    runner = replace(checker, options=replace(checker.options, ledger=ledger))
                try:
                    result = runner.check_document(example_document(case))
                except FactcheckError as error:
                    run.outcomes.append(Outcome(rule_id, where, False, error.one_line()))
                    continue
                hits = [f for f in result.findings if f.rule_id == rule_id]
                if must_flag == bool(hits):
                    run.outcomes.append(Outcome(rule_id, where, True))
                else:
                    detail = ("expected a finding, got none" if must_flag
                              else f"unexpected finding: {hits[0].message}")
                    run.outcomes.append(Outcome(rule_id, where, False, f"{detail} in {text!r}"))


def run_fixtures(checker: Checker, paths: Iterable[Path], run: TestRun) -> None:
    from factcheck.dsl.ruleset import known_names, nearest_hint

    loaded = {info.id for info in checker.ruleset.infos()}
    every: set[str] | None = None  # every rule factcheck knows, read at the first unknown id
    for item in discover(paths):
        if not isinstance(item, Path) or item.suffix.lower() not in (".md", ".txt", ".markdown"):
            continue
        text = read_text(item)
        _, annotations = blank_comments(text)
        wanted = [a for a in annotations if a.directive in ("expect", "ok", "todo")
                  and not _shown_as_code(text, a)]
        if not wanted:
            continue
        try:
            runner = _with_named_ledger(checker, item, annotations)
            result = runner.check_document(load_document(item, checker.options.sources))
        except FactcheckError as error:
            run.outcomes.append(Outcome("load", path_text(item), False, error.one_line()))
            continue
        for annotation in wanted:
            where = f"{item}:{annotation.line}"
            for rule_id in annotation.rule_ids:
                if rule_id not in loaded:
                    every = every if every is not None else known_names(checker.ruleset, with_builtin=True)
                    if rule_id not in every:
                        run.outcomes.append(Outcome(
                            rule_id, where, False, f"error: <!-- {annotation.directive}: "
                            f"{rule_id} --> names no rule{nearest_hint(rule_id, every, packs=False)}"))
                    continue  # else a built-in rule that this run does not load
                hits = [f for f in result.findings
                        if f.rule_id == rule_id and _on_line(f, annotation.line)]
                run.outcomes.append(_annotation_outcome(annotation.directive, rule_id, where,
                                                        hits))


def _with_named_ledger(checker: Checker, article: Path,
                       annotations: list[Annotation]) -> Checker:
    """``checker``, checking against the ledger a fixture names with ``<!-- facts: PATH -->``
    (relative to the fixture; only `rules test` reads it: `check` takes its ledger from the
    command line, never from an article)."""
    named = [path for a in annotations if a.directive == "facts" for path in a.rule_ids]
    if not named:
        return checker
    from factcheck.load.ledger import load_ledger

    paths = []
    for name in named:
        path = Path(name)
        if path.is_absolute():
            raise FactcheckError(article, f"<!-- facts: {name} --> must be a path relative "
                                 "to the fixture")
        paths.append(article.parent / path)
    return replace(checker, options=replace(checker.options, ledger=load_ledger(paths)))


def _shown_as_code(text: str, annotation: Annotation) -> bool:
    """An annotation written in backticks (`<!-- expect: rule.id -->`) is shown, e.g. in a
    README that explains annotations, not made."""
    return (text[annotation.start - 1:annotation.start] == "`"
            and text[annotation.end:annotation.end + 1] == "`")


def _annotation_outcome(directive: str, rule_id: str, where: str, hits: list[Finding]
                        ) -> Outcome:
    if directive == "todo":
        if hits:  # the known miss is caught now: the annotation should say so
            return Outcome(rule_id, where, False,
                           "todo now passes: the finding is there; make it an expect")
        return Outcome(rule_id, where, True, todo=True)
    must_flag = directive == "expect"
    if must_flag == bool(hits):
        return Outcome(rule_id, where, True)
    return Outcome(rule_id, where, False, "expected finding missing" if must_flag
                   else f"unexpected: {hits[0].message}")
