"""Source passages as findings show them, the words around a source's figure, and a
lower-cased claim recased as its sources write their names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from factcheck.sources import SourceReading, SourceSentence

# A source sentence with fewer content words says too little of what its figure is about: the
# lines around it are read with it (a caption, a table's line).
FEW_WORDS = 3

PASSAGE_CHARS = 160  # of a source passage quoted in a finding

# How alike a source sentence and a quotation must be for the sentence to hold it: a typo, a
# dropped comma (citation.quote-not-in-source's measure).
QUOTED = 95

# How many sentences one quotation may run over, before or after the one holding the words.
QUOTATION_SENTENCES = 3


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


def as_cased(text: str, sources: Sequence[SourceReading]) -> str:
    """A claim's text as names are read from it: as written, or, lower-cased ("ceo ana ruiz
    said"), with the words its cited sources always capitalize capitalized again, and the
    words after the first of a name the sources write ("the hollin estate" for "the Hollin
    Estate", though they write "the estate" too) (the same length, so offsets hold)."""
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
    cased = _LOWER_WORD.sub(
        lambda found: found.group().capitalize() if found.group() in names else found.group(),
        text)
    for source in sources:
        for run in _name_runs(source):
            if run[0].lower() in text:  # (most runs: not in the claim, no pattern built)
                cased = _with_run_cased(cased, run)
    return cased


def _with_run_cased(text: str, run: tuple[str, ...]) -> str:
    """``text`` with the words after the first of each place it writes the name ``run``
    capitalized as the name's (the same length)."""
    rest = [word.lower() for word in run[1:]]
    pattern = rf"(?<![\w'’-]){re.escape(run[0])}((?:\s+\S+){{{len(rest)}}})"
    for found in re.finditer(pattern, text, re.IGNORECASE):
        if found.group(1).lower().split() == rest:
            text = text[:found.start(1)] + _CAPITALIZED_AFTER.sub(
                lambda word: word.group().upper(), found.group(1)) + text[found.end(1):]
    return text


# "Hollin Estate", "Isles Seabird Trust": capitalized words run together in a source
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")
_CAPITALIZED_AFTER = re.compile(r"(?<=\s)[a-z]")


@lru_cache(maxsize=256)
def _name_runs(source: str) -> tuple[tuple[str, ...], ...]:
    """The runs of two or more capitalized words a source writes, each as its words."""
    return tuple(sorted({tuple(found.group().split()) for found in _NAME_RUN.finditer(source)}))


def name_words(text: str) -> frozenset[str]:
    """The words ``text`` always capitalizes, lower-cased: its names' words."""
    capitalized, lowered = _cases(text)
    return capitalized - lowered


def capitalized_words(text: str) -> frozenset[str]:
    """The words ``text`` capitalizes somewhere, lower-cased: a name's words, with those it
    also writes in lower case ("Estuary" of "Estuary Ferries" and "the estuary")."""
    return _cases(text)[0]


@lru_cache(maxsize=256)
def _cases(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words ``text`` capitalizes (lower-cased) and those it writes in lower case."""
    return (frozenset(word.lower() for word in _CAPITALIZED_WORD.findall(text)),
            frozenset(_LOWER_WORD.findall(text)))
