"""Figures a writer works out of a source's figures: a difference, a sum, a rate times a count
or per another period, a count of listed names, a change between two levels or its start,
and figures worked out of others in the claim itself; and a multiple said with a verb that
the source's levels or its own verb say otherwise (``ratio_stated_otherwise``). Shares and
parts of a whole are factcheck.support.shares'.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from itertools import combinations, pairwise, permutations

from factcheck.extract.alignment import content_words
from factcheck.extract.grammar import PER_PERIOD, Grammar, grammar
from factcheck.extract.inflection import singular
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.numbers import WORD_NUMBER, is_ordinal, parse_digits
from factcheck.extract.quantities import change_direction, is_age
from factcheck.models import Claim, Quantity, QuantityKind
from factcheck.sources import SourceReading, family, lengths_of_time
from factcheck.support.dates import clock_time_differences, the_larger_part, the_smaller_parts
from factcheck.support.figures import (
    DATING,
    ENDPOINT,
    bounds,
    by_sentence,
    one_currency,
    rounding,
    states,
    supports,
)


def worked_out(claimed: Quantity, sources: Sequence[SourceReading]) -> bool:
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
    return any(states(source, start) and states(source, end) for source in sources)


SMALL_COUNT = 10
# The least figure a small count said to differ from it is read against: 181 is 187 less six
# by chance far less often than 12 is 18 less six (94 points, "three clear" of 91, is read).
SMALL_COUNT_OF = 50


def a_difference(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
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
    development data through. A small count is read where the claim says it is a difference
    of a figure of at least ``SMALL_COUNT_OF`` it states ("187 points, six more than the
    runner-up": the source's 181). Where no words say the figure was worked out, only its
    rounding widens it, not its hedge: "around 380 volunteers" is no difference of 2,500 and
    "about 2,100", which the hedge's width had let through."""
    if claimed.kind in (QuantityKind.PERCENT_CHANGE, QuantityKind.YEAR, QuantityKind.DATE) or (
            notation.days_of(claimed.unit) is not None):
        return False  # a relative change is worked_out's; a year is no difference
    how = _how_worked_out(claim, claimed, lex)
    small = claimed.kind is QuantityKind.COUNT and claimed.value < SMALL_COUNT and (
        claimed.value.is_integer()) and (claimed.unit or "").lower() not in notation.measures
    if small and how != "difference":
        return False
    low, high = backed_between(claimed) if how is not None else _rounded_between(claimed)
    summed = how == "sum"
    measure = notation.measure_at(claim.text, claimed.span.end - claim.span.start)
    for other in claim.quantities:
        if other is claimed or (small and other.value < SMALL_COUNT_OF) or not _alike(
                other, claim.text, claimed, measure, notation, claim.span.start,
                bare=False) or not any(
                states(source, other.value) for source in sources):
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
            if summed or _by_then_to(claim, other, claimed) or _reached(claim, claimed, lex):
                ranges.append((low - other.value, high - other.value, False))
        for source in sources:
            for found in source.figures.values():
                if any(_alike(figure, source.text, claimed, measure, notation)
                       and one_currency(claimed, figure, notation)
                       and (not a_change or _a_change_size(source.text, figure, lex))
                       for start, end, a_change in ranges for figure in found.between(start, end)
                       if figure.value > 0):
                    return True
                # the claim's figure is the other, a plan, overrun (or underrun) by what the
                # source says: "£7.3m against a budget of £5.4m" for "£1.9 million over budget"
                way = 1 if claimed.value > other.value else -1
                if any(_against_a_plan(source.text, figure, way, lex) and _alike(
                        figure, source.text, claimed, measure, notation)
                       for figure in found.between(*sorted((abs(low - other.value),
                                                            abs(high - other.value))))):
                    return True
    return False


def _against_a_plan(text: str, figure: Quantity, way: int, lex: LexiconLookup) -> bool:
    """Whether ``text`` states the figure as a difference from a plan, over it (``way`` 1) or
    under it (-1): ``plan_comparisons_after``, "£1.9 million over budget"."""
    return lex.derived(_plan_after).match(text, figure.span.end) is not None and (
        change_direction(text, figure.span.start, figure.span.end, lex) == way)


def _plan_after(lex: LexiconLookup) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{lex.alternation('plan_comparisons_after')})\b", re.IGNORECASE)


def _plan_named_after(lex: LexiconLookup) -> re.Pattern[str]:
    """After a claim's figure (and its unit), ``_plan_after``'s comparison with up to three
    words inside it: "€66m over its initial budget", "2% below the government's target"."""
    phrases = [r"\s+(?:[\w'’-]+\s+){0,3}?".join(map(re.escape, phrase.split()))
               for phrase in lex.words("plan_comparisons_after")]
    return re.compile(rf"[\s-]*(?:[a-z]+\s+)?(?:{'|'.join(phrases)})\b", re.IGNORECASE)


def a_fraction_of_a_figure(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                            notation: Grammar) -> bool:
    """A part the claim works out from a figure and a fraction of one source sentence: "each
    paying 600,000" of a cost of 1.2 million for "each paid half the cost of 1.2 million",
    where the claim states the figure too, or where the source's fraction is of a figure
    before it ("1,800 researchers …, roughly half of them"); or a figure shared out in equal parts ("10 places
    each" for "30 places divided equally among the three countries")."""
    if family(claimed.kind) != "amount" or claimed.kind in DATING:
        return False
    low, high = backed_between(claimed)
    stated = [other.value for other in claim.quantities if other is not claimed]
    for source in sources:
        # the whole the claim states may stand in another sentence of the source ("a £420,000
        # restoration … Around a third of the cost came from a bequest")
        wholes = [figure for figure in source.in_order if figure.kind not in DATING
                  and family(figure.kind) == "amount" and figure.value > 0
                  and any(math.isclose(value, figure.value, rel_tol=ENDPOINT)
                          for value in stated)]
        for at, figures in enumerate(by_sentence(source)):
            text = source.sentences[at].text
            amounts = [figure for figure in figures if figure.kind not in DATING
                       and family(figure.kind) == "amount" and figure.value > 0]
            parts = [notation.fractions[" ".join(found.group().lower().split())]
                     for found in notation.fraction_word.finditer(text)]
            parts += [figure.value for figure in figures
                      if figure.kind is QuantityKind.RATIO and 0 < figure.value < 1]
            if any(low <= part * whole.value <= high for part in parts for whole in wholes):
                return True
            # "Around 1,800 researchers …, roughly half of them tracing family history" (900)
            if any(low <= ratio.value * whole.value <= high
                   for ratio in figures if ratio.kind is QuantityKind.RATIO
                   and 0 < ratio.value < 1 and _OF_THEM.match(source.text, ratio.span.end)
                   for whole in amounts if whole.span.end <= ratio.span.start):
                return True
            if notation.equal_split.search(text) and any(
                    low <= whole.value / count.value <= high
                    for whole in amounts for count in amounts
                    if count is not whole and count.kind is QuantityKind.COUNT
                    and count.value.is_integer() and 2 <= count.value < whole.value):
                return True
    return False


# after a fraction of a figure before it: "half of them", "a third of which"
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\b", re.IGNORECASE)


