"""Citation rules that need the sources' text: support in the cited source.

The sources stage (factcheck.sources) reads each cited source's text once, with the same
extractor as articles, so "3,000", "3000" and "three thousand", or "87%" and "87 per cent", are
the same number on both sides. These rules only compare a claim with those readings
(``doc.cited_readings(claim)``).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import combinations, pairwise, permutations

from factcheck.dsl import Flag, RuleContext, rule
from factcheck.extract import Lexicon
from factcheck.extract.alignment import content_words, normalize
from factcheck.extract.grammar import PER_PERIOD, Grammar, grammar
from factcheck.extract.inflection import singular
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.names import is_common_word, settled
from factcheck.extract.numbers import (
    ROMAN_NUMERAL,
    is_ordinal,
    ordinal_word,
    parse_words,
    roman_value,
)
from factcheck.extract.quantities import change_direction, is_age
from factcheck.models import Actor, ActorKind, Claim, Name, Quantity, QuantityKind
from factcheck.models.span import LineIndex
from factcheck.sources import (
    JOINS_LENGTHS,
    SourceNames,
    SourceReading,
    family,
    source_actors,
)
from factcheck.support import (
    DATING,
    backing_families,
    bounds,
    cut,
    decimals,
    one_currency,
    rounding,
    supporting,
)

SOURCE = ("China controls nearly 90 per cent of rare earth refining, Treasury Secretary Scott "
          "Bessent said on Tuesday. \"We are open to talks,\" the minister said.")

CHECKED_KINDS = (QuantityKind.COUNT, QuantityKind.PERCENT, QuantityKind.CURRENCY,
                 QuantityKind.PERCENT_CHANGE, QuantityKind.POINTS, QuantityKind.YEAR,
                 QuantityKind.DATE, QuantityKind.DURATION)


def _supported(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
               notation: Grammar, lex: LexiconLookup) -> bool:
    if _supported_as_written(claimed, claim, sources, notation, lex):
        return True
    money = _in_the_currency(claimed, claim, lex)
    return money is not None and _supported_as_written(money, claim, sources, notation, lex)


def _in_the_currency(claimed: Quantity, claim: Claim, lex: LexiconLookup) -> Quantity | None:
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


def _supported_as_written(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                          notation: Grammar, lex: LexiconLookup) -> bool:
    families = backing_families(claimed, notation)
    measure = notation.measure_at(claim.text, claimed.span.end - claim.span.start)
    per = notation.per_at(claim.text, claimed.span.end - claim.span.start)
    if any(next((figure for figure in supporting(claimed, source, families, notation)
                 if _in_the_same_unit(figure, source, measure, notation)
                 and _per_the_same(per, notation.per_at(source.text, figure.span.end))),
                None) is not None
           and _date_stated(claimed, source, notation) for source in sources):
        return True
    if is_age(claim.text, claimed, claimed.span.start - claim.span.start, lex):
        return False  # someone's age is stated, never worked out of other figures
    after = claim.text[claimed.span.end - claim.span.start:][:4]
    if claimed.kind is QuantityKind.YEAR and any(
            int(claimed.value) in source.relative_years for source in sources):
        return True  # "in 2023" for the "last year" of a source dated 2024
    if claimed.kind is QuantityKind.YEAR and _the_year_before_one(
            int(claimed.value), sources, notation):
        return True  # "in 2022" for "212 in 2023, up from 164 the year before"
    return (_same_time(claimed, claim, after, sources, notation)
            or _years_between(claimed, claim, after, sources, notation)
            or _days_between(claimed, sources, notation)
            or _digits_of_an_amount(claimed, sources, notation)
            or _worked_out(claimed, sources)
            or _fraction_in_words(claimed, sources, notation)
            or _in_other_units(claimed, claim, sources, notation)
            or _an_area_of_two_sides(claimed, claim, sources, notation)
            or _as_a_multiple(claimed, sources)
            or _in_the_other_scale(claimed, claim, sources, notation)
            or _a_difference(claimed, claim, sources, notation, lex)
            or _worked_out_of_two(claimed, claim, sources, notation, lex)
            or _a_sum_of_as_many(claimed, claim, sources, notation)
            or _a_share_of_two(claimed, claim, sources)
            or _a_share_of_a_stated_whole(claimed, claim, sources, notation)
            or _a_part_of_a_stated_whole(claimed, claim, sources, notation)
            or _a_whole_of_a_part(claimed, claim, sources, notation)
            or _a_fraction_of_a_figure(claimed, claim, sources, notation)
            or _a_rate_and_a_count(claimed, claim, sources, notation)
            or _the_rest(claimed, claim, sources, notation)
            or _a_rate_per_another_period(claimed, claim, sources, notation)
            or _a_year_a_length_on(claimed, claim, sources, notation)
            or _a_count_of_a_list(claimed, sources, notation)
            or _a_change_between_two(claimed, claim, sources, notation)
            or _worked_out_in_the_claim(claimed, claim, sources, notation))


def _in_the_same_unit(figure: Quantity, source: SourceReading,
                      measure: tuple[str, float] | None, notation: Grammar) -> bool:
    """Whether a source's figure of the claim's value is a measurement in the claim's unit, or
    a bare number: "64 centimetres" does not back "64 millimetres", nor do "double" and "2
    radar sites" back "2 millimetres"."""
    if measure is None:
        return True
    theirs = notation.measure_at(source.text, figure.span.end)
    if theirs is None:
        return figure.kind is not QuantityKind.RATIO and figure.unit is None
    return theirs[0] != measure[0] or math.isclose(theirs[1], measure[1])


def _per_the_same(mine: tuple[str, float] | None, theirs: tuple[str, float] | None) -> bool:
    """Whether two rates are per the same thing: "£60m a month" is not "£60m a year", nor
    "$3,900 a kilogram" "$3,900 a tonne"; a figure that is no rate on one side is taken as the
    other's."""
    return mine is None or theirs is None or mine[0] != theirs[0] or math.isclose(
        mine[1], theirs[1])


def _as_a_multiple(claimed: Quantity, sources: Sequence[SourceReading]) -> bool:
    """A change the source names by its multiple: "cut by half" for "halved", "rose 100%" for
    "doubled"."""
    if claimed.kind is not QuantityKind.PERCENT_CHANGE or claimed.direction is None:
        return False
    low, high = bounds(claimed)
    ends = [1 + claimed.direction * end / 100 for end in (min(low, claimed.value),
                                                          max(high, claimed.value))]
    for source in sources:
        found = source.figures.get("amount")
        if found is not None and any(figure.kind is QuantityKind.RATIO for figure in found.between(
                min(ends) - _MULTIPLE_ROUNDING, max(ends) + _MULTIPLE_ROUNDING)):
            return True
    return False


_MULTIPLE_ROUNDING = 0.01


# How far a converted figure may be from the source's beyond the claim's own rounding: the
# source rounded it too ("2.4km" for 1.5 miles, 2.41 km).
_CONVERSION_ROUNDING = 0.02


def _in_other_units(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                    notation: Grammar) -> bool:
    """A measurement the source gives in another unit of the same kind (``measure_units``):
    "the 1.5-mile route" backed by "the 2.4km route", "1,000 feet" by "305 metres"."""
    if claimed.kind is not QuantityKind.COUNT:
        return False
    measure = notation.measure_at(claim.text, claimed.span.end - claim.span.start)
    if measure is None:
        return False
    dimension, size = measure
    low, high = bounds(claimed)
    margin = rounding(claimed)
    low = (min(low, claimed.value) - margin) * size * (1 - _CONVERSION_ROUNDING)
    high = (max(high, claimed.value) + margin) * size * (1 + _CONVERSION_ROUNDING)
    others = {other for other in notation.measures.values()
              if other[0] == dimension and other[1] != size}
    for source in sources:
        found = source.figures.get("amount")
        if found is None:
            continue
        for other in others:
            for figure in found.between(low / other[1], high / other[1]):
                if notation.measure_at(source.text, figure.span.end) == other:
                    return True
    return False


# Between the two sides of a rectangle: "6.2 metres by 4.8 metres", "20ft x 30ft".
_BETWEEN_SIDES = re.compile(r"\s*(?:by|x|×)\s*$", re.IGNORECASE)


def _an_area_of_two_sides(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                          notation: Grammar) -> bool:
    """An area the source gives as its two sides: "a mosaic of almost 30 square metres" for
    "a mosaic floor measuring 6.2 metres by 4.8 metres"."""
    if claimed.kind is not QuantityKind.COUNT:
        return False
    measure = notation.measure_at(claim.text, claimed.span.end - claim.span.start)
    if measure is None or measure[0] != "area":
        return False
    low, high = bounds(claimed)
    margin = rounding(claimed)
    low = (min(low, claimed.value) - margin) * measure[1] * (1 - _CONVERSION_ROUNDING)
    high = (max(high, claimed.value) + margin) * measure[1] * (1 + _CONVERSION_ROUNDING)
    for source in sources:
        for figures in _by_sentence(source):
            ordered = sorted(figures, key=lambda figure: figure.span.start)
            for first, second in pairwise(ordered):
                length = notation.measure_at(source.text, second.span.end)
                if length is None or length[0] != "length":
                    continue
                own = notation.measure_at(source.text, first.span.end)
                unit_end = first.span.end
                if own is not None:
                    found = notation.measure_after.match(source.text, first.span.end)
                    unit_end = found.end() if found else unit_end
                if not _BETWEEN_SIDES.match(source.text[unit_end:second.span.start]) or (
                        own is not None and own[0] != "length"):
                    continue
                area = first.value * (own or length)[1] * second.value * length[1]
                if low <= area <= high:
                    return True
    return False


def _to_fahrenheit(celsius: float) -> float:
    return celsius * 9 / 5 + 32


def _to_celsius(fahrenheit: float) -> float:
    return (fahrenheit - 32) * 5 / 9


# How a temperature reads in the other scale.
_TO_THE_OTHER_SCALE: dict[str, tuple[str, Callable[[float], float]]] = {
    "celsius": ("fahrenheit", _to_fahrenheit), "fahrenheit": ("celsius", _to_celsius)}


def _in_the_other_scale(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                        notation: Grammar) -> bool:
    """A temperature the source gives in the other scale: "590°F" backed by "310 degrees
    Celsius" (within the figures' rounding and a converter's)."""
    scale = notation.temperature_at(claim.text, claimed.span.end - claim.span.start)
    if scale is None or claimed.kind is not QuantityKind.COUNT:
        return False
    other, convert = _TO_THE_OTHER_SCALE[scale]
    margin = rounding(claimed)
    ends = sorted(convert(value) for value in (claimed.value - margin, claimed.value + margin))
    slack = abs(ends[1] - ends[0]) * _CONVERSION_ROUNDING + 1  # a degree either way
    for source in sources:
        found = source.figures.get("amount")
        if found is None:
            continue
        for figure in found.between(ends[0] - slack, ends[1] + slack):
            if notation.temperature_at(source.text, figure.span.end) == other:
                return True
    return False


FRACTION_ROUNDING = 2.5  # points: "two-thirds" is said of 64% to 69%


def _fraction_in_words(claimed: Quantity, sources: Sequence[SourceReading],
                       notation: Grammar) -> bool:
    """"Two-thirds voted in favour" (no "of" after it, so read as the count "two" of
    "thirds"): backed by a share of the source near 66.7%, or the same fraction."""
    part = _fraction_part(claimed.unit, notation)
    if part is None or any(char.isdigit() for char in claimed.text):
        return False
    share = claimed.value * part
    for source in sources:
        for name, target, margin in (("share", share * 100, FRACTION_ROUNDING),
                                     ("amount", share, 0.005)):
            found = source.figures.get(name)
            if found is not None and found.between(target - margin, target + margin):
                return True
    return False


def _fraction_part(unit: str | None, notation: Grammar) -> float | None:
    """What one of a fraction's denominator as a figure's unit is ("thirds": 1/3, "halves")."""
    word = (unit or "").lower()
    return notation.fractions.get(f"a {'half' if word == 'halves' else word.removesuffix('s')}")


# How close a source's figure must be to a change's stated endpoint to be that endpoint.
_ENDPOINT = 0.005


def _worked_out(claimed: Quantity, sources: Sequence[SourceReading]) -> bool:
    """A change the claim works out from two endpoints it states and the source gives ("rose
    30% from $701m to $912m" where the source has only the two amounts: 30.1%)."""
    start, end = claimed.change_from, claimed.change_to
    if start is None or end is None or claimed.kind not in (
            QuantityKind.PERCENT_CHANGE, QuantityKind.POINTS):
        return False
    if claimed.kind is QuantityKind.POINTS:
        change = end - start
    elif start:
        change = (end / start - 1) * 100
    else:
        return False
    if abs(abs(change) - claimed.value) > rounding(claimed):
        return False  # arithmetic the endpoints do not bear out: numeric.change-mismatch's
    return any(_states(source, start) and _states(source, end) for source in sources)


