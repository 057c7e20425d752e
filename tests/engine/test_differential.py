"""durable-rules and the plain-Python evaluator must agree on every compiled rule."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.dsl.compiler import compile_rules
from factcheck.dsl.schema import RuleSpec
from factcheck.engine.durable_matcher import DurableMatcher
from factcheck.engine.match import settle
from factcheck.engine.prepare import prepare
from factcheck.engine.python_matcher import PythonMatcher
from factcheck.models.fact import Fact
from factcheck.testing.strategies import facts, rule_specs
from tests.dsl.safe_shapes import unsafe_reasons


def matched(specs: list[RuleSpec], document: list[Fact]) -> tuple[list, list]:  # type: ignore[type-arg]
    pack = compile_rules(specs)
    assert unsafe_reasons(pack.rulesets) == []
    payloads = prepare(pack, document, "s1")
    by_id = {fact.id: fact for fact in document}
    durable = DurableMatcher(pack)
    try:
        results = []
        for matcher in (durable, PythonMatcher(pack)):
            found = settle(pack, matcher.match(payloads), by_id)
            results.append(sorted((m.rule.id, tuple(f.id for f in m.facts.values()))
                                  for m in found))
        return results[0], results[1]
    finally:
        durable.close()


@st.composite
def rules_and_facts(draw: st.DrawFn) -> tuple[list[RuleSpec], list[Fact]]:
    specs = draw(st.lists(rule_specs(), min_size=1, max_size=3))
    specs = [spec.model_copy(update={"id": f"generated.r{i}"}) for i, spec in enumerate(specs)]
    kinds = tuple({pattern.fact for spec in specs for pattern in spec.match.values()})
    return specs, draw(facts(kinds=kinds))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rules_and_facts())
def test_durable_and_python_agree(case: tuple[list[RuleSpec], list[Fact]]) -> None:
    durable, python = matched(*case)
    assert durable == python
