"""Shares and parts of a whole that a writer works out of a source's figures: a share of a part
and its whole (as the claim or the source states them, or a vote's two sides), a part of a
stated whole, the whole of a part, the rest of a whole, the other side's share, and "one
for every N".
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from itertools import combinations, permutations

from factcheck.extract.alignment import content_words
from factcheck.extract.grammar import Grammar
from factcheck.extract.inflection import singular
from factcheck.extract.lookup import LexiconLookup, alternation
from factcheck.extract.numbers import parse_digits
from factcheck.extract.quantities import is_age
from factcheck.models import Claim, Quantity, QuantityKind
from factcheck.sources import SourceReading, family
from factcheck.support.figures import (
    DATING,
    ENDPOINT,
    bounds,
    by_sentence,
    in_the_currency,
    one_currency,
    states,
    supports,
)
from factcheck.support.passages import around
from factcheck.support.worked_out import (
    ABOUT_ONE_THING,
    SIDE_WORDS,
    SMALL_COUNT,
    WORD,
    backed_between,
    unit_key,
    words_near,
)


def a_share_a_source_writes(claimed: Quantity, sources: Sequence[SourceReading],
                            lex: LexiconLookup) -> bool:
    """A share the claim works out of a part and its whole as a source sentence writes them:
    "about four in five drivers" for "212 of the network's 260 drivers", "212 responses, of
    which 181 opposed"; or of a vote's two sides ("2,148 to 642, about 77% in favour", "1,284
    voted yes and 163 voted no": lexicon ballot_for, ballot_against)."""
    if claimed.kind is not QuantityKind.PERCENT:
        return False
    low, high = backed_between(claimed)
    for source in sources:
        for found in _PART_OF_WHOLE.finditer(source.text):
            part, whole = (parse_digits(found.group(name) or found.group(f"{name}2"))
                           for name in ("part", "whole"))
            if part is not None and whole and low <= part / whole * 100 <= high:
                return True
        for found in [*_SIDES.finditer(source.text),
                      *lex.derived(_ballot_sides).finditer(source.text)]:
            one, other = (parse_digits(found.group("one") or found.groupdict().get("one2") or ""),
                          parse_digits(found.group("other")))
            if one is not None and other is not None and one + other and any(
                    low <= side / (one + other) * 100 <= high for side in (one, other)):
                return True
    return False


_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
# "212 of the network's 260 drivers", "47 of the first 4,000 infants", "181 of 212"; "212
# responses, of which 181"
_PART_OF_WHOLE = re.compile(
    rf"(?<![\d.,])(?P<part>{_NUMBER})\s+of\s+(?:(?:the|its|their|all)\s+)?"
    rf"(?:[\w-]+(?:['’]s?)?\s+)?(?P<whole>{_NUMBER})(?![\d.,]\d|\s?%)"
    rf"|(?<![\d.,])(?P<whole2>{_NUMBER})\s+[a-z]+,\s+of\s+(?:which|whom)\s+(?P<part2>{_NUMBER})",
    re.IGNORECASE)
# a vote's two sides: "2,148 votes to 642", "by 2,148 to 642" (not "from 20 to 30")
_SIDES = re.compile(rf"(?:\b(?:by|voting|voted)\s+(?P<one>{_NUMBER})(?:\s+votes?)?"
                    rf"|(?<![\d.,])(?P<one2>{_NUMBER})\s+votes?)\s+to\s+(?P<other>{_NUMBER})"
                    r"(?![\d.,]\d|\s?%)", re.IGNORECASE)


def _ballot_sides(lex: LexiconLookup) -> re.Pattern[str]:
    """A vote's two sides as counts before its ways: "1,284 people voted yes and 163 voted no"."""
    for_, against = (alternation(lex.lexicon.ballot_for), alternation(lex.lexicon.ballot_against))
    return re.compile(
        rf"(?<![\d.,])(?P<one>{_NUMBER})\s+(?:[a-z]+\s+){{0,3}}?(?:{for_})\b[^.;\d]{{0,24}}?"
        rf"(?<![\d.,])(?P<other>{_NUMBER})\s+(?:[a-z]+\s+){{0,3}}?(?:{against})\b",
        re.IGNORECASE)


