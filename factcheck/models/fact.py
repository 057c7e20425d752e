"""Facts: the flat records asserted into the matching core, and the fields each kind carries.

Rules match facts, not models: a claim and each of its parts become facts whose fields are
scalars (durable-rules compares across types lexically, so every field has one declared type).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, cast, get_args

from pydantic import BaseModel, ConfigDict, Field

Scalar = str | int | float | bool


class FactKind(StrEnum):
    CLAIM = "claim"
    QUANTITY = "quantity"
    ACTOR = "actor"
    STANCE = "stance"
    GROUP_STANCE = "group_stance"  # a stance seen through one of its actor's groups
    CITATION = "citation"  # one per cited reference id
    REFERENCE = "reference"
    QUOTE = "quote"  # one per part of a quoted passage
    CITED_SOURCE = "cited_source"  # a claim's cited source whose text is at hand
    SOURCE_FIGURE = "source_figure"  # a cited source's figure that states a claim's figure
    SOURCE_QUOTE = "source_quote"  # a cited source's passage that holds a claim's quotation
    SOURCE_ROLE = "source_role"  # another holder a cited source names of a claim's role
    SOURCE_OUTCOME = "source_outcome"  # a cited source's outcome the other way of a claim's
    SOURCE_PLACE = "source_place"  # another place a cited source puts a claim's thing in
    SOURCE_STATEMENT = "source_statement"  # another speaker a source gives a claim's statement
    SOURCE_SUBJECT = "source_subject"  # another subject a source gives a claim's words to
    DERIVED = "derived"  # made by a rule's `derive`, for other rules to match
    LEDGER = "ledger"  # one per entry of the ledger given with --facts
    MENTION = "mention"  # a figure that states a ledger fact


class FactFields(BaseModel):
    """The fields one kind of fact carries. Every field may be absent (no value): a rule's
    condition on an absent field holds only for ``exists: false``."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def _field(description: str = "") -> Any:
    return Field(default=None, description=description)


class PartFields(FactFields):
    """Fields every part of a claim carries: which claim it belongs to."""

    claim: str | None = _field("the claim's id")
    section: str | None = _field("the heading the claim stands under")


class ClaimFact(PartFields):
    text: str | None = _field("the sentence or list item")
    quantities: int | None = _field("how many figures it states")
    citations: int | None = _field("how many citations it carries")
    cited: bool | None = _field("has a marker or footnote (a table's row: or the claim that "
                                "leads into the table has)")
    document_cites: bool | None = _field("its document cites sources: a claim of it has a "
                                         "marker or footnote, or it lists references")
    attributed: bool | None = _field('names its source: "according to X", "(Source: X)"')
    has_statistic: bool | None = _field("states a figure other than a year or date")
    has_superlative: bool | None = _field('"record", "highest", "first-ever" …')
    statistic: str | None = _field("the first such figure as written, else the superlative: "
                                   "for messages")
    content: str | None = _field("the stems of its content words (four letters or more, not "
                                 "function words), space-separated; only for a claim that "
                                 "cites a source whose text is at hand")
    content_count: int | None = _field("how many content words it has (with `content`)")
    unsourced_share: float | None = _field("the share of its content words that none of its "
                                           "cited sources has, compared by stem (with "
                                           "`content`)")
    source_refs: str | None = _field("its cited sources whose text is at hand, as markers: "
                                     "`[1], [2]` (for messages)")
    source_alignment: float | None = _field("the share of its content words that the "
                                            "sentence of its cited sources most like it has "
                                            "(with `content`)")


