"""Chinese fixture articles (issue 20): planted inconsistencies are caught, controls stay silent.

fixtures/zh/planted/<beat>/*.md are short Chinese articles (and two mixed Chinese-English ones),
each planting one inconsistency marked ``<!-- expect: rule.id -->`` on its line.
fixtures/zh/clean/<beat>/*.md are consistent articles whose near-misses are marked
``<!-- ok: rule.id -->``: they must get no error or warning at all. Sources that the citation
rules compare with are in each article's ``.sources`` folder.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck import ruletest
from factcheck.load.annotations import blank_comments
from factcheck.load.read import read_text
from factcheck.models import Finding, Severity
from factcheck.testing.pytest_plugin import make_checker
from tests.conftest import FIXTURES

ZH = FIXTURES / "zh"
PLANTED = ZH / "planted"
CLEAN = ZH / "clean"
LOUD = (Severity.ERROR, Severity.WARNING)
HAN = re.compile("[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")

Case = tuple[str, int, str]  # (file under fixtures/zh, line, rule id)


@dataclass
class Article:
    path: Path
    name: str  # "planted/trade/tariff-stance.md"
    expected: list[Case]
    allowed: list[Case]  # ok annotations

    @property
    def beat(self) -> str:
        return self.name.split("/")[1]


def _articles(folder: Path) -> list[Article]:
    found = []
    for path in sorted(folder.glob("*/*.md")):
        name = path.relative_to(ZH).as_posix()
        _, annotations = blank_comments(read_text(path))
        cases = {directive: [(name, a.line, rule) for a in annotations if a.directive == directive
                             for rule in a.rule_ids] for directive in ("expect", "ok")}
        found.append(Article(path, name, cases["expect"], cases["ok"]))
    return found


def _case_of(outcome: ruletest.Outcome) -> Case:
    where, _, line = outcome.where.rpartition(":")
    return Path(where).resolve().relative_to(ZH.resolve()).as_posix(), int(line), outcome.rule_id


def _where(finding: Finding) -> int | None:
    return finding.span.line if finding.span else None


@dataclass
class ChineseRun:
    planted: list[Article]
    clean: list[Article]
    outcomes: dict[Case, ruletest.Outcome]
    findings: dict[str, list[Finding]]
    rules: set[str]


@pytest.fixture(scope="module")
def chinese() -> ChineseRun:
    checker = make_checker(engine="durable")
    planted, clean = _articles(PLANTED), _articles(CLEAN)
    articles = [*planted, *clean]
    run = ruletest.TestRun()  # the machinery of `factcheck rules test`
    ruletest.run_fixtures(checker, [article.path for article in articles], run)
    outcomes = {_case_of(outcome): outcome for outcome in run.outcomes}
    findings = {article.name: checker.check_path(article.path).findings for article in articles}
    rules = {info.id for info in checker.ruleset.infos()}
    return ChineseRun(planted, clean, outcomes, findings, rules)


def test_the_set_is_as_large_and_varied_as_issue_20_asks(chinese: ChineseRun) -> None:
    assert len(chinese.planted) >= 20
    assert len(chinese.clean) >= 10
    beats = {article.beat for article in chinese.planted}
    assert {"trade", "local-government", "health", "schools", "sport", "business", "science",
            "courts"} <= beats
    # One inconsistency per planted article, none in a control, and every control marks the
    # near-misses it holds.
    assert [a.name for a in chinese.planted if len(a.expected) != 1] == []
    assert [a.name for a in chinese.clean if a.expected] == []
    assert [a.name for a in chinese.clean if not a.allowed] == []
    named = {rule for a in (*chinese.planted, *chinese.clean)
             for _, _, rule in (*a.expected, *a.allowed)}
    assert named <= chinese.rules, named - chinese.rules
    # Each rule planted is planted in Chinese text, and most rules more than once.
    planted_rules = Counter(rule for a in chinese.planted for _, _, rule in a.expected)
    assert len(planted_rules) >= 10
    # Every .sources folder belongs to an article.
    for folder in ZH.glob("*/*/*.sources"):
        assert folder.with_suffix(".md").is_file(), folder


def test_mixed_documents_are_included(chinese: ChineseRun) -> None:
    """An English summary under a Chinese title (like the seed), and Chinese text quoting
    English names, in both the planted set and the controls."""
    for articles in (chinese.planted, chinese.clean):
        texts = {a.name: read_text(a.path) for a in articles if a.beat == "mixed"}
        english_bodies = [name for name, text in texts.items()
                          if HAN.search(_title(text)) and not HAN.search(_body(text))]
        quoting = [name for name, text in texts.items()
                   if HAN.search(_body(text)) and LATIN_WORD.search(_body(text))]
        assert english_bodies and quoting, texts.keys()


def _title(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("# "))


def _body(text: str) -> str:
    """The paragraphs between the title and the reference list."""
    body = text.split(_title(text), 1)[1]
    return re.split(r"^## ", body, flags=re.M)[0]


def test_every_planted_case_is_caught(chinese: ChineseRun,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    planted = [case for article in chinese.planted for case in article.expected]
    caught = {case for case in planted if chinese.outcomes[case].passed}
    per_rule: dict[str, Counter[str]] = defaultdict(Counter)
    for case in planted:
        per_rule[case[2]]["planted"] += 1
        per_rule[case[2]]["caught" if case in caught else "missed"] += 1
    with capsys.disabled():
        print(f"\nchinese fixtures: {len(planted)} planted cases, {len(caught)} caught; "
              f"{len(chinese.clean)} clean controls")
        for rule in sorted(per_rule):
            counts = per_rule[rule]
            beats = sorted({name.split("/")[1] for name, _, r in planted if r == rule})
            print(f"  {rule:31} caught {counts['caught']:2}/{counts['planted']:2}  "
                  f"({', '.join(beats)})")
    missed = [(case, chinese.outcomes[case].detail) for case in planted if case not in caught]
    assert missed == []


def test_planted_articles_hold_only_their_one_inconsistency(chinese: ChineseRun) -> None:
    """No error or warning on a planted article but the one it plants, on its line."""
    extras = [(article.name, _where(finding), finding.rule_id, finding.message)
              for article in chinese.planted
              for finding in chinese.findings[article.name] if finding.severity in LOUD
              and not any(rule == finding.rule_id
                          and chinese.outcomes[(name, line, rule)].passed
                          for name, line, rule in article.expected)]
    assert extras == []


def test_controls_get_no_error_or_warning(chinese: ChineseRun,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    loud = [(article.name, _where(finding), finding.rule_id, finding.message)
            for article in chinese.clean
            for finding in chinese.findings[article.name] if finding.severity in LOUD]
    near_misses = Counter(rule for article in chinese.clean for _, _, rule in article.allowed)
    with capsys.disabled():
        print(f"\nchinese controls: {len(chinese.clean)} articles, "
              f"{sum(near_misses.values())} near-misses, {len(loud)} errors or warnings")
        for rule, count in sorted(near_misses.items()):
            print(f"  {rule:31} near-misses {count:2}")
    assert loud == []


def test_no_near_miss_is_flagged(chinese: ChineseRun) -> None:
    allowed = [case for article in chinese.clean for case in article.allowed]
    flagged = [(case, chinese.outcomes[case].detail) for case in allowed
               if not chinese.outcomes[case].passed]
    assert flagged == []
