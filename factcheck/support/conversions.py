"""A source's figure in another notation than the claim's: a multiple ("twice"), other units
of one measure, an area of two sides, the other temperature scale, a fraction in words (with
or without "of"), a count by a noun ("a dozen"), a rank ("No. 1" and "first"), and "N in M"
read as a share on one side and as two figures on the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from factcheck.extract.grammar import Grammar, grammar
from factcheck.extract.lookup import LexiconLookup, alternation
from factcheck.extract.numbers import WORD_NUMBER, ordinal_word, parse_number
from factcheck.models import Claim, Quantity, QuantityKind
from factcheck.sources import SourceReading, is_range
from factcheck.support.figures import bounds, by_sentence, rounding, states


def as_a_multiple(claimed: Quantity, sources: Sequence[SourceReading]) -> bool:
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


def in_other_units(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                    notation: Grammar) -> bool:
    """A measurement the source gives in another unit of the same kind (``measure_units``):
    "the 1.5-mile route" backed by "the 2.4km route", "1,000 feet" by "305 metres", "about
    1,400kg of venison" by "about 3,000 pounds of meat"."""
    if claimed.kind is not QuantityKind.COUNT:
        return False
    measure = _measured(claim.text, claimed, notation, claim.span.start)
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
                if _measured(source.text, figure, notation) == other:
                    return True
    return False


def _measured(text: str, figure: Quantity, notation: Grammar, offset: int = 0
              ) -> tuple[str, float] | None:
    """What a figure measures and its unit's size: by the unit after it, or as a weight in
    pounds where the quantity reader read a currency word as one ("3,000 pounds of meat")."""
    measure = notation.measure_at(text, figure.span.end - offset)
    if measure is None and figure.kind is QuantityKind.COUNT and (
            (figure.unit or "").lower() in notation.weight_currency_words):
        return notation.pound_weight
    return measure


# Between the two sides of a rectangle: "6.2 metres by 4.8 metres", "20ft x 30ft".
_BETWEEN_SIDES = re.compile(r"\s*(?:by|x|×)\s*$", re.IGNORECASE)


