"""Where a claim puts a thing that its cited source puts somewhere else: "processed at a sawmill
in Strathcarn" where the source has "processed at a sawmill in Inverallan" and names Strathcarn
for something else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.alignment import content_words, normalize
from factcheck.extract.grammar import grammar
from factcheck.extract.inflection import singular
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.names import is_common_word
from factcheck.models import Claim
from factcheck.sources import SourceReading
from factcheck.support.passages import as_cased


@dataclass(frozen=True)
class OtherPlace:
    """A thing the claim puts in one place that a cited source puts in another."""

    thing: str  # the word before the place, as the claim writes it: "sawmill"
    place: str  # the claim's: "Strathcarn"
    given: str  # the source's: "Inverallan"
    said: str  # the source's words for it: "sawmill in Inverallan"
    source: str  # the reference's id
    passage: str  # the source sentence that puts it there


def placed_elsewhere(claim: Claim, sources: Sequence[SourceReading], lex: LexiconLookup
                     ) -> list[OtherPlace]:
    """Each place the claim gives a thing ("a sawmill in Strathcarn", "talks due to resume in
    Kilbrannan") where no cited source sentence with the thing names that place while one puts
    the thing in or at another, or where the source sentence most like the claim's words around
    the place puts it in another. A place no source names is left to
    `citation.entity-not-in-source`; a thing that is a function word, a time or a common word
    as a place ("in March", "at Home") is not read."""
    text = as_cased(claim.text, sources)
    found = _thing_placed_elsewhere(text, sources, lex)
    given = {other.place for other in found}
    found += [other for other in _event_placed_elsewhere(text, sources, lex)
              if other.place not in given]
    return found


def _thing_placed_elsewhere(text: str, sources: Sequence[SourceReading], lex: LexiconLookup
                            ) -> list[OtherPlace]:
    """Each place the claim gives a thing, read by the thing's own word before it, or by its
    name ("Holt Forge Bakery in Marlow")."""
    found: list[OtherPlace] = []
    for placed in (lex.derived(_placed), lex.derived(_name_placed)):
        found += _placed_elsewhere_by(placed, text, sources, lex)
    return found


def _placed_elsewhere_by(placed: re.Pattern[str], text: str, sources: Sequence[SourceReading],
                         lex: LexiconLookup) -> list[OtherPlace]:
    found: list[OtherPlace] = []
    for match in placed.finditer(text):
        thing, place = match.group("thing"), match.group("place")
        if " " in thing and not _a_name_of_its_own(text, match, lex):
            continue
        if not _a_place(thing, place, lex) or not any(
                _named(place, source.text) for source in sources):
            continue
        with_thing = [(source, sentence.text) for source in sources
                      for sentence in source.sentences if _has_thing(sentence.text, thing)]
        # (things of the claim's kind the source puts somewhere are not the claim's one: "yards
        # in Italy, Peru and China" for "a mill in Farley", "dye works in Italy, Turkey and
        # Japan": a list of places)
        others = [(source, said, other) for source, said in with_thing
                  for other in placed.finditer(said)
                  if singular(other.group("thing").lower()) == singular(thing.lower())
                  and not _many_for_one(thing, other.group("thing"))
                  and not _LIST_AFTER.match(said, other.end())
                  and _one_relation(match, other, lex)
                  and (match.group("part") or not other.group("part"))
                  and _a_place(other.group("thing"), other.group("place"), lex, named_anyway=True)
                  and not _named(place, other.group("place"))
                  and not _named(other.group("place"), place)  # ("Kelby's Market Square")
                  and not _a_region(place, other.group("place"), lex)]
        following = normalize(text[match.end():]).split()[:1]
        if following and any(f" {normalize(match.group())} {following[0]} " in source.names.text
                             for source in sources):
            continue  # a source has the claim's words and the next ("sale in Kidderminster in")
        if others and _described_there(text, match.start("thing"), place, sources, others,
                                       lex):
            continue  # ("a seafood restaurant in Kelby": "The Net Loft … Kelby … seafood")
        if any(_named(place, _near_thing(_others_places_blank(said, thing, placed), thing))
               for _, said in with_thing):
            # the source may put it there in other words ("the Strathcarn sawmill"), unless
            # the claim copies the words before the thing that the source puts elsewhere
            # ("whose family farms 340 acres near Yakelton" for "… 340 acres near Granby Flats")
            context = _words_before(text, match.start("thing"))
            copied = f" {' '.join(context)} {normalize(match.group())} "
            others = [] if any(copied in source.names.text for source in sources) else [
                (source, said, other) for source, said, other in others
                if context and not _named(place, _near_thing(said, thing))
                and _words_before(said, other.start("thing")) == context]
        # (nor where the source has the claim's place as one the other is in, "a field near
        # the village of Brantham in Suffolk" for "a field in Suffolk", or has
        # one place in the other anywhere; nor where the claim names the other place right
        # after its own, "drivers at Harcourt Coaches in Preston")
        further = lex.derived(_further_places)
        claimed_next = " ".join(text[match.end():].split()[:NEXT_WORDS])
        others = [(source, said, other) for source, said, other in others
                  if not _named(place, _further(further, said, other.end()))
                  and not _named(other.group("place"), claimed_next)
                  and not _one_within_the_other(place, other.group("place"), sources)]
        found.extend(OtherPlace(thing=thing, place=place, given=other.group("place"),
                                said=other.group(), source=source.id, passage=said)
                     for source, said, other in others)
    return found


def _event_placed_elsewhere(text: str, sources: Sequence[SourceReading], lex: LexiconLookup
                            ) -> list[OtherPlace]:
    """Each place the claim gives what its words around the place tell ("hail smashed
    greenhouse roofs near Dunhollow on Tuesday") where the source sentence that shares the most
    of those words, and far more than any sentence naming the claim's place, puts it in
    another place of the same kind ("hail smashed greenhouse roofs and dented cars near the
    hamlet of Pexton on Tuesday"). The places must be alike: a town's name and a town's, not a
    street's and a town's, not a named building and a county, and neither a country or region
    of the lexicon, which may hold the other without a source saying so."""
    put = lex.derived(_put)
    found: list[OtherPlace] = []
    for match in put.finditer(text):
        place = match.group("place")
        if not _a_place_name(place, lex) or _loosely_put(text, match, lex) \
                or not text[:match.start()].strip() \
                or not any(_named(place, source.text) for source in sources):
            continue
        said_so = f" {normalize(f'{_word_before(text, match.start())} {match.group()}')} "
        if any(said_so in source.names.text for source in sources):
            continue  # a source has the claim's words for it too ("a sale in Ludlow")
        words = content_words(_around(text, match), lex) - content_words(place, lex)
        ranked = sorted(((len(words & sentence.words), source, sentence.text)
                         for source in sources for sentence in source.sentences),
                        key=lambda ranking: -ranking[0])
        if not ranked:
            continue
        shared, source, said = ranked[0]
        if shared < ALIGNED or 2 * shared < len(words) or any(
                _named(place, other_said) and other_shared > shared - ALIGNED_BY
                for other_shared, _, other_said in ranked):
            continue
        # (of the sentence's places, the one whose words around it are most like the claim's:
        # "based in Ashmoor, also runs a bakery at Tollerton, where production will rise")
        others = sorted(((len(words & content_words(_either_side(said, other), lex)), other)
                         for other in put.finditer(said)
                         if _a_place_name(other.group("place"), lex, named_anyway=True)
                         and _alike(match, other, lex) and not _loosely_put(said, other, lex)
                         and not _named(other.group("place"), text)
                         and not _one_within_the_other(place, other.group("place"), sources)
                         and not _a_persons_name(other.group("place"), sources, lex)),
                        key=lambda near: -near[0])
        if others and others[0][0] >= NEAR_ALIGNED:
            other = others[0][1]
            found.append(OtherPlace(thing=_word_before(text, match.start()), place=place,
                                    given=other.group("place"), said=other.group(),
                                    source=source.id, passage=said))
    return found


# How many content words before a claim's place, and after it in its clause, tell what it is
# the place of; how many of them the aligned source sentence must share, and by how many more
# than any sentence naming the claim's place; how many the source's words around its own place
# must share (its other places may be of other things: "took aim at the Tarrow depot … at a
# rally joined by …").
AROUND_BEFORE = 8
AROUND_AFTER = 4
ALIGNED = 3
ALIGNED_BY = 2
NEAR_ALIGNED = 2


def _others_places_blank(said: str, thing: str, placed: re.Pattern[str]) -> str:
    """``said`` with the places it gives other things blanked out: "a unit in Ashbury, 22 miles
    from its main site in Kelmington" puts no unit in Kelmington."""
    for other in placed.finditer(said):
        if singular(other.group("thing").lower()) != singular(thing.lower()):
            start, end = other.span("place")
            said = f"{said[:start]}{' ' * (end - start)}{said[end:]}"
    return said


def _around(text: str, match: re.Match[str]) -> str:
    before = _SENTENCE_END.split(text[:match.start()])[-1].split()[-AROUND_BEFORE:]
    after = _CLAUSE_END.split(text[match.end():])[0].split()[:AROUND_AFTER]
    return " ".join(before + after)


_SENTENCE_END = re.compile(r"[.;:!?]\s")
_CLAUSE_END = re.compile(r"[.;:!?,]\s")


def _either_side(text: str, match: re.Match[str]) -> str:
    """The words of a source sentence within ``EITHER_SIDE`` of its place, across clauses: the
    sentence may say what happens there after it ("a bakery at Tollerton, where production
    will rise")."""
    return " ".join(text[:match.start()].split()[-EITHER_SIDE:]
                    + text[match.end():].split()[:EITHER_SIDE])


EITHER_SIDE = 12


def _word_before(text: str, at: int) -> str:
    words = text[:at].split()
    return words[-1] if words else ""


def _loosely_put(text: str, match: re.Match[str], lex: LexiconLookup) -> bool:
    """Whether a place stands loosely: as a modifier after "a" ("at a Dorset hotel"), or
    first in a list ("in the Ridley, Marsh End and Moorgate areas")."""
    before = text[:match.start("place")].split()
    return (bool(before) and before[-1].lower() in lex.words("indefinite_articles")) or bool(
        _LIST_AFTER.match(text, match.end()))


def _alike(claimed: re.Match[str], said: re.Match[str], lex: LexiconLookup) -> bool:
    """Whether two places are of one kind: both where a thing is (by ``_one_relation``), both
    named with a common word's head or both without ("Corn Hall", "Maltby Town Hall";
    "Dunhollow", "Pexton"), and neither a region (``_a_region``)."""
    ours, theirs = claimed.group("place"), said.group("place")
    return (_relation(claimed.group("preposition"), lex) != "origin_prepositions"
            and _one_relation(claimed, said, lex) and _headed(ours) == _headed(theirs)
            and not _a_region(ours, theirs, lex) and not _named(ours, theirs)
            and not _named(theirs, ours))


def _a_persons_name(name: str, sources: Sequence[SourceReading], lex: LexiconLookup) -> bool:
    """Whether a source writes the name's last word as a person's: after a title, before an
    age or next to a verb of speech ("took aim at Ray Dunn" where "Dunn said";
    lexicon titles, age_after_name_words, speech_verbs)."""
    written = re.sub(r"['’]s$", "", name.split()[-1])
    last = re.escape(written)
    speech = lex.alternation("speech_verbs")
    person = re.compile(
        rf"\b{last}\s*,\s*(?:(?:{lex.alternation('age_after_name_words')})\s+)?\d{{1,3}}\s*,"
        rf"|\b{last}\s+(?:{speech})\b"
        rf"|\b(?:{speech})\s+{last}\b")
    titled = lex.derived(_titled_name)  # (the titles' long alternation compiled once)
    return any(person.search(source.text) or any(
        found.group("last") == written for found in titled.finditer(source.text))
        for source in sources)


def _titled_name(lex: LexiconLookup) -> re.Pattern[str]:
    """A title and a name's one or two words after it: "Councillor Ray Dunn", "Ms Dunn"."""
    return re.compile(rf"\b(?:{lex.alternation('titles')})\s+(?:[A-Z][\w'’-]*\s+)?"
                      r"(?P<last>[A-Z][\w'’-]*)")


def _headed(place: str) -> bool:
    return " " in place and is_common_word(place.split()[-1])


def _a_region(one: str, other: str, lex: LexiconLookup) -> bool:
    """Whether either place is a country or region of the lexicon ("Norway"), which may hold
    the other though no source says so ("near Bergsund")."""
    regions = lex.derived(_regions)
    return one.lower() in regions or other.lower() in regions


def _regions(lex: LexiconLookup) -> frozenset[str]:
    return frozenset(word.lower() for place in lex.lexicon.places.values()
                     for word in place.words())


def _put(lex: LexiconLookup) -> re.Pattern[str]:
    """One of lexicon placing_prepositions, perhaps a determiner ("at its Brackwell plant")
    or "the village of" and the like (lexicon place_nouns), and a capitalized place."""
    nouns = lex.alternation("place_nouns")
    return re.compile(
        rf"\b(?P<preposition>{lex.alternation('placing_prepositions')})\s+"
        rf"(?:(?:{lex.alternation('determiners')})\s+)?(?:(?:[a-z-]+\s+){{0,3}}(?:{nouns})\s+of\s+)?"
        r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")


NEXT_WORDS = 4  # after a claim's place, in which it may name the source's as well
MODIFIERS = 3  # words of a thing's own before it: "a seafood restaurant", "the free-range egg unit"


def _described_there(text: str, at: int, place: str, sources: Sequence[SourceReading],
                     others: Sequence[tuple[SourceReading, str, re.Match[str]]],
                     lex: LexiconLookup) -> bool:
    """Whether a source sentence that names the claim's place has a content word of the
    thing's own words before it (after its article, at most ``MODIFIERS``) that no sentence
    putting the thing elsewhere has: it may describe the claim's thing there in other words
    ("a seafood restaurant in Kelby" for "The Net Loft in the harbour town of Kelby …
    cooks seafood")."""
    modifiers: list[str] = []
    for word in reversed(normalize(text[max(0, at - 40):at]).split()):
        if word in lex.words("determiners") or len(modifiers) == MODIFIERS:
            break
        modifiers.insert(0, word)
    described = set(content_words(" ".join(modifiers), lex)).difference(
        *(content_words(said, lex) for _, said, _ in others))
    return bool(described) and any(_named(place, sentence.text) and described & sentence.words
                                   for source in sources for sentence in source.sentences)


# How many words before a thing the claim must copy from the source's sentence that puts the
# thing elsewhere, where another of its sentences names the claim's place.
CONTEXT_WORDS = 3


def _words_before(text: str, at: int) -> tuple[str, ...]:
    words = tuple(normalize(text[max(0, at - 80):at]).split()[-CONTEXT_WORDS:])
    return words if len(words) == CONTEXT_WORDS else ()


# How many words either side of a thing a source sentence may give the claim's place for it
# in other words ("the Strathcarn sawmill", "the sawmill at Kinloch, near Strathcarn"); further
# off, the place is another thing's ("carved in Antwerp around 1510 for a Ludwick guild of
# tanners").
NEAR_WORDS = 6


def _near_thing(text: str, thing: str) -> str:
    """The words of ``text`` within ``NEAR_WORDS`` of each place it names the thing."""
    words = text.split()
    key = [singular(word.lower()) for word in thing.split()]  # (a name's words, in order)
    size = len(key)
    at = [index for index in range(len(words) - size + 1)
          if [singular(word.lower().strip(",.;:'’")) for word in words[index:index + size]]
          == key]
    return " ".join(" ".join(words[max(0, index - NEAR_WORDS):index + size + NEAR_WORDS])
                    for index in at)


def _one_within_the_other(one: str, other: str, sources: Sequence[SourceReading]) -> bool:
    """Whether a source puts one place in the other, either way round: "MARLOWE, England" (a
    dateline), "Brantham in Suffolk", "Kilbrannan, Argyll"."""
    first, second = (re.escape(place.split()[0]) for place in (one, other))
    return any(not _listed(source.text, found)
               for inner, outer in ((first, second), (second, first)) for source in sources
               for found in re.finditer(
                   rf"(?i:\b{inner}\b)[\w'’ -]{{0,30}}?(?:,|\s+in)\s+(?:the\s+)?{outer}\b",
                   source.text))


def _listed(text: str, found: re.Match[str]) -> bool:
    """Whether two places set side by side with a comma stand in a list of places ("visit
    Carlow Bridge, Eastmere, Pendleford and Wickham"): neither is in the other."""
    return "," in found.group() and bool(_LIST_BEFORE.search(text, 0, found.start())
                                         or _LIST_AFTER.match(text, found.end()))


_LIST_BEFORE = re.compile(r"[A-Z][\w'’-]*,\s+\Z")
_LIST_AFTER = re.compile(r"(?:,|\s+and|\s+or)\s+[A-Z]")


def _further(places: re.Pattern[str], text: str, at: int) -> str:
    found = places.match(text, at)
    return found.group() if found else ""


def _further_places(lex: LexiconLookup) -> re.Pattern[str]:
    """Places after a place, each after a comma or one of lexicon placing_prepositions ("…,
    near Strathcarn", "… in the county of Argyll")."""
    nouns = lex.alternation("place_nouns")
    place = (rf"(?:the\s+(?:[a-z-]+\s+){{0,3}}(?:{nouns})\s+of\s+)?"
             r"[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*")
    return re.compile(
        rf"(?:\s*,?\s+(?:{lex.alternation('placing_prepositions')})\s+{place}|\s*,\s+{place})*")


def _one_relation(claimed: re.Match[str], said: re.Match[str], lex: LexiconLookup) -> bool:
    """Both where a thing is ("in", "at", "near"), both where it comes from (lexicon
    origin_prepositions: "from"), or both what it stands on (lexicon surface_prepositions:
    "on"): "a sentence from Recorder Whitlock" is not put anywhere by "a sentence at Dunholm
    Crown Court", nor "a plant in Tarlow" by "the plant on Riverside Way"."""
    return _relation(claimed.group("preposition"), lex) == _relation(said.group("preposition"), lex)


def _relation(preposition: str, lex: LexiconLookup) -> str:
    word = preposition.lower()
    for kind in ("origin_prepositions", "surface_prepositions"):
        if word in lex.words(kind):
            return kind
    return "placing_prepositions"


def _a_place(thing: str, place: str, lex: LexiconLookup, named_anyway: bool = False) -> bool:
    """Whether ``thing`` and ``place`` read as a thing put somewhere. A place that is a common
    word ("in Brindle", "at Home") is one only where ``named_anyway``: a source's capitalized
    word after a placing preposition names a place whatever else it means, while a claim's
    may be a lower-cased claim recased."""
    # (a short word is a verb's or a function word's: "was in", "and at")
    return len(thing) > _SHORT and thing.lower() not in grammar(lex).function_words and (
        _a_place_name(place, lex, named_anyway))


def _a_place_name(place: str, lex: LexiconLookup, named_anyway: bool = False) -> bool:
    return place.split()[0].lower() not in lex.calendar_words() and (
        " " in place or named_anyway or not is_common_word(place))


_SHORT = 3


def _many_for_one(mine: str, theirs: str) -> bool:
    """Whether the source's thing is a plural where the claim's is one: "yards", "yard"."""
    return singular(mine.lower()) == mine.lower() and singular(theirs.lower()) != theirs.lower()


def _named(place: str, text: str) -> bool:
    """Whether ``text`` names the place (its first word will do: "Brixton" of "Brixton
    Falls")."""
    return re.search(rf"\b{re.escape(place.split()[0])}\b", text) is not None


def _has_thing(text: str, thing: str) -> bool:
    key = re.escape(singular(thing.lower()))
    return re.search(rf"\b{key}(?:s|es)?\b", text, re.IGNORECASE) is not None


def _name_placed(lex: LexiconLookup) -> re.Pattern[str]:
    """``_placed`` with a name of two to five capitalized words for the thing ("Holt Forge
    Bakery in Marlow", "Crane Lane Bakery in Marlow")."""
    # (a capital first, so that the engine skips to one; what stands before it is checked
    # after: ``_a_name_of_its_own``)
    return re.compile(r"(?P<thing>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){1,4})\s+"
                      + _put_after_a_thing(lex))


def _a_name_of_its_own(text: str, match: re.Match[str], lex: LexiconLookup) -> bool:
    """Whether a thing's name starts a word and no sentence's opening word opens it ("In
    Holt Forge Bakery", "The Forge Bakery")."""
    start = match.start("thing")
    return not (start and (text[start - 1].isalnum() or text[start - 1] in "'’&-")) and (
        not lex.opens_sentence(match.group("thing").split()[0]))


def _placed(lex: LexiconLookup) -> re.Pattern[str]:
    """A word, one of lexicon placing_prepositions ("in", "from") and a place: its name, after
    "the city of" and the like (lexicon place_nouns) if they stand before it ("resume in the
    neutral city of Hallenberg"), or after "the" (group ``part``: "at the Stenford end", "in
    the Hillcrest area"), which names a part of a place: read only against a claim's place
    after "the" too, as the claim's plain place may hold it ("homes in Westford")."""
    return re.compile(r"\b(?P<thing>[a-z][a-z-]+)\s+" + _put_after_a_thing(lex))


def _put_after_a_thing(lex: LexiconLookup) -> str:
    """The pattern after a thing, in ``_placed`` and ``_name_placed``: the preposition, "the
    city of" and the like or "the" (group ``part``), and the place."""
    nouns = lex.alternation("place_nouns")
    return (rf"(?P<preposition>{lex.alternation('placing_prepositions')})\s+"
            rf"(?:the\s+(?:[a-z-]+\s+){{0,3}}(?:{nouns})\s+of\s+|(?P<part>the\s+))?"
            r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
