"""A name of a claim in a cited source's words, where the source says those words of another
name: after the name the claim opens with ("Jurgen Klopp has tipped compatriot Jurgen Klopp
to make his mark" where the source says "Arsenal defender Per Mertesacker has tipped
compatriot Jurgen Klopp to make his mark"; "Frank Jordan, 37, took his sailboat out" where it
says "Louis Jordan, 37, …"), or on both sides of a name inside it ("a team from the Skelby
Museum of Natural History" where it says "a team from the Carrow Museum of Natural
History"). Likewise a person the claim describes by an age ("the 37-year-old, best known
for …") where the source says the words of someone of another age, and a name the claim has
on the receiving end of words the source says of that name as their subject ("the postman
pulled one of the animals off neighbour Paul Denton"). Summaries copy a source's sentence and
swap a name for another of the story more often than they invent one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.alignment import content_words, latin_content_words, normalize, overlap
from factcheck.extract.grammar import grammar
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.names import is_common_word
from factcheck.extract.roles import ROLE_MODIFIERS, role_holders
from factcheck.models import Claim
from factcheck.sources import SourceReading
from factcheck.support.passages import as_cased, name_words
from factcheck.support.people import FULL_NAME, NAME, age_of, ages_given
from factcheck.support.swapped import swapped_names

# How many of the claim's words after its subject must stand together in a source sentence,
# and how many of those words content words: fewer, and "said the" or "was born in" would
# find a sentence about anyone.
RUN_WORDS = 5
RUN_CONTENT = 3
MAX_RUN_WORDS = 8  # words of a description's run, where its first five say too little


@dataclass(frozen=True)
class OtherSubject:
    """A name of the claim, and the other name a cited source's sentence says the same words
    of."""

    subject: str  # as the claim writes it
    holder: str  # as the source writes it
    words: str  # the words they share, normalized
    source: str  # the reference's id
    passage: str  # the source's sentence


def said_of_another(claim: Claim, sources: Sequence[SourceReading], lex: LexiconLookup,
                    read: str | None = None) -> OtherSubject | None:
    """A name of the claim that a cited source has, where the claim's words next to it stand
    in a source sentence next to another name, every time they stand in its sources: that
    sentence; else None. The words are the claim's next ``RUN_WORDS`` after a name it opens
    with (an age after it passed over), or ``SIDE_WORDS`` on each side of a name inside it
    ("a team from the Skelby Museum of Natural History" where the source has "a team from the
    Carrow Museum of Natural History"). Nothing where a sentence with the words names no one
    in the name's place ("He took his sailboat out"), or names the claim's name anywhere
    before them, or gives them to a name within the claim's or holding it ("Mr Jordan" or
    "Louis Jordan, 37," for "Jordan"). The claim is read as ``read`` where given (its
    opening pronoun or description replaced by the person it stands for), then as written."""
    written = as_cased(claim.text, sources)
    if read is not None and read != written:
        found = _said_of_another_in(read, sources, lex)
        if found is not None:
            return found
    return _said_of_another_in(written, sources, lex)


def _said_of_another_in(text: str, sources: Sequence[SourceReading], lex: LexiconLookup
                        ) -> OtherSubject | None:
    text = lex.derived(_OpeningConjunction).pattern.sub("", text, count=1)
    named = _opening_name(text, lex, sources)
    openings: list[tuple[str, str] | None] = [named]
    if named is None or " " not in named[0]:
        # (a one-word name may be a team's or a place's before a role and a person's: "Essex
        # captain Ravi Menon took …")
        openings.append(_opening_role_holder(text, lex))
    openings.append(_opening_then_relative(text, lex, sources))
    for opening in openings:
        if opening is None:
            continue
        found = _opening_said_of_another(*opening, sources, lex)
        if found is not None:
            return found
        if opening is named and (found := _later_run_said_of_another(
                *opening, sources, lex)) is not None:
            return found
        joined = _second_verb(opening[1], lex)
        if joined is not None:
            # "Baird, 35, trailed 5-3 … and made the highest break": the subject's too
            found = _opening_said_of_another(opening[0], joined, sources, lex)
            if found is not None:
                return found
    for described in _DESCRIBED_BY_AGE.finditer(text):
        after = text[described.end():]
        # ("The 56-year-old, who represented the Netherlands at two Olympic Games": the
        # clause, where a source has no "who" before its words)
        relative = lex.derived(_RelativeAfter).pattern.match(after)
        for words in [after, *([after[relative.end():]] if relative else [])]:
            found = _described_said_of_another(described, words, sources, lex)
            if found is not None:
                return found
    found = _description_said_of_another(text, sources, lex)
    if found is not None:
        return found
    return (_inner_name_said_of_another(text, sources, lex)
            or _closing_name_said_of_another(text, sources, lex)
            or _names_swapped(text, sources, lex)
            or _roles_swapped(text, sources, lex) or _passive_turned(text, sources)
            or _active_turned(text, sources) or _verb_turned(text, sources, lex)
            or _agent_done_to(text, sources, lex))


class _OpeningConjunction:
    """A conjunction a claim opens with (lexicon opening_conjunctions): "but", "and"."""

    def __init__(self, lex: LexiconLookup) -> None:
        self.pattern = re.compile(rf"^\s*(?:{lex.alternation('opening_conjunctions')})\s+(?=\S)",
                                  re.IGNORECASE)


def _opening_said_of_another(subject: str, rest: str, sources: Sequence[SourceReading],
                             lex: LexiconLookup) -> OtherSubject | None:
    subject_words = _name_key(normalize(subject).split(), lex)
    words = normalize(rest).split()
    if not subject_words or len(words) < RUN_WORDS or not _named(subject_words, sources) or (
            normalize(subject).split()[-1] in lex.words("member_roles") | lex.words(
                "office_roles")):
        return None  # (a role, no name: "Prime Minister said he would campaign")
    probe = " ".join(words[:RUN_WORDS])
    if any(f" {' '.join(subject_words)} {probe} " in source.names.text for source in sources):
        return None  # a source says it of the claim's subject, in the claim's words
    found: OtherSubject | None = None
    for source in sources:
        if f" {probe} " not in source.names.text:
            continue
        capitalized = _name_words(source)
        for place, (sentence, (said, spaced)) in enumerate(zip(
                source.sentences, source.sentence_words, strict=True)):
            if f" {probe} " not in spaced:
                continue
            for at in _runs(said, words):
                if said[at] in capitalized or (said[at] in lex.words("connectors")
                                               and said[at + 1] in capitalized):
                    continue  # the claim's name goes on ("Porto's Jazz na Ribeira festival")
                shared = _shared(said, at, words)
                if _telling_words(shared, lex) < RUN_CONTENT:
                    continue
                passage = sentence.text
                # (a name's word the source writes in lower case elsewhere is a name's where
                # this sentence capitalizes it: "Harbour Coaches, …" beside "20 coaches")
                here = capitalized | _capitalized_inside(sentence.text)
                holder = _subject_before(
                    said[:at], here, lex, _surnames(source.text)
                ) or _subject_before_apposition(sentence.text, said, at, here, lex)
                if holder is None and (holder := _pronoun_holder(
                        said[:at], source, place, capitalized, lex)) is not None:
                    passage = f"{source.sentences[place - 1].text} {passage}"
                holder = holder or _head_holder(said[:at], source, place, lex)
                if holder is None and (described := _another_of_an_age(
                        sentence.text, shared, subject_words, source, lex)) is not None:
                    # ("a 41-year-old man from Carlby was arrested" for "Ruth Dale, 26")
                    found = found or OtherSubject(
                        subject=subject, holder=described, words=" ".join(shared),
                        source=source.id, passage=passage)
                    continue
                # ("The Sudbury Wolves" is "Ontario's Sudbury Wolves": an article is no name's)
                if holder is None or not _other_name(lex, subject_words, [
                        word for word in holder if word not in lex.words("sentence_openers")]) or (
                        set(subject_words) & capitalized & (
                            set(_past_a_contrast(said[:at], lex)) - set(holder))):
                    return None  # this sentence may say it of the claim's subject
                found = found or OtherSubject(
                    subject=subject, holder=_as_written(holder, f"{passage} {source.text}"),
                    words=" ".join(shared), source=source.id, passage=passage)
    if found is not None and _said_of(subject_words, found.words, sources, lex):
        return None
    return found


# A run of the claim's words further into the clause its opening name is the subject of:
# how many words, how many of them content words or figures, and how far in it may start.
LATER_RUN_WORDS = 6
LATER_RUN_TELLING = 4
LATER_RUN_REACH = 12


def _later_run_said_of_another(subject: str, rest: str, sources: Sequence[SourceReading],
                               lex: LexiconLookup) -> OtherSubject | None:
    """The claim's words further into the clause its opening name is the subject of, in
    the first clause of a source sentence that opens with another name and names not the
    claim's ("Fernhill Dairies was fined £18,000 after admitting spilling about 4,000 litres
    of slurry" where the source has "Marsh End Farm, which keeps 300 cows, was fined £18,000
    at Calby Crown Court on Tuesday after admitting spilling about 4,000 litres of
    slurry"), where no other source sentence says them of the
    claim's name: the source's sentence; else None. A clause ends at a conjunction, a
    relative pronoun, a pronoun, a verb of speech, or a capitalized word after a word that
    is no preposition (another subject, maybe)."""
    subject_words = _name_key(normalize(subject).split(), lex)
    if not subject_words or not _named(subject_words, sources) or _OWNER_MARK.search(subject):
        return None  # (an owner's name is not the subject: "Ashby's coach")
    words = normalize(_first_clause(rest, lex)).split()
    for start in range(1, min(LATER_RUN_REACH, len(words) - LATER_RUN_WORDS) + 1):
        run = words[start:start + LATER_RUN_WORDS]
        probe = f" {' '.join(run)} "
        # (the sources first: most runs are in none of them)
        if not any(probe in source.names.text for source in sources) or (
                _telling_words(run, lex) < LATER_RUN_TELLING):
            continue
        found: OtherSubject | None = None
        for source in sources:
            for sentence, (said, spaced) in zip(source.sentences, source.sentence_words,
                                                strict=True):
                if probe not in spaced:
                    continue
                opening = _opening_name(_APPOSITION.sub(r"\g<name>", sentence.text, count=1),
                                        lex, sources)
                if opening is None or set(subject_words) & set(said) or _OWNER_MARK.search(
                        opening[0]):
                    return None  # a sentence that may say it of the claim's subject
                holder = _name_key(normalize(opening[0]).split(), lex)
                clause = _first_clause(opening[1], lex)
                if not _other_name(lex, subject_words, holder) or (
                        probe not in f" {normalize(clause)} "):
                    return None
                found = found or OtherSubject(
                    subject=subject, holder=opening[0], words=" ".join(run),
                    source=source.id, passage=sentence.text)
        if found is not None and not _said_of(subject_words, found.words, sources, lex):
            return found
        return None  # (the first run the sources have decides)
    return None


_CLAUSE_WORD = re.compile(r"\d[\d,.]*\d|[\w'’-]+|[;:,.!?]")  # ("£34,000" is no comma's)


def _clause_ends(lex: LexiconLookup) -> frozenset[str]:
    """The words another clause, and maybe another subject, begins with."""
    return (lex.words("clause_conjunctions") | lex.words("contrast_conjunctions")
            | lex.words("relative_pronouns") | lex.words("speaker_relatives")
            | lex.words("pronouns") | lex.words("speech_verbs"))


def _first_clause(text: str, lex: LexiconLookup) -> str:
    """``text`` up to where another subject may begin (see ``_later_run_said_of_another``)."""
    ends = lex.derived(_clause_ends)
    prepositions = lex.words("prepositions")
    before = ""
    for found in _CLAUSE_WORD.finditer(text):
        word = found.group()
        if word in ";:.!?" or word.lower() in ends or (
                word[0].isupper() and before.lower() not in prepositions
                and not before[:1].isupper()):
            return text[:found.start()]
        before = word
    return text


def _another_of_an_age(text: str, shared: Sequence[str], subject: Sequence[str],
                       source: SourceReading, lex: LexiconLookup) -> str | None:
    """The description by age that a source sentence ``text`` gives the subject of the words
    ``shared`` ("a 41-year-old man from Carlby was arrested …"), where the source gives the
    claim's ``subject`` another age ("Ruth Dale, 26"); else None."""
    written = re.compile(r"\W+".join(map(re.escape, shared)), re.IGNORECASE)
    found = written.search(text)
    if found is None:
        return None
    described, age = _aged_before(text[:found.start()])
    if age is None or not described or described[:1].isupper():
        return None  # (a name and its age is read as a name)
    # (the ages given a name with all the subject's words: not "Dennis Holt, 64" for
    # "Vera Holt")
    theirs = {given for name, given in ages_given(source.text, lex)
              if subject and set(subject) <= set(normalize(name).split())}
    if not theirs or age in theirs:
        return None
    return described if described.startswith("the ") else f"a {described}"


