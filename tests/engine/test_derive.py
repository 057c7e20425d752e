"""Derived facts: rules build on what other rules derived, in rounds, with either matcher."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.dsl.compiler import compile_rules
from factcheck.dsl.schema import RuleSpec
from factcheck.engine.durable_matcher import DurableMatcher
from factcheck.engine.python_matcher import PythonMatcher
from factcheck.engine.run import match_facts
from factcheck.models.fact import Fact, FactKind


def spec(**fields: Any) -> RuleSpec:
    return RuleSpec.model_validate({"description": "d", **fields})


TOTAL = spec(id="t.total", match={
    "c": {"fact": "claim"},
    "p": {"fact": "quantity", "where": {"claim": {"eq": "$c.claim"}, "quantity_kind": "count"}}},
    aggregate={"sum": {"sum": "$p.value", "over": "p"}},
    derive={"name": "total", "key": "$c.claim", "value": "$sum"})
# A second step: a total derived from the first rule's totals of two claims.
BOTH = spec(id="t.both", match={
    "a": {"fact": "derived", "where": {"name": "total"}},
    "b": {"fact": "derived", "where": {"name": {"eq": "$a.name"}, "key": {"ne": "$a.key"}}}},
    let={"both": "$a.value + $b.value"},
    derive={"name": "both", "value": "$both", "text": "plain($both)"})
OVER = spec(id="t.over", severity="warning", message="together {t.text}",
            match={"t": {"fact": "derived", "where": {"name": "both", "value": {"gt": 100}}}},
            examples={"flag": ["x"], "pass": ["y"]})


def document(values: dict[str, list[float]]) -> list[Fact]:
    facts = []
    for claim, figures in values.items():
        facts.append(Fact(id=claim, kind=FactKind.CLAIM, claim_id=claim, fields={"claim": claim}))
        facts += [Fact(id=f"{claim}.q{n}", kind=FactKind.QUANTITY, claim_id=claim, part=n,
                       fields={"claim": claim, "quantity_kind": "count", "value": value})
                  for n, value in enumerate(figures)]
    return facts


@pytest.mark.parametrize("matcher_type", [DurableMatcher, PythonMatcher])
def test_a_chain_of_two_derivations_reaches_a_reporting_rule(matcher_type: Any) -> None:
    pack = compile_rules([TOTAL, BOTH, OVER])
    matcher = matcher_type(pack)
    try:
        found = match_facts(pack, document({"c1": [30, 40], "c2": [50]}), matcher, "s")
        assert [(m.rule.id, m.facts["t"].get("text")) for m in found] == [("t.over", "120")]
        assert match_facts(pack, document({"c1": [10, 20], "c2": [30]}), matcher, "s2") == []
    finally:
        if isinstance(matcher, DurableMatcher):
            matcher.close()


def test_deriving_rules_report_nothing_and_need_no_examples() -> None:
    pack = compile_rules([TOTAL])
    assert match_facts(pack, document({"c1": [1, 2]}), PythonMatcher(pack), "s") == []


def test_a_rule_either_derives_or_reports() -> None:
    with pytest.raises(ValueError, match="either derives"):
        spec(id="t.both-ways", severity="info", message="m", match={"c": {"fact": "claim"}},
             derive={"name": "x"})
    with pytest.raises(ValueError, match="message and a severity"):
        spec(id="t.neither", match={"c": {"fact": "claim"}})
