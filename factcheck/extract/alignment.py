"""Which source sentences a claim summarizes, by the content words they share.

Lexical alignment, as an editor skims a source for the sentence a summary came from: content
words are words of four letters or more that are not function words, compared lower-cased and
by stem (their first five letters), so "approved" meets "approval" and "rates" meets "rate".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
# Function words of four letters or more: they say nothing about what a sentence is about.
FUNCTION_WORDS = frozenset(
    """that with from have this they were their been which would about after said says will
    into than there when what also more other over some only such them then these those very
    could should while where upon your just does did being because before against between
    through during under until above below each most many much both here""".split())
STEM = 5


@lru_cache(maxsize=4096)  # several source rules ask for the same claim's words
def content_words(text: str) -> frozenset[str]:
    """The stems of ``text``'s content words."""
    return frozenset(word[:STEM] for word in (w.lower() for w in _WORD.findall(text))
                     if word not in FUNCTION_WORDS)


def overlap(claim_words: frozenset[str], sentence_words: frozenset[str]) -> float:
    """The share of the claim's content words that the sentence has."""
    if not claim_words:
        return 0.0
    return len(claim_words & sentence_words) / len(claim_words)


def best_sentence(claim_words: frozenset[str], sentences: Iterable[tuple[str, frozenset[str]]]
                  ) -> tuple[str, float] | None:
    """The sentence (text, content words) sharing most of the claim's content words, the
    shorter on a tie."""
    best: tuple[float, int] = (0.0, 0)
    found = None
    for sentence, words in sentences:
        score = (overlap(claim_words, words), -len(sentence))
        if score[0] > 0 and score > best:
            best, found = score, sentence
    return None if found is None else (found, best[0])


def novel_share(claim_words: frozenset[str], source_words: Sequence[frozenset[str]]) -> float:
    """The share of the claim's content words that no source has at all."""
    if not claim_words:
        return 0.0
    known = frozenset().union(*source_words)
    return len(claim_words - known) / len(claim_words)