class QuantityFact(PartFields):
    quantity_kind: str | None = _field("`count`, `percent`, `percent-change`, `points`, "
                                       "`currency`, `year`, `date`, `duration`, `ratio`")
    value: float | None = _field("the stated value: 90 for \"nearly 90%\"")
    low: float | None = _field("lowest plausible value after hedges and ranges")
    high: float | None = _field("highest plausible value after hedges and ranges")
    unit: str | None = _field("`%`, `USD`, or the noun counted")
    hedge: str | None = _field("`nearly`, `over`, `about` …")
    subject: str | None = _field("whose figure it is")
    metric: str | None = _field("what it measures, as a noun phrase")
    compared_to: str | None = _field("for ratios: the other side")
    ratio_phrase: str | None = _field("`times`, `twice as many as` …")
    change_from: float | None = _field("for changes: the start value")
    change_to: float | None = _field("for changes: the end value")
    change_from_margin: float | None = _field("how far the start value may be from what it "
                                              "rounds, as written: 5e7 for \"$4.1 billion\"")
    change_to_margin: float | None = _field("how far the end value may be from what it rounds")
    direction: int | None = _field("+1 rose, −1 fell")
    quantity_text: str | None = _field("the figure as written")
    in_digits: bool | None = _field("written with a digit (\"3,000\", \"87%\", \"5m\"), not "
                                    "only in words (\"three thousand\")")
    period: str | None = _field("when it holds: `june`, `june 2024`, `q1`, `2023`, "
                                "`last year`")
    frame: str | None = _field("metric, subject and period in one value, e.g. `inflation, "
                               "june`, the metric's head in the singular; `expected …` for "
                               "a value someone expects; `change in …` for an amount a "
                               "metric rose or fell by; none without a metric or for a "
                               "value someone asks for: two figures with one frame state one "
                               "value")
    least: float | None = _field("the least the statement commits to: the value itself, or "
                                 "after a hedge its low end; none when open (\"under 50%\")")
    most: float | None = _field("the most the statement commits to: the value itself, or after "
                                "a hedge its high end; none when open (\"over 3,000\")")
    figure: str | None = _field("this figure's id (`c2.q0`), which relations name")
    whole: str | None = _field("for a share: the whole it is of (the id of the claim its "
                               "shares start in); shares of one whole add up to at most 100%")
    part_of: str | None = _field("the `figure` of the total this figure is a part of")
    ratio_of: str | None = _field("for a ratio: the `figure` it measures (A in \"A is N times "
                                  "B\")")
    ratio_to: str | None = _field("for a ratio: the `figure` it measures against (B)")
    elapsed: float | None = _field("for a year: the years stated since or after it (negative "
                                   "before it): 10 in \"10 years since 2018\"")
    elapsed_to: float | None = _field("the year that span is counted to: another year of the "
                                      "sentence, or the article's date")
    elapsed_text: str | None = _field("the span of years as written")
    elapsed_against: str | None = _field("`sentence` or `date`: where `elapsed_to` comes from")
    trend: int | None = _field("+1 a rise, −1 a fall, as the sentence tells it: the verb "
                               "before the figure (\"fell by 6%\", \"rose to 61.3%\"), the "
                               "noun after it (\"a 7% rise\") or a comparison with an earlier "
                               "time (\"17% more than the year before\"); none for a "
                               "comparison of two things; only in a claim that cites a source "
                               "whose text is at hand, and not for years and dates")
    balance: int | None = _field("+1 a profit or surplus, −1 a loss or deficit, by the word "
                                 "before or after it (\"a loss of £1.4m\", \"a £2m surplus\"; "
                                 "lexicon `balance_words`); only in a claim that cites a "
                                 "source whose text is at hand")
    source_figures: int | None = _field("how many figures of its cited sources state it, of "
                                        "its own family (a share for a share): its "
                                        "`source_figure` facts with `own_family`; only where "
                                        "the rule set matches those")


class ActorFact(PartFields):
    actor: str | None = _field("canonical id")
    name: str | None = _field("as written")
    actor_kind: str | None = _field("`person`, `country`, `organization`, `group`, `unknown`")
    role: str | None = _field("title, e.g. `Treasury Secretary`")
    group: str | None = _field("its first group's id")


