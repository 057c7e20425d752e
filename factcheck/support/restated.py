"""A claim's figure that the cited source gives another value in the claim's own words: the
words right before the figure stand in the source with another figure after them, and
never with the claim's ("lost his legs in a flying accident in 1943" where the source says
"lost his legs in a flying accident in 1931"), though the claim's value may be in the source
about something else.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.alignment import content_words
from factcheck.extract.grammar import Grammar
from factcheck.extract.lookup import LexiconLookup
from factcheck.models import Claim, Quantity
from factcheck.sources import SourceReading, is_range
from factcheck.support.figures import backing_families, one_currency, supporting
from factcheck.support.passages import around

# How many words before the figure must stand in the source as they do in the claim, and how
# many of them content words: fewer, and "rose to" or "a total of" would find every figure.
WORDS_BEFORE = 4
CONTENT_WORDS = 2


@dataclass(frozen=True)
class SaidOtherwise:
    """The claim's words before its figure, and the source sentence that says them before
    another figure."""

    words: str
    figure: Quantity
    passage: str


def said_otherwise(claim: Claim, claimed: Quantity, sources: Sequence[SourceReading],
                   notation: Grammar, lex: LexiconLookup) -> SaidOtherwise | None:
    """Where the ``WORDS_BEFORE`` words before the claim's figure stand in its sources right
    before a figure of its kind and unit, every time with a value that does not back it: the
    first such place; else None. Not for a change or a difference ("rose 13 pounds", "nine
    fewer performances"), which the same words say of a level."""
    start = claimed.span.start - claim.span.start
    before = _WORDS_BEFORE.search(claim.text, 0, start)
    if before is None or len(content_words(before.group(), lex)) < CONTENT_WORDS or (
            claimed.direction is not None or _a_difference(claim, claimed, lex)) or any(
            other.span.end - claim.span.start > before.start()
            for other in claim.quantities if other.span.start < claimed.span.start):
        return None  # (nor where the words are another figure's: "$186.4 million general")
    words = _WORD.findall(before.group())
    phrase = re.compile(r"\b" + _GAP.join(re.escape(word) for word in words) + r"\b",
                        re.IGNORECASE)
    first: SaidOtherwise | None = None
    for source in sources:
        backing = {figure.span.start for figure in supporting(
            claimed, source, backing_families(claimed, notation), notation)}
        starts = [figure.span.start for figure in source.in_order]
        for found in phrase.finditer(source.text):
            at = bisect_left(starts, found.end())
            if at == len(starts) or not _SPACE.fullmatch(source.text, found.end(), starts[at]):
                continue
            figure = source.in_order[at]
            if figure.span.start in backing or figure.value == claimed.value:
                return None  # the source says the claim's value in its words
            if first is None and figure.kind is claimed.kind and _in_one_unit(
                    claimed, claim, figure, source, notation):
                first = SaidOtherwise(" ".join(words), figure,
                                      around(source, figure.span.start)[0].text)
    return first


def _in_one_unit(claimed: Quantity, claim: Claim, figure: Quantity, source: SourceReading,
                 notation: Grammar) -> bool:
    """Whether a source's figure is in the claim figure's unit, so that their values differ
    only if the facts do: not "720 feet" for "about 220 metres", "three decades" for "30
    years", "29 degrees Celsius" for "84°F", a rate per another period, nor a change or one
    end of a range for a level."""
    end = claimed.span.end - claim.span.start
    if figure.direction is not None or is_range(figure) or _RANGE_GOES_ON.match(
            source.text, figure.span.end) or notation.temperature_at(
            claim.text, end) != notation.temperature_at(source.text, figure.span.end):
        return False
    if notation.per_at(claim.text, end) != notation.per_at(source.text, figure.span.end):
        return False  # "£73,000 a year" against "£1,400 a week"
    mine = notation.measure_at(claim.text, end)
    theirs = notation.measure_at(source.text, figure.span.end)
    return ((mine is None) == (theirs is None)
            and (mine is None or theirs is None or mine == theirs)
            and notation.days_of(claimed.unit) == notation.days_of(figure.unit)
            and one_currency(claimed, figure, notation))


def _a_difference(claim: Claim, claimed: Quantity, lex: LexiconLookup) -> bool:
    """A figure with a comparative or "more" in the three words after it: "50 centimes more
    than", "nine fewer performances", "12 extra staff"."""
    after = _WORD.findall(claim.text[claimed.span.end - claim.span.start:].lower())[:3]
    return any(word in lex.words(name) for word in after
               for name in ("comparatives_after", "more_words"))


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# What may stand between two of the claim's words in the source: spaces, a comma, an
# apostrophe or a quotation mark as a tokenizer or a writer sets them, never a full stop
_GAP = r"[\s,'’\"“”]{1,3}"
# The claim's last words before its figure, in its own clause, with no figure among them
_WORDS_BEFORE = re.compile(rf"(?:{_WORD.pattern}\s+){{{WORDS_BEFORE}}}$")
# A range's first end, read as a figure of its own: "$3.9m to $4.2m", "12-15"
_RANGE_GOES_ON = re.compile(r"\s*(?:to|-|–|and|or)\s*\S?\d")
# Between the source's words and its figure: nothing but spaces ("rose to 84" says another
# thing than "rose 13")
_SPACE = re.compile(r"\s*")
