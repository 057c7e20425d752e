"""Who gave and who took: a claim that names a party on one side of a sale, loan or gift
that its cited source puts on the other. "Harrow Motors sold the depot to Ferncliffe Council"
where the source says "Harrow Motors bought the depot from Ferncliffe Council", or "the
purchase of the depot by Harrow Motors". Summaries keep every name and reverse the
direction; no figure or name shows it.

A transfer is read from a verb or noun of the lexicon (giving_verbs "sold", "lent";
taking_verbs "bought", "borrowed"; giving_nouns "sale"; taking_nouns "purchase") with the
names around it: the verb's subject (a name right before it, past a description set off by
commas, or before ", which"), a passive's or a noun's agent ("by Harrow Motors"), a noun's
owner ("Harrow Motors' purchase of"), the other side after transfer_receivers ("to") or
transfer_givers ("from"), and what changed hands where it is a name: a company bought ("buy
the Danish publisher Nordvik Interactive"), a passive's subject ("Tarn Ferries has been
bought by …"). A buyer is neither the seller nor what was bought. A giving verb that gives an
amount of money "for" something ("paid £4m for the wharf") is a taking one: the payer took
what it paid for, from the one it paid ("paid the Harbour Trust £4m for …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from factcheck.extract.alignment import content_words
from factcheck.extract.grammar import grammar
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.names import is_common_word
from factcheck.sources import SourceReading
from factcheck.support.negations import Flipped

# How many words may stand between a subject's name and its verb ("Harrow Motors has agreed
# to sell", "Harrow itself bought"), and after a verb or noun before the other side's
# preposition ("sold a set of four silver chalices, made in 1702, to …").
MOST_BEFORE = 3
MOST_AFTER = 12
DESCRIBED = 2  # words that may describe the other side before its name: "rival group"
QUOTED = 80  # characters of a side's words quoted in a finding


class _Role(StrEnum):
    GIVES = "gives"  # sells, lends, gives
    TAKES = "takes"  # buys, borrows, receives
    TAKEN = "taken"  # is what changed hands: "Harrow Motors has been bought by …"


# The roles a party cannot have in one transfer of a thing if it has the other: a seller is
# no buyer, and a company bought did not buy (though a seller may itself be sold later).
_OPPOSED = {_Role.GIVES: {_Role.TAKES}, _Role.TAKES: {_Role.GIVES, _Role.TAKEN},
            _Role.TAKEN: {_Role.TAKES}}


@dataclass(frozen=True)
class _Side:
    """A named party on one side of a transfer."""

    name: str  # as written: "Harrow Motors"
    role: _Role
    thing: frozenset[str]  # content-word stems of what changed hands, as far as read
    words: str  # the words that say it, as written: "Harrow Motors sold the depot"
    by_giving: bool  # read from a giving verb or noun ("sold"), or a taking one ("bought")
    # its sentence has transfers both ways, whose sides a word run may not tell apart
    # ("Harrow bought the depot in 2015 and sold it to Kessel in 2021"): it only backs the
    # claim
    both_ways: bool = False


def reversed_transfers(text: str, sources: Sequence[SourceReading], lex: LexiconLookup
                       ) -> list[Flipped]:
    """Each named party of the claim's transfers that a cited source sentence puts on the
    other side of a transfer of the same thing (a content word of the claim's in the
    sentence), where no cited source puts it on the claim's side of any."""
    mine = _sides(text, lex)
    if not mine:
        return []  # nearly every claim
    theirs = [(source, sentence, side) for source in sources
              for sentence, side in _source_sides(tuple(
                  sentence.text for sentence in source.sentences), lex)]
    found: list[Flipped] = []
    for claimed in mine:
        same_party = [(source, sentence, side) for source, sentence, side in theirs
                      if _one_party(claimed.name, side.name)]
        if not claimed.thing or any(side.role == claimed.role for _, _, side in same_party):
            continue  # a source has the party on the claim's side
        if any(_unnamed_on_the_side(claimed, source, at, theirs, lex)
               for source in sources for at in range(len(source.sentences))):
            continue
        opposed = [(len(claimed.thing & source.sentences[sentence].words), source, sentence,
                    side) for source, sentence, side in same_party
                   if side.role in _OPPOSED[claimed.role] and not side.both_ways]
        shared, source, sentence, side = max(opposed, key=lambda found: found[0],
                                             default=(0, None, 0, None))
        if shared and source is not None and side is not None:  # (of the thing most alike)
            found.append(Flipped(verb=claimed.name, claimed=claimed.words, said=side.words,
                                 source=source.id, passage=source.sentences[sentence].text))
    return found


