"""Dates, years, lengths of time and ages in a source: a year or day a source states or dates
by its own date, the years or days between two of its dates, weekdays and months it names,
and the ages it gives each person.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import combinations, pairwise, permutations

from factcheck.extract.alignment import content_words
from factcheck.extract.grammar import Grammar, grammar
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.numbers import is_ordinal, parse_words
from factcheck.extract.quantities import is_age
from factcheck.models import Claim, Quantity, QuantityKind
from factcheck.sources import SourceReading, lengths_of_time
from factcheck.support.figures import DATING, bounds, by_sentence

# How far two lengths of time may differ and be one: 52 weeks for a year, 30 days for a month.
_SAME_LENGTH = 0.015
DAYS_A_YEAR = 365.2425  # of the Gregorian calendar, as the lexicon's duration_units count
DAYS_OF_A_WEEK = 7  # how far a day said as "on Tuesday" may lie from one a source writes


def same_time(claimed: Quantity, claim: Claim, after: str,
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
    larger = the_larger_part(claimed, claim, notation)
    if larger is not None:
        # "just over three hours and twenty minutes": the length of both, the first's hedge
        part, part_days = larger
        part_low, part_high = bounds(part)
        length += part.value * part_days
        low = min(length * (1 - _SAME_LENGTH), part_low * part_days + claimed.value * days)
        high = max(length * (1 + _SAME_LENGTH), part_high * part_days + claimed.value * days)
    return any(bisect_left(source.durations, low) < bisect_right(source.durations, high)
               for source in sources)


def the_larger_part(claimed: Quantity, claim: Claim, notation: Grammar
                     ) -> tuple[Quantity, float] | None:
    """The figure of a larger unit of time that the claim's figure completes as one length
    ("three hours" of "three hours and twenty minutes", "1 minute" of "1 minute 42 seconds"),
    with its unit's length in days; None where it completes none."""
    for parts in lengths_of_time(claim.quantities, claim.text, claim.span.start, notation):
        at = next((at for at, (part, _) in enumerate(parts) if part is claimed), 0)
        if at:
            part = parts[at - 1][0]
            return part, notation.days_of(part.unit) or 0.0
    return None


def the_smaller_parts(claimed: Quantity, claim: Claim, notation: Grammar) -> float:
    """The length in days of the parts of smaller units of time that complete the claim's
    figure as one length ("46 seconds" of "13 minutes 46 seconds" for "13"); 0 for none."""
    for parts in lengths_of_time(claim.quantities, claim.text, claim.span.start, notation):
        if parts[0][0] is claimed:
            return sum(days for _, days in parts[1:])
    return 0.0


def a_time_between_two_clocks(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                              notation: Grammar) -> bool:
    """A length of hours and minutes worked out from two times of day of one source sentence
    ("a journey time of 13 hours and 35 minutes" for "depart at 21:40 and arrive at 11:15 the
    following morning"); a length written in two figures is read whole."""
    minutes = _minutes(claimed, notation)
    if minutes is None:
        return False
    figures = list(claim.quantities)
    at = figures.index(claimed)
    joined = [claimed]
    for other in figures[max(0, at - 1):at] + figures[at + 1:at + 2]:
        first, second = sorted((claimed, other), key=lambda figure: figure.span.start)
        if _minutes(other, notation) is not None and _AND.fullmatch(
                claim.text, first.span.end - claim.span.start, second.span.start - claim.span.start):
            joined.append(other)
    total = sum(_minutes(figure, notation) or 0 for figure in joined)
    # (a time of day the claim states too anchors the other anywhere in the source: "brought
    # the curfew forward by 90 minutes to 10pm" for "at 10pm" … "until 11.30pm")
    mine = set(_clocks(claim.text))
    for source in sources:
        # (each sentence alone; the whole text where the claim states one of the two times)
        stretches = [(sentence.text, False) for sentence in source.sentences]
        if mine:
            stretches.append((source.text, True))
        for stretch, anchored in stretches:
            if any((later - earlier) % _A_DAY == total
                   and (not anchored or earlier in mine or later in mine)
                   for earlier, later in permutations(_clocks(stretch), 2)):
                return True
    return False


def _clocks(text: str) -> list[int]:
    """The times of day ``text`` states, in minutes after midnight."""
    return [_clock_minutes(int(hour), int(minute or 0), half or bare)
            for hour, minute, half, bare in _CLOCK.findall(text)]


