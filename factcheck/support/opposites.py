"""A claim that copies a source's words before a verb and swaps the verb for its opposite:
"Harwick Borough Council has sold the town's shopping centre" where the source says "…
has bought the town's shopping centre"; "Seaway Lines has agreed to sell Kelp Ferries" where
it says "… has agreed to buy its rival Kelp Ferries" (lexicon opposite_verbs). Who bought and
who sold is a relation no figure or name shows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.alignment import latin_content_words, normalize
from factcheck.extract.lookup import LexiconLookup
from factcheck.sources import SourceReading
from factcheck.support.negations import Flipped

# The claim's words before the verb that the source must have before the opposite verb: at
# least this many, up to ``MOST_BEFORE`` until ``BEFORE_CONTENT`` of them are content words.
LEAST_BEFORE = 3
MOST_BEFORE = 5
BEFORE_CONTENT = 2
# Words after each verb in which the two must share a content word (what was bought, over
# what period), and in which a figure makes a change's amount ("fell by just over 6%"): one
# the source gives after its verb too is citation.direction-not-in-source's.
AFTER_WORDS = 7
CHANGE_WORDS = 5


def opposite_verbs(text: str, sources: Sequence[SourceReading], lex: LexiconLookup
                   ) -> list[Flipped]:
    """Each verb of the claim (lexicon opposite_verbs) whose words before it a source sentence
    has before the opposite verb, with a content word shared in the words after each, where
    no cited source has the claim's verb after those words."""
    opposite = lex.derived(_opposites)
    # (a word that adds the clause to another is no part of its words: "bookings at the
    # campsites also rose" copies "bookings at the campsites fell"; lexicon additive_adverbs)
    additive = lex.words("additive_adverbs")
    mine = [word for word in normalize(_MARKER.sub(" ", text)).split() if word not in additive]
    if opposite.keys().isdisjoint(mine):
        return []  # nearly every claim
    sentences = [(source, sentence, tuple(word for word in said if word not in additive))
                 for source in sources
                 for sentence, (said, _) in zip(source.sentences, source.sentence_words,
                                                strict=True)]
    found: list[Flipped] = []
    for at, verb in enumerate(mine):
        if verb not in opposite:
            continue
        before = _words_before(mine, at, lex)
        if before is None:
            continue
        following = mine[at + 1:at + 1 + AFTER_WORDS]
        after = set(latin_content_words(" ".join(following), lex))
        if not after or any(_follows(said, before, verb) is not None for _, _, said in sentences):
            continue  # a source says it the claim's way
        amount = _numbers(following) if verb in lex.growth_verbs else set()
        for source, sentence, said in sentences:
            where = _follows(said, before, opposite[verb])
            if where is not None and amount & _numbers(said[where + 1:]):
                continue  # "fell by 6%" for "rose 6.2%": citation.direction-not-in-source's
            if where is not None and after & set(latin_content_words(
                    " ".join(said[where + 1:where + 1 + AFTER_WORDS]), lex)):
                found.append(Flipped(verb, " ".join([*before, verb]),
                                     " ".join([*before, opposite[verb]]), source.id,
                                     sentence.text))
                break
    return found


_MARKER = re.compile(r"\[[^\]\n]{1,12}\]")  # a citation marker's number is no figure: "[1]"


def _numbers(words: Sequence[str]) -> set[str]:
    """The whole numbers in a change's first words after its verb: its amount ("by just over
    6%": 6)."""
    return set(_WHOLE.findall(" ".join(words[:CHANGE_WORDS])))


_WHOLE = re.compile(r"\d+")


def _opposites(lex: LexiconLookup) -> dict[str, str]:
    pairs = lex.lexicon.opposite_verbs
    return {**{one: other for one, other in pairs}, **{other: one for one, other in pairs}}


def _words_before(words: list[str], at: int, lex: LexiconLookup) -> list[str] | None:
    """The fewest words before ``at`` (``LEAST_BEFORE`` to ``MOST_BEFORE``) of which
    ``BEFORE_CONTENT`` are content words; None where there are none such."""
    for count in range(LEAST_BEFORE, MOST_BEFORE + 1):
        if count > at:
            return None
        before = words[at - count:at]
        if len(latin_content_words(" ".join(before), lex)) >= BEFORE_CONTENT:
            return before
    return None


def _follows(said: tuple[str, ...], before: list[str], verb: str) -> int | None:
    """Where ``verb`` stands in ``said`` right after the words ``before``."""
    size = len(before)
    for at in range(size, len(said)):
        if said[at] == verb and list(said[at - size:at]) == before:
            return at
    return None