class StanceFact(PartFields):
    actor: str | None = _field("canonical id of who takes the position")
    actor_name: str | None = _field("the actor as the claim names it, for messages")
    topic: str | None = _field("topic id or key: the object's head noun and the words that "
                               "say which one")
    polarity: str | None = _field("`support` or `oppose`")
    cue: str | None = _field("the words that state the position")
    negated: bool | None = _field("the cue is negated (the polarity already accounts for it)")
    reported: bool | None = _field("reported by someone else")
    time_marker: str | None = _field("`now`, `later`, `since March` …: a change of position")


class GroupStanceFact(StanceFact):
    """A stance seen through one of its actor's groups: one fact per group."""

    group: str | None = _field("the group's id")
    group_name: str | None = _field("the group's name, for messages")


class CitationFact(PartFields):
    ref: str | None = _field("the cited id (one fact per id)")
    citation_kind: str | None = _field("`marker`, `footnote`, `url`, `source-note`, "
                                       "`attribution`")
    marker: str | None = _field("as written")
    resolved: bool | None = _field("the reference list has the id")
    source: str | None = _field("the source named by an attribution")
    has_source_text: bool | None = _field("the cited source's text is at hand")
    number: int | None = _field("a marker's reference number: 3 for `[3]`")
    first_of_number: bool | None = _field("the document's first marker of its number")
    previous_number: int | None = _field("the highest number below it that some marker of the "
                                         "document cites, 0 for the lowest")
    numbers_skipped: int | None = _field("how many numbers between `previous_number` and "
                                         "its own no marker cites")


class QuoteFact(PartFields):
    """One part of a quoted passage (two words or more): what an ellipsis leaves of it."""

    quote: str | None = _field("the passage as written")
    part: str | None = _field("this part, normalized as `cited_source.text` is")
    parts: int | None = _field("how many parts the passage has")
    source_similarity: float | None = _field("how well this part appears in the claim's cited "
                                             "sources, 0 to 100 (100: as it is), the best of "
                                             "them; only when one is at hand")
    source_refs: str | None = _field("those sources, as markers: `[1], [2]` (for messages)")
    quotation: str | None = _field("the quoted passage's id (`c2.t0`), which `source_quote` "
                                   "facts name")
    longest: bool | None = _field("this is the passage's longest part")
    speaker: str | None = _field("who the claim says spoke it, as written")
    speaker_key: str | None = _field("the speaker's surname, lower-cased, without accents")
    speaker_person: bool | None = _field("the speaker is named as a person is (\"Ana Ruiz\", "
                                         "\"Raghavan\"), not by common words (\"the Mayor\")")
    short: bool | None = _field("the passage has fewer than four words (\"cultural "
                                "vandalism\"): a term or a phrase as often as someone's words")


class SourceFigureFact(PartFields):
    """A figure of a cited source that states a figure of the claim (the same value in the
    same unit, rounding and hedges allowed): one per claim figure and source figure. Not for
    years and dates, which datelines and bylines state as often as a story does."""

    figure: str | None = _field("the claim's figure it states (its `figure`)")
    ref: str | None = _field("the source's reference id")
    value: float | None = _field("its value")
    quantity_text: str | None = _field("as the source writes it")
    own_family: bool | None = _field("of the claim figure's family (a share for a share), not "
                                     "a plain count or points of the same value")
    trend: int | None = _field("+1 a rise, −1 a fall, as the source tells it (see "
                               "`quantity.trend`)")
    ends_at: bool | None = _field("after \"to\": the level a change ended at, not its size")
    swapped_to: str | None = _field("where the claim's figure ends a change that this figure "
                                    "starts, and the source's change ends at the claim's start "
                                    "(\"to 86% from 78%\" against \"from 86% to 78%\"): "
                                    "the source's end, as written")
    balance: int | None = _field("+1 a profit or surplus, −1 a loss or deficit, as the "
                                 "source tells it (see `quantity.balance`); only for a "
                                 "claim's amount of money")
    range: bool | None = _field("one end of a range (\"2.5% to 3.5%\")")
    passage: str | None = _field("the source's sentence holding it, at most 160 characters, "
                                 "for messages")
    context_share: float | None = _field("the share of the claim's content words that "
                                         "sentence has (with the lines around it when it has "
                                         "fewer than three)")
    given_to: str | None = _field("the name the source sets beside it, where the claim sets "
                                  "another beside its figure that the source sets beside "
                                  "another figure of the same kind, in that sentence or the "
                                  "next (\"Eastmoor accounted for 640, while Saltbridge "
                                  "recorded 410\" for \"Saltbridge … at 640\")")
    claimed_for: str | None = _field("that other name, as the claim writes it")
    counts: str | None = _field("what it counts, where the claim's figure counts another "
                                "thing that the source counts with another number (\"Buyers "
                                "from 41 countries\" and \"52 looks\" for \"41 looks\"); "
                                "not where both count people")
    claimed_count: str | None = _field("the source's count of the claim's thing (\"52 looks\")")