def _past_a_contrast(before: Sequence[str], lex: LexiconLookup) -> Sequence[str]:
    """The words after the last of lexicon contrast_conjunctions in ``before``, where one
    stands there: who did the rest ("Ben Corr kept watch while Sam Hurst broke in …": Sam Hurst;
    "Royce was injured when a colleague, Sam Tait, reversed …": Sam Tait)."""
    contrasts = lex.words("contrast_conjunctions")
    cut = max((at + 1 for at, word in enumerate(before) if word in contrasts), default=0)
    return before[cut:]


def _head_holder(before: Sequence[str], source: SourceReading, place: int,
                 lex: LexiconLookup) -> list[str] | None:
    """The name of the one organization the source names before sentence ``place`` with the
    word this one opens with after "the" as its last: "The council launched …" after
    "Kelby District Council has approved …" (Kelby District Council); None where it
    names none or several ("Ashby Town Council", "Dunmore District Council")."""
    if len(before) != 2 or before[0] not in lex.words("definite_articles") or not place:
        return None
    head = before[1]
    earlier = " ".join(sentence.text for sentence in source.sentences[:place])
    openers = lex.words("sentence_openers")
    named = set()
    for found in re.finditer(rf"\b(?:[A-Z][\w'’-]*\s+){{1,4}}{re.escape(head.capitalize())}\b(?!['’])",
                             earlier):
        words = normalize(found.group()).split()
        while words and words[0] in openers:
            words.pop(0)
        if len(words) > 1:
            named.add(tuple(words))
    return list(next(iter(named))) if len(named) == 1 else None


def _pronoun_holder(before: Sequence[str], source: SourceReading, place: int,
                    capitalized: frozenset[str], lex: LexiconLookup) -> list[str] | None:
    """The name the source sentence before sentence ``place`` opens with, where this one
    opens with "He" or "She" (lexicon quote_pronouns) right before the shared words: "Mark
    Denholm said … He presented a petition" (Mark Denholm)."""
    if len(before) != 1 or before[0] not in lex.words("quote_pronouns") or not place:
        return None
    opening = _opening_role_holder(source.sentences[place - 1].text, lex) or _opening_name(
        source.sentences[place - 1].text, lex)  # ("Hartwell chief executive Graham Pollitt")
    if opening is None:
        return None
    name = _name_key(normalize(opening[0]).split(), lex)
    return name if name and set(name) <= capitalized else None


# A claim or a clause of it that opens with a person described by an age: "the 37-year-old,
# best known for …".
# (opening the claim or a clause of it: "…, and the 29-year-old will stay on")
_DESCRIBED_BY_AGE = re.compile(
    r"(?:^\W*|[,;]\s*(?:(?:and|but)\s+)?)(?P<described>the\s+(?P<age>\w+)-year-old)\b",
    re.IGNORECASE)
# The age of who a source sentence says its words of, right before them: a description ("The
# 33-year-old actress,"), or a name with its age ("Mia Whitfield, nine,").
# (where they are from and an aside after it: "The 22-year-old from Leeds, ranked 40th in the
# world,")
_AGE_DESCRIBED_BEFORE = re.compile(
    r"\b(?P<described>(?:the\s+)?(?P<age>\w+)-year-old(?:\s+[a-z][\w-]*){0,2})"
    rf"(?:\s+(?i:from|of)\s+{NAME})?(?:\s*,[^,.;]{{1,60}},)?\W*$", re.IGNORECASE)
_NAME_WITH_AGE = (rf"(?<![\w'’-])(?P<name>{NAME})"
                  r"\s*,\s*(?P<age>\w+)\s*,")
