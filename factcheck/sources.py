"""The sources stage: each cited source's text, read once, between load and extract.

    load → sources → extract → facts → match → findings → report

A reference that carries a text (a file of the article's ``.sources`` folder or of
``--sources``, the text of a structured article's reference, a rule example's source) and that
a marker of the article cites is read here with the article extractor, reading its figures
only (``SOURCE_FIGURES``), so "3,000", "3000" and "three thousand", or "87%" and "87 per
cent", are one number on both sides. What the citation rules compare a claim with is kept in
a typed ``SourceReading``: the source's figures by family, sorted by value; its sentences with
their content words; its words and acronyms, for names; its normalized text, for quotations.
The lexicon's actors it names are read only when a rule asks (``source_actors``): most names
are found in its words.

The rules get the readings through ``RuleContext.sources`` and only compare: no rule reads a
source. The Document is not changed: the readings are this stage's own value.

A reading is kept for the process, by text, lexicon and reference id (the 256 last), so the
articles of a batch that share a ``--sources`` folder read each of its files once per worker.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cached_property, lru_cache

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz.fuzz import ratio

from factcheck.extract import SOURCE_ACTORS, SOURCE_FIGURES, Lexicon, extract
from factcheck.extract.alignment import SentenceIndex, content_words, normalize
from factcheck.extract.chinese import has_han
from factcheck.extract.citations import cited_ids
from factcheck.extract.grammar import Grammar, grammar
from factcheck.extract.numbers import is_ordinal
from factcheck.extract.reading import reading
from factcheck.load import document_from_text
from factcheck.models import Claim, Document, Quantity, QuantityKind
from factcheck.models.trusted import trusted

__all__ = ["SourceFigures", "SourceNames", "SourceReading", "SourceSentence", "family",
           "normalize", "read_source", "read_sources"]

# Kinds that the same words can be read as on the two sides: "rose 10 per cent" is a change in
# one text and "10 per cent" a share in the other; "the $3 billion project" and "2001 Toyota"
# are amounts or years depending on what follows. Figures are kept by family; across families
# (10% against 10 people) a figure is not compared.
_FAMILY = {QuantityKind.PERCENT: "share", QuantityKind.PERCENT_CHANGE: "share",
           QuantityKind.POINTS: "share"}


def family(kind: QuantityKind) -> str:
    """"share" for percentages, changes and points; "amount" for every other kind."""
    return _FAMILY.get(kind, "amount")


def is_range(figure: Quantity) -> bool:
    """"2.5% to 3.5%", "$2.10-$2.25": a span of values, which states none of them as a change."""
    return _RANGE.search(figure.text) is not None


_RANGE = re.compile(r"\d(?:%|\s?(?:per\s?cent|[a-z]{1,3}))?\s?(?:–|—|-|to|and)\s?\D{0,3}\d",
                    re.IGNORECASE)  # ("19.4 percent and 27.8 percent")


def _with_its_ends(figure: Quantity) -> list[Quantity]:
    """A figure, and for a range each of its ends as a figure of its own value: a claim may
    state one end ("from $2.60-$2.75" read as two amounts, against "a range of $2.60 to
    $2.75")."""
    low, high = figure.interval.low, figure.interval.high
    if low is None or high is None or low == high or not is_range(figure):
        return [figure]
    return [figure, *(figure.model_copy(update={
        "value": end, "interval": figure.interval.model_copy(update={"low": end, "high": end})})
        for end in (low, high))]


# Vowels (and y): after a word's first letter, transliterations differ most in them.
_VOWELS = frozenset("aeiouy")
# Shorter words have too few consonants left to tell names apart ("Mina", "Mona").
VARIANT_LENGTH = 6
# How alike two spellings with one key must still be (rapidfuzz's ratio): "Harris" and
# "Heroes" share a key but little else.
VARIANT_LIKENESS = 75.0


# Latin letters that Unicode does not decompose into a plain letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ð": "d", "ø": "o", "ı": "i", "ħ": "h",
                               "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"})