def a_rate_and_a_count(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                        notation: Grammar) -> bool:
    """A total the claim works out as a rate times a count of one source sentence ("£14.7m"
    for "£420,000 a year … over its 35-year life", "£2.5m" for "ten teams each paid £250,000"),
    or a rate it works out as a total of one source sentence shared by a count of that
    sentence or its own ("roughly £103m a vessel" for "a £412m contract to build four
    vessels", "a combined 9 megawatts" for "six turbines, each rated at 1.5 megawatts").
    Counts are whole, from 2; the rate and the total are of the claim's currency. Not a small
    count of things (a measurement may be small)."""
    end = claimed.span.end - claim.span.start
    if family(claimed.kind) != "amount" or claimed.kind in DATING or (
            claimed.kind is QuantityKind.COUNT and claimed.value < SMALL_COUNT
            and claimed.value.is_integer() and notation.measure_at(claim.text, end) is None):
        return False
    low, high = backed_between(claimed)
    a_rate = notation.rate_after.match(claim.text, end) is not None or (
        notation.average_before.search(claim.text, 0, claimed.span.start - claim.span.start)
        is not None)  # "averaging nearly 60 hours": a total shared by a count
    own_counts = [other for other in claim.quantities if other is not claimed and _a_count(other)]
    for source in sources:
        sentences = by_sentence(source)
        if a_rate:
            # a total and its count may stand in two sentences in a row: "48,000 cedis per
            # tonne. A tonne is made up of 16 bags" (3,000 cedis a bag)
            sentences = [*sentences, *(one + other for one, other in pairwise(sentences))]
        for at, figures in enumerate(sentences):
            counts = [figure for figure in figures if _a_count(figure)
                      or _how_often(figure, source.text, notation)]
            amounts = [figure for figure in figures if figure.kind not in DATING
                       and family(figure.kind) == "amount" and figure.value > 0
                       and one_currency(claimed, figure, notation)
                       and figure.kind is claimed.kind]
            if a_rate and any(low <= whole.value / count.value <= high
                              for whole in amounts for count in [*counts, *own_counts]
                              if count is not whole):
                return True
            # "four times a week using 180-seat aircraft" for "about 720 seats each way weekly"
            if any(low <= often.value * count.value <= high
                   for often in figures if _how_often(often, source.text, notation)
                   and notation.rate_after.match(source.text, often.span.end)
                   for count in counts if count is not often):
                return True
            if a_rate:
                continue
            text = source.sentences[at].text
            every = notation.distributive.search(text) is not None
            rates = [figure for figure in amounts
                     if every or notation.rate_after.match(source.text, figure.span.end)]
            if every:
                # "Each received … 20 tablets": each of a count of a sentence or two before
                # ("connect 1,450 rural schools"), or of the claim's ("Seven miners died …
                # Rs 1.75 crore in all" for "Rs 25 lakh for the family of each")
                counts += [figure for earlier in sentences[max(0, at - _EACH_REACH):at]
                           for figure in earlier if _a_count(figure)] + own_counts
            if any(low <= rate.value * count.value <= high
                   for rate in rates for count in counts if count is not rate):
                return True
            # "thinned by an average of 0.9 metres a year between 2003 and 2019": a yearly
            # rate over the years its sentence spans (for "roughly 14 metres")
            yearly = [rate for rate in rates if notation.per_at(source.text, rate.span.end) == (
                PER_PERIOD, notation.days_of("year"))]
            years = sorted({int(figure.value) for figure in figures
                            if figure.kind is QuantityKind.YEAR}) if yearly else []
            if any(low <= rate.value * (last - first) <= high for rate in yearly
                   for first, last in combinations(years, 2)):
                return True
    return False


_EACH_REACH = 2  # sentences before one with "each" whose counts it may mean


def a_rate_per_another_period(claimed: Quantity, claim: Claim,
                               sources: Sequence[SourceReading], notation: Grammar) -> bool:
    """A rate the claim restates per another period: "roughly £73,000 a year" for "£1,400 a
    week" (52 weeks and a day), "about 1,000 a week" for "4,300 a month"."""
    if family(claimed.kind) != "amount" or claimed.kind in DATING:
        return False
    per = notation.per_at(claim.text, claimed.span.end - claim.span.start)
    if per is None or per[0] != PER_PERIOD:
        return False
    low, high = backed_between(claimed)
    for source in sources:
        for figure in source.in_order:
            if figure.kind is not claimed.kind or not one_currency(claimed, figure, notation):
                continue
            theirs = notation.per_at(source.text, figure.span.end)
            if theirs is not None and theirs[0] == PER_PERIOD and theirs[1] != per[1] and (
                    low <= figure.value * per[1] / theirs[1] <= high):
                return True
    return False


ABOUT_ONE_THING = 2  # content words a claim and a source sentence share


def a_count_of_a_list(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                      notation: Grammar) -> bool:
    """A small count the claim makes of names a source lists: "four African countries" for
    "in Burkina Faso, Mali, Kenya and Tanzania"; a pair only with what the claim counts
    after it ("its two hospitals" for "Kingsmead and Ashby hospitals", "two northern county
    councils" for "the county councils of Vasterbotten and Norrbotten"): any two names are
    "A and B". The sides of an "N-way" tie or race are the names a source lists, or those it
    lists after "with" and the one level with them ("a three-way tie" for "finished level with
    Corvey and Ashmoor")."""
    if claimed.kind is not QuantityKind.COUNT or not claimed.value.is_integer() or not (
            2 <= claimed.value <= LISTED_ITEMS):
        return False
    if _N_WAY.match(claim.text, claimed.span.end - claim.span.start):
        return any(len(notation.list_item.findall(found.group())) == claimed.value or (
            len(notation.list_item.findall(found.group())) == claimed.value - 1
            and _WITH_BEFORE.search(source.text, 0, found.start()))
            for source in sources for found in notation.listed.finditer(source.text))
    # what is counted may follow a few words on: "two northern Swedish county councils"
    phrase = _COUNTED_PHRASE.match(claim.text, claimed.span.end - claim.span.start)
    nouns = {singular(word.lower()) for word in (phrase.group().split() if phrase else ())}
    for source in sources:
        for found in notation.listed.finditer(source.text):
            if len(notation.list_item.findall(found.group())) != claimed.value:
                continue
            if claimed.value > 2:
                return True
            after = source.text[found.end():found.end() + LIST_NOUN_CHARS].lower().split()
            if any(singular(word.strip(".,;:")) in nouns for word in after[:2]):
                return True
            before = source.text[max(0, found.start() - LIST_NOUN_CHARS):found.start()]
            # "army paddlers Lee Chapman, 33, and Dan Weir" for "two army paddlers"
            if any(singular(word.strip(".,;:").lower()) in nouns
                   for word in before.split()[-3:] if word.islower()):
                return True
            # "The boards of St Aldric's Hospital and Wrenfield General" for "Two hospital
            # boards"
            noun, of = [*before.lower().split()[-2:], "", ""][:2]
            if of == "of" and singular(noun) in nouns:
                return True
    return False


_N_WAY = re.compile(r"\s?-\s?way\b", re.IGNORECASE)  # "three-way", "three - way"
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?\Z", re.IGNORECASE)
# the words after a count that may name what it counts, up to a function word or a mark
_COUNTED_PHRASE = re.compile(
    r"(?:\s+(?!(?:in|on|at|of|for|to|from|by|with|and|or|the|a|an|as|that|which|who)\b)"
    r"[^\W\d][\w'’-]*){1,4}", re.IGNORECASE)


def _how_often(figure: Quantity, text: str, notation: Grammar) -> bool:
    """Whether a figure read as a multiple is how often something happened ("called out 160
    times last year"), a count of times, not a multiple of anything."""
    return figure.kind is QuantityKind.RATIO and figure.ratio_phrase == "times" and (
        figure.value.is_integer() and figure.value >= 2
        and not notation.compared_after.match(text, figure.span.end))


LISTED_ITEMS = 12  # the longest list a claim counts for its reader
LIST_NOUN_CHARS = 30  # where the noun a pair of names shares stands: "Kingsmead and Ashby hospitals"


def _a_count(figure: Quantity) -> bool:
    """A whole count of at least two, or a length of time in whole units ("35-year life")."""
    return figure.kind in (QuantityKind.COUNT, QuantityKind.DURATION) and (
        figure.value.is_integer() and figure.value >= 2)


