"""A claim that someone was jailed where its cited source says the prison sentence was
suspended: "has been jailed for 28 days" for "given a 28-day prison sentence, suspended for a
year". A suspended sentence keeps the person out of prison unless they offend again, the
opposite of what "jailed" tells a reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.grammar import grammar
from factcheck.extract.lookup import LexiconLookup, alternation
from factcheck.sources import SourceReading
from factcheck.support.negations import Flipped


def jailed_for_suspended(text: str, sources: Sequence[SourceReading], lex: LexiconLookup
                         ) -> list[Flipped]:
    """The claim's words of someone jailed (lexicon custody_phrases) where a cited source
    sentence suspends a sentence (lexicon suspension_words) and no cited source sentence says
    anyone was jailed or is to serve a term: one of the phrases, "sentenced to" (lexicon
    term_openers), or a length of time "in prison" (lexicon custody_terms), with no
    suspension in that sentence."""
    patterns = lex.derived(_Patterns)
    jailed = patterns.custody.search(text)
    if jailed is None or any(patterns.served(sentence.text) for source in sources
                             for sentence in source.sentences):
        return []
    return [Flipped(verb=(suspended.group("noun") or suspended.group("noun_after")).lower(),
                    claimed=jailed.group(), said=suspended.group(),
                    source=source.id, passage=sentence.text)
            for source in sources for sentence in source.sentences
            for suspended in [patterns.suspended.search(sentence.text)] if suspended][:1]


class _Patterns:
    def __init__(self, lex: LexiconLookup) -> None:
        self.custody = re.compile(
            rf"\b(?:{alternation(lex.words('custody_phrases'))})\b", re.IGNORECASE)
        units = alternation(unit for unit in grammar(lex).durations if unit.isalpha())
        # "sentenced to 18 months", "six years in prison" (not "can result in prison")
        self.term = re.compile(
            rf"\b(?:{alternation(lex.words('term_openers'))})\b"
            rf"|\b(?:{units})\s+(?:{alternation(lex.words('custody_terms'))})\b",
            re.IGNORECASE)
        self.suspension = re.compile(
            rf"\b(?:{alternation(lex.words('suspension_words'))})\b", re.IGNORECASE)
        # "a 28-day prison sentence, suspended for a year", "a suspended sentence", "suspended
        # the sentence"
        suspension = alternation(lex.words("suspension_words"))
        sentence = alternation(lex.words("custody_sentences"))
        self.suspended = re.compile(
            rf"\b(?P<noun>{sentence})\b[^.;]{{0,40}}?\b(?:{suspension})\b|\b(?:{suspension})\s+"
            rf"(?:[\w-]+\s+){{0,3}}?(?P<noun_after>{sentence})\b", re.IGNORECASE)

    def served(self, sentence: str) -> bool:
        """Whether ``sentence`` says someone was jailed or is to serve a term."""
        return (self.custody.search(sentence) is not None or self.term.search(sentence)
                is not None) and self.suspension.search(sentence) is None