# (where they are from after it: "Ashcroft, 27, from Stockport,", "Brook, 31, from the
# hamlet of Low Eske in Cumbria,"; a relative pronoun: "Jo Kerr,
# 44, who spent 12 years …", or a relative clause set off by commas: "Ed Penn, 47, who
# presents the show Penn's Kitchen, argued …")
_AGE_AFTER_NAME_BEFORE = re.compile(
    rf"{_NAME_WITH_AGE}(?:\s*(?:from|of)\s[^,.;]{{1,60}},)?(?:\s*who(?:\s[^,.;]{{1,80}},)?)?"
    # (or a description set off by commas: "Ed Penn, 52, the MP for North Ashby, was …")
    r"(?:\s*(?:the|a|an)\s[^,.;]{1,60},)?\s*$")
# A relative clause, a description or a participle's clause set off by commas at the end of
# a text: ", who presents the show Penn's Kitchen,", ", the company's chief technology
# officer,", ", riding the new bike Swift Arrow,"; the name before it is who the words after it are
# said of
_WHO_ASIDE = re.compile(r",\s*(?:who|the|an?|(?-i:[a-z]+ing))\s[^,.;]{1,80},\s*$", re.IGNORECASE)
# A name and a description with an age between commas: "Hesketh, a 31-year-old
# physiotherapist from Bolton,"
_AGE_DESCRIBED_AFTER_NAME_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<name>{NAME})\s*,\s*an?\s+"
    r"(?P<age>\w+)-year-old(?:\s+[\w'’-]+){0,5}\s*,\s*$")


def _telling_words(words: Sequence[str], lex: LexiconLookup) -> int:
    """How many of a run's words tell what it says: its content words and its figures ("5",
    "18" of "finished with figures of 5 for 18")."""
    return len(latin_content_words(" ".join(words), lex)) + sum(
        any(char.isdigit() for char in word) for word in words)


def _described_said_of_another(described: re.Match[str], after: str,
                               sources: Sequence[SourceReading], lex: LexiconLookup
                               ) -> OtherSubject | None:
    """The source sentence that says ``after``, the words after a claim's "the 37-year-old",
    of a person of another age ("The 33-year-old actress, best known for playing …"), or of a
    name where the source gives that age to others only ("Harry was taken to hospital" where
    it has "Mia, nine," for "The nine-year-old was taken to hospital"); nothing where a
    sentence says them of one of that age or of someone else whose age is unknown."""
    age = age_of(described["age"])
    # ("the 24-year-old's header put Wales ahead": what the source says of whose win)
    owned = _OWNED_AFTER.match(after)
    words = normalize(after[owned.end() if owned else 0:]).split()
    if age is None or len(words) < RUN_WORDS:
        return None
    # (the first RUN_WORDS, and more until RUN_CONTENT of them are content words or figures:
    # "ran two hours 26 minutes and 40 seconds")
    probe = next((words[:count] for count in range(RUN_WORDS, min(len(words), MAX_RUN_WORDS) + 1)
                  if _telling_words(words[:count], lex) >= RUN_CONTENT), None)
    if probe is None:
        return None
    written = re.compile(r"\W+".join(map(re.escape, probe)), re.IGNORECASE)
    found: OtherSubject | None = None
    for source in sources:
        if f" {' '.join(probe)} " not in source.names.text:
            continue
        for sentence in source.sentences:
            for match in written.finditer(sentence.text):
                if owned and not _OWNER_BEFORE.search(sentence.text, 0, match.start()):
                    continue
                holder, their_age = _aged_before(sentence.text[:match.start()])
                if their_age is None:
                    holder = _name_of_another_age(sentence.text[:match.start()], age, source, lex)
                elif their_age == age:
                    holder = ""
                if not holder:
                    return None  # said of someone of that age, or of unknown age
                found = found or OtherSubject(
                    subject=_lowered_article(described["described"]), holder=holder,
                    words=" ".join(probe), source=source.id, passage=sentence.text)
    return found


# A claim opening with "the" and up to three lower-case words that may describe someone: "the
# retired bus driver said …"
_THE_DESCRIPTION = re.compile(r"\W*[Tt]he\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})")
DESCRIPTION_WORDS = 3


def _description_said_of_another(text: str, sources: Sequence[SourceReading],
                                 lex: LexiconLookup) -> OtherSubject | None:
    """What a claim opening with a description says of the one person its sources describe so
    ("the retired postmistress" of "Gwen Tarrant, a retired postmistress from Ludlow," or
    "retired postmistress Gwen Tarrant") where a source sentence says the words after it of someone
    else ("Moss said her opponent's bowling had been 'relentless'"): read as if
    the claim named that person. The longest description of one person is taken."""
    opening = _THE_DESCRIPTION.match(text)
    if opening is None:
        return None
    words = opening["words"].split()
    for count in range(min(DESCRIPTION_WORDS, len(words) - 1), 0, -1):
        description = words[:count]
        if description[-1].lower() in lex.words("function_words"):
            continue
        person = _one_described(tuple(word.lower() for word in description), sources, lex)
        if person is None:
            continue
        rest = text[opening.start("words") + len(" ".join(description)):]
        found = _opening_said_of_another(person, rest, sources, lex)
        if found is None:
            return None
        return OtherSubject(subject=f"the {' '.join(description)}", holder=found.holder,
                            words=found.words, source=found.source, passage=found.passage)
    return None


def _one_described(description: tuple[str, ...], sources: Sequence[SourceReading],
                   lex: LexiconLookup) -> str | None:
    """The one person sources describe by ``description`` ("retired bus driver"): in an
    apposition after their name ("Gwen Tarrant, a retired postmistress from Ludlow,") or, where it
    ends with a person's noun (lexicon person_nouns), right before it ("former chemistry
    teacher Ann Lowe"); None for no one or two, or for a thing's noun ("the club";
    lexicon organization_nouns)."""
    if description[-1] in lex.words("organization_nouns"):
        return None
    said = r"\s+".join(map(re.escape, description))
    before = (rf"|\b(?i:{said})\s+(?P<after>{FULL_NAME})"
              if description[-1] in lex.words("person_nouns") else "")
    pattern = re.compile(rf"(?<![\w'’-])(?P<name>{NAME})\s*,\s*an?\s+(?:[a-z][\w-]*\s+)?"
                         rf"(?i:{said})\b{before}")
    people: dict[str, str] = {}
    for source in sources:
        for found in pattern.finditer(source.text):
            name = found["name"] or found["after"]
            if not all(is_common_word(word) for word in name.split()):
                people.setdefault(name.split()[-1].lower(), name)
    return next(iter(people.values())) if len(people) == 1 else None


# A possessive after a description ("the 24-year-old's header"), tokenized or not; a name's
# possessive right before some words of a source's ("Doyle's header")
_OWNED_AFTER = re.compile(r"\s?['’]s\b")
_OWNER_BEFORE = re.compile(r"\w['’]s\s+$")
_OWNER_MARK = re.compile(r"['’]s$")
# A name right before the end of a text; a name and its age: "Mia, nine,", "Tom Hale, 34,".
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])({NAME})\W*$")
# "who" right before the words, after the name it opens a clause of: "Mr Eze, who had been
# working there …"
_WHO_BEFORE = re.compile(r",\s*(?i:who)\s+$")


def _name_of_another_age(text: str, age: float, source: SourceReading, lex: LexiconLookup
                         ) -> str:
    """The name right before the end of ``text`` where ``source`` gives ``age`` to other
    named people only; else ""."""
    found = _NAME_BEFORE.search(_WHO_BEFORE.sub("", _WHO_ASIDE.sub("", text)))
    if found is None or all(is_common_word(word) and not _a_sources_name(word, (source,))
                            for word in found.group(1).split()):
        return ""  # ("She was jailed", "The driver")
    name = _OWNER_MARK.sub("", found.group(1))  # ("Doyle's header …": Doyle)
    given = [other for other, theirs in ages_given(source.text, lex) if theirs == age]
    if not given or any(_may_be_one(name, other, lex) for other in given):
        return ""
    return name


def _may_be_one(name: str, other: str, lex: LexiconLookup) -> bool:
    """Whether two names may be one person's: one's words, titles aside, are all the other's
    ("Pask", "Mr Pask" and "Owen Pask"; not "Delyth Pask")."""
    words, others = ({word.lower() for word in written.split() if not lex.is_title(word)}
                     for written in (name, other))
    return bool(words) and bool(others) and (words <= others or others <= words)