# How many content words of what the claim's party took or gave a source sentence must share
# to tell of the same transfer.
SAME_THING = 2


def _unnamed_on_the_side(claimed: _Side, source: SourceReading, at: int,
                         theirs: Sequence[tuple[SourceReading, int, _Side]],
                         lex: LexiconLookup) -> bool:
    """Whether sentence ``at`` of ``source`` tells of a transfer of the claim's thing with no
    named party on the claimed party's side, nor that party on any, while it describes a
    party by the head word of the claim's party's name: that party may be the claim's ("An
    urban community land trust … has completed the purchase of 11 houses from the city
    council" for "Brindley Wharf Community Land Trust has bought 11 houses")."""
    sentence = source.sentences[at]
    head = claimed.name.split()[-1].lower()
    if len(claimed.thing & sentence.words) < SAME_THING or head not in _LOWER.findall(
            sentence.text) or lex.derived(_transfer_words).any_of.isdisjoint(
            _LOWER_WORD.findall(sentence.text.lower())):
        return False
    sides = [side for reading, place, side in theirs if reading is source and place == at]
    return not any(side.role == claimed.role or _one_party(claimed.name, side.name)
                   for side in sides)


@lru_cache(maxsize=256)  # a source is read for each claim that cites it
def _source_sides(sentences: tuple[str, ...], lex: LexiconLookup
                  ) -> tuple[tuple[int, _Side], ...]:
    """The sides of a source's transfers, by the sentence that states each."""
    read: list[tuple[int, _Side]] = []
    for at, sentence in enumerate(sentences):
        sides = _sides(sentence, lex)
        if len({side.by_giving for side in sides}) == 2:
            sides = [replace(side, both_ways=True) for side in sides]
        read.extend((at, side) for side in sides)
    return tuple(read)


_LOWER = re.compile(r"[a-z][a-z'’-]*")
_LOWER_WORD = re.compile(r"[a-z]+")
_TOKEN = re.compile(r"[^\W_](?:[\w'’&-]|\.(?=\w))*|[^\w\s]")


def _sides(text: str, lex: LexiconLookup) -> list[_Side]:
    """Each named party of each transfer ``text`` states."""
    words = lex.derived(_transfer_words)
    if words.any_of.isdisjoint(_LOWER_WORD.findall(text.lower())):
        return []
    tokens = [(found.group(), found.start(), found.end()) for found in _TOKEN.finditer(text)]
    runs = _name_runs(text, tokens, lex)
    sides: list[_Side] = []
    for at, (token, _, _) in enumerate(tokens):
        word = token.lower()
        if word in words.nouns and _before_object(tokens, at, lex):
            sides.extend(_noun_sides(text, tokens, runs, at, words.nouns[word], lex))
        elif word in words.verbs:
            sides.extend(_verb_sides(text, tokens, runs, at, words.verbs[word], lex))
    return sides


@dataclass(frozen=True)
class _Words:
    verbs: dict[str, bool]  # each transfer verb, and whether its subject gives
    nouns: dict[str, bool]  # each transfer noun, and whether its owner or agent gives
    any_of: frozenset[str]  # the words, one of which a text must hold to be read at all


def _transfer_words(lex: LexiconLookup) -> _Words:
    verbs = {**dict.fromkeys(lex.words("taking_verbs"), False),
             **dict.fromkeys(lex.words("giving_verbs"), True)}
    nouns = {**dict.fromkeys(lex.words("taking_nouns"), False),
             **dict.fromkeys(lex.words("giving_nouns"), True)}
    return _Words(verbs, nouns, frozenset([*verbs, *nouns]))


_Run = tuple[int, int]  # token indices of a name: first, and one past the last


