"""A claim's figure that the cited source gives another value in the claim's own words: the
words right before the figure, or its unit and the words after it, or fewer words on each
side of it ("been married for" … "years"), stand in the source next to another figure, and
never next to the claim's ("lost his legs in a flying accident in 1943" where the source says
"lost his legs in a flying accident in 1931"; "1,140 dog bite cases" where it says "9,600 dog
bite cases, including 1,140 children"), though the claim's value may be in the source about
something else.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.alignment import content_words
from factcheck.extract.grammar import Grammar, grammar
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.quantities import change_direction
from factcheck.models import Claim, Quantity
from factcheck.sources import SourceReading, family, is_range
from factcheck.support.figures import backing_families, one_currency, supporting
from factcheck.support.pairings import a_side_of_a_score
from factcheck.support.passages import around
from factcheck.support.worked_out import totals_a_list_from

# How many words next to the figure must stand in the source as they do in the claim, and how
# many of them content words: fewer, and "rose to" or "a total of" would find every figure.
NEAR_WORDS = 4
CONTENT_WORDS = 2


@dataclass(frozen=True)
class SaidOtherwise:
    """The claim's words next to its figure, and the source's figure and sentence that say
    them with another value."""

    words: str
    after: bool  # the words come after the figure ("dog bite cases last"), not before
    figure: Quantity
    passage: str
    value_stated: bool  # the source states the claim's value too, of something else


def said_otherwise(claim: Claim, claimed: Quantity, sources: Sequence[SourceReading],
                   notation: Grammar, lex: LexiconLookup) -> SaidOtherwise | None:
    """Where the ``NEAR_WORDS`` words before the claim's figure, or after it, or fewer words
    on each side (``_words_around``), stand in its sources right next to a figure of its kind
    and unit, every time with a value that does not back it: the first such place; else
    None. A change ("rose by 12%") only by the words before it, against a change of the same
    way (``_change_said_otherwise``); not for a difference ("nine fewer performances"),
    which the same words say of a level, nor for a part or a whole said with the other ("620
    of the 1,860 jobs"), nor for a figure in words ("Two judges applied": a writer's count as
    often as a source's)."""
    if not _DIGIT.search(claimed.text) or a_side_of_a_score(
            claim.text, claimed.span.start - claim.span.start, claimed.span.end - claim.span.start):
        return None  # (nor for a side of a score: "came from 5-2 down")
    if claimed.direction is not None:
        # a change only by its verb and the words before it, against the source's change of
        # the same way ("turnover rose by 9 per cent" for "turnover rose by 16 per cent")
        return _change_said_otherwise(claim, claimed, sources, notation, lex)
    # (the sources are searched for the words first: most claims' words stand by no figure
    # of theirs, and what backs the claim's figure is worked out only for those that do)
    sides = [(words, after, places) for words, after in (
        (_fewest_words_before(claim, claimed, lex)
         or _words_past_a_change(claim, claimed, lex), False),
        (_words_after(claim, claimed, notation, lex), True))
        if words is not None and (places := _next_to(words, after, sources))]
    if not sides and (around := _words_around(claim, claimed, notation, lex)) is not None:
        # (fewer words on each side, where both stand around a source figure)
        before, past = around
        places = [(source, figure) for source, figure in _next_to(before, False, sources)
                  if _followed_by(source.text, figure, past, notation)]
        if places:
            sides = [(before, False, places)]
    if not sides or _a_difference(claim, claimed, notation, lex) or _A_PART_OF.search(
            claim.text, 0, claimed.span.start - claim.span.start):
        return None
    stated = _stated(claimed, sources, notation)
    for words, after, places in sides:
        if after and _said_of_the_same(claim, claimed, sources, stated, notation):
            continue
        backed, other = _said_by_figures(words, after, claim, claimed, places, stated,
                                         notation)
        if after and other is not None and _said_after_its_word_before(
                claim, claimed, sources, stated, other, lex):
            continue
        if backed or other is not None:
            return other
    return None


def _stated(claimed: Quantity, sources: Sequence[SourceReading], notation: Grammar
            ) -> list[list[Quantity]]:
    """Each source's figures that back the claim's."""
    families = backing_families(claimed, notation)
    return [list(supporting(claimed, source, families, notation)) for source in sources]


def _change_said_otherwise(claim: Claim, claimed: Quantity, sources: Sequence[SourceReading],
                           notation: Grammar, lex: LexiconLookup) -> SaidOtherwise | None:
    """``said_otherwise`` for a change: the claim's words before it, its verb among them, stand
    in a source right before a change of the same way and family but another value, and
    never before one that backs it."""
    words = _fewest_words_before(claim, claimed, lex)
    if words is None or not any(word.lower() in lex.growth_verbs for word in words):
        return None
    places = _next_to(words, False, sources)
    if not places or _a_difference(claim, claimed, notation, lex):
        return None
    stated = _stated(claimed, sources, notation)
    backing = {id(figure) for found in stated for figure in found}
    first: SaidOtherwise | None = None
    for source, figure in places:
        if id(figure) in backing or figure.value == claimed.value or not _DIGIT.search(
                figure.text):
            return None  # (a figure in words is a writer's rounding: "almost a third")
        if first is None and family(figure.kind) == family(claimed.kind) and (
                change_direction(source.text, figure.span.start, figure.span.end, lex)
                == claimed.direction) and not is_range(figure):
            first = SaidOtherwise(" ".join(words), False, figure,
                                  around(source, figure.span.start)[0].text,
                                  value_stated=any(stated))
    return first


def _words_around(claim: Claim, claimed: Quantity, notation: Grammar, lex: LexiconLookup
                  ) -> tuple[list[str], list[str]] | None:
    """The claim's last ``AROUND_BEFORE`` words before its figure and its unit and words after
    it, ``AROUND_AFTER`` in all, in its clause, if ``CONTENT_WORDS`` of them together are
    content words: "been married for" and "years" around "19"; "was founded in" and "by a
    group" around "1871"."""
    before = _words_before(claim, claimed, lex, AROUND_BEFORE, content=0)
    if before is None:
        return None
    end = claimed.span.end - claim.span.start
    past = _past_its_unit(claim.text, end, notation)
    unit = _WORD.findall(claim.text[end:past])
    after = unit + _words_from(claim.text, past, AROUND_AFTER - len(unit))
    if not after or len(content_words(" ".join(before + after), lex)) < CONTENT_WORDS:
        return None
    return before, after


# Fewer words on each side of the figure, together: three before it, up to three after it
AROUND_BEFORE = 3
AROUND_AFTER = 3


def _followed_by(text: str, figure: Quantity, words: list[str], notation: Grammar) -> bool:
    """Whether the source's figure is followed by the claim's ``words`` after it: its unit and
    the words after that, in its clause ("34 years, said" for "19 years, said")."""
    past = _past_its_unit(text, figure.span.end, notation)
    unit = _WORD.findall(text[figure.span.end:past])
    theirs = unit + _words_from(text, past, max(0, len(words) - len(unit)))
    return [word.lower() for word in theirs] == [word.lower() for word in words]


def _words_before(claim: Claim, claimed: Quantity, lex: LexiconLookup,
                  count: int = NEAR_WORDS, content: int = CONTENT_WORDS) -> list[str] | None:
    """The claim's last ``count`` words before its figure, in its clause, if ``content`` of
    them are content words and none is another figure's ("$186.4 million general")."""
    start = claimed.span.start - claim.span.start
    # (read back from the figure, piece by piece: a pattern anchored at the figure would be
    # tried from every character before it)
    window = max(0, start - _BEFORE_CHARS)
    tail = claim.text[window:start]
    pieces = list(_PIECE.finditer(tail))[-count:]
    if (not tail[-1:].isspace() or len(pieces) < count
            or not all(_WORD.fullmatch(piece.group()) for piece in pieces)):
        return None
    words = [piece.group() for piece in pieces]
    first = window + pieces[0].start()
    if len(content_words(" ".join(words), lex)) < content or any(
            other.span.end - claim.span.start > first
            for other in claim.quantities if other.span.start < claimed.span.start):
        return None
    return words


def _change_to(lex: LexiconLookup) -> re.Pattern[str]:
    """Between a change's amount and its end: its unit, if a share's or points', and "to" ("per
    cent to", "% to", "points to", "to")."""
    notation = grammar(lex)
    return re.compile(rf"(?:{notation.percent}|{notation.points})?\s+to\s+", re.IGNORECASE)


def _words_past_a_change(claim: Claim, claimed: Quantity, lex: LexiconLookup
                         ) -> list[str] | None:
    """The claim's words before the end of a change, its amount among them ("average
    increased by 9.8 per cent to" before "£287,400"): the source must have the amount as
    written too. ``NEAR_WORDS`` words before the amount, which stands with its unit right
    before "to"."""
    start = claimed.span.start - claim.span.start
    change = max((other for other in claim.quantities if other.direction is not None
                  and other.span.end < claimed.span.start),
                 key=lambda other: other.span.end, default=None)
    if change is None:
        return None
    between = claim.text[change.span.end - claim.span.start:start]
    if lex.derived(_change_to).fullmatch(between) is None:
        return None
    before = _words_before(claim, change, lex)
    if before is None:
        return None
    return [*before, *change.text.split(), *between.split()]


def _fewest_words_before(claim: Claim, claimed: Quantity, lex: LexiconLookup
                         ) -> list[str] | None:
    """The fewest of the claim's words right before its figure, ``NEAR_WORDS`` to
    ``NEAR_MOST``, of which ``CONTENT_WORDS`` are content words ("earned him a bonus of"), as
    ``_words_before`` reads them."""
    for count in range(NEAR_WORDS, NEAR_MOST + 1):
        words = _words_before(claim, claimed, lex, count, content=0)
        if words is None:
            return None  # (a mark, a figure or the clause's start: no more words either)
        if len(content_words(" ".join(words), lex)) >= CONTENT_WORDS:
            return words
    return None


NEAR_MOST = 6  # words before a figure, where the last four have too few content words


def _words_after(claim: Claim, claimed: Quantity, notation: Grammar, lex: LexiconLookup
                 ) -> list[str] | None:
    """The claim's words after its figure, in its clause: its unit and what it is a rate per,
    if any, and then enough words to make ``NEAR_WORDS`` (two at least), if
    ``CONTENT_WORDS`` of those are content words ("tonnes of crude steel", "dog bite cases
    last"; not "metres a year in", which says only the unit), or else up to ``NEAR_MOST``
    until they are, the claim's other figures among them."""
    end = claimed.span.end - claim.span.start
    past = _past_its_unit(claim.text, end, notation)
    unit = _WORD.findall(claim.text[end:past])
    least = max(NEAR_WORDS - len(unit), CONTENT_WORDS)
    words = _words_from(claim.text, past, least)
    if len(content_words(" ".join(words), lex)) >= CONTENT_WORDS:
        return unit + words
    # Too few content words: more words, up to ``NEAR_MOST``, other figures among them as
    # written and telling as much ("40 acres of apples and sells about 9,000 bottles",
    # "90,000 jars a year and employ 21 people")
    for count in range(least + 1, NEAR_MOST + 1):
        words = _words_from(claim.text, past, count, _WORD_OR_DIGITS_AFTER)
        if len(words) < count:
            return None  # (the clause ends)
        if len(content_words(" ".join(words), lex)) + sum(
                word[0].isdigit() for word in words) >= CONTENT_WORDS:
            return unit + words
    return None


def _said_of_the_same(claim: Claim, claimed: Quantity, sources: Sequence[SourceReading],
                      stated: Sequence[Sequence[Quantity]], notation: Grammar) -> bool:
    """Whether a source states the claim's value with the claim's next two words after it and
    its unit ("£48.2 million capital programme for budget year 2024" for "£48.2 million
    capital programme budget"): the value is of the claim's thing, whatever else shares its
    words ("38 hives had to be requeened" is not "38 hives infected")."""
    thing = _words_past_its_unit(claim.text, claimed.span.end - claim.span.start, notation)
    return len(thing) == THING_WORDS and any(
        _words_past_its_unit(source.text, figure.span.end, notation) == thing
        for source, found in zip(sources, stated, strict=True) for figure in found)


THING_WORDS = 2


def _said_after_its_word_before(claim: Claim, claimed: Quantity,
                                sources: Sequence[SourceReading],
                                stated: Sequence[Sequence[Quantity]], other: SaidOtherwise,
                                lex: LexiconLookup) -> bool:
    """Whether a source states the claim's value right after the content word right before
    the claim's figure ("The fair raised £21,400" for "raised more than £21,000 for a mobile
    dental clinic", where the source's "for a mobile dental clinic" follows the £20,000 it
    aimed at): the words on one side back the figure as much as those on the other gainsay
    it. Not where the sentence saying it shares no word of the claim but those the sentence
    saying ``other`` shares, and fewer ("now employs 31 people" of another firm, where the
    claim's firm "employs nine people and sells around 400 loaves")."""
    before = _WORD.findall(claim.text[:claimed.span.start - claim.span.start])[-1:]
    if not before or not content_words(before[0], lex):
        return False
    backing = {id(figure) for found in stated for figure in found}
    mine = content_words(claim.text, lex)
    gainsaying = mine & content_words(other.passage, lex)
    return any(id(figure) in backing
               and not mine & around(source, figure.span.start)[0].words < gainsaying
               for source, figure in _next_to(before, False, sources))


def _words_past_its_unit(text: str, end: int, notation: Grammar) -> list[str]:
    """The ``THING_WORDS`` words after the figure that ends at ``end``, its unit and its rate,
    lower-cased (fewer at the end of its clause)."""
    return [word.lower() for word in _words_from(text, _past_its_unit(text, end, notation),
                                                 THING_WORDS)]


def _words_from(text: str, at: int, count: int, word_after: re.Pattern[str] | None = None
                ) -> list[str]:
    """Up to ``count`` words of ``text`` from ``at`` on, in one clause (``word_after`` reads
    each, ``_WORD_AFTER`` unless given)."""
    word_after = word_after or _WORD_AFTER
    words: list[str] = []
    after = word_after.match(text, at)
    while after is not None and len(words) < count:
        words.append(after.group("word"))
        after = word_after.match(text, after.end())
    return words


def _past_its_unit(text: str, end: int, notation: Grammar) -> int:
    """Where the unit of the figure that ends at ``end``, and what it is a rate per, end."""
    measured = notation.measure_after.match(text, end)
    past = measured.end() if measured else end
    rate = notation.rate_after.match(text, past)
    return rate.end() if rate else past


def _next_to(words: list[str], after: bool, sources: Sequence[SourceReading]
             ) -> list[tuple[SourceReading, Quantity]]:
    """Each figure of the sources that ``words`` stand right next to (right before it, or
    right after it when ``after``), with its source, in order."""
    lowered = [word.lower() for word in words]
    # (a source that lacks one of the words, as most do, is passed over without a pattern)
    present = [source for source in sources if all(word in source.lowered for word in lowered)]
    if not present:
        return []
    # (a unit may stand glued to its figure: "35km mark")
    phrase = re.compile(r"(?<![^\W\d_])" + _GAP.join(re.escape(word) for word in words)
                        + r"\b", re.IGNORECASE)
    return [(source, figure) for source in present for found in phrase.finditer(source.text)
            if (figure := _figure_next_to(source, found, after)) is not None]


def _said_by_figures(words: list[str], after: bool, claim: Claim, claimed: Quantity,
                     places: Sequence[tuple[SourceReading, Quantity]],
                     stated: Sequence[Sequence[Quantity]], notation: Grammar
                     ) -> tuple[bool, SaidOtherwise | None]:
    """Of the source figures ``words`` stand next to (``places``): whether one backs the
    claim's figure (then no other), and the first of another value in its kind and unit.
    ``stated``: each source's figures that back the claim's."""
    backing = {id(figure) for found in stated for figure in found}
    first: SaidOtherwise | None = None
    for source, figure in places:
        if id(figure) in backing or figure.value == claimed.value or totals_a_list_from(
                claimed, figure, source):
            return True, None  # the source says the claim's value in its words (or its parts)
        if first is None and figure.kind is claimed.kind and _in_one_unit(
                claimed, claim, figure, source, notation) and not _A_PART_OF.search(
                source.text, 0, figure.span.start):
            first = SaidOtherwise(" ".join(words), after, figure,
                                  around(source, figure.span.start)[0].text,
                                  value_stated=any(stated))
    return False, first


def _figure_next_to(source: SourceReading, found: re.Match[str], after: bool
                    ) -> Quantity | None:
    """The source's figure with nothing but spaces between it and the words ``found``: right
    before them when ``after`` (the words come after the figure), else right after them."""
    figures = source.in_order
    if after:
        at = bisect_left(source.figure_ends, found.start() + 1) - 1
        if at >= 0 and _SPACE.fullmatch(source.text, figures[at].span.end, found.start()):
            return figures[at]
        return None
    at = bisect_left(source.figure_starts, found.end())
    if at < len(figures) and _SPACE.fullmatch(source.text, found.end(), figures[at].span.start):
        return figures[at]
    return None


def _in_one_unit(claimed: Quantity, claim: Claim, figure: Quantity, source: SourceReading,
                 notation: Grammar) -> bool:
    """Whether a source's figure is in the claim figure's unit, so that their values differ
    only if the facts do: not "720 feet" for "about 220 metres", "three decades" for "30
    years", "29 degrees Celsius" for "84°F", a rate per another period, nor a change or one
    end of a range for a level."""
    end = claimed.span.end - claim.span.start
    if figure.direction is not None or is_range(figure) or _RANGE_GOES_ON.match(
            source.text, figure.span.end) or notation.temperature_at(
            claim.text, end) != notation.temperature_at(source.text, figure.span.end):
        return False
    if notation.per_at(claim.text, end) != notation.per_at(source.text, figure.span.end):
        return False  # "£73,000 a year" against "£1,400 a week"
    mine = notation.measure_at(claim.text, end)
    theirs = notation.measure_at(source.text, figure.span.end)
    return ((mine is None) == (theirs is None)
            and (mine is None or theirs is None or mine == theirs)
            and notation.days_of(claimed.unit) == notation.days_of(figure.unit)
            and one_currency(claimed, figure, notation))


def _a_difference(claim: Claim, claimed: Quantity, notation: Grammar, lex: LexiconLookup
                  ) -> bool:
    """A figure with a comparative or "more" in the three words after it and its unit: "50
    centimes more than", "nine fewer performances", "4,500 cubic metres per second more"."""
    past = _past_its_unit(claim.text, claimed.span.end - claim.span.start, notation)
    after = _WORD.findall(claim.text[past:].lower())[:3]
    return any(word in lex.words(name) for word in after
               for name in ("comparatives_after", "more_words"))


_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# What may stand between two of the claim's words in the source: spaces, a comma, an
# apostrophe or a quotation mark as a tokenizer or a writer sets them, never a full stop
_GAP = r"[\s,'’\"“”]{1,3}"
# What stands between spaces: the claim's last ``NEAR_WORDS`` of them before its figure must
# each be a word (no figure, no punctuation: the figure's own clause)
_PIECE = re.compile(r"\S+")

_BEFORE_CHARS = 120  # four words' worth, and more
# The claim's next word, in the figure's own clause
_WORD_AFTER = re.compile(rf"[\s-]+(?P<word>{_WORD.pattern})")
# The same, or a figure's digits ("400", "1,200")
_WORD_OR_DIGITS_AFTER = re.compile(rf"[\s-]+(?P<word>{_WORD.pattern}|\d(?:[\d,.]*\d)?)(?![\w%])")
# A whole said after its part: "620 of the 1,860 jobs", "19 of 22 match points", "out of"
_A_PART_OF = re.compile(r"(?:\b(?:of\s+(?:the|its|their|his|her|all)|out\s+of)|\d\S*\s+of)\s+$",
                        re.IGNORECASE)
# A range's first end, read as a figure of its own: "$3.9m to $4.2m", "12-15"
_RANGE_GOES_ON = re.compile(r"\s*(?:to|-|–|and|or)\s*\S?\d")
# Between the source's words and its figure: nothing but spaces ("rose to 84" says another
# thing than "rose 13")
_SPACE = re.compile(r"\s*")
