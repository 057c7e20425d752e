"""Evaluating one field condition in Python: the single definition both engines share."""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from factcheck.dsl.regex import compile_regex
from factcheck.models import Interval
from factcheck.models.fact import Fact

# Operators durable-rules evaluates itself on literal operands; the rest are Python checks.
NATIVE_OPERATORS = {"eq": None, "gt": "$gt", "gte": "$gte", "lt": "$lt", "lte": "$lte"}


@dataclass(frozen=True)
class Check:
    """``field op operand``; when ``other`` is set the operand is ``other_binding.other_field``."""

    binding: str
    field: str
    op: str
    operand: Any = None
    other: str | None = None
    other_field: str | None = None
    tolerance: float | str | None = None

    def holds(self, facts: dict[str, Fact]) -> bool:
        fact = facts[self.binding]
        if self.op in ("overlaps", "disjoint"):
            other = facts[self.other or ""]
            overlap = _interval(fact).overlaps(_interval(other))
            return overlap if self.op == "overlaps" else not overlap
        value = fact.get(self.field)
        operand = facts[self.other].get(self.other_field or "") if self.other else self.operand
        return evaluate(self.op, value, operand, self.tolerance)


def _interval(fact: Fact) -> Interval:
    low, high = fact.get("low"), fact.get("high")
    return Interval(low=low, high=high)


def evaluate(op: str, value: Any, operand: Any, tolerance: float | str | None = None) -> bool:
    """A missing field satisfies nothing but ``exists: false``."""
    if op == "exists":
        return (value is not None) is bool(operand)
    if value is None or (operand is None and op not in ("in", "not_in")):
        return False
    test = _TESTS.get(op)
    if test is None:
        raise ValueError(f"unknown operator {op}")
    return test(value, operand, tolerance)


def _ordered(test: Callable[[Any, Any], bool]) -> Callable[[Any, Any, Any], bool]:
    return lambda value, operand, _: _comparable(value, operand) and test(value, operand)


def _near_test(value: Any, operand: Any, tolerance: float | str | None) -> bool:
    if not _comparable(value, operand) or isinstance(value, str):
        return False
    return bool(abs(value - operand) <= absolute_tolerance(tolerance, operand))


# Each operator but `exists`, for a present value: (value, operand, tolerance) -> holds.
_TESTS: dict[str, Callable[[Any, Any, Any], bool]] = {
    "eq": lambda value, operand, _: _same(value, operand),
    "ne": lambda value, operand, _: not _same(value, operand),
    "gt": _ordered(operator.gt), "gte": _ordered(operator.ge),
    "lt": _ordered(operator.lt), "lte": _ordered(operator.le),
    "in": lambda value, operand, _: any(_same(value, item) for item in operand),
    "not_in": lambda value, operand, _: not any(_same(value, item) for item in operand),
    "regex": lambda value, operand, _: compile_regex(str(operand)).search(str(value)) is not None,
    "near": _near_test,
}


def _same(value: Any, operand: Any) -> bool:
    if isinstance(value, bool) or isinstance(operand, bool):
        return value is operand
    if isinstance(value, int | float) and isinstance(operand, int | float):
        return math.isclose(value, operand, rel_tol=0, abs_tol=0) or value == operand
    return bool(value == operand)


def _comparable(value: Any, operand: Any) -> bool:
    numbers = (int, float)
    if isinstance(value, bool) or isinstance(operand, bool):
        return False
    return (isinstance(value, numbers) and isinstance(operand, numbers)) or (
        isinstance(value, str) and isinstance(operand, str)
    )


def absolute_tolerance(tolerance: float | str | None, operand: float) -> float:
    if tolerance is None:
        return 1e-9
    if isinstance(tolerance, str):
        return abs(operand) * float(tolerance.rstrip("% ")) / 100
    return float(tolerance)
