"""What the load stage produces: an article's text, its layout blocks and its references."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from factcheck.models.span import Span


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    GROUP_ITEM = "group-item"  # the seed's "Group N - claim - claim" items
    CLAIM = "claim"  # a claim listed explicitly by a structured article; never split further


class Block(BaseModel):
    """A unit of layout: extraction segments each block into claims."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: BlockKind
    span: Span
    section: str | None = None
    depth: int = Field(default=0, ge=0, description="List nesting depth for bullets")


class Reference(BaseModel):
    """A source a citation marker may point to: a reference-list line, or a source file's text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, description="The citation id, e.g. '1' for marker [1]")
    label: str = Field(default="", description="The reference line as written, or the file name")
    url: str | None = None
    text: str | None = Field(default=None, description="Full text of the source, when available")
    origin: str = Field(description="Where the reference came from: a path, or 'inline'")
    span: Span | None = Field(default=None, description="Span of the reference line in the article")


class Document(BaseModel):
    """A loaded article: exact text, layout blocks and every reference known for it.

    Frozen: what the load stage made is what every later stage sees. Its sources are attached
    while it is loaded (``factcheck.load``), each step returning a new Document.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    title: str | None = None
    text: str
    language: str = "en"
    date: str | None = Field(default=None, description="Publication date (ISO 8601) when known")
    blocks: tuple[Block, ...] = ()
    references: tuple[Reference, ...] = ()
    suppressions: dict[int, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Line number -> rule ids or prefixes suppressed on that line",
    )
    unnamed_suppressions: tuple[Span, ...] = Field(
        default=(),
        description="factcheck-ignore comments that name no rule: they silence nothing",
    )

    @property
    def name(self) -> str:
        return Path(self.path).name

    def reference_ids(self) -> set[str]:
        return {reference.id for reference in self.references}