def a_share_of_two(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                   lex: LexiconLookup) -> bool:
    """A share the claim works out from two amounts it states, both of which the source gives:
    "23,800 of a promised 64,000 homes, fewer than four in ten" (37%), "52p a kilogram,
    two-fifths of the £1.30 a kilo" (a currency's parts as the currency: ``in_the_currency``)."""
    if claimed.kind is not QuantityKind.PERCENT:
        return False
    low, high = backed_between(claimed)
    stated = [in_the_currency(other, claim, lex) or other for other in claim.quantities
              if other is not claimed and family(other.kind) == "amount"
              and other.kind not in DATING and other.value > 0
              and any(states(source, other.value) for source in sources)]
    return any(low <= part.value / whole.value * 100 <= high
               for part, whole in permutations(stated, 2) if part.value < whole.value)


# Between a share and the whole it is a share of: "36% of the €86m mission".
# "of the 28,000 seats", "of Galway's 34,000 dogs", "of the city 's estimated 34,000"
_OF_THE_WHOLE = re.compile(r"\s+of\s+(?:(?:the|its|their|this|that|a|an)\s+)?"
                           r"(?:[\w-]+(?:\s[\w-]+)?\s?['’]s\s+)?", re.IGNORECASE)


def a_share_of_a_stated_whole(claimed: Quantity, claim: Claim,
                               sources: Sequence[SourceReading], notation: Grammar,
                               lex: LexiconLookup) -> bool:
    """A share of a whole the claim states, worked out from that whole and a part the source
    gives in the same sentence, or anywhere in the whole's unit: "about 98% of the 28,000-seat
    ground" (the source: average attendance at the 28,000-capacity ground was 27,430), "one in
    ten of the 55 million tyres" (the plant takes about 5.5 million tyres); a share said alone
    ("82,400 tonnes, with Germany buying almost two-fifths") of the claim's amount before it,
    from a part in its unit of a source sentence naming a name of the share's clause or with a
    content word of what the clause says of it ("with two-fifths earmarked for capital
    projects")."""
    if claimed.kind is not QuantityKind.PERCENT:
        return False
    low, high = backed_between(claimed)
    end = claimed.span.end - claim.span.start
    whole = next((whole for whole in claim.quantities if whole.span.start >= claimed.span.end
                  and family(whole.kind) == "amount" and whole.kind not in DATING
                  and whole.value > 0 and _OF_THE_WHOLE.fullmatch(
                      claim.text, end, whole.span.start - claim.span.start)), None)
    if whole is not None:
        return _a_share_of(whole, low, high, sources, notation, anywhere=True)
    # "will hire 5,500 constables, with 30 per cent of the posts reserved for women": a whole
    # the claim states before the share, with the part beside it in the source
    # (a part in the whole's own unit anywhere: "61,300 tonnes … the US taking nearly a
    # quarter of the volume" for "Shipments to the United States accounted for 14,900 tonnes")
    earlier = [figure for figure in claim.quantities if figure.span.end <= claimed.span.start
               and family(figure.kind) == "amount" and figure.kind not in DATING
               and figure.value > 0]
    if _OF_THE_WHOLE.match(claim.text, end):
        # (or the figure before is the part: "612 residents in 2021, under a third of its
        # 1910 population" for "612 inhabitants, compared with 1,943 in 1910")
        of = content_words(_CLAUSE_BREAK.split(claim.text[end:])[0], lex)
        return any(_a_share_of(whole, low, high, sources, notation, anywhere=bool(whole.unit))
                   or _a_share_its_part(whole, low, high, sources, of, lex) for whole in earlier)
    # "exports reached 82,400 tonnes, with Germany buying almost two-fifths": a share said
    # alone, of the amount before it, its part named in the source by the clause's name
    # ("Germany remained the largest market, taking 31,500 tonnes")
    names = _NAME_IN_CLAUSE.findall(_CLAUSE_BREAK.split(claim.text[:claimed.span.start
                                                                   - claim.span.start])[-1])
    # … or by what the clause says of it ("with two-fifths earmarked for capital projects"
    # for "capital spending would account for 1,940 crore rupees")
    said = content_words(_CLAUSE_BREAK.split(claim.text[end:])[0], lex)
    return bool(names or said) and any(
        _a_named_part(whole, names, said, low, high, sources, notation)
        for whole in earlier if whole.unit)


