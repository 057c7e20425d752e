"""The figures of a claim's cited sources that state one of its figures as written: the same
value in a family and unit that back it, within the claim's rounding and hedges
(``stated_figures``), with what each source says of the figure's trend and balance.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.alignment import overlap
from factcheck.extract.grammar import Grammar
from factcheck.extract.lookup import LexiconLookup, alternation
from factcheck.extract.quantities import a_level_changed_to, change_direction
from factcheck.models import Claim, Quantity, QuantityKind
from factcheck.sources import SourceReading, family, is_range
from factcheck.support.passages import around

# Years and dates: datelines, bylines and addresses state them as often as a story does, so
# where a source states one, or a sum of two, says little.
DATING = frozenset((QuantityKind.YEAR, QuantityKind.DATE))

# How far past its figure an open hedge reaches: "more than 600" is said of 612 or 850, not of
# 3,100; "up to 39" of 35 or 30, not of 19.
OPEN_HEDGE = 1.5


def supporting(claimed: Quantity, source: SourceReading,
               families: tuple[str, ...] | None = None,
               notation: Grammar | None = None) -> Iterator[Quantity]:
    """The source's figures of ``families`` (the claim's own family by default) that back the
    claim's; with ``notation``, not one of another unit of time ("18 months" for "18 weeks")."""
    low, high = bounds(claimed)
    margin = rounding(claimed)
    own = family(claimed.kind)
    days = notation.days_of(claimed.unit) if notation is not None else None
    if days is not None and notation is not None:
        yield from (figure for figure in supporting(claimed, source, families)
                    if notation.days_of(figure.unit) in (None, days))
        return
    # a source's range backs only a figure of its kind: "between £15 and £50" is no "32
    # practices" (its ends are figures of their own)
    for name in families or (own,):
        found = source.figures.get(name)
        if found is None:
            continue
        nearby = found.between(min(low, claimed.value) - margin, max(high, claimed.value) + margin)
        yield from (figure for figure in nearby if supports(claimed, figure)
                    and (figure.kind is claimed.kind or not is_range(figure))
                    # another family's figure backs it only as a count or points of the
                    # same value
                    and (name == own or (figure.value == claimed.value and figure.kind in (
                        QuantityKind.COUNT, QuantityKind.POINTS)))
                    and (notation is None or one_currency(claimed, figure, notation))
                    and (notation is None
                         or not _another_measure(claimed, figure, source, notation))
                    and not _points_for_percent(claimed, figure)
                    and not _bounded_the_other_way(claimed, figure)
                    and not _another_bound(claimed, figure)
                    and not _things_for_money(claimed, figure))


def _another_measure(claimed: Quantity, found: Quantity, source: SourceReading,
                     notation: Grammar) -> bool:
    """A measurement of the claim ("up to 70 kilometres") against a source figure of another
    unit ("70 miles", "48 patients", an age of 50 inside its hedge): the same number of
    another unit is another figure (a unit of the same size is none: "km" for "kilometres";
    another size is converted elsewhere), and a figure of no unit of measurement backs it at
    its very value. Both are read from their units as read, the source's from its text where
    its unit is a noun ("the 500kg device")."""
    measure = notation.measure_of(claimed.unit)
    if measure is None:
        return False
    theirs = notation.measure_of(found.unit) or notation.measure_at(source.text, found.span.end)
    if theirs is None:
        return found.value != claimed.value
    return theirs != measure


def _bounded_the_other_way(claimed: Quantity, found: Quantity) -> bool:
    """A hedge of the claim's that puts it on the other side of the source's hedged figure:
    "more than 1.2 million" where the source has "fewer than 1.2 million" (or "almost"), and
    the other way round; the two meet only at the figure itself, which neither says it is."""
    if found.hedge is None or claimed.hedge is None:
        return False
    mine, theirs = claimed.interval, found.interval
    if mine.low is not None and mine.high is None:  # "more than", "at least"
        return theirs.high is not None and theirs.high <= mine.low
    if mine.high is not None and mine.high <= claimed.value:  # "fewer than", "almost"
        return theirs.low is not None and theirs.high is None and theirs.low >= mine.high
    return False


