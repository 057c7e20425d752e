"""The assert-facts stage: a document's claims, and the ledger of verified figures given with
``--facts``, become flat, typed facts for the matching core."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence

from factcheck.extract.alignment import content_words, novel_share, similarity
from factcheck.extract.frames import in_the_singular
from factcheck.extract.grammar import grammar
from factcheck.extract.lookup import LexiconLookup, default_lookup
from factcheck.extract.numbers import is_ordinal
from factcheck.extract.quantities import is_age
from factcheck.extract.tables import is_table_row
from factcheck.models import CitationKind, Claim, Document, Quantity, QuantityKind, figure_id
from factcheck.models.fact import FACT_FIELDS, Fact, FactKind, Scalar
from factcheck.models.ledger import Ledger, LedgerEntry
from factcheck.models.trusted import trusted
from factcheck.sources import SourceReading, fold, is_range
from factcheck.support.antecedents import reported_antecedent, with_antecedent
from factcheck.support.ends import swapped_end
from factcheck.support.figures import DATING, StatedFigure, balance, stated_figures, trend
from factcheck.support.outcomes import opposed_outcomes
from factcheck.support.pairings import an_age_of_another, given_to_another
from factcheck.support.passages import as_cased, cut
from factcheck.support.people import (
    ages_given,
    given_roles,
    given_statements,
    persons_name,
    quoting_passages,
    speaker,
    surname_key,
    surname_of_a_full_name,
)
from factcheck.support.places import placed_elsewhere
from factcheck.support.recounts import counted_instead
from factcheck.support.subjects import said_of_another


class _Superlatives:
    """The lexicon's ``superlatives`` ("record", "highest", "first-ever"): a claim with one
    states a superlative a reader would want sourced."""

    def __init__(self, lex: LexiconLookup) -> None:
        self.pattern = re.compile(
            rf"\b{lex.starting('superlatives')}(?:{lex.alternation('superlatives')})\b",
            re.IGNORECASE)


# The kinds of fact with fields read from a claim's cited sources: a rule set that binds none
# of them needs no source read.
SOURCE_READ_KINDS = frozenset((FactKind.CLAIM, FactKind.QUANTITY, FactKind.QUOTE,
                               FactKind.CITED_SOURCE, FactKind.SOURCE_FIGURE,
                               FactKind.SOURCE_QUOTE, FactKind.SOURCE_ROLE,
                               FactKind.SOURCE_STATEMENT, FactKind.SOURCE_OUTCOME,
                               FactKind.SOURCE_PLACE, FactKind.SOURCE_SUBJECT))


def normalize_ref(ref_id: str) -> str:
    """Footnote ``[^1]`` and marker ``[1]`` point to the same reference ``1``."""
    return ref_id.lstrip("^").strip()


def build_facts(document: Document, claims: Sequence[Claim],
                known_names: Mapping[str, str] | None = None,
                kinds: Collection[FactKind] | None = None,
                sources: Mapping[str, SourceReading] | None = None,
                lookup: LexiconLookup | None = None) -> list[Fact]:
    """``known_names``: actor id -> the name to show for it (the lexicon's), for groups that
    the text itself may not name ("Trump and Bessent" are members of the U.S. government).
    ``kinds``: only facts of these kinds (the ones a rule pack binds), all by default.
    ``sources``: the sources stage's readings by reference id, for `cited_source` facts.
    ``lookup``: the lexicon claims were read with (its superlatives and function words; the
    built-in one by default)."""
    lex = lookup or default_lookup()
    names = _document_names(claims) | dict(known_names or {})
    reference_ids = {normalize_ref(ref.id) for ref in document.references}
    with_text = {normalize_ref(ref.id) for ref in document.references if ref.text}
    cited = {normalize_ref(ref) for claim in claims for ref in claim.cited_ids()}
    facts: list[Fact] = []
    wanted = frozenset(FactKind) if kinds is None else frozenset(kinds)
    numbering = _Numbering(claims)
    # an article that cites nothing has other conventions (a report's "officials said"): its
    # figures are not "uncited"
    document_cites = bool(document.references) or any(
        c.kind is not CitationKind.ATTRIBUTION for claim in claims for c in claim.citations)
    table_cited = False  # a table's rows are cited by the claim that leads into the table
    # every figure the article states, for source figures that count another thing
    article_values = frozenset(quantity.value for claim in claims for quantity in claim.quantities)
    # the claims before each one in its section, whose people a description ("the
    # 34-year-old") or an opening pronoun ("She said …") may refer back to
    earlier: list[str] = []
    section: str | None = None
    for claim in claims:
        if claim.section != section:
            earlier, section = [], claim.section
        readings = _cited_readings(claim, sources or {})
        marked = any(c.kind is not CitationKind.ATTRIBUTION for c in claim.citations)
        if is_table_row(claim.text):
            marked = marked or table_cited
        else:
            table_cited = marked
        facts.extend(_claim_facts(claim, reference_ids, with_text, names, wanted, numbering,
                                  readings, lex, document_cites, marked, article_values,
                                  earlier[-EARLIER_CLAIMS:]))
        earlier.append(claim.text)
    if FactKind.REFERENCE not in wanted:
        return facts
    for number, reference in enumerate(document.references):
        facts.append(_fact(f"r{number}", FactKind.REFERENCE, None, None, {
            "ref": normalize_ref(reference.id), "label": reference.label,
            "cited": normalize_ref(reference.id) in cited, "has_text": reference.text is not None,
            # listed in the article itself, not merely a file in a shared --sources folder
            "listed": reference.span is not None or reference.origin == document.path,
        }))
    return facts


def _document_names(claims: Sequence[Claim]) -> dict[str, str]:
    """Each actor's fullest name in the document: "Harbour Council", not "the council"."""
    names: dict[str, str] = {}
    for claim in claims:
        for actor in claim.actors:
            if len(actor.name) > len(names.get(actor.id, "")):
                names[actor.id] = actor.name
    return names


# The facts that read a claim opening with a pronoun as the person it stands for.
_READ_WITH_ANTECEDENT = frozenset({FactKind.QUOTE, FactKind.SOURCE_STATEMENT,
                                   FactKind.SOURCE_SUBJECT})


# How many claims before one a description in it may refer back to ("the 52-year-old" in a
# summary's fourth sentence is often the person its first names).
EARLIER_CLAIMS = 6


def _claim_facts(claim: Claim, reference_ids: set[str], with_text: set[str],
                 known_names: Mapping[str, str], wanted: frozenset[FactKind],
                 numbering: _Numbering, cited: Sequence[SourceReading],
                 lex: LexiconLookup, document_cites: bool, marked: bool,
                 article_values: frozenset[float], earlier: Sequence[str]) -> Iterator[Fact]:
    common: dict[str, Scalar | None] = {"claim": claim.id, "section": claim.section}
    # A claim's content words are compared with its sources' only: read them for those.
    words = content_words(claim.text, lex) if cited else None
    if FactKind.CLAIM in wanted:
        yield _claim_fact(claim, common, cited, words, lex, document_cites, marked)
    # what the sources state of each figure, read for rule sets that match it
    stated = _stated(claim, cited, words, lex) if (
        FactKind.SOURCE_FIGURE in wanted and words is not None) else None
    if FactKind.QUANTITY in wanted:
        for number, quantity in enumerate(claim.quantities):
            figure = figure_id(claim.id, number)
            yield _fact(figure, FactKind.QUANTITY, claim.id, number, {
                **common, **_quantity_fields(quantity, lex), "figure": figure,
                "trend": trend(claim, quantity, lex)
                if cited and quantity.kind not in DATING else None,
                "balance": balance(claim.text, quantity.span.start - claim.span.start,
                                   quantity.span.end - claim.span.start, lex)
                if cited and quantity.kind is QuantityKind.CURRENCY else None,
                "source_figures": sum(found.own_family for found in stated[number])
                if stated is not None else None})
    if stated is not None:
        yield from _source_figure_facts(claim, common, stated, cited, article_values, earlier,
                                        lex)
    if FactKind.ACTOR in wanted:
        for number, actor in enumerate(claim.actors):
            yield _fact(f"{claim.id}.a{number}", FactKind.ACTOR, claim.id, number, {
                **common, "actor": actor.id, "name": actor.name,
                "actor_kind": actor.kind.value, "role": actor.role,
                "group": actor.groups[0] if actor.groups else None,
            })
    if wanted & _STANCE_KINDS:
        yield from _stance_facts(claim, common, known_names, wanted)
    if FactKind.CITATION in wanted:
        yield from _citation_facts(claim, common, reference_ids, with_text, numbering)
    # a claim that opens with "He" or "She", read with the person it stands for (who the
    # claims before name)
    cased = as_cased(claim.text, cited) if cited and wanted & _READ_WITH_ANTECEDENT else ""
    resolved = with_antecedent(cased, earlier, cited, lex) if cased else None
    if FactKind.QUOTE in wanted:
        yield from _quote_facts(claim, common, cited, lex, resolved)
    if FactKind.SOURCE_QUOTE in wanted and cited:
        yield from _source_quote_facts(claim, common, cited, lex)
    if FactKind.SOURCE_ROLE in wanted and cited:
        for place, given in enumerate(given_roles(claim, cited, lex)):
            yield _fact(f"{claim.id}.r{place}", FactKind.SOURCE_ROLE, claim.id, None, {
                **common, "role": given.role, "person": given.person, "holder": given.holder,
                "ref": given.source, "passage": cut(given.passage),
                "person_holds": given.person_holds, "person_role": given.person_role})
    if FactKind.SOURCE_STATEMENT in wanted and cited:
        for place, reported in enumerate(given_statements(claim, cited, lex, resolved)):
            yield _fact(f"{claim.id}.p{place}", FactKind.SOURCE_STATEMENT, claim.id, None, {
                **common, "person": reported.person, "holder": reported.holder,
                "ref": reported.source, "passage": cut(reported.passage),
                "person_says": reported.person_says, "person_named": reported.person_named})
    if FactKind.SOURCE_SUBJECT in wanted and cited and (swapped := said_of_another(
            claim, cited, lex, resolved or reported_antecedent(
                cased, earlier, cited, lex))) is not None:
        yield _fact(f"{claim.id}.j0", FactKind.SOURCE_SUBJECT, claim.id, None, {
            **common, "subject": swapped.subject, "holder": swapped.holder, "words": swapped.words,
            "ref": swapped.source, "passage": cut(swapped.passage)})
    if FactKind.SOURCE_OUTCOME in wanted and cited:
        for place, opposed in enumerate(opposed_outcomes(claim, cited, lex)):
            yield _fact(f"{claim.id}.o{place}", FactKind.SOURCE_OUTCOME, claim.id, None, {
                **common, "thing": opposed.thing, "claimed": opposed.claimed,
                "said": opposed.said, "ref": opposed.source, "passage": cut(opposed.passage),
                "agreed": opposed.agreed})
    if FactKind.SOURCE_PLACE in wanted and cited:
        for place, other in enumerate(placed_elsewhere(claim, cited, lex)):
            yield _fact(f"{claim.id}.l{place}", FactKind.SOURCE_PLACE, claim.id, None, {
                **common, "thing": other.thing, "place": other.place, "given": other.given,
                "said": other.said, "ref": other.source, "passage": cut(other.passage)})
    if FactKind.CITED_SOURCE in wanted:
        for reading in cited:
            yield _fact(f"{claim.id}.src{reading.id}", FactKind.CITED_SOURCE, claim.id, None, {
                **common, "ref": reading.id, "text": reading.normalized,
                "content": reading.content_text})


_STANCE_KINDS = frozenset((FactKind.STANCE, FactKind.GROUP_STANCE))
# A name in the possessive ("Amankwah's coursemate"): whose the speaker is, not the speaker,
# so a passage naming the claim's speaker so does not name them as one who spoke.
_POSSESSIVE_NAME = re.compile(r"\b[A-Z][\w-]*['’]s\b")
# A run of capitalized words, a short lower-case particle between two of them ("Anna van der
# Berg"): a name, as a passage's names are looked up.
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’-]*)*")


