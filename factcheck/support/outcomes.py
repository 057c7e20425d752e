"""Outcomes a claim's cited sources state the other way: "approved" where the source says
rejected, "won" where it says lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from factcheck.extract.alignment import content_words
from factcheck.extract.inflection import singular
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.outcomes import Outcome, contests, outcomes
from factcheck.models import Claim
from factcheck.sources import SourceReading
from factcheck.support.custody import jailed_for_suspended
from factcheck.support.negations import flipped_negations
from factcheck.support.opposites import opposite_verbs
from factcheck.support.passages import around, as_cased
from factcheck.support.transfers import reversed_transfers


@dataclass(frozen=True)
class StatedOutcome:
    """An outcome of the claim's (a thing decided, and which way) that a cited source states
    the other way."""

    thing: str  # "offer"
    claimed: str  # the claim's verb, as written: "reject"
    said: str  # the source's: "accept"
    source: str  # the reference's id
    passage: str  # the source sentence that states it
    agreed: bool  # a cited source states the claim's way too


def opposed_outcomes(claim: Claim, sources: Sequence[SourceReading], lex: LexiconLookup
                     ) -> list[StatedOutcome]:
    """For each outcome of the claim ("voted to reject the pay offer"), each statement of its
    cited sources that the thing came out the other way ("voted to accept the offer")."""
    cased = as_cased(claim.text, sources)
    # (a clause copied with its negation dropped or added, "neglect contributed to the death"
    # for "neglect did not contribute to the death", or with the opposite verb, "has sold the
    # depot" for "has bought the depot"; a party on the other side of a sale, "Harrow sold
    # the depot" for "the purchase of the depot by Harrow"; "jailed" for a sentence the
    # source suspends)
    flipped = [StatedOutcome(thing=found.verb, claimed=found.claimed, said=found.said,
                             source=found.source, passage=found.passage, agreed=False)
               for found in [*flipped_negations(claim.text, sources, lex),
                             *(opposite_verbs(claim.text, sources, lex)
                               or reversed_transfers(cased, sources, lex)),
                             *jailed_for_suspended(claim.text, sources, lex)]]
    mine = _with_appealed(cased, _with_others_named(
        cased, [*outcomes(cased, lex), *contests(cased, lex)], lex), lex)
    if not mine:
        return flipped
    theirs = [(source, outcome) for source in sources
              for outcome in _source_outcomes(source.text, lex)]
    contested = lex.words("winning_verbs")
    opposed: list[StatedOutcome] = []
    for claimed in mine:
        year = _dated(cased, claimed)
        same = [(source, outcome) for source, outcome in theirs
                if _one_decision(claimed, outcome, contested) and not _another_year(
                    year, _dated(source.text, outcome))]
        # (a statement the claim's way of what its words tell apart from the thing the source
        # states the other way is of another thing: "won a complaint of unfair pay" beside
        # "rejected a second complaint, of bullying" for "upheld a second complaint, of
        # bullying")
        mine_after = _words_after(cased, claimed, lex)
        alike = {id(outcome): len(mine_after & _words_after(source.text, outcome, lex))
                 for source, outcome in same}
        most = max((alike[id(outcome)] for _, outcome in same if outcome.way != claimed.way),
                   default=0)
        agreed = any(outcome.way == claimed.way and alike[id(outcome)] > most - TOLD_APART
                     for _, outcome in same)
        # (a person by their name, as a name: "(Whitcombe)")
        opposed.extend(StatedOutcome(thing=claimed.thing.title() if claimed.described
                                     else claimed.thing or f"the {claimed.tally} vote",
                                     claimed=claimed.verb,
                                     said=outcome.verb, source=source.id,
                                     passage=around(source, outcome.start)[0].text,
                                     agreed=agreed)
                       for source, outcome in same if outcome.way != claimed.way)
        if claimed.winner:
            opposed.extend(_other_winners(claimed, same))
    # (one per source sentence, unagreed first: an appeal and what it was against are one
    # decision)
    kept: dict[tuple[str, str], StatedOutcome] = {}
    for found in opposed + flipped:
        known = kept.get((found.source, found.passage))
        if known is None or (known.agreed and not found.agreed):
            kept[found.source, found.passage] = found
    return list(kept.values())


# How many more of the claim's words after its verb a source's statement the other way must
# share than one the claim's way, to tell the one the claim's way apart as another thing.
TOLD_APART = 2
# Words after an outcome's verb that tell what was decided.
THING_WORDS = 8


def _words_after(text: str, outcome: Outcome, lex: LexiconLookup) -> frozenset[str]:
    """The content words of the ``THING_WORDS`` after an outcome's verb: what was decided."""
    return content_words(" ".join(text[outcome.end:].split()[:THING_WORDS]), lex)


