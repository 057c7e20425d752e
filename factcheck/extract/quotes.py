"""Quoted passages of a claim: what a rule compares with the cited source's words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from factcheck.extract.alignment import normalize
from factcheck.extract.chinese import has_han, is_han
from factcheck.models import Quote, Span
from factcheck.models.trusted import trusted

_QUOTE_MARK = re.compile(r"[\"“”„«»「」『』]")
_OPENING, _CLOSING = "“„«「『", "”»」』"
# Where a quotation leaves the speaker's words: an ellipsis, or the editor's own words in square
# brackets ("left [the NHS] in a worse state", "[sic]").
_ELIDED = re.compile(r"\s*(?:\[[^\[\]]{1,80}\]|\(\s*(?:\.\s*){3}\)|\.{3}|…)\s*")
QUOTE_WORDS = 4  # shorter quoted phrases are mostly names, titles and terms
QUOTE_HAN_CHARACTERS = 8  # the same in Chinese, which sets no spaces between words


def find_quotes(text: str, offset: int, span: Callable[[int, int], Span]) -> list[Quote]:
    """The claim's quoted passages long enough to be someone's words; ``text`` starts at
    ``offset`` in the document."""
    found = []
    for start, end in _quotations(text):
        passage = text[start:end].strip()
        if _too_short(passage):
            continue
        parts = tuple(part for part in map(normalize, _ELIDED.split(passage)) if part)
        if parts:
            found.append(trusted(Quote, text=passage, span=span(offset + start, offset + end),
                                 parts=parts))
    return found


def _too_short(quote: str) -> bool:
    if has_han(quote):
        return sum(map(is_han, quote)) < QUOTE_HAN_CHARACTERS
    return len(quote.split()) < QUOTE_WORDS


def _quotations(text: str) -> Iterator[tuple[int, int]]:
    """Where the quoted passages of ``text`` are: marks paired in order, so the words between
    two quotations are never taken for one."""
    opened: int | None = None
    for mark in _QUOTE_MARK.finditer(text):
        char = mark.group()
        if opened is None:
            if char not in _CLOSING:
                opened = mark.end()
        elif char not in _OPENING:
            yield opened, mark.start()
            opened = None
        else:
            opened = mark.end()  # an unclosed quotation: the newer one starts here