def _names_key(passage: str) -> str:
    """The letters of each name of a passage (``_NAME_RUN``), lower-cased, without accents,
    one word per name, names in the possessive left out ("Amankwah's coursemate"): a surname
    key is looked up in it, and a common word that holds one ("whale" of "Hale") is none.
    All the passage's letters where it writes no capitals (a lower-cased source)."""
    kept = _POSSESSIVE_NAME.sub("", passage)
    if kept == kept.lower():
        return fold(kept)
    return " ".join(fold(run) for run in _NAME_RUN.findall(kept))


def _stated(claim: Claim, cited: Sequence[SourceReading], words: frozenset[str],
            lex: LexiconLookup) -> list[list[StatedFigure]]:
    """For each figure of the claim, the figures of its sources that state it (none for years
    and dates)."""
    notation = grammar(lex)
    return [stated_figures(claim, quantity, cited, words, notation, lex)
            if quantity.kind not in DATING else [] for quantity in claim.quantities]


def _source_figure_facts(claim: Claim, common: dict[str, Scalar | None],
                         stated: Sequence[Sequence[StatedFigure]],
                         cited: Sequence[SourceReading], article_values: frozenset[float],
                         earlier: Sequence[str], lex: LexiconLookup) -> Iterator[Fact]:
    readings = {reading.id: reading for reading in cited}
    for number, found in enumerate(stated):
        figure = figure_id(claim.id, number)
        for place, source_figure in enumerate(found):
            claimed, reading = claim.quantities[number], readings[source_figure.source]
            paired = given_to_another(claim, claimed, source_figure.figure, reading, lex) or (
                an_age_of_another(claim, claimed, source_figure.figure, reading, earlier, cited,
                                  lex))
            recount = counted_instead(claim, claimed, source_figure.figure, reading, article_values,
                                      lex)
            swapped = swapped_end(claim, claimed, source_figure.figure, reading, lex)
            yield _fact(f"{figure}.s{place}", FactKind.SOURCE_FIGURE, claim.id, number, {
                **common, "figure": figure, "ref": source_figure.source,
                "value": source_figure.figure.value,
                "quantity_text": source_figure.figure.text,
                "own_family": source_figure.own_family, "trend": source_figure.trend,
                "ends_at": source_figure.ends_at, "range": is_range(source_figure.figure),
                "balance": source_figure.balance,
                "passage": cut(source_figure.passage),
                "context_share": source_figure.context_share,
                "given_to": paired.given_to if paired else None,
                "claimed_for": paired.claimed_for if paired else None,
                "counts": recount.counts if recount else None,
                "claimed_count": recount.claimed_count if recount else None,
                "swapped_to": swapped.text if swapped else None})


