"""What the extract stage produces: claims and the typed parts found in them."""

from __future__ import annotations

import math
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from factcheck.models.span import Span


class Interval(BaseModel):
    """Closed interval of plausible values; ``None`` is an open end."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    low: float | None = None
    high: float | None = None

    @field_validator("low", "high")
    @classmethod
    def _finite(cls, value: float | None) -> float | None:
        if value is not None and not math.isfinite(value):
            raise ValueError("interval ends must be finite numbers")
        return value

    @model_validator(mode="after")
    def _ordered(self) -> Interval:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError("low must not exceed high")
        return self

    def overlaps(self, other: Interval, tolerance: float = 0.0) -> bool:
        low = -math.inf if self.low is None else self.low - tolerance
        high = math.inf if self.high is None else self.high + tolerance
        other_low = -math.inf if other.low is None else other.low
        other_high = math.inf if other.high is None else other.high
        return low <= other_high and other_low <= high

    def contains(self, value: float, tolerance: float = 0.0) -> bool:
        # Compared directly: building a one-point Interval validated it, on a hot path.
        low = -math.inf if self.low is None else self.low - tolerance
        high = math.inf if self.high is None else self.high + tolerance
        return low <= value <= high


class QuantityKind(StrEnum):
    COUNT = "count"
    PERCENT = "percent"  # a share of a whole: 87% of equipment
    PERCENT_CHANGE = "percent-change"  # a growth rate: rose 130%
    POINTS = "points"  # percentage points: fell 3 points
    CURRENCY = "currency"
    YEAR = "year"
    DATE = "date"
    DURATION = "duration"
    RATIO = "ratio"  # three times, twice as many as, half of


class Quantity(BaseModel):
    """One figure in a claim, normalized so rules compare numbers and intervals, not strings."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="The figure as written, e.g. 'nearly 90%'")
    span: Span
    kind: QuantityKind
    value: float = Field(description="The stated value: 90 for 'nearly 90%', 3 for 'three times'")
    interval: Interval = Field(description="Plausible values after hedges and ranges")
    unit: str | None = Field(default=None, description="'%', 'USD', 'CNY', 'items', …")
    hedge: str | None = Field(default=None, description="'nearly', 'over', 'about', …")
    subject: str | None = Field(default=None, description="Who or what it is about: 'China'")
    metric: str | None = Field(default=None, description="What is measured, as a noun phrase")
    compared_to: str | None = Field(
        default=None, description="For ratios: the other side, e.g. \"China's\""
    )
    change_from: float | None = Field(default=None, description="For changes: the start value")
    change_to: float | None = Field(default=None, description="For changes: the end value")
    change_from_margin: float | None = Field(
        default=None, description="How far the start value may be from what it rounds, as "
                                  "written: half a unit of its last digit")
    change_to_margin: float | None = Field(
        default=None, description="How far the end value may be from what it rounds")
    period: str | None = Field(
        default=None, description="When it holds: 'june', 'june 2024', 'q1', '2023', 'last year'")
    direction: int | None = Field(default=None, description="+1 rose, -1 fell, for changes")
    ratio_phrase: str | None = Field(
        default=None, description="'times', 'times more than', 'twice as many as', …"
    )
    mood: str | None = Field(
        default=None, description="'requested' for a value someone asks for, offers or "
        "proposes ('asked for a sentence of 11 years'), 'expected' for one someone expects or "
        "forecasts ('the 2.9% economists had expected'); none when stated as it is")
    predicate: str | None = Field(
        default=None, description="For a share of a whole: what that share does or says, "
        "'backed the bond' in '58% of respondents backed the bond'")
    # Relations to other figures of the document, named by their ``figure_id``
    # (factcheck.extract.relations reads them from the text).
    whole: str | None = Field(
        default=None, description="For a share: the whole it is a share of, named by the id of "
        "the claim its shares start in; shares of one whole add up to at most 100%")
    part_of: str | None = Field(
        default=None, description="The figure id of the total this figure is a part of")
    ratio_of: str | None = Field(
        default=None, description="For a ratio: the figure id of the side it measures (A in "
        "'A is N times B')")
    ratio_to: str | None = Field(
        default=None, description="For a ratio: the figure id of the side it measures against (B)")
    elapsed: float | None = Field(
        default=None, description="For a year: the years stated since (or after) it, negative "
        "before it: 10 in '10 years since 2018'")
    elapsed_to: float | None = Field(
        default=None, description="The year that span is counted to: another year of the "
        "sentence, or the article's date")
    elapsed_text: str | None = Field(
        default=None, description="The span of years as written: '10 years since the 2018'")
    elapsed_against: str | None = Field(
        default=None, description="Where the year counted to comes from: 'sentence' or 'date'")

    @field_validator("value", "change_from", "change_to")
    @classmethod
    def _finite(cls, value: float | None) -> float | None:
        if value is not None and not math.isfinite(value):
            raise ValueError("quantities must be finite numbers")
        return value