class SourceQuoteFact(PartFields):
    """A passage of a cited source that holds a quotation of the claim nearly word for word
    (95 of 100), with who it says spoke: one per quotation and passage."""

    quotation: str | None = _field("the claim's quotation it holds (its `quotation`)")
    ref: str | None = _field("the source's reference id")
    speaker: str | None = _field("who the source says spoke it: the name before or after a "
                                 "verb of speech outside the quotation, or after a pronoun "
                                 "the one the sentence before names")
    speaker_key: str | None = _field("that speaker's surname, lower-cased, without accents")
    person: bool | None = _field("the speaker is named as a person is")
    passage: str | None = _field("the passage, at most 160 characters, for messages")
    passage_key: str | None = _field("the letters of each of the passage's names (runs of "
                                     "capitalized words), lower-cased, without accents, one "
                                     "word per name, names in the possessive left out "
                                     "(\"Amankwah's coursemate\"): to look a surname up in "
                                     "(all its letters where it writes no capitals)")


class SourceRoleFact(PartFields):
    """A person a cited source names as holding a role that the claim gives another person
    ("chief executive Pieter Jansen" in the claim, "chief executive Annelies de Vries" in the
    source): one per role the claim gives and other holder. Roles are those one person holds
    at a time (lexicon `single_holder_roles`, and any occupation after `single_holder_heads`),
    offices (`office_roles`) and family relations (`kin_nouns`), the last two only where the
    source gives the claim's person another."""

    role: str | None = _field("the role, in its normal form (`chief executive` for `CEO`)")
    person: str | None = _field("who the claim gives it to, as written")
    holder: str | None = _field("who the source gives it to, as written")
    ref: str | None = _field("the source's reference id")
    passage: str | None = _field("the source's sentence naming the holder, at most 160 "
                                 "characters, for messages")
    person_holds: bool | None = _field("a cited source gives the claim's person this role too "
                                       "(or one of the same head word: `coach`, `head coach`)")
    person_role: str | None = _field("another role the cited sources give the claim's person")


class SourceStatementFact(PartFields):
    """A person a cited source gives the words to that the claim reports another person said
    ("Marr said the rate must not change" in the claim, "'The rate must not change,' said
    Megan Boyle" in the source): one per statement the claim reports in its own words (no
    quotation marks; quotations are `quote` facts) and source passage that holds most of its
    content words, as well as any passage does, where each such passage names its speaker."""

    person: str | None = _field("who the claim says spoke, as written")
    holder: str | None = _field("who the source says spoke, as written")
    ref: str | None = _field("the source's reference id")
    passage: str | None = _field("the source's passage, with its attribution, at most 160 "
                                 "characters, for messages")
    person_says: bool | None = _field("a passage that holds the words as well gives them to "
                                      "the claim's person or names them")
    person_named: bool | None = _field("a cited source names the claim's person (its surname)")