def _aged_before(text: str) -> tuple[str, float | None]:
    """Who stands right before the end of ``text`` (a source sentence up to some words) and
    their age, where it says it there; else ("", None)."""
    for pattern in (_AGE_DESCRIBED_AFTER_NAME_BEFORE, _AGE_DESCRIBED_BEFORE,
                    _AGE_AFTER_NAME_BEFORE):
        found = pattern.search(text)
        if found is not None:
            groups = found.groupdict()
            holder = groups.get("name") or groups.get("described") or found.group().strip(" ,")
            return _lowered_article(holder), age_of(found["age"])
    return "", None


def _lowered_article(description: str) -> str:
    """A description as a finding quotes it mid-sentence: "the 33-year-old actress"."""
    return re.sub(r"^The\b", "the", description)


# How much of the shared words' content another source sentence that names the claim's subject
# must hold to say them of it in words of its own ("Councillor Rita Obi agreed that the bridge
# repairs would take a year").
OWN_WORDS_SHARE = 0.75


def _said_of(subject: list[str], words: str, sources: Sequence[SourceReading],
             lex: LexiconLookup) -> bool:
    """A source sentence other than those with ``words`` names the subject (all its words)
    and holds most of their content words."""
    wanted = content_words(words, lex)
    for source in sources:
        for sentence, (_, spaced) in zip(source.sentences, source.sentence_words, strict=True):
            if overlap(wanted, sentence.words) < OWN_WORDS_SHARE:
                continue
            if f" {words} " not in spaced and f" {' '.join(subject)} " in spaced:
                return True
    return False


# How many of the claim's words on each side of a name inside it must stand on each side of
# another name in a source sentence, and how many of them together content words.
SIDE_WORDS = 3
SIDE_CONTENT = 3
NAME_LENGTH = 4  # words, at most, of the source's name between them


def _inner_name_said_of_another(text: str, sources: Sequence[SourceReading],
                                lex: LexiconLookup) -> OtherSubject | None:
    in_claim = frozenset(part for written in _CAPITALIZED.findall(text)
                         for part in written.lower().replace("’", "'").split("-"))
    if not any(in_claim & _name_words(source) for source in sources):
        return None
    words = normalize(text).split()
    for source in sources:
        capitalized = _name_words(source)
        names = in_claim & capitalized
        at = SIDE_WORDS
        while at < len(words) - SIDE_WORDS:
            if words[at] not in names or words[at - 1] in names:
                at += 1
                continue
            end = at
            while end < len(words) and words[end] in names:
                end += 1
            found = _given_between(text, words[at:end], words[at - SIDE_WORDS:at],
                                   words[end:end + SIDE_WORDS], source, capitalized, lex)
            if found is not None:
                return found
            at = end
    return None


# How many of the claim's words right before a name that ends its clause must stand right
# before another name in a source sentence, and how many of them content words.
CLOSING_WORDS = 4
CLOSING_MOST = 6  # words, where the last four have too few content words ("at a sawmill in")
CLOSING_CONTENT = 2


def _closing_name(lex: LexiconLookup) -> re.Pattern[str]:
    """A name that ends a clause, after a word ("was created by artist L.M. Rendall."), or the
    subject of the clause's verb ("a bull bred by Iwan Bevan was named supreme champion";
    lexicon passive_auxiliaries)."""
    auxiliaries = lex.alternation("passive_auxiliaries")
    return re.compile(rf"(?<=\s)(?P<name>{NAME})(?=\s*(?:\[[^\]]*\]\s*)*(?:[.,;:!?]|$"
                      rf"|\s(?:{auxiliaries})\s))")  # (a marker between)


def _names_swapped(text: str, sources: Sequence[SourceReading], lex: LexiconLookup
                   ) -> OtherSubject | None:
    """Two names the claim relates that a source relates the other way round (``swapped``)."""
    found = swapped_names(text, sources, lex)
    if found is None:
        return None
    return OtherSubject(subject=_as_written(found.subject.split(), text),
                        holder=_as_written(found.holder.split(), found.passage),
                        words=found.words, source=found.source, passage=found.passage)


def _closing_name_said_of_another(text: str, sources: Sequence[SourceReading],
                                  lex: LexiconLookup) -> OtherSubject | None:
    """A name that ends a clause of the claim, after words that a source sentence has right
    before another name (a word of description aside on either side): "the piece was created
    by actor Robert Hardy" where the source has "The piece was created by artist L.M.
    Rendall"; nothing where a source has the words before the claim's name, or says them of
    it elsewhere. Days and months are no names here ("from 1 September")."""
    calendar = lex.calendar_words()
    names = frozenset().union(*(_name_words(source) for source in sources))
    for closing in lex.derived(_closing_name).finditer(text):
        written = closing["name"].split()
        while len(written) > 1 and is_common_word(written[0]):
            written.pop(0)  # a description capitalized as the source writes it ("Actor")
        subject = _name_key(normalize(" ".join(written)).split(), lex)
        if not subject or set(subject) & calendar or (
                len(subject) == 1 and is_common_word(subject[0])) or not _named(subject, sources):
            continue
        before = normalize(text[:closing.end() - len(" ".join(written))]).split()
        for skip in (0, 1):
            if skip and not (before and _a_description(before[-1], (), lex)):
                continue
            shared = _closing_run(before[:len(before) - skip], names, lex)
            if shared is None or shared[-1] in lex.words("placing_prepositions") or (
                    set(shared) & lex.words("quote_verbs")):
                continue  # (citation.place-misattributed's and citation.quote-misattributed's)
            found = _closing_given_to(" ".join(written), subject, shared, sources, lex)
            if found is not None and not _said_of(subject, " ".join(shared), sources, lex):
                return found
    return None


def _closing_given_to(written: str, subject: list[str], shared: list[str],
                      sources: Sequence[SourceReading], lex: LexiconLookup
                      ) -> OtherSubject | None:
    """The source sentence that has ``shared`` right before another name than ``subject``
    (past a word of description), where none has them before the claim's name."""
    probe = f" {' '.join(shared)} "
    found: OtherSubject | None = None
    for source in sources:
        if probe not in source.names.text:
            continue
        capitalized = _name_words(source)
        for sentence, (said, spaced) in zip(source.sentences, source.sentence_words, strict=True):
            if probe not in spaced:
                continue
            for at in range(len(said) - len(shared)):
                if list(said[at:at + len(shared)]) != shared:
                    continue
                start = at + len(shared)
                if start < len(said) and _a_description(said[start], [source], lex):
                    start += 1  # "by artist L.M. Rendall"
                end = start
                while end < len(said) and end - start < NAME_LENGTH and _capitalized_word(
                        said[end], capitalized):
                    end += 1
                holder = [_POSSESSIVE.sub("", word) for word in said[start:end]]
                if not holder or set(holder) & lex.calendar_words() or (
                        len(holder) == 1 and is_common_word(holder[0])):
                    continue
                if not _other_name(lex, subject, holder) or set(subject) & set(holder) or (
                        set(subject) <= set(said[end:end + NAME_LENGTH + 1])):
                    return None  # the words stand before the claim's name, or before a name
                    # the claim's follows ("the Brackenshire Butterfly Conservation Network
                    # (BBCN)" for "the BBCN")
                found = found or OtherSubject(
                    subject=written, holder=_as_written(holder, sentence.text),
                    words=" ".join(shared), source=source.id, passage=sentence.text)
    return found


def _closing_run(before: list[str], names: frozenset[str], lex: LexiconLookup
                 ) -> list[str] | None:
    """The fewest last words of ``before`` (at least ``CLOSING_WORDS``, at most
    ``CLOSING_MOST``) of which ``CLOSING_CONTENT`` are content words and no names ("processed
    at a sawmill in"); None where ``CLOSING_MOST`` words have too few."""
    for size in range(CLOSING_WORDS, min(CLOSING_MOST, len(before)) + 1):
        run = before[len(before) - size:]
        if len(_plain_content_words(run, names, lex)) >= CLOSING_CONTENT:
            return run
    return None


def _a_description(word: str, sources: Sequence[SourceReading], lex: LexiconLookup) -> bool:
    """A normalized word that may describe the name after it ("actor", "artist"): a content
    word, and no name's word of ``sources`` (a claim's word before a name it ends with is
    none: the name was read without it)."""
    return bool(latin_content_words(word, lex)) and word not in (
        lex.words("prepositions") | lex.words("placing_prepositions")) and not any(
        word in _name_words(source) for source in sources)