# Where an outcome's year stands after its verb: "lost the seat by 411 votes in 2023".
_YEAR_CHARS = 40
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_CLAUSE_END = re.compile(r"[.;]")


def _dated(text: str, outcome: Outcome) -> str | None:
    """The year in an outcome's clause, after its verb, if any."""
    window = _CLAUSE_END.split(text[outcome.start:outcome.end + _YEAR_CHARS], maxsplit=1)[0]
    found = _YEAR.search(window)
    return found.group() if found else None


def _another_year(one: str | None, other: str | None) -> bool:
    """Two outcomes dated in two years: two decisions ("won the seat in 2017", "lost the
    seat by 411 votes in 2023")."""
    return one is not None and other is not None and one != other


def _other_winners(claimed: Outcome, same: list[tuple[SourceReading, Outcome]]
                   ) -> Iterator[StatedOutcome]:
    """The sources' winners of a thing one wins ("Callum Reid … to win the Masters") where
    the claim gives it to another ("van Wyk held on to win the Masters"), when every source
    that says who won it names someone else."""
    winners = [(source, outcome) for source, outcome in same if outcome.winner]
    if not winners or any(_one_winner(outcome.winner, claimed.winner) for _, outcome in winners):
        return
    if any(outcome.winner_team and _named_as_a_person(claimed.winner, source.text)
           for source, outcome in winners):
        return  # "a pair from Calder Bowls Club won": the claim may name its players
    for source, outcome in winners:
        yield StatedOutcome(thing=claimed.thing, claimed=f"won by {claimed.winner}",
                            said=f"won by {outcome.winner}", source=source.id,
                            passage=around(source, outcome.start)[0].text, agreed=False)


def _named_as_a_person(name: str, text: str) -> bool:
    """Whether ``text`` names ``name`` as a person, by the age after it ("Owen Pryce, 58,")."""
    words = name.split()
    return bool(words) and re.search(
        rf"\b{re.escape(words[-1])}\s?,\s?\d{{1,3}}\s?,", text) is not None


def _one_winner(one: str, other: str) -> bool:
    """Whether two winners' names are one, case aside: the same last word ("Callum Reid",
    "Reid"), or every word of one in the other ("Abercrag", "Abercrag Male Voice Choir"; a
    side and its candidate: "Community First" and "Community First's Rachel Dunmore")."""
    mine, theirs = ([_OWNED.sub("", word) for word in name.lower().split()]
                    for name in (one, other))
    return mine[-1] == theirs[-1] or set(mine) <= set(theirs) or set(theirs) <= set(mine)


_OWNED = re.compile(r"['’]s$")


@lru_cache(maxsize=256)
def _source_outcomes(text: str, lex: LexiconLookup) -> list[Outcome]:
    return _with_appealed(text, _with_others_named(
        text, [*outcomes(text, lex), *contests(text, lex)], lex), lex)


def _with_others_named(text: str, decided: list[Outcome], lex: LexiconLookup
                       ) -> list[Outcome]:
    """The outcomes, and for each about a person named with another after "and", the other's
    too: "convicted Anton Reyes and his business partner Mark Tull of fraud" convicted Tull."""
    joined = lex.derived(_joined_name)
    return decided + [replace(outcome, thing=found.group("surname").lower(), described="")
                      for outcome in decided if outcome.named
                      for found in [joined.match(text, outcome.end)] if found
                      and found.group("first").lower().endswith(outcome.thing)]


def _joined_name(lex: LexiconLookup) -> re.Pattern[str]:
    """After an outcome's verb, its person's name, "and", a few words describing another
    ("his business partner") and the other's name."""
    determiners = lex.alternation("determiners")
    return re.compile(
        r"\s+(?P<first>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)(?:\s*,\s*\d{1,3}\s*,)?\s+and\s+"
        rf"(?:(?i:{determiners})\s+)?(?:[a-z][\w-]*\s+){{0,3}}?"
        r"(?:[A-Z][\w'’-]+\s+){0,2}(?P<surname>[A-Z][\w'’-]+)\b")


