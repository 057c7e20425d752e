"""The extract stage: a Document's blocks become claims with quantities, actors, stances and
citations. Every part keeps an exact span into the document's text.

Extraction is where a document's size turns into work, so the per-document bounds
(``factcheck.limits``) are applied here as claims are read: past a bound, the rest is not read
and a ``Cut`` says what was left out.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

from factcheck.extract.actors import ActorFinder
from factcheck.extract.citations import find_citations
from factcheck.extract.lexicon import Lexicon, LexiconError, default_lexicon, load_lexicon
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.names import find_names
from factcheck.extract.quantities import find_quantities
from factcheck.extract.quotes import find_quotes
from factcheck.extract.reading import Reading, reading
from factcheck.extract.relations import relate
from factcheck.extract.segment import sentences
from factcheck.extract.stances import TopicMemory, find_stances
from factcheck.limits import DEFAULT_LIMITS, Cut, CutLog, DocumentLimits
from factcheck.models import BlockKind, Citation, CitationKind, Claim, Document
from factcheck.models.trusted import trusted

__all__ = ["ARTICLE", "SOURCE_ACTORS", "SOURCE_FIGURES", "Extraction", "Lexicon",
           "LexiconError", "Parts", "default_lexicon", "extract", "extract_bounded",
           "load_lexicon"]

# Kept for callers that read it: the default number of parts of each kind a claim keeps.
MAX_PARTS_PER_CLAIM = DEFAULT_LIMITS.parts_per_claim

# Used with .match(text, pos): anchored at pos, so no "^" (which would only match at 0).
_BULLET_MARK = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+")
_QUOTE_MARK = re.compile(r">[ \t]?")
_MARKDOWN_NOISE = re.compile(r"[#>*_`\s|-]*")  # with fullmatch(text, start, end)
_SPACE_BEFORE = re.compile(r"\s\S*\Z")

Part = TypeVar("Part")


class Extraction(NamedTuple):
    claims: list[Claim]
    cuts: list[Cut]  # empty unless the document went past one of its limits


@dataclass(frozen=True)
class Parts:
    """Which parts of each claim extraction reads. An article's are all; a cited source's
    text needs fewer, since rules only compare a claim with some of them."""

    names: bool = True
    actors: bool = True
    quantities: bool = True
    framed: bool = True  # what a figure measures, whose, when (and relations between figures)
    stances: bool = True
    quotes: bool = True
    attributions: bool = True


ARTICLE = Parts()
# A source's figures are compared by value and its names are searched as text: a fifth of
# an article's time.
SOURCE_FIGURES = Parts(names=False, actors=False, framed=False, stances=False, quotes=False,
                       attributions=False)
# A source's actors, read only when a rule asks (``factcheck.sources.source_actors``).
SOURCE_ACTORS = Parts(names=False, quantities=False, framed=False, stances=False, quotes=False,
                      attributions=False)


def extract(document: Document, lexicon: Lexicon, *, parts: Parts = ARTICLE,
            limits: DocumentLimits = DEFAULT_LIMITS) -> list[Claim]:
    """Claims in document order, ids ``c1``, ``c2``, …, with the ``parts`` asked for."""
    return extract_bounded(document, lexicon, limits, parts=parts).claims


class _Budget:
    """What is left of the per-document limits while one document is read."""

    def __init__(self, limits: DocumentLimits, index: Reading) -> None:
        self.limits = limits
        self.index = index
        self.left = {part: limits.parts
                     for part in ("actors", "citation markers", "names", "quantities",
                                  "stances")}
        self.log = CutLog()

    def room(self, part: str) -> int:
        """How many parts of this kind the next claim may keep (0: do not look for them)."""
        return min(self.limits.parts_per_claim, self.left[part])

    def take(self, part: str, found: Sequence[Part], claim_id: str, start: int,
             counted: bool, weights: Sequence[int] | None = None) -> list[Part]:
        """The parts of one claim that fit its limit and the document's.

        ``counted``: ``found`` is every part of the claim (else the finder stopped early, so
        there may be more). ``weights``: how much each part uses of the limits (a marker group
        ``[1][2][3]`` is three citation markers), 1 each by default.
        """
        if self.left[part] == 0:
            return []  # the document's limit was reached, and said so, at an earlier claim
        total = sum(weights) if weights is not None else len(found)
        per_claim = self.limits.parts_per_claim
        if total <= per_claim and total <= self.left[part]:  # nearly always: nothing to cut
            self.left[part] -= total
            return list(found)
        sizes = list(weights) if weights is not None else [1] * len(found)
        line = self.index.position(start)[0]
        kept = _prefix(sizes, per_claim)
        if kept < len(found) or (not counted and total > per_claim):
            self.log.add(Cut(part=part, scope="claim", limit=per_claim, kept=sum(sizes[:kept]),
                             found=total if counted else None, claim_id=claim_id, line=line))
        fits = _prefix(sizes[:kept], self.left[part])
        if fits < kept:
            self.log.add(Cut(part=part, scope="document", limit=self.limits.parts,
                             kept=self.limits.parts - self.left[part] + sum(sizes[:fits]),
                             claim_id=claim_id, line=line))
            kept = fits
            self.left[part] = 0
        else:
            self.left[part] -= sum(sizes[:kept])
        return list(found[:kept])


def _prefix(sizes: Sequence[int], room: int) -> int:
    """How many leading items fit in ``room``."""
    used = 0
    for count, size in enumerate(sizes):
        used += size
        if used > room:
            return count
    return len(sizes)


def extract_bounded(document: Document, lexicon: Lexicon,
                    limits: DocumentLimits = DEFAULT_LIMITS, *,
                    parts: Parts = ARTICLE) -> Extraction:
    """Claims in document order within ``limits``, and what was cut to stay within them, with
    the relations between their figures (``relate``) when they are read framed."""
    claims, cuts = _claims(document, lexicon, limits, parts)
    if not parts.framed:
        return Extraction(claims, cuts)
    date = document.date or ""
    return Extraction(relate(claims, int(date[:4]) if date[:4].isdigit() else None), cuts)


def _claims(document: Document, lexicon: Lexicon, limits: DocumentLimits,
            parts: Parts) -> tuple[list[Claim], list[Cut]]:
    deadline = time.monotonic() + limits.seconds
    index = reading(document.text)
    text = index.text
    lookup = lexicon.lookup()
    finder = ActorFinder(lookup)
    topics = TopicMemory()  # open stance topics named so far, for later shorter mentions
    budget = _Budget(limits, index)
    claims: list[Claim] = []
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            continue
        start, end = index.offset(block.span.start), index.offset(block.span.end)
        if block.kind is BlockKind.BULLET:
            mark = _BULLET_MARK.match(text, start, end)
            start = mark.end() if mark else start
        quote = _QUOTE_MARK.match(text, start, end)
        start = quote.end() if quote else start
        pieces = ([(start, end)] if block.kind is BlockKind.CLAIM
                  else sentences(text, start, end, lookup))
        for piece_start, piece_end in pieces:
            if _MARKDOWN_NOISE.fullmatch(text, piece_start, piece_end):
                continue
            if len(claims) >= limits.claims or time.monotonic() > deadline:
                stop = "claims" if len(claims) >= limits.claims else "seconds"
                line, column = index.position(piece_start)
                budget.log.add(Cut(part=stop, scope="document", limit=getattr(limits, stop),
                                   kept=len(claims), line=line, column=column))
                return claims, budget.log.cuts()
            claim_id = f"c{len(claims) + 1}"
            if piece_end - piece_start > limits.claim_chars:
                cut_end = _cut_point(text, piece_start, limits.claim_chars)
                budget.log.add(Cut(part="claim characters", scope="claim",
                                   limit=limits.claim_chars, kept=cut_end - piece_start,
                                   found=piece_end - piece_start, claim_id=claim_id,
                                   line=index.position(piece_start)[0]))
                piece_end = cut_end
            claims.append(_claim(text, piece_start, piece_end, claim_id, block.section, index,
                                 finder, lookup, budget, parts, topics))
    return claims, budget.log.cuts()


def _cut_point(text: str, start: int, length: int) -> int:
    """Where a claim longer than ``length`` is cut: at the last space before the limit, so no
    figure is cut in two (unless there is no space in its second half)."""
    end = start + length
    space = _SPACE_BEFORE.search(text, start + length // 2, end)
    return space.start() if space else end


def _claim(text: str, start: int, end: int, claim_id: str, section: str | None,
           index: Reading, finder: ActorFinder, lookup: LexiconLookup, budget: _Budget,
           parts: Parts, topics: TopicMemory | None = None) -> Claim:
    body = text[start:end]
    # One more than a claim may keep, so a finder that stops early still tells there were more.
    room = budget.room("names") if parts.names else 0
    names = budget.take(
        "names", find_names(body, start, index.span, limit=room + 1,
                            surnames=lookup.chinese_surnames, lookup=lookup), claim_id, start,
        counted=False) if room else []
    room = budget.room("actors") if parts.actors else 0
    actors = budget.take("actors", finder.find(body, start, index.span, limit=room + 1,
                                               names=names)
                         if room else [], claim_id, start, counted=False)
    found, attribution = find_citations(body, start, index.span,
                                        attributions=parts.attributions)
    citations: list[Citation] = budget.take(
        "citation markers", found, claim_id, start, counted=True,
        weights=[max(1, len(citation.ids)) for citation in found])
    room = budget.room("quantities") if parts.quantities else 0
    # Figures inside citation markers are found and then dropped: leave room for them too.
    quantities = find_quantities(body, start, index.span, actors,
                                 limit=room + 1 + len(found),
                                 framed=parts.framed, lookup=lookup) if room else []
    # Figures inside citation markers are the markers' numbers; an attribution's words are not.
    marker_spans = [(c.span.start, c.span.end) for c in found
                    if c.kind in (CitationKind.MARKER, CitationKind.FOOTNOTE)]
    quantities = budget.take("quantities", [
        q for q in quantities if not any(a <= q.span.start < b for a, b in marker_spans)],
        claim_id, start, counted=False)
    stances = [] if not parts.stances or not budget.room("stances") else budget.take(
        "stances", find_stances(body, start, index.span, actors, lookup, topics),
        claim_id, start, counted=True)
    quotes = tuple(find_quotes(body, start, index.span)) if parts.quotes else ()
    return trusted(
        Claim, id=claim_id, text=body, span=index.span(start, end), section=section,
        quantities=tuple(quantities), actors=tuple(actors), names=tuple(names),
        stances=tuple(stances),
        citations=tuple(citations), quotes=quotes, attribution=attribution,
    )