def _plain_content_words(words: list[str], names: frozenset[str], lex: LexiconLookup
                         ) -> list[str]:
    """The content words of ``words`` that are none of ``names``' words, the sources' names
    ("Dafydd and Elis Morgan's" has none)."""
    return [word for word in latin_content_words(" ".join(words), lex)
            if _POSSESSIVE.sub("", word) not in names]


def _capitalized_word(word: str, capitalized: frozenset[str]) -> bool:
    """A source's normalized word that it capitalizes, initials too ("lm" of "L.M.")."""
    return word in capitalized or (len(word) <= INITIALS and all(
        letter in capitalized for letter in word))


INITIALS = 3  # letters of a name's dotted initials ("J.R.R.")


# a capitalized word after another word: a name inside the claim
_CAPITALIZED = re.compile(r"(?<=[^\w'’-])[A-Z][\w'’-]*")

# How many of the claim's words right before a name inside it (past one word of description:
# "off neighbour Paul Denton") must stand in a source sentence after that name, and how many
# of them content words, for the claim to have who did it and to whom the other way round.
SWAP_WORDS = 5
SWAP_CONTENT = 2


def _roles_swapped(text: str, sources: Sequence[SourceReading], lex: LexiconLookup
                   ) -> OtherSubject | None:
    """A name inside the claim right after words that a source sentence says of that name
    as their subject: "the postman pulled one of the animals off neighbour Paul Denton" where
    the source has "Neighbour Paul Denton, 61, who pulled one of the animals off the
    postman"; nothing where the claim names that person before the words too."""
    words = normalize(text).split()
    for source in sources:
        capitalized = _name_words(source)
        for at in range(SWAP_WORDS, len(words)):
            if words[at] not in capitalized or words[at - 1] in capitalized:
                continue
            end = at
            while end < len(words) and words[end] in capitalized:
                end += 1
            name = _name_key(words[at:end], lex)
            for skip in (0, 1):  # (one word of description: "off neighbour Paul Denton")
                shared = words[at - skip - SWAP_WORDS:at - skip]
                if len(shared) < SWAP_WORDS or f" {' '.join(shared)} " not in (
                        source.names.text) or set(name) & set(words[:at]) or len(
                        latin_content_words(" ".join(shared), lex)) < SWAP_CONTENT:
                    continue
                found = _said_by(name, shared, words[:at - skip - SWAP_WORDS], source,
                                 capitalized, lex)
                if found is not None:
                    return found
    return None


# A passive with its agent: "Atherton, 30, was put down by Oduya", "Mr Reid was hired by
# Anna Kerr"
_PASSIVE_BY = re.compile(
    rf"(?<![\w'’-])(?P<patient>{NAME})(?:\s*,\s*\d{{1,3}}\s*,)?(?:\s*,\s*who)?\s+"
    rf"(?:was|were|has been|had been)"
    rf"\s+(?P<verb>[a-z]{{3,}})\s+(?:[a-z]+\s+){{0,2}}?by\s+(?P<agent>{NAME})")


def _passive_turned(text: str, sources: Sequence[SourceReading]) -> OtherSubject | None:
    """A claim's passive ("Atherton, 30, was put down by Oduya") where a source sentence has
    the one it was done to doing it to the other ("Atherton, 30, put Oduya down"), or has it
    done to the other by them, and none has it the claim's way: who did it to whom the other
    way round."""
    for passive in _PASSIVE_BY.finditer(text):
        patient, agent = passive["patient"].split()[-1], passive["agent"].split()[-1]
        verb = passive["verb"][:max(3, len(passive["verb"]) - 3)]
        if patient.lower() == agent.lower():
            continue
        done = [re.compile(rf"\b{re.escape(one)}(?:\s*,\s*\d{{1,3}}\s*,)?\s+(?:[a-z]+\s+)?"
                           rf"{re.escape(verb)}[a-z]*\s+(?:[a-z]+\s+){{0,2}}?"
                           rf"(?:[A-Z][\w'’-]+\s+){{0,2}}{re.escape(other)}\b")
                for one, other in ((patient, agent), (agent, patient))]
        claims_way = re.compile(rf"\b{re.escape(patient)}\b[^.]*?\b(?:was|were|been)\s+"
                                rf"{re.escape(verb)}[a-z]*\s+(?:[a-z]+\s+){{0,2}}?by\s+"
                                rf"(?:[A-Z][\w'’-]+\s+){{0,2}}{re.escape(agent)}\b")
        if any(done[1].search(source.text) or claims_way.search(source.text)
               for source in sources):
            continue  # a source has it the claim's way
        # (or the other way round in the passive too: "Lewis Crane was hired in 2021 by
        # director Ana Birch" for "Ana Birch, who was hired by Lewis Crane")
        done_to_the_agent = re.compile(
            rf"(?i:\b{re.escape(agent)}\b)[^.;]{{0,40}}?\b(?:was|were|has been|had been)\s+"
            rf"{re.escape(verb)}[a-z]*\b[^.;]{{0,60}}?\bby\s+(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?i:{re.escape(patient)})\b")
        for source in sources:
            for sentence in source.sentences:
                if done[0].search(sentence.text) or done_to_the_agent.search(sentence.text):
                    return OtherSubject(subject=passive["agent"], holder=passive["patient"],
                                        words=passive["verb"], source=source.id,
                                        passage=sentence.text)
    return None


# An age or a description set off by commas after a name: ", 36,", ", one of the country's
# oldest ferry firms,"
_APPOSITIVE = r"(?:\s*,[^,.;:]{1,60},)?"
# A relative clause's opening after a name: "Kelso Printworks, which is owned by …"
_WHICH = r"(?:\s*,?\s+(?:which|who))?"
# In a source, a passive with who it was done to and who did it, further apart than in
# _PASSIVE_BY: "Lena Ortiz was knocked out of the county open in the first round on Tuesday by
# the local favourite, Maya Chen", "Castlegate Dairies has been bought by its rival, Moorland
# Creamery"
_DONE_BY = re.compile(
    rf"(?<![\w'’-])(?P<patient>{NAME}){_APPOSITIVE}{_WHICH}\s+"
    rf"(?:is|are|was|were|has been|have been|had been)\s+(?P<verb>[a-z]{{3,}})\b[^.;:,]{{0,80}}?"
    rf"\bby\s+(?:[a-z]+\s+){{0,3}}?(?:[a-z]+\s*,\s+)?(?P<agent>{NAME})")
# Words between an active verb and its object in a claim ("knocked the young Maya Chen out"):
# at most this many.
OBJECT_REACH = 4


def _active_turned(text: str, sources: Sequence[SourceReading]) -> OtherSubject | None:
    """A claim's active verb with its object ("Castlegate Dairies has bought its rival,
    Moorland Creamery") where a source sentence has the subject done to by the object with that
    verb ("Castlegate Dairies has been bought by its rival, Moorland Creamery"), and none has it
    the claim's way: who did it to whom the other way round."""
    lowered = text.lower()
    for source in sources:
        for sentence, passive in _done_by(tuple(sentence.text for sentence in source.sentences)):
            patient, agent = passive["patient"].split()[-1], passive["agent"].split()[-1]
            agent_first = passive["agent"].split()[0]
            verb = passive["verb"][:max(3, len(passive["verb"]) - 3)]
            if patient.lower() == agent.lower() or patient.lower() not in lowered:
                continue  # (most claims name neither: no pattern is built for them)
            active = re.compile(
                rf"\b{re.escape(patient)}{_APPOSITIVE}{_WHICH}\s+(?:has\s+|have\s+|had\s+)?"
                rf"{re.escape(verb)}[a-z]*\s+(?:[\w'’-]+\s?,?\s+){{0,{OBJECT_REACH}}}?"
                rf"(?:{re.escape(agent)}|{re.escape(agent_first)})\b",
                re.IGNORECASE)  # (a name recased in part; the agent by its first word too:
            # "bought its larger rival Skerry Lines")
            if active.search(text) is None or any(active.search(other.text) or any(
                    _one_word(done["patient"], agent) and _one_word(done["agent"], patient)
                    for done in _DONE_BY.finditer(other.text)) for other in sources):
                continue  # (none in the claim, or a source has it the claim's way)
            return OtherSubject(subject=passive["patient"], holder=passive["agent"],
                                words=passive["verb"], source=source.id, passage=sentence)
    return None


