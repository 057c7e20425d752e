from __future__ import annotations

from typing import Any

import pytest

from factcheck.dsl.compiler import MAX_RULES_PER_KIND, CompileError, compile_rules
from factcheck.dsl.ruleset import load_ruleset
from factcheck.dsl.schema import RuleSpec
from tests.conftest import generated_block
from tests.dsl.safe_shapes import unsafe_reasons

EXAMPLES = {"flag": ["x"], "pass": ["y"]}


def spec(rule_id: str = "test.rule", **fields: Any) -> RuleSpec:
    base: dict[str, Any] = {
        "id": rule_id, "severity": "warning", "message": "m", "description": "d",
        "match": {"q": {"fact": "quantity"}}, "examples": EXAMPLES,
    }
    base.update(fields)
    return RuleSpec.model_validate(base)


def test_builtin_packs_compile_to_safe_shapes() -> None:
    ruleset = load_ruleset()
    assert ruleset.pack.rules, "the built-in packs define YAML rules"
    assert unsafe_reasons(ruleset.pack.rulesets) == []


def test_pair_rule_has_one_join_last_and_checks_the_rest_in_python() -> None:
    pack = compile_rules([spec(match={
        "a": {"fact": "stance"},
        "b": {"fact": "stance", "where": {
            "actor": {"eq": "$a.actor"}, "topic": {"eq": "$a.topic"},
            "polarity": {"ne": "$a.polarity"}, "negated": False}},
    })])
    assert unsafe_reasons(pack.rulesets) == []
    rule = pack.rules[0]
    [join] = rule.joins
    assert join.sources == {"a": ("actor", "topic"), "b": ("actor", "topic")}
    assert [(c.field, c.op, c.other) for c in rule.cross_checks] == [("polarity", "ne", "a")]


def test_disjunction_becomes_separate_rules_with_one_output_rule() -> None:
    pack = compile_rules([spec(match={"q": {
        "fact": "quantity", "where": {"quantity_kind": "percent"},
        "any": [{"value": {"gt": 100}}, {"value": {"lt": 0}}]}})])
    assert sorted(pack.rulesets[0]) == ["_sentinel", "r0_0", "r0_1"]
    assert all(rule is pack.rules[0] for rule in pack.by_output().values())
    assert unsafe_reasons(pack.rulesets) == []


def test_many_rules_on_one_kind_split_into_several_rulesets() -> None:
    specs = [spec(f"test.r{i}", match={"q": {"fact": "quantity", "where": {"value": i}}})
             for i in range(MAX_RULES_PER_KIND * 2 + 3)]
    pack = compile_rules(specs)
    assert len(pack.rulesets) == 3
    assert unsafe_reasons(pack.rulesets) == []


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"match": {"q": {"fact": "quantity", "where": {"valeu": 3}}}}, "no field 'valeu'"),
        ({"match": {"q": {"fact": "quantity", "where": {"value": "100"}}}}, "is a float"),
        ({"match": {"q": {"fact": "quantity", "where": {"unit": {"regex": "(a"}}}}},
         "invalid regex"),
        ({"match": {"q": {"fact": "quantity", "where": {"unit": {"regex": "(?<=a)b"}}}}},
         "lookahead and lookbehind (("),
        ({"match": {"a": {"fact": "stance"}, "b": {"fact": "stance"}}}, "needs a join"),
        ({"match": {"a": {"fact": "stance"},
                    "b": {"fact": "stance", "where": {"actor": {"eq": "$c.actor"}}}}},
         "unknown binding $c"),
        ({"message": "{z.value}"}, "unknown binding 'z'"),
        ({"unless": [{"q.nope": {"exists": True}}]}, "no field 'nope'"),
    ],
)
def test_compile_errors_name_the_problem(fields: dict[str, Any], problem: str) -> None:
    with pytest.raises(CompileError) as error:
        compile_rules([spec(**fields)])
    assert problem in str(error.value)
    assert error.value.rule_id == "test.rule"


def test_the_docs_operator_table_is_the_generated_one() -> None:
    from factcheck.dsl.operators import operators_table

    assert generated_block("operators") == operators_table(), (
        "docs/rules-guide.md's operator table is out of date: paste operators_table() between "
        "the markers")


def test_every_operator_is_a_condition_of_the_rule_schema() -> None:
    from factcheck.dsl.operators import OPERATORS
    from factcheck.dsl.schema import Condition

    properties = Condition.model_json_schema(by_alias=True)["properties"]
    assert set(OPERATORS) <= set(properties)
    assert all(properties[name].get("description") == op.meaning
               for name, op in OPERATORS.items())
