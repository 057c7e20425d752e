"""Which name a figure belongs to: a claim that pairs a source's figure with another name the
source pairs with another figure of the same kind ("Saltbridge … at 640" for "Eastmoor
accounted for 640 filings, while neighbouring Saltbridge recorded 410").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.grammar import Grammar, grammar
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.names import is_common_word
from factcheck.extract.quantities import is_age
from factcheck.models import Claim, Quantity, Span
from factcheck.sources import SourceReading, family
from factcheck.support.figures import supports
from factcheck.support.passages import as_cased
from factcheck.support.people import FULL_NAME, surname_key, without_description

# A proper name: capitalized words, "of", "the" or "de" between them ("Saint Alder Hospital",
# "Bank of England").
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|the|de)\s+)?[A-Z][\w'’-]*)*")
# Between a name and the figure it is paired with: one clause, at most one comma ("Harkin, at
# 44%", "Eastmoor accounted for 640").
_BESIDE = re.compile(r"[^,;:.()\[\]]*(?:,[^,;:.()\[\]]*)?")
_BESIDE_CHARS = 60
_TIGHT_CHARS = 30  # in the source, where the pairs stand side by side
_POSSESSIVE = re.compile(r"['’]s?$")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Pairing:
    """The name a source pairs with a claim's figure, where the claim pairs another with it."""

    claimed_for: str  # the claim's name beside its figure
    given_to: str  # the source's name beside the same figure


def given_to_another(claim: Claim, claimed: Quantity, figure: Quantity,
                     source: SourceReading, lex: LexiconLookup) -> Pairing | None:
    """The source's name beside ``figure`` (a source figure stating the claim's ``claimed``)
    where the claim has another name beside ``claimed``, which the source sets, in the
    figure's sentence or the one before or after it, beside another figure of the same kind:
    the figure is that other name's (in another sentence, only in the figure's own unit). None
    where the claim names the source's name too, or where either figure has no name beside
    it."""
    times = lex.calendar_words()
    mine = _beside_in_claim(claim, claimed, times)
    if mine is None or a_side_of_a_score(source.text, figure.span.start, figure.span.end) or (
            a_side_of_a_score(claim.text, claimed.span.start - claim.span.start,
                               claimed.span.end - claim.span.start)):
        return None  # ("a 30-12 win at Brackenfield Park": a score is both sides')
    notation = grammar(lex)
    start, end = _sentence_of(source, figure)
    theirs = _name_beside(source.text, figure, start, end, times, _TIGHT_CHARS)
    if theirs is None or _shared(mine, theirs) or (
            _words(theirs) & frozenset(claim.text.lower().split())):
        return None  # (a claim that names the source's name too may pair them otherwise)
    claimed_age = is_age(claim.text, claimed, claimed.span.start - claim.span.start, lex)
    if claimed_age and _a_place(source.text, theirs, figure, lex):
        return None  # (an age is no place's: "bought it in Brackwater at the age of 15")
    # (an age only in its own sentence: "the 47-year-old finance director" after another name
    # is a description of someone else, whose age the sentence after may give)
    near_start, near_end = (start, end) if claimed_age else _sentences_around(source, figure)
    for other in source.in_order:
        if not near_start <= other.span.start < near_end or (
                not start <= other.span.start < end and other.unit != figure.unit) or (
                other.kind is not figure.kind) or (
                other.unit != figure.unit and not _counted_alike(other, figure, notation)) or (
                family(other.kind) != family(claimed.kind) or supports(claimed, other)) or (
                is_age(source.text, other, other.span.start, lex) != claimed_age) or (
                a_side_of_a_score(source.text, other.span.start, other.span.end)):
            continue  # (an age is no figure of another kind: "… zone … Dr Ruth Kemp, 44"; a
            # side of a vote is no name's own: "Castleby's committee voted 9-2")
        named = _name_beside(source.text, other, *_sentence_of(source, other), times,
                             _TIGHT_CHARS)
        if named is not None and _shared(named, mine) and not _shared(named, theirs):
            return Pairing(claimed_for=mine, given_to=theirs)
    return None


