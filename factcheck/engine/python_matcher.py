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
            tests = [next(iter(condition.items())) for condition in conditions]
            first, first_test = tests[0]
            partial = [{first: p} for p in payloads if _holds(first_test, p, {})]
            # Each later binding joins one earlier binding on one key, as in durable-rules: a
            # hash join per binding, and a fact never fills two bindings of one match.
            for name, test in tests[1:]:
                join_field, left, left_field = _join(test)
                index: dict[Any, list[Payload]] = {}
                for payload in payloads:
                    if payload.get(join_field) is not None:
                        index.setdefault(payload[join_field], []).append(payload)
                extended = []
                for bound in partial:
                    used = {fact["id"] for fact in bound.values()}
                    for payload in index.get(bound[left].get(left_field), ()):
                        if payload["id"] not in used and _holds(test, payload, bound):
                            extended.append({**bound, name: payload})
                partial = extended
            found.extend((output_id, {name: fact["id"] for name, fact in bound.items()})
                         for bound in partial)
        return found


def _join(test: dict[str, Any]) -> tuple[str, str, str]:
    """The join term of a binding's test: (its key field, the earlier binding, that key)."""
    for term in test.get("$and", [test]):
        for field, value in term.items():
            if isinstance(value, dict) and not field.startswith("$"):
                ((binding, ref),) = value.items()
                return field, binding, ref
    raise ValueError("a binding after the first without a join")


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