def a_change_between_two(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                          notation: Grammar, lex: LexiconLookup) -> bool:
    """A relative change the claim works out from two figures of one source sentence, where
    the claim states one of them or their difference too: "grew by about a third to 412"
    (the source: 412, up from 311), "added 2,700 square metres, roughly 64% more" (from 4,200
    to 6,900 square metres), or where the source writes them as a change's ends ("grew by
    almost 30% between 2022 and 2024" for "rose from 9,400 in 2022 to 12,150"); or from two
    figures the claim states, each of which a source gives. Without such an anchor, the ratio
    of some two figures of a source falls near a wrong change by chance too often."""
    direction = claimed.direction if claimed.kind is QuantityKind.PERCENT_CHANGE else (
        _a_change_restated(claimed, claim, lex))
    if direction is None and claimed.kind is QuantityKind.PERCENT:
        # "a 20% smaller harvest": a share read as one, which its words make a change
        direction = change_direction(claim.text, claimed.span.start - claim.span.start,
                                     claimed.span.end - claim.span.start, lex) or (
            _a_share_lost(claim, claimed, lex))
    if direction is None:
        return False
    low, high = backed_between(claimed)
    mine = [other for other in claim.quantities if other is not claimed
            and _an_amount(other, notation) and other.kind not in DATING]
    stated = [other.value for other in mine]
    # the claim's own two ends, each in a source: "fell from about 184,000 to 31,000, a drop
    # of roughly 83%"
    ends = [other for other in mine if other.value > 0
            and any(states(source, other.value) for source in sources)]
    if any(low <= (after.value / before.value - 1) * 100 * direction <= high
           and _same_measure(before, after, notation) for before, after in permutations(ends, 2)):
        return True
    for source in sources:
        sentences = by_sentence(source)
        # the level the change came to, as the claim states it (hedged: "more than 1.04
        # million" for 1,048,312), anchors two sentences in a row too ("… 1,048,312 visitors.
        # That was up from 962,740 last year.")
        for at, figures in enumerate([*sentences, *(one + other for one, other
                                                     in pairwise(sentences))]):
            usable = [figure for figure in figures if figure.value > 0
                      and figure.kind not in DATING and _an_amount(figure, notation)]
            for before, after in permutations(usable, 2):
                change = (after.value / before.value - 1) * 100 * direction
                if not (low <= change <= high and _same_measure(before, after, notation)) and not (
                        _a_size_and_its_end(before, after, direction, low, high, source.text,
                                            notation, lex)):
                    continue
                if any(supports(level, after) for level in mine) or _sides_named(
                        claim, claimed, source.text, before, after, lex) or _both_of_its_metric(
                        claimed, source.text, before, after, lex) or (
                        at < len(sentences) and (any(
                            math.isclose(value, anchor, rel_tol=ENDPOINT) for value in stated
                            for anchor in (after.value, abs(after.value - before.value)))
                            or _from_to_way(source.text, before, after) == direction)):
                    return True
    return False


def _a_share_lost(claim: Claim, claimed: Quantity, lex: LexiconLookup) -> int | None:
    """-1 for a share of its own whole that something lost ("has lost about 70 per cent of its
    population": a fall by that share), else None."""
    before = claim.text[:claimed.span.start - claim.span.start].split()[-1:]
    lost = bool(before) and before[0].lower() in lex.falling_words and (
        _OF_ITS.match(claim.text, claimed.span.end - claim.span.start) is not None)
    return -1 if lost else None


_OF_ITS = re.compile(r"\s+of\s+(?:its|their|his|her)\b", re.IGNORECASE)


def _a_size_and_its_end(size: Quantity, end: Quantity, direction: int, low: float, high: float,
                        text: str, notation: Grammar, lex: LexiconLookup) -> bool:
    """Whether a source's change by ``size`` that came to ``end`` is a relative change between
    ``low`` and ``high`` per cent in ``direction``: "by £86 a year …, taking the typical charge
    to £572" is about 18% (86 of the 486 it started from)."""
    start = end.value - direction * size.value
    return start > 0 and low <= size.value / start * 100 <= high and (
        _same_measure(size, end, notation) and _a_change_size(text, size, lex))


def _sides_named(claim: Claim, claimed: Quantity, text: str, before: Quantity, after: Quantity,
                 lex: LexiconLookup) -> bool:
    """Whether the claim names the two sides of its change as the source ``text`` does next to
    them: what it compares with after a comparative, by the first, and what it measures right
    before the figure, by the second ("a final cost about 50% above the 2016 estimate" for "an
    estimated cost of 240 million pounds … The final cost was 362 million pounds")."""
    start, end = claimed.span.start - claim.span.start, claimed.span.end - claim.span.start
    base = lex.derived(_compared_with).match(claim.text, end)
    if base is None:
        return False
    compared = content_words(" ".join(base.group("base").split()[:SIDE_WORDS]), lex)
    measured = content_words(" ".join(claim.text[:start].split()[-SIDE_WORDS:]), lex)

    return bool(compared & words_near(text, before, lex)) and not (
        compared & words_near(text, after, lex)) and bool(measured & words_near(text, after, lex))


def _both_of_its_metric(claimed: Quantity, text: str, before: Quantity, after: Quantity,
                        lex: LexiconLookup) -> bool:
    """Whether the source ``text`` names what the claim's change measures beside both of its
    sides ("its area shrank by more than half" for "covered an area of approximately 11 square
    kilometres. By 2020 … its area to 5.3 square kilometres")."""
    measured = content_words(claimed.metric or "", lex)
    return bool(measured) and all(measured & words_near(text, side, lex)
                                  for side in (before, after))


SIDE_WORDS = 4  # "the 2016 estimate", "a final cost about"
_NEAR = 40  # characters either side of a source's figure that say what it is


def _compared_with(lex: LexiconLookup) -> re.Pattern[str]:
    """After a change's figure, its comparative and what it compares with ("above the 2016
    estimate", "more than the budget")."""
    return re.compile(rf"\s*(?:{lex.alternation('comparatives_after')})(?:\s+than)?\s+"
                      r"(?P<base>[^,.;:()]{1,60})", re.IGNORECASE)


def _an_amount(figure: Quantity, notation: Grammar) -> bool:
    """An amount, or points written plainly, a score's ("3.9 million points"), not a share's."""
    return family(figure.kind) == "amount" or (
        figure.kind is QuantityKind.POINTS and notation.plain_points.search(figure.text) is not None)


# Between a change and the same change in per cent: "grew by £34m, or almost 10%", past its
# unit too ("by about 3,050 tonnes, or some 15%").
_OR = re.compile(r"(?:[\s-]+[^\W\d][\w'’-]*)?\s*,?\s+or\s+", re.IGNORECASE)


def _a_change_restated(claimed: Quantity, claim: Claim, lex: LexiconLookup) -> int | None:
    """The direction of a change that the claim's share restates in per cent ("grew by £34m,
    or almost 10%", "lift the quota by about 3,050 tonnes, or some 15%": +1), or None."""
    if claimed.kind is not QuantityKind.PERCENT:
        return None
    earlier = [other for other in claim.quantities if other.span.end <= claimed.span.start]
    if not earlier or not _OR.fullmatch(claim.text, earlier[-1].span.end - claim.span.start,
                                        claimed.span.start - claim.span.start):
        return None
    size = earlier[-1]
    return size.direction if size.direction is not None else change_direction(
        claim.text, size.span.start - claim.span.start, size.span.end - claim.span.start, lex)


