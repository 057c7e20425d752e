"""Lexical alignment of a claim with the source sentence it summarizes."""

from __future__ import annotations

from factcheck.extract.alignment import SentenceIndex


def test_of_two_sentences_that_tie_the_earlier_is_the_evidence() -> None:
    # Each shares one of the claim's two words and both are as long: the report must not
    # depend on the order a set of words happens to come in (it changes between runs).
    first = ("Harbour tolls went up.", frozenset({"harbo", "tolls"}))
    second = ("Ferry fares went down.", frozenset({"ferry", "fares"}))
    claim = frozenset({"tolls", "fares"})
    assert SentenceIndex([first, second]).best(claim) == (first[0], 0.5)
    assert SentenceIndex([second, first]).best(claim) == (second[0], 0.5)
