"""Whether a claim's cited sources back one of its figures, in any notation a careful reader
accepts: as written (``figures.supporting``), in another unit or notation
(factcheck.support.conversions), as a date or a length of time (factcheck.support.dates), or
worked out of the sources' figures (factcheck.support.worked_out).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from factcheck.extract.grammar import Grammar
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.quantities import is_age
from factcheck.models import Claim, Quantity, QuantityKind
from factcheck.sources import SourceReading
from factcheck.support.conversions import (
    a_count_by_its_noun,
    a_fraction_said_alone,
    a_range_of_two_figures,
    a_share_as_a_fraction,
    a_share_as_two_figures,
    a_side_of_a_share,
    an_area_of_two_sides,
    as_a_multiple,
    fraction_in_words,
    in_other_units,
    in_the_other_scale,
    one_of_a_currency,
)
from factcheck.support.dates import (
    a_day_of_a_named_month,
    a_time_between_two_clocks,
    a_year_a_length_on,
    a_year_of_a_source_length,
    an_age_a_source_gives,
    an_age_of_two_dates,
    date_stated,
    days_between,
    same_time,
    the_year_after_one,
    the_year_before_one,
    years_between,
)
from factcheck.support.figures import backing_families, in_the_currency, supporting
from factcheck.support.margins import the_other_side_of_a_margin
from factcheck.support.shares import (
    a_part_of_a_stated_whole,
    a_share_a_source_writes,
    a_share_of_a_stated_whole,
    a_share_of_named_sides,
    a_share_of_two,
    a_whole_and_its_part,
    a_whole_of_a_part,
    one_for_every,
    the_other_share,
    the_rest,
)
from factcheck.support.worked_out import (
    a_change_between_two,
    a_count_of_a_list,
    a_count_of_its_own_list,
    a_difference,
    a_difference_of_ages,
    a_fraction_of_a_figure,
    a_rate_and_a_count,
    a_rate_per_another_period,
    a_start_of_a_stated_change,
    a_sum_of_as_many,
    a_sum_of_two_named,
    a_sum_the_source_joins,
    digits_of_an_amount,
    the_others_of_a_count,
    worked_out,
    worked_out_in_the_claim,
    worked_out_of_two,
)


def supported(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
              notation: Grammar, lex: LexiconLookup) -> bool:
    """Whether any of ``sources`` backs the claim's figure ``claimed``: as written, or, for a
    count of a currency's parts ("25 cents"), as an amount of the currency, or where one side
    read "N in M" as a share and the other as two figures."""
    if _supported_as_written(claimed, claim, sources, notation, lex):
        return True
    money = in_the_currency(claimed, claim, lex)
    if money is not None and _supported_as_written(money, claim, sources, notation, lex):
        return True
    return (a_share_as_two_figures(claimed, sources) or a_side_of_a_share(claimed, sources)
            or a_range_of_two_figures(claimed, sources))


def _supported_as_written(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                          notation: Grammar, lex: LexiconLookup) -> bool:
    families = backing_families(claimed, notation)
    measure = notation.measure_at(claim.text, claimed.span.end - claim.span.start)
    per = notation.per_at(claim.text, claimed.span.end - claim.span.start)
    # each source's figures of the claim's value, with what each is a rate per
    stated = [(source, [(figure, notation.per_at(source.text, figure.span.end))
                        for figure in supporting(claimed, source, families, notation)])
              for source in sources]
    if any(any(_in_the_same_unit(figure, source, measure, notation)
               and _per_the_same(per, theirs) for figure, theirs in found)
           and date_stated(claimed, source, notation) for source, found in stated):
        return True
    if is_age(claim.text, claimed, claimed.span.start - claim.span.start, lex):
        # someone's age is stated (or given after "aged"), never worked out of other figures
        # but a birth date and a later one
        return an_age_a_source_gives(claimed, sources, lex) or an_age_of_two_dates(
            claimed, sources, notation)
    if per is not None and any(not _per_the_same(per, theirs)
                               for _, found in stated for _, theirs in found):
        # "¥3,000 per person per week" where the source has "per night": the same rate per
        # another period is a misstated rate, not a figure worked out of others
        return False
    after = claim.text[claimed.span.end - claim.span.start:][:4]
    if claimed.kind is QuantityKind.YEAR and any(
            int(claimed.value) in source.relative_years for source in sources):
        return True  # "in 2023" for the "last year" of a source dated 2024
    if claimed.kind is QuantityKind.YEAR and the_year_before_one(
            int(claimed.value), sources, notation):
        return True  # "in 2022" for "212 in 2023, up from 164 the year before"
    if claimed.kind is QuantityKind.YEAR and the_year_after_one(
            int(claimed.value), sources, notation):
        return True  # "in 1962" for "withdrawn in 1961 and sold for scrap the following year"
    return (same_time(claimed, claim, after, sources, notation)
            or years_between(claimed, claim, after, sources, notation, lex)
            or days_between(claimed, sources, notation)
            or a_time_between_two_clocks(claimed, claim, sources, notation)
            or a_day_of_a_named_month(claimed, claim, sources, notation)
            or digits_of_an_amount(claimed, sources, notation)
            or worked_out(claimed, sources)
            or fraction_in_words(claimed, sources, notation)
            or a_fraction_said_alone(claimed, sources, notation, lex)
            or a_share_as_a_fraction(claimed, sources)
            or a_count_by_its_noun(claimed, sources, lex)
            or one_of_a_currency(claimed, sources, lex)
            or in_other_units(claimed, claim, sources, notation)
            or an_area_of_two_sides(claimed, claim, sources, notation)
            or as_a_multiple(claimed, sources)
            or in_the_other_scale(claimed, claim, sources, notation)
            or a_difference(claimed, claim, sources, notation, lex)
            or worked_out_of_two(claimed, claim, sources, notation, lex)
            or a_sum_of_two_named(claimed, claim, sources, notation, lex)
            or a_difference_of_ages(claimed, claim, sources, notation, lex)
            or the_other_side_of_a_margin(claimed, sources, lex)
            or a_sum_of_as_many(claimed, claim, sources, notation)
            or a_share_of_two(claimed, claim, sources, lex)
            or a_share_a_source_writes(claimed, sources, lex)
            or a_share_of_a_stated_whole(claimed, claim, sources, notation, lex)
            or a_share_of_named_sides(claimed, claim, sources, notation, lex)
            or a_part_of_a_stated_whole(claimed, claim, sources, notation, lex)
            or a_whole_of_a_part(claimed, claim, sources, notation)
            or a_whole_and_its_part(claimed, claim, sources, notation)
            or a_fraction_of_a_figure(claimed, claim, sources, notation)
            or a_rate_and_a_count(claimed, claim, sources, notation)
            or the_rest(claimed, claim, sources, notation, lex)
            or the_other_share(claimed, claim, sources, lex)
            or one_for_every(claimed, claim, sources, lex)
            or a_rate_per_another_period(claimed, claim, sources, notation)
            or a_year_a_length_on(claimed, claim, sources, notation)
            or a_year_of_a_source_length(claimed, sources, notation)
            or a_count_of_a_list(claimed, claim, sources, notation)
            or a_change_between_two(claimed, claim, sources, notation, lex)
            or a_start_of_a_stated_change(claimed, claim, sources, notation, lex)
            or worked_out_in_the_claim(claimed, claim, sources, notation, lex)
            or a_count_of_its_own_list(claimed, claim)
            or the_others_of_a_count(claimed, claim, sources, lex)
            or a_sum_the_source_joins(claimed, sources, notation, lex))


def _in_the_same_unit(figure: Quantity, source: SourceReading,
                      measure: tuple[str, float] | None, notation: Grammar) -> bool:
    """Whether a source's figure of the claim's value is a measurement in the claim's unit, or
    a bare number: "64 centimetres" does not back "64 millimetres", nor do "double" and "2
    radar sites" back "2 millimetres"."""
    if measure is None:
        return True
    theirs = notation.measure_at(source.text, figure.span.end)
    if theirs is None:
        # (a number before a capitalized word counts it, though its unit reads as none: "two
        # Irish Draught mares")
        return figure.kind is not QuantityKind.RATIO and figure.unit is None and (
            not _CAPITALIZED_AFTER.match(source.text, figure.span.end))
    return theirs[0] == measure[0] and math.isclose(theirs[1], measure[1])


_CAPITALIZED_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _per_the_same(mine: tuple[str, float] | None, theirs: tuple[str, float] | None) -> bool:
    """Whether two rates are per the same thing: "£60m a month" is not "£60m a year", nor
    "$3,900 a kilogram" "$3,900 a tonne"; a figure that is no rate on one side is taken as the
    other's."""
    return mine is None or theirs is None or mine[0] != theirs[0] or math.isclose(
        mine[1], theirs[1])
