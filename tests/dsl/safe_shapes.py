"""The durable-rules shapes known to crash or give wrong answers, as one checker for tests."""

from __future__ import annotations

from typing import Any

from factcheck.dsl.compiler import (
    MAX_CONDITIONS_PER_RULE,
    MAX_RULES_PER_KIND,
    SENTINEL_KIND,
    native_operand,
)
from factcheck.dsl.schema import MAX_BINDINGS

FORBIDDEN_OPERATORS = {"$neq", "$or", "$nex", "$mt", "$imt", "$any", "$all", "$not"}


def unsafe_reasons(rulesets: list[dict[str, dict[str, Any]]]) -> list[str]:
    reasons: list[str] = []
    for ruleset in rulesets:
        if ruleset.get("_sentinel") != {"all": [{"m": {"kind": SENTINEL_KIND}}]}:
            reasons.append("ruleset without its sentinel rule")
        per_kind: dict[str, int] = {}
        for rule_id, rule in ruleset.items():
            bindings = rule["all"]
            if len(bindings) > MAX_BINDINGS:
                reasons.append(f"{rule_id}: more than {MAX_BINDINGS} bindings")
            for position, binding in enumerate(bindings):
                joins = 0
                ((_, test),) = binding.items()
                terms = test.get("$and", [test])
                first = terms[0]
                if list(first) != ["kind"] or not isinstance(first["kind"], str):
                    reasons.append(f"{rule_id}: first condition is not a positive kind")
                per_kind[first.get("kind", "?")] = per_kind.get(first.get("kind", "?"), 0) + 1
                if len(terms) > MAX_CONDITIONS_PER_RULE:
                    reasons.append(f"{rule_id}: too many conditions")
                for number, term in enumerate(terms):
                    for key, value in term.items():
                        if key in FORBIDDEN_OPERATORS:
                            reasons.append(f"{rule_id}: uses {key}")
                        if key == "$and":
                            reasons.append(f"{rule_id}: nested $and")
                        if isinstance(value, dict) and not key.startswith("$"):
                            joins += 1
                            if position == 0:
                                reasons.append(f"{rule_id}: join on the first binding")
                            if number != len(terms) - 1:
                                reasons.append(f"{rule_id}: join is not the last condition")
                            if not key.startswith("_k"):
                                reasons.append(f"{rule_id}: join on a field, not a key")
                        if key.startswith("$") and key != "$ex":
                            ((field, operand),) = value.items()
                            if isinstance(operand, bool | str) or field.startswith("_k"):
                                reasons.append(f"{rule_id}: comparison on a non-number")
                            elif not native_operand(operand):
                                reasons.append(f"{rule_id}: {operand!r} is misread or inexact")
                        elif (isinstance(value, int | float) and not isinstance(value, bool)
                              and not native_operand(value)):
                            reasons.append(f"{rule_id}: {value!r} is misread or inexact")
                if position > 0 and joins != 1:
                    reasons.append(f"{rule_id}: binding {position} has {joins} joins, not one")
        for kind, count in per_kind.items():
            if kind != SENTINEL_KIND and count > MAX_RULES_PER_KIND:
                reasons.append(f"{count} rules on {kind} facts in one ruleset")
    return reasons
