"""Facts: the flat records asserted into the matching core, and the fields each kind carries.

Rules match facts, not models: a claim and each of its parts become facts whose fields are
scalars (durable-rules compares across types lexically, so every field has one declared type).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

Scalar = str | int | float | bool


class FactKind(StrEnum):
    CLAIM = "claim"
    QUANTITY = "quantity"
    ACTOR = "actor"
    STANCE = "stance"
    GROUP_STANCE = "group_stance"  # a stance seen through one of its actor's groups
    CITATION = "citation"  # one per cited reference id
    REFERENCE = "reference"


_COMMON: dict[str, type] = {"claim": str, "section": str}  # the claim a part belongs to

FACT_FIELDS: dict[FactKind, dict[str, type]] = {
    FactKind.CLAIM: {
        **_COMMON, "text": str, "quantities": int, "citations": int, "cited": bool, "attributed": bool,
        "has_statistic": bool, "has_superlative": bool, "statistic": str,
    },
    FactKind.QUANTITY: {
        **_COMMON, "quantity_kind": str, "value": float, "low": float, "high": float, "unit": str,
        "hedge": str, "subject": str, "metric": str, "compared_to": str, "ratio_phrase": str,
        "change_from": float, "change_to": float, "direction": int, "quantity_text": str,
        "period": str, "frame": str,
    },
    FactKind.ACTOR: {
        **_COMMON, "actor": str, "name": str, "actor_kind": str, "role": str, "group": str,
    },
    FactKind.STANCE: {
        **_COMMON, "actor": str, "actor_name": str, "topic": str, "polarity": str, "cue": str,
        "negated": bool, "reported": bool, "time_marker": str,
    },
    FactKind.GROUP_STANCE: {
        **_COMMON, "group": str, "group_name": str, "actor": str, "actor_name": str,
        "topic": str, "polarity": str,
        "cue": str, "negated": bool, "reported": bool, "time_marker": str,
    },
    FactKind.CITATION: {
        **_COMMON, "ref": str, "citation_kind": str, "marker": str, "resolved": bool,
        "source": str, "has_source_text": bool,
    },
    FactKind.REFERENCE: {"ref": str, "label": str, "cited": bool, "has_text": bool,
                         "listed": bool},
}


class Fact(BaseModel):
    """One fact of one document. ``fields`` hold only declared fields with non-null values."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    kind: FactKind
    claim_id: str | None = None
    part: int | None = None  # index of the part within its claim, to find its span again
    fields: dict[str, Scalar]

    def get(self, name: str) -> Any:
        if name == "kind":
            return self.kind.value
        if name == "id":
            return self.id
        return self.fields.get(name)