def _quote_facts(claim: Claim, common: dict[str, Scalar | None],
                 cited: Sequence[SourceReading], lex: LexiconLookup,
                 resolved: str | None) -> Iterator[Fact]:
    refs = _markers(cited)
    for number, quote in enumerate(claim.quotes):
        said = speaker(claim, quote, lex, cited, resolved)
        longest = max(range(len(quote.parts)), key=lambda at: len(quote.parts[at]), default=0)
        for part_number, part in enumerate(quote.parts):
            yield _fact(f"{claim.id}.t{number}.{part_number}", FactKind.QUOTE, claim.id, None, {
                **common, "quote": quote.text, "part": part, "parts": len(quote.parts),
                "source_refs": refs,
                "source_similarity": max((similarity(reading.normalized, part)
                                          for reading in cited), default=None),
                "quotation": f"{claim.id}.t{number}", "longest": part_number == longest,
                "speaker": said, "speaker_key": surname_key(said) if said else None,
                "speaker_person": said is not None and (
                    persons_name(said) or _described_person(said, lex)
                    or _aged_in_sources(said, cited, lex)),
                "short": quote.short})


def _described_person(name: str, lex: LexiconLookup) -> bool:
    """A name after a person's description or title that opens it, of two words or more:
    "Skipper Ruth Hale" is a person, though "ruth" and "hale" are words too (lexicon
    person_nouns, titles)."""
    words = name.split()
    return len(words) >= 3 and (words[0].lower() in lex.words("person_nouns")
                                or lex.is_title(words[0]))


