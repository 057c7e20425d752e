"""The extract stage: a Document's blocks become claims with quantities, actors, stances,
citations and quotes, read by the extractors of ``extractors.EXTRACTORS`` in turn, and the
relations between figures (``relations``). Every part keeps an exact span into the text.

Extraction is where a document's size turns into work, so the per-document bounds
(``factcheck.limits``) are applied here as claims are read: past a bound, the rest is not read
and a ``Cut`` says what was left out.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from typing import NamedTuple, TypeVar

from factcheck.extract.actors import ActorFinder
from factcheck.extract.extractors import (
    ARTICLE,
    EXTRACTORS,
    LIMITED_PARTS,
    SOURCE_ACTORS,
    SOURCE_FIGURES,
    ClaimDraft,
    Parts,
    article_parts,
)
from factcheck.extract.lexicon import Lexicon, LexiconError, default_lexicon, load_lexicon
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.reading import Reading, reading
from factcheck.extract.relations import relate
from factcheck.extract.segment import sentences
from factcheck.extract.stances import TopicMemory
from factcheck.extract.tables import with_headings
from factcheck.limits import DEFAULT_LIMITS, Cut, CutLog, DocumentLimits
from factcheck.models import BlockKind, Claim, Document
from factcheck.models.trusted import trusted

__all__ = ["ARTICLE", "SOURCE_ACTORS", "SOURCE_FIGURES", "Extraction", "Lexicon",
           "LexiconError", "Parts", "article_parts", "default_lexicon", "extract",
           "extract_bounded", "load_lexicon"]

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


def extract(document: Document, lexicon: Lexicon, *, parts: Parts = ARTICLE,
            limits: DocumentLimits = DEFAULT_LIMITS) -> list[Claim]:
    """Claims in document order, ids ``c1``, ``c2``, …, with the ``parts`` asked for."""
    return extract_bounded(document, lexicon, limits, parts=parts).claims


class _Budget:
    """What is left of the per-document limits while one document is read."""

    def __init__(self, limits: DocumentLimits, index: Reading) -> None:
        self.limits = limits
        self.index = index
        self.left = {part: limits.parts for part in LIMITED_PARTS}
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
    year = int(date[:4]) if date[:4].isdigit() else None
    lookup = lexicon.lookup()
    return Extraction(relate(with_headings(claims, lookup), lookup, year), cuts)


def _claims(document: Document, lexicon: Lexicon, limits: DocumentLimits,
            parts: Parts) -> tuple[list[Claim], list[Cut]]:
    deadline = time.monotonic() + limits.seconds
    index = reading(document.text)
    text = index.text
    lookup = lexicon.lookup()
    finder = ActorFinder(lookup, text)
    topics = TopicMemory()  # open stance topics named so far, for later shorter mentions
    budget = _Budget(limits, index)
    claims: list[Claim] = []
    for block in document.blocks:
        if block.kind is BlockKind.HEADING and not parts.headings:
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
           parts: Parts, topics: TopicMemory) -> Claim:
    draft = ClaimDraft(body=text[start:end], start=start, span=index.span, lookup=lookup,
                       finder=finder, topics=topics, parts=parts)
    for extractor in EXTRACTORS:
        if not getattr(parts, extractor.part):
            continue
        if extractor.limit is None:
            setattr(draft, extractor.part, list(extractor.read(draft, 0)[0]))
            continue
        room = budget.room(extractor.limit)
        if not room and not extractor.always:
            continue
        found, counted = extractor.read(draft, room)
        weights = [extractor.weight(part) for part in found] if extractor.weight else None
        setattr(draft, extractor.part, budget.take(extractor.limit, found, claim_id, start,
                                                   counted=counted, weights=weights))
    return trusted(
        Claim, id=claim_id, text=draft.body, span=index.span(start, end), section=section,
        quantities=tuple(draft.quantities), actors=tuple(draft.actors), names=tuple(draft.names),
        stances=tuple(draft.stances), citations=tuple(draft.citations),
        quotes=tuple(draft.quotes), attribution=draft.attribution,
    )

