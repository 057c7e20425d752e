"""Who a claim's opening pronoun stands for: "She said the transformation was down to the
team" after "Headteacher Joanne Firth introduced daily reading sessions" is Joanne Firth's
statement. Summaries name a person once and go on with "he" or "she", and a model that
swaps who did what often does it in such a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.lookup import LexiconLookup
from factcheck.sources import SourceReading
from factcheck.support.passages import as_cased
from factcheck.support.people import (
    FULL_NAME,
    NAME,
    age_of,
    ages_given,
    full_names,
    speakers_name,
    surname_key,
)


def opening_pronoun(text: str, lex: LexiconLookup) -> str | None:
    """The pronoun a claim opens with (lexicon quote_pronouns: "He", "she"), as written."""
    first = text.lstrip().split(maxsplit=1)
    return first[0] if first and first[0].lower() in lex.words("quote_pronouns") else None


# How many words may stand before the name a claim opens with ("Former postman Jamie Trent").
OPENING_WORDS = 3


def antecedent(pronoun: str, earlier: Sequence[str], sources: Sequence[SourceReading],
               lex: LexiconLookup) -> str | None:
    """The person ``pronoun`` stands for after the claims ``earlier``: the person the claim
    right before opens with ("Headteacher Joanne Firth introduced …"); where that claim opens
    with the same pronoun, the person that one stands for; where it opens with another
    ("she won the seat from Richard Pyne" before "he served as …"), the one other person it
    names. None where the claim before opens otherwise ("The 31-year-old beat Chloe Marsh":
    the pronoun may mean the one described) or names no such person; where it opens with a
    person described by their age ("The 22-year-old trailed 4-2 …"), the one person of that
    age the sources name."""
    if not earlier:
        return None
    text = as_cased(earlier[-1], sources)
    aged = _AGED.match(text)
    if aged is not None:
        return _one_of_age(aged["age"], sources, lex)
    people = full_names(text, sources, lex)
    before = opening_pronoun(text, lex)
    if before is None:
        opening = people[0] if people else None
        if opening is not None and opening[0] > OPENING_WORDS and _DESCRIBED_THEN.match(
                " ".join(text.split()[:opening[0]])):
            return opening[1]  # "A 58-year-old lifeboat mechanic, Tom Brice, was treated …"
        if opening is None or opening[0] > OPENING_WORDS or (
                opening[0] and text.split()[opening[0] - 1].lower() in lex.words("prepositions")):
            return None  # ("Ridden by Niamh Doyle, he won …": the name is not who "he" is)
        return opening[1]
    theirs = antecedent(before, earlier[:-1], sources, lex)
    if before.lower() == pronoun.lower():
        return theirs
    others = {surname_key(name): name for _, name in people}
    others.pop(surname_key(theirs) if theirs else "", None)
    return next(iter(others.values())) if len(others) == 1 else None


# A description set off by a comma before the name a claim opens with: "A 58-year-old
# lifeboat mechanic, Tom Brice, …"
_DESCRIBED_THEN = re.compile(r"\W*(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*,$", re.IGNORECASE)
# A claim opening with a person described by their age: "the 22-year-old trailed 4-2 …"
_AGED = re.compile(r"\s*the\s+(?P<age>\w+)-year-old\b", re.IGNORECASE)
def _one_of_age(age: str, sources: Sequence[SourceReading], lex: LexiconLookup) -> str | None:
    """The one person the sources give ``age`` ("22", "nine"), as they first name them with it;
    None where they give it to no one or to two."""
    wanted = age_of(age)
    people: dict[str, str] = {}
    for source in sources:
        for name, given in ages_given(source.text, lex):
            if given == wanted:
                people.setdefault(surname_key(name), name)
    return next(iter(people.values())) if len(people) == 1 else None


# A claim opening with "the" and one word that may say who someone is: "The wicketkeeper".
_THE_NOUN = re.compile(r"\s*(?P<the>[Tt]he\s+(?P<noun>[a-z][a-z-]{3,}))\s")


def described_antecedent(noun: str, earlier: Sequence[str], sources: Sequence[SourceReading],
                         lex: LexiconLookup) -> str | None:
    """The person "the <noun>" stands for after the claims ``earlier``: the one full name the
    latest claim that sets the noun right before a name gives after it ("wicketkeeper Rory
    Haddon" for "the wicketkeeper"); None where it gives two, or no claim does, or where the
    sources set the noun by two names ("the Wexley crew", "the German crew Ruder Kiel")."""
    after_it = re.compile(rf"(?<![\w'’-])(?i:{re.escape(noun)})\s+(?P<name>{FULL_NAME})")
    for text in reversed(earlier):
        cased = as_cased(text, sources)
        names = {" ".join(word for word in found["name"].split() if not lex.is_title(word))
                 for found in after_it.finditer(cased)}
        names = {name for name in names if speakers_name(name, lex, sources)}
        if names:
            return names.pop() if len(names) == 1 and not _described_apart(
                noun, sources, lex) else None
    return None


def _described_apart(noun: str, sources: Sequence[SourceReading], lex: LexiconLookup) -> bool:
    """Whether the sources set ``noun`` by two names or more, after it or else before it
    ("the German crew Ruder Kiel" and "the Wexley crew"): then "the crew" may be either."""
    beside = re.compile(rf"(?:(?P<before>{NAME})\s+)?(?<![\w'’-])(?i:{re.escape(noun)})"
                        rf"(?:\s+(?P<after>{NAME}))?(?![\w'’-])")
    openers = lex.words("sentence_openers")  # ("The crew" names no crew)
    named = {" ".join(word for word in (found["after"] or found["before"] or "").lower().split()
                      if word not in openers)
             for source in sources for found in beside.finditer(source.text)}
    return len(named - {""}) > 1


def with_antecedent(text: str, earlier: Sequence[str], sources: Sequence[SourceReading],
                    lex: LexiconLookup) -> str | None:
    """The claim's text with its opening pronoun, or its opening "the" and a word an earlier
    claim sets before a name, replaced by the person it stands for; None where it opens with
    neither or the claims before name no one person."""
    pronoun = opening_pronoun(text, lex)
    if pronoun is not None:
        person = antecedent(pronoun, earlier, sources, lex)
        if person is None:
            return None
        start = text.index(pronoun)
        return text[:start] + person + text[start + len(pronoun):]
    described = _THE_NOUN.match(text)
    if described is None:
        return None
    person = described_antecedent(described["noun"], earlier, sources, lex)
    if person is None:
        return None
    return text[:described.start("the")] + person + text[described.end("the"):]


def reported_antecedent(text: str, earlier: Sequence[str], sources: Sequence[SourceReading],
                        lex: LexiconLookup) -> str | None:
    """What a claim reports of "he" or "she" after a short opening with a verb of speech and
    no name ("police said he had been wearing a helmet"), with the person the pronoun stands
    for in its place ("Martin Fell had been wearing a helmet"); None where it opens otherwise
    or the claims before name no one person."""
    reported = lex.derived(_reported_pronoun).match(text)
    if reported is None or any(word[:1].isupper() for word in reported["who"].split()[1:]):
        return None  # ("Judge Ann Cole said he …": a name, whose "he" may be anyone)
    person = antecedent(reported["pronoun"], earlier, sources, lex)
    return None if person is None else person + text[reported.end("pronoun"):]


def _reported_pronoun(lex: LexiconLookup) -> re.Pattern[str]:
    """Up to three words, a verb of speech, "that" perhaps, and "he" or "she"."""
    return re.compile(rf"\s*(?P<who>(?:[\w'’-]+\s+){{1,3}}?)(?:{lex.alternation('quote_verbs')})"
                      rf"\s+(?:that\s+)?(?P<pronoun>{lex.alternation('quote_pronouns')})\b",
                      re.IGNORECASE)
