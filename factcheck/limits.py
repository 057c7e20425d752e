"""Per-document bounds, and what was cut when a document went past them.

Articles are untrusted: 690 KB of citation markers once cost 51 s, 5.3 GB and a 1.4 GB report.
Each stage stops at its bound and says what it cut (a ``Cut``); the pipeline turns the cuts into
one ``engine.truncated`` warning, so a reader knows the document was not fully checked.

The defaults are far above any real article (a long one has under 2,000 claims, a sentence
under 1,000 characters and a handful of figures) so they only ever touch generated or hostile
text.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from factcheck.models import Finding


class DocumentLimits(BaseModel):
    """How much of one document is checked and reported."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    claims: int = Field(default=5_000, ge=1, description="Claims checked per document")
    claim_chars: int = Field(default=10_000, ge=100,
                             description="Characters of one claim read; the rest is cut off")
    parts_per_claim: int = Field(
        default=100, ge=1,
        description="Quantities, actors, stances and citation markers of each kind per claim")
    parts: int = Field(
        default=20_000, ge=1,
        description="Quantities, actors, stances and citation markers of each kind per document")
    findings: int = Field(default=2_000, ge=1, description="Findings reported per document")
    report_bytes: int = Field(
        default=4_000_000, ge=10_000,
        description="Bytes of one document's findings as JSON; findings past it are dropped")
    seconds: float = Field(
        default=20.0, gt=0,
        description="Time to read a document's claims; the text after that point is not read")

    def within(self, timeout: float) -> DocumentLimits:
        """These limits, with reading claims given at most half of a worker's ``timeout``: a
        document that is cut still gets checked and reported before its worker is killed."""
        if timeout <= 0 or self.seconds <= timeout / 2:
            return self
        return self.model_copy(update={"seconds": timeout / 2})


DEFAULT_LIMITS = DocumentLimits()


class Cut(BaseModel):
    """One bound a document went past, and how much of it was kept."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    part: str = Field(description="claims, claim characters, citation markers, quantities, "
                                  "actors, stances, findings, report bytes or seconds")
    scope: str = Field(description="'document', or 'claim' for a limit each claim has")
    limit: float
    kept: int = Field(description="How many were kept (claims with a per-claim cut: in all)")
    found: int | None = Field(default=None,
                              description="How many there were; None if counting stopped")
    claims: int = Field(default=1, description="Claims cut, for a per-claim limit")
    claim_id: str | None = Field(default=None, description="The first claim cut")
    line: int | None = Field(default=None, description="Where the cut starts")
    column: int | None = Field(default=None, description="Where the cut starts, in its line")

    def sentence(self) -> str:
        """What was cut, in words."""
        if self.part == "seconds":
            return (f"reading claims stopped after {self.limit:g} s: the text from "
                    f"{self._position()} on was not read ({self.kept:,} claims were checked)")
        if self.part == "claims":
            return (f"only the first {self.kept:,} claims were checked: the text from "
                    f"{self._position()} on was not read")
        if self.part == "findings":
            return (f"only {self.kept:,} of {self.found:,} findings are reported, "
                    "the most severe first")
        if self.part == "report bytes":
            return (f"only {self.kept:,} of {self.found:,} findings are reported: the others "
                    f"would take this document's findings over {self.limit:,.0f} bytes")
        where = f"claim {self.claim_id} (line {self.line})"
        if self.part == "claim characters":
            if self.claims == 1:
                return (f"{where} is {self.found:,} characters long: only its first "
                        f"{self.kept:,} were read")
            return (f"{self.claims:,} claims are longer than {self.limit:,.0f} characters and were "
                    f"cut to that length (the first: {where}, {self.found:,} characters)")
        if self.scope == "document":
            return (f"only the first {self.kept:,} {self.part} of the document were checked: "
                    f"those from {where} on were not")
        if self.claims == 1:
            if self.found is None:
                return f"only the first {self.kept:,} {self.part} of {where} were checked " \
                       "(it has more)"
            return f"only the first {self.kept:,} of {self.found:,} {self.part} of {where} " \
                   "were checked"
        counted = f"{self.kept:,} of {self.found:,} checked; " if self.found is not None else ""
        return (f"only the first {self.limit:,.0f} {self.part} of each claim were checked: "
                f"{self.claims:,} claims had more ({counted}the first: {where})")


    def _position(self) -> str:
        where = f"line {self.line:,}"
        if self.column is not None and self.column > 1:
            where += f", column {self.column:,}"
        return where


def describe(cuts: Sequence[Cut]) -> str:
    """One message for all the cuts of a document."""
    return "this document was not fully checked: " + "; ".join(cut.sentence() for cut in cuts)


class CutLog:
    """Collects cuts as a stage makes them; per-claim cuts of one part become one ``Cut``."""

    def __init__(self) -> None:
        self._cuts: dict[tuple[str, str], Cut] = {}

    def add(self, cut: Cut) -> None:
        key = (cut.part, cut.scope)
        earlier = self._cuts.get(key)
        if earlier is None:
            self._cuts[key] = cut
            return
        found = None if earlier.found is None or cut.found is None else earlier.found + cut.found
        if cut.part == "claim characters":
            found = earlier.found  # the first claim's length is the one shown
        self._cuts[key] = earlier.model_copy(update={
            "kept": earlier.kept + cut.kept, "found": found,
            "claims": earlier.claims + cut.claims})

    def __bool__(self) -> bool:
        return bool(self._cuts)

    def cuts(self) -> list[Cut]:
        return list(self._cuts.values())


def bound_findings(findings: Sequence[Finding], limits: DocumentLimits, unbuilt: int = 0
                   ) -> tuple[list[Finding], list[Cut]]:
    """The findings a report shows for one document, within its count and byte limits.

    When some must go, the most severe stay (then document order), so a cut never lowers the
    exit code; the kept ones come back in their original order. ``unbuilt``: findings the
    match stage found but did not build, knowing they could not be kept (counted as found).
    """
    ranked = sorted(range(len(findings)), key=lambda i: -findings[i].severity.rank)
    cuts: list[Cut] = []
    if len(ranked) + unbuilt > limits.findings:
        cuts.append(Cut(part="findings", scope="document", limit=limits.findings,
                        kept=min(limits.findings, len(ranked)), found=len(findings) + unbuilt))
        ranked = ranked[:limits.findings]
    kept: list[int] = []
    used = 0
    for position in ranked:
        # Measured as JSON, the largest of the formats per finding; stopping at the first one
        # that does not fit bounds the measuring too.
        size = len(findings[position].model_dump_json())
        if used + size > limits.report_bytes:
            cuts.append(Cut(part="report bytes", scope="document", limit=limits.report_bytes,
                            kept=len(kept), found=len(findings) + unbuilt))
            break
        used += size
        kept.append(position)
    if not cuts:
        return list(findings), cuts
    return [findings[position] for position in sorted(kept)], cuts
