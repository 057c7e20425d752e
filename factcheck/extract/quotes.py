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
    spans = list(_quotations(text))
    if "`" in text:
        spans += _tokenized(text)
    if "‘" in text:
        spans += [match.span("words") for match in _SINGLE_CURLY.finditer(text)]
    if " '" in text or text.startswith("'"):
        spans += [match.span("words") for match in _SINGLE_STRAIGHT.finditer(text)]
    for start, end in spans:
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


# A quotation as tokenized text writes it (summarization models, CNN/Daily Mail): "`` … ''" or
# "` i love my job . it 's great '" (a tokenized possessive, " 's", closes nothing).
_TOKENIZED = re.compile(r"``\s?(?P<double>[^`]+?)\s?''|(?<!\S)`\s(?P<single>[^`]+?)\s'(?!\w)")


# British style: ‘We will win,’ he said. A ’ before a letter is an apostrophe ("it’s").
_SINGLE_CURLY = re.compile(r"(?<!\w)‘(?P<words>(?:[^‘’]|’(?=\w))+?)’(?!\w)")


# The same in straight quotes: 'We will win,' he said. One opens before a letter after a
# space; one closes after a word or its punctuation, before no letter ("the players' union"
# opens nothing, "it's" closes nothing).
_SINGLE_STRAIGHT = re.compile(
    r"(?<![\w'])'(?=[A-Za-z])(?P<words>(?:[^'\n]|'(?=\w))+?)(?<=[\w.,!?])'(?!\w)")


def _tokenized(text: str) -> list[tuple[int, int]]:
    return [match.span("double") if match.group("double") else match.span("single")
            for match in _TOKENIZED.finditer(text)]


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