SMALL_COUNT = 10


def _a_difference(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                  notation: Grammar, lex: LexiconLookup) -> bool:
    """A figure the claim works out as the difference of two the source gives, one of which
    the claim states too: "up 3.7 points to 82.4%" (the source: from 78.7% to 82.4%), "46
    sites short, with 214 of 260 finished", "1.8 million more than the 1.4 million units"
    (the source: 3.2 million), "narrowed by eight points to six" (from 14 to 6). Not lengths of
    time nor small whole counts, which differences of a source's figures give by chance too
    often ("30 years", "five days", the "two" of "a one-two"); a small measurement is read
    ("34cm of snow, 6cm more than Winnipeg"). The sum of one the claim states and one of the
    source's only where the claim says it added them: "by $21.40 to about $166" (the source:
    $144.60), "could take the total to €70m" after "€62m" (the source: a further €8m); without
    such words ("from about 55 to about 66" for "11 more") it let two wrong figures of the
    development data through."""
    if claimed.kind in (QuantityKind.PERCENT_CHANGE, QuantityKind.YEAR, QuantityKind.DATE) or (
            notation.days_of(claimed.unit) is not None) or (
            claimed.kind is QuantityKind.COUNT and claimed.value < SMALL_COUNT
            and claimed.value.is_integer() and (claimed.unit or "").lower() not in (
                notation.measures)):
        return False  # a relative change is _worked_out's; a year is no difference
    low, high = _backed_between(claimed)
    summed = _how_worked_out(claim, claimed, lex) == "sum"
    measure = notation.measure_at(claim.text, claimed.span.end - claim.span.start)
    for other in claim.quantities:
        if other is claimed or not _alike(other, claim.text, claimed, measure, notation,
                                          claim.span.start) or not any(
                _states(source, other.value) for source in sources):
            continue
        # the source's figure is the claim's and the other's sum, their difference, or where
        # the claim adds them, what the other adds to
        # (low, high, only a figure the source states as a change)
        ranges: list[tuple[float, float, bool]]
        if _from_and_to(claim, other, claimed):
            # "falls to £2.4m from £2.7m" for "£2.4m, a cut of £300,000": one end of a change
            # is the other and the change the source states; the source's figure must be that
            # change ("from 8 to 16" is no change of 8 for "from 8 to 12"), and neither end is
            # a sum or difference ("from 11% to 6%" is not 11% less the source's 4%)
            ranges = [(low - other.value, high - other.value, True),
                      (other.value - high, other.value - low, True)]
        else:
            ranges = [(other.value + low, other.value + high, False),
                      (other.value - high, other.value - low, False)]
            if summed or _by_then_to(claim, other, claimed):
                ranges.append((low - other.value, high - other.value, False))
        for source in sources:
            for found in source.figures.values():
                if any(_alike(figure, source.text, claimed, measure, notation)
                       and one_currency(claimed, figure, notation)
                       and (not a_change or _a_change_size(source.text, figure, lex))
                       for start, end, a_change in ranges for figure in found.between(start, end)
                       if figure.value > 0):
                    return True
    return False


def _a_share_of_two(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading]) -> bool:
    """A share the claim works out from two amounts it states, both of which the source gives:
    "23,800 of a promised 64,000 homes, fewer than four in ten" (37%)."""
    if claimed.kind is not QuantityKind.PERCENT:
        return False
    low, high = _backed_between(claimed)
    stated = [other for other in claim.quantities if other is not claimed
              and family(other.kind) == "amount" and other.kind not in DATING
              and other.value > 0 and any(_states(source, other.value) for source in sources)]
    return any(low <= part.value / whole.value * 100 <= high
               for part, whole in permutations(stated, 2) if part.value < whole.value)


# Between a share and the whole it is a share of: "36% of the €86m mission".
# "of the 28,000 seats", "of Galway's 34,000 dogs", "of the city 's estimated 34,000"
_OF_THE_WHOLE = re.compile(r"\s+of\s+(?:(?:the|its|their|this|that|a|an)\s+)?"
                           r"(?:[\w-]+(?:\s[\w-]+)?\s?['’]s\s+)?", re.IGNORECASE)


def _a_share_of_a_stated_whole(claimed: Quantity, claim: Claim,
                               sources: Sequence[SourceReading], notation: Grammar) -> bool:
    """A share of a whole the claim states, worked out from that whole and a part the source
    gives in the same sentence, or anywhere in the whole's unit: "about 98% of the 28,000-seat
    ground" (the source: average attendance at the 28,000-capacity ground was 27,430), "one in
    ten of the 55 million tyres" (the plant takes about 5.5 million tyres)."""
    if claimed.kind is not QuantityKind.PERCENT:
        return False
    low, high = _backed_between(claimed)
    end = claimed.span.end - claim.span.start
    whole = next((whole for whole in claim.quantities if whole.span.start >= claimed.span.end
                  and family(whole.kind) == "amount" and whole.kind not in DATING
                  and whole.value > 0 and _OF_THE_WHOLE.fullmatch(
                      claim.text, end, whole.span.start - claim.span.start)), None)
    if whole is not None:
        return _a_share_of(whole, low, high, sources, notation, anywhere=True)
    # "will hire 5,500 constables, with 30 per cent of the posts reserved for women": a whole
    # the claim states before the share, with the part beside it in the source
    return any(_a_share_of(earlier, low, high, sources, notation, anywhere=False)
               for earlier in claim.quantities if earlier.span.end <= claimed.span.start
               and family(earlier.kind) == "amount" and earlier.kind not in DATING
               and earlier.value > 0 and _OF_THE_WHOLE.match(claim.text, end))


def _a_share_of(whole: Quantity, low: float, high: float, sources: Sequence[SourceReading],
                notation: Grammar, anywhere: bool) -> bool:
    """Whether a part the source gives beside ``whole`` (or, with ``anywhere``, in the
    whole's unit anywhere) is between ``low`` and ``high`` per cent of it."""
    margin = whole.value * _ENDPOINT
    for source in sources:
        for figures in _by_sentence(source):
            stated = [figure for figure in figures
                      if abs(figure.value - whole.value) <= margin
                      and figure.kind is whole.kind and one_currency(whole, figure, notation)]
            # a part of the whole's own unit may stand anywhere in the source ("about 5.5
            # million tyres" … "55 million tyres"), others beside the whole
            counted = [part for part in source.in_order if anywhere and part.unit and any(
                _unit_key(part.unit) == _unit_key(said.unit) for said in stated)]
            if any(low <= part.value / said.value * 100 <= high
                   for said in stated for part in (*figures, *counted)
                   if 0 < part.value < said.value and part.kind not in DATING
                   and family(part.kind) == "amount" and one_currency(part, said, notation)):
                return True
    return False


def _a_part_of_a_stated_whole(claimed: Quantity, claim: Claim,
                              sources: Sequence[SourceReading], notation: Grammar) -> bool:
    """A part the claim works out from a whole it states and the share of it the source
    gives beside that whole: "6,400 homes, around 4,500 of them at social rent" for "6,400
    new homes, 70% of them for social rent"."""
    if family(claimed.kind) != "amount" or claimed.kind in DATING:
        return False
    low, high = _backed_between(claimed)
    for whole in claim.quantities:
        if whole is claimed or whole.kind is not claimed.kind or whole.value <= claimed.value:
            continue
        margin = whole.value * _ENDPOINT
        for source in sources:
            for figures in _by_sentence(source):
                if any(abs(figure.value - whole.value) <= margin and figure.kind is whole.kind
                       and one_currency(whole, figure, notation) for figure in figures) and any(
                        share.kind is QuantityKind.PERCENT
                        and low <= share.value / 100 * whole.value <= high for share in figures):
                    return True
    return False


def _a_whole_of_a_part(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                       notation: Grammar) -> bool:
    """A whole the claim works out from a part and the share it is of that whole, both of one
    source sentence and one of them stated by the claim too: "about 1.8 million pieces,
    roughly 70% of its output, so some 2.6 million in all" for "around 1.8 million pieces a
    year, about 70 per cent of its total output"."""
    if family(claimed.kind) != "amount" or claimed.kind in DATING:
        return False
    low, high = _backed_between(claimed)
    stated = [other.value for other in claim.quantities if other is not claimed]
    for source in sources:
        for figures in _by_sentence(source):
            for share in figures:
                if share.kind is not QuantityKind.PERCENT or not 0 < share.value < 100:
                    continue
                if any(low <= part.value / share.value * 100 <= high
                       and any(math.isclose(value, anchor, rel_tol=_ENDPOINT)
                               for value in stated for anchor in (part.value, share.value))
                       for part in figures if part.kind is claimed.kind
                       and one_currency(part, claimed, notation)):
                    return True
    return False


def _a_fraction_of_a_figure(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                            notation: Grammar) -> bool:
    """A part the claim works out from a figure and a fraction of one source sentence: "each
    paying 600,000" of a cost of 1.2 million for "each paid half the cost of 1.2 million",
    where the claim states the figure too; or a figure shared out in equal parts ("10 places
    each" for "30 places divided equally among the three countries")."""
    if family(claimed.kind) != "amount" or claimed.kind in DATING:
        return False
    low, high = _backed_between(claimed)
    stated = [other.value for other in claim.quantities if other is not claimed]
    for source in sources:
        # the whole the claim states may stand in another sentence of the source ("a £420,000
        # restoration … Around a third of the cost came from a bequest")
        wholes = [figure for figure in source.in_order if figure.kind not in DATING
                  and family(figure.kind) == "amount" and figure.value > 0
                  and any(math.isclose(value, figure.value, rel_tol=_ENDPOINT)
                          for value in stated)]
        for at, figures in enumerate(_by_sentence(source)):
            text = source.sentences[at].text
            amounts = [figure for figure in figures if figure.kind not in DATING
                       and family(figure.kind) == "amount" and figure.value > 0]
            parts = [notation.fractions[" ".join(found.group().lower().split())]
                     for found in notation.fraction_word.finditer(text)]
            parts += [figure.value for figure in figures
                      if figure.kind is QuantityKind.RATIO and 0 < figure.value < 1]
            if any(low <= part * whole.value <= high for part in parts for whole in wholes):
                return True
            if notation.equal_split.search(text) and any(
                    low <= whole.value / count.value <= high
                    for whole in amounts for count in amounts
                    if count is not whole and count.kind is QuantityKind.COUNT
                    and count.value.is_integer() and 2 <= count.value < whole.value):
                return True
    return False


def _a_rate_and_a_count(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                        notation: Grammar) -> bool:
    """A total the claim works out as a rate times a count of one source sentence ("£14.7m"
    for "£420,000 a year … over its 35-year life", "£2.5m" for "ten teams each paid £250,000"),
    or a rate it works out as a total of one source sentence shared by a count of that
    sentence or its own ("roughly £103m a vessel" for "a £412m contract to build four
    vessels"). Counts are whole, from 2; the rate and the total are of the claim's currency."""
    if family(claimed.kind) != "amount" or claimed.kind in DATING or (
            claimed.kind is QuantityKind.COUNT and claimed.value < SMALL_COUNT):
        return False
    low, high = _backed_between(claimed)
    end = claimed.span.end - claim.span.start
    a_rate = notation.rate_after.match(claim.text, end) is not None
    own_counts = [other for other in claim.quantities if _a_count(other)]
    for source in sources:
        for at, figures in enumerate(_by_sentence(source)):
            counts = [figure for figure in figures if _a_count(figure)]
            amounts = [figure for figure in figures if figure.kind not in DATING
                       and family(figure.kind) == "amount" and figure.value > 0
                       and one_currency(claimed, figure, notation)
                       and figure.kind is claimed.kind]
            if a_rate and any(low <= whole.value / count.value <= high
                              for whole in amounts for count in [*counts, *own_counts]
                              if count is not whole):
                return True
            if a_rate:
                continue
            text = source.sentences[at].text
            every = notation.distributive.search(text) is not None
            rates = [figure for figure in amounts
                     if every or notation.rate_after.match(source.text, figure.span.end)]
            if any(low <= rate.value * count.value <= high
                   for rate in rates for count in counts if count is not rate):
                return True
    return False


