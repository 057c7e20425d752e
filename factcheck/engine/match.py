"""What a matcher returns, and the checks applied to raw matches whichever matcher made them."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from factcheck.dsl.compiler import CompiledAggregate, CompiledPack, CompiledRule
from factcheck.dsl.expressions import plain
from factcheck.engine.prepare import Payload
from factcheck.models.fact import Fact

RawMatch = tuple[str, dict[str, str]]  # (durable output id, binding -> fact id)


class Matcher(Protocol):
    name: str

    def match(self, payloads: Sequence[Payload]) -> list[RawMatch]: ...


@dataclass(frozen=True)
class Match:
    rule: CompiledRule
    facts: dict[str, Fact]  # binding -> fact, in the rule's binding order
    values: Mapping[str, Any] = field(default_factory=dict)  # let and aggregate values
    members: tuple[Fact, ...] = ()  # for an aggregate: every fact of the aggregated binding

    def facts_field(self, binding: str, field: str) -> Any:
        """A bound fact's field, or with ``field`` empty a named value (for templates)."""
        return self.values.get(binding) if not field else self.facts[binding].get(field)


def settle(pack: CompiledPack, raw: Iterable[RawMatch], facts: Mapping[str, Fact]) -> list[Match]:
    """Raw matches → matches: checks between bindings, `unless`, one match per set of facts,
    aggregates over groups, `let` and `check`; in a stable order.

    durable-rules reports a symmetric pair twice, (a, b) and (b, a); the order of facts in the
    document decides which one stands.
    """
    rules = pack.by_output()
    order = {fact_id: number for number, fact_id in enumerate(facts)}
    seen: set[tuple[str, frozenset[str]]] = set()
    kept: list[tuple[tuple[int, ...], Match]] = []
    groups: dict[tuple[int, tuple[Any, ...]], list[dict[str, Fact]]] = {}
    candidates = sorted(
        ((rules[output], binding) for output, binding in raw),
        key=lambda item: (item[0].index, [order[fid] for fid in item[1].values()]),
    )
    for rule, binding in candidates:
        ids = list(binding.values())
        if len(set(ids)) != len(ids):
            continue  # a fact never fills two bindings of one match
        key = (rule.id, frozenset(ids))
        if key in seen:
            continue
        bound = {name: facts[binding[name]] for name in rule.binding_names}
        if not all(check.holds(bound) for check in rule.cross_checks):
            continue
        if any(all(check.holds(bound) for check in item) for item in rule.unless):
            continue
        seen.add(key)
        if rule.aggregates:
            groups.setdefault((rule.index, _group(rule, bound)), []).append(bound)
            continue
        values = _values(rule, bound, {})
        if values is not None:
            kept.append(((rule.index, *sorted(order[fact.id] for fact in bound.values())),
                         Match(rule, bound, values)))
    for (index, _), tuples in groups.items():
        rule = pack.rules[index]  # a rule's index is its place in the pack
        over = rule.aggregates[0].over
        members = tuple({bound[over].id: bound[over] for bound in tuples}.values())
        first = tuples[0]
        aggregated = {aggregate.name: _aggregate(aggregate, over, members, first)
                      for aggregate in rule.aggregates}
        values = _values(rule, first, aggregated)
        if values is not None:
            place = sorted(order[fact.id] for fact in first.values())
            kept.append(((rule.index, *place), Match(rule, first, values, members)))
    return [match for _, match in sorted(kept, key=lambda item: item[0])]


def _group(rule: CompiledRule, bound: dict[str, Fact]) -> tuple[Any, ...]:
    """What stays the same within one aggregate's group: the other bindings' facts, and the
    aggregated binding's ``by`` fields."""
    aggregate = rule.aggregates[0]
    others = tuple(fact.id for name, fact in bound.items() if name != aggregate.over)
    return others + tuple(repr(bound[aggregate.over].get(name)) for name in aggregate.by)


def _aggregate(aggregate: CompiledAggregate, over: str, members: Sequence[Fact],
               context: dict[str, Fact]) -> Any:
    values = [aggregate.expression.evaluate({**context, over: member}, {}) for member in members]
    present = [value for value in values if value is not None]
    if aggregate.function == "count":
        return len(present)
    if aggregate.function == "join":  # an empty text is left out, as a missing value is
        return aggregate.separator.join(
            value if isinstance(value, str) else plain(value) or str(value)
            for value in present if value != "")
    numbers = [value for value in present
               if isinstance(value, int | float) and not isinstance(value, bool)]
    if not numbers:
        return None
    if aggregate.function == "sum":
        return math.fsum(numbers)
    return min(numbers) if aggregate.function == "min" else max(numbers)


def _values(rule: CompiledRule, bound: Mapping[str, Fact],
            aggregated: Mapping[str, Any]) -> dict[str, Any] | None:
    """The rule's named values, or None when one of its checks does not hold. A `let` is
    computed when a check first needs it; the rest only for a match that stands."""
    values = _LazyValues(rule, bound, aggregated)
    if all(check.holds(bound, values) for check in rule.checks):
        return values.everything()
    return None


class _LazyValues(Mapping[str, Any]):
    def __init__(self, rule: CompiledRule, bound: Mapping[str, Fact],
                 aggregated: Mapping[str, Any]) -> None:
        self._lets = dict(rule.lets)
        self._bound = bound
        self._known: dict[str, Any] = dict(aggregated)

    def __getitem__(self, name: str) -> Any:
        if name not in self._known:
            if name not in self._lets:
                raise KeyError(name)
            # a let reads only aggregates and earlier lets, so this recursion ends
            self._known[name] = self._lets[name].evaluate(self._bound, self)
        return self._known[name]

    def __iter__(self) -> Iterator[str]:
        return iter({**self._known, **self._lets})

    def __len__(self) -> int:
        return len({**self._known, **self._lets})

    def everything(self) -> dict[str, Any]:
        return {name: self[name] for name in self}
