"""The extract stage: a Document's blocks become claims with quantities, actors, stances and
citations. Every part keeps an exact span into the document's text."""

from __future__ import annotations

import re

from factcheck.extract.actors import ActorFinder
from factcheck.extract.citations import find_citations
from factcheck.extract.lexicon import Lexicon, LexiconError, default_lexicon, load_lexicon
from factcheck.extract.quantities import find_quantities
from factcheck.extract.segment import sentences
from factcheck.extract.stances import find_stances
from factcheck.models import BlockKind, Claim, Document, LineIndex
from factcheck.models.trusted import trusted

__all__ = ["Lexicon", "LexiconError", "default_lexicon", "extract", "load_lexicon"]

# No sentence of real prose names more than a few dozen figures or actors; past this many, a
# "claim" is generated or hostile text, and keeping every part would only make checking slow.
MAX_PARTS_PER_CLAIM = 100

# Used with .match(text, pos): anchored at pos, so no "^" (which would only match at 0).
_BULLET_MARK = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+")
_QUOTE_MARK = re.compile(r">[ \t]?")
_MARKDOWN_NOISE = re.compile(r"^[#>*_`\s|-]*$")


def extract(document: Document, lexicon: Lexicon, *, evidence_only: bool = False) -> list[Claim]:
    """Claims in document order, ids ``c1``, ``c2``, …

    ``evidence_only`` is for a cited source's text: rules compare claims only with its figures
    and names, so its stances and attributions are not read (a sixth of the time).
    """
    text = document.text
    index = LineIndex(text)
    lookup = lexicon.lookup()
    finder = ActorFinder(lookup)
    claims: list[Claim] = []
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            continue
        start, end = block.span.start, block.span.end
        if block.kind is BlockKind.BULLET:
            mark = _BULLET_MARK.match(text, start, end)
            start = mark.end() if mark else start
        quote = _QUOTE_MARK.match(text, start, end)
        start = quote.end() if quote else start
        pieces = [(start, end)] if block.kind is BlockKind.CLAIM else sentences(text, start, end)
        for piece_start, piece_end in pieces:
            body = text[piece_start:piece_end]
            if _MARKDOWN_NOISE.match(body):
                continue
            actors = finder.find(body, piece_start, index.span, limit=MAX_PARTS_PER_CLAIM)
            citations, attribution = find_citations(body, piece_start, index.span,
                                                    attributions=not evidence_only)
            citations = citations[:MAX_PARTS_PER_CLAIM]
            quantities = find_quantities(body, piece_start, index.span, actors,
                                         limit=MAX_PARTS_PER_CLAIM)
            marker_spans = [(c.span.start, c.span.end) for c in citations]
            quantities = [q for q in quantities
                          if not any(a <= q.span.start < b for a, b in marker_spans)]
            claims.append(trusted(
                Claim, id=f"c{len(claims) + 1}", text=body, span=index.span(piece_start, piece_end),
                section=block.section, quantities=tuple(quantities), actors=tuple(actors),
                stances=() if evidence_only else tuple(
                    find_stances(body, piece_start, index.span, actors, lookup)),
                citations=tuple(citations), attribution=attribution,
            ))
    return claims