@lru_cache(maxsize=256)  # a source's, asked for each length of time its claims work out
def clock_time_differences(text: str) -> frozenset[float]:
    """The differences, in days, between the lengths of time ``text`` writes as on a clock
    ("won in 2:17:40", "a record of 2:16:12": 88 seconds): of two with hours, minutes and
    seconds, and of two of two parts, read as minutes and seconds ("29:48.2" and "29:55.9")
    or, with no tenths, as hours and minutes too ("35:48" and "36:10")."""
    by_parts: dict[bool, list[tuple[float, bool]]] = {True: [], False: []}
    for hours, minutes, seconds, tenths in _RACE_TIME.findall(text):
        fraction = float(f"0.{tenths}") if tenths else 0.0
        if seconds:
            by_parts[True].append(
                (int(hours) * 3600 + int(minutes) * 60 + int(seconds) + fraction, False))
        else:  # (the first part is minutes, or hours where no tenths say it is not)
            by_parts[False].append((int(hours) * 60 + int(minutes) + fraction, not tenths))
    differences: set[float] = set()
    for times in by_parts.values():
        for (one, either), (other, or_other) in combinations(times, 2):
            differences.add(abs(one - other) / _SECONDS_A_DAY)
            if either and or_other:
                differences.add(abs(one - other) / _A_DAY)
    differences.discard(0.0)
    return frozenset(differences)


_SECONDS_A_DAY = 24 * 60 * 60
# a length on a clock: "2:17:40", "35:48", "29:48.2" (not a ratio, a score or a part of a
# longer one)
_RACE_TIME = re.compile(
    r"(?<![\d:.])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:\.(\d{1,3}))?(?![\d:])")


def _minutes(figure: Quantity, notation: Grammar) -> int | None:
    """A length in hours or minutes, in minutes; None for any other figure."""
    days = notation.days_of(figure.unit)
    if days is None or days >= 1:
        return None
    minutes = figure.value * days * _A_DAY  # ("fifteen and a half hours": 930)
    return round(minutes) if math.isclose(minutes, round(minutes), abs_tol=1e-6) else None


def _clock_minutes(hour: int, minute: int, half: str) -> int:
    """Minutes after midnight of a time of day: "21:40", "7:40 pm"."""
    if half:
        hour = hour % 12 + (12 if half.lower().startswith("p") else 0)
    return hour % 24 * 60 + minute


_A_DAY = 24 * 60
# "21:40", "4:10 am", "7.40pm" with its half of the day (not a price: "12.50")
# (an hour alone only with its half of the day: "1am", "10 pm")
_CLOCK = re.compile(r"\b([01]?\d|2[0-3])(?:(?::|\.(?=[0-5]\d\s?[ap]\.?m\b))([0-5]\d)(?!\d)"
                    r"(?:\s?([ap])\.?m\b\.?)?|\s?([ap])\.?m\b\.?)", re.IGNORECASE)
_AND = re.compile(r"[\s-]*[a-z]*\s*,?\s*(?:and\s+)?")  # " hours and "


def an_age_a_source_gives(claimed: Quantity, sources: Sequence[SourceReading],
                          lex: LexiconLookup) -> bool:
    """An age a source gives after one of ``age_words``, alone or in a pair, in digits or
    words: "two- and three-year-olds" for "children aged two and three"."""
    given = lex.derived(_ages_given)
    return any(_age_value(age) == claimed.value for source in sources
               for found in given.finditer(source.text) for age in found.group("ages").split()
               if age.lower() not in _PAIRING)


def _ages_given(lex: LexiconLookup) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lex.alternation('age_words')})\s+(?P<ages>[\w-]+"
                      rf"(?:\s+(?:{'|'.join(_PAIRING)})\s+[\w-]+)?)", re.IGNORECASE)


_PAIRING = ("and", "or", "to")


def _age_value(written: str) -> float | None:
    return float(written) if written.isdigit() else parse_words(written.lower())


def an_age_of_two_dates(claimed: Quantity, sources: Sequence[SourceReading],
                        notation: Grammar) -> bool:
    """An age the claim works out from a birth and a later date of one source sentence ("died
    aged 77" for "(14 May 1921 – 2 November 1998)"): whole years between them."""
    for source in sources:
        for figures in by_sentence(source):
            dates = sorted(found for figure in figures if figure.kind is QuantityKind.DATE
                           and (found := _full_date(figure, notation)) is not None)
            if any(_whole_years(born, later) == claimed.value
                   for born, later in combinations(dates, 2)):
                return True
    return False


