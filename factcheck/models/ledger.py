"""A ledger of verified figures that articles are fact-checked against (``--facts``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from factcheck.models.claim import Interval


class LedgerEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    subject: str = Field(min_length=1, description="Who or what: 'china', 'us'")
    metric: str = Field(min_length=1, description="What is measured, as a phrase")
    aliases: tuple[str, ...] = Field(default=(), description="Other phrases for the metric")
    value: float | None = None
    low: float | None = None
    high: float | None = None
    tolerance: float = Field(default=0.02, ge=0, description="Relative tolerance around value")
    unit: str | None = None
    as_of: dt.date
    source: str = Field(min_length=1)

    @field_validator("aliases", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(";") if part.strip())
        return value

    @model_validator(mode="after")
    def _has_value(self) -> LedgerEntry:
        if self.value is None and self.low is None and self.high is None:
            raise ValueError("an entry needs a value or a low/high interval")
        return self

    @property
    def interval(self) -> Interval:
        if self.value is not None and self.low is None and self.high is None:
            margin = abs(self.value) * self.tolerance
            return Interval(low=self.value - margin, high=self.value + margin)
        return Interval(low=self.low, high=self.high)

    def phrases(self) -> tuple[str, ...]:
        return (self.metric, *self.aliases)


class Ledger(BaseModel):
    model_config = ConfigDict(extra="forbid")

    entries: list[LedgerEntry] = Field(default_factory=list)

    def facts(self) -> Iterator[list[LedgerEntry]]:
        """Entries grouped by (subject, metric), oldest first."""
        groups: dict[tuple[str, str], list[LedgerEntry]] = {}
        for entry in self.entries:
            groups.setdefault((entry.subject.lower(), entry.metric.lower()), []).append(entry)
        for entries in groups.values():
            yield sorted(entries, key=lambda entry: entry.as_of)
