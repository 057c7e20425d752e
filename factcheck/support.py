"""What a claim's cited sources hold of it: the source figures that state each of its figures,
the source passages that hold each of its quotations with who they say spoke, the other holders
they name of a role the claim gives, the other speakers they give a statement the claim reports,
and the outcomes they state the other way.

The sources stage (factcheck.sources) reads each source once; this compares one claim with
those readings, for the fact builder, which asserts what it finds as `source_figure`,
`source_quote`, `source_role`, `source_statement` and `source_outcome` facts, and for the
Python rule that still asks of a figure whether any source backs it in any notation
(rules/packs/citation_support.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.alignment import content_words, normalize, overlap, similarity
from factcheck.extract.grammar import Grammar
from factcheck.extract.inflection import singular
from factcheck.extract.lookup import LexiconLookup, alternation
from factcheck.extract.names import is_common_word
from factcheck.extract.outcomes import Outcome, contests, outcomes
from factcheck.extract.quantities import change_direction
from factcheck.extract.quotes import (
    Attribution,
    attribution,
    quotation_spans,
    reported_statements,
    speaker_of,
)
from factcheck.extract.roles import RoleHolder, role_holders
from factcheck.models import Claim, Quantity, QuantityKind, Quote
from factcheck.sources import SourceReading, SourceSentence, family, fold, is_range

# Years and dates: datelines, bylines and addresses state them as often as a story does, so
# where a source states one, or a sum of two, says little.
DATING = frozenset((QuantityKind.YEAR, QuantityKind.DATE))

# How far past its figure an open hedge reaches: "more than 600" is said of 612 or 850, not of
# 3,100; "up to 39" of 35 or 30, not of 19.
OPEN_HEDGE = 1.5

# A source sentence with fewer content words says too little of what its figure is about: the
# lines around it are read with it (a caption, a table's line).
FEW_WORDS = 3

PASSAGE_CHARS = 160  # of a source passage quoted in a finding

# How alike a source sentence and a quotation must be for the sentence to hold it: a typo, a
# dropped comma (citation.quote-not-in-source's measure).
QUOTED = 95

# How many sentences one quotation may run over, before or after the one holding the words.
QUOTATION_SENTENCES = 3


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
                    and not _points_for_percent(claimed, figure)
                    and not _things_for_money(claimed, figure))


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


def around(source: SourceReading, offset: int) -> tuple[SourceSentence, frozenset[str]]:
    """The sentence holding ``offset`` and the content words it is about: its own, or with its
    neighbours' when it has too few (a figure on a caption or table line is about the lines
    around it)."""
    sentences = source.sentences
    at = min(bisect_right(source.sentence_ends, offset), len(sentences) - 1)
    if len(sentences[at].words) >= FEW_WORDS:
        return sentences[at], sentences[at].words
    near = sentences[max(0, at - 1):at + 2]
    return sentences[at], frozenset().union(*(sentence.words for sentence in near))


def cut(passage: str) -> str:
    """A source passage as a finding quotes it: whole, or its first ``PASSAGE_CHARS``."""
    return passage if len(passage) <= PASSAGE_CHARS else passage[:PASSAGE_CHARS - 1] + "…"


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
                told = _against_an_earlier_value(source, figure, lex)
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
    level the change ended at ("fell to 61.3%")."""
    ended = _ENDED_AT.search(text, max(0, start - 4), start) is not None
    return change_direction(text, start, end, lex), ended