# a capitalized word inside a clause (not its first): a name
_NAME_IN_CLAUSE = re.compile(r"(?<=\s)[A-Z][a-z][\w'’-]*")
_CLAUSE_BREAK = re.compile(r"[,;:()]")


def _a_share_its_part(part: Quantity, low: float, high: float,
                      sources: Sequence[SourceReading], of: frozenset[str],
                      lex: LexiconLookup) -> bool:
    """Whether a source sentence that states ``part`` gives a larger figure of its kind that
    ``part`` is between ``low`` and ``high`` per cent of; or, in the part's unit, any source
    sentence with a content word of what the claim says it is a share ``of`` ("£240,000,
    roughly four-fifths of last year's licence income" for "collected £298,000 in licence
    fees last year")."""
    margin = part.value * ENDPOINT

    def a_whole(whole: Quantity) -> bool:
        return whole.kind is part.kind and whole.value > part.value and (
            low <= part.value / whole.value * 100 <= high)

    for source in sources:
        for figures in by_sentence(source):
            if any(abs(figure.value - part.value) <= margin and figure.kind is part.kind
                   for figure in figures) and any(map(a_whole, figures)):
                return True
    return bool(of) and part.unit is not None and any(
        a_whole(whole) and whole.unit == part.unit
        and of & content_words(around(source, whole.span.start)[0].text, lex)
        for source in sources for whole in source.in_order)


def _a_named_part(whole: Quantity, names: Sequence[str], said: frozenset[str], low: float,
                  high: float, sources: Sequence[SourceReading], notation: Grammar) -> bool:
    """Whether a source that states ``whole`` gives, in a sentence naming one of ``names`` or
    with one of the content words ``said``, a part in the whole's unit between ``low`` and
    ``high`` per cent of it."""
    for source in sources:
        if not any(abs(figure.value - whole.value) <= whole.value * ENDPOINT
                   and figure.kind is whole.kind for figure in source.in_order):
            continue
        for at, figures in enumerate(by_sentence(source)):
            sentence = source.sentences[at]
            words = frozenset(sentence.text.split())
            if (any(name in words or f"{name}'s" in words for name in names)
                    or said & sentence.words) and any(
                    low <= part.value / whole.value * 100 <= high for part in figures
                    if part.unit and unit_key(part.unit) == unit_key(whole.unit)
                    and 0 < part.value < whole.value and one_currency(part, whole, notation)):
                return True
    return False