class SourceSubjectFact(PartFields):
    """A sentence of a cited source that says what the claim says of a name of its own ("Jurgen
    Klopp has tipped compatriot Jurgen Klopp to make his mark") of another named subject
    ("Arsenal defender Per Mertesacker has tipped compatriot Jurgen Klopp to make his mark"),
    where every source sentence with those words says them of another: one per claim at
    most."""

    subject: str | None = _field("the claim's name (the one it opens with, or one inside "
                                 "it), or who the claim has do it where it opens with a "
                                 "description (`the 37-year-old`, `the postman`), as written")
    holder: str | None = _field("the source's name in its place, as written")
    words: str | None = _field("the words the claim and the source share next to the names, "
                               "lower-cased (around a name inside: `team from the … museum "
                               "of natural`)")
    ref: str | None = _field("the source's reference id")
    passage: str | None = _field("the source's sentence, at most 160 characters, for messages")


class SourceOutcomeFact(PartFields):
    """A statement of a cited source that a thing the claim says was decided one way came out
    the other ("voted to reject the pay offer" in the claim, "voted to accept the offer" in
    the source): one per outcome of the claim and such statement. Outcomes are read from the
    verbs of lexicon `outcomes_for` and `outcomes_against`, by the thing decided."""

    thing: str | None = _field("what was decided, its head word: `offer`, `appeal`; for a "
                               "contest its sides' last words: `ruiz v tanaka`")
    claimed: str | None = _field("the claim's verb, as written")
    said: str | None = _field("the source's verb, as written")
    ref: str | None = _field("the source's reference id")
    passage: str | None = _field("the source's sentence, at most 160 characters, for messages")
    agreed: bool | None = _field("a cited source also states the claim's way")


class SourcePlaceFact(PartFields):
    """A sentence of a cited source that puts a thing the claim puts in one place ("a sawmill
    in Strathcarn") in another ("processed at a sawmill in Inverallan"), where no source
    sentence with the thing names the claim's place: one per such place and sentence."""

    thing: str | None = _field("the word before the place, as the claim writes it")
    place: str | None = _field("the claim's place")
    given: str | None = _field("the source's place")
    said: str | None = _field("the source's words for the thing and its place (\"sawmill in "
                              "Inverallan\")")
    ref: str | None = _field("the source's reference id")
    passage: str | None = _field("the source's sentence, at most 160 characters, for messages")


class CitedSourceFact(PartFields):
    """A source the claim cites whose text is at hand: one per claim and reference."""

    ref: str | None = _field("the reference's id")
    text: str | None = _field("its text normalized: lower-cased words, no punctuation")
    content: str | None = _field("the stems of its content words, space-separated")


class ReferenceFact(FactFields):
    ref: str | None = _field("its id")
    label: str | None = _field("as listed")
    cited: bool | None = _field("some claim cites it")
    has_text: bool | None = _field("its text is at hand")
    listed: bool | None = _field("in the article's own list, not only a file in a shared "
                                 "sources folder")


class LedgerFact(FactFields):
    """One entry of the ledger of verified figures (``--facts``)."""

    key: str | None = _field("the fact it is a value of: subject and metric, for joins")
    subject: str | None = _field("who or what, as the ledger writes it")
    metric: str | None = _field("what is measured, as the ledger writes it")
    value: float | None = _field("the verified value, if it is one figure")
    low: float | None = _field("lowest value it backs (the value less its tolerance)")
    high: float | None = _field("highest value it backs")
    unit: str | None = _field("its unit")
    as_of: str | None = _field("the date it holds from, `2024-01-01`")
    source: str | None = _field("where it was verified")
    newest: bool | None = _field("the newest entry of its fact")
    shown: str | None = _field("its value as messages show it: `90%`, `85–95%`")


class MentionFact(PartFields):
    """A figure of a claim that states a ledger fact: the claim names the fact's subject and
    one of its metric's phrases, and the units agree."""

    figure: str | None = _field("the quantity's `figure`")
    key: str | None = _field("the ledger fact's `key`")


