"""A contest's score or a vote's tally that the cited sources give otherwise: "beat Kelby
Town 3-1 in the cup final" where the source has "3-2" (and a 4-1 of another game, so each
side on its own is in it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from factcheck.extract.lookup import LexiconLookup
from factcheck.models import Claim
from factcheck.sources import SourceReading

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
