"""Fact-checking against a ledger of verified figures (``factcheck check --facts FILE``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.dsl import Flag, RuleContext, rule
from factcheck.models import Claim, Quantity, QuantityKind, Severity
from factcheck.models.ledger import Ledger, LedgerEntry

EXAMPLE_LEDGER = [
    {"subject": "china", "metric": "rare earth refining", "aliases": ["rare earth processing"],
     "value": 85, "unit": "%", "as_of": "2020-01-01", "source": "Illustrative 2020 survey"},
    {"subject": "china", "metric": "rare earth refining", "aliases": ["rare earth processing"],
     "value": 90, "unit": "%", "as_of": "2024-01-01", "source": "Illustrative 2024 survey"},
]


def _norm(text: str | None) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", (text or "").lower()).split())


def _units_match(entry: LedgerEntry, quantity: Quantity) -> bool:
    if entry.unit is None or quantity.unit is None:
        return quantity.kind not in (QuantityKind.YEAR, QuantityKind.DATE, QuantityKind.RATIO)
    return _norm(entry.unit) == _norm(quantity.unit)


def _about(entry: LedgerEntry, claim: Claim, quantity: Quantity) -> bool:
    subject = _norm(entry.subject)
    subjects = {_norm(quantity.subject), *(_norm(a.id) for a in claim.actors),
                *(_norm(a.name) for a in claim.actors)}
    if subject not in subjects:
        return False
    where = f" {_norm(quantity.metric)} {_norm(claim.text)} "
    return any(f" {_norm(phrase)} " in where for phrase in entry.phrases())


def _disagreements(doc: RuleContext) -> Iterator[
        tuple[Claim, Quantity, LedgerEntry, LedgerEntry | None]]:
    """(claim, figure, newest entry, the older entry it matches or None) for every figure of a
    ledger fact that the newest entry does not back."""
    ledger = doc.ledger
    if not isinstance(ledger, Ledger):
        return
    for claim in doc.claims:
        for quantity in claim.quantities:
            for history in ledger.facts():
                newest = history[-1]
                if not (_units_match(newest, quantity) and _about(newest, claim, quantity)):
                    continue
                if newest.interval.overlaps(quantity.interval):
                    continue
                older = next((old for old in reversed(history[:-1])
                              if old.interval.overlaps(quantity.interval)), None)
                yield claim, quantity, newest, older


def _stated(quantity: Quantity) -> str:
    return f'"{quantity.text}"'


@rule(
    id="ledger.mismatch",
    severity="error",
    description=(
        "A claim states a figure for a fact in the ledger (--facts) that is outside the ledger "
        "value's tolerance, and matches no earlier entry either."
    ),
    rationale="The figure contradicts a verified one; the finding names the ledger's source.",
    tags=("ledger",),
    examples={
        "flag": [{"text": "China controls 60% of rare earth refining [1].",
                  "ledger": EXAMPLE_LEDGER}],
        "pass": [{"text": "China controls nearly 90% of rare earth refining [1].",
                  "ledger": EXAMPLE_LEDGER},
                 {"text": "China controls 60% of rare earth mining [1].",
                  "ledger": EXAMPLE_LEDGER}],
    },
)
def ledger_mismatch(doc: RuleContext) -> Iterator[Flag]:
    for claim, quantity, newest, older in _disagreements(doc):
        if older is not None:
            continue  # right once: ledger.outdated reports it
        yield Flag(
            claims=(claim.id,), span=quantity.span,
            message=(f"{_stated(quantity)} disagrees with the ledger: {newest.subject} "
                     f"{newest.metric} is {_value(newest)} as of {newest.as_of} "
                     f"({newest.source})"),
            evidence={"ledger_value": _value(newest), "as_of": str(newest.as_of),
                      "source": newest.source, "stated": quantity.value},
        )


@rule(
    id="ledger.outdated",
    severity="info",
    description="A claim's figure matches an older ledger entry than the newest for that fact.",
    rationale="The figure was right once; the article may need the current one.",
    tags=("ledger",),
    examples={
        "flag": [{"text": "China controls 85% of rare earth refining [1].",
                  "ledger": EXAMPLE_LEDGER}],
        "pass": [{"text": "China controls 90% of rare earth refining [1].",
                  "ledger": EXAMPLE_LEDGER}],
    },
)
def ledger_outdated(doc: RuleContext) -> Iterator[Flag]:
    for claim, quantity, newest, older in _disagreements(doc):
        if older is None:
            continue
        yield Flag(
            claims=(claim.id,), span=quantity.span, severity=Severity.INFO,
            message=(f"{_stated(quantity)} was the figure as of {older.as_of}; the ledger's "
                     f"newest is {_value(newest)} as of {newest.as_of} ({newest.source})"),
            evidence={"matched_as_of": str(older.as_of), "newest": _value(newest),
                      "newest_as_of": str(newest.as_of), "source": newest.source},
        )


def _value(entry: LedgerEntry) -> str:
    unit = entry.unit or ""
    if entry.value is not None:
        return f"{entry.value:g}{unit}"
    return f"{entry.low:g}–{entry.high:g}{unit}"
