"""Facts → the JSON payloads both matchers see, with the compiled pack's computed fields.

A payload holds only the fields some condition compares (``CompiledPack.compared_fields``):
the matched facts are looked up by id afterwards, so nothing else needs the trip through JSON.

Computed fields are what keeps durable-rules inside its safe subset: one boolean flag per
binding for the conditions it cannot evaluate correctly, and one join key per joined
binding (on both sides of its join).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from factcheck.dsl.compiler import SENTINEL_KIND, CompiledPack
from factcheck.models.fact import FACT_FIELDS, Fact

Payload = dict[str, Any]


# Facts sharing one join key pair with each other: n facts make n² activations. Past this many in
# one document (never seen in real articles; easily made by repeating a sentence), later facts
# get no key for that rule, so the cost of a document stays bounded.
MAX_JOIN_GROUP = 50


@dataclass(frozen=True)
class _KindPlan:
    """What a payload of one fact kind carries beyond its id and kind."""

    fields: tuple[str, ...] = ()  # the declared fields some condition compares
    # (flag field, the tests of one fact that set it): a binding's literal checks
    flags: tuple[tuple[str, tuple[Callable[[Fact], bool], ...]], ...] = ()
    # (the fields joined on, every join key field that joins on them): a quantity's `figure`
    # is the key of five joins of the built-in packs, and is encoded once
    keys: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()


def _plans(pack: CompiledPack) -> dict[str, _KindPlan]:
    """The payload plan of each fact kind, made once per compiled pack (by its fingerprint)."""
    if not pack.fingerprint:
        return _make_plans(pack)
    plans = _PLANS.get(pack.fingerprint)
    if plans is None:
        if len(_PLANS) >= 64:  # an editor reloading rules makes a pack per edit
            _PLANS.clear()
        plans = _PLANS[pack.fingerprint] = _make_plans(pack)
    return plans


_PLANS: dict[str, dict[str, _KindPlan]] = {}


def _make_plans(pack: CompiledPack) -> dict[str, _KindPlan]:
    flags: dict[str, list[tuple[str, tuple[Callable[[Fact], bool], ...]]]] = {}
    keys: dict[str, dict[tuple[str, ...], list[str]]] = {}
    for rule in pack.rules:
        for alternative in rule.alternatives:
            for plan in alternative.bindings:
                if plan.flag:
                    flags.setdefault(plan.kind.value, []).append(
                        (plan.flag, tuple(check.on_one_fact() for check in plan.python)))
        for join in rule.joins:
            for name, key in join.field.items():
                kind = rule.spec.match[name].fact.value
                keys.setdefault(kind, {}).setdefault(tuple(join.sources[name]), []).append(key)
    return {kind.value: _KindPlan(
        fields=tuple(name for name in declared if name in pack.compared_fields),
        flags=tuple(flags.get(kind.value, ())),
        keys=tuple((sources, tuple(fields))
                   for sources, fields in keys.get(kind.value, {}).items()),
    ) for kind, declared in FACT_FIELDS.items()}


def prepare(pack: CompiledPack, facts: Sequence[Fact], session: str) -> list[Payload]:
    """One payload per fact (plus the session's sentinel first), in fact order."""
    plans = _plans(pack)
    group_sizes: dict[tuple[str, str], int] = {}
    payloads: list[Payload] = [{"sid": session, "id": "_sentinel", "kind": SENTINEL_KIND}]
    for fact in facts:
        kind = fact.kind.value
        plan = plans[kind]
        fields = fact.fields
        payload: Payload = {name: fields[name] for name in plan.fields if name in fields}
        payload["sid"], payload["id"], payload["kind"] = session, fact.id, kind
        for flag, tests in plan.flags:
            if all(test(fact) for test in tests):
                payload[flag] = True
        for sources, keys in plan.keys:
            values = [fact.get(source) for source in sources]
            if None in values:
                continue
            # Any text that tells different values apart will do: repr of these scalars
            # does, five times faster than json.dumps.
            encoded = repr(values)
            for key in keys:
                size = group_sizes.get((key, encoded), 0)
                if size < MAX_JOIN_GROUP:
                    group_sizes[(key, encoded)] = size + 1
                    payload[key] = encoded
        payloads.append(payload)
    return payloads
