"""The built-in packs on the fixtures: exact findings on the seed, silence on consistent text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from factcheck.load import discover
from factcheck.models import Severity
from factcheck.testing.pytest_plugin import make_checker
from tests.conftest import FIXTURES, SEED


@pytest.fixture(scope="module")
def checker():  # type: ignore[no-untyped-def]
    return make_checker(engine="durable")


def test_seed_gives_exactly_the_expected_findings(checker) -> None:  # type: ignore[no-untyped-def]
    findings = checker.check_path(SEED).findings
    counts = Counter(f.rule_id for f in findings)
    assert counts == {"citation.unresolved": 14, "citation.numbering-gap": 2,
                      "stance.group-divided": 1, "numeric.ratio-ambiguous": 1}
    gaps = sorted(f.evidence["values"]["missing"] for f in findings
                  if f.rule_id == "citation.numbering-gap")
    assert gaps == [3, 7]
    (divided,) = [f for f in findings if f.rule_id == "stance.group-divided"]
    assert {divided.evidence["a"]["actor"], divided.evidence["b"]["actor"]} == {"trump", "bessent"}
    (ambiguous,) = [f for f in findings if f.rule_id == "numeric.ratio-ambiguous"]
    assert "three times" in ambiguous.message
    assert not [f for f in findings if f.rule_id.startswith("numeric.")
                and f.severity is Severity.ERROR]


def test_seed_with_references_resolves_every_marker(checker) -> None:  # type: ignore[no-untyped-def]
    findings = checker.check_path(FIXTURES / "articles" / "seed-with-references.txt").findings
    assert not [f for f in findings if f.rule_id == "citation.unresolved"]


def test_consistent_articles_get_no_error_or_warning(checker) -> None:  # type: ignore[no-untyped-def]
    paths = [p for p in discover([FIXTURES / "consistent"]) if isinstance(p, Path)]
    assert len(paths) >= 30
    loud = [(str(path), f.rule_id, f.message) for path in paths
            for f in checker.check_path(path).findings
            if f.severity in (Severity.ERROR, Severity.WARNING)]
    assert loud == []


@pytest.mark.parametrize(
    ("name", "rule"),
    [("changed-number", "citation.number-not-in-source"),
     ("swapped-name", "citation.entity-not-in-source"),
     ("invented-quote", "citation.quote-not-in-source"),
     ("reversed-change", "citation.direction-not-in-source"),
     ("misattributed-quote", "citation.quote-misattributed"),
     ("reversed-outcome", "citation.outcome-not-in-source"),
     ("misattributed-role", "citation.role-misattributed"),
     ("moved-place", "citation.place-misattributed"),
     ("recounted-figure", "citation.count-of-another-thing"),
     ("subject-swapped", "citation.subject-misattributed")],
)
def test_summaries_caught_against_their_source(checker, name: str, rule: str) -> None:  # type: ignore[no-untyped-def]
    findings = checker.check_path(FIXTURES / "summaries" / f"{name}.md").findings
    assert [f.rule_id for f in findings] == [rule]


def test_faithful_summary_is_silent(checker) -> None:  # type: ignore[no-untyped-def]
    assert checker.check_path(FIXTURES / "summaries" / "faithful.md").findings == []