def worked_out_in_the_claim(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                            notation: Grammar, lex: LexiconLookup) -> bool:
    """A figure the claim works out from two others it states, both of which the source
    gives: "$45 million from the foundation; with $12 million from the state, the project has
    $57 million", a share of a whole ("$14.3 million, with 30% — about $4.3 million — going
    to …") or a rate times a count ("a 30 kg lot … $410 a kilogram, or $12,300 in all"). Not
    a small whole count, which sums of two figures give by chance, unless the claim's words
    say it worked it out ("restored 14 of its 23 miles, leaving nine")."""
    if claimed.kind in (QuantityKind.PERCENT_CHANGE, *DATING) or (
            claimed.value < SMALL_COUNT and claimed.value.is_integer()
            and _how_worked_out(claim, claimed, lex) is None):
        return False
    # the claim's own figures, as written: no source's rounding to allow for
    low, high = bounds(claimed)
    unit = unit_key(claimed.unit)
    given = [other for other in claim.quantities if other is not claimed
             and any(states(source, other.value) for source in sources)]
    # (a figure that names no unit may be of any, the two it comes of alike: "restored 14
    # of its 23 miles, leaving nine")
    stated = [other for other in given
              if other.kind is claimed.kind and (not unit or unit_key(other.unit) in (unit, ""))
              and notation.days_of(other.unit) is None and one_currency(claimed, other, notation)]
    # a share a source states, or whose rest it states ("the city will pay 60%"), and what is
    # left of the whole after it ("after a 40% grant, drivers pay 8,700 of 14,500")
    shares = [part for share in claim.quantities if share.kind is QuantityKind.PERCENT
              and any(states(source, share.value) or states(source, 100 - share.value)
                      for source in sources)
              for part in (share.value / 100, 1 - share.value / 100)]
    # a rate it states times a count or measure it states: "$410 a kilogram, or $12,300 in
    # all" for "a 30 kg lot"
    rates = [other for other in given if other.kind is claimed.kind
             and one_currency(claimed, other, notation)
             and notation.rate_after.match(claim.text, other.span.end - claim.span.start)]
    if any(low <= rate.value * count.value <= high for rate in rates for count in given
           if count.kind is QuantityKind.COUNT and count.value > 1):
        return True
    if any(low <= one.value + other.value <= high or low <= abs(one.value - other.value) <= high
           for one, other in combinations(stated, 2)
           if unit or _one_unit_or_none(one, other)) or any(
            low <= share * whole.value <= high for share in shares for whole in stated):
        return True
    # a total of the parts it lists, each a count a source states: "25 objects — 23 ceramic
    # vessels and two textile fragments", "of the 167 aboard, 148 were rescued, seven died and
    # 12 remain missing"
    counts = [other for other in given if other.kind is QuantityKind.COUNT
              and other.value.is_integer() and notation.days_of(other.unit) is None]
    return claimed.kind is QuantityKind.COUNT and any(
        sum(part.value for part in parts) == claimed.value
        for size in (2, 3) for parts in combinations(counts, size))


def _one_unit_or_none(one: Quantity, other: Quantity) -> bool:
    """Whether two figures may be added or taken one from the other by their units: the same
    one, or none on one side ("14 of its 23 miles")."""
    units = {unit_key(one.unit), unit_key(other.unit)}
    return len(units) == 1 or "" in units


def a_sum_the_source_joins(claimed: Quantity, sources: Sequence[SourceReading],
                           notation: Grammar, lex: LexiconLookup) -> bool:
    """A count that is two counts a source joins with "and" ("all 89 people aboard" for "all
    58 passengers and 31 crew"), or a figure that is two a source adds with "plus" ("took home
    €25,000" for "earned €20,000 for the win plus a €5,000 time bonus"), or an amount and one
    it gave before it that a source adds with "a further" and the like. Not a small count."""
    if claimed.kind in DATING or family(claimed.kind) != "amount" or (
            claimed.kind is QuantityKind.COUNT and claimed.value < SMALL_COUNT):
        return False
    low, high = backed_between(claimed)
    for source in sources:
        for found in _JOINED_COUNTS.finditer(source.text) if (
                claimed.kind is QuantityKind.COUNT) else ():
            one, other = (parse_digits(found.group(name)) for name in ("one", "other"))
            if one is not None and other is not None and low <= one + other <= high:
                return True
        for figures in by_sentence(source):
            if claimed.kind is QuantityKind.COUNT and any(
                    low <= sum(figure.value for figure in listed) <= high
                    for listed in _listed_counts(sorted(figures, key=_start), source.text)):
                return True
            if any(low <= one.value + other.value <= high
                   for one, other in pairwise(sorted(figures, key=_start))
                   if one.kind is other.kind is claimed.kind
                   and one_currency(claimed, one, notation) and one_currency(claimed, other, notation)
                   and _PLUS.fullmatch(source.text, one.span.end, other.span.start)):
                return True
        if claimed.kind is not QuantityKind.COUNT and _added_to_one_before(
                claimed, source, low, high, notation, lex):
            return True
    return False


def _added_to_one_before(claimed: Quantity, source: SourceReading, low: float, high: float,
                         notation: Grammar, lex: LexiconLookup) -> bool:
    """An amount a source writes right after "a further" and the like (lexicon
    added_amount_cues) that, with one it gave before it of the claim's kind and currency, makes
    the claim's: "£290,000" for the land … "expected to cost a further £340,000"."""
    alike = [figure for figure in source.in_order if figure.kind is claimed.kind
             and one_currency(claimed, figure, notation)]
    added = lex.derived(_added_amount)
    return any(low <= before.value + figure.value <= high
               for at, figure in enumerate(alike)
               if added.search(source.text, max(0, figure.span.start - _CUE_CHARS),
                               figure.span.start)
               for before in alike[:at])


_CUE_CHARS = 16  # before an amount, in which "a further" is looked for


def _added_amount(lex: LexiconLookup) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lex.alternation('added_amount_cues')})\s+\Z", re.IGNORECASE)


def totals_a_list_from(claimed: Quantity, figure: Quantity, source: SourceReading) -> bool:
    """Whether the claim's count is the total of a list of counts a source sentence gives from
    ``figure`` on ("11 medals" for "with four golds, two silvers and five bronzes")."""
    if claimed.kind is not QuantityKind.COUNT:
        return False
    low, high = backed_between(claimed)
    return any(listed[0] is figure and low <= sum(count.value for count in listed) <= high
               for figures in by_sentence(source) if any(one is figure for one in figures)
               for listed in _listed_counts(sorted(figures, key=_start), source.text))


def _listed_counts(figures: Sequence[Quantity], text: str) -> Iterator[list[Quantity]]:
    """Each list of three counts or more that a sentence gives one after another, each with
    its noun ("four golds, two silvers and five bronzes")."""
    run: list[Quantity] = []
    for figure in figures:
        if figure.kind is not QuantityKind.COUNT:
            run = []
            continue
        if run and _LIST_GAP.fullmatch(text, run[-1].span.end, figure.span.start) is None:
            if len(run) >= LISTED_COUNTS:
                yield run
            run = []
        run.append(figure)
    if len(run) >= LISTED_COUNTS:
        yield run


LISTED_COUNTS = 3
# between two counts of a list: their noun and a comma or "and" ("golds, ", "silvers and ")
_LIST_GAP = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")


# between two figures a sentence adds: "€20,000 for the win plus a €5,000 time bonus"
_PLUS = re.compile(r"[^\d.;]*\bplus\s+(?:an?\s+)?", re.IGNORECASE)


# "58 passengers and 31 crew": two counts of things joined by "and"
_JOINED_COUNTS = re.compile(r"(?<![\d.,])(?P<one>\d{1,3}(?:,\d{3})*)\s+[a-z][\w-]*"
                            r"(?:\s+[a-z][\w-]*)?\s+and\s+(?P<other>\d{1,3}(?:,\d{3})*)\s+[a-z]")


def the_others_of_a_count(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                          lex: LexiconLookup) -> bool:
    """A count of the others of a group ("beat 411 other entries"; lexicon others_words) that
    a source counts one larger, of the same things ("412 entries")."""
    if claimed.kind is not QuantityKind.COUNT or not claimed.unit or not lex.derived(
            _others_after).match(claim.text, claimed.span.end - claim.span.start):
        return False
    things = singular(claimed.unit.lower())
    return any(figure.kind is QuantityKind.COUNT and figure.value == claimed.value + 1
               and singular((figure.unit or "").lower()) == things
               for source in sources for figure in source.in_order)


def _others_after(lex: LexiconLookup) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{lex.alternation('others_words')})\b", re.IGNORECASE)


def a_count_of_its_own_list(claimed: Quantity, claim: Claim) -> bool:
    """A small count the claim makes of the figures it lists right after it: "in two stages,
    160 hectares in 1982 and the remaining 260 in 1999" (years and dates aside)."""
    if claimed.kind is not QuantityKind.COUNT or not claimed.value.is_integer() or not (
            2 <= claimed.value < SMALL_COUNT):
        return False
    end = claimed.span.end - claim.span.start
    opened = _LIST_OPENS.match(claim.text, end)
    if opened is None:
        return False
    close = _CLAUSE_END.search(claim.text, opened.end())
    stop = claim.span.start + (close.start() if close else len(claim.text))
    listed = [other for other in claim.quantities if other.kind not in DATING
              and claimed.span.end < other.span.start < stop]
    return len(listed) == claimed.value