def _aged_in_sources(name: str, cited: Sequence[SourceReading], lex: LexiconLookup) -> bool:
    """Whether a cited source gives the named person an age ("Grace Baker, 49,"): a person,
    though "grace" and "baker" are words too."""
    key = surname_key(name)
    return any(surname_key(given) == key for source in cited
               for given, _ in ages_given(source.text, lex))


def _source_quote_facts(claim: Claim, common: dict[str, Scalar | None],
                        cited: Sequence[SourceReading], lex: LexiconLookup) -> Iterator[Fact]:
    for number, quote in enumerate(claim.quotes):
        for place, held in enumerate(quoting_passages(quote, cited, lex)):
            yield _fact(f"{claim.id}.t{number}.s{place}", FactKind.SOURCE_QUOTE, claim.id, None, {
                **common, "quotation": f"{claim.id}.t{number}", "ref": held.source,
                "speaker": held.speaker,
                "speaker_key": surname_key(held.speaker) if held.speaker else None,
                "person": held.speaker is not None and (
                    persons_name(held.speaker) or surname_of_a_full_name(held.speaker, cited)),
                "passage": cut(held.passage), "passage_key": _names_key(held.passage)})


def _cited_readings(claim: Claim, sources: Mapping[str, SourceReading]) -> list[SourceReading]:
    """The readings of the sources the claim cites, in reference order."""
    if not sources or not claim.citations:
        return []
    cited = {normalize_ref(ref) for ref in claim.cited_ids()}
    return [reading for ref_id, reading in sources.items() if ref_id in cited]


