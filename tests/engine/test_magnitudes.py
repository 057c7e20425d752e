"""Figures of any magnitude compare the same in durable-rules as in Python (issue 16, item 7).

durable-rules' C parser reads an exponent only after a decimal point: Python writes 1e16 as
``1e+16``, where its parse stopped, reported success and silently dropped that fact and every
later one of the document, so ``10000000000000000%`` was flagged by ``--engine python`` only.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from factcheck.dsl.compiler import compile_rules, native_operand
from factcheck.dsl.conditions import evaluate
from factcheck.dsl.ruleset import load_ruleset
from factcheck.dsl.schema import RuleSpec
from factcheck.engine import durable_matcher
from factcheck.engine.durable_matcher import DurableMatcher, MatchingCoreError
from factcheck.engine.prepare import prepare
from factcheck.extract import default_lexicon
from factcheck.models.fact import Fact, FactKind
from factcheck.pipeline import Checker
from tests.dsl.safe_shapes import unsafe_reasons
from tests.engine.test_differential import matched

VALUES: list[float | int] = [
    1e15, 1e16, 1e17, 1e20, 1e300, -1e16, -1e300, 1e-7, -1e-7, 0.00001, 150.0, 100.0, 0.0,
    2**53 + 1, 10**20, -(10**20), math.inf, -math.inf, math.nan, 1.0000000000000002e16,
]
OPERANDS: list[tuple[str, float | int]] = [
    ("gt", 100), ("lt", 0), ("gte", 1e16), ("lte", -1e16), ("eq", 1e16), ("gt", 1e300),
    ("lt", 1e-7), ("gt", 0), ("lte", 0.00001), ("eq", 100), ("gt", 2**53), ("lt", 1e20),
]


def bound_facts(found: list) -> list:  # type: ignore[type-arg]
    """(rule id, bound fact ids) of each match that ``matched`` reports."""
    return [(rule_id, fact_ids) for rule_id, fact_ids, *_ in found]


def rule(number: int, op: str, operand: float | int) -> RuleSpec:
    return RuleSpec.model_validate({
        "id": f"magnitude.r{number}", "severity": "warning", "message": "m", "description": "d",
        "match": {"q": {"fact": "quantity", "where": {"value": {op: operand}}}},
        "examples": {"flag": ["x"], "pass": ["y"]},
    })


def quantity(number: int, value: float | int) -> Fact:
    return Fact(id=f"c1.q{number}", kind=FactKind.QUANTITY, claim_id="c1", part=0,
                fields={"value": value, "quantity_kind": "percent", "claim": "c1"})


def test_every_magnitude_compares_as_in_python_in_both_matchers() -> None:
    specs = [rule(number, op, operand) for number, (op, operand) in enumerate(OPERANDS)]
    document = [quantity(number, value) for number, value in enumerate(VALUES)]
    expected = sorted(
        (spec.id, (fact.id,)) for spec, (op, operand) in zip(specs, OPERANDS, strict=True)
        for fact in document if evaluate(op, fact.get("value"), operand))

    durable, python = (bound_facts(found) for found in matched(specs, document))

    assert durable == python == expected
    assert ("magnitude.r0", ("c1.q1",)) in expected  # 1e16 > 100: the reported miss


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_one_figure_alone_is_read_and_the_facts_after_it_too(value: float | int) -> None:
    specs = [rule(0, "gt", 100), rule(1, "lt", 0)]
    document = [quantity(0, value), quantity(1, 190.0)]
    durable, python = (bound_facts(found) for found in matched(specs, document))
    assert durable == python
    assert ("magnitude.r0", ("c1.q1",)) in durable


@pytest.mark.parametrize("operand", [1e16, 1e-7, 2**52, -1e300, math.inf])
def test_operands_durable_rules_would_misread_are_compared_in_python(operand: float) -> None:
    pack = compile_rules([rule(0, "gt", operand)])
    assert not native_operand(operand)
    assert unsafe_reasons(pack.rulesets) == []
    assert pack.rules[0].alternatives[0].bindings[0].flag is not None
    assert "value" not in pack.compared_fields


def test_operands_it_reads_exactly_stay_native() -> None:
    assert all(native_operand(operand) for operand in (100, 0, -5.5, 0.0001, 2**52 - 1, "percent"))
    pack = compile_rules([rule(0, "gt", 100)])
    assert pack.rules[0].alternatives[0].bindings[0].flag is None
    assert "value" in pack.compared_fields


def test_the_encoding_reads_back_as_the_same_numbers() -> None:
    payloads: list[dict[str, Any]] = [{"id": f"f{n}", "value": value} for n, value in
                                      enumerate(VALUES)] + [{"id": "s", "text": "1e+16 NaN"}]
    read = json.loads(durable_matcher.encode(payloads))
    for payload, back in zip(payloads, read, strict=True):
        value = payload.get("value")
        if isinstance(value, float) and math.isnan(value):
            assert "value" not in back  # matches nothing, as NaN matches nothing in Python
        else:
            assert back == payload
    assert "e+" not in durable_matcher.encode([{"value": 1e16}]).replace(".0e+", "")


def test_a_document_durable_rules_stops_reading_is_an_error_not_a_pass(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(durable_matcher, "encode", lambda payloads: json.dumps(list(payloads)))
    pack = compile_rules([rule(0, "gt", 100)])
    matcher = DurableMatcher(pack)
    try:
        with pytest.raises(MatchingCoreError, match="did not read the whole document"):
            matcher.match(prepare(pack, [quantity(0, 1e16), quantity(1, 190.0)], "s1"))
    finally:
        matcher.close()


FIGURES = [
    ("1000000000000000%", True), ("10000000000000000%", True), ("100000000000000000%", True),
    ("100000000000000000000%", True), ("1" + "0" * 30 + "%", True), ("-10000000000000000%", True),
    ("0.0000001%", False), ("0.00001%", False), ("99%", False),
]


@pytest.fixture(scope="module")
def checkers() -> dict[str, Checker]:
    ruleset = load_ruleset()
    return {engine: Checker(ruleset, default_lexicon(), engine) for engine in ("durable", "python")}


@pytest.mark.parametrize(("figure", "flagged"), FIGURES, ids=[f[:24] for f, _ in FIGURES])
def test_share_out_of_range_at_every_magnitude_in_both_engines(
        tmp_path: Path, checkers: dict[str, Checker], figure: str, flagged: bool) -> None:
    article = tmp_path / "a.md"
    # The second claim shows the document was read past the figure.
    article.write_text(f"China controls {figure} of rare earth refining capacity.\n\n"
                       "The region holds 190% of the world's lithium.\n")
    found = {}
    for engine, checker in checkers.items():
        result = checker.check_path(article)
        assert result.engine == engine
        found[engine] = sorted((f.rule_id, f.span.line if f.span else None)
                               for f in result.findings
                               if f.rule_id == "numeric.percent-out-of-range")
    assert found["durable"] == found["python"]
    assert (("numeric.percent-out-of-range", 1) in found["durable"]) is flagged
    assert ("numeric.percent-out-of-range", 3) in found["durable"]
