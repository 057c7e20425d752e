"""Two names of a claim on either side of a few words, that a cited source has the other way
round: "Ina Voss had asked Tom Dale to stop shouting" where the source says "Tom Dale had asked
Ina Voss to stop shouting". Summaries copy a source's relation between two people and swap who
did it to whom; words that say the same either way round ("met", "married", "and"; lexicon
symmetric_links) are no relation of one to the other. The source may have a few more words
among the claim's ("Tom Dale had asked his neighbour, Ina Voss, …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from factcheck.extract.alignment import latin_content_words, normalize
from factcheck.extract.lookup import LexiconLookup
from factcheck.sources import SourceReading
from factcheck.support.passages import capitalized_words, name_words

# How many words may stand between the two names: "had asked", "was replaced by", "will
# operate the system and pass 14 per cent of day-ticket revenue to".
MOST_BETWEEN = 15
# Of them, the first few, in which a symmetric link joins the two names ("Ina Voss and her
# neighbour Tom Dale"); further on, it joins two verbs of the first ("will operate the system
# and pass …").
LINKING_WORDS = 3


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
    word among them and no symmetric link in their first ``LINKING_WORDS``, that a source
    sentence has the other way round
    ("B <words> A") while no source has them the claim's way."""
    words = normalize(text).split()
    symmetric = lex.words("symmetric_links")
    determiners = lex.words("determiners")
    sentences: list[tuple[str, ...]] = []
    for source in sources:
        names = _names_of(source.text)
        for first, between, second in _name_pairs(words, names, _name_joiners(source.text, lex)):
            if set(between[:LINKING_WORDS]) & symmetric or not latin_content_words(
                    " ".join(between), lex) or _a_compound(text, first, between):
                continue
            sentences = sentences or [said for source in sources
                                      for said, _ in source.sentence_words]
            if {*first, *second} & determiners or set(first) & set(second) or any(
                    _in_loosely(said, first, between, second, lex) for said in sentences):
                continue  # a sentence's first word ("The inquiry was chaired by …"), one
                # person twice, or a source says it the claim's way
            for sentence, (said, _) in zip(source.sentences, source.sentence_words,
                                           strict=True):
                if _in_loosely(said, second, between, first, lex, names) and not (
                        _of_the_first(said, second, between, first, lex)):
                    return Swapped(subject=" ".join(first), holder=" ".join(second),
                                   words=" ".join(between), source=source.id,
                                   passage=sentence.text)
    return _possessor_swapped(words, sources, lex)


def _possessor_swapped(words: list[str], sources: Sequence[SourceReading], lex: LexiconLookup
                       ) -> Swapped | None:
    """A name, a few words and another's possessive with its noun ("Hale had been one of
    Ruiz's coaches") that a source sentence has with the two names the other way round ("Ruiz
    had been one of Hale's coaches"), and none the claim's way: whose the relation is, turned."""
    if not any(_POSSESSIVE.search(word) for word in words):
        return None  # nearly every claim
    symmetric = lex.words("symmetric_links")
    for source in sources:
        names = {_POSSESSIVE.sub("", name) for name in _names_of(source.text)}
        for at, word in enumerate(words[:-1]):
            owner, noun = _POSSESSIVE.sub("", word), words[at + 1]
            if owner == word or owner not in names or noun in names or not (
                    latin_content_words(noun, lex)):
                continue
            start = at  # (of the owner's name: "Ben Amis's")
            while start > 0 and words[start - 1] in names:
                start -= 1
            # (the nearest name before it, with a word or more between)
            first = next((back for back in range(start - 2, max(-1, start - 2 - POSSESSOR_REACH),
                                                 -1) if words[back] in names), None)
            if first is None or words[first] == owner or set(
                    words[first + 1:first + 1 + LINKING_WORDS]) & symmetric:
                continue  # ("Hale and Ruiz's coach")
            between = words[first + 1:start]
            turned = _possessed(owner, between, words[first], noun)
            if turned.search(source.names.text) is None or any(
                    _possessed(words[first], between, owner, noun).search(other.names.text)
                    for other in sources):
                continue
            passage = next((sentence.text for sentence, (said, _) in zip(
                source.sentences, source.sentence_words, strict=True)
                if turned.search(f" {' '.join(said)} ")), None)
            if passage is None:
                continue  # (across two sentences)
            return Swapped(subject=words[first], holder=owner, words=" ".join(between),
                           source=source.id, passage=passage)
    return None


def _possessed(name: str, between: list[str], owner: str, noun: str) -> re.Pattern[str]:
    """A name's last word, the words between, the owner's name (up to two words of it before
    its last) in the possessive and the noun, in normalized text: "amis was nadia cole's
    deputy"."""
    return re.compile(rf" {re.escape(name)} {re.escape(' '.join(between))}(?: \S+){{0,2}} "
                      rf"{re.escape(owner)}'s {re.escape(noun)} ")


# How many words before a possessive name the other name may stand: "Hale had been one of
# Ruiz's coaches".
POSSESSOR_REACH = 6
_POSSESSIVE = re.compile(r"'s$")