def _full_date(figure: Quantity, notation: Grammar) -> tuple[int, int, int] | None:
    """(year, month, day) of a date figure that gives all three ("14 May 1921")."""
    days = notation.days_in(figure.text)
    if len(days) != 1:
        return None
    (month, of_month), = days.items()
    return (int(figure.value), month, min(of_month)) if len(of_month) == 1 else None


def _whole_years(born: tuple[int, int, int], later: tuple[int, int, int]) -> int:
    return later[0] - born[0] - (later[1:] < born[1:])


def a_day_of_a_named_month(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                           notation: Grammar) -> bool:
    """An ordinal day in a claim that names its month elsewhere ("in September 2014, near
    Tulum on the 14th"), or a day of two its month follows or comes before ("on 7 and 8
    April", "April 7-9"), where a source names that day of that month ("on 14 September",
    "on Monday 7 April")."""
    value = claimed.value
    start, end = claimed.span.start - claim.span.start, claimed.span.end - claim.span.start
    if claimed.kind is not QuantityKind.COUNT or not value.is_integer() or not (
            1 <= value <= DAYS_A_MONTH):
        return False
    two_days = next((found for found in notation.day_of_month.finditer(claim.text)
                     if any(found.start(day) == start for day in _DAY_GROUPS if found[day])
                     and (found["last"] or found["last2"])), None)
    if two_days is not None:
        months = notation.months_in(two_days.group())
    elif is_ordinal(claimed.text, claim.text[end:end + 2]):
        months = notation.months_in(claim.text)
    else:
        return False
    return any(int(value) in source_dates(source.text, notation).days.get(month, ())
               for month in months for source in sources)


# the groups of ``Grammar.day_of_month`` that hold a day
_DAY_GROUPS = ("day", "last", "day2", "last2")


def days_between(claimed: Quantity, sources: Sequence[SourceReading],
                  notation: Grammar) -> bool:
    """A length of days or weeks worked out from two days of the source: from one it names
    to its dateline's ("since both failed on 30 October" under "LONDON, 18 November 2024 —"
    backs "for nearly three weeks"), or between two of one sentence ("from 3 March to 17
    March" backs "two weeks"); a length of months only between two of one sentence or of two
    in a row ("from May 1 through October 31" backs "six months", to half a month), or between
    two months one sentence names ("between January and June" backs "six months"). A day
    either way is allowed: a writer may count both ends."""
    days = notation.days_of(claimed.unit)
    months = days is not None and _A_MONTH[0] <= days <= _A_MONTH[1]
    if days is None or not (1 <= days <= DAYS_OF_A_WEEK * 2 or months):
        return False
    low, high = (bound * days for bound in bounds(claimed))
    if months:
        return any(low - _HALF_A_MONTH <= (end - day).days + 1 <= high + _HALF_A_MONTH
                   for source in sources for days_named in _by_sentence_and_pairs(source, notation)
                   for day, end in combinations(sorted(days_named), 2)) or any(
            low - _HALF_A_MONTH <= months_apart * days <= high + _HALF_A_MONTH
            for source in sources for months_apart in _months_spanned(source, notation))
    if high > _A_QUARTER:
        return False  # a longer time is said in months or years
    for source in sources:
        year = source.own_year or _A_LEAP_YEAR
        dated = _dates(notation.days_in(source.own_date), year) if source.own_date else []
        named = _dates(source_dates(source.text, notation).days, year)
        pairs = [(day, end) for day in named for end in dated]
        for sentence in source.sentences:
            found = _dates(notation.days_in(sentence.text), year)
            pairs += list(combinations(found, 2))
        # (across a new year too: "30 December" under a dateline of 5 January)
        if any(low - 1 <= apart <= high + 1 for day, end in pairs
               for apart in (abs((end - day).days), DAYS_A_YEAR - abs((end - day).days))):
            return True
    return False


def _months_spanned(source: SourceReading, notation: Grammar) -> Iterator[int]:
    """How many months two months one sentence of the source names in order span, both
    counted ("between January and June": six)."""
    for sentence in source.sentences:
        named = _months_named(sentence.text, notation)
        yield from ((later - earlier) % 12 + 1 for earlier, later in combinations(named, 2))