def _name_runs(text: str, tokens: list[tuple[str, int, int]], lex: LexiconLookup
               ) -> dict[int, _Run]:
    """The names of ``text`` by the token each ends on, without a leading "The" or a lone
    common word ("Police", "Overall")."""
    starts = {start: at for at, (_, start, _) in enumerate(tokens)}
    ends = {end: at for at, (_, _, end) in enumerate(tokens)}
    determiners = lex.words("determiners")
    runs: dict[int, _Run] = {}
    for found in lex.name_run_pattern().finditer(text):
        first, last = starts.get(found.start()), ends.get(found.end())
        if first is None or last is None:
            continue
        while first <= last and tokens[first][0].lower() in determiners:
            first += 1
        if first > last or (first == last and is_common_word(tokens[first][0])):
            continue
        runs[last] = (first, last + 1)
    return runs


def _verb_sides(text: str, tokens: list[tuple[str, int, int]], runs: dict[int, _Run],
                at: int, gives: bool, lex: LexiconLookup) -> list[_Side]:
    """The sides of a transfer verb: its subject, or a passive's agent, on the verb's side;
    the other side after its preposition; and what changed hands where it is a name: a
    passive's subject, or the object of a taking verb, or of a giving one with the other side
    named ("sold Tarn Ferries to Skerry Lines"; not "handed Ana Ruiz a ban")."""
    passive = _passive(tokens, at, lex)
    # "paid (Harrow Motors) £18m for the quota": the payer took what it paid for, from the
    # one it paid
    paid_for = gives and not passive and _money_for(tokens, at, lex)
    gives = gives and not paid_for
    role = _Role.GIVES if gives else _Role.TAKES
    thing_end, after = _after(tokens, runs, at, lex)
    thing = _thing(text, tokens, at + 1, thing_end, lex)
    sides: list[tuple[_Run, _Role, int | None]] = []
    said = (at, at + 1)
    if passive:  # and what was sold before it: "the depot was sold to …"
        thing |= _thing(text, tokens, _clause_start(tokens, at), at, lex)
        taken = _subject(tokens, runs, at, lex)
        if taken is not None:
            sides.append((taken, _Role.TAKEN, None))
    else:
        subject = _subject(tokens, runs, at, lex)
        if subject is not None:
            sides.append((subject, role, None))
        taken = _named_after(tokens, runs, at + 1, lex)
        if taken is not None and paid_for:
            sides.append((taken, _Role.GIVES, None))
        elif taken is not None and (
                not gives or any(side is _Role.TAKES for _, side, _ in after)):
            sides.append((taken, _Role.TAKEN, None))
    for run, side, where in after:
        if side is not None:
            sides.append((run, side, where))
        elif passive:  # the agent: "was sold by Harrow"
            sides.append((run, role, where))
    auxiliaries = lex.words("passive_auxiliaries") | lex.words("negated_auxiliaries")
    while said[0] > 0 and tokens[said[0] - 1][0].lower() in auxiliaries:
        said = (said[0] - 1, said[1])  # quoted with its auxiliaries: "has been bought"
    return _with_things(text, tokens, sides, said, thing, gives, lex)


def _money_for(tokens: list[tuple[str, int, int]], at: int, lex: LexiconLookup) -> bool:
    """Whether the giving verb at ``at`` gives an amount of money "for" something: "paid an
    estimated £18 million for the quota", "handed over $40,000 for the boat"."""
    notation = grammar(lex)
    money = False
    for token, _, _ in tokens[at + 1:at + 1 + MOST_AFTER]:
        word = token.lower()
        if word == "for":
            return money
        if word in _CLAUSE_MARKS:
            return False
        money = money or word in notation.currencies or word in lex.currency_words
    return False


_CLAUSE_MARKS = frozenset(".;:!?")


def _noun_sides(text: str, tokens: list[tuple[str, int, int]], runs: dict[int, _Run],
                at: int, gives: bool, lex: LexiconLookup) -> list[_Side]:
    """"the sale of the depot to Ferncliffe Council", "the purchase of Harrow Motors by
    Ferncliffe Council", "Ferncliffe Council's purchase of the depot" (the noun before "of"),
    what changed hands among them where it is a name."""
    role = _Role.GIVES if gives else _Role.TAKES
    thing_end, after = _after(tokens, runs, at + 1, lex)
    thing = _thing(text, tokens, at + 2, thing_end, lex)
    sides: list[tuple[_Run, _Role, int | None]] = []
    owner = runs.get(at - 1)
    if owner is not None and re.search(r"['’]s?$", tokens[at - 1][0]):
        sides.append((owner, role, None))
    taken = _named_after(tokens, runs, at + 2, lex)
    if taken is not None:
        sides.append((taken, _Role.TAKEN, None))
    for run, side, where in after:
        sides.append((run, side or role, where))  # (the agent's is the noun's: "by Harrow")
    return _with_things(text, tokens, sides, (at, at + 2), thing, gives, lex)