def _a_place(text: str, name: str, figure: Quantity, lex: LexiconLookup) -> bool:
    """Whether ``name``, beside ``figure`` in ``text``, follows one of the lexicon's
    placing_prepositions there ("in Brackwater")."""
    start = max(0, figure.span.start - 2 * _BESIDE_CHARS)
    return re.search(rf"\b(?:{lex.alternation('placing_prepositions')})\s+(?:the\s+)?"
                     rf"{re.escape(name)}\b", text[start:figure.span.end + 2 * _BESIDE_CHARS],
                     re.IGNORECASE) is not None


def _counted_alike(one: Quantity, other: Quantity, notation: Grammar) -> bool:
    """Two counts of which one names what it counts and the other leaves it unsaid ("640
    filings", "Saltbridge recorded 410"); no measurement or length of time is either."""
    units = [unit for unit in (one.unit, other.unit) if unit]
    return len(units) == 1 and notation.measures.get(units[0].lower()) is None and (
        notation.days_of(units[0]) is None)


def a_side_of_a_score(text: str, start: int, end: int) -> bool:
    """Whether a figure is one side of a score or a vote ("30-12", "by 112 votes to 41",
    "outnumbered openings by 146 to 62": the larger first; not "fell by 84 to 1,723", a
    change and the level it came to)."""
    if _SCORE_AFTER.match(text, end) or _SCORE_BEFORE.search(
            text, max(0, start - _SCORE_REACH), start):
        return True
    for found in _BY_TALLY.finditer(text, max(0, start - _TALLY_REACH),
                                    min(len(text), end + _TALLY_REACH)):
        if start in (found.start("one"), found.start("other")) and (
                int(found["one"].replace(",", "")) > int(found["other"].replace(",", ""))):
            return True
    return False


_SCORE_AFTER = re.compile(r"\s?[-–]\s?\d")
_SCORE_BEFORE = re.compile(r"\d\s?[-–]\s?\Z")
_SCORE_REACH = 4  # characters before a figure that hold the other side's end and the dash
# "by 112 votes to 41": "by", the first side, a word of what is counted, "to" and the second
_BY_TALLY = re.compile(r"\bby\s+(?P<one>\d[\d,]*)(?:\s+[a-z]+)?\s+to\s+(?P<other>\d[\d,]*)"
                       r"(?![\d.%])", re.IGNORECASE)
_TALLY_REACH = 30  # characters either side of a figure that hold the tally it is a side of


def _beside_in_claim(claim: Claim, claimed: Quantity, times: frozenset[str]) -> str | None:
    """The claim's name nearest its figure, in its clause, with no other figure of the claim
    between them ("19 under par, two shots clear of Pieter van Rooyen": not his)."""
    offset = claim.span.start
    others = [other.span for other in claim.quantities if other.span != claimed.span]
    found = [(name.span.start - offset, name.span.end - offset, _POSSESSIVE.sub("", name.text))
             for name in claim.names if not _words(name.text) <= times
             and not any(_between(other, claimed.span, name.span) for other in others)]
    return _nearest(claim.text, found, claimed.span.start - offset, claimed.span.end - offset)


def _between(middle: Span, one: Span, other: Span) -> bool:
    return min(one.end, other.end) <= middle.start and middle.end <= max(one.start, other.start)


def _name_beside(text: str, figure: Quantity, start: int, end: int, times: frozenset[str],
                 reach: int) -> str | None:
    """The name nearest ``figure`` of ``text`` between ``start`` and ``end``, in its clause; a
    common word opening a sentence ("Losses were worst"), a day and a month are no names."""
    found = [(match.start(), match.end(), _POSSESSIVE.sub("", match.group()))
             for match in _NAME.finditer(text, start, end)
             if abs(match.start() - figure.span.start) <= 2 * _BESIDE_CHARS
             and (" " in match.group() or not is_common_word(match.group()))
             and not _words(match.group()) <= times]
    return _nearest(text, found, figure.span.start, figure.span.end, reach)


