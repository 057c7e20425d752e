"""A contest's other side, worked out from its margin: a claim's "Hurley, who scored 93" for a
source's "Mot scored 97 points … beat Hurley by four points".
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from factcheck.extract.lookup import LexiconLookup, alternation
from factcheck.models import Quantity
from factcheck.sources import SourceReading
from factcheck.support.worked_out import backed_between

# How far before a margin its verb may stand: "beat last year's champion, Irishman Declan
# Hurley, by four points".
VERB_CHARS = 80


def the_other_side_of_a_margin(claimed: Quantity, sources: Sequence[SourceReading],
                               lex: LexiconLookup) -> bool:
    """Whether the claim's figure is a source's figure of the margin's unit with a contest's
    margin taken off or added on: the loser's score from the winner's ("97 points", "by four
    points": 93), or the winner's from the loser's. The claim's figure is of that unit or of
    none ("who scored 93")."""
    low, high = backed_between(claimed)
    for source in sources:
        for margin in _margins(source, lex):
            if claimed.unit is not None and claimed.unit != margin.unit:
                continue
            if any(low <= side.value + way * margin.value <= high
                   for side in source.in_order
                   if side.unit == margin.unit and side.span != margin.span
                   and not math.isclose(side.value, margin.value)
                   for way in (-1, 1)):
                return True
    return False


def _margins(source: SourceReading, lex: LexiconLookup) -> list[Quantity]:
    """A source's figures that say by how much a contest was won or lost: "beat Hurley by four
    points", "finished two points behind"; only figures with a unit (points, votes, seconds)."""
    patterns = lex.derived(_MarginPatterns)
    return [figure for figure in source.in_order if figure.unit is not None and (
        patterns.after_a_verb.search(source.text, max(0, figure.span.start - VERB_CHARS),
                                     figure.span.start)
        or patterns.placed.match(source.text, figure.span.end))]


class _MarginPatterns:
    """The lexicon's verbs of winning and losing, before "by" and a margin."""

    def __init__(self, lex: LexiconLookup) -> None:
        lexicon = lex.lexicon
        verbs = alternation([*lexicon.winning_verbs, *lexicon.losing_verbs,
                             *lexicon.sole_winning_verbs])
        self.after_a_verb = re.compile(
            rf"\b(?i:{verbs})\b[^.;!?]*\bby\s+(?:just\s+|only\s+)?$")
        # "two points behind", "four seconds ahead of", "12 votes clear of"
        self.placed = re.compile(r"\s+(?:ahead|behind|clear)\b")

