"""The extractors of a claim's parts, registered in one place (``EXTRACTORS``), in the order
their inputs fix: actors are found among the names, figures inside citation markers are
dropped, stances need the claim's actors. Each reads one part of a ``ClaimDraft`` from the
parts read before it; the extract stage runs them in order within the per-document limits.
docs/extending.md says how to add one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from factcheck.extract.actors import ActorFinder
from factcheck.extract.citations import find_citations
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.names import find_names
from factcheck.extract.quantities import find_quantities
from factcheck.extract.quotes import find_quotes
from factcheck.extract.stances import TopicMemory, find_stances
from factcheck.models import Actor, Citation, CitationKind, Name, Quantity, Quote, Span, Stance


@dataclass(frozen=True)
class Parts:
    """Which parts of each claim extraction reads. An article's are all; a cited source's
    text needs fewer, since rules only compare a claim with some of them."""

    names: bool = True
    actors: bool = True
    citations: bool = True
    quantities: bool = True
    stances: bool = True
    quotes: bool = True
    framed: bool = True  # what a figure measures, whose, when (and relations between figures)
    attributions: bool = True  # "according to X" as a citation
    # headings as claims: a source's headline states figures too, and a plain-text source's
    # short first paragraph, its lead, is read as a headline; an article's headline is no claim
    headings: bool = False
    # how names are read: "heuristics" (factcheck.extract.names) or "spacy" (the optional
    # factcheck.extract.nlp, which adds the model's names in cased text)
    names_by: str = "heuristics"


ARTICLE = Parts()


def article_parts(names_by: str = "heuristics") -> Parts:
    """An article's parts, its names read the ``names_by`` way (``--nlp``)."""
    return ARTICLE if names_by == ARTICLE.names_by else replace(ARTICLE, names_by=names_by)


# A source's figures are compared by value and its names are searched as text: a fifth of
# an article's time.
SOURCE_FIGURES = Parts(names=False, actors=False, framed=False, stances=False, quotes=False,
                       attributions=False, headings=True)
# A source's actors, read only when a rule asks (``factcheck.sources.source_actors``).
SOURCE_ACTORS = Parts(names=False, quantities=False, framed=False, stances=False, quotes=False,
                      attributions=False)


@dataclass
class ClaimDraft:
    """One claim while its parts are read: the text, what reads it, and the parts so far."""

    body: str
    start: int  # where ``body`` starts in the document
    span: Callable[[int, int], Span]
    lookup: LexiconLookup
    finder: ActorFinder  # the document's, which remembers names for later mentions
    topics: TopicMemory  # the stance topics named so far in the document
    parts: Parts
    names: list[Name] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    markers: list[Citation] = field(default_factory=list)  # every citation found, before limits
    attribution: str | None = None
    quantities: list[Quantity] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


# What an extractor returns: the parts it found, and whether that is all of them (an
# extractor asked for one more than ``room`` may stop there).
Found = tuple[Sequence[Any], bool]


@dataclass(frozen=True)
class Extractor:
    part: str  # the ClaimDraft (and Claim) field it fills, and its switch in Parts
    read: Callable[[ClaimDraft, int], Found]  # (draft, room) -> found
    limit: str | None = None  # the per-document limit it counts against (None: unbounded)
    weight: Callable[[Any], int] | None = None  # how much of the limit one part uses
    always: bool = False  # read even when its limit is spent: later extractors need it all


def _names(draft: ClaimDraft, room: int) -> Found:
    read = find_names
    if draft.parts.names_by == "spacy":
        from factcheck.extract.nlp import names_with_spacy as read  # only with the nlp extra
    return read(draft.body, draft.start, draft.span, limit=room + 1,
                surnames=draft.lookup.chinese_surnames, lookup=draft.lookup), False


def _actors(draft: ClaimDraft, room: int) -> Found:
    return draft.finder.find(draft.body, draft.start, draft.span, limit=room + 1,
                             names=draft.names), False


def _citations(draft: ClaimDraft, room: int) -> Found:
    draft.markers, draft.attribution = find_citations(
        draft.body, draft.start, draft.span,
        lookup=draft.lookup if draft.parts.attributions else None)
    return draft.markers, True


def _quantities(draft: ClaimDraft, room: int) -> Found:
    # Figures inside citation markers are found and then dropped: leave room for them too.
    found = find_quantities(draft.body, draft.start, draft.span, draft.actors,
                            limit=room + 1 + len(draft.markers), framed=draft.parts.framed,
                            lookup=draft.lookup)
    # Figures inside citation markers are the markers' numbers; an attribution's words are not.
    markers = [(c.span.start, c.span.end) for c in draft.markers
               if c.kind in (CitationKind.MARKER, CitationKind.FOOTNOTE)]
    if not markers:  # a source's sentences, an article's claims without a marker
        return found, False
    return [q for q in found if not any(a <= q.span.start < b for a, b in markers)], False


def _stances(draft: ClaimDraft, room: int) -> Found:
    return find_stances(draft.body, draft.start, draft.span, draft.actors, draft.lookup,
                        draft.topics), True


def _quotes(draft: ClaimDraft, room: int) -> Found:
    return find_quotes(draft.body, draft.start, draft.span), True


EXTRACTORS: tuple[Extractor, ...] = (
    Extractor("names", _names, limit="names"),
    Extractor("actors", _actors, limit="actors"),
    Extractor("citations", _citations, limit="citation markers",
              weight=lambda citation: max(1, len(citation.ids)), always=True),
    Extractor("quantities", _quantities, limit="quantities"),
    Extractor("stances", _stances, limit="stances"),
    Extractor("quotes", _quotes),
)
LIMITED_PARTS = tuple(extractor.limit for extractor in EXTRACTORS if extractor.limit)
