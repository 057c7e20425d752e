"""Evaluating one field condition in Python: the single definition both engines share."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from factcheck.dsl.operators import OPERATORS, Operand, absolute_tolerance
from factcheck.models import Interval
from factcheck.models.fact import Fact

__all__ = ["Check", "absolute_tolerance", "evaluate"]


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
    compares_intervals: bool = dataclasses.field(init=False)  # overlaps, disjoint

    def __post_init__(self) -> None:
        object.__setattr__(self, "compares_intervals",
                           OPERATORS[self.op].operand is Operand.BINDING)

    def on_one_fact(self) -> Callable[[Fact], bool]:
        """This check of a literal (no other binding) as a test of one fact: how the match
        stage computes a binding's flag for every fact of its kind."""
        if self.other is not None or self.compares_intervals:
            raise ValueError(f"{self.binding}.{self.field} {self.op} compares two facts")
        op, name, operand, tolerance = self.op, self.field, self.operand, self.tolerance
        if name in ("kind", "id"):
            return lambda fact: self.holds({self.binding: fact})
        # ``evaluate`` with the operator looked up once: it runs for every fact of the kind
        if op == "exists":
            wanted = bool(operand)
            return lambda fact: (fact.fields.get(name) is not None) is wanted
        test = OPERATORS[op].test
        if test is None:
            raise ValueError(f"operator {op} does not compare a field with a value")
        if operand is None and OPERATORS[op].operand is not Operand.VALUES:
            return lambda fact: False
        if op in ("in", "not_in") and operand and all(isinstance(o, str) for o in operand):
            # ``same`` of a value and a string is plain equality: one set lookup per fact
            # instead of one comparison per listed word (the kinds of figure a rule takes)
            words, inside = frozenset(operand), op == "in"
            return lambda fact: (value := fact.fields.get(name)) is not None and (
                (value in words) is inside)

        def on_fact(fact: Fact) -> bool:
            value = fact.fields.get(name)
            return value is not None and bool(test(value, operand, tolerance))
        return on_fact

    def holds(self, facts: dict[str, Fact]) -> bool:
        fact = facts[self.binding]
        if self.compares_intervals:
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
    if value is None or (operand is None and OPERATORS[op].operand is not Operand.VALUES):
        return False
    test = OPERATORS[op].test
    if test is None:
        raise ValueError(f"operator {op} does not compare a field with a value")
    return test(value, operand, tolerance)
