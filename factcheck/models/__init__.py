"""Typed models passed between the pipeline's stages."""

from factcheck.models.claim import (
    Actor,
    ActorKind,
    Citation,
    CitationKind,
    Claim,
    Interval,
    Name,
    Polarity,
    Quantity,
    QuantityKind,
    Quote,
    Stance,
    figure_id,
)
from factcheck.models.document import Block, BlockKind, Document, Reference
from factcheck.models.finding import Finding, RelatedLocation, Severity
from factcheck.models.report import (
    DocumentResult,
    DocumentStatus,
    Report,
    RuleInfo,
    RuleLanguage,
    Summary,
)
from factcheck.models.span import LineIndex, Span

__all__ = [
    "Actor", "ActorKind", "Block", "BlockKind", "Citation", "CitationKind", "Claim",
    "Document", "DocumentResult", "DocumentStatus", "Finding", "Interval", "LineIndex",
    "Name", "Polarity", "Quantity", "QuantityKind", "Quote", "Reference", "RelatedLocation", "Report",
    "RuleInfo", "RuleLanguage", "Severity", "Span", "Stance", "Summary",
    "figure_id",
]
