"""A contest's score or a vote's tally that the cited sources give otherwise: "beat Kelby
Town 3-1 in the cup final" where the source has "3-2" (and a 4-1 of another game, so each
side on its own is in it); and a vote's odds a tally backs ("by almost three to one" for
"by 412 to 149").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.numbers import WORD_NUMBER, parse_number
from factcheck.models import Claim, Quantity
from factcheck.sources import SourceReading
from factcheck.support.figures import bounds

# Two sides of a score or a tally, each of up to three digits ("6-2", "21–15", "7 - 4").
_SCORE = re.compile(r"(?<![\d.,/-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?!\d|[.,/-]\d|%)")
_WORD_AFTER = re.compile(r"\s*([a-z]+)")
_CLOSE_AFTER = re.compile(r"\s*(?:[,.;:!?)\]]|$)")
# The lexicon's lists whose words say a sentence tells of a contest or a vote.
CONTEST_WORDS = ("winning_verbs", "losing_verbs", "losing_participles", "win_nouns",
                 "loss_nouns", "winning_gerunds", "losing_gerunds", "sole_winning_verbs",
                 "vote_verbs")


def scores_not_given(claim: Claim, sources: Sequence[SourceReading],
                     lex: LexiconLookup) -> Iterator[re.Match[str]]:
    """Each score of a claim that tells of a contest or a vote (lexicon CONTEST_WORDS) that no
    cited source gives either way round, where a source gives scores of its own: a range
    ("10-12 weeks", "3-4%") is none, its sides followed by a unit."""
    text = claim.text
    if not _SCORE.search(text) or not _tells_of_a_contest(text, lex):
        return
    given = {_sides(found) for source in sources for found in _SCORE.finditer(source.text)}
    if not given:
        return  # (a source that gives no score in figures: "by six votes to three")
    for found in _SCORE.finditer(text):
        if _sides(found) in given or not _a_score(text, found, lex) or any(
                _in_words(source.text, found) for source in sources):
            continue
        yield found


def _sides(found: re.Match[str]) -> tuple[int, int]:
    one, other = int(found.group(1)), int(found.group(2))
    return (one, other) if one >= other else (other, one)


def _tells_of_a_contest(text: str, lex: LexiconLookup) -> bool:
    spaced = f" {' '.join(_LOWER_WORD.findall(text.lower()))} "
    return any(f" {word} " in spaced for name in CONTEST_WORDS for word in lex.words(name))


_LOWER_WORD = re.compile(r"[a-z]+")


def _a_score(text: str, found: re.Match[str], lex: LexiconLookup) -> bool:
    """Whether the pair stands as a score does: before a mark, a preposition ("6-2 in the
    final") or a word of a win or a loss ("a 6-2 win"), not a unit ("10-12 weeks")."""
    if _CLOSE_AFTER.match(text, found.end()):
        return True
    after = _WORD_AFTER.match(text, found.end())
    return after is not None and after.group(1) in (
        lex.words("prepositions") | lex.words("win_nouns") | lex.words("loss_nouns"))


def _in_words(text: str, found: re.Match[str]) -> bool:
    """Whether a source writes the pair with "to" ("6 to 2", "by 31 points to 24")."""
    one, other = found.group(1), found.group(2)
    return re.search(rf"\b(?:{one}\s+(?:[a-z]+\s+)?to\s+{other}|{other}\s+(?:[a-z]+\s+)?to\s+{one})\b",
                     text) is not None


def odds_of_a_tally(claim: Claim, claimed: Quantity, sources: Sequence[SourceReading],
                    lex: LexiconLookup) -> bool:
    """Whether a figure of a claim that tells of a contest or a vote gives odds against one
    ("voted by almost three to one", "won 3-to-1"; the figure is either side) that a
    tally a source gives backs ("by 412 to 149", "412-149"): its sides in that ratio, within the
    figure's hedge or its rounding to a whole."""
    odds = _odds(claim, claimed)
    if odds is None or not _tells_of_a_contest(claim.text, lex):
        return False
    low, high = bounds(odds)
    if odds.hedge is None:
        low, high = odds.value - ODDS_ROUNDING, odds.value + ODDS_ROUNDING
    return any(low <= ratio <= high for ratio in _tally_ratios(sources))


def _odds(claim: Claim, claimed: Quantity) -> Quantity | None:
    """The figure of the odds ``claimed`` is a side of: itself before "to one", the figure
    before "to" where it is the one; else None."""
    if _TO_ONE.match(claim.text, claimed.span.end - claim.span.start):
        return claimed
    if claimed.value != 1:
        return None
    start = claimed.span.start - claim.span.start
    before = _ODDS_BEFORE.search(claim.text, max(0, start - _ODDS_CHARS), start)
    if before is None:
        return None
    odds_end = claim.span.start + before.end("odds")
    return next((other for other in claim.quantities if other.span.end == odds_end), None)


def _tally_ratios(sources: Sequence[SourceReading]) -> Iterator[float]:
    """The ratio of each tally a source gives, in figures ("412 to 149", "412-149") or in
    words with a word of what is counted between ("by four votes to one")."""
    for source in sources:
        for found in (*_TALLY.finditer(source.text), *_TALLY_IN_WORDS.finditer(source.text)):
            sides = [parse_number(side) for side in (found[1], found[2])]
            if sides[0] is not None and sides[1]:
                yield sides[0] / sides[1]


# A figure's odds against one after it ("four to one", "3-to-1", "4-1"), and the figure of
# the odds before a "one" ("four to"); a tally of a source ("412 to 149", "412-149").
_TO_ONE = re.compile(r"\s?(?:to|-|–|-to-)\s?(?:one|1)\b", re.IGNORECASE)
_ODDS_BEFORE = re.compile(r"(?P<odds>\b[\w.]+)\s?(?:to|-|–|-to-)\s?$", re.IGNORECASE)
_TALLY = re.compile(r"(?<![\d.,])(\d[\d,]*)\s?(?:to|-|–)\s?(\d[\d,]*)(?![\d%])")
_TALLY_IN_WORDS = re.compile(
    rf"\b({WORD_NUMBER}|\d[\d,]*)\s+(?:[a-z]+\s+)?to\s+({WORD_NUMBER}|\d[\d,]*)\b",
    re.IGNORECASE)
_ODDS_CHARS = 30  # before a "one", in which the odds' figure is looked for
ODDS_ROUNDING = 0.5  # of odds in a whole number with no hedge ("three to one" for 412 to 149)