def _months_named(text: str, notation: Grammar) -> list[int]:
    """The months ``text`` names by name, in order ("June" of "began on 1 June")."""
    return [month for found in notation.month_of_date.finditer(text)
            if found["name"] for month in notation.months_of(found)]


def _by_sentence_and_pairs(source: SourceReading, notation: Grammar) -> Iterator[list[date]]:
    """The days each sentence of the source names, then those of each two in a row ("The
    first case was confirmed on 14 February. … declared the outbreak over on 2 August")."""
    year = source.own_year or _A_LEAP_YEAR
    named = [_dates(notation.days_in(sentence.text), year) for sentence in source.sentences]
    yield from named
    yield from (one + other for one, other in pairwise(named) if one and other)


_A_LEAP_YEAR = 2024  # a date's year where the source gives none: any 29 February is one
_A_MONTH = (28, 31)  # days of a month as a unit of time
_HALF_A_MONTH = 15  # days
_A_QUARTER = 92  # days


def _dates(days: dict[int, frozenset[int]], year: int) -> list[date]:
    """The days named (month -> its days) as dates of ``year``, leaving out impossible ones."""
    found = []
    for month, numbers in days.items():
        for number in numbers:
            with suppress(ValueError):
                found.append(date(year, month, number))
    return found


def years_between(claimed: Quantity, claim: Claim, after: str,
                   sources: Sequence[SourceReading], notation: Grammar,
                   lex: LexiconLookup) -> bool:
    """A length of years worked out from two years: of one source sentence ("from 1702 until
    1923" backs "for 221 years"), from one the source names to the year of its dateline ("a
    rate unchanged since 2018" under "LONDON, 11 November 2024 —" backs "frozen for some six
    years"), or from one the claim states to any the source names ("in 1921, four years
    before" the source's 1925; the claim's own years are checked on their own), or from years
    of two sentences about what the claim is about (two content words of the claim each:
    "spent 16 years as a professional" for "turned professional in 2006" … "retired from the
    professional tour in 2022"). Months are not known, so a difference of six years backs a
    length between five and seven."""
    days = notation.days_of(claimed.unit)
    if days is None or days < DAYS_A_YEAR - 1 or is_ordinal(claimed.text, after):
        return False
    low, high = (bound * days / DAYS_A_YEAR for bound in bounds(claimed))

    def spanned(firsts: Iterable[int], lasts: Iterable[int]) -> bool:
        return any(low < last - first + 1 and last - first - 1 < high
                   for first in firsts for last in lasts if last > first)

    stated = set(_years_of(claim.quantities))
    words = content_words(claim.text, lex)
    for source in sources:
        named: set[int] = set()
        about: set[int] = set()  # years of sentences about what the claim is about
        for at, figures in enumerate(by_sentence(source)):
            years = sorted(set(_years_of(figures)))
            named.update(years)
            ends = [*years, source.own_year] if source.own_year is not None else years
            if spanned(years, ends):
                return True
            if len(source.sentences[at].words & words) >= _ABOUT_THE_CLAIM:
                about.update(years)
        if stated and (spanned(stated, named | stated) or spanned(named, stated)):
            return True
        if spanned(about, about):
            return True
    return False


_ABOUT_THE_CLAIM = 2  # content words a source sentence shares with the claim