def _against_an_earlier_value(source: SourceReading, figure: Quantity, lex: LexiconLookup
                              ) -> int | None:
    """Which way a level changed that the source sets beside an earlier one: "an operating
    loss of €17 million, compared with a loss of €9 million the previous year" rose."""
    ordered = source.in_order
    at = bisect_right(ordered, figure.span.start, key=lambda other: other.span.start)
    if at >= len(ordered):
        return None
    earlier = ordered[at]
    between = source.text[figure.span.end:earlier.span.start]
    after = source.text[earlier.span.end:earlier.span.end + _EARLIER_TIME_CHARS]
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
        self.opener = re.compile(
            rf"\s*,?\s*(?:{lex.alternation('earlier_value_openers')})\s+"
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


def persons_name(name: str) -> bool:
    """A name a person goes by, not capitalized common words ("The Mayor", "Police Chief"):
    after the common words that open it (a title, "The"), a first name and a surname ("Rashid
    Khan", whose surname is also a word), or one word that is no common word ("Raghavan") nor
    written in capitals (an organization's letters: "The FBU")."""
    words = name.split()
    while words and is_common_word(words[0]):
        words.pop(0)
    return len(words) > 1 or (len(words) == 1 and not is_common_word(words[0])
                              and not words[0].isupper())


def speakers_name(name: str, lex: LexiconLookup, sources: Sequence[SourceReading] = ()
                  ) -> bool:
    """A name before or after a verb of speech that is a person's: ``persons_name``; after
    its titles ("Chief Constable", "chair"), two or three capitalized words that are no
    organization's or place's head ("Rob Kitchen", "Grace Field"; not "Police Federation",
    "Transport Office"); or a surname that is a word too, which ``sources`` give after a first
    name ("Askew" where a source names "Tom Askew")."""
    if persons_name(name) or surname_of_a_full_name(name, sources):
        return True
    words = [word for word in name.split() if not lex.is_title(word)]
    return 2 <= len(words) <= 3 and all(
        word[:1].isupper() and not word.isupper()
        and word.rstrip(".").lower() not in lex.organization_heads
        and word.lower() not in lex.place_heads for word in words)


def surname_of_a_full_name(name: str, sources: Sequence[SourceReading]) -> bool:
    """Whether the one word ``name`` ends a first name and surname a source gives ("Askew"
    of "Tom Askew"): a person's, though English writes the word in lower case too."""
    if " " in name or not name[:1].isupper() or name.isupper():
        return False
    full = re.compile(rf"(?<![\w'’-])(?-i:[A-Z])[\w'’-]+\s+{re.escape(name)}(?![\w'’-])")
    return any(full.search(source.text) for source in sources)


@dataclass(frozen=True)
class GivenRole:
    """A role the claim gives a person, and another person a cited source gives it to."""

    role: str  # its normal form: "chief executive"
    person: str  # as the claim names them
    holder: str  # as the source names the other; "" where it names no other
    source: str  # the reference's id
    passage: str  # the source sentence naming the other (or, with none, the person)
    person_holds: bool  # a cited source gives the person this role too (or one of its head)
    person_role: str | None  # another role the cited sources give the person


def given_roles(claim: Claim, sources: Sequence[SourceReading], lex: LexiconLookup
                ) -> list[GivenRole]:
    """For each single-holder role the claim gives a person ("chief executive Pieter
    Jansen"), each other person its cited sources give that role to; where they give it to
    no one, but give the person another role ("chief operating officer Pieter Jansen"), one
    with no other holder."""
    claimed = [holder for holder in role_holders(_as_cased(claim.text, sources), lex)
               if not holder.passing]
    if not claimed:
        return []
    held = [(source, holder) for source in sources
            for holder in _source_role_holders(source.text, lex)]
    given: list[GivenRole] = []
    for mine in claimed:
        key = surname_key(mine.name)
        theirs = [(source, holder) for source, holder in held
                  if surname_key(holder.name) == key]
        holds = any(_one_role(holder.role, mine.role) for _, holder in theirs)
        other = next(((source, holder) for source, holder in theirs
                      if not _one_role(holder.role, mine.role)), None)
        found = [GivenRole(role=mine.role, person=mine.name, holder=holder.name,
                           source=source.id, passage=around(source, holder.start)[0].text,
                           person_holds=holds,
                           person_role=other[1].written if other else None)
                 for source, holder in held
                 if holder.role == mine.role and not holder.passing
                 and surname_key(holder.name) != key]
        if not found and other is not None and not holds and (
                mine.role not in lex.words("generic_roles")):
            source, holder = other
            found = [GivenRole(role=mine.role, person=mine.name, holder="", source=source.id,
                               passage=around(source, holder.start)[0].text,
                               person_holds=False, person_role=holder.written)]
        given.extend(found)
    return given


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
    mine = [*outcomes(claim.text, lex), *contests(_as_cased(claim.text, sources), lex)]
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


def _as_cased(text: str, sources: Sequence[SourceReading]) -> str:
    """A claim's text as names are read from it: as written, or, lower-cased ("ceo ana ruiz
    said"), with the words its cited sources always capitalize capitalized again (the same
    length, so offsets hold)."""
    if not sources or any(char.isupper() for char in text):
        return text
    return _as_the_sources_case(text, tuple(source.text for source in sources))


_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")
_CAPITALIZED_WORD = re.compile(r"\b[A-Z][\w'’-]*")


@lru_cache(maxsize=256)  # one lower-cased claim is read for roles, outcomes and speakers
def _as_the_sources_case(text: str, sources: tuple[str, ...]) -> str:
    cases = [_cases(source) for source in sources]
    names = frozenset().union(*(capitalized for capitalized, _ in cases)) - frozenset().union(
        *(lowered for _, lowered in cases))
    return _LOWER_WORD.sub(
        lambda found: found.group().capitalize() if found.group() in names else found.group(),
        text)


@lru_cache(maxsize=256)
def _cases(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words ``text`` capitalizes (lower-cased) and those it writes in lower case."""
    return (frozenset(word.lower() for word in _CAPITALIZED_WORD.findall(text)),
            frozenset(_LOWER_WORD.findall(text)))


@lru_cache(maxsize=256)
def _source_role_holders(text: str, lex: LexiconLookup) -> list[RoleHolder]:
    return role_holders(text, lex)


def _one_role(one: str, other: str) -> bool:
    """Whether two roles may be one: the same head word ("head coach", "coach")."""
    return one.split()[-1] == other.split()[-1]


def surname_key(name: str) -> str:
    """What one person's names share, accents and case aside: "Raghavan" for "Arjun
    Raghavan" and "Raghavan"."""
    return fold(name.split()[-1])


def speaker(claim: Claim, quote: Quote, lex: LexiconLookup,
            sources: Sequence[SourceReading] = ()) -> str | None:
    """Who the claim says spoke its quotation ``quote``; a lower-cased claim is read with the
    words its cited ``sources`` always capitalize ("manager Kevin Doyle said")."""
    said = speaker_of(_as_cased(claim.text, sources), quote.span.start - claim.span.start,
                      quote.span.end - claim.span.start, lex)
    return said.name if said is not None else None


@dataclass(frozen=True)
class QuotingPassage:
    """A passage of a cited source that holds a claim's quotation."""

    source: str  # the reference's id
    speaker: str | None  # who the source says spoke it, if it names anyone
    passage: str


def quoting_passages(quote: Quote, sources: Sequence[SourceReading], lex: LexiconLookup
                     ) -> list[QuotingPassage]:
    """The passages of ``sources`` that hold the longest part of ``quote`` nearly word for
    word, each with who it says spoke."""
    part = max(quote.parts, key=len)
    return [QuotingPassage(source.id, speaker, passage) for source in sources
            if similarity(source.normalized, part) >= QUOTED
            for speaker, passage in _speakers(part, source, lex)]


def _quoting_at(text: str, offset: int) -> bool:
    """Whether ``offset`` of ``text`` stands inside a quotation opened earlier in its paragraph
    (a quotation of several sentences: "We have been patient. Patience does not pay rent.")."""
    # a paragraph ends at a blank line (a hard-wrapped text breaks its lines inside one), or,
    # in a text with none, at a line's end
    start = text.rfind("\n\n", 0, offset)
    if start < 0 and "\n\n" not in text:
        start = text.rfind("\n", 0, offset)
    before = text[start + 1:offset]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _speakers(part: str, source: SourceReading, lex: LexiconLookup
              ) -> Iterator[tuple[str | None, str]]:
    """(who the source says spoke, the passage that says so) for each of its sentences that
    holds the quoted ``part`` (``_passage_speaker``); None where none names anyone."""
    for index, sentence in enumerate(source.sentences):
        if similarity(normalize(sentence.text), part) >= QUOTED:
            yield _passage_speaker(source, index, lex, part)


def _passage_speaker(source: SourceReading, index: int, lex: LexiconLookup,
                     part: str | None = None) -> tuple[str | None, str]:
    """(who the source says spoke the words of its sentence ``index``, the passage that says
    so): the name the attribution of its quotation gives (of the quotation holding ``part``,
    where given), in its own sentence or in the one that opens or closes a quotation of
    several, or after a pronoun ("…," she said) the one a sentence before the quotation gives
    (at most ``PRONOUN_SENTENCES`` back, past another pronoun's: "He warned, however, …")."""
    sentences = source.sentences
    starts = [0, *(sentence.end for sentence in sentences[:-1])]
    first = last = index
    while first and index - first < QUOTATION_SENTENCES and _quoting_at(
            source.text, starts[first]):
        first -= 1
    while last + 1 < len(sentences) and last - index < QUOTATION_SENTENCES and _quoting_at(
            source.text, sentences[last].end):
        last += 1
    sentence = sentences[index].text
    said = (_said_in(sentence, part, lex) if part is not None else attribution(sentence, lex)
            ) if first == last else next(
        (found for at in (index, first, last)
         if (found := attribution(sentences[at].text, lex)) is not None), None)
    passage = " ".join(quoted.text for quoted in sentences[first:last + 1])
    back = first
    while said is not None and said.name is None and back and first - back < PRONOUN_SENTENCES:
        back -= 1
        passage = f"{sentences[back].text} {passage}"
        said = attribution(sentences[back].text, lex)
    return (said.name if said is not None else None), passage


PRONOUN_SENTENCES = 2  # how far back a pronoun's speaker is looked for


@dataclass(frozen=True)
class GivenStatement:
    """Words the claim reports a named person said, and another named person a cited source
    gives them to."""

    person: str  # as the claim names the speaker
    holder: str  # as the source names the other
    source: str  # the reference's id
    passage: str  # the source's passage, with its attribution
    person_says: bool  # a passage that holds the words as well gives them to the person
    person_named: bool  # a cited source names the person


# How much of a reported statement's content words a source passage must hold to be taken for
# the same words, and at least how many: paraphrase keeps most of them ("revaccination would
# probably be needed" of "revaccination will probably be needed at some interval").
STATEMENT_SHARE = 0.5
STATEMENT_WORDS = 3
# Passages within this share of the best one hold the words as well.
STATEMENT_TIE = 0.1


def given_statements(claim: Claim, sources: Sequence[SourceReading], lex: LexiconLookup
                     ) -> list[GivenStatement]:
    """For each statement the claim reports a person made ("Marr said the rate must not
    change"), the passages of its cited sources that hold its words best, where they give
    them to another named person."""
    given: list[GivenStatement] = []
    for statement in reported_statements(_as_cased(claim.text, sources), lex):
        if not speakers_name(statement.name, lex):
            continue
        words = content_words(statement.words, lex)
        aligned = [(overlap(words, held), source, index) for source in sources
                   for index, held in _quoted_words(source)]
        best = max((share for share, _, _ in aligned), default=0.0)
        if best < STATEMENT_SHARE or best * len(words) < STATEMENT_WORDS:
            continue
        key = surname_key(statement.name)
        holders = [(source, *_passage_speaker(source, index, lex))
                   for share, source, index in aligned if share >= best - STATEMENT_TIE]
        says = any((holder is not None and surname_key(holder) == key) or key in fold(passage)
                   for _, holder, passage in holders)
        if not says and any(holder is None or not speakers_name(holder, lex, sources)
                            for _, holder, _ in holders):
            continue  # a passage that holds the words as well names nobody: it may be theirs
        surname = normalize(statement.name.split()[-1])
        named = any(source.names.has_phrase(surname) for source in sources)
        given.extend(GivenStatement(person=statement.name, holder=holder, source=source.id,
                                    passage=passage, person_says=says, person_named=named)
                     for source, holder, passage in holders
                     if holder is not None and speakers_name(holder, lex, sources)
                     and surname_key(holder) != key)
    return given


def _quoted_words(source: SourceReading) -> Iterator[tuple[int, frozenset[str]]]:
    """(sentence index, content words) of each sentence of a source, and of each quotation
    that runs over two ("The turbines have run for 67 years. They were built to last 40,"
    he said): a statement may sum up both."""
    sentences = source.sentences
    for index, sentence in enumerate(sentences):
        yield index, sentence.words
        if index + 1 < len(sentences) and _quoting_at(source.text, sentence.end):
            yield index, sentence.words | sentences[index + 1].words


def _said_in(text: str, part: str, lex: LexiconLookup) -> Attribution | None:
    """Who the sentence ``text`` says spoke its quotation that holds ``part`` (or any of its
    quotations, where none holds it whole)."""
    for start, end in quotation_spans(text):
        if similarity(normalize(text[start:end]), part) >= QUOTED:
            return speaker_of(text, start, end, lex)
    return attribution(text, lex)