def _with_things(text: str, tokens: list[tuple[str, int, int]],
                 sides: list[tuple[_Run, _Role, int | None]], said: _Run,
                 thing: frozenset[str], by_giving: bool, lex: LexiconLookup) -> list[_Side]:
    """Each side of one transfer, what changed hands read as its words and the other sides'
    names ("Tarn Ferries" was bought by Skerry Lines)."""
    names = [content_words(_written(text, tokens, run), lex) for run, _, _ in sides]
    every = thing.union(*names)
    return [_side(text, tokens, run, said, role, every - own, by_giving, lex, where)
            for (run, role, where), own in zip(sides, names, strict=True)]


def _named_after(tokens: list[tuple[str, int, int]], runs: dict[int, _Run], at: int,
                 lex: LexiconLookup) -> _Run | None:
    """The name that starts at ``at``, past determiners and a few words describing it ("its
    larger rival Skerry Lines", "the Danish publisher Nordvik Interactive")."""
    starts = {run[0]: run for run in runs.values()}
    determiners = lex.words("determiners")
    function_words = grammar(lex).function_words
    demonyms = lex.demonyms()
    while at < len(tokens) and tokens[at][0].lower() in determiners:
        at += 1
    for _ in range(DESCRIBED + 1):
        if at >= len(tokens):
            return None
        word = tokens[at][0]
        run = starts.get(at)
        if run is not None and not (run[1] - run[0] == 1 and word.lower() in demonyms):
            return run
        if word.lower() not in demonyms and not _described_by(word, function_words):
            return None
        at += 1
    return None


def _before_object(tokens: list[tuple[str, int, int]], at: int, lex: LexiconLookup) -> bool:
    return at + 1 < len(tokens) and tokens[at + 1][0].lower() in lex.words("transfer_objects")


def _passive(tokens: list[tuple[str, int, int]], at: int, lex: LexiconLookup) -> bool:
    auxiliaries = lex.words("passive_auxiliaries")
    # (not "is lending", a progressive)
    return not tokens[at][0].endswith("ing") and any(
        tokens[before][0].lower() in auxiliaries for before in range(max(0, at - 2), at))


def _subject(tokens: list[tuple[str, int, int]], runs: dict[int, _Run], at: int,
             lex: LexiconLookup) -> _Run | None:
    """The name right before a verb, past at most ``MOST_BEFORE`` auxiliaries and function
    words ("has been", "itself", "agreed to"), past a description set off by commas
    ("Tarn Ferries, the island's oldest operator, has bought") or before ", which"; for
    "it" or "they" after "and" (lexicon party_pronouns, opening_conjunctions), the sentence's
    first name that is a subject;
    None past a determiner (the subject is then a noun's: "Harrow said the council sold") or
    a negation."""
    passing = grammar(lex).function_words | lex.words("negated_auxiliaries") | lex.words(
        "auxiliaries")
    relatives = lex.words("relative_pronouns") | lex.words("speaker_relatives")
    stops = lex.words("determiners") | lex.words("verb_negations")
    before = at - 1
    for _ in range(MOST_BEFORE + 1):
        if before < 0:
            return None
        if before in runs:
            return _head_of(tokens, runs, runs[before], lex)
        word = tokens[before][0].lower()
        if word in relatives and before >= 2 and tokens[before - 1][0] == ",":
            run = runs.get(before - 2)
            return _head_of(tokens, runs, run, lex) if run else None
        if word == ",":
            opening = _aside_opening(tokens, before)
            run = runs.get(opening - 1) if opening is not None else None
            head = _head_of(tokens, runs, run, lex) if run else None
            if head is None and opening is not None:
                # (a list inside the aside: "Pennock & Daughters, which has shops in Derrington,
                # Aldersey and Wyke, was bought")
                opening = _relative_opening(tokens, opening, relatives)
                run = runs.get(opening - 1) if opening is not None else None
                head = _head_of(tokens, runs, run, lex) if run else None
            return head
        if word in lex.words("party_pronouns") and before >= 1 and (
                tokens[before - 1][0].lower() in lex.words("opening_conjunctions")):
            # "Elmfield Salle will shut, and it has agreed to buy …": the first clause's
            return _first_subject(tokens, runs, before, lex)
        if word in stops or not word[0].isalpha() or not word[0].islower() or (
                word not in passing and not _bridging(tokens, before, lex)):
            return None
        before -= 1
    return None