def _with_appealed(text: str, decided: list[Outcome], lex: LexiconLookup) -> list[Outcome]:
    """The outcomes, and for each of an appeal against a thing (lexicon appeal_nouns) that
    thing's, the other way: "rejected his appeal against a five-game suspension" upheld the
    suspension, "allowed her appeal against the ban" overturned the ban."""
    appealed = lex.derived(_appealed)
    return decided + [replace(outcome, thing=singular(head.lower()), way=-outcome.way,
                              verb=f"{outcome.verb} the {outcome.thing} against", described="")
                      for outcome in decided if outcome.thing in lex.words("appeal_nouns")
                      for found in [appealed.match(text, outcome.end) or appealed.match(
                          text, _clause_start(text, outcome.start), outcome.start)] if found
                      for head in [_head_word(found.group("words"), lex)] if head]


def _appealed(lex: LexiconLookup) -> re.Pattern[str]:
    """After an outcome's verb, or from a passive's clause start, its appeal and what it is
    against: " Mia Cole's appeal against a two-year ban"."""
    return re.compile(rf"[^.;]{{0,60}}?\b(?i:{lex.alternation('appeal_nouns')})\s+against\s+"
                      r"(?P<words>(?:[\w'’-]+\s*){1,4})")


def _clause_start(text: str, at: int) -> int:
    return max(text.rfind(mark, 0, at) for mark in (". ", "; ", ", ")) + 1


def _head_word(words: str, lex: LexiconLookup) -> str:
    """The last word of a noun phrase's first words, before the lexicon's
    outcome_object_ends ("five-game suspension" of "a five-game suspension on Monday")."""
    ends = lex.words("outcome_object_ends") | lex.words("determiners")
    kept: list[str] = []
    for word in words.split():
        if word.lower() in ends:
            if kept:
                break
            continue  # (a determiner first: "a", "his")
        kept.append(word)
    return kept[-1] if kept else ""


def _one_decision(claimed: Outcome, said: Outcome, contested: frozenset[str]) -> bool:
    """Whether two outcomes are of one thing decided: the same thing, the same person by the
    noun before their name or by it alone ("treasurer Daniel Whitcombe", "a former municipal
    treasurer"), the same vote ("voted 7–4"), the same purpose ("a plan to triple the dog
    fee", "a proposal to triple the annual dog fee") or charge ("convicted of two food
    safety offences", "cleared of two food safety offences"), not of two people named. A
    person beaten in a contest (``contested``: lexicon winning_verbs, "defeated Graham
    Pratt") is no decision about them ("had endorsed Pratt")."""
    if claimed.named and said.named and (
            _verb(claimed) in contested) != (_verb(said) in contested):
        return False
    if claimed.tally and said.tally == claimed.tally:
        return True
    if claimed.purpose and said.purpose:
        # ("a plan to keep the ferry running" is not "a plan to end the ferry service")
        return _one_purpose(claimed.purpose, said.purpose)
    if _alike(claimed.charge, said.charge) and not (
            claimed.named and said.named and claimed.thing != said.thing):
        return True
    return any(_one_thing(one, other) for one in (claimed.thing, claimed.described) if one
               for other in (said.thing, said.described) if other)


def _verb(outcome: Outcome) -> str:
    return " ".join(outcome.verb.lower().split())


def _one_purpose(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two decisions' purposes are one: the same verb ("to close the rink" is never
    "to keep the rink open") and words alike."""
    return bool(one) and bool(other) and _one_verb(one[0], other[0]) and _alike(one, other)


def _one_verb(one: str, other: str) -> bool:
    """Whether two forms are of one verb: "replace", "replacing"; "stop", "stopping"."""
    bare = [_without_ing(word) for word in (one, other)]
    return bare[0] == bare[1]


def _without_ing(word: str) -> str:
    if not word.endswith("ing") or len(word) < 6:
        return word.removesuffix("e")
    stem = word[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "stopping"
    return stem


# Words two purposes or charges must share to be one ("triple", "dog", "licence", "fee"): at
# least this many, and this share of the shorter's.
ALIKE_WORDS = 2
ALIKE_SHARE = 0.5


def _alike(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    shared = len(set(one) & set(other))
    return shared >= ALIKE_WORDS and shared >= ALIKE_SHARE * min(len(set(one)), len(set(other)))


def _one_thing(one: str, other: str) -> bool:
    """Whether two things decided are one: the same word, in the singular or plural."""
    return one == other or singular(one) == singular(other)