def _another_bound(claimed: Quantity, found: Quantity) -> bool:
    """Two bounds on the same side that are not one: "up to 8,000 bricks" where the source
    has "up to 6,500", "more than 300" for "more than 250"; each says where its figure
    stops, and the two stop at different places."""
    if found.hedge is None or claimed.hedge is None:
        return False
    mine, theirs = claimed.interval, found.interval
    open_below = mine.low is None and theirs.low is None
    open_above = mine.high is None and theirs.high is None
    return (open_below or open_above) and abs(found.value - claimed.value) > rounding(claimed)


def _things_for_money(claimed: Quantity, found: Quantity) -> bool:
    """A count of things the claim names ("600 pounds of bread", "400 jobs") against an amount
    of money: £600 is no 600 of anything else."""
    return (claimed.kind is QuantityKind.COUNT and claimed.unit is not None
            and found.kind is QuantityKind.CURRENCY)


def _points_for_percent(claimed: Quantity, found: Quantity) -> bool:
    """A change in per cent against one in percentage points, either way round: "fell 1.3%"
    and "fell 1.3 percentage points" are two different changes."""
    kinds = {claimed.kind, found.kind}
    return QuantityKind.POINTS in kinds and bool(kinds & _PERCENTS)


_PERCENTS = frozenset((QuantityKind.PERCENT_CHANGE, QuantityKind.PERCENT))


def one_currency(claimed: Quantity, found: Quantity, notation: Grammar) -> bool:
    """Whether two figures may be amounts of one currency: not both amounts of two currencies,
    unless one is written with a sign several currencies share ("$", "¥": read by context) and
    the other with no sign that only another currency writes ("£21.40" is no "$21.40")."""
    if claimed.kind is not QuantityKind.CURRENCY or found.kind is not QuantityKind.CURRENCY or (
            claimed.unit == found.unit or not claimed.unit or not found.unit):
        return True
    shared = notation.shared_currency_signs
    if not any(sign in claimed.text or sign in found.text for sign in shared):
        return False
    return not any(sign in text for text in (claimed.text, found.text)
                   for sign in notation.own_currency_signs)


def backing_families(claimed: Quantity, notation: Grammar) -> tuple[str, ...]:
    """The families whose figures may back the claim's: its own, and amounts too for points
    written plainly ("10 points ahead"), which sport counts, and for a share with decimals: a
    source may state a count without its unit ("508 points, 10 ahead"), or a table its shares
    under a "%" heading ("Votes | %" over "18,204 | 41.2"); points for a count ("a 10-point
    deduction" for "10 points deducted")."""
    if claimed.kind is QuantityKind.POINTS and notation.plain_points.search(claimed.text):
        return ("share", "amount")
    if claimed.kind is QuantityKind.PERCENT and not claimed.value.is_integer():
        return ("share", "amount")
    if claimed.kind is QuantityKind.COUNT:
        return ("amount", "share")  # "a 10-point deduction" for "10 points deducted"
    return (family(claimed.kind),)


def decimals(text: str) -> int:
    """How many digits a figure as written has after its decimal point."""
    match = re.search(r"\d[\d,]*\.(\d+)", text)
    return len(match.group(1)) if match else 0


def bounds(claimed: Quantity) -> tuple[float, float]:
    """The values the claim's figure stands for: its hedge's interval, an open end closed at
    ``OPEN_HEDGE`` times (or a fraction) of the figure; a figure written with three or more
    significant digits is hedged by little ("about 389,000" is not 398,000)."""
    value = claimed.value
    low = claimed.interval.low if claimed.interval.low is not None else (
        value / OPEN_HEDGE if value > 0 else -float("inf"))
    high = claimed.interval.high if claimed.interval.high is not None else (
        value * OPEN_HEDGE if value > 0 else float("inf"))
    if claimed.hedge is not None and value > 0 and _significant_digits(
            claimed.text) >= PRECISE_DIGITS:
        low, high = max(low, value * (1 - PRECISE_HEDGE)), min(high, value * (1 + PRECISE_HEDGE))
    return low, high