def _first_subject(tokens: list[tuple[str, int, int]], runs: dict[int, _Run], before: int,
                   lex: LexiconLookup) -> _Run | None:
    """The first name before token ``before`` that stands for a party (``_head_of``)."""
    for end in sorted(runs):
        if runs[end][1] > before:
            break
        head = _head_of(tokens, runs, runs[end], lex)
        if head is not None:
            return head
    return None


ASIDE_WORDS = 16  # of a description set off by commas after a name


def _aside_opening(tokens: list[tuple[str, int, int]], closing: int) -> int | None:
    """The comma that opens a description closed by the comma at ``closing``."""
    for at in range(closing - 1, max(-1, closing - ASIDE_WORDS - 1), -1):
        if tokens[at][0] == ",":
            return at
        if tokens[at][0] in ".;:!?":
            return None
    return None


def _relative_opening(tokens: list[tuple[str, int, int]], before: int,
                      relatives: frozenset[str]) -> int | None:
    """The comma before ``before``, within ``ASIDE_WORDS``, that opens a relative clause
    (", which has shops in …"): where an aside holding commas of its own opens."""
    for at in range(before - 1, max(0, before - ASIDE_WORDS) - 1, -1):
        if tokens[at][0] in ".;:!?":
            return None
        if tokens[at][0] == "," and at + 1 < len(tokens) and (
                tokens[at + 1][0].lower() in relatives):
            return at
    return None


def _bridging(tokens: list[tuple[str, int, int]], at: int, lex: LexiconLookup) -> bool:
    """Whether a content word between a name and its verb leaves the name the subject: an
    adverb ("Harrow quietly sold") or a verb before an auxiliary ("Harrow has agreed to
    sell"), not a verb of its own ("Harrow said it had sold")."""
    return tokens[at][0].endswith("ly") or (
        at + 1 < len(tokens) and tokens[at + 1][0].lower() in lex.words("auxiliaries"))


def _head_of(tokens: list[tuple[str, int, int]], runs: dict[int, _Run], run: _Run,
             lex: LexiconLookup) -> _Run | None:
    """The party a name before a verb stands for: itself; the name before it where it only
    says where that one is ("St Anne's Church" of "St Anne's Church in nearby Holme"); none
    where it is the object of a preposition after a noun ("the syndicate for next year's
    Coronet Cup has bought")."""
    prepositions = lex.words("prepositions")
    for before in range(run[0] - 1, max(-1, run[0] - 1 - MOST_BEFORE), -1):
        word = tokens[before][0].lower()
        if word in prepositions:
            if before - 1 in runs and word in lex.words("placing_prepositions"):
                return runs[before - 1]
            return None
        if not _LOWER.fullmatch(tokens[before][0]):
            break  # (past "next year's", "nearby")
    return run


def _after(tokens: list[tuple[str, int, int]], runs: dict[int, _Run], at: int,
           lex: LexiconLookup) -> tuple[int, list[tuple[_Run, _Role | None, int]]]:
    """The names after a verb or noun (at most ``MOST_AFTER`` words, in its sentence) each
    after one of the lexicon's prepositions of a transfer, with the side it names (None for
    an agent's, "by": the verb's or noun's own) and where the preposition stands, and the
    token where the words of the thing end."""
    sides = lex.derived(_sides_after)
    found: list[tuple[_Run, _Role | None, int]] = []
    led: set[int] = set()  # the "by" of a leader's phrase, no agent's
    thing_end = min(len(tokens), at + 1 + MOST_AFTER)
    for index in range(at + 1, min(len(tokens), at + 1 + MOST_AFTER)):
        word = tokens[index][0].lower()
        if word in ".;:!?":
            thing_end = min(thing_end, index)
            break
        if word not in sides or index in led:
            continue
        run = _named_after(tokens, runs, index + 1, lex)  # "to the rival group Brightline"
        if run is None and (leader := _leader_after(tokens, index + 1, lex)) is not None:
            # "from a consortium led by Ana Pike": that side is Ana Pike's
            led.add(leader - 1)
            run = _named_after(tokens, runs, leader, lex)
        if run is not None and all(side != sides[word] for _, side, _ in found):
            found.append((run, sides[word], index))
            thing_end = min(thing_end, index)
    return thing_end, found


