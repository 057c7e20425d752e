"""What a count counts: a claim's count of one thing that its source gives as a count of
another, while counting the claim's thing otherwise ("closing it with 41 looks" where the
source has "Buyers from 41 countries attended" and "a collection of 52 looks").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass

from factcheck.extract.alignment import latin_content_words
from factcheck.extract.grammar import Grammar, grammar
from factcheck.extract.inflection import singular
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.numbers import is_ordinal
from factcheck.models import Claim, Quantity, QuantityKind
from factcheck.sources import SourceReading
from factcheck.support.figures import bounds, supports

# The words after a source's figure that may still name what it counts: "46 new multipurpose
# cyclone shelters" counts shelters, whatever the figure's unit was read as.
_NOUN_PHRASE = re.compile(r"(?:[\s-]+[^\W\d_][\w'’]*){1,5}")
# The same, or a list of things: "more than 2,300 rifles, pistols and other firearms".
_LISTED = re.compile(r"(?:(?:[\s-]+|,\s+)[^\W\d_][\w'’]*){1,8}")
# Between a count and the noun right after it ("52 looks", "a 12-berth marina").
_RIGHT_AFTER = re.compile(r"[\s-]+")


@dataclass(frozen=True)
class Recount:
    """A source figure stating a claim's count, as a count of another thing."""

    counts: str  # what the source's figure counts ("countries")
    claimed_count: str  # the source's own count of the claim's thing ("52 looks")


def counted_instead(claim: Claim, claimed: Quantity, figure: Quantity, source: SourceReading,
                    stated: Collection[float], lex: LexiconLookup) -> Recount | None:
    """What ``figure`` (a source figure stating the claim's count ``claimed``) counts, where
    that is not the claim's thing and the source counts the claim's thing with another
    number, right before its noun, that the article does not state (``stated``: the
    article's figures). None where either figure counts no named thing, where the source's
    words after the figure name the claim's thing too (or the claim's the source's), or the
    few right before it, or those after a hedged figure that stands for the claim's value
    ("more than 1,100 knives and other weapons" for "1,146 weapons"), where the
    source's figure counts a general thing (lexicon general_counts: "animals") in a sentence
    that speaks of the claim's thing or with a word before its noun of the claim's ("electric
    vehicles" for "electric cars"), where both count people ("residents"
    for "people": the same people, in other words), where the source's figure is not the
    claim's own value (a hedge's neighbour: "about 12" for 11), and for a ratio ("12 students
    for every academic"). "One" of the claim's thing is one singled out of them ("One tenant,
    a retired driver, said …"), not a count of them."""
    if figure.value != claimed.value or lex.derived(_ratio_after).match(
            claim.text, claimed.span.end - claim.span.start):
        return None
    notation = grammar(lex)
    thing = _thing(claimed, claim.text, claim.span.start, notation)
    instead = _thing(figure, source.text, 0, notation)
    people = lex.derived(_people)
    if thing is None or instead is None or thing == instead or (
            thing in people and instead in people):
        return None
    if _names_after(thing, source.text, figure.span.end):
        return None
    # (and the claim's words after its figure may name the source's thing: "11 avalanche dog
    # teams" for "11 avalanche rescue dogs and their handlers")
    if _names_after(instead, claim.text, claimed.span.end - claim.span.start):
        return None
    if _named_right_before(thing, figure, source) or (
            instead in lex.derived(_general) and (_spoken_of(thing, figure, source, notation)
                                                  or _described_alike(claimed, claim, figure, source, lex))):
        # "made contact with 3,416 stations" for "3,416 contacts"; "taken in 1,130 animals …
        # as dry summers leave young hedgehogs underweight" for "1,130 hedgehogs"; "40
        # electric vehicles" for "40 electric cars"
        return None
    if any(_rounds_to(other, claimed) and _names_after(thing, source.text, other.span.end,
                                                      _LISTED)
           for other in source.in_order):
        return None  # "more than 1,100 knives and other weapons" for "1,146 weapons"
    for other in source.in_order:
        # (with a word between, "12 closed pubs" may be a part of the claim's 53 pubs; "one
        # tenant" singles out one of them, and counts none)
        if _thing(other, source.text, 0, notation) == thing and not supports(claimed, other) and (
                other.value > 1 and other.value not in stated
                and _named_right_after(source.text, other)):
            return Recount(counts=figure.unit or instead, claimed_count=f"{other.text} {other.unit}")
    return None


def _rounds_to(other: Quantity, claimed: Quantity) -> bool:
    """Whether a hedged source figure ("more than 1,100") stands for the claim's value."""
    low, high = bounds(other)
    return other.hedge is not None and low <= claimed.value <= high


