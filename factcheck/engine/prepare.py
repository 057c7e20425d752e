"""Facts → the JSON payloads both matchers see, with the compiled pack's computed fields.

A payload holds only the fields some condition compares (``CompiledPack.compared_fields``):
the matched facts are looked up by id afterwards, so nothing else needs the trip through JSON.

Computed fields are what keeps durable-rules inside its safe subset: one boolean flag per
binding for the conditions it cannot evaluate correctly, and one join key per joined
binding (on both sides of its join).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
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
    # (flag field, the test of one fact that sets it): a binding's literal checks, all of them
    flags: tuple[tuple[str, Callable[[Fact], bool]], ...] = ()
    # every binding of the kind needs one of the flags: a fact with none can match nothing
    needs_a_flag: bool = False
    # (the fields joined on, every join key field that joins on them): a quantity's `figure`
    # is the key of five joins of the built-in packs, and is encoded once
    keys: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    # join key field -> the flags of its binding (one per alternative), one of which a fact
    # must have set to fill the binding; a key whose binding needs none is not listed
    key_flags: dict[str, frozenset[str]] = field(default_factory=dict)
    # a fact that no rule of one binding can take (none does, or it lacks each such rule's
    # flag) matches only through a join: with no join key it is left out
    alone: bool = False
    alone_flags: frozenset[str] = frozenset()


Plans = tuple[dict[str, _KindPlan], dict[str, str]]


def _plans(pack: CompiledPack) -> Plans:
    """The payload plan of each fact kind, and each join key's partner (``_partners``), made
    once per compiled pack (by its fingerprint)."""
    if not pack.fingerprint:
        return _make_plans(pack), _partners(pack)
    plans = _PLANS.get(pack.fingerprint)
    if plans is None:
        if len(_PLANS) >= 64:  # an editor reloading rules makes a pack per edit
            _PLANS.clear()
        plans = _PLANS[pack.fingerprint] = (_make_plans(pack), _partners(pack))
    return plans


_PLANS: dict[str, Plans] = {}


def _partners(pack: CompiledPack) -> dict[str, str]:
    """Each join key field -> the key field on the other side of its join."""
    partners: dict[str, str] = {}
    for rule in pack.rules:
        for join in rule.joins:
            left, right = join.field[join.left], join.field[join.right]
            partners[left], partners[right] = right, left
    return partners


def _all_of(tests: list[Callable[[Fact], bool]]) -> Callable[[Fact], bool]:
    """One test that holds when all of ``tests`` do (most flags have one)."""
    if len(tests) == 1:
        return tests[0]
    return lambda fact: all(test(fact) for test in tests)


def _make_plans(pack: CompiledPack) -> dict[str, _KindPlan]:
    flags: dict[str, list[tuple[str, Callable[[Fact], bool]]]] = {}
    keys: dict[str, dict[tuple[str, ...], list[str]]] = {}
    key_flags: dict[str, dict[str, frozenset[str]]] = {}
    unflagged: set[str] = set()  # kinds some binding takes without a flag
    alone: set[str] = set()  # kinds a rule of one binding takes without a flag
    alone_flags: dict[str, set[str]] = {}  # the flags of the rules of one binding
    for rule in pack.rules:
        if not rule.joins:
            for alternative in rule.alternatives:
                for plan in alternative.bindings:
                    if plan.flag:
                        alone_flags.setdefault(plan.kind.value, set()).add(plan.flag)
                    else:
                        alone.add(plan.kind.value)
        binding_flags: dict[str, set[str] | None] = {}  # None: an alternative needs no flag
        for alternative in rule.alternatives:
            for plan in alternative.bindings:
                if plan.flag:
                    flags.setdefault(plan.kind.value, []).append(
                        (plan.flag, _all_of([check.on_one_fact() for check in plan.python])))
                    known = binding_flags.setdefault(plan.name, set())
                    if known is not None:
                        known.add(plan.flag)
                else:
                    unflagged.add(plan.kind.value)
                    binding_flags[plan.name] = None
        for join in rule.joins:
            for name, key in join.field.items():
                kind = rule.spec.match[name].fact.value
                keys.setdefault(kind, {}).setdefault(tuple(join.sources[name]), []).append(key)
                needed = binding_flags.get(name)
                if needed:
                    key_flags.setdefault(kind, {})[key] = frozenset(needed)
    return {kind.value: _KindPlan(
        fields=tuple(name for name in declared if name in pack.compared_fields),
        flags=tuple(flags.get(kind.value, ())),
        needs_a_flag=kind.value in flags and kind.value not in unflagged,
        keys=tuple((sources, tuple(fields))
                   for sources, fields in keys.get(kind.value, {}).items()),
        key_flags=key_flags.get(kind.value, {}),
        alone=kind.value in alone,
        alone_flags=frozenset(alone_flags.get(kind.value, ())),
    ) for kind, declared in FACT_FIELDS.items()}


def prepare(pack: CompiledPack, facts: Sequence[Fact], session: str) -> list[Payload]:
    """One payload per fact that some binding can take (plus the session's sentinel first),
    in fact order: a fact of a kind whose every binding needs a flag, with none of them set,
    would only cost durable-rules its evaluation (most citation markers and references).

    A fact gets a join key only when some other fact has the value on the join's other side:
    an equality that no other fact can meet matches nothing, and every key a fact carries costs
    durable-rules memory and time (a quantity's `figure` keys five joins of the built-in packs,
    and few figures are a ratio's side or a total's).
    """
    plans, partners = _plans(pack)
    # First pass: every fact's flags and key values, and how many facts have each value under
    # each key; a key counts only on a fact that can fill its binding (has one of its flags).
    flagged: list[list[str]] = []
    keyed: list[list[tuple[str, str]]] = []
    counts: dict[tuple[str, str], int] = {}
    kinds = [fact.kind.value for fact in facts]
    for fact, kind in zip(facts, kinds, strict=True):
        plan = plans[kind]
        set_flags = [flag for flag, test in plan.flags if test(fact)]
        flagged.append(set_flags)
        own: list[tuple[str, str]] = []
        for sources, keys in plan.keys:
            values = [fact.get(source) for source in sources]
            if None in values:
                continue
            # Any text that tells different values apart will do: repr of these scalars
            # does, five times faster than json.dumps.
            encoded = repr(values)
            for key in keys:
                needed = plan.key_flags.get(key)
                if needed is not None and needed.isdisjoint(set_flags):
                    continue
                own.append((key, encoded))
                counts[(key, encoded)] = counts.get((key, encoded), 0) + 1
        keyed.append(own)
    group_sizes: dict[tuple[str, str], int] = {}
    payloads: list[Payload] = [{"sid": session, "id": "_sentinel", "kind": SENTINEL_KIND}]
    for fact, kind, set_flags, own in zip(facts, kinds, flagged, keyed, strict=True):
        plan = plans[kind]
        if plan.needs_a_flag and not set_flags:
            continue
        fields = fact.fields
        payload: Payload = {name: fields[name] for name in plan.fields if name in fields}
        payload["sid"], payload["id"], payload["kind"] = session, fact.id, kind
        for flag in set_flags:
            payload[flag] = True
        mine = dict(own)
        joined = False
        for key, encoded in own:
            partner = partners[key]
            # others on the other side: the fact itself does not count (it never fills two
            # bindings of one match)
            others = counts.get((partner, encoded), 0) - (mine.get(partner) == encoded)
            if others <= 0:
                continue
            size = group_sizes.get((key, encoded), 0)
            if size < MAX_JOIN_GROUP:
                group_sizes[(key, encoded)] = size + 1
                payload[key] = encoded
                joined = True
        if joined or plan.alone or not plan.alone_flags.isdisjoint(set_flags):
            payloads.append(payload)
    return payloads