def a_year_a_length_on(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
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
        if not date_stated(claimed, source, notation):
            continue  # (the month of "April 2027" must be the source's too)
        years = set(_years_of(source.in_order))
        given = {int(figure.value) for figure in source.in_order
                 if figure.value.is_integer() and int(figure.value) in lengths
                 and (notation.days_of(figure.unit) or 0) >= DAYS_A_YEAR - 1}
        if any(year - length in years or year + length in years for length in given):
            return True
    return False


MOST_YEARS_ON = 100


def a_year_of_a_source_length(claimed: Quantity, sources: Sequence[SourceReading],
                              notation: Grammar) -> bool:
    """A year the claim works out from a year and a length of whole years of one source
    sentence ("until 1998" for "After retiring in 1977 he became a commentator, remaining in
    the role for 21 years")."""
    if claimed.kind is not QuantityKind.YEAR:
        return False
    year = int(claimed.value)
    for source in sources:
        for figures in by_sentence(source):
            years = set(_years_of(figures))
            lengths = {int(figure.value) for figure in figures if figure.value.is_integer()
                       and 0 < figure.value < MOST_YEARS_ON
                       and notation.days_of(figure.unit) == notation.days_of("years")}
            if any(year - length in years or year + length in years for length in lengths):
                return True
    return False


def the_year_before_one(year: int, sources: Sequence[SourceReading], notation: Grammar
                         ) -> bool:
    """Whether a source sentence names the year after ``year`` and "the year before" it."""
    for source in sources:
        for at, figures in enumerate(by_sentence(source)):
            if year + 1 in _years_of(figures) and notation.year_before.search(
                    source.sentences[at].text):
                return True
    return False


def the_year_after_one(year: int, sources: Sequence[SourceReading], notation: Grammar
                       ) -> bool:
    """Whether a source sentence names the year before ``year`` and "the following year"."""
    for source in sources:
        for at, figures in enumerate(by_sentence(source)):
            if year - 1 in _years_of(figures) and notation.year_after.search(
                    source.sentences[at].text):
                return True
    return False


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
class SourceDates:
    """What a source names of the calendar, read once per source: its months, its days by
    month, and whether it dates anything by its own date ("on Tuesday", "yesterday")."""

    months: frozenset[int]
    days: dict[int, frozenset[int]]
    relative: bool


@lru_cache(maxsize=256)
def source_dates(text: str, notation: Grammar) -> SourceDates:
    """What a source's text names of the calendar (read only for claims that name a month or
    a day: few do)."""
    return SourceDates(months=notation.months_in(text), days=notation.days_in(text),
                        relative=any(not _dated_weekday(text, found, notation)
                                     for found in notation.relative_days.finditer(text)))


def _dated_weekday(text: str, found: re.Match[str], notation: Grammar) -> bool:
    """Whether the relative day ``found`` is a weekday with its date beside it ("from
    Monday, Aug. 19"): it dates nothing by the text's own date."""
    after = text[found.end():found.end() + _DATE_CHARS].lstrip(" ,")
    return notation.weekday.fullmatch(found.group()) is not None and (
        notation.day_of_month.match(after) is not None)


_DATE_CHARS = 16  # ", Aug. 19", " 19 August"


def date_stated(claimed: Quantity, source: SourceReading, notation: Grammar) -> bool:
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
    if not notation.months_of(written) & source_dates(source.text, notation).months:
        return False
    full = _full_date(claimed, notation)
    if full is not None:
        # (a day and month the source gives in full with other years only: "dismissed on 3
        # March 2023" does not back "3 March 2022")
        years = {theirs[0] for figure in source.in_order if figure.kind is QuantityKind.DATE
                 and (theirs := _full_date(figure, notation)) is not None
                 and theirs[1:] == full[1:]}
        if years and full[0] not in years:
            return False
    return days_stated(notation.days_in(claimed.text), source, notation)


def days_stated(claimed_days: dict[int, frozenset[int]], source: SourceReading,
                 notation: Grammar) -> bool:
    """Whether the source backs a day of a month the claim names (month -> its days): see
    ``date_stated``."""
    if not claimed_days:
        return True
    read = source_dates(source.text, notation)
    stated = read.days
    near = DAYS_OF_A_WEEK if read.relative else 0
    named_days = frozenset().union(*stated.values())
    return any(any(abs(day - other) <= near for day in days for other in stated[month])
               if month in stated else not days & named_days
               for month, days in claimed_days.items())


def days_without_a_year(claim: Claim, sources: Sequence[SourceReading], notation: Grammar,
                        lex: LexiconLookup | None = None) -> Iterator[re.Match[str]]:
    """Each day of a month that a cited claim names without a year ("on 14 December", not a
    figure of its own), that no cited source backs: a month none names, or a day that none
    names of it (``days_stated``); with ``lex``, also one whose words a source says before
    another day only (``_another_day_in_its_words``)."""
    if not notation.names_a_month(claim.text):
        return  # nearly every claim
    figures = [(figure.span.start - claim.span.start, figure.span.end - claim.span.start)
               for figure in claim.quantities if figure.kind in DATING]
    for found in notation.day_of_month.finditer(claim.text):
        if any(start < found.end() and found.start() < end for start, end in figures):
            continue  # a date with its year: checked as a figure
        days = notation.days_in(found.group())
        if not any(set(days) & source_dates(source.text, notation).months
                   and days_stated(days, source, notation) for source in sources) or (
                lex is not None and _another_day_in_its_words(
                    claim.text, found.start(), days, sources, notation, lex)):
            yield found


# How many words before a day of a month the claim's words are, and how many content words
# among them: "must leave their homes by" (fewer, and "on" or "due on" find any date)
DAY_WORDS = 4
DAY_CONTENT = 2
_LAST_CLAUSE = re.compile(r"[^,;:.!?()]*$")


def _another_day_in_its_words(text: str, start: int, days: dict[int, frozenset[int]],
                              sources: Sequence[SourceReading], notation: Grammar,
                              lex: LexiconLookup) -> bool:
    """Whether the claim's words right before its day of a month stand in a source before
    another day, and never before the claim's ("must leave their homes by 28 February" where
    the source has "… by 31 January" and names February only as another's month)."""
    others = [notation.days_in(day.group())
              for day in _dates_after_its_words(text, start, notation.day_of_month, sources, lex)]
    return bool(others) and all(other != days for other in others)


def _another_month_in_its_words(text: str, found: re.Match[str], sources: Sequence[SourceReading],
                                notation: Grammar, lex: LexiconLookup) -> bool:
    """Whether the claim's words right before a month it names stand in a source before
    another month, and never before the claim's ("announced in October that it needed to
    save" where the source has "announced in September that …")."""
    months = notation.months_of(found)
    others = [notation.months_of(month) for month in _dates_after_its_words(
        text, found.start(), notation.month_of_date, sources, lex) if month.group("name")]
    return bool(others) and all(not other & months for other in others)


def _dates_after_its_words(text: str, start: int, date: re.Pattern[str],
                           sources: Sequence[SourceReading], lex: LexiconLookup
                           ) -> list[re.Match[str]]:
    """The dates (matches of ``date``) that stand in the sources right after the claim's
    ``DAY_WORDS`` words before ``start``, in its clause, where ``DAY_CONTENT`` of them are
    content words."""
    clause = _LAST_CLAUSE.search(text, max(0, start - 120), start)
    words = re.findall(r"[\w'’-]+", clause.group() if clause else "")[-DAY_WORDS:]
    if len(words) < DAY_WORDS or len(content_words(" ".join(words), lex)) < DAY_CONTENT:
        return []
    said = re.compile(r"(?<![\w'’-])" + r"\W+".join(map(re.escape, words)) + r"\s+",
                      re.IGNORECASE)
    return [day for source in sources for found in said.finditer(source.text)
            if (day := date.match(source.text, found.end())) is not None]


def another_age(claim: Claim, figure: Quantity, sources: Sequence[SourceReading],
                 lex: LexiconLookup) -> str | None:
    """The person, as the claim names them, whose age the claim gives ("Lee Fairbrother,
    32,") where its sources never give them that age but another ("Fairbrother, 39, … his
    partner, Danielle Sykes, 32": the figure is in the source, of someone else); else None."""
    start = figure.span.start - claim.span.start
    if not is_age(claim.text, figure, start, lex):
        return None
    named = _NAME_BEFORE_AN_AGE.search(claim.text, 0, start) or _NAME_AFTER_AN_AGE.match(
        claim.text, figure.span.end - claim.span.start)
    if named is None or _a_verb_between(named, lex):
        return None
    surname = re.escape(named.group("surname"))
    given = re.compile(rf"\b{surname}\s?,\s?(?P<age>\d{{1,3}})\s?[,.;)]"
                       rf"|\b(?P<told>[\w]+)-year-old\s+(?:[a-z][\w-]*\s+){{0,3}}{surname}\b",
                       re.IGNORECASE)
    first = named.groupdict().get("first")
    # (not a relative's: "her older brother, Josh Brackett, 23" for "Ellie Brackett, 19")
    ages = {_age_of(found) for source in sources for found in given.finditer(source.text)
            if not _another_first_name(source.text, found, first)}
    ages.discard(None)
    return named.group("surname") if ages and int(figure.value) not in ages else None


def _another_first_name(text: str, found: re.Match[str], first: str | None) -> bool:
    """Whether a source's age pattern gives the surname after another capitalized first name
    than the claim's."""
    if first is None or found.group("age") is None:
        return False
    before = text[max(0, found.start() - _FIRST_NAME_CHARS):found.start()].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].lower() != first.lower()