def _nearest(text: str, names: list[tuple[int, int, str]], start: int, end: int,
             reach: int = _BESIDE_CHARS) -> str | None:
    """The name nearest a figure at ``start``–``end``, in its clause and with no other figure
    between ("$30m of borrowing and a $4m gift from the Harker Foundation": the gift's)."""
    beside = [(min(abs(start - name_end), abs(name_start - end)), name)
              for name_start, name_end, name in names
              if (start - reach <= name_end <= start and _BESIDE.fullmatch(text, name_end, start)
                  and not _DIGIT.search(text, name_end, start))
              or (end <= name_start <= end + reach and _BESIDE.fullmatch(text, end, name_start)
                  and not _DIGIT.search(text, end, name_start))]
    return min(beside)[1] if beside else None


def _sentences_around(source: SourceReading, figure: Quantity) -> tuple[int, int]:
    """Where the sentence before the one holding ``figure`` starts and the one after it ends:
    a source may give two names' figures in two sentences in a row ("… and the Sports
    Heritage Fund, which awarded £95,000. Local club Burnmouth Road Club raised the final
    £40,000")."""
    return _sentences(source, figure, around=1)


def _sentence_of(source: SourceReading, figure: Quantity) -> tuple[int, int]:
    """Where the source sentence holding ``figure`` starts and ends."""
    return _sentences(source, figure, around=0)


def _sentences(source: SourceReading, figure: Quantity, around: int) -> tuple[int, int]:
    """Where the sentences from ``around`` before the one holding ``figure`` to ``around``
    after it start and end."""
    ends = source.sentence_ends
    at = min(bisect_right(ends, figure.span.start), len(source.sentences) - 1)
    first, last = at - around, min(at + around, len(ends) - 1)
    return (ends[first - 1] if first > 0 else 0), ends[last]


def _words(name: str) -> frozenset[str]:
    """A name's capitalized words, lower-cased ("Bank", "England" of "Bank of England")."""
    return frozenset(word.lower() for word in _NAME_WORD.findall(name))


_NAME_WORD = re.compile(r"\b[A-Z][^\W\d_]+")


def _shared(one: str, other: str) -> bool:
    return bool(_words(one) & _words(other))


# "the 34-year-old": a person the claim describes by an age alone, after naming them
_DESCRIBED_BY_AGE = re.compile(r"\b[Tt]he\s+$")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4}")
# Where a source gives a named person's age: "Tom Hale, 34,", "Tom Hale (34)", "34-year-old
# Tom Hale", "the 34-year-old shepherd Tom Hale".
# (an age may end its sentence: "founded by Dr Ravi Shah, 45.")
_AGE_AFTER_NAME = re.compile(
    rf"(?P<name>{FULL_NAME})\s*(?:,\s*|\()(?P<age>\d{{1,3}})\s*(?:[,)]|\.(?!\d))")
_AGE_BEFORE_NAME = re.compile(
    rf"(?P<age>\d{{1,3}})-year-old\s+(?:[a-z][\w-]*\s+){{0,3}}?(?P<name>{FULL_NAME})")


@dataclass(frozen=True)
class GivenAge:
    """A named person a source gives an age, and where the age stands."""

    name: str
    age: int
    start: int  # of the age in the source's text