@lru_cache(maxsize=256)
def _done_by(sentences: tuple[str, ...]) -> list[tuple[str, re.Match[str]]]:
    """A source's passives with who did it (``_DONE_BY``), each with its sentence: read once
    per source, not once per claim that cites it."""
    return [(sentence, passive) for sentence in sentences
            for passive in _DONE_BY.finditer(sentence)]


# In a claim, a name or "the 45-year-old", a verb and, a word or two of a role between, the
# name it is done to: "the 45-year-old sued restaurateur Simon Achebe"
_DOER_DONE_TO = re.compile(
    rf"(?<![\w'’-])(?P<doer>{NAME}|(?i:the)\s+\d{{1,3}}-year-old)(?:\s*,\s*\d{{1,3}}\s*,)?\s+"
    rf"(?P<verb>[a-z]{{3,}})\s+(?:[a-z][\w'’-]*\s+){{0,2}}?(?P<done_to>{NAME})")
# Between a name and its verb in a source: an aside ("Simon Achebe, 52, sued")
_ASIDE = r"(?:\s*,[^,.;]{0,40},)?\s+"


def _verb_turned(text: str, sources: Sequence[SourceReading], lex: LexiconLookup
                 ) -> OtherSubject | None:
    """A claim's name or "the 45-year-old" doing something to a named person ("the
    45-year-old sued restaurateur Simon Achebe") where a source sentence has the other do it
    to the first with the same verb ("Simon Achebe, 52, sued the 45-year-old TV star") and
    none has it the claim's way: who did it to whom the other way round. Not with a verb
    whose two sides may change places (lexicon symmetric_verbs: "married", "met")."""
    skipped = lex.derived(_no_turned_verbs)
    for found in _DOER_DONE_TO.finditer(text):
        verb = found["verb"]
        doer = found["doer"].split()[-1]
        done_to = found["done_to"].split()[-1]
        if verb in skipped or doer.lower() == done_to.lower() or (
                not doer[:1].isdigit() and is_common_word(doer)):
            continue
        verb_then = rf"{re.escape(verb)}\s+(?:[\w'’-]+\s+){{0,3}}?"
        turned = re.compile(rf"(?i:\b{re.escape(done_to)}\b){_ASIDE}{verb_then}"
                            rf"(?i:{re.escape(doer)})\b")
        claims_way = re.compile(rf"(?i:\b{re.escape(doer)}\b)[^.;]{{0,{_DOER_CHARS}}}?\s"
                                rf"{verb_then}(?i:{re.escape(done_to)})\b")
        if any(claims_way.search(source.text) for source in sources):
            continue
        for source in sources:
            for sentence in source.sentences:
                if turned.search(sentence.text):
                    return OtherSubject(subject=found["doer"], holder=found["done_to"],
                                        words=verb, source=source.id, passage=sentence.text)
    return None


def _no_turned_verbs(lex: LexiconLookup) -> frozenset[str]:
    """Words after a name that are no verb whose sides may be turned round: symmetric verbs,
    function words, auxiliaries, verbs of speech, clause openers, prepositions, determiners."""
    return (lex.words("symmetric_verbs") | grammar(lex).function_words
            | lex.words("passive_auxiliaries") | lex.words("quote_verbs")
            | lex.words("clause_openers") | lex.words("prepositions")
            | lex.words("determiners"))


def _one_word(name: str, word: str) -> bool:
    return name.split()[-1].lower() == word.lower()


# A passive and its agent, whoever it was done to: "was struck twice in the face by cyclist
# Dr Anita Rao"
_PASSIVE_AGENT = re.compile(
    rf"\b(?:was|were|has been|had been)\s+(?P<verb>[a-z]{{4,}})\s+(?:[a-z]+\s+){{0,5}}?by\s+"
    rf"(?:[a-z]+\s+){{0,2}}(?P<agent>{NAME})")


def _agent_done_to(text: str, sources: Sequence[SourceReading], lex: LexiconLookup
                   ) -> OtherSubject | None:
    """A claim's passive with its agent ("was struck twice in the face by cyclist Dr Anita
    Rao") where a source sentence has that verb done to the agent ("Craig Lumsden … struck Dr
    Anita Rao, 38, twice in the face", by the name the sentence opens with) and none has the
    agent doing it: victim and attacker the other way round."""
    for passive in _PASSIVE_AGENT.finditer(text):
        verb = passive["verb"]
        stem = re.escape(verb[:max(4, len(verb) - 2)])
        agent = passive["agent"].split()[-1]
        done_to = re.compile(rf"\b{stem}[a-z]*\s+(?:[A-Z][\w'’-]*\.?\s+){{0,3}}"
                             rf"{re.escape(agent)}\b")
        doing = re.compile(rf"\b{re.escape(agent)}\b[^.;]{{0,{_DOER_CHARS}}}?\b{stem}[a-z]*\b")
        if any(doing.search(source.text) for source in sources):
            continue  # (a source may have the agent do it)
        for source in sources:
            for sentence in source.sentences:
                found = done_to.search(sentence.text)
                if found is None or lex.derived(_passive_before).search(
                        sentence.text, 0, found.start()):
                    continue
                # (who did it: the name the sentence opens with)
                opening = _opening_role_holder(sentence.text, lex) or _opening_name(
                    sentence.text, lex)
                if opening is not None and agent not in opening[0]:
                    return OtherSubject(subject=passive["agent"], holder=opening[0],
                                        words=verb, source=source.id, passage=sentence.text)
    return None


_DOER_CHARS = 60  # between a name and its verb, in a source sentence


def _passive_before(lex: LexiconLookup) -> re.Pattern[str]:
    """Before a verb, a word that makes it a passive (lexicon passive_auxiliaries), an adverb
    perhaps between."""
    return re.compile(rf"\b(?:{lex.alternation('passive_auxiliaries')})\s+(?:\w+ly\s+)?\Z",
                      re.IGNORECASE)


def _said_by(name: list[str], shared: list[str], subject: list[str], source: SourceReading,
             capitalized: frozenset[str], lex: LexiconLookup) -> OtherSubject | None:
    """The source sentence that has ``shared`` after ``name`` as their subject (a relative
    pronoun, an age or appositions between), where the three words after them there hold
    the last of the claim's ``subject`` words (whom the claim has do it)."""
    probe = f" {' '.join(shared)} "
    if probe not in source.names.text or not subject:
        return None
    for sentence, (said, spaced) in zip(source.sentences, source.sentence_words, strict=True):
        if probe not in spaced:
            continue
        for at in _runs(said, shared):
            before = list(said[:at])
            if before and before[-1] in (lex.words("relative_pronouns")
                                         | lex.words("speaker_relatives")):
                before.pop()  # "Paul Denton, 61, who pulled …"
            holder = _subject_before(before, capitalized, lex) or (
                _subject_before_apposition(sentence.text, said, at, capitalized, lex))
            after = said[at + SWAP_WORDS:at + SWAP_WORDS + 3]  # ("… off the postman")
            if holder is None or _other_name(lex, name, holder) or subject[-1] not in after:
                continue
            return OtherSubject(subject=" ".join(subject[-2:]), holder=_as_written(
                holder, sentence.text), words=" ".join(shared), source=source.id,
                passage=sentence.text)
    return None


def _given_between(text: str, name: list[str], before: list[str], after: list[str],
                   source: SourceReading, capitalized: frozenset[str], lex: LexiconLookup
                   ) -> OtherSubject | None:
    """The source sentence that has ``before`` and ``after`` around another name than
    ``name`` (of the claim's ``text``), where none has them around the claim's name or any
    other words."""
    if len(after) < SIDE_WORDS or f" {' '.join(before)} " not in source.names.text or (
            f" {' '.join(before + name + after)} " in source.names.text):
        return None
    subject = _name_key(name, lex)
    if not subject or len(latin_content_words(" ".join(before + after), lex)) < SIDE_CONTENT or not _named(
            subject, [source]):
        return None
    found: OtherSubject | None = None
    for sentence, (said, spaced) in zip(source.sentences, source.sentence_words, strict=True):
        if f" {' '.join(before)} " not in spaced:
            continue
        for at in range(len(said) - SIDE_WORDS):
            if said[at:at + SIDE_WORDS] != tuple(before):
                continue
            start = at + SIDE_WORDS
            # (a word of description before the name too: "former Labour MP Sarah Cotter")
            end = next((end for end in range(start + 1, start + NAME_LENGTH + 2)
                        if said[end:end + SIDE_WORDS] == tuple(after)), None)
            if end is None or lex.words("prepositions").intersection(said[start:end]):
                continue  # (a place's name: "a cheese maker in Ashby Vale has been")
            holder = _bare_name([_POSSESSIVE.sub("", word) for word in said[start:end]],
                                capitalized)
            if not set(holder) <= capitalized or not _other_name(lex, subject, holder):
                return None  # the words stand around the claim's name, or no name
            found = found or OtherSubject(
                subject=_as_written(name, text, before),
                holder=_as_written(holder, sentence.text, before),
                words=" ".join([*before, "…", *after]), source=source.id,
                passage=sentence.text)
    if found is not None and _said_of(subject, " ".join(before + after), [source], lex):
        return None
    return found