def _claim_fact(claim: Claim, common: dict[str, Scalar | None],
                cited: Sequence[SourceReading], words: frozenset[str] | None,
                lex: LexiconLookup, document_cites: bool, marked: bool) -> Fact:
    headline = _HEADLINE.fullmatch(claim.text.strip()) is not None
    figures = [] if headline else [q.text for q in claim.quantities
                                   if _statistic(claim, q, lex)]
    superlative = None if headline else lex.derived(_Superlatives).pattern.search(claim.text)
    content = sorted(words) if words is not None else None
    return _fact(claim.id, FactKind.CLAIM, claim.id, None, {
        **common, "text": claim.text, "quantities": len(claim.quantities),
        "citations": len(claim.citations),
        "cited": marked,
        "document_cites": document_cites,
        "attributed": claim.attribution is not None
        or any(c.kind in (CitationKind.ATTRIBUTION, CitationKind.SOURCE_NOTE)
               for c in claim.citations),
        "has_statistic": bool(figures),
        "has_superlative": superlative is not None,
        # What a reader would want sourced: the first figure, else the superlative.
        "statistic": figures[0] if figures else superlative.group(0) if superlative else None,
        "content": " ".join(content) if content is not None else None,
        "content_count": len(content) if content is not None else None,
        "unsourced_share": novel_share(words, [reading.content for reading in cited])
        if words is not None else None,
        "source_refs": _markers(cited),
        "source_alignment": max((share for reading in cited
                                 for share in reading.index.shares(words).values()), default=0.0)
        if words is not None else None,
    })


# A line set in bold or italics with no full stop: a headline, whose figures the body gives
# ("**Metro extension hits one million riders**").
_HEADLINE = re.compile(r"(\*\*|__|\*|_)[^*_\n]+\1")