def _a_rate_per_another_period(claimed: Quantity, claim: Claim,
                               sources: Sequence[SourceReading], notation: Grammar) -> bool:
    """A rate the claim restates per another period: "roughly £73,000 a year" for "£1,400 a
    week" (52 weeks and a day), "about 1,000 a week" for "4,300 a month"."""
    if family(claimed.kind) != "amount" or claimed.kind in DATING:
        return False
    per = notation.per_at(claim.text, claimed.span.end - claim.span.start)
    if per is None or per[0] != PER_PERIOD:
        return False
    low, high = _backed_between(claimed)
    for source in sources:
        for figure in source.in_order:
            if figure.kind is not claimed.kind or not one_currency(claimed, figure, notation):
                continue
            theirs = notation.per_at(source.text, figure.span.end)
            if theirs is not None and theirs[0] == PER_PERIOD and theirs[1] != per[1] and (
                    low <= figure.value * per[1] / theirs[1] <= high):
                return True
    return False


def _the_rest(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
              notation: Grammar) -> bool:
    """What the claim works out is left of a whole once the parts a source sentence gives are
    taken away, where that sentence says where the rest came from ("about £300,000 from
    donations" for "a £2.4m grant, £500,000 from the council and the rest from public
    donations" of a £3.2m restoration). The whole is a figure of the claim or its sources."""
    if claimed.kind not in (QuantityKind.CURRENCY, QuantityKind.COUNT) or (
            claimed.kind is QuantityKind.COUNT and claimed.value < SMALL_COUNT):
        return False
    low, high = _backed_between(claimed)

    def of_its_kind(figure: Quantity) -> bool:
        return figure.kind is claimed.kind and figure.value > 0 and one_currency(
            claimed, figure, notation)

    wholes = [figure.value for figure in claim.quantities
              if figure is not claimed and of_its_kind(figure)]
    wholes += [figure.value for source in sources for found in source.figures.values()
               for figure in found.figures if of_its_kind(figure)]
    for source in sources:
        for at, figures in enumerate(_by_sentence(source)):
            text = source.sentences[at].text
            parts = [figure.value for figure in figures if of_its_kind(figure)]
            if parts and notation.remainder.search(text) and any(
                    low <= whole - sum(parts) <= high for whole in wholes):
                return True
    return False


def _a_count_of_a_list(claimed: Quantity, sources: Sequence[SourceReading],
                       notation: Grammar) -> bool:
    """A small count the claim makes of names a source lists: "four African countries" for
    "in Burkina Faso, Mali, Kenya and Tanzania"; a pair only with what the claim counts
    after it ("its two hospitals" for "Kingsmead and Ashby hospitals"): any two names are
    "A and B"."""
    if claimed.kind is not QuantityKind.COUNT or not claimed.value.is_integer() or not (
            2 <= claimed.value <= LISTED_ITEMS):
        return False
    counted = singular(claimed.unit.lower()) if claimed.unit else None
    for source in sources:
        for found in notation.listed.finditer(source.text):
            if len(notation.list_item.findall(found.group())) != claimed.value:
                continue
            if claimed.value > 2:
                return True
            after = source.text[found.end():found.end() + LIST_NOUN_CHARS].lower().split()
            if counted and any(singular(word.strip(".,;:")) == counted for word in after[:2]):
                return True
    return False


LISTED_ITEMS = 12  # the longest list a claim counts for its reader
LIST_NOUN_CHARS = 30  # where the noun a pair of names shares stands: "Kingsmead and Ashby hospitals"


def _a_count(figure: Quantity) -> bool:
    """A whole count of at least two, or a length of time in whole units ("35-year life")."""
    return figure.kind in (QuantityKind.COUNT, QuantityKind.DURATION) and (
        figure.value.is_integer() and figure.value >= 2)


def _a_change_between_two(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                          notation: Grammar) -> bool:
    """A relative change the claim works out from two figures of one source sentence, where
    the claim states one of them or their difference too: "grew by about a third to 412"
    (the source: 412, up from 311), "added 2,700 square metres, roughly 64% more" (from 4,200
    to 6,900 square metres), or where the source writes them as a change's ends ("grew by
    almost 30% between 2022 and 2024" for "rose from 9,400 in 2022 to 12,150"). Without such
    an anchor, the ratio of some two figures of a source falls near a wrong change by chance
    too often."""
    direction = claimed.direction if claimed.kind is QuantityKind.PERCENT_CHANGE else (
        _a_change_restated(claimed, claim))
    if direction is None:
        return False
    low, high = _backed_between(claimed)
    stated = [other.value for other in claim.quantities if other is not claimed
              and _an_amount(other, notation) and other.kind not in DATING]
    for source in sources:
        for figures in _by_sentence(source):
            usable = [figure for figure in figures if figure.value > 0
                      and figure.kind not in DATING and _an_amount(figure, notation)]
            for before, after in permutations(usable, 2):
                change = (after.value / before.value - 1) * 100 * direction
                if low <= change <= high and _same_measure(before, after, notation) and (any(
                        math.isclose(value, anchor, rel_tol=_ENDPOINT)
                        for value in stated
                        for anchor in (after.value, abs(after.value - before.value)))
                        or _from_to_way(source.text, before, after) == direction):
                    return True
    return False


def _an_amount(figure: Quantity, notation: Grammar) -> bool:
    """An amount, or points written plainly, a score's ("3.9 million points"), not a share's."""
    return family(figure.kind) == "amount" or (
        figure.kind is QuantityKind.POINTS and notation.plain_points.search(figure.text) is not None)


# Between a change and the same change in per cent: "grew by £34m, or almost 10%".
_OR = re.compile(r"\s*,?\s+or\s+", re.IGNORECASE)


def _a_change_restated(claimed: Quantity, claim: Claim) -> int | None:
    """The direction of a change that the claim's share restates in per cent ("grew by £34m,
    or almost 10%": +1), or None."""
    if claimed.kind is not QuantityKind.PERCENT:
        return None
    earlier = [other for other in claim.quantities if other.span.end <= claimed.span.start]
    if not earlier or earlier[-1].direction is None or not _OR.fullmatch(
            claim.text, earlier[-1].span.end - claim.span.start,
            claimed.span.start - claim.span.start):
        return None
    return earlier[-1].direction


def _worked_out_in_the_claim(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                             notation: Grammar) -> bool:
    """A figure the claim works out from two others it states, both of which the source
    gives: "$45 million from the foundation; with $12 million from the state, the project has
    $57 million". Not a small whole count, which sums of two figures give by chance."""
    if claimed.kind in (QuantityKind.PERCENT_CHANGE, *DATING) or (
            claimed.value < SMALL_COUNT and claimed.value.is_integer()):
        return False
    # the claim's own figures, as written: no source's rounding to allow for
    low, high = bounds(claimed)
    unit = _unit_key(claimed.unit)
    stated = [other for other in claim.quantities if other is not claimed
              and other.kind is claimed.kind and _unit_key(other.unit) in (unit, "")
              and notation.days_of(other.unit) is None and one_currency(claimed, other, notation)
              and any(_states(source, other.value) for source in sources)]
    return any(low <= one.value + other.value <= high or low <= abs(one.value - other.value) <= high
               for one, other in combinations(stated, 2))


def _unit_key(unit: str | None) -> str:
    return (unit or "").lower().removesuffix("s")


def _backed_between(claimed: Quantity) -> tuple[float, float]:
    """The values that back the claim's figure: its hedge's interval and its rounding."""
    low, high = bounds(claimed)
    margin = rounding(claimed)
    return min(low, claimed.value) - margin, max(high, claimed.value) + margin


def _by_then_to(claim: Claim, change: Quantity, level: Quantity) -> bool:
    """"by $21.40 to about $166": a change, then the level it came to."""
    before = claim.text[:change.span.start - claim.span.start].split()[-1:]
    between = claim.text[change.span.end - claim.span.start:level.span.start - claim.span.start]
    return [word.lower() for word in before] == ["by"] and between.strip().lower() == "to"


def _a_change_size(text: str, figure: Quantity, lex: LexiconLookup) -> bool:
    """Whether ``text`` states the figure as the size of a change ("a cut of £300,000",
    "rose 4%"), not as a level one came to ("fell from 11% to 4%")."""
    if _LEVEL_BEFORE.search(text, max(0, figure.span.start - 8), figure.span.start):
        return False
    return change_direction(text, figure.span.start, figure.span.end, lex) is not None


_LEVEL_BEFORE = re.compile(r"\b(?:to|from)\s+\S{0,3}$", re.IGNORECASE)


def _from_and_to(claim: Claim, one: Quantity, other: Quantity) -> bool:
    """The two figures are a change's endpoints: "falls to £2.4m from £2.7m", "from 24 to 31"."""
    first, second = sorted((one, other), key=lambda quantity: quantity.span.start)
    before = claim.text[:first.span.start - claim.span.start].split()[-1:]
    between = claim.text[first.span.end - claim.span.start:second.span.start - claim.span.start]
    return (before[0].lower() if before else "", between.strip().lower()) in (
        ("from", "to"), ("to", "from"))


def _worked_out_of_two(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                       notation: Grammar, lex: LexiconLookup) -> bool:
    """A figure the claim says it worked out: the difference of two figures of one sentence of
    a source ("beat him by about 12,500 votes" for "71,420 votes to Haskins' 58,910", "960
    fewer", "all but three of the 14"), or the sum of two or three ("together accounted for
    15,150", "$150,000 including her bonus"), in the claim's measure; a sum or difference of
    two sentences in a row too, unless a small whole count. Only where the claim's
    words say so (the lexicon's ``worked_out_*`` lists, ``comparatives_after``): without them,
    the sums and differences of a source's figures back a wrong figure by chance too often."""
    if claimed.kind in (QuantityKind.PERCENT_CHANGE, *DATING):
        return False
    worked = _how_worked_out(claim, claimed, lex)
    if worked is None:
        return False
    low, high = _backed_between(claimed)
    measure = notation.measure_at(claim.text, claimed.span.end - claim.span.start)
    # "climbed eight places" for "from 19th to 11th"
    ranked = (claimed.unit or "").lower() in lex.words("rank_units")
    # a source's "from A to B" that went against the claim's change backs no size of it (a
    # rank that climbs falls in number)
    against = 0 if ranked or worked != "change" else -(_change_size_way(claim, claimed, lex) or 0)
    for source in sources:
        sentences = _by_sentence(source)
        # a sum or difference the claim names ("a combined capacity of 55,000 tons", "a
        # 2.35-point deficit") may be of figures of two sentences in a row ("… 20,000 tons a
        # year. A second plant … 35,000 tons."), but not a small whole count, which the
        # figures of two sentences give by chance
        if worked in ("sum", "difference") and not (
                claimed.value < SMALL_COUNT and claimed.value.is_integer()):
            sentences += [one + other for one, other in pairwise(sentences)]
        for figures in sentences:
            usable = list({figure.span: figure for figure in figures  # a range or one end
                           if figure.kind not in DATING
                           and (_of_a_kind(figure, source, notation) if worked == "kinds"
                                else _alike(figure, source.text, claimed, measure, notation)
                                or (ranked and is_ordinal(figure.text, source.text[
                                    figure.span.end:figure.span.end + 4])))
                           and one_currency(claimed, figure, notation)}.values())
            if worked == "change":
                # ("adds 45 homes" is no size of "cuts the scheme from 340 to 295 homes")
                values = (abs(one.value - other.value)
                          for one, other in combinations(sorted(usable, key=_start), 2)
                          if not against or _from_to_way(source.text, one, other) != against)
            elif worked == "difference":
                values = (abs(one.value - other.value)
                          for one, other in combinations(usable, 2))
            else:
                values = (sum(figure.value for figure in group) for size in (2, 3)
                          for group in combinations(usable, size))
            if any(low <= value <= high for value in values):
                return True
    return False


def _a_sum_of_as_many(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                      notation: Grammar) -> bool:
    """A total the claim works out from as many figures of one source sentence as it says
    there were parts: "3,727 starts across its three race days" for "1,240 starters on
    Monday, 1,385 on Tuesday and 1,102 on Wednesday". Not a small whole count."""
    if claimed.kind in (QuantityKind.PERCENT_CHANGE, *DATING) or (
            claimed.value < SMALL_COUNT and claimed.value.is_integer()):
        return False
    parts = {int(other.value) for other in claim.quantities if other is not claimed
             and other.kind is QuantityKind.COUNT and other.value.is_integer()
             and 2 <= other.value <= _MOST_PARTS}
    if not parts:
        return False
    low, high = _backed_between(claimed)
    measure = notation.measure_at(claim.text, claimed.span.end - claim.span.start)
    counted = claimed.kind is QuantityKind.COUNT and measure is None and (
        notation.days_of(claimed.unit) is None)
    for source in sources:
        for figures in _by_sentence(source):
            # (counts of things may name them otherwise: "1,240 starters … 1,102 starts")
            usable = [figure for figure in figures if figure.kind not in DATING and (
                _of_a_kind(figure, source, notation) if counted
                else _alike(figure, source.text, claimed, measure, notation))
                and one_currency(claimed, figure, notation)]
            if any(low <= sum(figure.value for figure in group) <= high
                   for size in parts if size <= len(usable)
                   for group in combinations(usable, size)):
                return True
    return False