def _bare_name(words: list[str], capitalized: frozenset[str]) -> list[str]:
    """A source's words around a name without an age after it or one word of description
    before it ("umpire Shaun Tate, 57," for "Shaun Tate")."""
    if len(words) > 1 and _AGE.fullmatch(words[-1]):
        words = words[:-1]
    if len(words) > 1 and words[0] not in capitalized:
        words = words[1:]
    return words


def _named(name: list[str], sources: Sequence[SourceReading]) -> bool:
    """A cited source has the name's last word (else it is
    ``citation.entity-not-in-source``'s)."""
    return any(source.names.has_phrase(name[-1]) for source in sources)


def _capitalized_inside(sentence: str) -> frozenset[str]:
    """The normalized words a sentence capitalizes, but for its first, and never writes in
    lower case: not "housing" of "A housing association … the Housing Ombudsman"."""
    lowered = frozenset(normalize(" ".join(_LOWER_INSIDE.findall(sentence))).split())
    return frozenset(normalize(" ".join(_CAPITALIZED_INSIDE.findall(sentence))).split()) - lowered


_CAPITALIZED_INSIDE = re.compile(r"(?<=\s)[A-Z][\w'’-]*")
_LOWER_INSIDE = re.compile(r"\b[a-z][\w'’-]*")


def _name_words(source: SourceReading) -> frozenset[str]:
    """The normalized words of the names a source writes (hyphens split: "al douri")."""
    return _normalized_name_words(source.text)


@lru_cache(maxsize=64)  # read for each claim that cites the source
def _normalized_name_words(text: str) -> frozenset[str]:
    return frozenset(normalize(" ".join(name_words(text))).split())


_NAME_WORD = r"[^\W\d_][\w'’.-]*"
# A sentence's opening name and an apposition after it: "Marsh End Farm, which keeps 300
# cows,"
_APPOSITION = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s*,[^,.;:]{1,80},")
# (past an age or a participle's phrase between commas: "Louis Jordan, 37,", "Lantern,
# founded in Derby in 1988,"; not a description, whose words may be what a claim gives the
# wrong person: "Gail Fenn, who trains just six horses,", "Dotty, a hen owned by …")
_OPENING = re.compile(rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})"
                      r"(?:\s*,\s*(?:\d{1,3}|[a-z]+ed\s[^,.;]{0,60})\s*,)?\s+")


def _opening_name(text: str, lex: LexiconLookup, sources: Sequence[SourceReading] = ()
                  ) -> tuple[str, str] | None:
    """The capitalized name a claim opens with (its connectors kept: "Ruud van Nistelrooy",
    an age or a participle's phrase after it passed over: "Louis Jordan, 37,", "Lantern,
    founded in Derby in 1988,") and the text after it; None where the
    claim opens otherwise ("The council", "In May", "Police said"). One word that is also a
    common word is a name where ``sources`` write it as one ("Mason" of "Leo Mason",
    "Lantern" of "its smaller rival Lantern Ales")."""
    found = _OPENING.match(text)
    if found is None:
        return None
    connectors = lex.words("connectors")
    name: list[str] = []
    for word in found.group(1).split():
        if not (word[0].isupper() or (name and word in connectors)):
            break
        name.append(word)
    while name and name[-1] in connectors:
        name.pop()
    if not name or lex.opens_sentence(name[0]) or (
            len(name) == 1 and is_common_word(name[0])
            and not _a_sources_name(name[0], sources)):
        return None
    if len(name) < len(found.group(1).split()):
        end = found.start(1) + len(" ".join(name))  # the name's words are single-spaced
        return " ".join(name), text[end:]
    return " ".join(name), text[found.end():]


def _opening_then_relative(text: str, lex: LexiconLookup, sources: Sequence[SourceReading]
                           ) -> tuple[str, str] | None:
    """The name a claim opens with, an age aside, where a relative clause follows it ("Chloe
    Banks, whose porter also won …"; lexicon relative_pronouns, speaker_relatives), and the
    text from that clause on: what the claim says of the name."""
    found = lex.derived(_RelativeOpening).pattern.match(text)
    if found is None:
        return None
    named = _opening_name(f"{found['name']} ", lex, sources)
    return (named[0], text[found.end():]) if named and not named[1] else None


class _RelativeAfter:
    """A comma and a relative pronoun of a person (lexicon speaker_relatives: "who")."""

    def __init__(self, lex: LexiconLookup) -> None:
        self.pattern = re.compile(rf"\s*,\s*(?:{lex.alternation('speaker_relatives')})\s+")


class _RelativeOpening:
    def __init__(self, lex: LexiconLookup) -> None:
        relatives = "|".join(sorted(lex.words("relative_pronouns") | lex.words("speaker_relatives")))
        self.pattern = re.compile(rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})"
                                  rf"(?:\s*,\s*\d{{1,3}})?\s*,\s*(?=(?:{relatives})\b)")


def _a_sources_name(word: str, sources: Sequence[SourceReading]) -> bool:
    """Whether sources write ``word`` as a name's: as the end of one after a capitalized word
    ("Ollie Grant"; not "the Scottish Ambulance Service"), or always capitalized and so inside
    a sentence too ("its smaller rival Lantern Ales")."""
    mid_sentence = re.compile(rf"[a-z\d,]\s+{re.escape(word)}(?![\w'’-])")
    return any(word.lower() in _surnames(source.text) or (
        word.lower() in _name_words(source) and mid_sentence.search(source.text))
        for source in sources)


@lru_cache(maxsize=64)
def _surnames(text: str) -> frozenset[str]:
    """The words a source writes as the end of a name after a capitalized word, lower-cased
    ("marsh" of "Lyn Marsh")."""
    return frozenset(found["last"].lower() for found in _FULL_NAME_END.finditer(text))


