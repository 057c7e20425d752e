"""Derived facts: what rules with `derive` make of their matches, for other rules to match.

Matching runs in rounds: the facts of the document, then those plus every fact derived in the
round before, until a round derives nothing new (at most ``MAX_ROUNDS``). Each round is a plain
run of the matcher, durable-rules or the Python evaluator alike, so the chain is the same in
both and the differential tests cover it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from factcheck.engine.match import Match
from factcheck.models.fact import FACT_FIELDS, Fact, FactKind

MAX_ROUNDS = 4
_FLOATS = frozenset(name for name, declared in FACT_FIELDS[FactKind.DERIVED].items()
                    if declared is float)


def identity(match: Match) -> tuple[str, frozenset[str]]:
    """The same rule over the same facts derives the same fact, whichever round finds it."""
    return match.rule.id, frozenset(fact.id for fact in (*match.facts.values(), *match.members))


def derived_facts(matches: Iterable[Match], known: set[tuple[str, frozenset[str]]],
                  number_from: int) -> Iterator[Fact]:
    """The facts ``matches`` of deriving rules make that ``known`` does not hold yet (``known``
    is updated); ids continue from ``number_from``."""
    number = number_from
    for match in matches:
        derive = match.rule.derive
        if derive is None or identity(match) in known:
            continue
        known.add(identity(match))
        source = match.facts[derive.of]
        fields: dict[str, str | int | float | bool] = {
            "name": derive.name, "rule": match.rule.id, "about": source.id}
        if source.claim_id is not None:
            fields["claim"] = source.claim_id
        for name, expression in derive.fields.items():
            value = expression.evaluate(match.facts, match.values)
            if value is None:
                continue
            if name in _FLOATS:
                if isinstance(value, int | float) and not isinstance(value, bool):
                    fields[name] = float(value)
            else:
                fields[name] = value if isinstance(value, str) else repr(value)
        yield Fact(id=f"d{number}", kind=FactKind.DERIVED, claim_id=source.claim_id, part=None,
                   fields=fields)
        number += 1
