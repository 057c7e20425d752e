"""Whether a source holds a claim's name as a careful reader would find it: case-insensitively,
with surname and full name, acronym and expansion, demonym and country, possessives, titles
and the lexicon's aliases; and the names a source gives in its stead (another surname or
first name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from factcheck.extract.alignment import normalize
from factcheck.extract.grammar import Grammar, grammar
from factcheck.extract.lookup import LexiconLookup, alternation
from factcheck.extract.names import is_common_word
from factcheck.extract.numbers import ROMAN_NUMERAL, ordinal_word, parse_words, roman_value
from factcheck.models import Actor, Claim, Name
from factcheck.sources import SourceNames, SourceReading
from factcheck.support.passages import as_cased, name_words


def _as_digits(word: str) -> str | None:
    """A number word in digits ("four": "4"; "Channel Four" is the source's "Channel 4")."""
    value = parse_words(word)
    return str(int(value)) if value is not None and value.is_integer() else None


_POSSESSIVE = re.compile(r"(?<=\w)'s(?!\w)")


@lru_cache(maxsize=4096)  # names and their aliases recur across an article's claims
def _normal_name(name: str) -> str:
    return normalize(name)


class NameLists:
    """What one lexicon tells the name check: other names of one actor or place
    (``same_names``), the ``demonym_endings``, and the head words of organizations and places
    ("Council", "Authority", "Beach"), which say what kind of name it is but not which one."""

    def __init__(self, lex: LexiconLookup) -> None:
        self.same_names = lex.lexicon.same_names()
        self.endings = lex.demonym_endings
        heads = lex.organization_heads | lex.place_heads
        self.heads = frozenset({*heads, *(f"{head}s" for head in heads)})
        # what an institution is, which a source keeps when it names it ("Department",
        # "Society"); a company's or a club's head it may leave out ("Acme", "Leeds United")
        self.institution_heads = lex.organization_heads - lex.company_heads
        self.compass = frozenset(word.lower() for word in lex.words("compass_words"))
        self.compass_alternation = alternation(self.compass)
        # "eastern Uganda", "south-east England": a compass word, then a capitalized name
        self.compass_before_a_name = re.compile(
            rf"\b(?P<compass>(?i:{self.compass_alternation}))\s+"
            r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def name_in_source(name: str, source: SourceNames, lists: NameLists, person: bool = False
                   ) -> bool:
    """Whether the source names it too: the whole name, another name of the same actor or place
    (an alias, the demonym, or a demonym of one of the ``endings``: "Cornish"), its acronym, or
    a word of it that is neither a head word nor common ("Bristol" of "Bristol City Council";
    when all of them are common, every one, or all but one of three or more: "Financial
    Conduct Authority", "Second World War" for "World War II"); a ``person``'s
    surname ("Whitlock" of "Karen Whitlock", not "Karen"). The source keeps the answers."""
    key = (name, id(lists), person)
    memo = source.memo
    found = memo.get(key)
    if found is None:
        found = memo[key] = _names(name, source, lists, person)
    return found


def a_unit(name: Name, claim: Claim, notation: Grammar) -> bool:
    """A unit's symbol right after a figure ("1.3 GW", "40 MW") or a temperature's unit ("20
    degrees Celsius"): no name."""
    start = name.span.start - claim.span.start
    if name.text.lower() in notation.measures and _FIGURE_BEFORE.search(
            claim.text, max(0, start - 3), start) is not None:
        return True
    for figure in claim.quantities:
        unit = notation.temperature_after.match(claim.text, figure.span.end - claim.span.start)
        if unit is not None and unit.start("unit") <= start < unit.end():
            return True
    return False


_FIGURE_BEFORE = re.compile(r"\d\s?$")


def refers_back(actor: Actor) -> bool:
    """A mention by a common word ("the firm", "the ministry") of an actor named before: the
    word is no name of it."""
    return actor.name.islower() and actor.id != re.sub(r"[\W_]+", "-", actor.name).strip("-")


def another_surname(name: str, sources: Sequence[SourceReading],
                     indexes: Sequence[SourceNames], lists: NameLists) -> bool:
    """A name of two or three capitalized words whose last the sources lack, where they
    give its first before another capitalized word than its second: "Nadia Owusu" against
    "Nadia Osei", "New York" against "New Jersey", not "New York City" against "New York"
    (of a name read as no person's, any word of it otherwise names it)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or any(not word[:1].isupper() or word.lower() in lists.heads
                                       for word in words):
        return False
    if any(name_in_source(words[-1], index, lists) for index in indexes):
        return False
    # (another word after the first: "New York" does not make "New York City" another name;
    # all but the last before another: "Recorder James Whitcombe" for "Recorder James Whitlock")
    before_another = re.compile(
        rf"(?<![\w'’-])(?:{re.escape(words[0])}[^\S\n]+(?!{re.escape(words[1])}(?![\w'’-]))"
        rf"|{re.escape(' '.join(words[:-1]))}[^\S\n]+(?!{re.escape(words[-1])}(?![\w'’-])))"
        r"[A-Z]")  # (not over a line's end: "… in New York\nThis article")
    return any(before_another.search(source.text) for source in sources)


def another_middle_word(name: str, sources: Sequence[SourceReading],
                        indexes: Sequence[SourceNames], lists: NameLists) -> bool:
    """An institution's name of three or four capitalized words ("Dunmore Heritage Trust")
    whose middle words the sources lack, where they write its first and last words around
    other capitalized words ("Dunmore Family Trust")."""
    words = name.split()
    if not 3 <= len(words) <= 4 or not all(word[:1].isupper() for word in words) or (
            words[-1].lower() not in lists.institution_heads):
        return False
    middle = words[1:-1]
    if any(index.has_word_like(word.lower()) for word in middle for index in indexes):
        return False
    around_others = re.compile(
        rf"(?<![\w'’-]){re.escape(words[0])}((?:[^\S\n]+[A-Z][\w'’-]*){{1,2}}?)[^\S\n]+"
        rf"{re.escape(words[-1])}(?![\w'’-])")
    return any(around_others.search(source.text) for source in sources)


def another_first_name(name: str, sources: Sequence[SourceReading],
                        indexes: Sequence[SourceNames], lex: LexiconLookup) -> bool:
    """A person's name of two or three capitalized words whose first the sources lack, where
    they give its surname after another first name: "Elena Kostova" against "Daria Kostova"
    (not "Alex Reid" against "Alexander Reid", nor "Dr Reid")."""
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False
    given, last = words[:-1], words[-1]
    first = given[-1]
    if not all(word[:1].isupper() for word in words) or (
            not first.isalpha() or len(first) < 3 or lex.is_title(first)
            or (is_common_word(first) and not _a_given_name(first, lex))):
        return False
    # (any of its given names in the sources: a middle name, or a word before the name, "Finn
    # Aino Kallio" for "the Finnish conductor Aino Kallio")
    if any(word.lower() in index.words for word in given for index in indexes):
        return False
    before = re.compile(rf"(?<![\w'’-])([^\W\d_]{{2,}})\s+{re.escape(last)}(?![\w'’-])")
    for source in sources:
        for found in before.finditer(source.text):
            other = found.group(1)
            if other[0].isupper() and not (other.startswith(first) or first.startswith(other)) \
                    and not lex.is_title(other) and (
                        not is_common_word(other) or _a_given_name(other, lex)):
                return True
    return False


def _a_given_name(word: str, lex: LexiconLookup) -> bool:
    """Whether a common word before a surname is a given name ("Martin", "Grace"): not a
    people's word ("Finnish"), a word for a person or a role ("Conductor"), nor a word of the
    calendar ("Monday")."""
    lower = word.lower()
    return lower not in lex.demonyms() and lower not in lex.calendar_words() and not any(
        lower in lex.words(name) for name in _NOT_GIVEN_NAMES)


# The lexicon's lists whose words stand before a surname without being a given name
_NOT_GIVEN_NAMES = ("person_nouns", "office_roles", "member_roles", "single_holder_roles",
                    "relation_nouns", "passing_roles", "determiners")


@dataclass(frozen=True)
class MixedName:
    """A person's name of a claim made of two people's names in its sources."""

    start: int  # in the claim's text
    end: int
    first_of: str  # the source's full name with the claim's first name
    last_of: str  # the source's full name with the claim's surname; "" where nobody's


# A capitalized word, as a lower-cased claim recased from its sources writes them too.
# (in the possessive too: "Nadia Pryce's complaint")
_CAPITALIZED = re.compile(r"(?<![\w'’-])[A-Z][^\W\d_]+(?=['’]s\b|(?![\w'’-]))")
_SPACE = re.compile(r"[^\S\n]+")


def mixed_names(claim: Claim, sources: Sequence[SourceReading],
                indexes: Sequence[SourceNames], lex: LexiconLookup) -> Iterator[MixedName]:
    """The names of two capitalized words of a claim that its sources never write together,
    where they write the first word only before another surname and the second after another
    first name: "Magnus Anderson" against "Skipper Magnus Tulloch" and "coxswain Bruce
    Anderson" (not "Anna Tulloch" against "Magnus Tulloch and his wife Anna")."""
    text = as_cased(claim.text, sources)
    for one, other in pairwise(_CAPITALIZED.finditer(text)):
        first, last = one.group(), other.group()
        if not _SPACE.fullmatch(text, one.end(), other.start()) or lex.is_title(first) or (
                lex.is_title(last)) or any(index.has_phrase(_normal_name(f"{first} {last}"))
                                           for index in indexes):
            continue
        first_of = _only_before_another(first, last, sources)
        last_of = first_of and _after_another(first, last, sources, lex)
        if first_of and last_of:
            yield MixedName(start=one.start(), end=other.end(), first_of=first_of,
                            last_of=last_of)


# A lower-case word after a name's first word, in a lower-cased claim: maybe its surname.
_LOWER_AFTER = re.compile(r"[^\S\n]+(?P<word>[a-z][a-z'’-]{2,})(?![\w'’-])")
_AN_AGE_AFTER = re.compile(r"\s?,\s?\d{1,3}\s?,")


def unknown_surnames(claim: Claim, sources: Sequence[SourceReading],
                     indexes: Sequence[SourceNames], lex: LexiconLookup) -> Iterator[MixedName]:
    """In a lower-cased claim, a first name its sources write only before a surname, followed
    by a word that no source has, where that word is no ordinary English word or stands
    before an age, as names do: "patricia holden, 76," against "Patricia Hulme" (the claim's
    surname is nobody's in the sources; "patricia told" is no name)."""
    if claim.text != claim.text.lower():
        return
    text = as_cased(claim.text, sources)
    not_names = grammar(lex).function_words | lex.words("determiners")
    for one in _CAPITALIZED.finditer(text):
        after = _LOWER_AFTER.match(text, one.end())
        if after is None or lex.is_title(one.group()) or one.group().lower() in not_names:
            continue  # ("the ukhsa" recased as the sources open a sentence: "The UK …")
        last = after["word"]
        # (nor a place whose people's word the source has: "east africa", "East African")
        if any(last in index.words or any(last + ending in index.words
                                           for ending in lex.demonym_endings)
               for index in indexes) or (
                is_common_word(last) and not _AN_AGE_AFTER.match(text, after.end())):
            continue
        first_of = _only_before_another(one.group(), last, sources)
        if first_of is not None:
            yield MixedName(start=one.start(), end=after.end(), first_of=first_of, last_of="")


def _only_before_another(first: str, last: str, sources: Sequence[SourceReading]) -> str | None:
    """A source's full name of ``first`` before another surname than ``last``, where the
    sources write ``first`` nowhere else; else None."""
    written = re.compile(rf"(?<![\w'’-])(?i:{re.escape(first)})(?![\w'’-])"
                         rf"(?P<rest>(?:[^\S\n]+[A-Z][^\W\d_]+){{0,2}})")
    full: str | None = None
    for source in sources:
        for found in written.finditer(source.text):
            rest = found["rest"].split()
            if not rest or last.lower() in map(str.lower, rest):
                return None  # the first name alone, or with this surname ("Margaret Anne …")
            full = full or f"{found.group().split()[0]} {rest[0]}"
    return full


def _after_another(first: str, last: str, sources: Sequence[SourceReading],
                   lex: LexiconLookup) -> str | None:
    """A source's full name of ``last`` after another first name than ``first``: no ordinary
    word, or, before a surname that is none either, a word the source always capitalizes
    ("Lars Engstrom": "lars" is in the dictionary; not "Chess Open"), or any, before an age
    ("Graham Cooper, 58,")."""
    written = re.compile(rf"(?<![\w'’-])(?P<other>[A-Z][^\W\d_]+)[^\S\n]+"
                         rf"(?i:{re.escape(last)})(?![\w'’-])")
    for source in sources:
        for found in written.finditer(source.text):
            other = found["other"]
            if other.lower() != first.lower() and not lex.is_title(other) and (
                    not is_common_word(other) or (not is_common_word(last) and (
                        other.lower() in name_words(source.text)))
                    or _AN_AGE_AFTER.match(source.text, found.end())):
                return found.group()  # (a person's, whatever its words: "Graham Cooper, 58,")
    return None


_OWNER = re.compile(r"['’]s\s+")


def owned_person(name: str, lists: NameLists) -> str | None:
    """The person named after an organization's possessive ("Caroline Tapsell" of "HomeTrack
    NZ's Caroline Tapsell"): two or three capitalized words, none a head word (not "Bank of
    China" of "People's Bank of China", "Wood" of "St John's Wood", "College London" of
    "King's College London"). First names and surnames may be words too ("Hannah Rusk")."""
    parts = _OWNER.split(name)
    if len(parts) != 2:
        return None
    words = parts[1].split()
    if not 2 <= len(words) <= 3 or any(not word[:1].isupper() or word.lower() in lists.heads
                                       for word in words):
        return None
    return parts[1]


def without_heads(name: str, lex: LexiconLookup) -> str:
    """The name without the company heads it ends with ("Acme Inc", "Tiffany & Co") or a title
    after a person's name ("Jorge Pinto MEP"): a source that names them may leave them out."""
    last = name.rpartition(" ")[2]
    if last.rstrip(".").lower() not in lex.company_heads and not lex.is_title(last):
        return name  # nearly every name
    words = name.split()
    while words and (words[-1].rstrip(".").lower() in lex.company_heads
                     or lex.is_title(words[-1])):
        words.pop()
    return " ".join(words).rstrip(" &")


_STEM = 4  # letters of the word after a compass word: "South Africa" for "South African"

# A name's initials as written: "S.R.", "J. R. R." (a source may set them apart or run them on).
_INITIALS = re.compile(r"(?:[^\W\d_]\.\s?)+[^\W\d_]\.?")
# An acronym as written: "GDP", "A&E", "MPs".
_ACRONYM = re.compile(r"[A-Z](?:&?[A-Z]){1,7}s?")
# A person named by nation: "scotsman", "dutchwoman", "frenchmen" (the nation's word first).
_NATIONAL = re.compile(r"([a-z]{4,}?)(?:wo)?m[ae]n")
# A Roman numeral, lower-cased as names are compared: "iii" of "Phase III".
_ROMAN_WORD = re.compile(ROMAN_NUMERAL, re.IGNORECASE)
# A regnal number ending a name as written: "Henry VIII", "John XXIII" (capitals of I, V and X
# only, two or more: "Jet Li" and "Lady Di" end in no number).
_REGNAL_NUMBER = re.compile(r"\s(?=[IVX]{2,}\b)(?:" + ROMAN_NUMERAL + r")$")
# One whose small letters stand for its small words: "BoE" (Bank of England), "DfE", "HoC".
_MIXED_ACRONYM = re.compile(r"(?:[A-Z][a-z]{0,2}){1,3}[A-Z]")


def _a_plural_of(word: str, source: SourceNames) -> bool:
    """Whether ``word`` is the plural of a word of the source's: a name's common last word
    said of several ("the Devon Reds" for "Devon Red cattle")."""
    return word.endswith("s") and word[:-1] in source.words


def _as_roman_number(word: str, source: SourceNames) -> bool:
    """Whether the source writes the Roman numeral ``word`` in digits or as an ordinal."""
    value = roman_value(word.upper())
    return str(value) in source.words or ordinal_word(value) in source.words


def _names(name: str, source: SourceNames, lists: NameLists, person: bool) -> bool:
    same_names = lists.same_names
    name = name.replace("’", "'")
    owner, mark, owned = name.partition("'s ")
    if mark and owner and owned.strip():
        # "the OHL's Wolves", "Manitoba's Sudbury Wolves": the owner and what it owns, each
        # named by the source; what is owned only in common words is described, not named
        # ("Voskuijlen's Third Symphony" for "Symphony No. 3")
        owned = owned.strip()
        described = all(is_common_word(word) for word in owned.split())
        return _names(owner, source, lists, False) and (
            described or _names(owned, source, lists, person))
    name = _POSSESSIVE.sub("", name)  # "the BHPA's": the acronym
    compound = _NAME_BEFORE_A_WORD.fullmatch(name)
    if compound:  # "Japanese-made", "Leeds-based": the name before the word
        return _names(compound["name"], source, lists, person)
    if _INITIALS.fullmatch(name):  # "S.R." as "S. R." or "SR"
        written = re.findall(r"[^\W\d_]", name.lower())
        if source.has_phrase(" ".join(written)) or source.has_phrase("".join(written)):
            return True
    if _ACRONYM.fullmatch(name):
        letters = name.rstrip("s").replace("&", "").lower()
        if (len(letters) >= 2 or "&" in name) and source.has_expansion(letters):
            return True  # "GDP" for "gross domestic product", "EVs" for "electric vehicles"
        if name.endswith("s") and len(letters) >= 2 and source.has_phrase(letters):
            return True  # "LEDs" for the source's "LED lamps"
    elif _MIXED_ACRONYM.fullmatch(name) and source.has_mixed_expansion(name):
        return True
    elif name.islower() and name.isalpha() and 3 <= len(name) <= 6 and not is_common_word(name) and (
            source.has_expansion(name) or (name.endswith("s") and name[:-1] in source.capitals)):
        return True  # "iopc" of a lower-cased summary, spelled out by its source; "leds": LED
    phrase = _normal_name(name)
    phrase = _POSSESSIVE.sub("", phrase).strip()
    if not phrase or source.has_phrase(phrase):
        return True
    if any(source.has_phrase(other) for other in map(_normal_name, same_names.get(phrase, ()))):
        return True
    words = [word for word in phrase.split()
             if len(word) > 1 and word not in source.connectors]
    if any(word in lists.compass and not re.search(
            rf"[\s-]{re.escape(word)}[\s-]+{re.escape(after[:_STEM])}", source.text)
           for word, after in pairwise(words)):
        return False  # "North Holland" is not named by a source of "Holland" and "North Sea"
    named = [word for word in words if word not in lists.heads] or words
    if len(words) > 1 and _REGNAL_NUMBER.search(name) and not (
            words[-1] in source.words or _as_roman_number(words[-1], source)):
        return False  # "Henry VII" is not "Henry the Eighth"
    distinctive = [word for word in named if not is_common_word(word)]
    kinds = [word for word in words if word in lists.institution_heads]
    if kinds and len(distinctive) < len(named) and not any(
            source.has_word_like(kind) for kind in kinds) and (
            "".join(word[0] for word in words) not in source.capitals):
        # "Georgia Historical Society" is not named by a source that names Georgia and no
        # society (nor "GHS"): a name with a common word beside its own needs its kind too
        return False
    if person and len(named) > 1:
        distinctive = named[-1:]  # a first name names many people

    elif not distinctive and named:
        # "Financial Conduct Authority": its words, not "Authority"; one of three or more may
        # be said otherwise ("Second World War" for "World War II")
        missing = sum(not (source.has_word_like(word) or _as_digits(word) in source.words
                           or _a_plural_of(word, source)
                           or source.has_demonym_of(word, lists.endings)
                           # "Dutch" for "the Netherlands" in a name of two words ("a
                           # Dutch Lakeland terrier"); a longer one is an institution's
                           or (len(named) == 2 and any(source.has_phrase(other) for other in map(
                               _normal_name, same_names.get(word, ())))))
                      for word in named)
        if missing <= (len(named) >= 3):
            return True
    # (an acronym among a name's words: "Harbour Street CLT" for "… Community Land Trust")
    acronyms = {word.lower() for word in name.split() if _ACRONYM.fullmatch(word)}
    for word in distinctive:
        if source.has_word_like(word) or word in source.acronyms:
            return True
        if word in acronyms and len(word.rstrip("s")) >= 2 and source.has_expansion(
                word.rstrip("s")):
            return True
        if is_common_word(word) and _a_plural_of(word, source):
            return True  # "32 Devon Reds" for "32 Devon Red cattle"
        if source.has_spelling_of(word):  # "Arniko" for "Araniko", "Atletico" for "Atlético"
            return True
        if word.endswith("s") and word[:-1] in source.acronyms:  # "MPs"
            return True
        if _ROMAN_WORD.fullmatch(word) and _as_roman_number(word, source):
            return True  # "Phase III" for "phase 3", "Henry VIII" for "Henry the Eighth"
        national = _NATIONAL.fullmatch(word)
        if national and (source.has_word_like(national[1]) or any(
                source.has_phrase(other)
                for other in map(_normal_name, same_names.get(national[1], ())))):
            return True  # "the Welshman" of a source's "Welsh", "Wales"
        if any(source.has_phrase(other)
               for other in map(_normal_name, same_names.get(word, ()))):
            return True
        if source.has_demonym_of(word, lists.endings):
            return True  # "Cornish" for "Cornwall"
    # "New York Times" for a source's "NYT": the initials, written in capitals there
    initials = "".join(word[0] for word in words)
    return len(initials) >= 3 and initials in source.capitals


# A name and a lower-case word joined by a hyphen: "Japanese-made", "Leeds-based", "UK-born"
_NAME_BEFORE_A_WORD = re.compile(r"(?P<name>[A-Z][\w'’]*)-[a-z]+")
# Between two capitalized names of one longer name: "Royal Society for the Protection of Birds",
# "Competition and Markets Authority".
_WITHIN_A_NAME = re.compile(r"\s+(?:[a-z]{1,4}\s+){1,2}")


def abbreviated_runs(claim: Claim, indexes: Sequence[SourceNames]
                      ) -> Iterator[tuple[int, int]]:
    """The spans of names joined by one or two small words into a longer name whose initials a
    source writes as its acronym ("RSPB" for "Royal Society for the Protection of Birds"; the
    name reader splits it at "for the")."""
    names = sorted(claim.names, key=lambda name: name.span.start)
    start = claim.span.start
    run: list[Name] = []
    for name in [*names, None]:
        if name is not None and run and _WITHIN_A_NAME.fullmatch(
                claim.text, run[-1].span.end - start, name.span.start - start):
            run.append(name)
            continue
        if len(run) > 1:
            words = claim.text[run[0].span.start - start:run[-1].span.end - start].split()
            initials = "".join(word[0] for word in words if word[:1].isupper()
                               and word.lower() != "the").lower()
            if len(initials) >= 3 and any(initials in index.capitals or initials in
                                          index.acronyms for index in indexes):
                yield run[0].span.start, run[-1].span.end
        run = [name] if name is not None else []


@dataclass(frozen=True)
class OtherPart:
    """A part of a place the claim names ("eastern Uganda") where its sources name only other
    parts of it ("western Uganda")."""

    start: int  # of the claim's phrase, in the claim's text
    end: int
    theirs: str  # the source's phrase: "western Uganda"


def other_parts(claim: Claim, sources: Sequence[SourceReading], lists: NameLists
                ) -> Iterator[OtherPart]:
    """Each "<compass word> <Name>" of the claim ("eastern Uganda", "south-east England")
    whose name its sources give only after other compass words ("western Uganda"); a source
    that names the place bare says nothing of which part."""
    for found in lists.compass_before_a_name.finditer(claim.text):
        mine = _compass_key(found.group("compass"))
        before_it = re.compile(rf"\b(?P<compass>{lists.compass_alternation})\s+"
                               rf"{re.escape(found.group('name'))}\b", re.IGNORECASE)
        theirs = [other for source in sources for other in before_it.finditer(source.text)]
        if theirs and all(_compass_key(other.group("compass")) != mine for other in theirs):
            yield OtherPart(start=found.start(), end=found.end(), theirs=theirs[0].group())


def _compass_key(word: str) -> str:
    """"south-eastern", "South East", "southeast": one key."""
    return re.sub(r"[\s-]", "", word.lower()).removesuffix("ern")
