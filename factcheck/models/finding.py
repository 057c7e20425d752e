"""What the match stage produces, and what every reporter consumes."""

from __future__ import annotations

import hashlib
import re
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field

from factcheck.models.span import Span


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


class RelatedLocation(BaseModel):
    """Another claim a finding involves, e.g. the other side of a contradiction."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    claim_id: str
    span: Span
    text: str


def report_order(path: str, span: Span | None, rule_id: str) -> tuple[str, int, int, str]:
    """Where a finding stands in a report: by file, line, offset, then rule."""
    return (path, span.line if span else 0, span.start if span else -1, rule_id)


class Finding(BaseModel):
    """One flagged issue: data only; reporters turn it into words and markup."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule_id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)+$")
    severity: Severity
    message: str
    path: str
    claim_ids: tuple[str, ...] = ()
    span: Span | None = None
    claim_text: str = Field(default="", description="Text of the first claim involved")
    related: tuple[RelatedLocation, ...] = ()
    evidence: dict[str, Any] = Field(default_factory=dict)
    suggestion: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def fingerprint(self) -> str:
        """Survives line moves: the rule id and the claims' normalized text."""
        # Sorted, so a pair found in the other order (claims moved around) keeps its fingerprint.
        texts = sorted(re.sub(r"\s+", " ", text).strip().lower()
                       for text in [self.claim_text, *(related.text for related in self.related)])
        normalized = "\x1f".join(texts)
        digest = hashlib.sha256(f"{self.rule_id}\x1e{normalized}".encode()).hexdigest()
        return digest[:20]

    @property
    def source_passage(self) -> str | None:
        """The cited source's words its evidence quotes: a Python rule's ``source_passage``,
        or the ``passage`` of a source fact the rule matched (`source_figure`,
        `source_quote`)."""
        found = self.evidence.get("source_passage")
        if isinstance(found, str):
            return found
        return next((fact["passage"] for fact in self.evidence.values()
                     if isinstance(fact, dict) and isinstance(fact.get("passage"), str)), None)

    def sort_key(self) -> tuple[str, int, int, str]:
        return report_order(self.path, self.span, self.rule_id)
