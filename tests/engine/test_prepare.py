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

    assert len(payloads) == len(facts) + 1  # and the session's sentinel
    assert {"value", "quantity_kind"} <= pack.compared_fields
    for payload in payloads:
        assert set(payload) <= pack.compared_fields | {"sid", "id", "kind"}
    # The article's text never travels to durable-rules: no condition there reads it.
    assert not any("text" in payload or "quantity_text" in payload for payload in payloads)
    values = [p["value"] for p in payloads if p["kind"] == "quantity"]
    assert 90.0 in values and 87.0 in values
