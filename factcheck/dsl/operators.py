"""The operators of a field condition (`where: {value: {gt: 100}}`), each declared once: what
operand it takes, how it is tested in Python, whether durable-rules evaluates it itself, and
what the docs say of it. The rule schema's `Condition`, the compiler, both matchers, the test
strategies and the operator table of docs/rules-guide.md all read ``OPERATORS``: a new
operator is one entry here (docs/extending.md).
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from factcheck.dsl.regex import compile_regex


class Operand(StrEnum):
    """What an operator compares a field with."""

    VALUE = "value"  # a literal of the field's type, or `$binding.field`
    VALUES = "values"  # a list of literals
    PATTERN = "pattern"  # a regular expression
    FLAG = "flag"  # true or false
    BINDING = "binding"  # `$binding`: another quantity (interval operators)


# (value, operand, tolerance) -> holds, for a field that has a value
Test = Callable[[Any, Any, Any], bool]


@dataclass(frozen=True)
class Operator:
    name: str
    operand: Operand
    meaning: str  # for the docs' table and the rule schema
    test: Test | None = None  # None: `exists` and the interval operators, which Check decides
    durable: str | None = None  # durable-rules' own operator for a literal ("": equality)


def same(value: Any, operand: Any) -> bool:
    """Equality as rules mean it: a bool equals only a bool; 3 equals 3.0."""
    if isinstance(value, bool) or isinstance(operand, bool):
        return value is operand
    if isinstance(value, int | float) and isinstance(operand, int | float):
        return math.isclose(value, operand, rel_tol=0, abs_tol=0) or value == operand
    return bool(value == operand)


def comparable(value: Any, operand: Any) -> bool:
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


def _ordered(compare: Callable[[Any, Any], bool]) -> Test:
    return lambda value, operand, _: comparable(value, operand) and compare(value, operand)


def _near(value: Any, operand: Any, tolerance: float | str | None) -> bool:
    if not comparable(value, operand) or isinstance(value, str):
        return False
    return bool(abs(value - operand) <= absolute_tolerance(tolerance, operand))


OPERATORS: dict[str, Operator] = {op.name: op for op in (
    Operator("eq", Operand.VALUE, "equal (a bare value means `eq`)",
             lambda value, operand, _: same(value, operand), durable=""),
    Operator("ne", Operand.VALUE, "not equal",
             lambda value, operand, _: not same(value, operand)),
    Operator("gt", Operand.VALUE, "greater than (numbers, or strings, of the field's type)",
             _ordered(operator.gt), durable="$gt"),
    Operator("gte", Operand.VALUE, "greater than or equal", _ordered(operator.ge),
             durable="$gte"),
    Operator("lt", Operand.VALUE, "less than", _ordered(operator.lt), durable="$lt"),
    Operator("lte", Operand.VALUE, "less than or equal", _ordered(operator.le),
             durable="$lte"),
    Operator("in", Operand.VALUES, "one of a list",
             lambda value, operand, _: any(same(value, item) for item in operand)),
    Operator("not_in", Operand.VALUES, "none of a list",
             lambda value, operand, _: not any(same(value, item) for item in operand)),
    Operator("regex", Operand.PATTERN, "a regular expression searched in the field, run on RE2 "
             "in linear time (see [Regular expressions](#regular-expressions))",
             lambda value, operand, _: compile_regex(str(operand)).search(str(value))
             is not None),
    Operator("exists", Operand.FLAG, "`true`: the field has a value; `false`: it has none"),
    Operator("near", Operand.VALUE, "equal within `tolerance`: absolute (`0.5`) or relative "
             "(`\"5%\"`)", _near),
    Operator("overlaps", Operand.BINDING, "`interval: {overlaps: $a}`: the quantity's interval "
             "(after hedges) overlaps binding `a`'s"),
    Operator("disjoint", Operand.BINDING, "`interval: {disjoint: $a}`: it does not overlap "
             "binding `a`'s"),
)}


def operators_table() -> str:
    """The Markdown table of operators, for docs/rules-guide.md."""
    rows = ["| operator | takes | meaning |", "| --- | --- | --- |"]
    rows += [f"| `{op.name}` | {op.operand.value} | {op.meaning} |" for op in OPERATORS.values()]
    return "\n".join(rows) + "\n"
