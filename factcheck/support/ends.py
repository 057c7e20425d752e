"""A change whose two ends the cited source gives the other way round: "punctuality improved
to 86% from 78%" where the source has "punctuality had fallen to 78%, down from 86%"; "rent
will fall from £45 to £38" where it has "will rise from £38 to £45". Both figures are in the
source, and a change with one end alone may be the fall after a peak the source names (a
list "grew from 40 to 600" and is now "410, down from 600"): only both ends swapped are read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from factcheck.extract.lookup import LexiconLookup, alternation
from factcheck.models import Claim, Quantity
from factcheck.sources import SourceReading, family
from factcheck.support.figures import (
    DATING,
    LOOK_BACK,
    UNIT_AND_YEAR,
    beside_an_earlier,
    from_then_to,
    supports,
)

# Before a change's first end and between its ends the other way round: "to 78%, down from
# 86%", "to 1,180 from 640" (``from_then_to`` reads "from 13 years to eight").
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_THEN_FROM = re.compile(rf"{UNIT_AND_YEAR},?\s+(?:[^\W\d_]+\s+)?from\s+", re.IGNORECASE)


def change_ends(text: str, figures: Sequence[Quantity], lex: LexiconLookup, offset: int = 0
                ) -> list[tuple[Quantity, Quantity]]:
    """The (start, end) of each change ``text`` states with both ends, of its ``figures`` (whose
    spans start at ``offset`` of the text): "from A to B", "to B from A", "to B, up from A",
    "B riders, up from A" (lexicon level_changes_after), "B homes now, compared with A
    previously" (``beside_an_earlier``)."""
    ordered = sorted((figure for figure in figures if figure.kind not in DATING),
                     key=lambda figure: figure.span.start)
    return [ends for one, other in pairwise(ordered)
            if (ends := _ends(text, one, other, lex, offset)) is not None]


def _ends(text: str, one: Quantity, other: Quantity, lex: LexiconLookup, offset: int
          ) -> tuple[Quantity, Quantity] | None:
    """(start, end) where two figures in a row are a change's ends."""
    if beside_an_earlier(text, one, other, lex, offset) is not None:
        # (whose words after the earlier value are its time, not a unit: "51 previously")
        return other, one
    if one.unit and other.unit and one.unit != other.unit:
        return None  # "from 29 countries to 12 venues"
    start, end = one.span.start - offset, one.span.end - offset
    before = text[max(0, start - LOOK_BACK):start]
    between = other.span.start - offset
    if from_then_to(text, one, other, offset):
        return one, other
    if (_TO_BEFORE.search(before) and _THEN_FROM.fullmatch(text, end, between)) or (
            lex.derived(_then_level_change).fullmatch(text, end, between)):
        return other, one
    return None


def _then_level_change(lex: LexiconLookup) -> re.Pattern[str]:
    """After a level and its unit, the words that give where it changed from: ", up from"
    (lexicon level_changes_after, those that end in "from")."""
    froms = [words for words in lex.lexicon.level_changes_after if words.split()[-1] == "from"]
    return re.compile(rf"{UNIT_AND_YEAR},?\s+(?:{alternation(froms)})\s+", re.IGNORECASE)


def swapped_end(claim: Claim, claimed: Quantity, figure: Quantity, source: SourceReading,
                lex: LexiconLookup) -> Quantity | None:
    """Where ``claimed`` is where a change of the claim ended, ``figure`` (a source figure
    stating it) where a change of the source started, and that change ended at the claim's
    start: the source's end; else None."""
    start = next((first for first, last in change_ends(claim.text, claim.quantities, lex,
                                                       claim.span.start)
                  if last is claimed), None)
    if start is None or family(start.kind) != family(claimed.kind) or supports(start, claimed):
        return None
    ordered = source.in_order
    at = bisect_left(source.figure_starts, figure.span.start)
    before = next((other for other in reversed(ordered[:at]) if other.kind not in DATING), None)
    after = next((other for other in ordered[at + 1:] if other.kind not in DATING), None)
    for one, other in ((before, figure), (figure, after)):
        if one is None or other is None:
            continue
        ends = _ends(source.text, one, other, lex, 0)
        if ends is not None and ends[0].span.start == figure.span.start and (
                family(ends[1].kind) == family(start.kind) and supports(start, ends[1])):
            return ends[1]
    return None
