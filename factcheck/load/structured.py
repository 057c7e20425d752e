"""Structured YAML/JSON articles that list their claims explicitly."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.errors import LoadError
from factcheck.models import Block, BlockKind, Document, LineIndex, Reference
from factcheck.yamlio import load_yaml, locate, plain


class StructuredClaim(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    section: str | None = None


class StructuredReference(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    label: str = ""
    url: str | None = None
    text: str | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value


class StructuredArticle(BaseModel):
    """The schema of a structured article file."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = None
    date: str | None = None
    language: str = "en"
    claims: list[StructuredClaim | str] = Field(min_length=1)
    references: list[StructuredReference] = Field(default_factory=list)


def load_structured(text: str, path: str, is_json: bool) -> Document:
    raw, locate = _parse(text, path, is_json)
    try:
        article = StructuredArticle.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"] if not str(part).startswith("str"))
        line, column = locate(first["loc"])
        raise LoadError(path, f"{field}: {first['msg']}", line, column) from None

    # Spans point into the file itself where the claim is written verbatim (the usual case),
    # so findings carry the file's own line numbers; other claims go after the file's text.
    index_text = text
    spans: list[tuple[int, int]] = []
    search_from = 0
    for claim in article.claims:
        claim_text = claim if isinstance(claim, str) else claim.text
        found = index_text.find(claim_text, search_from)
        if found < 0:
            index_text += "\n\n"
            found = len(index_text)
            index_text += claim_text
        spans.append((found, found + len(claim_text)))
        search_from = found + len(claim_text)
    index = LineIndex(index_text)
    blocks = [
        Block(
            kind=BlockKind.CLAIM, span=index.span(start, end),
            section=None if isinstance(claim, str) else claim.section,
        )
        for claim, (start, end) in zip(article.claims, spans, strict=True)
    ]
    references = [
        Reference(id=ref.id, label=ref.label, url=ref.url, text=ref.text, origin=path)
        for ref in article.references
    ]
    return Document(
        path=path, title=article.title, text=index_text, language=article.language,
        date=article.date, blocks=blocks, references=references,
    )


Locator = Any


def _parse(text: str, path: str, is_json: bool) -> tuple[Any, Locator]:
    if is_json:
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as error:
            raise LoadError(path, error.msg, error.lineno, error.colno) from None
        except RecursionError:
            raise LoadError(path, "nesting too deep") from None
        return raw, lambda loc: (None, None)
    node = load_yaml(text, path)
    try:
        raw = plain(node)
    except ValueError as error:
        raise LoadError(path, str(error)) from None
    if not isinstance(raw, dict):
        raise LoadError(path, "a structured article must be a mapping with a 'claims' list")
    return raw, lambda loc: locate(node, loc)