def _leader_after(tokens: list[tuple[str, int, int]], at: int, lex: LexiconLookup
                  ) -> int | None:
    """Where the name of who leads a party starts, after its description and one of lexicon
    party_leaders ("a group led by", "a consortium headed by"); None where there is none."""
    determiners = lex.words("determiners")
    while at < len(tokens) and tokens[at][0].lower() in determiners:
        at += 1
    function_words = grammar(lex).function_words
    leaders = lex.words("party_leaders")
    for _ in range(DESCRIBED):
        if at + 2 >= len(tokens) or not _described_by(tokens[at][0], function_words):
            return None
        at += 1
        if f"{tokens[at][0].lower()} {tokens[at + 1][0].lower()}" in leaders:
            return at + 2
    return None


def _sides_after(lex: LexiconLookup) -> dict[str, _Role | None]:
    """The side a name after each preposition of a transfer is on: "from" a giver, "to" a
    taker, "by" the verb's own (None)."""
    return {**dict.fromkeys(lex.words("agent_prepositions"), None),
            **dict.fromkeys(lex.words("transfer_givers"), _Role.GIVES),
            **dict.fromkeys(lex.words("transfer_receivers"), _Role.TAKES)}


def _described_by(word: str, function_words: frozenset[str]) -> bool:
    return word[0].islower() and word.isalpha() and word not in function_words


def _clause_start(tokens: list[tuple[str, int, int]], at: int) -> int:
    start = at
    while start > 0 and at - start < MOST_AFTER and tokens[start - 1][0] not in ",;:.!?":
        start -= 1
    return start


def _thing(text: str, tokens: list[tuple[str, int, int]], start: int, end: int,
           lex: LexiconLookup) -> frozenset[str]:
    if start >= end:
        return frozenset()
    return content_words(text[tokens[start][1]:tokens[end - 1][2]], lex)


def _written(text: str, tokens: list[tuple[str, int, int]], run: _Run) -> str:
    return text[tokens[run[0]][1]:tokens[run[1] - 1][2]]


def _side(text: str, tokens: list[tuple[str, int, int]], run: _Run, said: _Run, role: _Role,
          thing: frozenset[str], by_giving: bool, lex: LexiconLookup,
          preposition: int | None = None) -> _Side:
    """A party's side, with the words that say it: the name and the verb or noun, and any
    preposition between ("bought by Rhian Pugh"; "lending … to the Mernes Textile Museum")."""
    first, last = min(run[0], said[0]), max(run[1], said[1])
    words = text[tokens[first][1]:tokens[last - 1][2]]
    if preposition is not None and preposition > said[1]:
        words = (text[tokens[said[0]][1]:tokens[said[1] - 1][2]] + " … "
                 + text[tokens[preposition][1]:tokens[run[1] - 1][2]])
    elif said[0] - run[1] > MOST_BEFORE:  # past a description: "Tarn Ferries … has sold"
        words = (_written(text, tokens, run) + " … "
                 + text[tokens[said[0]][1]:tokens[said[1] - 1][2]])
    name = _written(text, tokens, run)
    return _Side(name=name, role=role, thing=thing - content_words(name, lex),
                 by_giving=by_giving,
                 words=words if len(words) <= QUOTED else words[:QUOTED - 1] + "…")


def _one_party(one: str, other: str) -> bool:
    """Whether two names are one party's: a distinctive word (one no dictionary writes in
    lower case) in both ("Harrow Motors", "Harrow"; "the Drummonds", "Isla Drummond"), or,
    for names of common words only ("Coastal Trades Union"), the same words."""
    mine, theirs = _party_words(one), _party_words(other)
    distinctive = [{word for word in words if not is_common_word(word)} for words in (mine, theirs)]
    if all(distinctive):
        return not distinctive[0].isdisjoint(distinctive[1])
    return mine == theirs


def _party_words(name: str) -> frozenset[str]:
    """A name's words, lower-cased, without a possessive or a family's plural "s"."""
    words = (re.sub(r"['’]s?$", "", word.lower()) for word in name.split())
    return frozenset(word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss")
                     else word for word in words)