# After a count and a word or two of what it counts, a comma or a colon: its list follows
_LIST_OPENS = re.compile(r"(?:[\s-]+[a-z][\w-]*){1,2}\s*[,:]\s")
_CLAUSE_END = re.compile(r"[;.!?](?:\s|$)")


def unit_key(unit: str | None) -> str:
    return (unit or "").lower().removesuffix("s")


def backed_between(claimed: Quantity) -> tuple[float, float]:
    """The values that back the claim's figure: its hedge's interval and its rounding."""
    low, high = bounds(claimed)
    margin = 0.0 if claimed.hedge is None and low < claimed.value < high else rounding(claimed)
    return min(low, claimed.value) - margin, max(high, claimed.value) + margin


def _rounded_between(claimed: Quantity) -> tuple[float, float]:
    """The values that round to the claim's figure, whatever its hedge."""
    margin = rounding(claimed)
    return claimed.value - margin, claimed.value + margin


def _by_then_to(claim: Claim, change: Quantity, level: Quantity) -> bool:
    """"by $21.40 to about $166": a change, then the level it came to."""
    before = claim.text[:change.span.start - claim.span.start].split()[-1:]
    between = claim.text[change.span.end - claim.span.start:level.span.start - claim.span.start]
    return [word.lower() for word in before] == ["by"] and between.strip().lower() == "to"


def _reached(claim: Claim, level: Quantity, lex: LexiconLookup) -> bool:
    """Whether the claim says something grew or fell to its figure ("would grow to about 2,290
    acres once a 420-acre parcel is added"): a level that a change of its other figure made."""
    before = claim.text[:level.span.start - claim.span.start]
    return lex.derived(_grew_to).search(before) is not None


def _grew_to(lex: LexiconLookup) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lex.alternation('growth_verbs')})\s+to\s+\Z", re.IGNORECASE)


def _a_change_size(text: str, figure: Quantity, lex: LexiconLookup) -> bool:
    """Whether ``text`` states the figure as the size of a change ("a cut of £300,000",
    "rose 4%"), not as a level one came to ("fell from 11% to 4%")."""
    if _LEVEL_BEFORE.search(text, max(0, figure.span.start - 8), figure.span.start):
        return False
    return change_direction(text, figure.span.start, figure.span.end, lex) is not None


_LEVEL_BEFORE = re.compile(r"\b(?:to|from)\s+\S{0,3}$", re.IGNORECASE)


def a_start_of_a_stated_change(claimed: Quantity, claim: Claim,
                               sources: Sequence[SourceReading], notation: Grammar,
                               lex: LexiconLookup) -> bool:
    """The level a change started from, which the claim works out from where it ended and by
    how much, in per cent, in its measure or as a multiple before it, both of which a source
    states in one sentence: "from 8,400 to 9,408 shillings" for "raises the wage by 12%, to
    9,408 shillings", "from 2,400 to 4,800" for "doubling the space to 4,800"."""
    if family(claimed.kind) != "amount" or claimed.kind in DATING:
        return False
    ends = [other for other in claim.quantities if other.span.start > claimed.span.start
            and other.kind is claimed.kind and _from_and_to(claim, claimed, other)]
    low, high = backed_between(claimed)
    for end in ends:
        way = 1 if end.value > claimed.value else -1
        for source in sources:
            for figures in by_sentence(source):
                stated = next((figure for figure in figures
                               if math.isclose(figure.value, end.value, rel_tol=ENDPOINT)
                               and one_currency(end, figure, notation)), None)
                if stated is None:
                    continue
                for change in figures:
                    if change.kind is QuantityKind.RATIO and change.value > 0 and (
                            change.span.end <= stated.span.start):
                        # "doubling the exhibition space to 4,800" for "from 2,400 to 4,800"
                        starts = [end.value / change.value] * 2
                    elif not _a_change_size(source.text, change, lex):
                        continue
                    elif change.kind in _SHARE_AND_CHANGE:
                        least, most = (value * way / 100 for value in backed_between(change))
                        starts = sorted(end.value / (1 + part) for part in (least, most))
                    elif change.kind is end.kind and _same_measure(change, end, notation):
                        # "by 450 metres to 2,430 metres" for "from 1,980 to 2,430 metres"
                        starts = sorted(end.value - way * size for size in backed_between(change))
                    else:
                        continue
                    if starts[0] <= high and low <= starts[1]:
                        return True
    return False


def _from_and_to(claim: Claim, one: Quantity, other: Quantity) -> bool:
    """The two figures are a change's endpoints: "falls to £2.4m from £2.7m", "from 24 to 31"."""
    first, second = sorted((one, other), key=lambda quantity: quantity.span.start)
    before = claim.text[:first.span.start - claim.span.start].split()[-1:]
    between = claim.text[first.span.end - claim.span.start:second.span.start - claim.span.start]
    return (before[0].lower() if before else "", between.strip().lower()) in (
        ("from", "to"), ("to", "from"))


def worked_out_of_two(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                       notation: Grammar, lex: LexiconLookup) -> bool:
    """A figure the claim says it worked out: the difference of two figures of one sentence of
    a source ("beat him by about 12,500 votes" for "71,420 votes to Haskins' 58,910", "960
    fewer", "all but three of the 14"), or the sum of two or three ("together accounted for
    15,150", "$150,000 including her bonus", "£11.2m from Homes England and the council"), in
    the claim's measure; a sum or difference of two sentences in a row too, unless a small
    whole count. Only where the claim's words say so (the lexicon's ``worked_out_*`` lists,
    ``comparatives_after``): without them, the sums and differences of a source's figures back
    a wrong figure by chance too often."""
    if claimed.kind in (QuantityKind.PERCENT_CHANGE, *DATING):
        return False
    # a length's smaller part is worked out as the length: "by 1 minute 42 seconds"
    completed = the_larger_part(claimed, claim, notation)
    worked = _how_worked_out(claim, claimed if completed is None else completed[0], lex)
    if worked is None:
        return False
    low, high = backed_between(claimed)
    measure = notation.measure_at(claim.text, claimed.span.end - claim.span.start)
    # "climbed eight places" for "from 19th to 11th"
    ranked = (claimed.unit or "").lower() in lex.words("rank_units")
    # a source's "from A to B" that went against the claim's change backs no size of it (a
    # rank that climbs falls in number)
    against = 0 if ranked or worked != "change" else -(_change_size_way(claim, claimed, lex) or 0)
    # a length of time, in days, that may be the difference of two written in parts
    length = notation.days_of(claimed.unit) if worked in ("change", "difference") else None
    # (and the first part of a length is worked out with its smaller parts: "13 minutes 46
    # seconds slower")
    larger = completed[0].value * completed[1] if completed is not None else (
        the_smaller_parts(claimed, claim, notation))
    for source in sources:
        sentences = by_sentence(source)
        # a sum or difference the claim names ("a combined capacity of 55,000 tons", "a
        # 2.35-point deficit") may be of figures of two sentences in a row ("… 20,000 tons a
        # year. A second plant … 35,000 tons."), but not a small whole count, which the
        # figures of two sentences give by chance
        if worked in ("sum", "difference", "kinds") and not (
                claimed.value < SMALL_COUNT and claimed.value.is_integer()):
            sentences += [one + other for one, other in pairwise(sentences)]
        if worked in ("change", "difference"):
            # "lost 180 spaces" for "opened with 620 spaces" … "reduced to 440 spaces": two
            # levels of the same things, in any sentences
            sentences.append(_of_the_same_things(claimed, source, notation))
        if worked == "difference":
            apart = _named_apart(claim, source, lex)
            if claimed.value < SMALL_COUNT and claimed.value.is_integer():
                # a small count, which two figures give by chance, only between one the
                # claim states and one it names ("scored 92 … four points ahead of Rosa
                # Kemp" for "Kemp … on 88 points")
                stated = _numbers_written(claim, claimed)
                apart = [pair for pair in apart if any(side.value in stated for side in pair)]
            sentences += apart
        if length is not None and length < 1 and any(
                low * length + larger <= difference <= high * length + larger
                for difference in clock_time_differences(source.text)):
            return True  # "88 seconds faster" for "won in 2:17:40" … "a record of 2:16:12"
        # "cut the journey by 45 minutes" for "2 hours 25 minutes" and "1 hour 40 minutes",
        # "16 months less than prosecutors had sought" for "six years and eight months" …
        # "eight years": two lengths anywhere in the source, or of one sentence if short
        if length is not None and any(
                low * length + larger <= abs(one - other) <= high * length + larger
                for figures in ([source.in_order] if claimed.value >= SMALL_COUNT else sentences)
                for one, other in combinations(_whole_lengths(figures, source, notation), 2)):
            return True
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