def _statistic(claim: Claim, quantity: Quantity, lex: LexiconLookup) -> bool:
    """A figure a reader would want sourced: not a year or date, nor a count that describes,
    names or ranks rather than measures: an age ("the 87-year-old", "Varga, 23,", "Dr Hollis,
    67.", "aged 15": the lexicon's ``age_words``), a rank ("the top 10"; ``rank_words``), an
    ordinal ("finished 14th"), a number in a name ("Radio 4", "Model 3"), a compound ("a
    two-year contract", "a father-of-two"), or a small count in words ("three men", "the two
    sides"). (Identifiers such as "Route 66" are no figures at all: extraction leaves them
    out.)"""
    if quantity.kind in (QuantityKind.YEAR, QuantityKind.DATE):
        return False
    if quantity.kind is not QuantityKind.COUNT or quantity.hedge is not None:
        return True
    text, start = claim.text, quantity.span.start - claim.span.start
    end = start + len(quantity.text)
    words = not any(char.isdigit() for char in quantity.text)
    if is_age(text, quantity, start, lex) or text[end:end + 1] == "-" or (
            words and quantity.value <= SMALL_COUNT) or text[max(0, start - 4):start] == "-of-" or (
            is_ordinal(quantity.text, text[end:end + 4])):
        return False
    before = text[:start].rstrip()
    word = before[before.rfind(" ") + 1:]
    if word[:1].isupper() and word.isalpha() and quantity.text.isdigit() and (
            quantity.value < NAME_NUMBER) and _NOT_FIRST.search(before):
        return False  # "Radio 4", "Falcon 9", "Boeing 737": a name's number
    return word.lower() not in lex.words("rank_words")


SMALL_COUNT = 10  # written in words, at most this: an everyday count, not a statistic
NAME_NUMBER = 1000  # a number right after a capitalized word and below this is a name's
_NOT_FIRST = re.compile(r"\S\s+\S+$")  # the word before is not the claim's first


def _markers(cited: Sequence[SourceReading]) -> str | None:
    """``[1], [2]``: how messages name a claim's cited sources."""
    return ", ".join(f"[{reading.id.lstrip('^')}]" for reading in cited) or None


def _stance_facts(claim: Claim, common: dict[str, Scalar | None],
                  known_names: Mapping[str, str], wanted: frozenset[FactKind]) -> Iterator[Fact]:
    groups = {actor.id: actor.groups for actor in claim.actors}
    names = {actor.id: actor.name for actor in claim.actors}  # as the claim names it
    for number, stance in enumerate(claim.stances):
        fields: dict[str, Scalar | None] = {
            **common, "actor": stance.actor, "actor_name": names.get(stance.actor, stance.actor),
            "topic": stance.topic,
            "polarity": stance.polarity.value, "cue": stance.cue, "negated": stance.negated,
            "reported": stance.reported, "time_marker": stance.time_marker,
        }
        if FactKind.STANCE in wanted:
            yield _fact(f"{claim.id}.s{number}", FactKind.STANCE, claim.id, number, fields)
        for group in groups.get(stance.actor, ()) if FactKind.GROUP_STANCE in wanted else ():
            yield _fact(f"{claim.id}.s{number}.{group}", FactKind.GROUP_STANCE, claim.id, number,
                        {**fields, "group": group,
                         "group_name": known_names.get(group, group)})


def _citation_facts(claim: Claim, common: dict[str, Scalar | None], reference_ids: set[str],
                    with_text: set[str], numbering: _Numbering) -> Iterator[Fact]:
    for number, citation in enumerate(claim.citations):
        refs = citation.ids or ((None,) if citation.kind is not CitationKind.MARKER else ())
        for ref_number, ref in enumerate(refs):
            ref_id = normalize_ref(ref) if ref else None
            fact_id = f"{claim.id}.c{number}.{ref_number}"
            numbered = citation.kind is CitationKind.MARKER and ref_id is not None and (
                ref_id.isdigit())
            yield _fact(fact_id, FactKind.CITATION, claim.id, number, {
                **common, "ref": ref_id, "citation_kind": citation.kind.value,
                "marker": citation.text, "source": citation.source,
                "resolved": ref_id in reference_ids if ref_id else True,
                "has_source_text": ref_id in with_text if ref_id else False,
                "number": int(ref_id) if numbered and ref_id else None,
                "first_of_number": numbering.first.get(int(ref_id)) == fact_id
                if numbered and ref_id else None,
                "previous_number": numbering.previous.get(int(ref_id))
                if numbered and ref_id else None,
                "numbers_skipped": int(ref_id) - numbering.previous[int(ref_id)] - 1
                if numbered and ref_id else None,
            })


