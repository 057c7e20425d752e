"""What a matcher returns, and the checks applied to raw matches whichever matcher made them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from factcheck.dsl.compiler import CompiledPack, CompiledRule
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

    def facts_field(self, binding: str, field: str) -> Any:
        return self.facts[binding].get(field)


def settle(pack: CompiledPack, raw: Iterable[RawMatch], facts: Mapping[str, Fact]) -> list[Match]:
    """Raw matches → matches: pair checks, `unless`, one match per unordered pair, stable order.

    durable-rules reports a symmetric pair twice, (a, b) and (b, a); the order of facts in the
    document decides which one stands.
    """
    rules = pack.by_output()
    order = {fact_id: number for number, fact_id in enumerate(facts)}
    seen: set[tuple[str, frozenset[str]]] = set()
    kept: list[tuple[tuple[int, ...], Match]] = []
    candidates = sorted(
        ((rules[output], binding) for output, binding in raw),
        key=lambda item: (item[0].index, [order[fid] for fid in item[1].values()]),
    )
    for rule, binding in candidates:
        ids = list(binding.values())
        if len(set(ids)) != len(ids):
            continue  # a fact never pairs with itself
        key = (rule.id, frozenset(ids))
        if key in seen:
            continue
        bound = {name: facts[binding[name]] for name in rule.binding_names}
        if not all(check.holds(bound) for check in rule.cross_checks):
            continue
        if any(all(check.holds(bound) for check in item) for item in rule.unless):
            continue
        seen.add(key)
        kept.append(((rule.index, *sorted(order[i] for i in ids)), Match(rule, bound)))
    return [match for _, match in sorted(kept, key=lambda item: item[0])]