def an_age_of_another(claim: Claim, claimed: Quantity, figure: Quantity, source: SourceReading,
                      earlier: Sequence[str], cited: Sequence[SourceReading],
                      lex: LexiconLookup) -> Pairing | None:
    """Where the claim describes a person by an age alone ("The 34-year-old was jailed")
    after naming people the source gives ages, in the claim or in ``earlier`` (its section's
    claims before it), none of them this one, while ``figure`` (the source's statement of the
    age) is someone's the claim does not name: that pairing, with the person named last.
    Summaries refer back by age, and give one person's age to another; a description may
    refer to anyone named before it, so an age of any of them is no error."""
    start = claimed.span.start - claim.span.start
    if not (claimed.unit or "").endswith("-old") or not _DESCRIBED_BY_AGE.search(
            claim.text, max(0, start - 8), start) or _AGE_BEFORE_NAME.match(claim.text, start):
        return None  # (not "the 42-year-old Ivo Marsh": the name it stands before)
    given = _ages_given(source, lex)
    # (of the people the source gives an age: "Carlow Crown Court" is no one; a lower-cased
    # claim read as its sources write their names)
    before = " ".join(as_cased(text, cited) for text in [*earlier, claim.text[:start]])
    # (a run of capitalized words, its description and titles aside: "Curator Dr Maya
    # Holt")
    runs = [without_description(found.group(), lex) for found in _NAME_RUN.finditer(before)
            if not lex.opens_sentence(found.group().split()[0])]
    named = [name for name in runs if any(_one_person(name, one.name) for one in given)]
    if not named or any(one.age == claimed.value and _one_person(one.name, name)
                        for one in given for name in named):
        return None  # (the age of someone the claim names: the description may be theirs)
    theirs = [one for one in given if one.age == claimed.value and one.start == figure.span.start
              and not any(_one_person(one.name, name) for name in named)]
    if not theirs or _described_as_the_source_does(claim.text, claimed.span.end - claim.span.start,
                                                    source, figure, lex):
        return None
    return Pairing(claimed_for=without_description(named[-1], lex),
                   given_to=without_description(theirs[0].name, lex))


_WORD = re.compile(r"[\w'’-]+")
_AGE_WORD = re.compile(r"^[\s-]*year[\s-]*old\b", re.IGNORECASE)
# Words after "N-year-old" in which a role may describe who it is: "the 52-year-old chief
# operating officer".
ROLE_WORDS = 3


def _described_as_the_source_does(text: str, end: int, source: SourceReading, figure: Quantity,
                                  lex: LexiconLookup) -> bool:
    """Whether the words right after the claim's age name a role (lexicon person_nouns) that
    the source names within ``ROLE_NEAR`` words of the age, in its sentence: "the 47-year-old
    finance director" for "The firm's finance director, Ruth Amos, 47" is she, whoever the
    claim named before; not for "Ms Rana, 31, a pharmacist, won … ahead of Tom Hale, 64, a
    retired teacher", where the pharmacist is another."""
    roles = lex.words("person_nouns")
    after = {word.lower() for word in _AGE_WORD.sub("", text[end:], count=1).split()[:ROLE_WORDS]}
    after &= roles
    start, stop = _sentence_of(source, figure)
    near = (_WORD.findall(source.text[start:figure.span.start])[-ROLE_NEAR:]
            + _WORD.findall(source.text[figure.span.end:stop])[:ROLE_NEAR])
    return bool(after) and bool(after & {word.lower() for word in near})


ROLE_NEAR = 6


def _ages_given(source: SourceReading, lex: LexiconLookup) -> list[GivenAge]:
    """The named people a source gives ages; a name after a preposition is a place's or an
    organization's ("a consultant at Medway General, 17 miles away"), unless a title opens it
    ("founded by Dr Ravi Shah, 45")."""
    prepositions = lex.words("prepositions")
    given = []
    for pattern in (_AGE_AFTER_NAME, _AGE_BEFORE_NAME):
        for found in pattern.finditer(source.text):
            before = source.text[max(0, found.start("name") - _WORD_BEFORE):found.start("name")]
            if before.split()[-1:] and before.split()[-1].lower() in prepositions and not (
                    lex.is_title(found.group("name").split()[0])):
                continue
            given.append(GivenAge(name=_POSSESSIVE.sub("", found.group("name")),
                                  age=int(found.group("age")), start=found.start("age")))
    return given


_WORD_BEFORE = 20  # characters before a name in which the word before it is read


def _one_person(one: str, other: str) -> bool:
    """Two names of one person: the same surname, case, accents and a possessive aside."""
    return surname_key(_POSSESSIVE.sub("", one)) == surname_key(_POSSESSIVE.sub("", other))