class _Numbering:
    """How a document's markers number their references: the first marker of each number,
    and for each number the one below it that some marker cites (0 for the lowest)."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.first: dict[int, str] = {}
        for claim in claims:
            for number, citation in enumerate(claim.citations):
                if citation.kind is not CitationKind.MARKER:
                    continue
                for ref_number, ref in enumerate(citation.ids):
                    ref_id = normalize_ref(ref)
                    if ref_id.isdigit():
                        self.first.setdefault(int(ref_id), f"{claim.id}.c{number}.{ref_number}")
        cited = sorted(self.first)
        self.previous = dict(zip(cited, [0, *cited], strict=False))


def _quantity_fields(quantity: Quantity, lex: LexiconLookup) -> dict[str, Scalar | None]:
    return {
        "quantity_kind": quantity.kind.value, "value": quantity.value,
        "low": quantity.interval.low, "high": quantity.interval.high, "unit": quantity.unit,
        "hedge": quantity.hedge, "subject": quantity.subject, "metric": quantity.metric,
        "compared_to": quantity.compared_to, "ratio_phrase": quantity.ratio_phrase,
        "change_from": quantity.change_from, "change_to": quantity.change_to,
        "change_from_margin": quantity.change_from_margin,
        "change_to_margin": quantity.change_to_margin,
        "direction": quantity.direction, "quantity_text": quantity.text,
        "in_digits": any(char.isdigit() for char in quantity.text),
        "period": quantity.period, "frame": frame_of(quantity, lex),
        "least": quantity.value if quantity.hedge is None else quantity.interval.low,
        "most": quantity.value if quantity.hedge is None else quantity.interval.high,
        "whole": quantity.whole, "part_of": quantity.part_of, "ratio_of": quantity.ratio_of,
        "ratio_to": quantity.ratio_to, "elapsed": quantity.elapsed,
        "elapsed_to": quantity.elapsed_to, "elapsed_text": quantity.elapsed_text,
        "elapsed_against": quantity.elapsed_against,
    }


# Figures that, after a growth verb, say by how much a metric changed.
_AMOUNT_KINDS = frozenset((QuantityKind.COUNT, QuantityKind.CURRENCY))


def frame_of(quantity: Quantity, lookup: LexiconLookup | None = None) -> str | None:
    """What a figure is a value of: its metric, whose it is and when, or None without a metric.
    Two figures with one frame are two statements of one value. A share's predicate is part of
    it: "62% of nurses said they had worked unpaid overtime" and "45% of nurses said they had
    never been paid" answer two questions about one whole. A value someone expects is only
    one value with other expectations of it ("expected deficit"), not with the value stated; a
    value someone asks for has no frame: two parties ask for different values, and a request
    need not be met ("asked for 11 years" and "imposed nine years"). An amount by which a
    metric changed is the change's ("change in profit"), not the metric's level."""
    if quantity.metric is None or quantity.mood == "requested":
        return None
    metric = in_the_singular(quantity.metric, (lookup or default_lookup()).words("plural_nouns"))
    if quantity.direction is not None and quantity.kind in _AMOUNT_KINDS:
        metric = f"change in {metric}"  # "profit rose £3 million": not the profit's level
    frame = metric if quantity.mood is None else f"{quantity.mood} {metric}"
    if quantity.predicate:
        frame += f" {quantity.predicate}"
    if quantity.subject:
        frame += f" ({quantity.subject})"
    if quantity.period:
        frame += f", {quantity.period}"
    return frame


def _fact(fact_id: str, kind: FactKind, claim_id: str | None, part: int | None,
          fields: dict[str, Scalar | None]) -> Fact:
    shape = (kind, tuple(fields))
    if shape not in _CHECKED_SHAPES:  # a few shapes per kind: each checked once per process
        if not _DECLARED[kind].issuperset(fields):
            raise KeyError(f"undeclared {kind.value} fields: {set(fields) - _DECLARED[kind]}")
        _CHECKED_SHAPES.add(shape)
    floats = _FLOAT_FIELDS[kind]
    clean: dict[str, Scalar] = {
        # an int where a float is declared ("from 50 to 60") is stored as one type: durable-rules
        # compares across types lexically
        name: float(value) if type(value) is int and name in floats else value
        for name, value in fields.items() if value is not None
    }
    return trusted(Fact, id=fact_id, kind=kind, claim_id=claim_id, part=part, fields=clean)


_DECLARED = {kind: frozenset(fields) for kind, fields in FACT_FIELDS.items()}
_CHECKED_SHAPES: set[tuple[FactKind, tuple[str, ...]]] = set()
_FLOAT_FIELDS = {kind: frozenset(name for name, declared in fields.items() if declared is float)
                 for kind, fields in FACT_FIELDS.items()}


def ledger_facts(ledger: Ledger, claims: Sequence[Claim]) -> list[Fact]:
    """The ledger's entries as facts (each fact's newest entry first), and a mention fact for
    every figure that states one of its facts: the claim names the fact's subject (as the
    figure's subject or one of its actors) and a phrase of its metric (in the figure's metric
    or anywhere in the claim), in the fact's unit."""
    facts: list[Fact] = []
    histories = list(ledger.facts())
    for number, history in enumerate(histories):
        key = _ledger_key(history[-1])
        for age, entry in enumerate(reversed(history)):
            interval = entry.interval
            facts.append(_fact(f"l{number}.{age}", FactKind.LEDGER, None, None, {
                "key": key, "subject": entry.subject, "metric": entry.metric,
                "value": entry.value, "low": interval.low, "high": interval.high,
                "unit": entry.unit, "as_of": entry.as_of.isoformat(), "source": entry.source,
                "newest": age == 0, "shown": _shown(entry),
            }))
    # Each fact's newest entry, read once: its key, subject, metric phrases and unit, normalized.
    known = [(_ledger_key(newest), _norm(newest.subject),
              [f" {_norm(phrase)} " for phrase in newest.phrases()],
              None if newest.unit is None else _norm(newest.unit))
             for newest in (history[-1] for history in histories)]
    for claim in claims:
        actors = {*(_norm(a.id) for a in claim.actors), *(_norm(a.name) for a in claim.actors)}
        text = _norm(claim.text)
        for index, quantity in enumerate(claim.quantities):
            figure = figure_id(claim.id, index)
            where = f" {_norm(quantity.metric)} {text} "
            subjects = actors | {_norm(quantity.subject)}
            for key, subject, phrases, unit in known:
                if (_units_match(unit, quantity) and subject in subjects
                        and any(phrase in where for phrase in phrases)):
                    facts.append(_fact(f"{figure}.m{len(facts)}", FactKind.MENTION, claim.id,
                                       index, {"claim": claim.id, "section": claim.section,
                                               "figure": figure, "key": key}))
    return facts


def _ledger_key(entry: LedgerEntry) -> str:
    return f"{_norm(entry.subject)} | {_norm(entry.metric)}"


def _norm(text: str | None) -> str:
    return " ".join(_NOT_A_WORD.sub(" ", (text or "").lower()).split())


_NOT_A_WORD = re.compile(r"[^\w%]+")


def _units_match(unit: str | None, quantity: Quantity) -> bool:
    """A figure states a ledger fact in its unit (normalized), or where either names none, in
    a kind that can hold one (not a year, date or ratio)."""
    if unit is None or quantity.unit is None:
        return quantity.kind not in (QuantityKind.YEAR, QuantityKind.DATE, QuantityKind.RATIO)
    return unit == _norm(quantity.unit)


def _shown(entry: LedgerEntry) -> str:
    unit = entry.unit or ""
    if entry.value is not None:
        return f"{entry.value:g}{unit}"
    if entry.high is None:
        return f"at least {entry.low:g}{unit}"
    if entry.low is None:
        return f"at most {entry.high:g}{unit}"
    return f"{entry.low:g}–{entry.high:g}{unit}"