def _numbers_written(claim: Claim, but: Quantity) -> frozenset[float]:
    """The numbers the claim's figures but one are written with, as digits: 92 and 110 of "92
    out of 110" (read as a share)."""
    return frozenset(float(number.replace(",", "")) for figure in claim.quantities
                     if figure is not but for number in _DIGITS.findall(figure.text))


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _named_apart(claim: Claim, source: SourceReading, lex: LexiconLookup
                 ) -> list[list[Quantity]]:
    """Pairs of the source's figures, anywhere in it, that the claim names each by other words
    of its own beside them: the two sides of a difference it names ("The fee beats the
    previous Ekstraklasa record by €1.5 million" for "a fixed fee of €9 million" … "The
    previous Ekstraklasa record was the €7.5 million"); its figures' own words aside."""
    words = content_words(claim.text, lex) - content_words(
        " ".join(quantity.text for quantity in claim.quantities), lex)
    named = [(figure, shared) for figure in source.in_order
             if (shared := words & words_near(source.text, figure, lex))]
    return [[one, other] for (one, mine), (other, theirs) in combinations(named, 2)
            if mine - theirs and theirs - mine]


def a_sum_of_two_named(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                       notation: Grammar, lex: LexiconLookup) -> bool:
    """The sum of two amounts of one source sentence that the claim names each by words of
    its own beside them, though it says of no sum ("lottery and district council grants
    providing £6.9 million" for "£4.9 million from the National Lottery Heritage Fund and £2
    million from the district council"). Not of a part the claim states beside it ("about
    £9,000, against the £2,100 it pays now" is no sum of £6,800 and £2,100)."""
    if claimed.kind not in (QuantityKind.CURRENCY, QuantityKind.COUNT):
        return False
    low, high = backed_between(claimed)
    its_others = [backed_between(other) for other in claim.quantities if other is not claimed]
    words = content_words(claim.text, lex) - content_words(
        " ".join(quantity.text for quantity in claim.quantities), lex)
    for source in sources:
        for sentence, figures in zip(source.sentences, by_sentence(source), strict=True):
            ordered = sorted(figures, key=_start)
            named = [(figure, shared) for at, figure in enumerate(ordered)
                     if figure.kind is claimed.kind and one_currency(claimed, figure, notation)
                     and unit_key(figure.unit) == unit_key(claimed.unit)
                     and figure.value >= claimed.value * SUMMAND_SHARE
                     and not any(least <= figure.value <= most for least, most in its_others)
                     and (shared := words & _own_words(ordered, at, source.text,
                                                       sentence.end, lex))]
            if any(low <= one.value + other.value <= high and mine - theirs and theirs - mine
                   for (one, mine), (other, theirs) in combinations(named, 2)):
                return True
    return False


# The least share of a sum each of its two parts is: a smaller part is lost in the sum's
# rounding ("3,400 kilometres and … 11 concerts" makes no "3,400 miles").
SUMMAND_SHARE = 0.05


def _own_words(ordered: Sequence[Quantity], at: int, text: str, sentence_end: int,
               lex: LexiconLookup) -> frozenset[str]:
    """The content words of a source figure's own stretch of its sentence: from where the
    stretch between it and the figure before it is cut ("and", a comma) to where the stretch
    after it is ("received £4.9 million from the National Lottery Heritage Fund" of "… and
    £2 million from the district council")."""
    figure = ordered[at]
    start = max(0, figure.span.start - _NEAR)
    if at:
        before = ordered[at - 1].span.end
        start = before + _last_cut(text[before:figure.span.start])
    end = sentence_end
    if at + 1 < len(ordered):
        end = figure.span.end + _last_cut(text[figure.span.end:ordered[at + 1].span.start])
    return content_words(text[start:end], lex)


def _last_cut(between: str) -> int:
    """Where the words between two figures turn from the first's to the second's: at the last
    "and", comma or semicolon; at the end where there is none."""
    cuts = list(_BETWEEN_FIGURES.finditer(between))
    return cuts[-1].start() if cuts else len(between)


_BETWEEN_FIGURES = re.compile(r"\s+and\s+|[,;]")


def words_near(text: str, figure: Quantity, lex: LexiconLookup) -> frozenset[str]:
    """The content words of ``text`` just before and after ``figure``: what it is of."""
    return content_words(f"{text[max(0, figure.span.start - _NEAR):figure.span.start]} "
                         f"{text[figure.span.end:figure.span.end + _NEAR]}", lex)


def a_difference_of_ages(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                         notation: Grammar, lex: LexiconLookup) -> bool:
    """A length in whole years the claim says it worked out as the difference of two ages a
    source gives ("a mother three years younger than its father" for "eight-year-old mother
    Zeya and 11-year-old father Timur"; "beat the age record by two years" for "A
    63-year-old …" and "was 61 when he completed the swim"; "three years younger than the
    previous record holder" for "A 23-year-old …" and "The previous youngest winner was
    26."); "first rang there more than six decades ago" for "A 79-year-old …" and "at the age
    of 17": a length back from now, from the age someone is to the age they were."""
    days, year = notation.days_of(claimed.unit), notation.days_of("years")
    years = round(days / year, 6) if days is not None and year else None
    if years is None or not years.is_integer() or not claimed.value.is_integer():
        return False  # (in whole years, or decades)
    ago = _AGO.match(claim.text, claimed.span.end - claim.span.start)
    if not ago and _how_worked_out(claim, claimed, lex) not in ("difference", "change"):
        return False
    low, high = (bound * years for bound in backed_between(claimed))
    for source in sources:
        ages = {figure.value for figure in source.in_order
                if is_age(source.text, figure, figure.span.start, lex) or (
                    (_WAS_AN_AGE.search(source.text, max(0, figure.span.start - _AGE_REACH),
                                        figure.span.start)
                     # (for a length ago, "took up rowing at 61 after retiring" too)
                     or (ago and _AT_BEFORE.search(
                         source.text, max(0, figure.span.start - _AGE_REACH),
                         figure.span.start) and figure.unit is None))
                    and _AT_AN_EVENT_OR_END.match(source.text, figure.span.end))}
        if any(low <= abs(one - other) <= high for one, other in combinations(ages, 2)):
            return True
    return False


# "ago" after a length, its unit between or not ("six decades ago", "22 years ago")
_AGO = re.compile(r"(?:\s*[^\W\d][\w-]*)?\s+ago\b", re.IGNORECASE)


