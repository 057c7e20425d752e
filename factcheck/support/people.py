"""What a claim's cited sources say of its people: who they say spoke a quotation, who else
holds a role the claim gives, and who else they give a statement the claim reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.alignment import (
    content_words,
    latin_content_words,
    normalize,
    overlap,
    similarity,
)
from factcheck.extract.lookup import LexiconLookup, alternation
from factcheck.extract.names import is_common_word
from factcheck.extract.numbers import parse_words
from factcheck.extract.quotes import (
    Attribution,
    attribution,
    quotation_spans,
    reported_statements,
    speaker_of,
)
from factcheck.extract.roles import RoleHolder, role_holders
from factcheck.models import Claim, Quote
from factcheck.sources import SourceReading, fold
from factcheck.support.passages import QUOTATION_SENTENCES, QUOTED, around, as_cased, name_words


def persons_name(name: str) -> bool:
    """A name a person goes by, not capitalized common words ("The Mayor", "Police Chief"):
    after the common words that open it (a title, "The"), a first name and a surname ("Rashid
    Khan", whose surname is also a word), or one word that is no common word ("Raghavan") nor
    written in capitals (an organization's letters: "The FBU")."""
    words = name.split()
    while words and is_common_word(words[0]):
        words.pop(0)
    return len(words) > 1 or (len(words) == 1 and not is_common_word(words[0])
                              and not words[0].isupper())


# A name as a source writes it: one to three capitalized words ("Hale", "Tom Hale"); a
# person's full name: two or three ("Tom Hale", "Mary Anne Cole").
NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
FULL_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"

def _ages_given_patterns(lex: LexiconLookup) -> tuple[re.Pattern[str], ...]:
    """Where a text gives a named person's age: "Nia Rees, 24,", "Finn, nine,", "Nell Ashby,
    now 29," (lexicon age_after_name_words), "47-year-old driver Rosa Dunne", "Tarrant, a
    71-year-old retired postmistress"."""
    marked = rf"(?:(?i:{lex.alternation('age_after_name_words')})\s+)?"
    return (
        re.compile(rf"(?<![\w'’-])(?P<name>{NAME})\s*,\s*{marked}(?P<age>\w+)\s*,"),
        re.compile(rf"\b(?P<age>\w+)-year-old\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<name>{NAME})"),
        re.compile(rf"(?<![\w'’-])(?P<name>{NAME})\s*,\s*an?\s+(?P<age>\w+)-year-old\b"))


@lru_cache(maxsize=256)  # read for each claim that cites the text
def ages_given(text: str, lex: LexiconLookup) -> tuple[tuple[str, float], ...]:
    """The named people ``text`` gives an age, each with it, in the order of the patterns; a
    name after an age and a preposition is a place's ("a 22-year-old from Rotherham"), one
    with its age after it a person's ("founded by Nell Ashby, now 29,")."""
    prepositions = lex.words("prepositions")
    given = []
    for pattern in lex.derived(_ages_given_patterns):
        for found in pattern.finditer(text):
            age = age_of(found["age"])
            before = text[max(0, found.start("name") - _WORD_BEFORE):found.start("name")].split()
            if age is not None and not (found.start("age") < found.start("name") and before
                                        and before[-1].lower() in prepositions):
                given.append((found["name"], age))
    return tuple(given)


_WORD_BEFORE = 20  # characters before a name in which the word before it is read


def age_of(written: str) -> float | None:
    """An age in digits or words ("37", "nine")."""
    return float(written) if written.isdigit() else parse_words(written)


def speakers_name(name: str, lex: LexiconLookup, sources: Sequence[SourceReading] = ()
                  ) -> bool:
    """A name before or after a verb of speech that is a person's: ``persons_name``; after
    its titles ("Chief Constable", "chair"), two or three capitalized words that are no
    organization's or place's head ("Rob Kitchen", "Grace Field"; not "Police Federation",
    "Transport Office"); or a surname that is a word too, which ``sources`` give after a first
    name ("Askew" where a source names "Tom Askew")."""
    if persons_name(name) or surname_of_a_full_name(name, sources):
        return True
    words = [word for word in name.split() if not lex.is_title(word)]
    return 2 <= len(words) <= 3 and all(
        word[:1].isupper() and not word.isupper()
        and word.rstrip(".").lower() not in lex.organization_heads
        and word.lower() not in lex.place_heads for word in words)


def surname_of_a_full_name(name: str, sources: Sequence[SourceReading]) -> bool:
    """Whether the one word ``name`` ends a first name and surname a source gives ("Askew"
    of "Tom Askew"): a person's, though English writes the word in lower case too."""
    if " " in name or not name[:1].isupper() or name.isupper():
        return False
    full = re.compile(rf"(?<![\w'’-])(?-i:[A-Z])[\w'’-]+\s+{re.escape(name)}(?![\w'’-])")
    return any(full.search(source.text) for source in sources)


@dataclass(frozen=True)
class GivenRole:
    """A role the claim gives a person, and another person a cited source gives it to."""

    role: str  # its normal form: "chief executive"
    person: str  # as the claim names them
    holder: str  # as the source names the other; "" where it names no other
    source: str  # the reference's id
    passage: str  # the source sentence naming the other (or, with none, the person)
    person_holds: bool  # a cited source gives the person this role too (or one of its head)
    person_role: str | None  # another role the cited sources give the person


def given_roles(claim: Claim, sources: Sequence[SourceReading], lex: LexiconLookup
                ) -> list[GivenRole]:
    """For each single-holder role the claim gives a person ("chief executive Pieter
    Jansen"), each other person its cited sources give that role to; where they give it to
    no one, but give the person another role ("chief operating officer Pieter Jansen", "union
    convenor Billy Paterson" for "managing director Billy Paterson"), one with no other
    holder. So too for an office (lexicon office_roles: "state representative Michael Dunne"
    where the source has "State Senator Michael Dunne"), with no other holder; and for a
    family relation (``_kin_given_otherwise``: "her brother, Martin" for "her father,
    Martin")."""
    heads = lex.words("single_holder_heads")
    single = lex.words("single_holder_roles") | frozenset(lex.lexicon.role_aliases.values())
    offices = lex.words("office_roles")
    cased = as_cased(claim.text, sources)
    every = [holder for holder in role_holders(cased, lex, every_role=True)
             if not holder.passing and not _speaking_for_a_group(cased, holder)]
    claimed = [holder for holder in every
               if holder.role in single or holder.role.split()[-1] in offices
               or (len(holder.role.split()) > 1 and holder.role.split()[0] in heads)]
    occupations = [holder for holder in every if holder not in claimed
                   and holder.role not in lex.words("relation_nouns")]
    if not claimed and not occupations:
        return _kin_given_otherwise(claim, sources, lex)
    held = [(source, holder) for source in sources
            for holder in _source_role_holders(source.text, lex)]
    given = [conflict for mine in occupations
             if (conflict := _occupation_of_another(mine, held, sources, lex)) is not None]
    # ("vice principal Tom Halsey" is no principal: lexicon subordinate_roles)
    subordinate = lex.words("subordinate_roles")
    for mine in claimed:
        theirs = [(source, holder) for source, holder in held
                  if _one_person(mine.name, holder.name, lex)]
        holds = any(_one_role(holder.role, mine.role) and holder.written.split()[0] not in
                    subordinate for _, holder in theirs)
        other = next(((source, holder) for source, holder in theirs
                      if not _one_role(holder.role, mine.role)
                      or holder.written.split()[0] in subordinate), None)
        if not holds and any(_also_described(mine, source.text, lex) for source in sources):
            continue
        found = [GivenRole(role=mine.role, person=mine.name, holder=holder.name,
                           source=source.id, passage=passage, person_holds=holds,
                           person_role=other[1].written if other else None)
                 for source, holder in held
                 if holder.role == mine.role and (mine.role in single or (
                     len(mine.role.split()) > 1 and mine.role.split()[0] in heads))
                 and not holder.passing
                 and not _one_person(mine.name, holder.name, lex)
                 for passage in [around(source, holder.start)[0].text]
                 # (with no other role of the person's: a person the sources name, which a
                 # sentence that names them too may say how the role passed between them by,
                 # "was elected mayor, unseating …"; a name they lack is another rule's)
                 if other is not None or (not _names(passage, mine.name) and any(
                     _names(cited.text, mine.name) for cited in sources))]
        # (a membership the source gives, "board member", may be held beside the claim's
        # role, a trustee's, unless the source gives the claim's to another)
        memberships = lex.words("membership_roles")
        if other is not None and other[1].role in memberships and not any(
                holder.role == mine.role and not _one_person(mine.name, holder.name, lex)
                for _, holder in held):
            other = next(((source, holder) for source, holder in theirs
                          if holder.role not in memberships and (
                              not _one_role(holder.role, mine.role)
                              or holder.written.split()[0] in subordinate)), None)
        if not found and other is not None and not holds and (
                mine.role not in lex.words("generic_roles")):
            source, holder = other
            found = [GivenRole(role=mine.role, person=mine.name, holder="", source=source.id,
                               passage=around(source, holder.start)[0].text,
                               person_holds=False, person_role=holder.written)]
        given.extend(found)
    return given + _kin_given_otherwise(claim, sources, lex)


def _speaking_for_a_group(text: str, holder: RoleHolder) -> bool:
    """Whether a role stands right after a plural possessive, which says whom it speaks for
    rather than a post ("Tenants' representative Alan Moss", "the parents'
    spokesperson")."""
    before = text[:holder.start].rstrip(" ,")
    if not before.lower().endswith(holder.written.lower()):
        return False
    return _PLURAL_POSSESSIVE.search(before[:len(before) - len(holder.written)].rstrip()) is not None


# (of a common noun, capitalized only as the claim's first word: "Harbour Power
# Networks' chief executive" holds a post); an irregular plural's too ("Fishermen's
# spokesman", "the parents' and children's representative")
_PLURAL_POSSESSIVE = re.compile(r"(?:(?<![\w'’-])[a-z][a-z-]*|^\W*[A-Z][a-z-]*)"
                                r"(?:s['’]|(?:men|people|children)['’]s)$")


def _names(text: str, name: str) -> bool:
    """Whether ``text`` names the person by their surname."""
    return re.search(rf"\b{re.escape(name.split()[-1])}\b", text) is not None


def _occupation_of_another(mine: RoleHolder, held: Sequence[tuple[SourceReading, RoleHolder]],
                           sources: Sequence[SourceReading], lex: LexiconLookup
                           ) -> GivenRole | None:
    """An occupation the claim gives a person ("engineer Isla Rennie") that a source gives
    another ("her husband, engineer Callum Rennie") while giving the person another role and
    never this one ("textile designer Isla Rennie"). A person may have an occupation beside
    any post, so one the source gives no one else is no conflict."""
    theirs = [holder for _, holder in held if _one_person(mine.name, holder.name, lex)]
    other = next((holder for holder in theirs if not _one_role(holder.role, mine.role)), None)
    if other is None or any(_one_role(holder.role, mine.role) for holder in theirs):
        return None
    if any(_also_described(mine, source.text, lex) for source in sources):
        return None  # ("Kofi Mensah, a teacher and illustrator": read as a teacher only)
    for source, holder in held:
        if holder.role == mine.role and not holder.passing and not _one_person(
                mine.name, holder.name, lex):
            return GivenRole(role=mine.role, person=mine.name, holder=holder.name,
                             source=source.id, passage=around(source, holder.start)[0].text,
                             person_holds=False, person_role=other.written)
    return None


def _also_described(holder: RoleHolder, text: str, lex: LexiconLookup) -> bool:
    """Whether ``text`` writes the holder's role in a description of them that a role reader
    may not take in whole: "Kofi Mensah, a teacher and illustrator", "illustrator and teacher
    Kofi Mensah", "the trust's chair, retired headteacher (Dr) Rhian Mace", "Ferreira-Holt,
    34, is the youngest director", "reporter Ben Osei, 27, who will become editor", or says
    they do what the role does: "Dev Ramsay, who chairs the committee" (``_role_verbs``)."""
    spaced = r"\s+".join(map(re.escape, holder.name.split()))
    name = rf"(?i:{spaced})"
    surname = rf"(?i:{re.escape(holder.name.split()[-1])})"
    role = rf"(?i:{re.escape(holder.role.split()[-1])})"
    reach = _DESCRIPTION_CHARS
    # (no other name between: "managing director Shona McAllister and union convenor Billy
    # Paterson"; words between a role and the name after it, which the role reader reads
    # itself: "vice principal Tom Halsey")
    # (a title before the name, which is no name's word: "landscape architect Professor Lena
    # Vogt")
    does = "|".join(map(re.escape, _role_verbs(holder.role.split()[-1])))
    return any(not found["title"] or lex.is_title(found["title"]) for found in re.finditer(
        rf"\b{name}\s*,[^A-Z,.;]{{0,{reach}}}\b{role}\b"
        rf"|\b{name}\s*,\s*who\s+(?:[a-z]+ly\s+|also\s+|now\s+)?(?i:{does})\b"
        rf"|\b{role}\s*,?\s+[a-z][^A-Z,.;]{{0,{reach}}}\s(?:(?P<title>[A-Z][a-z]+)\.?\s+)?{name}\b"
        rf"|\b{surname}\b[^A-Z.;]{{0,{reach}}}\b(?:is|was|as|became|become|becomes|has been)\s+"
        rf"(?:(?:the|an?|its|their)\s+)?(?:[\w'’-]+\s+){{0,3}}?{role}\b", text))


_DESCRIPTION_CHARS = 40


def _role_verbs(role: str) -> list[str]:
    """The present-tense verb of what a role's holder does, as English forms it from the
    noun: "chairs", "coaches", "captains"; "manages" of "manager", "directs" of "director"."""
    verbs = [f"{role}s", f"{role}es"]
    if role.endswith(("er", "or")):
        verbs += [f"{role[:-1]}s", f"{role[:-2]}s"]
    return verbs


def _kin_given_otherwise(claim: Claim, sources: Sequence[SourceReading], lex: LexiconLookup
                         ) -> list[GivenRole]:
    """For each person the claim names with a family relation ("her brother, Martin"), the
    relation its cited sources name them with instead ("her father, Martin"), where they name
    them with none alike (lexicon kin_alike: "widow" for "wife")."""
    relations = lex.words("kin_nouns") | lex.words("acquaintance_nouns")
    if not relations & frozenset(_LOWER_WORD.findall(claim.text.lower())):
        return []  # (most claims name no relation: the patterns are not tried)
    claimed = _kin(as_cased(claim.text, sources), lex)
    if not claimed:
        return []
    alike = lex.derived(_kin_groups)
    family = lex.words("kin_nouns")
    held = [(source, relation, name, start) for source in sources
            for relation, name, start in _kin(source.text, lex)]
    given: list[GivenRole] = []
    for relation, name, _ in claimed:
        theirs = [(source, other, start) for source, other, their_name, start in held
                  if _one_name(name, their_name)]
        # (a friend may be a neighbour too: two relations outside the family are no conflict)
        if not theirs or any(other == relation or frozenset({other, relation}) in alike
                             or (other not in family and relation not in family)
                             for _, other, _ in theirs):
            continue
        source, other, start = theirs[0]
        given.append(GivenRole(role=relation, person=name, holder="", source=source.id,
                               passage=around(source, start)[0].text, person_holds=False,
                               person_role=other))
    return given


_LOWER_WORD = re.compile(r"[a-z]+")


def _kin(text: str, lex: LexiconLookup) -> list[tuple[str, str, int]]:
    """(relation, name, where) for each person ``text`` names right after a family relation
    ("her brother, Martin", "his wife Ana Ruiz", "his father, the comedian Ollie Lomax"), the
    relation lower-cased."""
    return [(found["kin"].lower(), found["name"], found.start())
            for pattern in lex.derived(_kin_patterns)
            for found in pattern.finditer(text)]


def _kin_patterns(lex: LexiconLookup) -> tuple[re.Pattern[str], ...]:
    """A relation before a name (a description may stand between: "his brother, the
    comedian Ollie Lomax", "her grandson, firefighter Kevin Rowe"), and a name with its
    relation after a comma ("Martin, her father,")."""
    relations = alternation([*lex.words("kin_nouns"), *lex.words("acquaintance_nouns")])
    kin = rf"(?P<kin>(?i:{relations}))"
    name = rf"(?P<name>{NAME})"
    owner = rf"(?:(?i:{lex.alternation('kin_owners')})|[A-Z][\w'’-]*['’]s)"
    # (or an occupation alone: "her grandson, firefighter Kevin Rowe")
    described = (rf"(?:(?:the|an?)\s+(?:[a-z][\w-]*\s+){{1,2}}"
                 rf"|(?:{lex.alternation('person_nouns')})\s+)")
    return (re.compile(rf"\b{kin}\s*,?\s+{described}?{name}"),
            re.compile(rf"\b{name}\s*,\s*(?:\d{{1,3}}\s*,\s*)?{owner}\s+{kin}\b"))


def _kin_groups(lex: LexiconLookup) -> frozenset[frozenset[str]]:
    """Each pair of relations lexicon kin_alike groups together."""
    return frozenset(frozenset({one.lower(), other.lower()})
                     for group in lex.lexicon.kin_alike for one in group for other in group
                     if one != other)


def _one_name(one: str, other: str) -> bool:
    """Two names of one person: the same words, or a first name and a full name that opens
    with it ("Martin" and "Martin Rowe")."""
    mine, theirs = _folded(one), _folded(other)
    return mine == theirs or (min(len(mine), len(theirs)) == 1 and mine[0] == theirs[0])


@lru_cache(maxsize=256)
def _source_role_holders(text: str, lex: LexiconLookup) -> list[RoleHolder]:
    return role_holders(text, lex, every_role=True)


def _folded(name: str) -> list[str]:
    """A name's words, each folded ("Atlético Madrid": atletico, madrid)."""
    return [fold(word) for word in name.split()]


def _one_person(one: str, other: str, lex: LexiconLookup) -> bool:
    """Two names that may be one person's: the same surname, and the same first name where
    both give one, titles aside ("Federico Marchetti" is not "Helen Marchetti"; "Dr Leonie
    Baptiste" is "Leonie Baptiste"; initials match theirs)."""
    titles = lex.words("titles")
    mine, theirs = ([word for word in words if word not in titles] or words
                    for words in (_folded(one), _folded(other)))
    if mine[-1] != theirs[-1]:
        return False
    if len(mine) == 1 or len(theirs) == 1:
        return True
    first, their_first = mine[0], theirs[0]  # (folded: "J." is "j")
    return first == their_first or (
        first[:1] == their_first[:1] and min(len(first), len(their_first)) == 1)


def _one_role(one: str, other: str) -> bool:
    """Whether two roles may be one: the same head word, and the words of one all the
    other's ("head coach", "coach"; not "finance director", "managing director")."""
    mine, theirs = one.split(), other.split()
    return mine[-1] == theirs[-1] and (set(mine) <= set(theirs) or set(theirs) <= set(mine))


def surname_key(name: str) -> str:
    """What one person's names share, accents and case aside: "Raghavan" for "Arjun
    Raghavan" and "Raghavan"."""
    return fold(name.split()[-1])


def speaker(claim: Claim, quote: Quote, lex: LexiconLookup,
            sources: Sequence[SourceReading] = (), read: str | None = None) -> str | None:
    """Who the claim says spoke its quotation ``quote``; a lower-cased claim is read with the
    words its cited ``sources`` always capitalize ("manager Kevin Doyle said"); one that
    opens with a pronoun ("he said : ` … '"), as ``read`` where given (the pronoun replaced
    by the person it stands for)."""
    text = as_cased(claim.text, sources)
    start, end = quote.span.start - claim.span.start, quote.span.end - claim.span.start
    said = speaker_of(text, start, end, lex)
    if (said is None or said.name is None) and read is not None:
        shift = len(read) - len(text)  # (the pronoun the claim opens with, replaced)
        said = speaker_of(read, start + shift, end + shift, lex)
    return said.name if said is not None else None


@dataclass(frozen=True)
class QuotingPassage:
    """A passage of a cited source that holds a claim's quotation."""

    source: str  # the reference's id
    speaker: str | None  # who the source says spoke it, if it names anyone
    passage: str


def quoting_passages(quote: Quote, sources: Sequence[SourceReading], lex: LexiconLookup
                     ) -> list[QuotingPassage]:
    """The passages of ``sources`` that hold the longest part of ``quote`` nearly word for
    word, each with who it says spoke."""
    part = max(quote.parts, key=len)
    return [QuotingPassage(source.id, speaker, passage) for source in sources
            if similarity(source.normalized, part) >= QUOTED
            for speaker, passage in _speakers(part, source, lex)]


def _quoting_at(text: str, offset: int) -> bool:
    """Whether ``offset`` of ``text`` stands inside a quotation opened earlier in its paragraph
    (a quotation of several sentences: "We have been patient. Patience does not pay rent.")."""
    # a paragraph ends at a blank line (a hard-wrapped text breaks its lines inside one), or,
    # in a text with none, at a line's end
    start = text.rfind("\n\n", 0, offset)
    if start < 0 and "\n\n" not in text:
        start = text.rfind("\n", 0, offset)
    before = text[start + 1:offset]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _speakers(part: str, source: SourceReading, lex: LexiconLookup
              ) -> Iterator[tuple[str | None, str]]:
    """(who the source says spoke, the passage that says so) for each of its sentences that
    holds the quoted ``part`` (``_passage_speaker``); None where none names anyone."""
    for index, sentence in enumerate(source.sentences):
        if similarity(normalize(sentence.text), part) >= QUOTED:
            yield _passage_speaker(source, index, lex, part)


def _passage_speaker(source: SourceReading, index: int, lex: LexiconLookup,
                     part: str | None = None) -> tuple[str | None, str]:
    """(who the source says spoke the words of its sentence ``index``, the passage that says
    so): the name the attribution of its quotation gives (of the quotation holding ``part``,
    where given), in its own sentence or in the one that opens or closes a quotation of
    several, or after a pronoun ("…," she said) the one a sentence before the quotation gives
    (at most ``PRONOUN_SENTENCES`` back, past another pronoun's: "He warned, however, …")."""
    sentences = source.sentences
    starts = [0, *(sentence.end for sentence in sentences[:-1])]
    first = last = index
    while first and index - first < QUOTATION_SENTENCES and _quoting_at(
            source.text, starts[first]):
        first -= 1
    while last + 1 < len(sentences) and last - index < QUOTATION_SENTENCES and _quoting_at(
            source.text, sentences[last].end):
        last += 1
    sentence = sentences[index].text
    said = (_said_in(sentence, part, lex) if part is not None else attribution(sentence, lex)
            ) if first == last else next(
        (found for at in (index, first, last)
         if (found := attribution(sentences[at].text, lex)) is not None), None)
    passage = " ".join(quoted.text for quoted in sentences[first:last + 1])
    if said is None and first and _QUOTATION_ALONE.fullmatch(sentence) and (
            not _PARAGRAPH_BREAK.match(source.text, starts[first])):
        # a quotation that is a sentence of its own goes on from the one before it in its
        # paragraph: '"…," she said. "I'm not waiting for a child to be killed."'
        first -= 1
        said = attribution(sentences[first].text, lex)
        passage = f"{sentences[first].text} {passage}"
    back = first
    while said is not None and said.name is None and back and first - back < PRONOUN_SENTENCES:
        back -= 1
        passage = f"{sentences[back].text} {passage}"
        before = sentences[back].text
        # (a sentence before that says no one spoke may name one person, whom the pronoun
        # stands for: "The seller, retired builder Tom Cray, found the painting. '…,' he
        # said"; one that names no one and has no pronoun is read past: "Dr Rao said …. The
        # population has halved. '…,' she said")
        found = attribution(before, lex) or _only_person(before, source, lex, said.pronoun)
        if found is None and not full_names(before, [source], lex) and not (
                lex.words("quote_pronouns").intersection(_LOWER_WORD.findall(before.lower()))):
            continue
        said = found
    return (without_description(said.name) if said is not None and said.name else None), passage


def without_description(name: str, lex: LexiconLookup | None = None) -> str:
    """A full name without a description capitalized before it as a sentence's first words
    ("Swimmer Rosa Kent", "Mother-of-three Gemma Hollins": Rosa Kent, Gemma Hollins), and,
    with ``lex``, without a title ("Councillor Derek Stanning": Derek Stanning)."""
    words = name.split()
    while len(words) > 2 and (is_common_word(words[0])
                              or (lex is not None and lex.is_title(words[0]))):
        words = words[1:]
    return " ".join(words)


# A sentence that is all quotation: '"I'm not waiting for a child to be killed."'
_QUOTATION_ALONE = re.compile(r"\s*[\"“‘'][^\"“”]+[\"”’']\s*")
_PARAGRAPH_BREAK = re.compile(r"[^\S\n]*\n\s*\n")  # a blank line where a sentence starts


def _only_person(text: str, source: SourceReading, lex: LexiconLookup,
                 pronoun: str | None = None) -> Attribution | None:
    """The one person ``text`` names by a full name, as an attribution; None for none or
    several, or where a pronoun in it may stand for another ("She had finished second, when
    she lost to her granddaughter, Jo Hardcastle"): the speaker's ``pronoun`` where given
    ("she" of "…,' she said"; "The inquiry, led by Ann Mercer, found he had …" is
    hers), else any."""
    pronouns = {pronoun} if pronoun else lex.words("quote_pronouns")
    if any(word.lower() in pronouns for word in _LOWER_WORD.findall(text.lower())):
        return None
    people = {surname_key(name): name for _, name in full_names(text, [source], lex)}
    return Attribution(name=next(iter(people.values()))) if len(people) == 1 else None


def full_names(text: str, sources: Sequence[SourceReading], lex: LexiconLookup
               ) -> list[tuple[int, str]]:
    """The full names of people ``text`` gives, titles and a description before them left
    out, each with how many words stand before it."""
    found: list[tuple[int, str]] = []
    named = frozenset().union(*(name_words(source.text) for source in sources))
    for match in _FULL_NAME_ANYWHERE.finditer(text):
        words = [word for word in match.group().split() if not lex.is_title(word)]
        # "The", "Headteacher"; not a first name before a surname alone that the sources
        # always capitalize ("Martin Fell", "Ram Manohar")
        while words and is_common_word(words[0]) and (
                len(words) > 2 or words[0].lower() not in named):
            words.pop(0)
        name = " ".join(words)
        if len(words) >= 2 and speakers_name(name, lex, sources):
            found.append((len(text[:match.start()].split()), name))
    return found


# A full name, not inside a longer word.
# (with up to two titles or words of description before it: "Deputy Coroner Ann Whitby")
_FULL_NAME_ANYWHERE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4}(?![\w'’-])")


PRONOUN_SENTENCES = 2  # how far back a pronoun's speaker is looked for


@dataclass(frozen=True)
class GivenStatement:
    """Words the claim reports a named person said, and another named person a cited source
    gives them to."""

    person: str  # as the claim names the speaker
    holder: str  # as the source names the other
    source: str  # the reference's id
    passage: str  # the source's passage, with its attribution
    person_says: bool  # a passage that holds the words as well gives them to the person
    person_named: bool  # a cited source names the person


# How much of a reported statement's content words a source passage must hold to be taken for
# the same words, and at least how many: paraphrase keeps most of them ("revaccination would
# probably be needed" of "revaccination will probably be needed at some interval").
STATEMENT_SHARE = 0.5
STATEMENT_WORDS = 3
# Passages within this share of the best one hold the words as well.
STATEMENT_TIE = 0.1


def given_statements(claim: Claim, sources: Sequence[SourceReading], lex: LexiconLookup,
                     read: str | None = None) -> list[GivenStatement]:
    """For each statement the claim reports a person made ("Marr said the rate must not
    change"), the passages of its cited sources that hold its words best, where they give
    them to another named person; the claim is read as ``read`` where given (its opening
    pronoun replaced by the person it stands for)."""
    given: list[GivenStatement] = []
    for statement in reported_statements(read or as_cased(claim.text, sources), lex):
        if not speakers_name(statement.name, lex):
            continue
        # (read to the end of its clause, and only up to a subordinate clause: "called it
        # the worst harvest of her 20 years on the farm after heavy rain flattened the
        # barley"; the reading the sources hold best)
        # (the second reading only where it differs: most statements have no such clause)
        readings = dict.fromkeys(
            content_words(_what_was_said(statement.words, lex, lex.derived(ends)), lex)
            for ends in (_statement_end, _statement_subordinated))
        held = [found for words in readings if (found := _holding(words, sources)) is not None]
        if not held:
            continue
        best, aligned = max(held, key=lambda found: found[0])
        key = surname_key(statement.name)
        holders = [(source, *_passage_speaker(source, index, lex))
                   for share, source, index in aligned if share >= best - STATEMENT_TIE]
        says = any((holder is not None and surname_key(holder) == key) or key in fold(passage)
                   for _, holder, passage in holders)
        if not says and any(holder is None or not speakers_name(holder, lex, sources)
                            for _, holder, _ in holders):
            continue  # a passage that holds the words as well names nobody: it may be theirs
        surname = normalize(statement.name.split()[-1])
        named = any(source.names.has_phrase(surname) for source in sources)
        given.extend(GivenStatement(person=statement.name, holder=holder, source=source.id,
                                    passage=passage, person_says=says, person_named=named)
                     for source, holder, passage in holders
                     if holder is not None and speakers_name(holder, lex, sources)
                     and surname_key(holder) != key
                     and not _speaking_for(statement.name, holder, passage, sources, lex))
    return given


def _speaking_for(organization: str, holder: str, passage: str,
                  sources: Sequence[SourceReading], lex: LexiconLookup) -> bool:
    """Whether ``holder`` speaks for the claim's speaker, an organization (an acronym as the
    sources write it, or a name ending in one of lexicon organization_heads), as its passage
    introduces them: "Its regional organiser, Ola Bright, said" for "the RMTU said"; or any
    name whose own possessive introduces them ("Kelby Bakery's managing director, Ian
    Reid, said" for "Kelby Bakery says")."""
    words = organization.split()
    if len(words) > 1 and re.search(
            rf"\b{re.escape(words[0])}(?:\s+[A-Z][\w&-]*)*['’]s?\s+(?:[\w-]+\s+){{0,3}}?[\w-]+"
            rf"\s*,?\s*{re.escape(holder)}", passage):
        return True
    acronym = len(words) == 1 and any(words[0].lower() in source.names.capitals
                                      for source in sources)
    if not (acronym or words[-1].lower() in lex.words("organization_heads")):
        return False
    owners = lex.alternation("organization_possessives")
    return re.search(rf"\b(?i:{owners})\s+(?:[\w-]+\s+){{0,3}}?[\w-]+\s*,?\s*"
                     rf"{re.escape(holder)}", passage) is not None


def _holding(words: frozenset[str], sources: Sequence[SourceReading]
             ) -> tuple[float, list[tuple[float, SourceReading, int]]] | None:
    """How well the sources' quoted passages hold a statement's content ``words``: the best
    share, and each passage's; None where none holds enough of them."""
    aligned = [(overlap(words, held), source, index) for source in sources
               for index, held in _quoted_words(source)]
    best = max((share for share, _, _ in aligned), default=0.0)
    if best < STATEMENT_SHARE or best * len(words) < STATEMENT_WORDS:
        return None
    return best, aligned


def _what_was_said(words: str, lex: LexiconLookup, ends: re.Pattern[str]) -> str:
    """The head of a reported statement: its own clause ("a healthy bog as a sponge that
    holds carbon", not ", as the charity finished blocking 18 kilometres of ditches"), the next
    too where it has fewer than ``STATEMENT_WORDS`` content words and the next has no verb of
    speech (lexicon quote_verbs: another's statement), and of that its first
    ``STATEMENT_HEAD`` content words, which the rest of a summary's sentence (who, where, how
    much) would outweigh."""
    clauses = ends.split(words)
    said = latin_content_words(clauses[0], lex)
    speech = lex.words("quote_verbs")
    for clause in clauses[1:]:
        if len(said) >= STATEMENT_WORDS or speech.intersection(clause.lower().split()):
            break  # (nor into another's statement: "…, while botanist Ada Ng said …")
        # (a clause too short to tell whose words they are goes on into the next: "it was a
        # sad day for the club, but the striker deserved his chance")
        said += latin_content_words(clause, lex)
    return " ".join(said[:STATEMENT_HEAD])


STATEMENT_HEAD = 8


def _statement_end(lex: LexiconLookup) -> re.Pattern[str]:
    """Where a reported statement's clause ends: a comma before one of ``clause_openers``
    (", as …", ", which …"), a semicolon, a colon, or "and that" before a second statement
    ("said the trust had offered a 5.5% rise and that staff were exhausted")."""
    return re.compile(rf",\s+(?=(?:{lex.alternation('clause_openers')})\b)|[;:]"
                      r"|,?\s+and\s+that\b", re.IGNORECASE)


def _statement_subordinated(lex: LexiconLookup) -> re.Pattern[str]:
    """Where a reported statement's clause ends, or a subordinate clause opens (lexicon
    subordinators, with no comma too: "after …", "because …")."""
    return re.compile(rf"{_statement_end(lex).pattern}"
                      rf"|\s+(?=(?:{lex.alternation('subordinators')})\b)", re.IGNORECASE)


def _quoted_words(source: SourceReading) -> Iterator[tuple[int, frozenset[str]]]:
    """(sentence index, content words) of each sentence of a source, and of each quotation
    that runs over two ("The turbines have run for 67 years. They were built to last 40,"
    he said): a statement may sum up both."""
    sentences = source.sentences
    for index, sentence in enumerate(sentences):
        yield index, sentence.words
        if index + 1 < len(sentences) and _quoting_at(source.text, sentence.end):
            yield index, sentence.words | sentences[index + 1].words


def _said_in(text: str, part: str, lex: LexiconLookup) -> Attribution | None:
    """Who the sentence ``text`` says spoke its quotation that holds ``part`` (or any of its
    quotations, where none holds it whole)."""
    for start, end in quotation_spans(text):
        if similarity(normalize(text[start:end]), part) >= QUOTED:
            return speaker_of(text, start, end, lex)
    return attribution(text, lex)
