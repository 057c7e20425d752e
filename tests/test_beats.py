"""The beats fixtures (issue 15): planted inconsistencies are caught, controls stay silent.

fixtures/beats/<beat>/*.md are short articles from many beats. A planted article marks its one
inconsistency with ``<!-- expect: rule.id -->``; a control (no expect annotation) marks its
near-misses with ``<!-- ok: rule.id -->`` and must get no error or warning finding at all.
A planted case the engine misses today is marked ``<!-- todo: rule.id -->`` instead (as
`factcheck rules test` reads it, Semgrep's todoruleid): it is counted and printed as a known
miss, not failed, and a todo case that is caught now fails the test so that it becomes an
expect. The README says why each todo is missed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck import ruletest
from factcheck.load.annotations import blank_comments
from factcheck.load.read import read_text
from factcheck.models import Finding, Severity
from factcheck.pipeline import Checker
from factcheck.testing.pytest_plugin import make_checker
from tests.conftest import FIXTURES

BEATS = FIXTURES / "beats"
README = BEATS / "README.md"
LOUD = (Severity.ERROR, Severity.WARNING)

Case = tuple[str, int, str]  # (file under fixtures/beats, line, rule id)


@dataclass
class Article:
    path: Path
    name: str  # "courts/quarterly-caseload.md"
    expected: list[Case]
    allowed: list[Case]  # ok annotations
    todo: list[Case]  # planted cases missed today

    @property
    def planted(self) -> bool:
        return bool(self.expected or self.todo)

    @property
    def cases(self) -> list[Case]:
        """The planted cases, caught or not."""
        return [*self.expected, *self.todo]


def _articles() -> list[Article]:
    found = []
    for path in sorted(BEATS.glob("*/*.md")):
        name = path.relative_to(BEATS).as_posix()
        _, annotations = blank_comments(read_text(path))
        cases = {directive: [(name, a.line, rule) for a in annotations if a.directive == directive
                             for rule in a.rule_ids] for directive in ("expect", "ok", "todo")}
        found.append(Article(path, name, cases["expect"], cases["ok"], cases["todo"]))
    return found


def _table_rows(path: Path) -> list[list[str]]:
    """The cells of the body rows of a file's Markdown tables."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("| ") or line.startswith("| ---"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells[0] == "file":
            continue
        rows.append(cells)
    return rows


def _case_of(outcome: ruletest.Outcome) -> Case:
    where, _, line = outcome.where.rpartition(":")
    return Path(where).resolve().relative_to(BEATS.resolve()).as_posix(), int(line), outcome.rule_id


@dataclass
class BeatsRun:
    articles: list[Article]
    outcomes: dict[Case, ruletest.Outcome]
    findings: dict[str, list[Finding]]
    rules: list[str]  # the numeric and stance rules


@pytest.fixture(scope="module")
def beats() -> BeatsRun:
    checker: Checker = make_checker(engine="durable")
    articles = _articles()
    run = ruletest.TestRun()  # the machinery of `factcheck rules test`
    ruletest.run_fixtures(checker, [article.path for article in articles], run)
    outcomes = {_case_of(outcome): outcome for outcome in run.outcomes}
    findings = {article.name: checker.check_path(article.path).findings for article in articles}
    rules = sorted(info.id for info in checker.ruleset.infos()
                   if info.id.startswith(("numeric.", "stance.")))
    return BeatsRun(articles, outcomes, findings, rules)


def test_the_set_is_as_large_and_varied_as_issue_15_asks(beats: BeatsRun) -> None:
    planted = [a for a in beats.articles if a.planted]
    controls = [a for a in beats.articles if not a.planted]
    assert len(beats.articles) >= 60
    assert len(controls) >= 30
    assert len({a.name.split("/")[0] for a in beats.articles}) >= 8
    # One inconsistency per planted article; every control marks the near-misses it holds.
    assert [a.name for a in planted if len(a.cases) != 1] == []
    assert [a.name for a in controls if not a.allowed] == []
    # Annotations name numeric and stance rules only, spelled as the engine spells them.
    named = {rule for a in beats.articles for _, _, rule in (*a.cases, *a.allowed)}
    assert named <= set(beats.rules)
    # Every planted case is described in the README, with its phrasing.
    described = {(cells[0], cells[1]): cells[2] for cells in _table_rows(README)
                 if len(cells) == 3}
    cases = {(name, rule) for a in planted for name, _, rule in a.cases}
    assert cases == set(described)
    assert {cells[0] for cells in _table_rows(README) if len(cells) == 2} == {
        a.name for a in controls}
    for rule in beats.rules:
        beats_of_rule = {name.split("/")[0] for name, r in cases if r == rule}
        phrasings = {described[(name, r)] for name, r in cases if r == rule}
        assert len(beats_of_rule) >= 3, rule
        assert len(phrasings) >= 3, rule


def test_every_todo_is_explained_in_the_readme(beats: BeatsRun) -> None:
    readme = README.read_text(encoding="utf-8").split("## Known misses", 1)[1]
    todo = [f"`{name}:{line}` `{rule}`" for article in beats.articles
            for name, line, rule in article.todo]
    assert [case for case in todo if case not in readme] == []


def test_every_planted_case_is_caught_unless_a_todo(
        beats: BeatsRun, capsys: pytest.CaptureFixture[str]) -> None:
    known = {case for article in beats.articles for case in article.todo}
    planted = [case for article in beats.articles for case in article.cases]
    caught = {case for case in planted
              if beats.outcomes[case].passed and not beats.outcomes[case].todo}
    per_rule: dict[str, Counter[str]] = defaultdict(Counter)
    for case in planted:
        counts = per_rule[case[2]]
        counts["planted"] += 1
        counts["caught" if case in caught else "todo" if case in known else "missed"] += 1
    extras = [f"{article.name}:{finding.span.line if finding.span else '?'} {finding.rule_id}: "
              f"{finding.message}"
              for article in beats.articles if article.planted
              for finding in beats.findings[article.name]
              if finding.severity in LOUD and not any(
                  beats.outcomes.get((article.name, line, finding.rule_id)) is not None
                  and beats.outcomes[(article.name, line, finding.rule_id)].passed
                  for _, line, rule in article.cases if rule == finding.rule_id)]
    with capsys.disabled():
        print(f"\nbeats: {len(planted)} planted cases, {len(caught)} caught, "
              f"{len(known & set(planted))} known misses (todo annotations)")
        for rule in beats.rules:
            counts = per_rule[rule]
            print(f"  {rule:30} caught {counts['caught']:2}/{counts['planted']:2}"
                  f"  todo {counts['todo']:2}" + (f"  MISSED {counts['missed']}"
                                                  if counts["missed"] else ""))
        for extra in extras:
            print(f"  other finding on a planted article: {extra}")
    missed = [case for case in planted if case not in caught and case not in known]
    assert missed == [], "planted cases not caught (fix the engine, or mark them todo)"
    now_caught = sorted(case for case in known if not beats.outcomes[case].passed)
    assert now_caught == [], "caught now: make these todo annotations expect annotations"


def test_controls_get_no_error_or_warning(beats: BeatsRun) -> None:
    loud = [(article.name, finding.span.line if finding.span else None, finding.rule_id,
             finding.message)
            for article in beats.articles if not article.planted
            for finding in beats.findings[article.name] if finding.severity in LOUD]
    assert loud == []


def test_no_near_miss_is_flagged(beats: BeatsRun) -> None:
    allowed = [case for article in beats.articles for case in article.allowed]
    flagged = [(case, beats.outcomes[case].detail) for case in allowed
               if not beats.outcomes[case].passed]
    assert flagged == []