_MOST_PARTS = 6  # a claim's count of parts that a total may add up


def _change_size_way(claim: Claim, claimed: Quantity, lex: LexiconLookup) -> int | None:
    """+1 or -1 where the claim's figure is the size of a change ("rose 4.5 feet", "cuts 45
    homes", "reduced by 30"): the way it read, or a verb of change right before it (a filler
    such as "by" or "about" between); None for any other figure, and for a change in per cent."""
    if claimed.kind is QuantityKind.PERCENT_CHANGE:
        return None
    if claimed.direction is not None:
        return claimed.direction
    before = claim.text[:claimed.span.start - claim.span.start].lower().split()[-3:]
    while before and before[-1] in lex.growth_fillers:
        before.pop()
    if not before or before[-1] not in lex.words("changing_verbs"):
        return None
    return -1 if before[-1] in lex.falling_words else 1


def _start(figure: Quantity) -> int:
    return figure.span.start


_FROM_END = re.compile(r"\bfrom\s+\S*$", re.IGNORECASE)
# (a unit or a time may stand between: "from 9,400 visits in 2022 to 12,150")
_TO_BETWEEN = re.compile(r"\s*(?:[\w-]+\s+){0,3}?to\s+\S{0,3}", re.IGNORECASE)
_TO_END = re.compile(r"\bto\s+\S*$", re.IGNORECASE)
_FROM_BETWEEN = re.compile(r"\s*(?:[\w-]+\s+){0,3}?from\s+\S{0,3}", re.IGNORECASE)


def _from_to_way(text: str, first: Quantity, second: Quantity) -> int:
    """+1 or -1 where ``text`` writes the two figures as a change's ends, "from 340 to 295
    homes" (the second less than the first: -1), or "to 31% from 22%" (the first the change
    came to: +1), else 0."""
    if _FROM_END.search(text, max(0, first.span.start - 12), first.span.start) and (
            _TO_BETWEEN.fullmatch(text, first.span.end, second.span.start)):
        return (second.value > first.value) - (second.value < first.value)
    if _TO_END.search(text, max(0, first.span.start - 12), first.span.start) and (
            _FROM_BETWEEN.fullmatch(text, first.span.end, second.span.start)):
        return (first.value > second.value) - (first.value < second.value)
    # "18,900 in 1995 and peaked at 21,300 in 2001": each with its year
    one, other = (_IN_A_YEAR.match(text, figure.span.end) for figure in (first, second))
    if one is not None and other is not None and one.group("year") != other.group("year"):
        earlier, later = (first, second) if one.group("year") < other.group("year") else (
            second, first)
        return (later.value > earlier.value) - (later.value < earlier.value)
    return 0


# A figure's year right after it: "21,300 in 2001", "£4m in the 2019 season"
_IN_A_YEAR = re.compile(r"[^\S\n]*(?:[a-z]+\s+){0,2}?in\s+(?:the\s+)?(?P<year>(?:1[89]|20)\d\d)\b")


def _of_a_kind(figure: Quantity, source: SourceReading, notation: Grammar) -> bool:
    """A count of things of some kind: "14 aircraft", not "14 days" nor "14 metres"."""
    return figure.kind is QuantityKind.COUNT and notation.days_of(figure.unit) is None and (
        notation.measure_at(source.text, figure.span.end) is None)


def _how_worked_out(claim: Claim, claimed: Quantity, lex: LexiconLookup) -> str | None:
    """"difference" or "sum" where the words around the claim's figure say it was worked out
    so, "kinds" for the sum of counts of two kinds it names ("23 planes and helicopters"),
    "change" for the size of a change (``_change_size_way``: a difference that must go the
    claim's way), else None."""
    start = claimed.span.start - claim.span.start
    before = claim.text[:start].lower().split()
    after = _WORD.findall(claim.text[claimed.span.end - claim.span.start:].lower())
    near = f" {' '.join(before[-5:])} {' '.join(after[:3])} "
    three_after = f" {' '.join(after[:3])} "
    differs = any(f" {cue} " in three_after
                  for name in ("worked_out_after", "comparatives_after") for cue in lex.words(name))
    # (a difference named right after the figure is the nearer reading: "the season total is
    # now 15.3 inches above normal")
    if not differs and any(f" {cue} " in near for cue in lex.words("worked_out_together")):
        return "sum"
    unit = claimed.unit or ""
    if unit and re.match(rf"[\s-]*{re.escape(unit)} and [a-z]+\b",
                         claim.text[claimed.span.end - claim.span.start:]):
        return "kinds"  # "23 planes and helicopters": one count of two kinds (not "18,000
        # tonnes, and Dr Mackie said")
    right_before = f" {' '.join(before[-2:])}"
    if differs or any(right_before.endswith(f" {cue}") for cue in lex.words("worked_out_before")):
        # "dropped by nine points": a difference that must go the claim's way
        return "change" if _change_size_way(claim, claimed, lex) is not None else "difference"
    if _change_size_way(claim, claimed, lex) is not None:
        return "change"  # "rose 4.5 feet", "added 2,700 square metres": a change's size
    earlier = [other for other in claim.quantities if other.span.end <= claimed.span.start]
    if earlier and earlier[-1].direction is not None and _AND_THEN.fullmatch(
            claim.text, earlier[-1].span.end - claim.span.start, start):
        return "difference"  # "add 500 bikes and 35 stations": the verb's second object
    return None


# After a figure, its unit and "and", before the next figure: "500 bikes and 35".
_AND_THEN = re.compile(r"[\s-]*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?\s+and\s+", re.IGNORECASE)


_WORD = re.compile(r"[\w'’-]+")


def _by_sentence(source: SourceReading) -> list[list[Quantity]]:
    """The source's figures, sentence by sentence."""
    sentences: list[list[Quantity]] = [[] for _ in source.sentences]
    if not sentences:
        return []
    for found in source.figures.values():
        for figure in found.figures:
            at = min(bisect_right(source.sentence_ends, figure.span.start), len(sentences) - 1)
            sentences[at].append(figure)
    return sentences


def _alike(figure: Quantity, text: str, claimed: Quantity, measure: tuple[str, float] | None,
           notation: Grammar, offset: int = 0) -> bool:
    """Whether ``figure`` (of ``text``, which starts at ``offset`` of the document) may be
    added to or taken from the claim's figure: ``_same_measure``, or both measurements of one
    unit however their words were read ("13,000 sq km below" and "191,000 square kilometres";
    "a 9kg communications craft"). ``measure``: the claim figure's."""
    return _same_measure(figure, claimed, notation) or (
        measure is not None
        and notation.measure_at(text, figure.span.end - offset) == measure)


_SHARE_AND_CHANGE = {QuantityKind.PERCENT, QuantityKind.PERCENT_CHANGE}


def _same_measure(figure: Quantity, claimed: Quantity, notation: Grammar) -> bool:
    """Whether a figure may be added to or taken from the claim's: of its family and unit (a
    plural aside, or the same unit of measurement written otherwise: "cm", "centimetres";
    points are the difference of two percentages), or a bare number ("narrowed by eight points
    to six")."""
    if figure.kind is QuantityKind.COUNT and figure.unit is None:
        return True
    if figure.kind is QuantityKind.PERCENT and _unit_key(claimed.unit) == "point":
        return True  # "a 22-point margin" (a count of points) for "61% to 39%"
    if family(figure.kind) != family(claimed.kind) or figure.kind in DATING or (
            {figure.kind, claimed.kind} == _SHARE_AND_CHANGE):
        return False  # (a share less a change in per cent is nothing)
    written = [(unit or "").lower() for unit in (figure.unit, claimed.unit)]
    units = {_unit_key(unit) for unit in written}
    measures = {notation.measures.get(unit) for unit in written}
    return len(units) == 1 or "" in units or units == {"%", "point"} or (
        len(measures) == 1 and None not in measures)


def _states(source: SourceReading, value: float) -> bool:
    margin = abs(value) * _ENDPOINT
    return any(found.between(value - margin, value + margin)
               for found in source.figures.values())


def _digits_of_an_amount(claimed: Quantity, sources: Sequence[SourceReading],
                         notation: Grammar) -> bool:
    """"a six-figure sum" for a source's "£250,000": a count of digits (``digit_units``) that
    an amount of the source has."""
    if (claimed.unit or "").rpartition("-")[2].lower() not in notation.digit_units or not (
            1 <= claimed.value <= MAX_DIGITS and claimed.value.is_integer()):
        return False
    low, high = 10 ** (claimed.value - 1), 10 ** claimed.value
    for source in sources:
        found = source.figures.get("amount")
        if found is not None and any(figure.value < high for figure in found.between(low, high)):
            return True
    return False


MAX_DIGITS = 15  # a count of digits above this is no amount's


# How far two lengths of time may differ and be one: 52 weeks for a year, 30 days for a month.
_SAME_LENGTH = 0.015
DAYS_A_YEAR = 365.2425  # of the Gregorian calendar, as the lexicon's duration_units count
DAYS_OF_A_WEEK = 7  # how far a day said as "on Tuesday" may lie from one a source writes


def _same_time(claimed: Quantity, claim: Claim, after: str,
               sources: Sequence[SourceReading], notation: Grammar) -> bool:
    """A time the source writes otherwise: a length in other units ("48-hour" for "two-day",
    "12 months" for "the year to"), a century's years ("the 19th century" for 1895), a
    decade's or century's ("the 1980s" for 1986). ``after`` is the claim's text right after
    the figure."""
    if claimed.kind in (QuantityKind.YEAR, QuantityKind.DATE):
        if claimed.kind is QuantityKind.DATE or not after.startswith(("s", "'s")):
            return False
        year = int(claimed.value)
        span = 100 if year % 100 == 0 else 10 if year % 10 == 0 else 0
        return bool(span) and _states_a_year(sources, year, year + span - 1)
    days = notation.days_of(claimed.unit)
    if days is None:
        return False
    if is_ordinal(claimed.text, after):
        years = days / DAYS_A_YEAR
        nth = int(claimed.value)
        return years >= 100 and _states_a_year(sources, round((nth - 1) * years) + 1,
                                               round(nth * years))
    length = claimed.value * days
    # with the claim's hedge: "almost four hours" for "three hours and 54 minutes"
    hedged_low, hedged_high = bounds(claimed)
    low = min(length * (1 - _SAME_LENGTH), hedged_low * days)
    high = max(length * (1 + _SAME_LENGTH), hedged_high * days)
    larger = _the_larger_part(claimed, claim, notation)
    if larger is not None:
        # "just over three hours and twenty minutes": the length of both, the first's hedge
        part, part_days = larger
        part_low, part_high = bounds(part)
        length += part.value * part_days
        low = min(length * (1 - _SAME_LENGTH), part_low * part_days + claimed.value * days)
        high = max(length * (1 + _SAME_LENGTH), part_high * part_days + claimed.value * days)
    return any(bisect_left(source.durations, low) < bisect_right(source.durations, high)
               for source in sources)


def _the_larger_part(claimed: Quantity, claim: Claim, notation: Grammar
                     ) -> tuple[Quantity, float] | None:
    """The figure of a larger unit of time that the claim's figure completes ("three hours"
    of "three hours and twenty minutes"), with its unit's length in days."""
    days = notation.days_of(claimed.unit)
    earlier = [other for other in claim.quantities if other.span.end <= claimed.span.start]
    if days is None or not earlier:
        return None
    part = earlier[-1]
    part_days = notation.days_of(part.unit)
    gap = claim.text[part.span.end - claim.span.start:claimed.span.start - claim.span.start]
    if part_days is None or part_days <= days or not JOINS_LENGTHS.fullmatch(gap):
        return None
    return part, part_days


def _days_between(claimed: Quantity, sources: Sequence[SourceReading],
                  notation: Grammar) -> bool:
    """A length of days or weeks worked out from two days of the source: from one it names
    to its dateline's ("since both failed on 30 October" under "LONDON, 18 November 2024 —"
    backs "for nearly three weeks"), or between two of one sentence ("from 3 March to 17
    March" backs "two weeks"). A day either way is allowed: a writer may count both ends."""
    days = notation.days_of(claimed.unit)
    if days is None or not 1 <= days <= DAYS_OF_A_WEEK * 2:
        return False
    low, high = (bound * days for bound in bounds(claimed))
    if high > _A_QUARTER:
        return False  # a longer time is said in months or years
    for source in sources:
        year = source.own_year or _A_LEAP_YEAR
        dated = _dates(notation.days_in(source.own_date), year) if source.own_date else []
        named = _dates(_source_dates(source.text, notation).days, year)
        pairs = [(day, end) for day in named for end in dated]
        for sentence in source.sentences:
            found = _dates(notation.days_in(sentence.text), year)
            pairs += list(combinations(found, 2))
        # (across a new year too: "30 December" under a dateline of 5 January)
        if any(low - 1 <= apart <= high + 1 for day, end in pairs
               for apart in (abs((end - day).days), DAYS_A_YEAR - abs((end - day).days))):
            return True
    return False