_FULL_NAME_END = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*\s+(?P<last>[A-Z][a-z][\w'’-]*)"
                            r"(?![\w'’-])(?!\s+[A-Z])")


def _second_verb(rest: str, lex: LexiconLookup) -> str | None:
    """What follows the first "and" of a claim's text after its opening name where a verb's
    words go on from it, not another subject ("and the council said", "and Lee Moss", "and
    he"): the opening name's second verb and what follows."""
    joined = _AND_THEN.search(rest)
    if joined is None or joined["word"].lower() in lex.words("determiners") or (
            joined["word"].lower() in lex.words("quote_pronouns")):
        return None
    return rest[joined.start("word"):]


# "and" and the word after it, lower-cased: a second verb of the same subject, maybe
_AND_THEN = re.compile(r"\band\s+(?P<word>[a-z][\w'’-]*)")


def _opening_role_holder(text: str, lex: LexiconLookup) -> tuple[str, str] | None:
    """The name after the role a claim opens with ("captain Hayley Brennan scored …", "Under-21
    coach Darren Feeney will …"; lexicon person_nouns, office_roles) or between commas after
    a description of someone's ("His assistant, Lee Baines, will …"), and the text after it,
    an age after it passed over."""
    described = _DESCRIBED_THEN_NAMED.match(text)
    if described is not None:
        return described["name"], text[described.end():]  # "His assistant, Lee Baines, will …"
    holders = role_holders(text[:_OPENING_ROLE_CHARS], lex, every_role=True)
    if not holders or len(text[:holders[0].start].split()) > ROLE_MODIFIERS + 1:
        # an organization after the noun of its kind: "rail firm Westway Trains cut …"
        kind = lex.derived(_OrganizationOpening).pattern.match(text)
        return (kind["name"], text[kind.end("name"):]) if kind else None
    holder = holders[0]
    aged = _AN_AGE.match(text, holder.end)
    return holder.name, text[aged.end() if aged else holder.end:]


_OPENING_ROLE_CHARS = 80  # a role and a name of the first few words


class _OrganizationOpening:
    """A claim opening with up to two words and a noun of an organization's kind (lexicon
    organization_nouns), then its name: "rail firm Westway Trains", "holiday
    operator Sunbird"."""

    def __init__(self, lex: LexiconLookup) -> None:
        self.pattern = re.compile(
            rf"\W*(?:[a-z-]+\s+){{0,{ROLE_MODIFIERS}}}(?:{lex.alternation('organization_nouns')})"
            r"\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:&\s+)?[A-Z][\w'’-]*){0,3})(?=\s+[a-z])")
_AN_AGE = re.compile(r"\s*,\s*\d{1,3}\s*,")
# A description of someone's, and their name between commas: "His assistant, Lee Baines,"
_DESCRIBED_THEN_NAMED = re.compile(
    r"\W*(?i:his|her|their|its)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*,\s*"
    rf"(?P<name>{FULL_NAME})(?:\s*,\s*\d{{1,3}})?\s*,\s*")


def _name_key(name: Sequence[str], lex: LexiconLookup) -> list[str]:
    """A name's normalized words without its titles and possessive ("Dr Ram Manohar's": ram,
    manohar)."""
    return [_POSSESSIVE.sub("", word) for word in name if word not in lex.words("titles")]


_POSSESSIVE = re.compile(r"'s$")


def _runs(said: tuple[str, ...], words: list[str]) -> list[int]:
    """Where the first ``RUN_WORDS`` of ``words`` stand together in ``said``."""
    head = tuple(words[:RUN_WORDS])
    return [at for at in range(1, len(said) - RUN_WORDS + 1) if said[at:at + RUN_WORDS] == head]


def _shared(said: tuple[str, ...], at: int, words: list[str]) -> list[str]:
    """The words from ``at`` on that ``said`` and ``words`` have in common, in order."""
    shared = []
    for one, other in zip(said[at:], words, strict=False):
        if one != other:
            break
        shared.append(one)
    return shared


_AGE = re.compile(r"\d{1,3}")


def _subject_before(before: Sequence[str], capitalized: frozenset[str], lex: LexiconLookup,
                    surnames: frozenset[str] = frozenset()) -> list[str] | None:
    """The name right before the shared words of a source sentence (an age after it passed
    over), in the words the source always capitalizes, titles dropped; None where they follow
    no name, a common word alone that is none of ``surnames`` ("Officials"; "Marsh" of
    "Lyn Marsh" is), or a name that is no subject ("the head of the Transport Ministry")."""
    words = list(before[:-1] if before and _AGE.fullmatch(before[-1]) else before)
    if words and words[-1] == "who":
        words.pop()  # "Chairman Robert Ennis, who founded the company"
    words = _past_reported_self(words, lex)
    name: list[str] = []
    if len(words) > 1 and words[-1] in lex.organization_heads and words[-2] in capitalized:
        # ("Wendle University said": the head a source also writes in lower case, "the
        # university")
        name.insert(0, words.pop())
    while words and (words[-1] in capitalized or (
            name and words[-1] in lex.words("connectors"))):
        name.insert(0, words.pop())
    while name and name[0] in lex.words("connectors"):
        words.append(name.pop(0))  # ("the centre of Kelby": "of" is before the name)
    name = _name_key(name, lex)
    if len(name) == 1 and is_common_word(name[0]) and name[0] not in surnames:
        return None  # capitalized as a sentence's first word: "She", "Officials"
    if words and words[-1] in lex.words("attributive_determiners"):
        words.pop()  # "the head of the Transport Ministry"
    if not name or (words and words[-1] in lex.words("prepositions")):
        return None
    return name


def _past_reported_self(words: list[str], lex: LexiconLookup) -> list[str]:
    """Words before an organization's subject pronoun that a verb of speech opens, its
    auxiliaries after it, cut back to that verb's subject ("Marlcombe Inns said it had" for
    "put the building on the market": Marlcombe Inns); the words as they are where they do not
    end so."""
    cut = len(words)
    while cut and words[cut - 1] in lex.words("auxiliaries") and len(words) - cut < 2:
        cut -= 1
    # an organization's pronoun ("it", "they"; not "its": "said its shares"): after "Police
    # said", "he" is someone else
    subjects = lex.words("speaker_pronouns") & lex.words("pronouns")
    if not cut or words[cut - 1] not in subjects:
        return words
    cut -= 1
    if cut and words[cut - 1] == "that":
        cut -= 1
    if not cut or words[cut - 1] not in lex.words("quote_verbs"):
        return words
    return words[:cut - 1]


# How many words an apposition between a subject and its verb may have ("Amira Shah, 27, a
# trainee paramedic, performed CPR"); a longer one is more often a clause of its own.
APPOSITION_WORDS = 8
# ... and one that opens with a determiner or a relative pronoun, which describes the name
# ("Leon Abara, 31, a software engineer who was taking his narrowboat through the lock,
# jumped in").
DESCRIPTIVE_APPOSITION_WORDS = 16


def _subject_before_apposition(text: str, said: tuple[str, ...], at: int,
                               capitalized: frozenset[str], lex: LexiconLookup
                               ) -> list[str] | None:
    """The name before up to two appositions set off by commas right before ``said[at]``
    (the words of a source sentence whose ``text`` is given), or before the verb of speech
    whose subject it is ("Odeon Leisure, which holds the lease, said it had"), as
    ``_subject_before`` reads it; None where none stands there."""
    at = len(_past_reported_self(list(said[:at]), lex))
    commas = _comma_positions(text, said)
    for _ in range(2):
        if at not in commas:
            return None
        opened = max((comma for comma in commas if comma < at), default=None)
        if opened is None or at - opened > (DESCRIPTIVE_APPOSITION_WORDS if said[opened] in (
                lex.words("determiners") | lex.words("relative_pronouns")
                | lex.words("speaker_relatives")) else APPOSITION_WORDS):
            return None
        at = opened
        holder = _subject_before(said[:at], capitalized, lex)
        if holder is not None:
            return holder
    return None


def _comma_positions(text: str, said: tuple[str, ...]) -> frozenset[int]:
    """Where in the normalized words ``said`` of ``text`` a comma stood before a word; none
    where its parts do not normalize to the same words ("U.S., Canada")."""
    positions: set[int] = set()
    words: list[str] = []
    for part in text.split(","):
        positions.add(len(words))
        words += normalize(part).split()
    return frozenset(positions - {0}) if tuple(words) == said else frozenset()


def _as_written(name: Sequence[str], text: str, before: Sequence[str] = ()) -> str:
    """A name's normalized words as ``text`` writes them ("per mertesacker": "Per
    Mertesacker"), after the words ``before`` (and a word of description) where they are given."""
    words = r"\W+".join(map(_spelled, name))
    lead = r"\W+".join(map(re.escape, before))
    found = re.search(rf"\b{lead}\W+(?:\w+\W+)?({words})" if before else rf"\b({words})", text,
                      re.IGNORECASE)
    return found.group(1) if found else " ".join(name)


def _spelled(word: str) -> str:
    """A pattern for a normalized word as a text may write it: initials with their dots."""
    if len(word) <= INITIALS:
        return r"\.?".join(map(re.escape, word)) + r"\.?"
    return re.escape(word)


def _other_name(lex: LexiconLookup, subject: Sequence[str], holder: Sequence[str]) -> bool:
    """Two names for two subjects: neither holds the other's words, titles aside (lexicon
    titles), nor is one the other's initials ("Frank Jordan" and "Louis Jordan", "Manchester
    United" and "Manchester City"; not "Jordan" and "Frank Jordan", "Mr Ferreira" and "Lucas
    Ferreira", "BBCN" and "Brackenshire Butterfly Conservation Network")."""
    titles = lex.words("titles")
    one = set(subject) - titles or set(subject)
    other = set(holder) - titles or set(holder)
    return not (one <= other or other <= one or _initials_of(subject, holder)
                or _initials_of(holder, subject))


def _initials_of(short: Sequence[str], long: Sequence[str]) -> bool:
    initials = "".join(word[0] for word in long if word)
    return len(short) == 1 and len(long) > 1 and short[0] in (initials, initials.rstrip("s"))