def figure_id(claim_id: str, index: int) -> str:
    """The id of the ``index``-th figure of a claim, as facts and relations name it: ``c2.q0``."""
    return f"{claim_id}.q{index}"


class ActorKind(StrEnum):
    PERSON = "person"
    COUNTRY = "country"
    ORGANIZATION = "organization"
    GROUP = "group"
    UNKNOWN = "unknown"


class Actor(BaseModel):
    """A named actor mentioned in a claim, resolved to a canonical id where the gazetteer knows it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, description="Canonical id, e.g. 'bessent'")
    name: str = Field(description="The mention as written")
    span: Span
    kind: ActorKind = ActorKind.UNKNOWN
    groups: tuple[str, ...] = Field(default=(), description="Actor groups it belongs to")
    role: str | None = Field(default=None, description="Title, e.g. 'Treasury Secretary'")


class Name(BaseModel):
    """A proper name in a claim (a person, organization, place, product), found from its
    capitals, or in lower-cased text from a dictionary; the gazetteer need not know it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="The name as written, e.g. 'Dana Whitfield'")
    span: Span
    cased: bool = Field(default=True, description="Read from capitals (False: the text is "
                        "lower-cased and the word is not a common one)")
    first_word_by_place: bool = Field(
        default=False, description="Its first word may be capitalized only by its place: the "
        "sentence's first word ('Police said'), or 'the Games'")


class Polarity(StrEnum):
    SUPPORT = "support"
    OPPOSE = "oppose"


class Stance(BaseModel):
    """An actor's position on a topic."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    actor: str = Field(description="Canonical actor id")
    topic: str = Field(description="Normalized topic, e.g. 'tariffs'")
    polarity: Polarity
    cue: str = Field(description="The words that carry the stance, e.g. 'proposes'")
    span: Span
    negated: bool = False
    reported: bool = Field(default=False, description="Stance stated in reported speech")
    time_marker: str | None = Field(
        default=None, description="'previously', 'now', a date… that may separate stances"
    )


class CitationKind(StrEnum):
    MARKER = "marker"  # [1], [1][2], [1, 2], [1–3]
    FOOTNOTE = "footnote"  # [^1], superscript digits
    URL = "url"
    SOURCE_NOTE = "source-note"  # (Source: X)
    ATTRIBUTION = "attribution"  # according to X, X said


class Citation(BaseModel):
    """A pointer from a claim to where it came from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: CitationKind
    text: str = Field(description="As written: '[1][2]', 'according to Reuters'")
    span: Span
    ids: tuple[str, ...] = Field(
        default=(), description="Reference ids it points to: ('1', '2') for [1][2]"
    )
    source: str | None = Field(default=None, description="Named source for attributions/notes")


class Quote(BaseModel):
    """A quoted passage of a claim of two words or more (eight Chinese characters): someone's
    words, or, under four words, a term or a name as often (``short``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="The passage as written, without its quotation marks")
    span: Span
    parts: tuple[str, ...] = Field(
        description="What an ellipsis leaves of it, each part normalized (lower-cased words "
        "without punctuation) as the sources' texts are")
    short: bool = Field(default=False, description="Fewer than four words (\"cultural "
                        "vandalism\"): checked only for whom the claim gives it to")


class Claim(BaseModel):
    """One checkable statement: a sentence or list item, with its extracted parts."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description="Stable within the document: 'c3' is the third claim")
    text: str
    span: Span
    section: str | None = None
    quantities: tuple[Quantity, ...] = ()
    actors: tuple[Actor, ...] = ()
    names: tuple[Name, ...] = ()
    stances: tuple[Stance, ...] = ()
    citations: tuple[Citation, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attribution: str | None = Field(
        default=None, description="Who the claim is attributed to, when it says so"
    )

    def cited_ids(self) -> set[str]:
        return {ref_id for citation in self.citations for ref_id in citation.ids}