_A_LEAP_YEAR = 2024  # a date's year where the source gives none: any 29 February is one
_A_QUARTER = 92  # days


def _dates(days: dict[int, frozenset[int]], year: int) -> list[date]:
    """The days named (month -> its days) as dates of ``year``, leaving out impossible ones."""
    found = []
    for month, numbers in days.items():
        for number in numbers:
            with suppress(ValueError):
                found.append(date(year, month, number))
    return found


def _years_between(claimed: Quantity, claim: Claim, after: str,
                   sources: Sequence[SourceReading], notation: Grammar) -> bool:
    """A length of years worked out from two years: of one source sentence ("from 1702 until
    1923" backs "for 221 years"), from one the source names to the year of its dateline ("a
    rate unchanged since 2018" under "LONDON, 11 November 2024 —" backs "frozen for some six
    years"), or from one the claim states to any the source names ("in 1921, four years
    before" the source's 1925; the claim's own years are checked on their own). Months are
    not known, so a difference of six years backs a length between five and seven."""
    days = notation.days_of(claimed.unit)
    if days is None or days < DAYS_A_YEAR - 1 or is_ordinal(claimed.text, after):
        return False
    low, high = (bound * days / DAYS_A_YEAR for bound in bounds(claimed))

    def spanned(firsts: Iterable[int], lasts: Iterable[int]) -> bool:
        return any(low < last - first + 1 and last - first - 1 < high
                   for first in firsts for last in lasts if last > first)

    stated = set(_years_of(claim.quantities))
    for source in sources:
        named: set[int] = set()
        for years in _years_by_sentence(source):
            named.update(years)
            ends = [*years, source.own_year] if source.own_year is not None else years
            if spanned(years, ends):
                return True
        if stated and (spanned(stated, named | stated) or spanned(named, stated)):
            return True
    return False


def _a_year_a_length_on(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                        notation: Grammar) -> bool:
    """A year the claim works out as a length of years it states on from (or back from) a
    year its source gives, the source giving that length too: "a four-year ban from April
    2023 keeps him out until April 2027"."""
    if claimed.kind not in DATING:
        return False
    lengths = {int(other.value) for other in claim.quantities if other is not claimed
               and other.value.is_integer() and 0 < other.value < MOST_YEARS_ON
               and (notation.days_of(other.unit) or 0) >= DAYS_A_YEAR - 1}
    if not lengths:
        return False
    year = int(claimed.value)
    for source in sources:
        if not _date_stated(claimed, source, notation):
            continue  # (the month of "April 2027" must be the source's too)
        years = set(_years_of(source.in_order))
        given = {int(figure.value) for figure in source.in_order
                 if figure.value.is_integer() and int(figure.value) in lengths
                 and (notation.days_of(figure.unit) or 0) >= DAYS_A_YEAR - 1}
        if any(year - length in years or year + length in years for length in given):
            return True
    return False


MOST_YEARS_ON = 100


def _a_rank(text: str, figure: Quantity) -> str | None:
    """The ordinal in words of a rank after "No." in the document's ``text`` ("the No. 1
    pick", "No. 3 seed"; also where a citation marker parted them: "No. [1] 1 pick"), else
    None."""
    if figure.kind is not QuantityKind.COUNT or not figure.value.is_integer():
        return None
    before = _MARKERS.sub("", text[max(0, figure.span.start - _RANK_CHARS):figure.span.start])
    return ordinal_word(int(figure.value)) if _RANK_NUMBER.search(before) else None


_RANK_CHARS = 16
_RANK_NUMBER = re.compile(r"\bNo\.?\s?$")
_MARKERS = re.compile(r"\s*\[[^\]]{1,8}\]\s*")


def _the_year_before_one(year: int, sources: Sequence[SourceReading], notation: Grammar
                         ) -> bool:
    """Whether a source sentence names the year after ``year`` and "the year before" it."""
    for source in sources:
        for at, figures in enumerate(_by_sentence(source)):
            if year + 1 in _years_of(figures) and notation.year_before.search(
                    source.sentences[at].text):
                return True
    return False


def _years_by_sentence(source: SourceReading) -> Iterator[list[int]]:
    """The years each sentence of the source names."""
    for figures in _by_sentence(source):
        years = sorted(set(_years_of(figures)))
        if years:
            yield years


def _years_of(figures: Iterable[Quantity], digits: int | None = 4) -> Iterator[int]:
    """The years among ``figures``: read as years or dates, or a bare count written as one, of
    ``digits`` digits (any number for None: "consecrated in 850"; "from 1702": extraction
    reads years from 1800 on)."""
    for figure in figures:
        if figure.kind in DATING or (
                figure.kind is QuantityKind.COUNT and figure.unit is None
                and figure.text.isdigit() and digits in (None, len(figure.text))):
            yield int(figure.value)


def _states_a_year(sources: Sequence[SourceReading], first: int, last: int) -> bool:
    """A year from ``first`` to ``last`` in the sources: read as one, or a bare count written
    as one ("consecrated in 1372": extraction reads years from 1800 on)."""
    return any(next(_years_of(found.between(first, last), digits=None), None) is not None
               for source in sources if (found := source.figures.get("amount")) is not None)


@dataclass(frozen=True)
class _SourceDates:
    """What a source names of the calendar, read once per source: its months, its days by
    month, and whether it dates anything by its own date ("on Tuesday", "yesterday")."""

    months: frozenset[int]
    days: dict[int, frozenset[int]]
    relative: bool


@lru_cache(maxsize=256)
def _source_dates(text: str, notation: Grammar) -> _SourceDates:
    # (read only for claims that name a month: few do)
    return _SourceDates(months=notation.months_in(text), days=notation.days_in(text),
                        relative=any(not _dated_weekday(text, found, notation)
                                     for found in notation.relative_days.finditer(text)))


def _dated_weekday(text: str, found: re.Match[str], notation: Grammar) -> bool:
    """Whether the relative day ``found`` is a weekday with its date beside it ("from
    Monday, Aug. 19"): it dates nothing by the text's own date."""
    after = text[found.end():found.end() + _DATE_CHARS].lstrip(" ,")
    return notation.weekday.fullmatch(found.group()) is not None and (
        notation.day_of_month.match(after) is not None)


_DATE_CHARS = 16  # ", Aug. 19", " 19 August"


def _date_stated(claimed: Quantity, source: SourceReading, notation: Grammar) -> bool:
    """A date with its month (October 1997, 5 June 2019, 2019-06-05, 2019年6月) is backed only
    where the source names that month too: the year alone does not back "October 1997". The
    month may stand apart from the year ("in October … 1997"), so any mention of it counts.
    A date with its day (June 26) is backed only where the source names that day of the month,
    or no day of it and not that day of another month ("14 November" does not back "14
    December"), and within a week of one it names where it also dates by its own date ("on
    Tuesday", "yesterday": a source dated March 2 backs March 1)."""
    if claimed.kind is not QuantityKind.DATE:
        return True
    written = notation.month_of_date.search(claimed.text)
    if written is None:
        return True
    if not notation.months_of(written) & _source_dates(source.text, notation).months:
        return False
    return _days_stated(notation.days_in(claimed.text), source, notation)


def _days_stated(claimed_days: dict[int, frozenset[int]], source: SourceReading,
                 notation: Grammar) -> bool:
    """Whether the source backs a day of a month the claim names (month -> its days): see
    ``_date_stated``."""
    if not claimed_days:
        return True
    read = _source_dates(source.text, notation)
    stated = read.days
    near = DAYS_OF_A_WEEK if read.relative else 0
    named_days = frozenset().union(*stated.values())
    return any(any(abs(day - other) <= near for day in days for other in stated[month])
               if month in stated else not days & named_days
               for month, days in claimed_days.items())


def _days_without_a_year(doc: RuleContext, notation: Grammar
                         ) -> Iterator[tuple[Claim, Sequence[SourceReading], re.Match[str]]]:
    """Each day of a month that a cited claim names without a year ("on 14 December", not a
    figure of its own), that no cited source backs: a month none names, or a day that none
    names of it (``_days_stated``)."""
    for claim in doc.claims:
        sources = doc.cited_readings(claim)
        if not sources:
            continue
        if not notation.names_a_month(claim.text):
            continue  # nearly every claim
        figures = [(figure.span.start - claim.span.start, figure.span.end - claim.span.start)
                   for figure in claim.quantities if figure.kind in DATING]
        for found in notation.day_of_month.finditer(claim.text):
            if any(start < found.end() and found.start() < end for start, end in figures):
                continue  # a date with its year: checked as a figure
            days = notation.days_in(found.group())
            if not any(set(days) & _source_dates(source.text, notation).months
                       and _days_stated(days, source, notation) for source in sources):
                yield claim, sources, found


def _another_age(claim: Claim, figure: Quantity, sources: Sequence[SourceReading],
                 lex: LexiconLookup) -> str | None:
    """The person, as the claim names them, whose age the claim gives ("Lee Fairbrother,
    32,") where its sources never give them that age but another ("Fairbrother, 39, … his
    partner, Danielle Sykes, 32": the figure is in the source, of someone else); else None."""
    start = figure.span.start - claim.span.start
    if not is_age(claim.text, figure, start, lex):
        return None
    named = _NAME_BEFORE_AN_AGE.search(claim.text, 0, start) or _NAME_AFTER_AN_AGE.match(
        claim.text, figure.span.end - claim.span.start)
    if named is None:
        return None
    surname = re.escape(named.group("surname"))
    given = re.compile(rf"\b{surname}\s?,\s?(?P<age>\d{{1,3}})\s?[,.;)]"
                       rf"|\b(?P<told>[\w]+)-year-old\s+(?:[a-z][\w-]*\s+){{0,3}}{surname}\b",
                       re.IGNORECASE)
    ages = {_age_of(found) for source in sources for found in given.finditer(source.text)}
    ages.discard(None)
    return named.group("surname") if ages and int(figure.value) not in ages else None


def _age_of(found: re.Match[str]) -> int | None:
    """The age an age pattern found, in digits or words ("39", "nine-year-old")."""
    if found.group("age"):
        return int(found.group("age"))
    value = parse_words(found.group("told").lower()) if not found.group("told").isdigit() else (
        float(found.group("told")))
    return int(value) if value is not None else None


# The surname right before an age between commas: "Lee Fairbrother, 32" ("lee fairbrother ,
# 32" tokenized)
_NAME_BEFORE_AN_AGE = re.compile(r"\b(?P<surname>[A-Za-z][\w'’-]+)\s?,\s?$")
# The name after an age and its words: "seven-year-old first-time mother Kirana"
_NAME_AFTER_AN_AGE = re.compile(
    r"-year-old\s+(?:[a-z][\w-]*\s+){0,3}(?:[A-Z][\w'’-]+\s+)?(?P<surname>[A-Z][\w'’-]+)\b")


def _a_day_parted_from_its_month(text: str, claim: Claim, figure: Quantity, notation: Grammar
                                 ) -> dict[int, frozenset[int]] | None:
    """The day of a month (month -> day) that a claim's first figure is, where a citation
    marker parted it from its month's abbreviation ("from Oct. [1] 14, widening …": a text
    cited sentence by sentence at each full stop); None for any other figure."""
    if figure.span.start != claim.span.start or figure.kind is not QuantityKind.COUNT or not (
            figure.value.is_integer() and 1 <= figure.value <= DAYS_A_MONTH):
        return None
    month = _MONTH_BEFORE_A_MARKER.search(text, max(0, claim.span.start - 24), claim.span.start)
    if month is None:
        return None
    months = notation.months_in(month.group("month"))
    return {number: frozenset({int(figure.value)}) for number in months} or None


DAYS_A_MONTH = 31
# "Oct. [1] " at the end of the text before a claim: a month's abbreviation and its full stop,
# then markers
_MONTH_BEFORE_A_MARKER = re.compile(r"\b(?P<month>[A-Z][a-z]{2,3})\.\s*(?:\[[^\]]{1,8}\]\s*)+$")