class DerivedFact(PartFields):
    """A fact a rule derived (its `derive`): a total computed from parts, a figure normalized
    from a source. Its claim is that of the binding it was derived from."""

    name: str | None = _field("what it is, as the deriving rule names it, e.g. `parts-total`")
    key: str | None = _field("what it is about, for joins: e.g. the frame of the total")
    value: float | None = _field("the derived figure")
    low: float | None = _field("lowest plausible value")
    high: float | None = _field("highest plausible value")
    unit: str | None = _field("its unit")
    text: str | None = _field("how to show it in messages")
    about: str | None = _field("the id of the fact it was derived from")
    rule: str | None = _field("the id of the rule that derived it")


# The one declaration of every fact kind's fields: the compiler's field table, the fact
# builder's check, the JSON Schema (`factcheck schema facts`), the field table of
# docs/rules-guide.md and the test strategies all come from it.
FACT_MODELS: dict[FactKind, type[FactFields]] = {
    FactKind.CLAIM: ClaimFact, FactKind.QUANTITY: QuantityFact, FactKind.ACTOR: ActorFact,
    FactKind.STANCE: StanceFact, FactKind.GROUP_STANCE: GroupStanceFact,
    FactKind.CITATION: CitationFact, FactKind.REFERENCE: ReferenceFact,
    FactKind.QUOTE: QuoteFact, FactKind.CITED_SOURCE: CitedSourceFact,
    FactKind.SOURCE_FIGURE: SourceFigureFact, FactKind.SOURCE_QUOTE: SourceQuoteFact,
    FactKind.SOURCE_ROLE: SourceRoleFact, FactKind.SOURCE_OUTCOME: SourceOutcomeFact,
    FactKind.SOURCE_PLACE: SourcePlaceFact,
    FactKind.SOURCE_STATEMENT: SourceStatementFact, FactKind.SOURCE_SUBJECT: SourceSubjectFact,
    FactKind.DERIVED: DerivedFact, FactKind.LEDGER: LedgerFact, FactKind.MENTION: MentionFact,
}


def _scalar_type(annotation: Any) -> type:
    """``str | None`` -> ``str``: the one type a field's values have."""
    (declared,) = [arg for arg in get_args(annotation) if arg is not type(None)]
    return cast(type, declared)


FACT_FIELDS: dict[FactKind, dict[str, type]] = {
    kind: {name: _scalar_type(info.annotation) for name, info in model.model_fields.items()}
    for kind, model in FACT_MODELS.items()
}
_TYPE_NAMES = {str: "text", int: "int", float: "float", bool: "bool"}


def fields_table() -> str:
    """The Markdown table of fact kinds and their fields, for docs/rules-guide.md."""
    rows = ["| kind | fields (type: meaning) |", "| --- | --- |"]
    for kind, model in FACT_MODELS.items():
        fields = [f"`{name}` ({_TYPE_NAMES[FACT_FIELDS[kind][name]]}"
                  + (f": {info.description}" if info.description else "") + ")"
                  for name, info in model.model_fields.items()]
        rows.append(f"| `{kind.value}` | " + ", ".join(fields) + " |")
    return "\n".join(rows) + "\n"


def facts_json_schema() -> dict[str, Any]:
    """JSON Schema of the facts rules match: one definition per kind."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "factcheck facts",
        "description": "The fields of each kind of fact that rules match.",
        "$defs": {kind.value: model.model_json_schema() for kind, model in FACT_MODELS.items()},
        "oneOf": [{"$ref": f"#/$defs/{kind.value}"} for kind in FACT_MODELS],
    }


class Fact(BaseModel):
    """One fact of one document. ``fields`` hold only declared fields with non-null values."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    kind: FactKind
    claim_id: str | None = None
    part: int | None = None  # index of the part within its claim, to find its span again
    fields: dict[str, Scalar]

    def get(self, name: str) -> Any:
        if name == "kind":
            return self.kind.value
        if name == "id":
            return self.id
        return self.fields.get(name)