def fold(word: str) -> str:
    """The word's letters, lower-cased and without accents ("Atlético": "atletico",
    "Skłodowska": "sklodowska")."""
    lowered = word.lower()
    if lowered.isascii():  # most words: no accent to take off
        return lowered if lowered.isalpha() else "".join(filter(str.isalpha, lowered))
    return "".join(char for char in unicodedata.normalize("NFKD", lowered.translate(_UNDECOMPOSED))
                   if char.isalpha() and not unicodedata.combining(char))


def spelling_key(folded: str) -> str:
    """What two spellings of one name share, from their ``fold``: the first letter and the
    consonants after it, doubled letters once ("araniko" and "arniko", "muhammad" and
    "mohammed", "gaddafi" and "gadafi" meet; "johnson" and "johnston" do not)."""
    key = folded[:1]
    for char in folded[1:]:
        if char not in _VOWELS and char != key[-1]:
            key += char
    return key


# A word in capitals, dotted or not: "NYT", "BBC", "U.S.".
_IN_CAPITALS = re.compile(r"\b(?:[A-Z]{2,8}|[A-Z](?:\.[A-Z]){1,7}\.?)(?![\w.])")
_CAPITALIZED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|de)\s+)?[A-Z][\w'’-]*)+")


class SourceSentence(BaseModel):
    """One sentence of a source, to align claims with."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="The sentence, spaces collapsed, to quote")
    words: frozenset[str] = Field(description="Its content-word stems")
    end: int = Field(description="Offset in the source's text where it ends")


class SourceFigures(BaseModel):
    """A source's figures of one family, sorted by value, so a claim's figure looks up only
    the nearby ones."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    values: tuple[float, ...] = Field(description="The figures' values, ascending")
    figures: tuple[Quantity, ...] = Field(description="The figures, in the same order")

    def between(self, low: float, high: float) -> tuple[Quantity, ...]:
        """The figures from ``low`` to ``high``, both included."""
        return self.figures[bisect_left(self.values, low):bisect_right(self.values, high)]


LONG_ACRONYM = 4  # letters


# How alike (rapidfuzz's ratio, 0-100) a word's other form sharing its stem must be: "Olympics"
# for "Olympic" (93), "Canadian" for "Canada" (86); not "Aldridge" for "Aldred" (71).
_ANOTHER_FORM = 80


class SourceNames(BaseModel):
    """What names are looked up in: a source's words, lower-cased, and the acronyms its
    capitalized names make ("National Health Service" -> "nhs"). ``connectors`` are the
    lexicon's words that join a name's capitalized words ("Bank of England")."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="The normalized text, with a space at each end")
    words: frozenset[str] = Field(description="Its words, and possessives without 's")
    sorted_words: tuple[str, ...] = Field(description="The same words, sorted, for stems")
    acronyms: frozenset[str]
    capitals: frozenset[str] = Field(description="Its words written in capitals, lower-cased "
                                                 "(\"NYT\", \"U.S.\": nyt, us)")
    connectors: frozenset[str]

    @classmethod
    def of(cls, text: str, normalized: str, connectors: frozenset[str]) -> SourceNames:
        words = normalized.split()
        # "HBO's" names HBO: possessives count as the name itself.
        known = frozenset([*words, *(word[:-2] for word in words if word.endswith("'s"))])
        initials = ["".join(word[0] for word in run.group().split() if word not in connectors)
                    for run in _CAPITALIZED_RUN.finditer(text)]
        # Also without the first word, which may only be capitalized as a sentence's first.
        acronyms = frozenset(
            acronym.lower() for full in initials for acronym in (full, full[1:]) if acronym)
        capitals = frozenset(written.replace(".", "").lower()
                             for written in _IN_CAPITALS.findall(text))
        return trusted(cls, text=f" {normalized} ", words=known,
                       sorted_words=tuple(sorted(known)), acronyms=acronyms,
                       capitals=capitals, connectors=connectors)

    def has_phrase(self, phrase: str) -> bool:
        """The normalized ``phrase`` as whole words of the source."""
        if has_han(phrase):
            return phrase in self.text  # Chinese sets no spaces between words
        return f" {phrase} " in self.text

    def has_word_like(self, word: str) -> bool:
        """The word, or one sharing its stem and alike: "Olympics" for "Olympic", "Israeli" for
        "Israel" (not "Aldridge" for "Aldred")."""
        if word in self.words:
            return True
        if len(word) < 5:
            return False
        stem = word[:max(4, len(word) - 2)]
        at = bisect_left(self.sorted_words, stem)
        while at < len(self.sorted_words) and self.sorted_words[at].startswith(stem):
            if ratio(word, self.sorted_words[at]) >= _ANOTHER_FORM:
                return True
            at += 1
        return False

    def has_demonym_of(self, word: str, endings: frozenset[str]) -> bool:
        """A word of the source that is ``word``'s first letters (four at least) and one of
        ``endings``, or whose first letters ``word`` is with one of them: "cornish" for
        "cornwall", "texans" for "texas", "cornwall" for "cornish"."""
        for length in range(len(word), 3, -1):
            stem = word[:length]
            if any(stem + ending in self.words for ending in endings):
                return True
        for ending in endings:
            stem = word[:-len(ending)]
            if len(stem) >= 4 and word.endswith(ending):
                # a long stem may change its last letter: "mozambican" for "mozambique"
                for start in (stem, stem[:-1]) if len(stem) >= 7 else (stem,):
                    at = bisect_left(self.sorted_words, start)
                    if at < len(self.sorted_words) and self.sorted_words[at].startswith(start):
                        return True
        return False

    def has_expansion(self, letters: str) -> bool:
        """Words of the source whose initials are ``letters`` (an acronym, lower-cased), one
        after another, connectors between them allowed: "gross domestic product" for "gdp",
        "accident and emergency" for "ae" (A&E), "mohammed bin salman" for "mbs", "john f
        kennedy" for "jfk". Words of two letters start none ("by both countries" is not
        "bbc"), but a word the source writes in capitals gives all its letters ("UK Health
        Security Agency" for "ukhsa")."""
        words = self.text.split()
        for first, word in enumerate(words):
            if word in self.capitals and len(word) < len(letters) and letters.startswith(word):
                found = len(word)
            elif word[0] != letters[0] or len(word) < 3 or word in self.connectors:
                continue
            else:
                found = 1
            at = first + 1
            # a long acronym may keep an older name's letters: "NIHR" for "National Institute
            # for Health and Care Research" (one word passed)
            passes = 1 if len(letters) >= LONG_ACRONYM else 0
            while found < len(letters) and at < len(words):
                word = words[at]
                if word[0] == letters[found] and len(word) != 2:
                    found += 1
                elif word in self.capitals and letters.startswith(word, found):
                    found += len(word)
                elif word not in self.connectors and len(word) > 3 and words[at - 1] != "and":
                    # (a word joined by "and" may be left out: "ECB" for "England and Wales
                    # Cricket Board")
                    if not passes:
                        break  # "Office for National Statistics": "for", "the", "on" are passed
                    passes -= 1
                at += 1
            if found == len(letters):
                return True
        return False

    def has_mixed_expansion(self, acronym: str) -> bool:
        """Words of the source that a mixed-case acronym abbreviates: a word of three letters
        or more for each capital, a small word for each run of small letters ("bank of
        england" for "BoE", "department for education" for "DfE")."""
        words = [rf"{re.escape(initial.lower())}[\w'’-]{{2,}}" if initial.isupper()
                 else rf"{re.escape(initial)}\w{{0,3}}"
                 for initial in re.findall(r"[A-Z]|[a-z]+", acronym)]
        return re.search(rf" {' '.join(words)} ", self.text) is not None

    def has_spelling_of(self, word: str) -> bool:
        """A word of the source that may be another spelling of ``word``: the same word
        without accents ("Lopez" for "López"), or, for words of ``VARIANT_LENGTH`` letters or
        more, the same ``spelling_key`` and still alike (``VARIANT_LIKENESS``): "Sulayman" for
        "Suleiman"."""
        folded = fold(word)
        if len(folded) < VARIANT_LENGTH:
            return folded in self.folded  # "Lopez" and "López", both ways
        from rapidfuzz import fuzz  # on first use: most names are found as written

        return any(fuzz.ratio(folded, other) >= VARIANT_LIKENESS
                   for other in self.spellings.get(spelling_key(folded), ()))

    @cached_property
    def folded(self) -> frozenset[str]:
        """The source's words without accents ("lopez" for "López"), made on first need."""
        return self.words | {fold(word) for word in self.words
                             if not (word.isascii() and word.isalpha())}

    @cached_property
    def spellings(self) -> dict[str, tuple[str, ...]]:
        """The source's long words (``fold``) by ``spelling_key``, made on the first name the
        source lacks."""
        keyed: dict[str, list[str]] = {}
        # (an accent or an apostrophe makes a word no longer than it is written)
        for folded in {fold(word) for word in self.words if len(word) >= VARIANT_LENGTH}:
            if len(folded) >= VARIANT_LENGTH:
                keyed.setdefault(spelling_key(folded), []).append(folded)
        return {key: tuple(words) for key, words in keyed.items()}

    @cached_property
    def memo(self) -> dict[tuple[str, int, bool], bool]:
        """(name, table of other names) -> found: rules look up the same names often."""
        return {}


class SourceReading(BaseModel):
    """A cited source's text as the citation rules compare claims with it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description="The reference's id, as written (e.g. '1', '^2')")
    text: str = Field(description="The source's text")
    figures: dict[str, SourceFigures] = Field(
        description="Its figures by family ('share', 'amount'; see ``family``)")
    sentences: tuple[SourceSentence, ...] = Field(description="Its sentences, in order")
    normalized: str = Field(description="Its text normalized (``normalize``), for quotations")
    content: frozenset[str] = Field(description="The content-word stems of its whole text")
    names: SourceNames
    durations: tuple[float, ...] = Field(
        description="The lengths of time it states, in days, ascending: \"a 48-hour strike\" "
                    "and \"a two-day strike\" state 2, \"the year to March\" 365.2425")
    own_year: int | None = Field(
        default=None, description="The year its dateline dates it (\"PITTSBURGH, Jan. 17, "
        "2024 —\": 2024); None without a dateline")
    own_date: str | None = Field(
        default=None, description="Its dateline's date as written (\"Jan. 17, 2024\"); None "
        "without a dateline")
    relative_years: tuple[int, ...] = Field(
        default=(), description="The years it names by their distance from its dateline's "
        "(``relative_years`` of the lexicon): \"last year\" under \"PITTSBURGH, Jan. 17, "
        "2024 —\" is 2023")

    # Derived from the fields above on first use (and kept): not every article needs them.
    @cached_property
    def index(self) -> SentenceIndex:
        """The sentences indexed by content word, to align a claim with."""
        return SentenceIndex([(sentence.text, sentence.words) for sentence in self.sentences])

    @cached_property
    def in_order(self) -> tuple[Quantity, ...]:
        """Its figures in the order of its text (a range's ends once)."""
        spans = {figure.span.start: figure for found in self.figures.values()
                 for figure in found.figures}
        return tuple(spans[start] for start in sorted(spans))

    @cached_property
    def lowered(self) -> str:
        """Its text lower-cased (the same length: a prefilter for phrase searches)."""
        return self.text.lower()

    @cached_property
    def figure_starts(self) -> tuple[int, ...]:
        """Where each of ``in_order`` starts, to find the figure at an offset."""
        return tuple(figure.span.start for figure in self.in_order)

    @cached_property
    def figure_ends(self) -> tuple[int, ...]:
        """Where each of ``in_order`` ends."""
        return tuple(figure.span.end for figure in self.in_order)

    @cached_property
    def sentence_ends(self) -> tuple[int, ...]:
        """Where each sentence ends, to find the one holding an offset."""
        return tuple(sentence.end for sentence in self.sentences)

    @cached_property
    def sentence_words(self) -> tuple[tuple[tuple[str, ...], str], ...]:
        """Each sentence's normalized words, and the same words as one string with a space at
        each end, to look for a run of words in."""
        normalized = [normalize(sentence.text) for sentence in self.sentences]
        return tuple((tuple(words.split()), f" {words} ") for words in normalized)

    @cached_property
    def content_text(self) -> str:
        """``content``, space-separated in order: how facts carry it."""
        return " ".join(sorted(self.content))


def read_sources(document: Document, lexicon: Lexicon) -> dict[str, SourceReading]:
    """The reading of each reference of ``document`` that carries a text and that a marker of
    the text cites, by its id without a footnote's ``^``, in reference order (a later
    reference of the same id wins). A ``--sources`` folder shared by a batch may hold hundreds
    of sources, of which one article cites a few."""
    with_text = [ref for ref in document.references if ref.text]
    if not with_text:
        return {}  # most articles: no source text to read, no markers to look for
    cited = cited_ids(reading(document.text).text)
    return {ref.id.lstrip("^"): read_source(ref.text, lexicon, ref.id)
            for ref in with_text if ref.id.lstrip("^") in cited}


@lru_cache(maxsize=256)
def read_source(text: str, lexicon: Lexicon, id: str = "") -> SourceReading:
    """The source of reference ``id`` whose text is ``text``, read (once per process)."""
    claims = extract(document_from_text(text, "source.txt"), lexicon, parts=SOURCE_FIGURES)
    lookup = lexicon.lookup()
    by_family: dict[str, list[Quantity]] = {}
    for claim in claims:
        for quantity in claim.quantities:
            by_family.setdefault(family(quantity.kind), []).extend(_with_its_ends(quantity))
    figures = {}
    for name, found in by_family.items():
        ordered = sorted(found, key=lambda quantity: quantity.value)
        figures[name] = trusted(SourceFigures, values=tuple(q.value for q in ordered),
                                figures=tuple(ordered))
    sentences = tuple(trusted(SourceSentence, text=" ".join(claim.text.split()),
                              words=content_words(claim.text, lookup), end=claim.span.end)
                      for claim in claims)
    normalized = normalize(text)
    names = SourceNames.of(text, normalized, lookup.connectors)
    dateline = _dateline(text, claims)
    own_year = None if dateline is None else int(dateline.value)
    own_date = dateline.text if dateline is not None else _dateline_day(text, grammar(lookup))
    return trusted(
        SourceReading, id=id, text=text, figures=figures,
        sentences=sentences, normalized=normalized, content=content_words(text, lookup),
        names=names, durations=_durations(claims, names.words, grammar(lookup)),
        own_year=own_year, own_date=own_date,
        relative_years=_relative_years(text, own_year, lookup.lexicon.relative_years))


# A dateline's date: near the start of a text, before a dash ("PITTSBURGH, Jan. 17, 2024 —").
_DATELINE_END = 100
_DASH_AFTER = re.compile(r"\s*(?:\([^)]{1,30}\))?\s*[—–:-]")


def _dateline(text: str, claims: list[Claim]) -> Quantity | None:
    """The date of the text's dateline, if it has one."""
    return next((quantity for claim in claims[:2] for quantity in claim.quantities
                 if quantity.kind is QuantityKind.DATE
                 and quantity.span.end <= _DATELINE_END
                 and _DASH_AFTER.match(text, quantity.span.end)), None)


def _dateline_day(text: str, notation: Grammar) -> str | None:
    """The day and month of a dateline that gives no year ("NAIROBI, Oct 12 (AP) —", "New
    Delhi, Feb 6:"), as written."""
    found = notation.day_of_month.search(text, 0, _DATELINE_END)
    if found is None or not _DASH_AFTER.match(text, found.end()):
        return None
    place = text[:found.start()].strip()
    # (a place and a comma before it, no sentence: "The court met on 12 October - …" is none)
    if not place.endswith(",") or len(place.split()) > _DATELINE_PLACE_WORDS:
        return None
    return found.group()


_DATELINE_PLACE_WORDS = 6  # "PORT MORESBY, Papua New Guinea,"


def _relative_years(text: str, own_year: int | None, distances: dict[str, int]
                    ) -> tuple[int, ...]:
    """The years the text names by their distance from its own date (``distances``: "last
    year": -1), where a dateline dates it (``own_year``); none without one."""
    if own_year is None or not distances:
        return ()
    lowered = text.lower()
    return tuple(sorted({own_year + distance for phrase, distance in distances.items()
                         if re.search(rf"\b{re.escape(phrase.lower())}\b", lowered)}))


def _durations(claims: list[Claim], words: frozenset[str], notation: Grammar
               ) -> tuple[float, ...]:
    """The lengths of time the claims state, in days: figures of a unit of time that are no
    ordinals ("12 months", not "the 19th century"), a length written in parts both part by part
    and whole so far ("three hours", "three hours and 54 minutes"), and one of each unit of
    time that the words hold without a final "s" ("a fortnight", "the year to March",
    "annual")."""
    lengths = [days for word, days in notation.durations.items()
               if not word.endswith("s") and word in words]
    for claim in claims:
        for parts in lengths_of_time(claim.quantities, claim.text, claim.span.start, notation):
            so_far = 0.0
            for number, (_, length) in enumerate(parts):
                so_far += length
                lengths.extend((length, so_far) if number else (length,))
    return tuple(sorted(lengths))


def lengths_of_time(quantities: Sequence[Quantity], text: str, offset: int, notation: Grammar
                    ) -> list[list[tuple[Quantity, float]]]:
    """The lengths of time ``quantities`` state (figures of ``text``, which starts at
    ``offset`` of its document; in text order), each as its parts with their lengths in days:
    "2 hours 25 minutes" is one length of two parts, "three hours and 54 minutes" too. Ordinals
    ("the 19th century") are none."""
    lengths: list[list[tuple[Quantity, float]]] = []
    last: tuple[int, float] | None = None  # where the last length's last part ends, its unit
    for quantity in quantities:
        days = notation.days_of(quantity.unit)
        after = quantity.span.end - offset
        if days is None or is_ordinal(quantity.text, text[after:after + 4]):
            last = None
            continue
        part = (quantity, quantity.value * days)
        if last is not None and days < last[1] and _JOINS_LENGTHS.fullmatch(
                text, last[0], quantity.span.start - offset):
            lengths[-1].append(part)  # "three hours and 54 minutes"
        else:
            lengths.append([part])
        last = (after, days)
    return lengths


# After a figure, its unit and what joins it to the next part of one length of time: "2 hours
# 13 minutes", "three hours and 54 minutes", "1 hour, 5 minutes".
_JOINS_LENGTHS = re.compile(r"[\s-]*[^\W\d_]+(?:\s*,\s*|\s+(?:and|&)\s+|\s+)", re.IGNORECASE)


@lru_cache(maxsize=256)
def source_actors(text: str, lexicon: Lexicon) -> frozenset[str]:
    """Ids of the lexicon's actors that the source text ``text`` names (once per process)."""
    claims = extract(document_from_text(text, "source.txt"), lexicon, parts=SOURCE_ACTORS)
    return frozenset(actor.id for claim in claims for actor in claim.actors)