_FIRST_NAME_CHARS = 30


def _age_of(found: re.Match[str]) -> int | None:
    """The age an age pattern found, in digits or words ("39", "nine-year-old")."""
    if found.group("age"):
        return int(found.group("age"))
    value = parse_words(found.group("told").lower()) if not found.group("told").isdigit() else (
        float(found.group("told")))
    return int(value) if value is not None else None


# The surname right before an age between commas: "Lee Fairbrother, 32" ("lee fairbrother ,
# 32" tokenized)
_NAME_BEFORE_AN_AGE = re.compile(
    r"\b(?:(?P<first>[A-Za-z][\w'’-]+)\s+)?(?P<surname>[A-Za-z][\w'’-]+)\s?,\s?$")
# The name after an age and its words: "seven-year-old first-time mother Kirana"
_NAME_AFTER_AN_AGE = re.compile(
    r"-year-old\s+(?:[a-z][\w-]*\s+){0,3}(?:(?P<first>[A-Z][\w'’-]+)\s+)?"
    r"(?P<surname>[A-Z][\w'’-]+)\b")


def _a_verb_between(named: re.Match[str], lex: LexiconLookup) -> bool:
    """Whether a verb stands between an age and the name after it: "the 47-year-old defeated
    councillor Glen Pratt", "the 29-year-old replaces Karl Dunn" are not Pratt's and Dunn's
    ages. A verb is one of the lexicon's (outcomes, contests, speech, auxiliaries) or a word
    in -s or -ed that is no person's noun ("striker", "former" describe the name)."""
    if named.re is not _NAME_AFTER_AN_AGE:
        return False
    verbs = (lex.words("outcomes_for") | lex.words("outcomes_against")
             | lex.words("winning_verbs") | lex.words("quote_verbs")
             | lex.words("negated_auxiliaries"))
    described = lex.words("person_nouns") | grammar(lex).function_words
    return any(word in verbs or (_INFLECTED.search(word) is not None and word not in described)
               for word in named.group().lower().split()[1:])


