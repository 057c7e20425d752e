"""Two names of a claim on either side of a few words, that a cited source has the other way
round: "Ina Voss had asked Tom Dale to stop shouting" where the source says "Tom Dale had asked
Ina Voss to stop shouting". Summaries copy a source's relation between two people and swap who
did it to whom; words that say the same either way round ("met", "married", "and"; lexicon
symmetric_links) are no relation of one to the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from factcheck.extract.alignment import latin_content_words, normalize
from factcheck.extract.lookup import LexiconLookup
from factcheck.sources import SourceReading
from factcheck.support.passages import name_words

# How many words may stand between the two names: "had asked", "was replaced by".
MOST_BETWEEN = 3


@dataclass(frozen=True)
class Swapped:
    """The claim's first name, and the one the source gives the words to instead."""

    subject: str  # the claim's name before the words, normalized
    holder: str  # the name the source has before them, normalized
    words: str  # the words between, normalized
    source: str  # the reference's id
    passage: str  # the source's sentence


def swapped_names(text: str, sources: Sequence[SourceReading], lex: LexiconLookup
                  ) -> Swapped | None:
    """The first two names of ``text`` with at most ``MOST_BETWEEN`` words between, a content
    word among them and no symmetric link, that a source sentence has the other way round
    ("B <words> A") while no source has them the claim's way."""
    words = normalize(text).split()
    symmetric = lex.words("symmetric_links")
    sentences: list[tuple[str, ...]] = []
    for source in sources:
        names = _names_of(source.text)
        for first, between, second in _name_pairs(words, names):
            if set(between) & symmetric or not latin_content_words(" ".join(between), lex):
                continue
            sentences = sentences or [said for source in sources
                                      for said, _ in source.sentence_words]
            if set(first) & set(second) or any(_in(said, first, between, second)
                                               for said in sentences):
                continue  # one person twice, or a source says it the claim's way
            for sentence, (said, _) in zip(source.sentences, source.sentence_words,
                                           strict=True):
                if _in(said, second, between, first):
                    return Swapped(subject=" ".join(first), holder=" ".join(second),
                                   words=" ".join(between), source=source.id,
                                   passage=sentence.text)
    return None


@lru_cache(maxsize=64)  # read for each claim that cites the source
def _names_of(text: str) -> frozenset[str]:
    """The normalized words of the names ``text`` writes."""
    return frozenset(normalize(" ".join(name_words(text))).split())


def _name_pairs(words: list[str], names: frozenset[str]
                ) -> list[tuple[list[str], list[str], list[str]]]:
    """Each run of name words, the words after it up to the next run (at most
    ``MOST_BETWEEN``, none a name's), and that next run."""
    runs: list[tuple[int, int]] = []
    at = 0
    while at < len(words):
        if words[at] in names:
            end = at
            while end < len(words) and words[end] in names:
                end += 1
            runs.append((at, end))
            at = end
        else:
            at += 1
    return [(words[start:end], words[end:next_start], words[next_start:next_end])
            for (start, end), (next_start, next_end) in pairwise(runs)
            if 0 < next_start - end <= MOST_BETWEEN]


def _in(said: tuple[str, ...], first: list[str], between: list[str], second: list[str]) -> bool:
    """Whether ``said`` has a word of ``first``, then ``between``, then a word of ``second``."""
    size = len(between)
    return any(said[at] in first and list(said[at + 1:at + 1 + size]) == between
               and said[at + 1 + size] in second
               for at in range(len(said) - size - 1))