def a_share_of_named_sides(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                           notation: Grammar, lex: LexiconLookup) -> bool:
    """A share the claim works out of a part and a whole a source gives, the whole beside
    words the claim uses after "of" ("less than a quarter of the 1913 coal peak" for "At its
    peak in 1913 the harbour shipped 2.7 million tonnes of coal"), the part in the whole's
    sentence ("about two-thirds of trial patients" for "In a trial of 31 patients aged 4 to
    44, 21 showed …") or anywhere beside words the claim uses right before the share ("its
    2023 cargo was less than a quarter" for "the harbour handled 640,000 tonnes of cargo"); or
    of the claim's amount before it, by a pronoun, the part named after that ("£740,000, about
    a third of it funded by a heritage grant" for "a further £250,000 came from a national
    heritage grant"); or of a measurement the claim gives right before it (``_a_measured_part``).
    No age is a part."""
    if claimed.kind is not QuantityKind.PERCENT:
        return False
    start, end = claimed.span.start - claim.span.start, claimed.span.end - claim.span.start
    of = _OF_THE_WHOLE.match(claim.text, end)
    if of is None:
        return False
    after_of = claim.text[of.end():].split()
    # "£740,000, about a third of it funded by a heritage grant": the whole is the claim's
    # amount before, the part named after the pronoun
    earlier = [figure for figure in claim.quantities if figure.span.end <= claimed.span.start
               and family(figure.kind) == "amount" and figure.kind not in DATING]
    pronoun = bool(after_of) and after_of[0].lower().strip(",.;") in lex.words("pronouns")
    whole_words = frozenset() if pronoun else content_words(
        " ".join(after_of[:SIDE_WORDS]), lex)
    part_words = content_words(" ".join(claim.text[:start].split()[-SIDE_WORDS:]), lex) | (
        content_words(" ".join(after_of[1:SIDE_WORDS + 2]), lex) if pronoun else frozenset())
    low, high = backed_between(claimed)
    if earlier and _a_measured_part(claim, earlier[-1], claimed, low, high, sources, notation):
        return True
    for source in sources:
        named_parts = [figure for figure in source.in_order
                       if part_words & words_near(source.text, figure, lex)]
        for figures in by_sentence(source):
            for whole in figures:
                if whole.kind in DATING or family(whole.kind) != "amount" or whole.value <= 0 or (
                        not (whole_words & words_near(source.text, whole, lex) or (
                            pronoun and earlier and supports(earlier[-1], whole)))):
                    continue
                if any(0 < part.value < whole.value and part.kind is whole.kind
                       and one_currency(part, whole, notation)
                       and not is_age(source.text, part, part.span.start, lex)
                       and low <= part.value / whole.value * 100 <= high
                       for part in (*figures, *named_parts)):
                    return True
    return False


def _a_measured_part(claim: Claim, part: Quantity, share: Quantity, low: float, high: float,
                     sources: Sequence[SourceReading], notation: Grammar) -> bool:
    """Whether a measurement the claim gives right before its share ("an iceberg of some 1,270
    square kilometres, less than a tenth of its area") is that share of a measurement of the
    same kind in a source ("The shelf covers about 16,400 square kilometres")."""
    offset = claim.span.start
    unit = notation.measure_after.match(claim.text, part.span.end - offset)
    measure = notation.measure_at(claim.text, part.span.end - offset)
    if unit is None or measure is None or not _RIGHT_BEFORE.fullmatch(
            claim.text, unit.end(), share.span.start - offset):
        return False
    for source in sources:
        # each of the source's measurements of that kind, in the kind's base unit
        measured = [(figure, figure.value * size[1]) for figure in source.in_order
                    if (size := notation.measure_at(source.text, figure.span.end)) is not None
                    and size[0] == measure[0]]
        if any(supports(part, stated) and low <= amount / whole * 100 <= high
               for stated, amount in measured for other, whole in measured
               if other is not stated and whole > 0):
            return True
    return False


_RIGHT_BEFORE = re.compile(r"\s*[,(–—-]?\s*")  # "1,270 sq km, less than a tenth of …"


def _a_share_of(whole: Quantity, low: float, high: float, sources: Sequence[SourceReading],
                notation: Grammar, anywhere: bool) -> bool:
    """Whether a part the source gives beside ``whole`` or in the sentence after it (or, with
    ``anywhere``, in the whole's unit anywhere) is between ``low`` and ``high`` per cent of it
    ("for all 420 children. The school has 14 deaf pupils" for "one in 30")."""
    margin = whole.value * ENDPOINT
    for source in sources:
        sentences = by_sentence(source)
        for figures, following in zip(sentences, [*sentences[1:], []], strict=True):
            stated = [figure for figure in figures
                      if abs(figure.value - whole.value) <= margin
                      and figure.kind is whole.kind and one_currency(whole, figure, notation)]
            # a part of the whole's own unit may stand anywhere in the source ("about 5.5
            # million tyres" … "55 million tyres"), others beside the whole
            counted = [part for part in source.in_order if anywhere and part.unit and any(
                unit_key(part.unit) == unit_key(said.unit) for said in stated)]
            if any(low <= part.value / said.value * 100 <= high
                   for said in stated for part in (*figures, *following, *counted)
                   if 0 < part.value < said.value and part.kind not in DATING
                   and family(part.kind) == "amount" and one_currency(part, said, notation)):
                return True
    return False


