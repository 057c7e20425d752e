"""Payloads for the matching core carry only what its conditions compare."""

from __future__ import annotations

from factcheck.dsl.ruleset import load_ruleset
from factcheck.engine.prepare import prepare
from factcheck.extract import default_lexicon, extract
from factcheck.facts import build_facts
from factcheck.load import load_document
from tests.conftest import SEED


def test_payloads_hold_only_compared_fields() -> None:
    pack = load_ruleset().pack
    document = load_document(SEED)
    facts = build_facts(document, extract(document, default_lexicon()))
    payloads = prepare(pack, facts, "s1")

    # the session's sentinel and the facts some binding can take: the quantities a rule of one
    # binding takes or that another fact can be joined with, and only the citation markers
    # that are first of their number or unresolved
    assert payloads[0]["id"] == "_sentinel"
    ids = {payload["id"] for payload in payloads}
    sent = [payload for payload in payloads if payload["kind"] == "quantity"]
    assert all(any(name.startswith("_") for name in payload) for payload in sent)
    markers = [fact for fact in facts if fact.kind.value == "citation"]
    assert {fact.id for fact in markers if fact.get("first_of_number")
            or fact.get("resolved") is False} == {fact.id for fact in markers} & ids
    assert {"value", "quantity_kind"} <= pack.compared_fields
    for payload in payloads:
        assert set(payload) <= pack.compared_fields | {"sid", "id", "kind"}
    # The article's text never travels to durable-rules: no condition there reads it.
    assert not any("text" in payload or "quantity_text" in payload for payload in payloads)
    values = [p["value"] for p in payloads if p["kind"] == "quantity"]
    assert 90.0 in values and 87.0 in values


def test_a_fact_gets_a_join_key_only_when_another_fact_can_meet_it() -> None:
    from factcheck.dsl.compiler import compile_rules
    from factcheck.dsl.schema import RuleSpec
    from factcheck.models.fact import Fact, FactKind

    spec = RuleSpec.model_validate({
        "id": "t.same-claim", "severity": "info", "message": "two", "description": "two",
        "match": {"a": {"fact": "quantity"},
                  "b": {"fact": "quantity", "where": {"claim": {"eq": "$a.claim"}}}},
        "examples": {"flag": ["x"], "pass": ["y"]}})
    pack = compile_rules([spec])
    facts = [Fact(id=f"q{n}", kind=FactKind.QUANTITY, claim_id=claim,
                  fields={"claim": claim, "value": 1.0})
             for n, claim in enumerate(["c1", "c1", "c2"])]
    payloads = {p["id"]: p for p in prepare(pack, facts, "s")}
    keys = {fact_id: {k for k in payload if k.startswith("_k")}
            for fact_id, payload in payloads.items() if fact_id != "_sentinel"}
    assert keys["q0"] and keys["q0"] == keys["q1"]
    # alone in its claim, no other fact can be its pair, and no rule takes it alone: not sent
    assert "q2" not in keys


def test_a_fact_no_binding_can_take_is_not_sent() -> None:
    """Citation markers are bound only through flags (unresolved; first of their number): a
    resolved marker repeating an earlier number cannot match, so it never reaches the core."""
    from factcheck.models.fact import Fact, FactKind

    pack = load_ruleset().pack
    marker = {"claim": "c1", "number": 2, "previous_number": 1, "numbers_skipped": 0}
    facts = [Fact(id=f"c1.m{n}", kind=FactKind.CITATION, claim_id="c1", part=n,
                  fields={**marker, "resolved": resolved, "first_of_number": first})
             for n, (resolved, first) in enumerate([(True, True), (True, False),
                                                    (False, False)])]
    sent = {payload["id"] for payload in prepare(pack, facts, "s")}
    assert sent == {"_sentinel", "c1.m0", "c1.m2"}


def test_a_join_key_is_given_only_to_a_fact_that_can_fill_its_binding() -> None:
    """The second binding takes only quantities with a unit matching a regex (a flag): a
    quantity without it gets no key for that side, and the first binding's facts get one only
    when some fact can fill the second."""
    from factcheck.dsl.compiler import compile_rules
    from factcheck.dsl.schema import RuleSpec
    from factcheck.models.fact import Fact, FactKind

    spec = RuleSpec.model_validate({
        "id": "t.per-head", "severity": "info", "message": "m", "description": "d",
        "match": {"a": {"fact": "quantity"},
                  "b": {"fact": "quantity", "where": {"claim": {"eq": "$a.claim"},
                                                      "unit": {"regex": "^per "}}}},
        "examples": {"flag": ["x"], "pass": ["y"]}})
    pack = compile_rules([spec])

    def sent(units: list[str]) -> dict[str, set[str]]:
        facts = [Fact(id=f"q{n}", kind=FactKind.QUANTITY, claim_id="c1",
                      fields={"claim": "c1", "value": 1.0, "unit": unit})
                 for n, unit in enumerate(units)]
        return {p["id"]: {k for k in p if k.startswith("_k")}
                for p in prepare(pack, facts, "s") if p["id"] != "_sentinel"}

    # no fact can fill b: nothing can match, nothing is sent
    assert sent(["homes", "homes"]) == {}
    keys = sent(["homes", "homes", "per head"])
    assert set(keys) == {"q0", "q1", "q2"}
    # q0 and q1 can only be a (b's side has just q2); q2 only b (no other fact can fill b)
    assert keys["q0"] == keys["q1"] == {"_k0_1a"} and keys["q2"] == {"_k0_1b"}