# A figure written with this many significant digits or more ("389,000", "14.87") was not
# rounded much: its hedge reaches at most this share of it either way.
PRECISE_DIGITS = 3
PRECISE_HEDGE = 0.02


def _significant_digits(text: str) -> int:
    """How many significant digits a figure is written with: 3 for "about 389,000" and "£1.25
    million", 1 for "some 400,000"."""
    return len("".join(re.findall(r"\d", text)).strip("0"))


def supports(claimed: Quantity, found: Quantity) -> bool:
    """The source's figure backs the claim's: equal, rounded, or inside the claim's hedge.
    Which families are compared is the caller's (``backing_families``: 10% never against 10
    people)."""
    value = found.value
    low, high = bounds(claimed)
    if low <= value <= high:
        return True
    return abs(value - claimed.value) <= rounding(claimed)


def rounding(claimed: Quantity) -> float:
    """How far a source figure may be from the claim's, if the claim rounded it: 87% for 87.4%,
    3,200 for 3,214, with the precision the claim is written with (a claim more precise than
    its source, 87.4% for 87%, is not backed by it). Years are not rounded."""
    if claimed.kind in (QuantityKind.YEAR, QuantityKind.DATE):
        return 0.0
    low, high = claimed.interval.low, claimed.interval.high
    if claimed.kind is QuantityKind.POINTS and claimed.hedge is None and (
            low is not None and high is not None):
        # read from its own digits: "50 basis points" is 0.5 points, rounded to a basis point
        return max((high - low) / 2, abs(claimed.value) * 0.005)
    step = 10.0 ** -decimals(claimed.text)
    # a large figure is as precise as its last digit that is not a zero: "15,000" stands for
    # 14,500 to 15,500, "14,969" for itself, "1.2 million" for 1.15 to 1.25 million
    scale = _zeros_unit(claimed.value) if claimed.value >= 1000 else step
    return max(step / 2, scale / 2)


def _zeros_unit(value: float) -> int:
    """10 to the number of zeros that end the integer ``value`` (1 for 14,969, 1,000 for
    15,000)."""
    number, unit = round(abs(value)), 1
    while number and number % 10 == 0:
        number //= 10
        unit *= 10
    return unit