def _weekdays_not_named(doc: RuleContext, notation: Grammar
                        ) -> Iterator[tuple[Claim, Sequence[SourceReading], re.Match[str]]]:
    """Each day of the week a cited claim names ("on Friday night") that none of its cited
    sources names, where none dates by its own date either (``_anchors_a_weekday``)."""
    for claim in doc.claims:
        sources = doc.cited_readings(claim)
        if not sources:
            continue
        for found in notation.weekday.finditer(claim.text):
            day = found.group("day").lower()
            if not _a_names_word(claim.text, found.start()) and not any(
                    _anchors_a_weekday(source.text, day, notation) for source in sources):
                yield claim, sources, found


def _months_not_named(doc: RuleContext, notation: Grammar
                      ) -> Iterator[tuple[Claim, Sequence[SourceReading], re.Match[str]]]:
    """Each month a cited claim names on its own ("prices fell 3.1% in September"; one of a
    date is checked with the date) that none of its cited sources names, where they name
    other months and none dates by its own date ("last month")."""
    for claim in doc.claims:
        sources = doc.cited_readings(claim)
        if not sources or not notation.names_a_month(claim.text):
            continue
        dated = [(figure.span.start - claim.span.start, figure.span.end - claim.span.start)
                 for figure in claim.quantities if figure.kind in DATING]
        dated += [found.span() for found in notation.day_of_month.finditer(claim.text)]
        for found in notation.month_of_date.finditer(claim.text):
            name = found.group("name")
            if not name or name.lower() in notation.ambiguous_months or _a_names_word(
                    claim.text, found.start()) or any(
                    start <= found.start() < end for start, end in dated):
                continue
            months = notation.months_of(found)
            named = [_source_dates(source.text, notation).months for source in sources]
            if not any(months & theirs for theirs in named) and any(named) and not any(
                    notation.relative_months.search(source.text) for source in sources):
                yield claim, sources, found


