"""`factcheck rules test`: every rule's own examples, and annotated fixture articles.

An article line carrying ``<!-- expect: rule.id -->`` must get that finding; one carrying
``<!-- ok: rule.id -->`` must not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from factcheck.dsl.schema import Example, Examples
from factcheck.errors import FactcheckError, path_text
from factcheck.load import discover, document_from_text, load_document
from factcheck.load.annotations import blank_comments
from factcheck.load.read import read_text
from factcheck.load.sources import merge_references
from factcheck.models import Document, Finding, Reference
from factcheck.models.ledger import Ledger, LedgerEntry
from factcheck.pipeline import Checker


@dataclass
class Outcome:
    rule_id: str
    where: str  # "examples.flag[0]" or "path:line"
    passed: bool
    detail: str = ""


@dataclass
class TestRun:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def failed(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if not outcome.passed]

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
    document = document_from_text(case.text, "example.md")
    if case.sources:
        sources = [Reference(id=ref, label=f"{ref}.txt", text=text, origin="example")
                   for ref, text in case.sources.items()]
        document.references = merge_references(document.references, sources)
    return document


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
    known = {info.id for info in checker.ruleset.infos()}
    for item in discover(paths):
        if not isinstance(item, Path) or item.suffix.lower() not in (".md", ".txt", ".markdown"):
            continue
        _, annotations = blank_comments(read_text(item))
        wanted = [a for a in annotations if a.directive in ("expect", "ok")]
        if not wanted:
            continue
        try:
            result = checker.check_document(load_document(item, checker.options.sources))
        except FactcheckError as error:
            run.outcomes.append(Outcome("load", path_text(item), False, error.one_line()))
            continue
        for annotation in wanted:
            for rule_id in annotation.rule_ids:
                if rule_id not in known:
                    continue  # a rule of another pack, not loaded in this run
                hits = [f for f in result.findings
                        if f.rule_id == rule_id and _on_line(f, annotation.line)]
                must_flag = annotation.directive == "expect"
                passed = must_flag == bool(hits)
                detail = "" if passed else (
                    "expected finding missing" if must_flag else f"unexpected: {hits[0].message}")
                run.outcomes.append(
                    Outcome(rule_id, f"{item}:{annotation.line}", passed, detail))