# "was 61 when he completed the swim", "The previous youngest winner was 26.", and for a length
# ago "took up rowing at 61 after retiring": an age at an event, or one a clause ends on
_WAS_AN_AGE = re.compile(r"\b(?:was|were)\s+\Z", re.IGNORECASE)
_AGE_REACH = 8  # characters before an age that hold "was" or "were"
_AT_AN_EVENT_OR_END = re.compile(r"\s+(?:when|after)\b|\s*[.;,](?:\s|\Z)", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\bat\s+\Z", re.IGNORECASE)


def _whole_lengths(figures: Sequence[Quantity], source: SourceReading, notation: Grammar
                   ) -> list[float]:
    """The lengths of time ``figures`` of ``source`` give, in days, each read whole however
    many parts it is written in ("2 hours 25 minutes")."""
    ordered = sorted(figures, key=_start)
    return [sum(length for _, length in parts)
            for parts in lengths_of_time(ordered, source.text, 0, notation)]


# Shorter lengths of time (five years, 30 days) are differences of a source's figures by chance
# too often.
LONG_TIME = 100


def _of_the_same_things(claimed: Quantity, source: SourceReading, notation: Grammar
                        ) -> list[Quantity]:
    """The source's counts of the things the claim's figure counts ("spaces", a long time:
    "400,000 years", or a measurement in its unit: "kilometres"), wherever it states them,
    with a name before the noun too ("420 Saanen goats" for "goats"); none for a figure that
    counts nothing."""
    unit = unit_key(claimed.unit)
    if claimed.kind is not QuantityKind.COUNT or not unit or (
            notation.days_of(claimed.unit) and claimed.value < LONG_TIME):
        return []
    return [figure for found in source.figures.values() for figure in found.figures
            if figure.kind is QuantityKind.COUNT and (
                unit_key(figure.unit) == unit
                or (figure.unit is None and _named_before_noun(figure, source.text, unit)))]


def _named_before_noun(figure: Quantity, text: str, unit: str) -> bool:
    """A count whose capitalized words stand before its noun: "420 Saanen goats", "12 Class
    66 locomotives" (a unit read as none)."""
    phrase = _COUNTED_PHRASE.match(text, figure.span.end)
    words = phrase.group().split() if phrase else []
    return len(words) >= 2 and words[0][:1].isupper() and unit_key(words[-1]) == unit


def a_sum_of_as_many(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
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
    low, high = backed_between(claimed)
    measure = notation.measure_at(claim.text, claimed.span.end - claim.span.start)
    counted = claimed.kind is QuantityKind.COUNT and measure is None and (
        notation.days_of(claimed.unit) is None)
    for source in sources:
        for figures in by_sentence(source):
            # (counts of things may name them otherwise: "1,240 starters … 1,102 starts")
            usable = [figure for figure in figures if figure.kind not in DATING and (
                _of_a_kind(figure, source, notation) if counted
                else _alike(figure, source.text, claimed, measure, notation))
                and one_currency(claimed, figure, notation)]
            # (parts that count different things are no total's: "three students … 58
            # teams from seven countries")
            if any(low <= sum(figure.value for figure in group) <= high
                   and len({unit_key(figure.unit) for figure in group if figure.unit}) <= 1
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
    if not before or before[-1] not in (*lex.words("changing_verbs"),
                                        *lex.words("count_changing_verbs")):
        return None
    return -1 if before[-1] in lex.falling_words else 1


def _start(figure: Quantity) -> int:
    return figure.span.start


_FROM_END = re.compile(r"\bfrom\s+\S*$", re.IGNORECASE)
# (a unit or a time may stand between: "from 9,400 visits in 2022 to 12,150")
_TO_BETWEEN = re.compile(r"\s*(?:[\w-]+\s+){0,3}?to\s+\S{0,3}", re.IGNORECASE)
_TO_END = re.compile(r"\bto\s+\S*$", re.IGNORECASE)
_LEVEL_FROM = re.compile(r"[^.;:\d]{0,40}?,\s*(?:up|down)\s+from\s+(?:[a-z]+\s+)?\S{0,3}",
                         re.IGNORECASE)
_FROM_BETWEEN = re.compile(r"\s*(?:[\w-]+\s+){0,3}?from\s+\S{0,3}", re.IGNORECASE)


def _from_to_way(text: str, first: Quantity, second: Quantity) -> int:
    """+1 or -1 where ``text`` writes the two figures as a change's ends, "from 340 to 295
    homes" (the second less than the first: -1), or "to 31% from 22%" (the first the change
    came to: +1), else 0; the two in either order."""
    first, second = sorted((first, second), key=_start)
    if _FROM_END.search(text, max(0, first.span.start - 12), first.span.start) and (
            _TO_BETWEEN.fullmatch(text, first.span.end, second.span.start)):
        return (second.value > first.value) - (second.value < first.value)
    if (_TO_END.search(text, max(0, first.span.start - 12), first.span.start) and (
            _FROM_BETWEEN.fullmatch(text, first.span.end, second.span.start))) or (
            _LEVEL_FROM.fullmatch(text, first.span.end, second.span.start)):
        # "to 31% from 22%", "640 people, down from about 2,100": the first is the later
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


def _brought_to(lex: LexiconLookup) -> re.Pattern[str]:
    """Before a figure, a verb of ``sum_to_verbs``, what it brings up, and "to" ("bringing the
    haul from this year's raids to almost $7m"), in one clause."""
    return re.compile(rf"\b(?:{lex.alternation('sum_to_verbs')})\s[^,.;:()]{{0,90}}\bto\s+\Z",
                      re.IGNORECASE)


def _how_worked_out(claim: Claim, claimed: Quantity, lex: LexiconLookup) -> str | None:
    """"difference" or "sum" where the words around the claim's figure say it was worked out
    so, "shared" for a sum of what two or three things it names each gave or got (``_shared``),
    "kinds" for the sum of counts of two kinds it names ("23 planes and helicopters"),
    "change" for the size of a change (``_change_size_way``: a difference that must go the
    claim's way), else None."""
    start = claimed.span.start - claim.span.start
    before = claim.text[:start].lower().split()
    end = claimed.span.end - claim.span.start
    # (past a unit of measurement and a rate the figure is of: "3.70 soles per kilo more than a
    # year earlier", "4,500 cubic metres per second more")
    notation = grammar(lex)
    # (past the smaller parts of a length it starts: "13 minutes 46 seconds slower")
    end = max(end, _end_of_its_length(claim, claimed, notation))
    measured = notation.measure_after.match(claim.text, end)
    past_unit = measured.end() if measured else end
    rate = notation.rate_after.match(claim.text, past_unit)
    after = WORD.findall(claim.text[rate.end() if rate else past_unit:].lower())
    near = f" {' '.join(before[-5:])} {' '.join(after[:3])} "
    three_after = f" {' '.join(after[:3])} "
    differs = any(f" {cue} " in three_after
                  for name in ("worked_out_after", "comparatives_after") for cue in lex.words(name))
    # (a difference named right after the figure is the nearer reading: "the season total is
    # now 15.3 inches above normal")
    if not differs and (any(f" {cue} " in near for cue in lex.words("worked_out_together"))
                        or lex.derived(_brought_to).search(claim.text, 0, start)):
        return "sum"
    if not differs and lex.derived(_shared).match(
            claim.text, claimed.span.end - claim.span.start) and (
            _change_size_way(claim, claimed, lex) is None):
        # "£11.2m from Homes England and the council": what each gave, summed (not the size
        # of a change: "climbs 1,560 metres from the village to the summit and carries …")
        return "shared"
    unit = claimed.unit or ""
    kinds = re.match(rf"[\s-]*{re.escape(unit)}(?: [a-z]+)? (?:and|or) (?P<other>[a-z]+)\b",
                     claim.text[claimed.span.end - claim.span.start:]) if unit else None
    if kinds and kinds.group("other") not in grammar(lex).function_words and (
            kinds.group("other") not in lex.words("amount_determiners")):
        # (not "lost five seats and its majority": a second thing, not a kind of seat)
        return "kinds"  # "23 planes and helicopters", "69 people dead or missing": one count of
        # two kinds (not "18,000 tonnes, and Dr Mackie said")
    if not unit and lex.derived(_were_kinds).match(claim.text, end):
        return "kinds"  # "1,188 were fires, road collisions or other rescues"
    right_before = f" {' '.join(before[-2:])}"
    if differs or any(right_before.endswith(f" {cue}") for cue in lex.words("worked_out_before")
                      ) or lex.derived(_plan_named_after).match(claim.text, end):
        # "dropped by nine points": a difference that must go the claim's way
        return "change" if _change_size_way(claim, claimed, lex) is not None else "difference"
    if _change_size_way(claim, claimed, lex) is not None:
        return "change"  # "rose 4.5 feet", "added 2,700 square metres": a change's size
    earlier = [other for other in claim.quantities if other.span.end <= claimed.span.start]
    if earlier and _AND_THEN.fullmatch(claim.text, earlier[-1].span.end - claim.span.start,
                                       start) and (
            earlier[-1].direction is not None
            or _how_worked_out(claim, earlier[-1], lex) in ("difference", "change")):
        # "add 500 bikes and 35 stations", "by three years for women and two for men": the
        # verb's second object
        return "difference"
    return None


def _end_of_its_length(claim: Claim, claimed: Quantity, notation: Grammar) -> int:
    """Where the last part of the length of time the claim's figure starts ends, in the
    claim's text: "13 minutes 46 seconds" for "13"; the figure's own end if it starts none."""
    for parts in lengths_of_time(claim.quantities, claim.text, claim.span.start, notation):
        if parts[0][0] is claimed:
            return parts[-1][0].span.end - claim.span.start
    return claimed.span.end - claim.span.start


def _were_kinds(lex: LexiconLookup) -> re.Pattern[str]:
    """After a figure, a verb of being and two or three kinds joined by "and" or "or", with no
    figure between: "1,188 were fires, road collisions or other rescues"."""
    return re.compile(rf"\s+(?:{lex.alternation('passive_auxiliaries')})\s+[^\W\d][^.;:\d]{{0,60}}?"
                      r"\s(?:and|or)\s+[^\W\d]", re.IGNORECASE)


def _shared(lex: LexiconLookup) -> re.Pattern[str]:
    """After a figure (and up to two words of what it counts), ``worked_out_shared`` and two or
    three things joined by "and", in one clause: "£11.2m from Homes England and the council"."""
    # (not a second figure after "and": "by three years for women and two for men"; what it
    # counts is no function word: "9,000 tonnes because of disease and dry weather")
    counted = rf"(?!(?:{lex.alternation('function_words')})\b)[\w-]+"
    return re.compile(rf"[\s-]*(?:{counted}\s+){{0,2}}?(?:{lex.alternation('worked_out_shared')})\s+"
                      rf"[^\d,.;:()\[\]]{{1,60}}?\s+and\s+(?!(?:{WORD_NUMBER})\b)[^\W\d_]",
                      re.IGNORECASE)


# After a figure, its unit and "and", before the next figure: "500 bikes and 35", "three years
# for women and two".
_AND_THEN = re.compile(r"[\s-]*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}\s+and\s+",
                       re.IGNORECASE)


WORD = re.compile(r"[\w'’-]+")


def _alike(figure: Quantity, text: str, claimed: Quantity, measure: tuple[str, float] | None,
           notation: Grammar, offset: int = 0, bare: bool = True) -> bool:
    """Whether ``figure`` (of ``text``, which starts at ``offset`` of the document) may be
    added to or taken from the claim's figure: ``_same_measure``, or both measurements of one
    unit however their words were read ("13,000 sq km below" and "191,000 square kilometres";
    "a 9kg communications craft"). ``measure``: the claim figure's. Not a part of a time
    written with colons ("15" of "2:48:15"), which only backs the same time in words. Not
    ``bare``: for a measurement, only one of its kind and unit (the claim's "three times a
    week" is no part of its "up to 70 kilometres")."""
    if _a_clock_part(figure, text, offset):
        return False
    if measure is not None and notation.measure_at(text, figure.span.end - offset) == measure:
        return True
    return (bare or measure is None) and _same_measure(figure, claimed, notation)


def _a_clock_part(figure: Quantity, text: str, offset: int) -> bool:
    start, end = figure.span.start - offset, figure.span.end - offset
    return (text[end:end + 1] == ":" and text[end + 1:end + 2].isdigit()) or (
        start >= 2 and text[start - 1] == ":" and text[start - 2].isdigit())


_SHARE_AND_CHANGE = {QuantityKind.PERCENT, QuantityKind.PERCENT_CHANGE}


def _same_measure(figure: Quantity, claimed: Quantity, notation: Grammar) -> bool:
    """Whether a figure may be added to or taken from the claim's: of its family and unit (a
    plural aside, or the same unit of measurement written otherwise: "cm", "centimetres";
    points are the difference of two percentages), or a bare number ("narrowed by eight points
    to six")."""
    if figure.kind is QuantityKind.COUNT and figure.unit is None:
        return True
    if claimed.kind is QuantityKind.COUNT and claimed.unit is None and (
            figure.kind is QuantityKind.POINTS):
        return True  # "7.4 ahead" of "268.7 points" and "261.3 points": a score's points
    if figure.kind is QuantityKind.PERCENT and unit_key(claimed.unit) == "point":
        return True  # "a 22-point margin" (a count of points) for "61% to 39%"
    if family(figure.kind) != family(claimed.kind) or figure.kind in DATING or (
            {figure.kind, claimed.kind} == _SHARE_AND_CHANGE):
        return False  # (a share less a change in per cent is nothing)
    written = [(unit or "").lower() for unit in (figure.unit, claimed.unit)]
    units = {unit_key(unit) for unit in written}
    measures = {notation.measures.get(unit) for unit in written}
    # counts of things a writer may name otherwise ("588 fish" of "1,862 salmon")
    things = figure.kind is claimed.kind is QuantityKind.COUNT and measures == {None} and all(
        notation.days_of(unit) is None for unit in written)
    return len(units) == 1 or "" in units or units == {"%", "point"} or things or (
        len(measures) == 1 and None not in measures)


def digits_of_an_amount(claimed: Quantity, sources: Sequence[SourceReading],
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


def ratio_stated_otherwise(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                           notation: Grammar, lex: LexiconLookup) -> str | None:
    """The source sentence that gives a multiple the claim states with a verb ("tripled",
    ``ratio_verbs``) as another: where the claim gives the level it came to ("tripled to
    360,000" for "doubled, from 180,000 to 360,000"), a sentence with that level and its start
    or another verb; else a sentence whose verb of a multiple acts on what the claim's does
    ("doubling its annual planting rate" for "tripling the annual planting rate"). None where
    a source backs the multiple, or says nothing of it."""
    if claimed.kind is not QuantityKind.RATIO or claimed.text.lower() not in notation.ratio_verbs:
        return None
    end = claimed.span.end - claim.span.start
    level = next((other for other in claim.quantities if other.span.start > claimed.span.start
                  and _TO_LEVEL.fullmatch(claim.text, end, other.span.start - claim.span.start)),
                 None)
    acted_on = content_words(claim.text[end:end + _OBJECT_CHARS], lex)
    otherwise: str | None = None
    for source in sources:
        for at, figures in enumerate(by_sentence(source)):
            sentence = source.sentences[at]
            start = source.sentences[at - 1].end if at else 0
            said = [(notation.ratio_verbs[found.group().lower()], found.end())
                    for found in notation.ratio_verb.finditer(source.text, start, sentence.end)]
            if level is not None:
                ends = [figure for figure in figures
                        if math.isclose(figure.value, level.value, rel_tol=ENDPOINT)]
                if not ends:
                    continue
                multiples = [value for value, _ in said] + [
                    end_.value / figure.value for end_ in ends for figure in figures
                    if figure.value > 0 and _from_to_way(source.text, figure, end_) == 1]
            else:
                multiples = [value for value, after in said
                             if len(content_words(source.text[after:after + _OBJECT_CHARS], lex)
                                    & acted_on) >= ABOUT_ONE_THING]
            if any(_MULTIPLE_LOW <= value / claimed.value <= _MULTIPLE_HIGH
                   for value in multiples):
                return None
            if multiples:
                otherwise = otherwise or sentence.text
    return otherwise


# "tripled to 360,000": the level after the verb
_TO_LEVEL = re.compile(r"\s+to\s+\S{0,3}", re.IGNORECASE)
_OBJECT_CHARS = 40  # what a verb of a multiple acts on: "its previous annual planting rate"
# A multiple that backs the claim's: "doubled" for 1.9 to 2.3 times ("more than doubled")
_MULTIPLE_LOW, _MULTIPLE_HIGH = 0.85, 1.2