def a_part_of_a_stated_whole(claimed: Quantity, claim: Claim,
                              sources: Sequence[SourceReading], notation: Grammar,
                              lex: LexiconLookup) -> bool:
    """A part the claim works out from a whole it states and the share of it the source
    gives beside that whole: "6,400 homes, around 4,500 of them at social rent" for "6,400
    new homes, 70% of them for social rent"; or in a sentence that says what the claim says
    of the part ("1.06 million hectolitres, about 400,000 of them for export" for "Exports
    made up 38 percent of volume")."""
    if family(claimed.kind) != "amount" or claimed.kind in DATING:
        return False
    low, high = backed_between(claimed)
    said = content_words(_CLAUSE_BREAK.split(claim.text[claimed.span.end - claim.span.start:])[0],
                         lex)
    for whole in claim.quantities:
        if whole is claimed or whole.kind is not claimed.kind or whole.value <= claimed.value:
            continue
        margin = whole.value * ENDPOINT
        for source in sources:
            for at, figures in enumerate(by_sentence(source)):
                # (and what is left of it: "70 per cent … by the state and the rest by the town")
                rest = notation.remainder.search(source.sentences[at].text) is not None
                if any(abs(figure.value - whole.value) <= margin and figure.kind is whole.kind
                       and one_currency(whole, figure, notation) for figure in figures) and any(
                        share.kind is QuantityKind.PERCENT
                        and any(low <= part / 100 * whole.value <= high
                                for part in (share.value, *([100 - share.value] * rest)))
                        for share in figures):
                    return True
            # or in any sentence, of what the whole counts: "35% of the homes" for "340 homes",
            # or of a sum of money: "About 70 per cent of the cost was paid by the state
            # government and the rest by the town" for "$9.6m … the town paying about $2.9m"
            shares = source.figures.get("share")
            if whole.unit and shares is not None and states(source, whole.value) and any(
                    share.kind is QuantityKind.PERCENT
                    and any(low <= part / 100 * whole.value <= high
                            for part in (share.value, *([100 - share.value] * _rest_after(
                                source, share, notation))))
                    and (_of_the(source.text, share, whole.unit) or (
                        whole.kind is QuantityKind.CURRENCY
                        and _OF_A_SUM.match(source.text, share.span.end) is not None)
                        or bool(said & around(source, share.span.start)[0].words))
                    for share in shares.figures):
                return True
    return False


def _rest_after(source: SourceReading, share: Quantity, notation: Grammar) -> bool:
    """Whether the sentence of a share goes on to what is left ("… and the rest by the town")."""
    sentence, _ = around(source, share.span.start)
    return notation.remainder.search(sentence.text) is not None


# "70 per cent of the cost", "a third of its budget": a share of a sum named by a noun
_OF_A_SUM = re.compile(r"\s+of\s+(?:the|its|their)\s+[a-z]+\b", re.IGNORECASE)


def _of_the(text: str, share: Quantity, unit: str) -> bool:
    """Whether the share is "of the" things ``unit`` counts: "35% of the homes" ("homes")."""
    of = _OF_THE_WHOLE.match(text, share.span.end)
    noun = WORD.match(text, of.end()) if of is not None else None
    return noun is not None and singular(noun.group().lower()) == singular(unit.lower())


def a_whole_of_a_part(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                       notation: Grammar) -> bool:
    """A whole the claim works out from a part and the share it is of that whole, both of one
    source sentence and one of them stated by the claim too: "about 1.8 million pieces,
    roughly 70% of its output, so some 2.6 million in all" for "around 1.8 million pieces a
    year, about 70 per cent of its total output"."""
    if family(claimed.kind) != "amount" or claimed.kind in DATING:
        return False
    low, high = backed_between(claimed)
    stated = [other.value for other in claim.quantities if other is not claimed]
    for source in sources:
        for figures in by_sentence(source):
            for share in figures:
                if share.kind is not QuantityKind.PERCENT or not 0 < share.value < 100:
                    continue
                if any(low <= part.value / share.value * 100 <= high
                       and any(math.isclose(value, anchor, rel_tol=ENDPOINT)
                               for value in stated for anchor in (part.value, share.value))
                       for part in figures if part.kind is claimed.kind
                       and one_currency(part, claimed, notation)):
                    return True
    return False