@lru_cache(maxsize=64)  # read for each claim that cites the source
def _names_of(text: str) -> frozenset[str]:
    """The normalized words of the names ``text`` writes."""
    return frozenset(normalize(" ".join(name_words(text))).split())


def _of_the_first(said: tuple[str, ...], second: list[str], between: list[str],
                  first: list[str], lex: LexiconLookup) -> bool:
    """Whether ``said`` has the second name, the words between (a determiner before them or
    none) and "of" or a place's preposition before the first: "Oskar Lindqvist, owner of the
    Redmoor Ravens" says the claim's "Redmoor Ravens owner Oskar Lindqvist" the same way round,
    and "the Wensum Singers, an amateur choir from Norwich" its "Norwich amateur choir the
    Wensum Singers"."""
    determiners = lex.words("determiners")
    described = tuple(between[:-1] if between[-1:] and between[-1] in determiners else between)
    linking = lex.words("placing_prepositions") | {"of"}
    for at in range(len(said) - len(described) - 1):
        if said[at] != second[-1]:
            continue
        rest = said[at + 1:]
        rest = rest[1:] if rest[:1] and rest[0] in determiners else rest
        # (a few words of the source's own may come first: "a 58-year-old shepherd from")
        skip = next((skip for skip in range(_OWN_WORDS + 1)
                     if rest[skip:skip + len(described)] == described), None)
        if skip is None:
            continue
        rest = rest[skip:]
        if not rest[len(described):][:1] or rest[len(described)] not in linking:
            continue
        rest = rest[len(described) + 1:]
        rest = rest[1:] if rest[:1] and rest[0] in determiners else rest
        if rest[:1] == (first[0],):
            return True
    return False


_OWN_WORDS = 3  # words of the source's before the description it shares with the claim ("58 year old")


def _a_compound(text: str, first: list[str], between: list[str]) -> bool:
    """Whether the one word between two names is joined to the first by a hyphen, describing
    the second: "Fordham-based Cirrus Instruments" is "Cirrus Instruments, based in Fordham"."""
    return len(between) == 1 and re.search(
        rf"\b{re.escape(first[-1])}-{re.escape(between[0])}\b", text, re.IGNORECASE) is not None


@lru_cache(maxsize=64)
def _name_joiners(text: str, lex: LexiconLookup) -> frozenset[str]:
    """The content words ``text`` capitalizes somewhere but not always, lower-cased: a name's
    word it also writes in lower case ("Estuary" of "Estuary Ferries" and "the estuary")."""
    return frozenset(word for word in capitalized_words(text) - name_words(text)
                     if latin_content_words(word, lex)) - lex.words("determiners")


def _name_pairs(words: list[str], names: frozenset[str], also: frozenset[str] = frozenset()
                ) -> list[tuple[list[str], list[str], list[str]]]:
    """Each run of name words (words of ``also`` beside one joining it), the words after it
    up to the next run (at most ``MOST_BETWEEN``, none a name's), and that next run."""
    runs: list[tuple[int, int]] = []
    at = 0
    while at < len(words):
        if words[at] in names:
            start = at
            while start > (runs[-1][1] if runs else 0) and words[start - 1] in also:
                start -= 1
            end = at
            while end < len(words) and (words[end] in names or words[end] in also):
                end += 1
            runs.append((start, end))
            at = end
        else:
            at += 1
    return [(words[start:end], words[end:next_start], words[next_start:next_end])
            for (start, end), (next_start, next_end) in pairwise(runs)
            if 0 < next_start - end <= MOST_BETWEEN]


# What the source may have beside the claim's words between the two names: "Ravel is to
# take over the smaller Lund" for the claim's "Lund will take over Ravel" (at most
# ``EXTRA_WORDS`` words more, of which ``EXTRA_CONTENT`` content words).
EXTRA_WORDS = 5
EXTRA_CONTENT = 2


def _in_loosely(said: tuple[str, ...], first: list[str], between: list[str], second: list[str],
                lex: LexiconLookup, names: frozenset[str] = frozenset()) -> bool:
    """Whether ``said`` has the last word of a run of ``first``'s words, then the content words
    of ``between`` in order among a few more words (none of another of ``names`` but its
    possessive, "asked Pollitt's friend, Lee Granger", nor a negation or a symmetric link),
    then a word of ``second``."""
    wanted = latin_content_words(" ".join(between), lex)
    # (a link or negation the claim has between the names too is no stop: "… and pass …"; a
    # passive's agent where the claim has none says it the claim's way round: "has been bought
    # by its rival" for "has bought its rival")
    stops = (lex.words("symmetric_links") | lex.words("verb_negations")
             | lex.words("agent_prepositions")) - set(between) | {
        name for name in names - set(first) - set(second) if not name.endswith(("'s", "’s"))}
    for at in range(len(said) - 1):
        if said[at] not in first or said[at + 1] in first:
            continue
        pending, extra = list(wanted), 0
        for word in said[at + 1:at + 2 + len(between) + EXTRA_WORDS]:
            if not pending and word in second:
                return True
            if word in stops or word in first or word in second:
                break
            if pending and word == pending[0]:
                pending.pop(0)
            elif latin_content_words(word, lex) and (extra := extra + 1) > EXTRA_CONTENT:
                break
    return False