def an_area_of_two_sides(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
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
        for figures in by_sentence(source):
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


def in_the_other_scale(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
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


def fraction_in_words(claimed: Quantity, sources: Sequence[SourceReading],
                       notation: Grammar) -> bool:
    """"Two-thirds voted in favour" (no "of" after it, so read as the count "two" of
    "thirds"): backed by a share of the source near 66.7%, or the same fraction."""
    part = fraction_part(claimed.unit, notation)
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


def a_count_by_its_noun(claimed: Quantity, sources: Sequence[SourceReading],
                        lex: LexiconLookup) -> bool:
    """A count a source gives by a noun of a number (``counting_nouns``): "12 kindergartens"
    for "a dozen kindergartens", "two adults" for "an adult pair", six for "half a dozen"."""
    if claimed.kind is not QuantityKind.COUNT or not claimed.value.is_integer():
        return False
    nouns = lex.lexicon.counting_nouns
    counted = lex.derived(_counted_by_a_noun)
    for source in sources:
        for found in counted.finditer(source.text):
            times = found.group("times").lower()
            many = 0.5 if times.startswith("half") else 1.0 if times in ("a", "an") else parse_number(
                times)
            if many is not None and many * nouns[found.group("noun").lower()] == claimed.value:
                return True
    return False


def one_of_a_currency(claimed: Quantity, sources: Sequence[SourceReading],
                      lex: LexiconLookup) -> bool:
    """An amount of one of a currency (within the claim's hedge) that a source names in words:
    "more than £1 a week" for "little more than a pound a week", "$1" for "one dollar"; not a
    weight ("a pound of butter")."""
    if claimed.kind is not QuantityKind.CURRENCY:
        return False
    low, high = bounds(claimed)
    if not min(low, claimed.value) <= 1 <= max(high, claimed.value):
        return False
    for source in sources:
        for found in lex.derived(_one_of_a_currency).finditer(source.text):
            word = found["word"].lower()
            if (lex.currency_words.get(word) or lex.currency_words.get(f"{word}s")) == (
                    claimed.unit):
                return True
    return False


def _one_of_a_currency(lex: LexiconLookup) -> re.Pattern[str]:
    """"a" or "one" and a currency word of the lexicon, or its singular ("a pound" of
    "pounds"), with no "of" after it."""
    words = {*lex.currency_words, *(word[:-1] for word in lex.currency_words
                                    if word.endswith("s"))}
    return re.compile(rf"\b(?:a|one)\s+(?P<word>{alternation(words)})\b(?!\s+of\b)",
                      re.IGNORECASE)


def times_its_noun(claimed: Quantity, claim: Claim, lex: LexiconLookup) -> Quantity | None:
    """A count the claim gives by a noun of a number after it (``counting_nouns``), as the
    count it states: "two dozen members" is 24; None for any other figure."""
    if claimed.kind is not QuantityKind.COUNT:
        return None
    after = _NOUN_AFTER.match(claim.text, claimed.span.end - claim.span.start)
    times = lex.lexicon.counting_nouns.get(after.group(1).lower()) if after else None
    if times is None:
        return None
    return claimed.model_copy(update={
        "value": claimed.value * times,
        "interval": claimed.interval.model_copy(update={
            end: None if value is None else value * times
            for end, value in (("low", claimed.interval.low), ("high", claimed.interval.high))})})


_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")


def _counted_by_a_noun(lex: LexiconLookup) -> re.Pattern[str]:
    """"a dozen", "half a dozen", "two dozen", "an adult pair": how many, up to one word, and a
    noun of ``counting_nouns``."""
    nouns = alternation(lex.lexicon.counting_nouns)
    return re.compile(rf"\b(?P<times>half\s+an?|an?|\d+|{WORD_NUMBER})\s+(?:[a-z][\w-]*\s+)?"
                      rf"(?P<noun>{nouns})s?\b", re.IGNORECASE)


def a_fraction_said_alone(claimed: Quantity, sources: Sequence[SourceReading],
                          notation: Grammar, lex: LexiconLookup) -> bool:
    """A share a source gives as a fraction with no "of" after it, before its verb: "around
    20% is bottled" for "about a fifth is bottled", "two-thirds voted for it" for 66%."""
    if claimed.kind is not QuantityKind.PERCENT:
        return False
    alone = lex.derived(_fraction_alone)
    return any(abs(notation.fractions[" ".join(found.group("fraction").lower().split())] * 100
                   - claimed.value) <= FRACTION_ROUNDING
               for source in sources for found in alone.finditer(source.text))


def a_share_as_a_fraction(claimed: Quantity, sources: Sequence[SourceReading]) -> bool:
    """A share the claim gives in figures that a source gives as a fraction in words: "50% of
    the cost" for "half the cost", "33% of members" for "a third of members"; and a change
    the claim gives as the source's fraction in words ("cut emissions by about a fifth" for
    "cut emissions by 120,000 tonnes, around a fifth of its total")."""
    in_words = not any(char.isdigit() for char in claimed.text)
    if claimed.kind is not QuantityKind.PERCENT and not (
            claimed.kind is QuantityKind.PERCENT_CHANGE and in_words):
        return False
    low, high = bounds(claimed)
    margin = rounding(claimed)
    # (the fraction with its own hedge: "almost a third" is 30.7% to 33.3%)
    return any(figure.kind is QuantityKind.RATIO and 0 < figure.value < 1
               and (figure.ratio_phrase or "").endswith(" of")
               and low - margin <= max(figure.value, theirs[1]) * 100
               and min(figure.value, theirs[0]) * 100 <= high + margin
               for source in sources for figure in source.in_order
               for theirs in [_hedged(figure)])


def _hedged(figure: Quantity) -> tuple[float, float]:
    """A source figure's values: its hedge's interval where it has two ends ("almost",
    "about"; not "more than a third", which backs no figure of its own), or the figure alone."""
    low, high = figure.interval.low, figure.interval.high
    if figure.hedge is None or low is None or high is None:
        return figure.value, figure.value
    return low, high


def _fraction_alone(lex: LexiconLookup) -> re.Pattern[str]:
    """A fraction in words before a verb ("a fifth is", "two-thirds voted"): one of
    ``verb_openers`` or a past tense."""
    fractions = alternation(grammar(lex).fractions)
    return re.compile(rf"\b(?P<fraction>{fractions})\s+(?:(?:{lex.alternation('verb_openers')})"
                      r"\b|[a-z]+ed\b)", re.IGNORECASE)


def as_a_share(figure: Quantity, claim: Claim, notation: Grammar) -> Quantity | None:
    """A fraction in words read as a ratio ("about two-fifths of the bill": 0.4) as the share
    it states (40%), to be backed as one, with a fraction's coarse rounding; None for a
    multiple ("twice", "halved") and for a part of one thing ("three-quarters of a point")."""
    after = figure.span.end - claim.span.start
    if figure.kind is not QuantityKind.RATIO or not 0 < figure.value < 1 or not (
            notation.fraction_word.search(figure.text)) or _OF_ONE.match(claim.text, after) or (
                not _OF.match(claim.text, after)):
        return None  # (with no "of", no whole to be a share of)
    return _roughly(_in_per_cent(figure, 100))


def in_fractions(figure: Quantity, notation: Grammar) -> Quantity | None:
    """A share or change said as a fraction in words, with no "of" after it, as the share or
    change it states, with a fraction's coarse rounding: "shrank by almost a quarter" (below
    25%), "Germany buying almost two-fifths" (read as two of "fifths": below 40%); None for
    a figure in digits or of no fraction."""
    if any(char.isdigit() for char in figure.text):
        return None
    if figure.kind in (QuantityKind.PERCENT, QuantityKind.PERCENT_CHANGE) and (
            notation.fraction_word.search(figure.text)):
        return _roughly(figure)
    part = fraction_part(figure.unit, notation)
    if figure.kind is QuantityKind.COUNT and part is not None:
        return _roughly(_in_per_cent(figure, part * 100))
    return None


def _in_per_cent(figure: Quantity, factor: float) -> Quantity:
    """A fraction, or a count of a fraction's parts, as the share it is: ``factor`` per cent
    for each one."""
    return figure.model_copy(update={
        "kind": QuantityKind.PERCENT, "value": figure.value * factor, "unit": "%",
        "interval": figure.interval.model_copy(update={
            end: None if value is None else value * factor
            for end, value in (("low", figure.interval.low), ("high", figure.interval.high))})})


_OF_ONE = re.compile(r"(?:\s+of)?\s+an?\s", re.IGNORECASE)  # "… of a point", "half an hour"
_OF = re.compile(r"\s+of\b", re.IGNORECASE)


def in_tens(figure: Quantity) -> Quantity | None:
    """A share said as a count in ten or fewer ("two in five", "nine in 10": 40%, 90%) with a
    fraction's coarse rounding, which it has; None for any other figure."""
    said = _IN_TENS.search(figure.text)
    if figure.kind is not QuantityKind.PERCENT or said is None or (
            (whole := parse_number(said.group("whole"))) is None or not 2 <= whole <= _TEN):
        return None
    return _roughly(figure)


_IN_TENS = re.compile(r"\b\w+\s+in\s+(?P<whole>\w+)$", re.IGNORECASE)
_TEN = 10


def _roughly(share: Quantity) -> Quantity:
    """A share said as a fraction, with a fraction's coarse rounding ("a third" of 31% to 35%),
    less of it past a hedge: "nearly a third" of 31%, not "nearly three-quarters" of 68%."""
    low, high = share.interval.low, share.interval.high
    margin = FRACTION_ROUNDING if low == high == share.value else FRACTION_ROUNDING / 2
    return share.model_copy(update={"interval": share.interval.model_copy(update={
        "low": None if low is None else low - margin,
        "high": None if high is None else high + margin})})


def a_fraction_a_source_gives(claimed: Quantity, sources: Sequence[SourceReading]) -> bool:
    """A fraction in words that a source gives as one ("about half of the crop")."""
    low, high = bounds(claimed)
    low, high = min(low, claimed.value), max(high, claimed.value)
    return any(figure.kind is QuantityKind.RATIO for source in sources
               if (found := source.figures.get("amount")) is not None
               for figure in found.between(low - _FRACTION_MARGIN, high + _FRACTION_MARGIN))


_FRACTION_MARGIN = 0.005


def fraction_part(unit: str | None, notation: Grammar) -> float | None:
    """What one of a fraction's denominator as a figure's unit is ("thirds": 1/3, "halves")."""
    word = (unit or "").lower()
    return notation.fractions.get(f"a {'half' if word == 'halves' else word.removesuffix('s')}")


def a_rank(text: str, figure: Quantity) -> str | None:
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


def a_range_of_two_figures(claimed: Quantity, sources: Sequence[SourceReading]) -> bool:
    """A range the claim writes of two figures a source gives apart: "between 100 and 200
    rupees a bird" for "₹200 for each bird older than two months and ₹100 for younger birds"."""
    low, high = claimed.interval.low, claimed.interval.high
    return is_range(claimed) and low is not None and high is not None and low < high and any(
        states(source, low) and states(source, high) for source in sources)


def a_share_as_two_figures(claimed: Quantity, sources: Sequence[SourceReading]) -> bool:
    """A share read from "N in M" that is two figures of one source sentence: "children aged
    six to 13 in 23 schools" for "aged 6 to 13 in the municipality's 23 schools". (A share and
    its two figures stated apart in one sentence by chance are rare.)"""
    apart = _N_IN_M.fullmatch(claimed.text) if claimed.kind is QuantityKind.PERCENT else None
    if apart is None:
        return False
    read = [parse_number(written) for written in apart.groups()]
    values = [value for value in read if value is not None]
    return len(values) == len(read) and any(
        all(any(abs(figure.value - value) < _SAME_FIGURE for figure in figures)
            for value in values)
        for source in sources for figures in by_sentence(source))


def a_side_of_a_share(claimed: Quantity, sources: Sequence[SourceReading]) -> bool:
    """A count that a source states as one side of a share read from "N out of M" ("496
    marks out of 500", "scored 7/9" for "496 out of 500 marks", "7 out of 9 points")."""
    if claimed.kind not in (QuantityKind.COUNT, QuantityKind.POINTS):
        return False
    for source in sources:
        for found in source.figures.values():
            for figure in found.figures:
                apart = _N_IN_M.fullmatch(figure.text) if (
                    figure.kind is QuantityKind.PERCENT) else None
                if apart is not None and any(
                        parse_number(written) == claimed.value for written in apart.groups()):
                    return True
    return False


_N_IN_M = re.compile(r"(\S+)\s+(?:in|out\s+of)\s+(\S+)", re.IGNORECASE)
_SAME_FIGURE = 1e-9
