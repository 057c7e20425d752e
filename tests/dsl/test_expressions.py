"""The rule language's expressions: what they compute, and what they refuse to read."""

from __future__ import annotations

import pytest

from factcheck.dsl.compiler import CompileError, compile_rules
from factcheck.dsl.expressions import ExpressionError, compile_expression
from factcheck.dsl.schema import RuleSpec
from factcheck.models.fact import Fact, FactKind

Q = {"q": FactKind.QUANTITY, "r": FactKind.QUANTITY}


def quantity(**fields: float | str) -> Fact:
    return Fact(id="f", kind=FactKind.QUANTITY, fields=dict(fields))


@pytest.mark.parametrize("text, fields, expected", [
    ("($q.change_to - $q.change_from) / abs($q.change_from) * 100",
     {"change_from": 40.0, "change_to": 50.0}, 25.0),
    ("$q.value / $q.low", {"value": 3.0, "low": 0.0}, None),  # division by zero: missing
    ("$q.value * 2 > 5", {"value": 3.0}, True),
    ("$q.value * 2 > 5", {}, None),  # a missing field makes the comparison missing
    ("$q.unit == 'USD' and $q.value < 10", {"unit": "USD", "value": 3.0}, True),
    ("$q.unit == 'USD' or $q.value < 10", {"value": 3.0}, True),  # one side suffices
    ("near($q.value, 100, '5%')", {"value": 104.0}, True),
    ("near($q.value, 100, 2)", {"value": 104.0}, False),
    ("within($q.value, $q.low, $q.high)", {"value": 5.0, "low": 4.0, "high": 6.0}, True),
    ("coalesce($q.direction, 1) * $q.value", {"value": 5.0}, 5.0),
    ("when($q.value > 1, 'many', 'one')", {"value": 5.0}, "many"),
    ("plain($q.value) + ' units'", {"value": 2100000000.0}, "2,100,000,000 units"),
    # "€4.1 million" is read as 4.1 × 10⁶, which a float holds as 4,099,999.9999999995
    ("plain($q.value)", {"value": 4.1 * 10**6}, "4,100,000"),
    ("plain($q.value)", {"value": 3.25}, "3.25"),
    ("text($q.value, '+.1f')", {"value": 2.46}, "+2.5"),
    ("$q.value > 'abc'", {"value": 5.0}, None),  # a number and a string do not compare
    ("contains($q.ratio_phrase, 'more than')", {"ratio_phrase": "times more than"}, True),
    ("contains($q.ratio_phrase, 'more than')", {"ratio_phrase": "times as many as"}, False),
    ("contains($q.ratio_phrase, 'more than')", {}, None),
    ("similarity('the critic called it deeply moving', $q.unit)", {"unit": "deeply moving"},
     100.0),
    ("similarity('the critic called it deeply moving', $q.unit) >= 95",
     {"unit": "quietly forgettable"}, False),
    ("unseen($q.unit, 'harbo board appro dredg')", {"unit": "dredg docke termi"}, 2 / 3),
    ("unseen($q.unit, 'x')", {"unit": ""}, 0.0),
    ("overlaps($q.low, $q.high, 88, 92)", {"low": 89.5, "high": 90.5}, True),
    ("overlaps($q.low, $q.high, 88, 92)", {"low": 59.5, "high": 60.5}, False),
    ("overlaps($q.low, $q.high, 3500, 4000)", {"low": 3000.0}, True),  # "over 3,000": open
])
def test_expressions_compute_as_written(text: str, fields: dict[str, float | str],
                                        expected: object) -> None:
    assert compile_expression(text, Q).evaluate({"q": quantity(**fields)}, {}) == expected


@pytest.mark.parametrize("text, problem", [
    ("__import__('os').system('true')", "can be called"),
    ("$q.value.__class__", "not part of the language"),
    ("[x for x in (1, 2)]", "not part of the language"),
    ("lambda: 1", "not part of the language"),
    ("$q.value ** 99999999", "not part of the language"),
    ("open('/etc/passwd')", "can be called"),
    ("abs", "unknown name"),
    ("$q.nosuch > 1", "no field 'nosuch'"),
    ("$z.value", "unknown binding $z"),
    ("$total > 1", "not a value named"),
    ("1 +", "cannot read"),
    ("1" + " + 1" * 300, "longer than"),
])
def test_anything_but_the_language_is_refused_when_the_rule_loads(text: str,
                                                                  problem: str) -> None:
    with pytest.raises(ExpressionError, match=problem.replace("$", r"\$")):
        compile_expression(text, Q)


def rule(**fields: object) -> RuleSpec:
    return RuleSpec.model_validate({
        "id": "t.rule", "severity": "info", "message": "m", "description": "d",
        "match": {"q": {"fact": "quantity"}}, "examples": {"flag": ["x"], "pass": ["y"]},
        **fields})


def test_a_bad_expression_names_the_rule_and_where_it_is() -> None:
    with pytest.raises(CompileError) as raised:
        compile_rules([rule(check=["$q.value > 1", "$q.nosuch > 1"])])
    assert raised.value.rule_id == "t.rule" and raised.value.loc == ("check", 1)


def test_a_message_may_show_named_values_with_a_number_format() -> None:
    compile_rules([rule(let={"n": "$q.value * 2"}, message="{n:.1f} and {q.quantity_text}")])
    with pytest.raises(CompileError, match="no let or aggregate"):
        compile_rules([rule(message="{n}")])
    with pytest.raises(CompileError, match="number format"):
        compile_rules([rule(let={"n": "1"}, message="{n!r}")])


def test_aggregates_of_one_rule_share_their_groups() -> None:
    two = {"match": {"c": {"fact": "claim"},
                     "q": {"fact": "quantity", "where": {"claim": {"eq": "$c.claim"}}}}}
    compile_rules([rule(**two, aggregate={"n": {"count": "$q.value", "over": "q"},
                                          "s": {"sum": "$q.value", "over": "q"}})])
    with pytest.raises(CompileError, match="same `by` fields"):
        compile_rules([rule(**two, aggregate={
            "n": {"count": "$q.value", "over": "q", "by": ["unit"]},
            "s": {"sum": "$q.value", "over": "q"}})])
