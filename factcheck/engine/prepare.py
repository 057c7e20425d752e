"""Facts → the JSON payloads both matchers see, with the compiled pack's computed fields.

A payload holds only the fields some condition compares (``CompiledPack.compared_fields``):
the matched facts are looked up by id afterwards, so nothing else needs the trip through JSON.

Computed fields are what keeps durable-rules inside its safe subset: one boolean flag per
binding for the conditions it cannot evaluate correctly, and one join key per pair rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from factcheck.dsl.compiler import SENTINEL_KIND, CompiledPack
from factcheck.models.fact import Fact

Payload = dict[str, Any]


# Facts sharing one join key pair with each other: n facts make n² activations. Past this many in
# one document (never seen in real articles; easily made by repeating a sentence), later facts
# get no key for that rule, so the cost of a document stays bounded.
MAX_JOIN_GROUP = 50


def prepare(pack: CompiledPack, facts: Sequence[Fact], session: str) -> list[Payload]:
    """One payload per fact (plus the session's sentinel first), in fact order."""
    group_sizes: dict[tuple[str, str], int] = {}
    by_kind: dict[str, list[tuple[str, Any]]] = {}
    for rule in pack.rules:
        for alternative in rule.alternatives:
            for plan in alternative.bindings:
                if plan.flag:
                    by_kind.setdefault(plan.kind.value, []).append(("flag", plan))
        if rule.join:
            for name, key in rule.join.field.items():
                kind = rule.spec.match[name].fact.value
                by_kind.setdefault(kind, []).append(("key", (key, rule.join.sources[name])))

    compared = pack.compared_fields
    payloads: list[Payload] = [{"sid": session, "id": "_sentinel", "kind": SENTINEL_KIND}]
    for fact in facts:
        payload: Payload = {"sid": session, "id": fact.id, "kind": fact.kind.value}
        payload.update((name, value) for name, value in fact.fields.items() if name in compared)
        for what, item in by_kind.get(fact.kind.value, ()):
            if what == "flag":
                single = {item.name: fact}
                if all(check.holds(single) for check in item.python):
                    payload[item.flag] = True
            else:
                key, sources = item
                values = [fact.get(source) for source in sources]
                if all(value is not None for value in values):
                    # Any text that tells different values apart will do: repr of these
                    # scalars does, five times faster than json.dumps.
                    encoded = repr(values)
                    size = group_sizes.get((key, encoded), 0)
                    if size < MAX_JOIN_GROUP:
                        group_sizes[(key, encoded)] = size + 1
                        payload[key] = encoded
        payloads.append(payload)
    return payloads