_ENDED_AT = re.compile(r"\bto\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class StatedFigure:
    """A figure of a cited source that states a figure of the claim."""

    source: str  # the reference's id
    figure: Quantity
    own_family: bool  # a figure of the claim's family, not a plain count of the same value
    trend: int | None  # +1 a rise, -1 a fall, as the source tells it
    ends_at: bool  # "fell to 61.3%": the level a change ended at, not its size
    balance: int | None  # +1 a profit or surplus, -1 a loss or deficit
    passage: str  # the source sentence holding it
    context_share: float  # how much of the claim's content words that sentence is about


def stated_figures(claim: Claim, quantity: Quantity, sources: Sequence[SourceReading],
                   words: frozenset[str], notation: Grammar, lex: LexiconLookup
                   ) -> list[StatedFigure]:
    """The figures of ``sources`` that state the claim's figure ``quantity`` in its unit, in
    the order of the sources and of their text. ``words``: the claim's content words."""
    stated = []
    for source in sources:
        found = supporting(quantity, source, backing_families(quantity, notation), notation)
        for figure in sorted(found, key=lambda figure: figure.span.start):
            sentence, context = around(source, figure.span.start)
            told, ended = _change_told(source.text, figure.span.start, figure.span.end, lex)
            if told is None:
                told = _against_an_earlier_value(source, figure, lex) or _from_and_to(
                    source, figure)
                ended = ended or told is not None
            stated.append(StatedFigure(
                source=source.id, figure=figure,
                own_family=family(figure.kind) == family(quantity.kind), trend=told,
                ends_at=ended, balance=balance(source.text, figure.span.start,
                                               figure.span.end, lex)
                if quantity.kind is QuantityKind.CURRENCY else None,
                passage=sentence.text, context_share=overlap(words, context)))
    return stated


@lru_cache(maxsize=2048)  # a source's figure states several figures of its claims
def _change_told(text: str, start: int, end: int, lex: LexiconLookup) -> tuple[int | None, bool]:
    """Which way the figure at ``start``–``end`` of ``text`` changed, and whether it is the
    level the change ended at ("fell to 61.3%", "61.3%, down from 64%")."""
    ended = _ENDED_AT.search(text, max(0, start - 4), start) is not None or (
        a_level_changed_to(text, end, lex))
    return change_direction(text, start, end, lex), ended


def _against_an_earlier_value(source: SourceReading, figure: Quantity, lex: LexiconLookup
                              ) -> int | None:
    """Which way a level changed that the source sets beside an earlier one: "an operating
    loss of €17 million, compared with a loss of €9 million the previous year" rose."""
    ordered = source.in_order
    at = bisect_right(ordered, figure.span.start, key=lambda other: other.span.start)
    return beside_an_earlier(source.text, figure, ordered[at], lex) if at < len(ordered) else None


def _from_and_to(source: SourceReading, figure: Quantity) -> int | None:
    """Which way a change went that the source gives by its ends alone, the figure its second
    ("fell by a smaller margin, from 17,200 to 16,900": the verb set off by a comma)."""
    ordered = source.in_order
    at = bisect_right(ordered, figure.span.start, key=lambda other: other.span.start) - 2
    if at < 0:
        return None
    start = ordered[at]
    if start.kind is not figure.kind or start.value == figure.value or not from_then_to(
            source.text, start, figure):
        return None
    return 1 if figure.value > start.value else -1


def from_then_to(text: str, one: Quantity, other: Quantity, offset: int = 0) -> bool:
    """Whether ``text`` (at ``offset`` of the document) writes "from <one> to <other>", a
    unit's words or a year between ("from about 40 names in 2010 to more than 600")."""
    start, end = one.span.start - offset, one.span.end - offset
    return _FROM_BEFORE.search(text[max(0, start - LOOK_BACK):start]) is not None and (
        _THEN_TO.fullmatch(text, end, other.span.start - offset) is not None)


# Before a change's first end and between its ends, as written: "from 13 years to eight",
# "from about 40 names in 2010 to" (a unit's words, and a year, may stand between).
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
UNIT_AND_YEAR = r"(?:\s*(?:[^\W\d_][\w%-]*|(?:1[89]|20)\d\d)){0,4}"
_THEN_TO = re.compile(rf"{UNIT_AND_YEAR}\s+to\s+", re.IGNORECASE)
LOOK_BACK = 8  # characters before a figure in which "from" (or "to") is read


def beside_an_earlier(text: str, figure: Quantity, earlier: Quantity, lex: LexiconLookup,
                      offset: int = 0) -> int | None:
    """Which way a level changed where ``text`` (at ``offset`` of the document) sets the figure
    beside ``earlier``, an earlier value of it, with one of the lexicon's
    ``earlier_value_openers`` between and ``earlier_times`` after: +1 a rise, -1 a fall, else
    None."""
    between = text[figure.span.end - offset:earlier.span.start - offset]
    after = text[earlier.span.end - offset:earlier.span.end - offset + _EARLIER_TIME_CHARS]
    patterns = lex.derived(_EarlierValue)
    if earlier.kind is not figure.kind or earlier.value == figure.value or not (
            patterns.opener.fullmatch(between) and patterns.time.match(after)):
        return None
    return 1 if figure.value > earlier.value else -1


_EARLIER_TIME_CHARS = 60


class _EarlierValue:
    """The patterns of ``_against_an_earlier_value``: what stands between a figure and the
    earlier one (", compared with a loss of "), and the time after that one."""

    def __init__(self, lex: LexiconLookup) -> None:
        # (a few words of what the figure counts and where may stand before the comma: "64
        # homes now fall within the zone, compared with 51 previously")
        self.opener = re.compile(
            r"\s*(?:(?:[^\W\d][\w'’-]*\s+){0,6}[^\W\d][\w'’-]*\s*,\s*|,?\s*)"
            rf"(?:{lex.alternation('earlier_value_openers')})\s+"
            r"(?:[^\W\d][\w'’-]*\s+){0,4}", re.IGNORECASE)
        self.time = re.compile(
            r"[^\W\d]*\s*(?:[^\W\d][\w'’-]*\s+){0,2}?"
            rf"(?:(?:{lex.alternation('earlier_times')})\b|in\s+(?:1[89]|20)\d\d\b)",
            re.IGNORECASE)


def balance(text: str, start: int, end: int, lex: LexiconLookup) -> int | None:
    """+1 where the amount at ``start``–``end`` of ``text`` is a profit or surplus ("a profit
    of £1.4m", "a £1.4m surplus"), -1 a loss or deficit, None for neither (lexicon
    ``balance_words``)."""
    patterns = lex.derived(_Balance)
    found = patterns.before.search(text, max(0, start - _BALANCE_CHARS), start) or (
        patterns.after.match(text, end))
    return patterns.words[found.group("word").lower()] if found else None


_BALANCE_CHARS = 40


class _Balance:
    """The patterns of ``balance``: the word before an amount ("a loss of about"), or after
    it with at most one word between ("£1.4m pre-tax loss")."""

    def __init__(self, lex: LexiconLookup) -> None:
        self.words = {word.lower(): way for word, way in lex.lexicon.balance_words.items()}
        words = alternation(self.words)
        self.before = re.compile(
            rf"\b(?P<word>{words})\s+of\s+(?:[a-z]+\s+){{0,2}}$", re.IGNORECASE)
        self.after = re.compile(
            rf"\s*(?:[\w-]+\s+)?(?P<word>{words})\b", re.IGNORECASE)


def trend(claim: Claim, quantity: Quantity, lex: LexiconLookup) -> int | None:
    """Which way the claim says its figure changed (``change_direction``), read from the
    claim's text."""
    return change_direction(claim.text, quantity.span.start - claim.span.start,
                            quantity.span.end - claim.span.start, lex)


# How close a source's figure must be to a change's stated endpoint to be that endpoint.
ENDPOINT = 0.005


def by_sentence(source: SourceReading) -> list[list[Quantity]]:
    """The source's figures, sentence by sentence."""
    sentences: list[list[Quantity]] = [[] for _ in source.sentences]
    if not sentences:
        return []
    for found in source.figures.values():
        for figure in found.figures:
            at = min(bisect_right(source.sentence_ends, figure.span.start), len(sentences) - 1)
            sentences[at].append(figure)
    return sentences


def states(source: SourceReading, value: float) -> bool:
    """Whether a source states ``value`` itself (within ``ENDPOINT``), as a change's endpoint or a
    figure worked out of others is."""
    margin = abs(value) * ENDPOINT
    return any(found.between(value - margin, value + margin)
               for found in source.figures.values())


def in_the_currency(claimed: Quantity, claim: Claim, lex: LexiconLookup) -> Quantity | None:
    """A count of a currency's parts as an amount of the currency ("25 US cents" as 0.25,
    "12p" as 0.12: ``currency_subunits``), or None."""
    parts = lex.lexicon.currency_subunits
    if claimed.kind is not QuantityKind.COUNT or not parts:
        return None
    after = _SUBUNIT.match(claim.text, claimed.span.end - claim.span.start)
    part = parts.get(after.group("word").lower()) if after else None
    if part is None:
        return None
    value = claimed.value * part
    digits = decimals(claimed.text) + round(-math.log10(part))
    low, high = (None if end is None else end * part
                 for end in (claimed.interval.low, claimed.interval.high))
    return claimed.model_copy(update={
        "kind": QuantityKind.CURRENCY, "unit": None, "value": value,
        "text": f"{value:.{digits}f}", "direction": claimed.direction,
        "interval": claimed.interval.model_copy(update={"low": low, "high": high})})


# A word after a figure, perhaps after a short one that says whose currency ("25 US cents").
_SUBUNIT = re.compile(r"[\s-]?(?:[A-Z]{1,3}\s+)?(?P<word>[a-z]+)\b")
