"""Structured YAML/JSON articles that list their claims explicitly.

A YAML or JSON file with no ``claims`` key is some other file (``.pre-commit-config.yaml``,
``package.json``, ``mkdocs.yml``): it is not an article, which is not an error in it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.errors import FactcheckError, LoadError
from factcheck.models import Block, BlockKind, Document, LineIndex, Reference
from factcheck.yamlio import load_yaml, locate, plain

NOT_AN_ARTICLE = "not a factcheck article (a YAML or JSON article is a mapping with a 'claims' list)"

# A top-level `claims` key, looked for in a file that does not parse: if it has one, it is an
# article with a syntax error; if not, it is some other file (a multi-document manifest, a
# template) and none of factcheck's business.
_CLAIMS_KEY = {False: re.compile(r"^[\"']?claims[\"']?[ \t]*:", re.MULTILINE),
               True: re.compile(r'"claims"\s*:')}


class NotAnArticle(LoadError):
    """A YAML or JSON file that is not a structured article: it has no ``claims`` key."""


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
    """The article in ``text``; NotAnArticle if it has no ``claims`` key, else LoadError for a
    problem in it, naming the field and line."""
    try:
        raw, locate = _parse(text, path, is_json)
    except FactcheckError:
        if _CLAIMS_KEY[is_json].search(text) is None:
            raise NotAnArticle(path, NOT_AN_ARTICLE) from None
        raise
    if not isinstance(raw, dict) or "claims" not in raw:
        raise NotAnArticle(path, NOT_AN_ARTICLE)
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
    return raw, lambda loc: locate(node, loc)