# A verb's ending: "replaces", "defeated" (not "boss", "business")
_INFLECTED = re.compile(r"(?:[^s]s|ed)$")


def a_day_parted_from_its_month(text: str, claim: Claim, figure: Quantity, notation: Grammar
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


def weekdays_not_named(claim: Claim, sources: Sequence[SourceReading], notation: Grammar
                        ) -> Iterator[re.Match[str]]:
    """Each day of the week a cited claim names ("on Friday night") that none of its cited
    sources names, where none dates by its own date either (``_anchors_a_weekday``)."""
    for found in notation.weekday.finditer(claim.text):
        day = found.group("day").lower()
        if not _a_names_word(claim.text, found.start()) and not any(
                _anchors_a_weekday(source.text, day, notation) for source in sources):
            yield found


def months_not_named(claim: Claim, sources: Sequence[SourceReading], notation: Grammar,
                     lex: LexiconLookup | None = None) -> Iterator[re.Match[str]]:
    """Each month a cited claim names on its own ("prices fell 3.1% in September"; one of a
    date is checked with the date) that none of its cited sources names, where they name
    other months and none dates by its own date ("last month"); with ``lex``, also one whose
    words a source says before another month only (``_another_month_in_its_words``)."""
    if not notation.names_a_month(claim.text):
        return
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
        named = [source_dates(source.text, notation).months for source in sources]
        if any(months & theirs for theirs in named) or not any(named) or any(
                months & _months_a_length_reaches(source, notation) for source in sources):
            continue  # (a month a length reaches: "until the end of August" for "began on 1
            # June and will run for three months")
        if not any(notation.relative_months.search(source.text) for source in sources) or (
                lex is not None and _another_month_in_its_words(
                    claim.text, found, sources, notation, lex)):
            yield found


def _months_a_length_reaches(source: SourceReading, notation: Grammar) -> frozenset[int]:
    """The months a source's sentence reaches from a month it names by a length of whole months
    it gives: the last month of the length and the one after ("The trial began on 1 June and
    will run for three months": August, September). Read only for a month no source names
    (few claims name one)."""
    reached: set[int] = set()
    for sentence, figures in zip(source.sentences, by_sentence(source), strict=True):
        starts = _months_named(sentence.text, notation)
        for figure in figures if starts else ():
            days = notation.days_of(figure.unit)
            if days is None or not _A_MONTH[0] <= days <= _A_MONTH[1] or not (
                    figure.value.is_integer() and 1 <= figure.value <= 12):
                continue
            length = int(figure.value)
            reached.update((start - 1 + length - 1 + step) % 12 + 1
                           for start in starts for step in (0, 1))
    return frozenset(reached)


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