def a_whole_and_its_part(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                         notation: Grammar) -> bool:
    """A total the claim gives with one of its parts right after it ("runs 11 locomotives,
    seven of them steam"), that one source sentence gives as that part and one or two others
    ("seven steam locomotives and four diesels")."""
    end = claimed.span.end - claim.span.start
    part = next((other for other in claim.quantities if other.span.start > claimed.span.start
                 and _PART_AFTER.fullmatch(claim.text, end, other.span.start - claim.span.start)
                 and _OF_THEM.match(claim.text, other.span.end - claim.span.start)), None)
    if part is None:
        return False
    low, high = backed_between(claimed)
    for source in sources:
        for figures in by_sentence(source):
            alike = [figure for figure in figures if figure.kind is claimed.kind
                     and one_currency(figure, claimed, notation)]
            for at, stated in enumerate(alike):
                if stated.value != part.value:
                    continue
                others = alike[:at] + alike[at + 1:]
                if any(low <= stated.value + sum(other.value for other in group) <= high
                       for size in (1, 2) for group in combinations(others, size)):
                    return True
    return False


# Between a total and its part: ", " and up to two words ("11 locomotives, seven")
_PART_AFTER = re.compile(r"(?:\s+[^\W\d][\w'’-]*){0,2}\s*,\s*")
# After the part: "of them", "of which", "of whom"
_OF_THEM = re.compile(r"\s+(?:[^\W\d][\w'’-]*\s+)?of\s+(?:them|which|whom)\b", re.IGNORECASE)


def one_for_every(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                  lex: LexiconLookup) -> bool:
    """The N of "one … for every N" that the claim works out as the ratio of two counts of
    one source sentence ("about one staff space for every three employees" for "1,450 staff
    spaces for a workforce of about 4,300"), or of two it states that a source gives: after one
    of ``one_for_every_cues``, with a one before it in the claim."""
    start = claimed.span.start - claim.span.start
    if claimed.kind is not QuantityKind.COUNT or not lex.derived(_for_every).search(
            claim.text, max(0, start - _CUE_CHARS), start) or not any(
            other.value == 1 and other.span.end <= claimed.span.start
            for other in claim.quantities):
        return False
    low, high = backed_between(claimed)
    # … or of two counts the claim states, each of which a source gives ("17,000 recruits …
    # from over 210,000 applicants, roughly one place for every 12 candidates")
    stated = [other for other in claim.quantities if other.kind is QuantityKind.COUNT
              and other.value > 1 and other is not claimed
              and any(states(source, other.value) for source in sources)]
    if any(low <= many.value / few.value <= high
           for few, many in permutations(stated, 2) if many.value > few.value):
        return True
    for source in sources:
        for figures in by_sentence(source):
            counts = [figure for figure in figures
                      if figure.kind is QuantityKind.COUNT and figure.value > 0]
            if any(low <= many.value / few.value <= high
                   for few, many in permutations(counts, 2) if many.value > few.value):
                return True
    return False


_CUE_CHARS = 16


def _for_every(lex: LexiconLookup) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lex.alternation('one_for_every_cues')})\s+$", re.IGNORECASE)


ALL_PER_CENT = 100.0


def the_other_share(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
                    lex: LexiconLookup) -> bool:
    """A share the claim works out as what is left of all by the share a source gives the
    other side, in a sentence about what the claim is about (two content words of the claim
    at least): "Pomorski investors will hold 32% of the merged lender" for "Wiślany
    shareholders will own 68% of the enlarged bank"."""
    if claimed.kind is not QuantityKind.PERCENT:
        return False
    low, high = bounds(claimed)  # (a split's two shares are rounded once)
    words = content_words(claim.text, lex)
    for source in sources:
        shares = source.figures.get("share")
        if shares is not None and any(
                figure.kind is QuantityKind.PERCENT
                and len(around(source, figure.span.start)[1] & words) >= ABOUT_ONE_THING
                for figure in shares.between(ALL_PER_CENT - high, ALL_PER_CENT - low)):
            return True
    return False