def _a_names_word(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a capitalized word of its sentence: "Good
    Friday", "Super Saturday" are names."""
    before = text[:start].rstrip()
    word = before[before.rfind(" ") + 1:]
    return word[:1].isupper() and before[:-len(word)].strip()[-1:] not in ("", ".", "!", "?")


@lru_cache(maxsize=256)
def _anchors_a_weekday(text: str, day: str, notation: Grammar) -> bool:
    """Whether a source names the weekday ``day``, or dates by its own date, from which a
    writer may work it out: "yesterday", "last night", a day of a month."""
    return (any(found.group("day").lower() == day for found in notation.weekday.finditer(text))
            or notation.own_date.search(text) is not None or bool(notation.days_in(text)))


def aligned_passage(claim: Claim, sources: Sequence[SourceReading], lex: LexiconLookup
                    ) -> str | None:
    """The source sentence the claim most likely summarizes (see factcheck.extract.alignment)."""
    words = content_words(claim.text, lex)
    found = [best for source in sources if (best := source.index.best(words)) is not None]
    if not found:
        return None
    return cut(max(found, key=lambda best: (best[1], -len(best[0])))[0])


def _says(passage: str | None) -> str:
    return f"; the source says: “{passage}”" if passage else ""


def _says_nothing_to_find(quantity: Quantity) -> bool:
    """A zero ("from 2-0 down" against "two goals down") and "one" written out, as often a
    pronoun or part of a name ("no one", "the former one direction star" in lower-cased text)
    as a count: the source is not asked for them."""
    return quantity.value == 0 or (
        quantity.value == 1 and not any(char.isdigit() for char in quantity.text))


def _as_digits(word: str) -> str | None:
    """A number word in digits ("four": "4"; "Channel Four" is the source's "Channel 4")."""
    value = parse_words(word)
    return str(int(value)) if value is not None and value.is_integer() else None


def _names_a_thing(claim: Claim, quantity: Quantity) -> bool:
    """A number in words written with a capital inside the sentence is a name's word ("World War
    Two", "Channel Four"), which a source may write otherwise ("the Second World War")."""
    at = quantity.span.start - claim.span.start
    return (quantity.text[:1].isupper() and not any(char.isdigit() for char in quantity.text)
            and at > 0 and claim.text[:at].rstrip()[-1:].isalnum())


def _counted_by_the_writer(claim: Claim, quantity: Quantity, lex: LexiconLookup) -> bool:
    """"the other two", "the final three frames", "the two carriers", "all four ferries": a
    small count in words after one of the lexicon's ``selectors`` or
    ``counting_determiners`` is the writer's own count of what the source lists, not a figure
    taken from it."""
    if quantity.value >= 10 or any(char.isdigit() for char in quantity.text):
        return False
    at = quantity.span.start - claim.span.start
    before = claim.text[max(0, at - 12):at] if at > 0 else ""
    words = before.split()
    if not words or not before[-1:].isspace():
        return False
    end = quantity.span.end - claim.span.start
    return words[-1].lower() in lex.selectors or (
        # "the two carriers", not "the two-week festival" (a length of time)
        words[-1].lower() in lex.words("counting_determiners")
        and quantity.kind is QuantityKind.COUNT and claim.text[end:end + 1] != "-")


@rule(
    id="citation.number-not-in-source",
    severity="error",
    description=(
        "A figure of the claim (an amount, share, change, year or date) that none of its cited "
        "sources contains, after normalization: 3,000 = 3000 = three thousand, 87% = 87 per "
        "cent, one in five = 20%, 19th = nineteenth, $ 35 = $35, 36-year-old = aged 36, "
        "4 June = June 4, 2019, 2020/21 = 2020-21, 1,50,000 = 1.5 lakh = 150,000, phase 3 = "
        "Phase III; a rate only by the same rate per the same period or unit (\"£60m a month\" "
        "is not \"£60m a year\"); a share and a change, or an amount and a count, back each "
        "other (and a "
        "count backs plain points or a share with decimals of the same value: a table's "
        "\"Votes | %\" column), but per cent and percentage points never do; rounding to the "
        "claim's last digit and hedges allowed (by at most 2% for a figure of three significant "
        "digits or more: \"about 389,000\" is not 398,000), years exact, and a date's month "
        "must be named by the source too, in words or digits (the year alone does not back "
        "October 1997; 31/08/2023 backs August 2023), and a date's day too where the source "
        "names days of that month or that day of another (a day and month without a year "
        "too: \"on 4 December\" for \"on 4 November\"; within a week where it dates by "
        "its own date: "
        "\"on Friday\", \"yesterday\"); a day of the week must be named by a source that "
        "dates by no date of its own (no day of a month, no \"yesterday\"), and a month named "
        "alone by a source that names other months and none by its own date (\"last month\"); "
        "a length of time is "
        "backed by the same "
        "length in any unit (48-hour = two-day, 12 months = the year to; a length of two "
        "units as one: \"just over three hours and twenty minutes\") or, in years, by "
        "two years of the source (\"since 2018\" under a dateline of 2024 for \"six "
        "years\"; two of one sentence) or one of the claim's and one of the source's, in "
        "days or weeks by two days of the source (one and its dateline's, or two of one "
        "sentence), and "
        "an area by its two sides (\"6.2 metres by 4.8 "
        "metres\" for \"almost 30 square metres\"), never by the same "
        "number of another unit (18 weeks is not 18 months); a figure the claim works out as "
        "the sum or difference of two the source gives, one of which the claim states too "
        "(\"up 3.7 points to 82.4%\" against 78.7% and 82.4%; \"46 short, with 214 of 260 "
        "built\"), in one measure, except lengths of time and whole counts under 10; a "
        "figure the claim says it worked out (\"won by about 12,500 votes\", \"960 fewer\", "
        "\"together accounted for 15,150\") as the difference of two figures of one source "
        "sentence, or the sum of two or three (of two sentences in a row too: \"a combined "
        "capacity of 55,000 tons\"), or what a figure it states adds to (\"by $21.40 "
        "to about $166\"); a total of as many figures of one source sentence as the claim "
        "counts parts (\"3,727 starts across its three race days\"); a share of two amounts "
        "it states (\"23,800 of 64,000, fewer than "
        "four in ten\"), or of a whole it states and a part the source gives beside it "
        "(\"98% of the 28,000 seats\" for an attendance of 27,430); a part of a whole it "
        "states from the share the source gives beside it (\"6,400 homes, around 4,500 of "
        "them\" for \"70% of them\"), or the whole from a part and its share, one of "
        "which it states (\"1.8 million pieces, 70% of output\": 2.6 million in all); a "
        "fraction of a figure it states (\"each paid half the cost of 1.2 million\": "
        "600,000 each), a figure shared out in equal parts (\"30 places divided equally "
        "among three countries\": 10 each), a rate times a count of one source sentence "
        "(\"£140,000 a year\" over \"the 15-year permit\": £2.1m) or a total shared by a "
        "count (\"about $61m a tug\" of \"$245 million … four tugs\"), a rate per another "
        "period (\"roughly £73,000 a year\" for \"£1,400 a week\"), a year a length of years "
        "on that both state (\"a four-year ban from April 2023 … until April 2027\"), the rest "
        "of a whole once "
        "the parts a source sentence gives are taken away (\"… and the rest from donations\"), "
        "a small count of the names a source lists (\"three countries\" for \"Estonia, Latvia "
        "and Lithuania\"; a pair only with what it counts: \"Kingsmead and Ashby hospitals\"); "
        "a total or difference of "
        "two figures it states (\"£3.2m and £0.8m, £4m in all\"); a relative change from two "
        "figures of one source sentence, one of which, or their difference, the claim states, "
        "or that the source writes as a change's ends (a share after a change and \"or\" "
        "is that change in per cent: \"rose by £12m, or about 15%\") "
        "(\"grew by about a third to 412\" for \"412, up from 311\"); the size of a change "
        "(after a verb of change: \"rose 4.5 feet\") and counts of two kinds together (\"23 "
        "planes and helicopters\") from figures of one source sentence; one end of a "
        "source's range (\"$2.60\" of \"$2.60 to $2.75\"). An age (\"Varga, 59,\") is "
        "never worked out, and is not backed by another person's where the source gives the "
        "person another age. Small "
        "counts in words after a selector or a determiner (the other two, the final three, "
        "the two carriers), zero, one written out (a pronoun or a name's word as often as a "
        "count), and a number in words capitalized inside a sentence (a name's: World War "
        "Two) are not checked."
    ),
    rationale="A number the source does not give is the most common error of summaries.",
    tags=("citation", "source"),
    examples={
        "flag": [{"text": "China refines 80% of rare earths [1].", "sources": {"1": SOURCE}},
                 {"text": "The depot opened in 2011 [1].",
                  "sources": {"1": "Built in 2009, the depot opened in 2012."}},
                 {"text": "中国精炼了全球百分之八十的稀土【1】。",
                  "sources": {"1": "美国财长贝森特周二表示，中国精炼了全球近百分之九十的稀土。"}},
                 {"text": "该车站于2011年启用【1】。",
                  "sources": {"1": "该车站始建于2009年，于2012年启用。"}},
                 {"text": "The depot opened in October 2012 [1].",
                  "sources": {"1": "Opened: 2012-11-04. The depot serves 40 buses."}},
                 {"text": "The depot opened on 5 November 2012 [1].",
                  "sources": {"1": "Opened: 2012-11-04. The depot serves 40 buses."}},
                 {"text": "The depot opened on 4 December [1].",
                  "sources": {"1": "The depot opened on 4 November; in December it took 12 "
                                   "more buses."}},
                 {"text": "the council paid # 4.2 m for the depot [1].",
                  "sources": {"1": "The council paid £2.4m for the depot."}},
                 {"text": "Regulators fined the ferry operator £14m [1].",
                  "sources": {"1": "The ferry operator was fined 14 million euros."}},
                 {"text": "The thermometer at Sarnova read 43.1C on Monday [1].",
                  "sources": {"1": "A reading of 41.3 degrees Celsius was taken at Sarnova on Monday."}},
                 {"text": "About 45% of the 3,000 seats were sold [1].",
                  "sources": {"1": "Of the 3,000 seats, 2,130 were sold by Friday."}},
                 {"text": "The trust expects to spend about £60m a month on trials [1].",
                  "sources": {"1": "The trust expects to spend about £60m a year on trials."}},
                 {"text": "Lee Fairbrother, 32, was caught in Margate [1].",
                  "sources": {"1": "Fairbrother, 39, was caught in Margate. His partner, "
                                   "Danielle Sykes, 32, was arrested there too."}},
                 {"text": "The ferry sailed again on Friday night [1].",
                  "sources": {"1": "The ferry sailed again after repairs to its hull."}}],
        "pass": [{"text": "China refines nearly 90 percent of rare earths [1].",
                  "sources": {"1": SOURCE}},
                 {"text": "the depot , opened on 4 june , cost $ 35million [1].",
                  "sources": {"1": "The $35 million depot opened on June 4, 2012."}},
                 {"text": "Jewellery worth about £250,000 was taken [1].",
                  "sources": {"1": "Rings worth an estimated quarter of a million pounds were taken."}},
                 {"text": "Profit rose to DKr1.9bn [1].",
                  "sources": {"1": "Profit rose to 1.9 billion Danish kroner."}},
                 {"text": "The thermometer at Sarnova read 41.3C on Monday [1].",
                  "sources": {"1": "A reading of 41.3 degrees Celsius was taken at Sarnova on Monday."}},
                 {"text": "the council paid # 2.4 m , or # 1,250 a bus , for the depot [1].",
                  "sources": {"1": "The council paid £2.4m, or £1,250 per bus, for the depot."}},
                 {"text": "中国精炼了全球近90%的稀土【1】。",
                  "sources": {"1": "美国财长贝森特周二表示，中国精炼了全球近百分之九十的稀土。"}},
                 {"text": "The depot opened on 2 November 2012 [1].",
                  "sources": {"1": "BRISTOL, November 5, 2012 - The depot, which opened on "
                                   "Friday, serves 40 buses."}},
                 {"text": "The depot has stood empty for nine years [1].",
                  "sources": {"1": "BRISTOL, November 5, 2021 - The depot, empty since 2012, "
                                   "will be sold."}},
                 {"text": "About 71% of the 3,000 seats were sold [1].",
                  "sources": {"1": "Of the 3,000 seats, 2,130 were sold by Friday."}},
                 {"text": "A care home place now costs roughly £73,000 a year [1].",
                  "sources": {"1": "A care home place now costs £1,400 a week."}},
                 {"text": "The six councils put €1.8m into the scheme between them [1].",
                  "sources": {"1": "Each of the six councils put €300,000 into the scheme."}},
                 {"text": "该车辆段耗资３５００万美元，于2012年启用【1】。",
                  "sources": {"1": "这座耗资3500万美元的车辆段于2012年6月启用。"}}],
    },
)
def number_not_in_source(doc: RuleContext) -> Iterator[Flag]:
    lex = doc.lexicon.lookup()
    notation = grammar(lex)
    for claim, sources, quantity in _cited_figures(doc):
        if quantity.kind not in CHECKED_KINDS or _counted_by_the_writer(claim, quantity, lex) or (
                _says_nothing_to_find(quantity)) or _names_a_thing(claim, quantity):
            continue
        day = _a_day_parted_from_its_month(doc.document.text, claim, quantity, notation)
        aged = None if day is not None else _another_age(claim, quantity, sources, lex)
        rank = _a_rank(doc.document.text, quantity)
        if rank is not None:
            # "the No. 1 pick" is the source's "first pick" or its "1"
            supported = any(source.names.has_phrase(rank) for source in sources) or (
                _supported(quantity, claim, sources, notation, lex))
        elif day is not None:
            supported = any(set(day) & _source_dates(source.text, notation).months
                            and _days_stated(day, source, notation) for source in sources)
        else:
            supported = aged is None and _supported(quantity, claim, sources, notation, lex)
        if not supported:
            passage = aligned_passage(claim, sources, lex)
            shown = _with_its_unit(claim, quantity, notation)
            whose = f" {aged}'s age" if aged else ""
            yield Flag(claims=(claim.id,), span=quantity.span,
                       message=f"{shown} is not{whose} in the cited source "
                       + ", ".join(f"[{s.id}]" for s in sources) + _says(passage),
                       evidence={"figure": quantity.text, "value": quantity.value,
                                 "sources": [s.id for s in sources],
                                 "source_passage": passage})
    lines: LineIndex | None = None
    for claim, sources, named in [*_days_without_a_year(doc, notation),
                                  *_weekdays_not_named(doc, notation),
                                  *_months_not_named(doc, notation)]:
        lines = lines or LineIndex(doc.document.text)
        passage = aligned_passage(claim, sources, lex)
        yield Flag(claims=(claim.id,), span=lines.span(claim.span.start + named.start(),
                                                       claim.span.start + named.end()),
                   message=f"{named.group()} is not in the cited source "
                   + ", ".join(f"[{s.id}]" for s in sources) + _says(passage),
                   evidence={"figure": named.group(), "sources": [s.id for s in sources],
                             "source_passage": passage})


def _cited_figures(doc: RuleContext) -> Iterator[tuple[Claim, Sequence[SourceReading], Quantity]]:
    """Each figure of a claim whose cited sources have a text, with those sources."""
    for claim in doc.claims:
        sources = doc.cited_readings(claim)
        for quantity in claim.quantities if sources else ():
            yield claim, sources, quantity


def _with_its_unit(claim: Claim, quantity: Quantity, notation: Grammar) -> str:
    """The figure as the claim writes it with the unit that says what it is, where that unit is
    a length of time, a fraction's or a measurement's ("18 weeks" where the source has "18
    months", "two-thirds", "64 millimetres"); other figures as they are."""
    end = quantity.span.end - claim.span.start
    measured = notation.measure_after.match(claim.text, end)
    if measured is not None and notation.measure_at(claim.text, end) is not None:
        return quantity.text + measured.group()
    unit = quantity.unit or ""
    if not (notation.days_of(unit) or _fraction_part(unit, notation)):
        return quantity.text
    joined = re.match(rf"[\s-]{re.escape(unit.lstrip('-'))}\b", claim.text[end:])
    return quantity.text + joined.group() if joined else f"{quantity.text} {unit.lstrip('-')}"


_POSSESSIVE = re.compile(r"(?<=\w)'s(?!\w)")


@lru_cache(maxsize=4096)  # names and their aliases recur across an article's claims
def _normal_name(name: str) -> str:
    return normalize(name)


class NameLists:
    """What one lexicon tells the name check: other names of one actor or place
    (``same_names``), the ``demonym_endings``, and the head words of organizations and places
    ("Council", "Authority", "Beach"), which say what kind of name it is but not which one."""

    def __init__(self, lex: LexiconLookup) -> None:
        self.same_names = lex.lexicon.same_names()
        self.endings = lex.demonym_endings
        heads = lex.organization_heads | lex.place_heads
        self.heads = frozenset({*heads, *(f"{head}s" for head in heads)})
        # what an institution is, which a source keeps when it names it ("Department",
        # "Society"); a company's or a club's head it may leave out ("Acme", "Leeds United")
        self.institution_heads = lex.organization_heads - lex.company_heads


def name_in_source(name: str, source: SourceNames, lists: NameLists, person: bool = False
                   ) -> bool:
    """Whether the source names it too: the whole name, another name of the same actor or place
    (an alias, the demonym, or a demonym of one of the ``endings``: "Cornish"), its acronym, or
    a word of it that is neither a head word nor common ("Bristol" of "Bristol City Council";
    when all of them are common, every one, or all but one of three or more: "Financial
    Conduct Authority", "Second World War" for "World War II"); a ``person``'s
    surname ("Whitlock" of "Karen Whitlock", not "Karen"). The source keeps the answers."""
    key = (name, id(lists), person)
    memo = source.memo
    found = memo.get(key)
    if found is None:
        found = memo[key] = _names(name, source, lists, person)
    return found


def _a_unit(name: Name, claim: Claim, notation: Grammar) -> bool:
    """A unit's symbol right after a figure ("1.3 GW", "40 MW"): no name."""
    start = name.span.start - claim.span.start
    return name.text.lower() in notation.measures and _FIGURE_BEFORE.search(
        claim.text, max(0, start - 3), start) is not None


_FIGURE_BEFORE = re.compile(r"\d\s?$")


def _refers_back(actor: Actor) -> bool:
    """A mention by a common word ("the firm", "the ministry") of an actor named before: the
    word is no name of it."""
    return actor.name.islower() and actor.id != re.sub(r"[\W_]+", "-", actor.name).strip("-")


def _another_surname(name: str, sources: Sequence[SourceReading],
                     indexes: Sequence[SourceNames], lists: NameLists) -> bool:
    """A name of two or three capitalized words whose last the sources lack, where they
    give its first before another capitalized word than its second: "Nadia Owusu" against
    "Nadia Osei", "New York" against "New Jersey", not "New York City" against "New York"
    (of a name read as no person's, any word of it otherwise names it)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or any(not word[:1].isupper() or word.lower() in lists.heads
                                       for word in words):
        return False
    if any(name_in_source(words[-1], index, lists) for index in indexes):
        return False
    # (another word after the first: "New York" does not make "New York City" another name)
    before_another = re.compile(
        rf"(?<![\w'’-]){re.escape(words[0])}\s+(?!{re.escape(words[1])}(?![\w'’-]))[A-Z]")
    return any(before_another.search(source.text) for source in sources)


def _another_first_name(name: str, sources: Sequence[SourceReading],
                        indexes: Sequence[SourceNames], lex: LexiconLookup) -> bool:
    """A person's name of two or three capitalized words whose first the sources lack, where
    they give its surname after another first name: "Elena Kostova" against "Daria Kostova"
    (not "Alex Reid" against "Alexander Reid", nor "Dr Reid")."""
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False
    given, last = words[:-1], words[-1]
    first = given[-1]
    if not all(word[:1].isupper() for word in words) or (
            not first.isalpha() or len(first) < 3 or lex.is_title(first)
            or is_common_word(first)):
        return False
    # (any of its given names in the sources: a middle name, or a word before the name, "Finn
    # Aino Kallio" for "the Finnish conductor Aino Kallio")
    if any(word.lower() in index.words for word in given for index in indexes):
        return False
    before = re.compile(rf"(?<![\w'’-])([^\W\d_]{{2,}})\s+{re.escape(last)}(?![\w'’-])")
    for source in sources:
        for found in before.finditer(source.text):
            other = found.group(1)
            if other[0].isupper() and not (other.startswith(first) or first.startswith(other)) \
                    and not lex.is_title(other) and not is_common_word(other):
                return True
    return False


_OWNER = re.compile(r"['’]s\s+")


def _owned_person(name: str, lists: NameLists) -> str | None:
    """The person named after an organization's possessive ("Caroline Tapsell" of "HomeTrack
    NZ's Caroline Tapsell"): two or three capitalized words, none a head word (not "Bank of
    China" of "People's Bank of China", "Wood" of "St John's Wood", "College London" of
    "King's College London"). First names and surnames may be words too ("Hannah Rusk")."""
    parts = _OWNER.split(name)
    if len(parts) != 2:
        return None
    words = parts[1].split()
    if not 2 <= len(words) <= 3 or any(not word[:1].isupper() or word.lower() in lists.heads
                                       for word in words):
        return None
    return parts[1]


def _without_heads(name: str, lex: LexiconLookup) -> str:
    """The name without the company heads it ends with ("Acme Inc", "Tiffany & Co"): a source
    that names the company may leave them out."""
    if name.rpartition(" ")[2].rstrip(".").lower() not in lex.company_heads:
        return name  # nearly every name
    words = name.split()
    while words and words[-1].rstrip(".").lower() in lex.company_heads:
        words.pop()
    return " ".join(words).rstrip(" &")


# A name's initials as written: "S.R.", "J. R. R." (a source may set them apart or run them on).
_INITIALS = re.compile(r"(?:[^\W\d_]\.\s?)+[^\W\d_]\.?")
# An acronym as written: "GDP", "A&E", "MPs".
_ACRONYM = re.compile(r"[A-Z](?:&?[A-Z]){1,7}s?")
# A person named by nation: "scotsman", "dutchwoman", "frenchmen" (the nation's word first).
_NATIONAL = re.compile(r"([a-z]{4,}?)(?:wo)?m[ae]n")
# A Roman numeral, lower-cased as names are compared: "iii" of "Phase III".
_ROMAN_WORD = re.compile(ROMAN_NUMERAL, re.IGNORECASE)
# A regnal number ending a name as written: "Henry VIII", "John XXIII" (capitals of I, V and X
# only, two or more: "Jet Li" and "Lady Di" end in no number).
_REGNAL_NUMBER = re.compile(r"\s(?=[IVX]{2,}\b)(?:" + ROMAN_NUMERAL + r")$")
# One whose small letters stand for its small words: "BoE" (Bank of England), "DfE", "HoC".
_MIXED_ACRONYM = re.compile(r"(?:[A-Z][a-z]{0,2}){1,3}[A-Z]")


def _as_roman_number(word: str, source: SourceNames) -> bool:
    """Whether the source writes the Roman numeral ``word`` in digits or as an ordinal."""
    value = roman_value(word.upper())
    return str(value) in source.words or ordinal_word(value) in source.words


def _names(name: str, source: SourceNames, lists: NameLists, person: bool) -> bool:
    same_names = lists.same_names
    name = name.replace("’", "'")
    owner, mark, owned = name.partition("'s ")
    if mark and owner and owned.strip():
        # "the OHL's Wolves", "Manitoba's Sudbury Wolves": the owner and what it owns, each
        # named by the source; what is owned only in common words is described, not named
        # ("Voskuijlen's Third Symphony" for "Symphony No. 3")
        owned = owned.strip()
        described = all(is_common_word(word) for word in owned.split())
        return _names(owner, source, lists, False) and (
            described or _names(owned, source, lists, person))
    name = _POSSESSIVE.sub("", name)  # "the BHPA's": the acronym
    if _INITIALS.fullmatch(name):  # "S.R." as "S. R." or "SR"
        written = re.findall(r"[^\W\d_]", name.lower())
        if source.has_phrase(" ".join(written)) or source.has_phrase("".join(written)):
            return True
    if _ACRONYM.fullmatch(name):
        letters = name.rstrip("s").replace("&", "").lower()
        if (len(letters) >= 2 or "&" in name) and source.has_expansion(letters):
            return True  # "GDP" for "gross domestic product", "EVs" for "electric vehicles"
    elif _MIXED_ACRONYM.fullmatch(name) and source.has_mixed_expansion(name):
        return True
    elif name.islower() and name.isalpha() and 3 <= len(name) <= 6 and not is_common_word(name) and (
            source.has_expansion(name)):
        return True  # "iopc" of a lower-cased summary, spelled out by its source
    phrase = _normal_name(name)
    phrase = _POSSESSIVE.sub("", phrase).strip()
    if not phrase or source.has_phrase(phrase):
        return True
    if any(source.has_phrase(other) for other in map(_normal_name, same_names.get(phrase, ()))):
        return True
    words = [word for word in phrase.split()
             if len(word) > 1 and word not in source.connectors]
    named = [word for word in words if word not in lists.heads] or words
    if len(words) > 1 and _REGNAL_NUMBER.search(name) and not (
            words[-1] in source.words or _as_roman_number(words[-1], source)):
        return False  # "Henry VII" is not "Henry the Eighth"
    distinctive = [word for word in named if not is_common_word(word)]
    kinds = [word for word in words if word in lists.institution_heads]
    if kinds and len(distinctive) < len(named) and not any(
            source.has_word_like(kind) for kind in kinds) and (
            "".join(word[0] for word in words) not in source.capitals):
        # "Georgia Historical Society" is not named by a source that names Georgia and no
        # society (nor "GHS"): a name with a common word beside its own needs its kind too
        return False
    if person and len(named) > 1:
        distinctive = named[-1:]  # a first name names many people
    elif not distinctive and named:
        # "Financial Conduct Authority": its words, not "Authority"; one of three or more may
        # be said otherwise ("Second World War" for "World War II")
        missing = sum(not (source.has_word_like(word) or _as_digits(word) in source.words
                           or source.has_demonym_of(word, lists.endings)
                           # "Dutch" for "the Netherlands" in a name of two words ("a
                           # Dutch Lakeland terrier"); a longer one is an institution's
                           or (len(named) == 2 and any(source.has_phrase(other) for other in map(
                               _normal_name, same_names.get(word, ())))))
                      for word in named)
        if missing <= (len(named) >= 3):
            return True
    for word in distinctive:
        if source.has_word_like(word) or word in source.acronyms:
            return True
        if source.has_spelling_of(word):  # "Arniko" for "Araniko", "Atletico" for "Atlético"
            return True
        if word.endswith("s") and word[:-1] in source.acronyms:  # "MPs"
            return True
        if _ROMAN_WORD.fullmatch(word) and _as_roman_number(word, source):
            return True  # "Phase III" for "phase 3", "Henry VIII" for "Henry the Eighth"
        national = _NATIONAL.fullmatch(word)
        if national and (source.has_word_like(national[1]) or any(
                source.has_phrase(other)
                for other in map(_normal_name, same_names.get(national[1], ())))):
            return True  # "the Welshman" of a source's "Welsh", "Wales"
        if any(source.has_phrase(other)
               for other in map(_normal_name, same_names.get(word, ()))):
            return True
        if source.has_demonym_of(word, lists.endings):
            return True  # "Cornish" for "Cornwall"
    # "New York Times" for a source's "NYT": the initials, written in capitals there
    initials = "".join(word[0] for word in words)
    return len(initials) >= 3 and initials in source.capitals


# Between two capitalized names of one longer name: "Royal Society for the Protection of Birds",
# "Competition and Markets Authority".
_WITHIN_A_NAME = re.compile(r"\s+(?:[a-z]{1,4}\s+){1,2}")


def _abbreviated_runs(claim: Claim, indexes: Sequence[SourceNames]
                      ) -> Iterator[tuple[int, int]]:
    """The spans of names joined by one or two small words into a longer name whose initials a
    source writes as its acronym ("RSPB" for "Royal Society for the Protection of Birds"; the
    name reader splits it at "for the")."""
    names = sorted(claim.names, key=lambda name: name.span.start)
    start = claim.span.start
    run: list[Name] = []
    for name in [*names, None]:
        if name is not None and run and _WITHIN_A_NAME.fullmatch(
                claim.text, run[-1].span.end - start, name.span.start - start):
            run.append(name)
            continue
        if len(run) > 1:
            words = claim.text[run[0].span.start - start:run[-1].span.end - start].split()
            initials = "".join(word[0] for word in words if word[:1].isupper()
                               and word.lower() != "the").lower()
            if len(initials) >= 3 and any(initials in index.capitals or initials in
                                          index.acronyms for index in indexes):
                yield run[0].span.start, run[-1].span.end
        run = [name] if name is not None else []


class _KnownActors:
    """The lexicon's actors that the cited sources name, read on the first question: a name
    of the claim that the sources' words lack may be part of an actor they name otherwise
    ("Treasury" of a source's "the Treasury Secretary"), and reading actors is slow."""

    def __init__(self, sources: Sequence[SourceReading], lexicon: Lexicon) -> None:
        self._sources, self._lexicon = sources, lexicon
        self._known: frozenset[str] | None = None

    def __contains__(self, actor_id: object) -> bool:
        if self._known is None:
            self._known = frozenset().union(*(source_actors(s.text, self._lexicon)
                                              for s in self._sources))
        return actor_id in self._known


@rule(
    id="citation.entity-not-in-source",
    severity="warning",
    description=(
        "A name in the claim (a person, organization, place or product, known to the lexicon "
        "or not) that none of its cited sources mentions: case, possessives, surnames, "
        "aliases, demonyms, acronyms (also spelled out), a company's head word and other "
        "spellings of a name (without accents; transliterated vowels in a long one) are "
        "allowed for. A person's surname alone does not back a first name the sources never "
        "use where they give the surname after another (\"Elena Kostova\" for \"Daria "
        "Kostova\"; \"Alex\" for \"Alexander\" is allowed), nor the first name alone a "
        "surname they give after it otherwise (\"Nadia Owusu\" for \"Nadia Osei\")."
    ),
    rationale="A swapped or invented name changes who said or did what.",
    tags=("citation", "source"),
    examples={
        "flag": [{"text": "Janet Yellen spoke about rare earths [1].", "sources": {"1": SOURCE}},
                 {"text": "Harbour pilots in Leith backed the levy, Mayor Ines Duarte said [1].",
                  "sources": {"1": "Harbour pilots backed the levy, Mayor Ines Duarte said."}},
                 {"text": "the levy was backed by pilots in leith , mayor ines duarte said [1].",
                  "sources": {"1": "Harbour pilots backed the levy, Mayor Ines Duarte said."}},
                 {"text": "日本表示愿意就稀土问题谈判【1】。",
                  "sources": {"1": "欧盟周二表示，愿意就稀土问题谈判。"}},
                 {"text": "美国财长 Janet Yellen 谈到了稀土问题【1】。",
                  "sources": {"1": "U.S. Treasury Secretary Scott Bessent spoke about rare earths."}},
                 {"text": "Her partner, Nadia Owusu, is still deciding [1].",
                  "sources": {"1": "Her partner, Nadia Osei, will decide by the summer."}},
                 {"text": "Her partner, Leila Osei, is still deciding [1].",
                  "sources": {"1": "Her partner, Nadia Osei, will decide by the summer."}},
                 {"text": "The Georgia Historical Society paid for it [1].",
                  "sources": {"1": "The state of Georgia paid for the restoration."}}],
        "pass": [{"text": "Bessent spoke about rare earths [1].", "sources": {"1": SOURCE}},
                 {"text": "The Georgia Historical Society paid for it [1].",
                  "sources": {"1": "The GHS paid for the restoration in Savannah."}},
                 {"text": "the chipmaker will build a plant in oakhaven [1].",
                  "sources": {"1": "Veltrana Semiconductor will build a chip plant in Oakhaven."}},
                 {"text": "Mozambican clinics took part in the trial [1].",
                  "sources": {"1": "Clinics in Tanzania and Mozambique took part in the trial."}},
                 {"text": "British pilots backed it, Duarte said [1].",
                  "sources": {"1": "Pilots in the UK backed the levy, Mayor Ines Duarte said."}},
                 {"text": "The mosque was endowed by Sulayman [1].",
                  "sources": {"1": "Sultan Suleiman endowed the mosque in 1557."}},
                 {"text": "the nhs trust denied it [1].",
                  "sources": {"1": "The National Health Service trust denied the claim."}},
                 {"text": "欧盟表示愿意就稀土问题谈判【1】。",
                  "sources": {"1": "欧盟周二表示，愿意就稀土问题谈判。"}},
                 {"text": "美国财长 Bessent 谈到了稀土问题【1】。",
                  "sources": {"1": "U.S. Treasury Secretary Scott Bessent spoke about rare earths."}}],
    },
)
def entity_not_in_source(doc: RuleContext) -> Iterator[Flag]:
    lex = doc.lexicon.lookup()
    lists = lex.derived(NameLists)
    notation = grammar(lex)
    for claim in doc.claims:
        sources = doc.cited_readings(claim)
        if not sources:
            continue
        indexes = [s.names for s in sources]
        known = _KnownActors(sources, doc.lexicon)
        cited = ", ".join(f"[{s.id}]" for s in sources)
        # names inside a longer name whose acronym a source uses count as named
        abbreviated = list(_abbreviated_runs(claim, indexes))
        flagged: set[tuple[int, int]] = set(abbreviated)
        for actor in claim.actors:
            if _refers_back(actor):
                continue  # "the firm": its name was checked where the text gave it
            # (its other names, the lexicon's aliases and demonyms, are looked for too: the
            # actors a source's reading resolves add nothing here, measured on the dev data)
            named = _without_heads(actor.name, lex)
            person = actor.kind is ActorKind.PERSON
            if not named or any(start <= actor.span.start and actor.span.end <= end
                                for start, end in abbreviated) or (any(
                    name_in_source(named, index, lists, person) for index in indexes)
                    and not (person and _another_first_name(named, sources, indexes, lex))):
                continue
            flagged.add((actor.span.start, actor.span.end))
            passage = aligned_passage(claim, sources, lex)
            yield Flag(claims=(claim.id,), span=actor.span,
                       message=f"{actor.name} is not mentioned in the cited source {cited}"
                       + _says(passage),
                       evidence={"actor": actor.id, "sources": [s.id for s in sources],
                                 "source_passage": passage})
        for name in claim.names:
            if any(start < name.span.end and name.span.start < end for start, end in flagged):
                continue
            if _a_unit(name, claim, notation):
                continue  # "1.3 GW"
            text = settled(name)
            bare = _without_heads(text, lex) if text else None
            if bare and any(name_in_source(bare, index, lists) for index in indexes):
                owned = _owned_person(bare, lists)
                if owned is not None:
                    # "HomeTrack NZ's Caroline Tapsell": the company is named, the person must
                    # be too
                    if any(name_in_source(owned, index, lists, person=True)
                           for index in indexes):
                        continue
                    text = bare = owned
                elif not (_another_surname(bare, sources, indexes, lists)
                          or _another_first_name(bare, sources, indexes, lex)):
                    continue
            if not bare or bare.lower() in lex.place_heads:
                continue  # "the 2028 Games", "the Cup": an event named by its head word alone
            if any(actor.id in known for actor in claim.actors
                   if actor.span.start <= name.span.start < actor.span.end):
                continue
            passage = aligned_passage(claim, sources, lex)
            yield Flag(claims=(claim.id,), span=name.span,
                       message=f"{text} is not mentioned in the cited source {cited}"
                       + _says(passage),
                       evidence={"name": text, "sources": [s.id for s in sources],
                                 "source_passage": passage})
