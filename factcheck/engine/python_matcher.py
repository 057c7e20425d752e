"""A plain-Python evaluator of compiled rules: the fallback, and the oracle in tests.

It reads the same durable-rules JSON the compiler emits, so a divergence between the two
matchers points at durable-rules, not at two readings of the YAML.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from factcheck.dsl.compiler import CompiledPack
from factcheck.engine.match import RawMatch
from factcheck.engine.prepare import Payload

_OPS = {"$gt": lambda a, b: a > b, "$gte": lambda a, b: a >= b,
        "$lt": lambda a, b: a < b, "$lte": lambda a, b: a <= b}


class PythonMatcher:
    name = "python"

    def __init__(self, pack: CompiledPack) -> None:
        self._rules = [
            (output_id, rule["all"])
            for ruleset in pack.rulesets
            for output_id, rule in ruleset.items()
            if output_id != "_sentinel"
        ]

    def match(self, payloads: Sequence[Payload]) -> list[RawMatch]:
        found: list[RawMatch] = []
        for output_id, conditions in self._rules:
            if len(conditions) == 1:
                ((name, test),) = conditions[0].items()
                found.extend((output_id, {name: p["id"]}) for p in payloads if _holds(test, p, {}))
                continue
            ((first, first_test),) = conditions[0].items()
            ((second, second_test),) = conditions[1].items()
            join_field, join_ref = _join(second_test)
            index: dict[Any, list[Payload]] = {}
            for payload in payloads:
                if _holds(first_test, payload, {}):
                    index.setdefault(payload.get(join_ref), []).append(payload)
            for payload in payloads:
                for left in index.get(payload.get(join_field), ()):
                    if left["id"] != payload["id"] and _holds(second_test, payload, {first: left}):
                        found.append((output_id, {first: left["id"], second: payload["id"]}))
        return found


def _join(test: dict[str, Any]) -> tuple[str, str]:
    for term in test.get("$and", [test]):
        for field, value in term.items():
            if isinstance(value, dict) and not field.startswith("$"):
                ((_, ref),) = value.items()
                return field, ref
    raise ValueError("pair rule without a join")


def _holds(test: dict[str, Any], payload: Payload, bound: dict[str, Payload]) -> bool:
    for term in test.get("$and", [test]):
        for field, value in term.items():
            if field == "$ex":
                ((name, _),) = value.items()
                if name not in payload:
                    return False
            elif field in _OPS:
                ((name, operand),) = value.items()
                actual = payload.get(name)
                if actual is None or isinstance(actual, bool) or not _OPS[field](actual, operand):
                    return False
            elif isinstance(value, dict):  # the join: equal to a bound fact's field
                ((binding, ref),) = value.items()
                other = bound[binding].get(ref)
                if other is None or payload.get(field) != other:
                    return False
            elif payload.get(field) != value or (
                isinstance(value, bool) is not isinstance(payload.get(field), bool)
            ):
                return False
    return True