def the_rest(claimed: Quantity, claim: Claim, sources: Sequence[SourceReading],
              notation: Grammar, lex: LexiconLookup) -> bool:
    """What the claim works out is left of a whole once the parts a source sentence gives are
    taken away, where that sentence says where the rest came from ("about £300,000 from
    donations" for "a £2.4m grant, £500,000 from the council and the rest from public
    donations" of a £3.2m restoration). The whole is a figure of the claim or its sources, or,
    of shares, all ("roughly 30% exported" for "about 70% is sold at home, the remainder
    exported"); with those of the sentence before where the sentence opens with "The
    remaining" and the like. Not a measurement ("a range of 600 miles"), whose parts no
    sentence of counts gives."""
    if claimed.kind not in (QuantityKind.CURRENCY, QuantityKind.COUNT, QuantityKind.PERCENT) or (
            claimed.kind is QuantityKind.COUNT and claimed.value < SMALL_COUNT) or (
            notation.measure_of(claimed.unit) is not None):
        return False
    low, high = backed_between(claimed)

    def of_its_kind(figure: Quantity) -> bool:
        return figure.kind is claimed.kind and figure.value > 0 and one_currency(
            claimed, figure, notation)

    if claimed.kind is QuantityKind.PERCENT:
        wholes = [ALL_PER_CENT]
    else:
        wholes = [figure.value for figure in claim.quantities
                  if figure is not claimed and of_its_kind(figure)]
        wholes += [figure.value for source in sources for found in source.figures.values()
                   for figure in found.figures if of_its_kind(figure)]
    continued = lex.derived(_continues)
    for source in sources:
        sentences = by_sentence(source)
        for at, figures in enumerate(sentences):
            text = source.sentences[at].text
            if at and continued.match(text):
                # "… largely by a grant of £298,000. The remaining money came from …": the
                # sentence before gives the whole and the first parts
                figures = [*sentences[at - 1], *figures]
            rest = notation.remainder.search(text) is not None
            # (with a remainder word, the parts may begin in the sentence before: "The club
            # contributed £150,000. The council gave £300,000 and the sports council the rest.")
            for read in ([figures, [*sentences[at - 1], *figures]] if rest and at else [figures]):
                parts = [figure.value for figure in read if of_its_kind(figure)]
                if claimed.kind is QuantityKind.PERCENT:
                    # a fraction among shares is one: "the state paid half the cost, the
                    # regional council 30 percent and the town the remainder"
                    parts += [figure.value * ALL_PER_CENT for figure in read
                              if figure.kind is QuantityKind.RATIO and 0 < figure.value < 1]
                # (the whole may stand among them: "Of the estimated 212 people on board, 87
                # were rescued and 64 bodies were recovered; the remainder were never found")
                if parts and (rest or _last_part_unsaid(source.text, read, len(parts))) and any(
                        low <= whole - (sum(parts) - whole * (whole in parts)) <= high
                        for whole in wholes):
                    return True
    return False


def _continues(lex: LexiconLookup) -> re.Pattern[str]:
    """A sentence that opens with "The remaining" and the like (lexicon whole_continuations)."""
    return re.compile(rf"\W*(?:{lex.alternation('whole_continuations')})\b", re.IGNORECASE)


def _last_part_unsaid(text: str, figures: Sequence[Quantity], parts: int) -> bool:
    """Whether a sentence that gives two parts or more ends on one more with no figure, which
    is what is left: "funded by the federal government, with A$38 million, the state, with
    A$24 million, and the airport itself"."""
    return parts >= 2 and bool(figures) and _UNSAID_LAST.match(
        text, max(figure.span.end for figure in figures)) is not None


# the end of a list after its last figure, a part with none: "…, and the airport itself."
_UNSAID_LAST = re.compile(r"[^\d.;]*?,\s+and\s+(?:the\s+)?[^\W\d][^\d.;]*(?:[.!](?:\s|$)|$)")
