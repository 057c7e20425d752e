"""Evaluating one field condition in Python: the single definition both engines share."""

from __future__ import annotations

import math
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
    if op == "eq":
        return _same(value, operand)
    if op == "ne":
        return not _same(value, operand)
    if op in ("gt", "gte", "lt", "lte"):
        if not _comparable(value, operand):
            return False
        outcome: bool = {"gt": value > operand, "gte": value >= operand,
                         "lt": value < operand, "lte": value <= operand}[op]
        return outcome
    if op == "in":
        return any(_same(value, item) for item in operand)
    if op == "not_in":
        return not any(_same(value, item) for item in operand)
    if op == "regex":
        return compile_regex(str(operand)).search(str(value)) is not None
    if op == "near":
        if not _comparable(value, operand) or isinstance(value, str):
            return False
        return bool(abs(value - operand) <= absolute_tolerance(tolerance, operand))
    raise ValueError(f"unknown operator {op}")


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