def _names_after(thing: str, text: str, end: int,
                 phrase_after: re.Pattern[str] = _NOUN_PHRASE) -> bool:
    """Whether the words after a count that ends at ``end`` of ``text`` (up to five, or a
    list's) name the ``thing``: "1,100 knives and other weapons" counts weapons too; "30
    docking stations" counts docks (the thing's "-ing" before another noun names it)."""
    phrase = phrase_after.match(text, end)
    if phrase is None:
        return False
    words = {singular(word.lower()) for word in phrase.group().split()}
    return thing in words or f"{thing}ing" in words


def _general(lex: LexiconLookup) -> frozenset[str]:
    """Nouns that count things of many kinds, in the singular (lexicon general_counts)."""
    return frozenset(singular(word.lower()) for word in lex.lexicon.general_counts)


# The words right before a figure that may name what it counts: "made contact with 3,416";
# and how many characters before it they are read in.
_WORDS_BEFORE = 3
_REACH_BEFORE = 40


def _named_right_before(thing: str, figure: Quantity, source: SourceReading) -> bool:
    """Whether one of the few words before ``figure`` names the ``thing``, other than the
    noun of a count ("17 dairies and about 140" names no dairies of the 140)."""
    start = max(0, figure.span.start - _REACH_BEFORE)
    counts = {other.span.end for other in source.in_order
              if start <= other.span.end < figure.span.start}
    before = [found for found in _WORD.finditer(source.text, start, figure.span.start)
              if not any(0 < found.start() - end <= 2 for end in counts)]
    return thing in {singular(found.group().lower()) for found in before[-_WORDS_BEFORE:]}


_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _spoken_of(thing: str, figure: Quantity, source: SourceReading, notation: Grammar) -> bool:
    """Whether the source sentence of ``figure`` speaks of the ``thing`` (in the singular, or
    as a verb: "reported" of reports) besides its counts: "taken in 1,130 animals … leave
    young hedgehogs underweight" speaks of hedgehogs, "14 spoons, four bowls" only counts
    bowls."""
    ends = source.sentence_ends
    at = min(bisect_right(ends, figure.span.start), len(ends) - 1)
    start, end = (ends[at - 1] if at else 0), ends[at]
    counted = {_thing(other, source.text, 0, notation) for other in source.in_order
               if start <= other.span.start < end}
    words = {singular(word.lower()) for word in _WORD.findall(source.text, start, end)}
    return thing not in counted and bool({thing, f"{thing}ed", f"{thing}ing"} & words)


def _described_alike(claimed: Quantity, claim: Claim, figure: Quantity,
                     source: SourceReading, lex: LexiconLookup) -> bool:
    """Whether the words between two counts and their nouns share a content word: "40
    electric cars" and "40 electric vehicles"."""
    mine = _words_before_noun(claim.text, claimed.span.end - claim.span.start, claimed, lex)
    return bool(mine & _words_before_noun(source.text, figure.span.end, figure, lex))


_BEFORE_NOUN = 40  # characters after a count in which its noun is looked for


def _words_before_noun(text: str, end: int, count: Quantity, lex: LexiconLookup) -> set[str]:
    after = text[end:end + _BEFORE_NOUN].lower()
    noun = after.find((count.unit or "").lower())
    return set(latin_content_words(after[:noun], lex)) if noun > 0 else set()


def _named_right_after(text: str, count: Quantity) -> bool:
    """Whether the count's noun follows it with no other word between."""
    gap = _RIGHT_AFTER.match(text, count.span.end)
    unit = (count.unit or "").lower()
    return gap is not None and bool(unit) and text[gap.end():gap.end() + len(unit)].lower() == unit


def _ratio_after(lex: LexiconLookup) -> re.Pattern[str]:
    """What a count is counted against, after its noun: "students for every academic",
    "beds per 1,000 people" (lexicon one_for_every_cues)."""
    return re.compile(rf"[\s-]+[^\W\d][\w'’-]*\s+(?:{lex.alternation('one_for_every_cues')})\b",
                      re.IGNORECASE)


def _people(lex: LexiconLookup) -> frozenset[str]:
    """Nouns that count people, in the singular: two counts of people in other words may be
    of the same people ("310 employees" and "about 310 people")."""
    return frozenset(singular(word.lower()) for word in lex.lexicon.people_counts)


def _thing(count: Quantity, text: str, offset: int, notation: Grammar) -> str | None:
    """What a count of ``text`` (which starts at ``offset`` of the document) counts, in the
    singular ("look" of "52 looks"); None for a measurement ("a 3,100 square metre park"), a
    length of time or a figure of another kind."""
    if count.kind is not QuantityKind.COUNT or not count.unit or is_ordinal(
            count.text, text[count.span.end - offset:count.span.end - offset + 3]):
        return None  # (nor an ordinal: "the chain's 312th")
    unit = count.unit.lower()
    if notation.measures.get(unit) is not None or notation.days_of(count.unit) is not None or (
            notation.measure_at(text, count.span.end - offset) is not None):
        return None
    return singular(unit.split()[-1])
