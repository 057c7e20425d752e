"""Outcomes a claim's cited sources state the other way: "approved" where the source says
rejected, "won" where it says lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.inflection import singular
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.outcomes import Outcome, contests, outcomes
from factcheck.models import Claim
from factcheck.sources import SourceReading
from factcheck.support.passages import around, as_cased


@dataclass(frozen=True)
class StatedOutcome:
    """An outcome of the claim's (a thing decided, and which way) that a cited source states
    the other way."""

    thing: str  # "offer"
    claimed: str  # the claim's verb, as written: "reject"
    said: str  # the source's: "accept"
    source: str  # the reference's id
    passage: str  # the source sentence that states it
    agreed: bool  # a cited source states the claim's way too


def opposed_outcomes(claim: Claim, sources: Sequence[SourceReading], lex: LexiconLookup
                     ) -> list[StatedOutcome]:
    """For each outcome of the claim ("voted to reject the pay offer"), each statement of its
    cited sources that the thing came out the other way ("voted to accept the offer")."""
    mine = [*outcomes(claim.text, lex), *contests(as_cased(claim.text, sources), lex)]
    if not mine:
        return []
    theirs = [(source, outcome) for source in sources
              for outcome in _source_outcomes(source.text, lex)]
    opposed: list[StatedOutcome] = []
    for claimed in mine:
        same = [(source, outcome) for source, outcome in theirs
                if _one_thing(outcome.thing, claimed.thing)]
        agreed = any(outcome.way == claimed.way for _, outcome in same)
        opposed.extend(StatedOutcome(thing=claimed.thing, claimed=claimed.verb,
                                     said=outcome.verb, source=source.id,
                                     passage=around(source, outcome.start)[0].text,
                                     agreed=agreed)
                       for source, outcome in same if outcome.way != claimed.way)
    return opposed


@lru_cache(maxsize=256)
def _source_outcomes(text: str, lex: LexiconLookup) -> list[Outcome]:
    return [*outcomes(text, lex), *contests(text, lex)]


def _one_thing(one: str, other: str) -> bool:
    """Whether two things decided are one: the same word, in the singular or plural."""
    return one == other or singular(one) == singular(other)
