"""The extraction lexicon: actors (gazetteer), stance cues and topics, read from YAML in rules/.

Lexicons are data so users can extend them without a release: a folder given with `lexicons`
in configuration is merged after the built-in one (same actor or topic id: extended).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, TypeAdapter, ValidationError

from factcheck import cache
from factcheck.errors import FactcheckError
from factcheck.extract.lookup import LexiconLookup, number_forms
from factcheck.load.read import read_text
from factcheck.models import ActorKind
from factcheck.yamlio import YamlError, load_yaml, locate, plain


class LexiconError(FactcheckError):
    pass


class ActorEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    name: str
    kind: ActorKind = ActorKind.UNKNOWN
    aliases: list[str] = Field(default_factory=list)
    groups: list[str] = Field(default_factory=list)


class PlaceEntry(BaseModel):
    """A country or region, with the other words that name it: "Britain", "UK", "British"."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)

    def words(self) -> list[str]:
        return [self.name, *self.aliases, *self.demonyms]


class TopicEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    phrases: list[str] = Field(default_factory=list)
    against: list[str] = Field(default_factory=list)


class StanceCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    support: list[str] = Field(default_factory=list)
    oppose: list[str] = Field(default_factory=list)


class WordLists(BaseModel):
    """The plain word lists of a lexicon: a file's, and the merged lexicon's (each file's lists
    appended to the ones before)."""

    model_config = ConfigDict(extra="forbid")

    weak_cues: list[str] = Field(default_factory=list)
    negations: list[str] = Field(default_factory=list)
    reported_speech: list[str] = Field(default_factory=list)
    denial_verbs: list[str] = Field(default_factory=list)
    denied_nouns: list[str] = Field(default_factory=list)
    time_markers: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    organization_heads: list[str] = Field(default_factory=list)
    passing_modifiers: list[str] = Field(default_factory=list)
    sentence_openers: list[str] = Field(default_factory=list)
    compass_words: list[str] = Field(default_factory=list)
    place_heads: list[str] = Field(default_factory=list)
    company_words: list[str] = Field(default_factory=list)
    company_heads: list[str] = Field(default_factory=list)
    member_roles: list[str] = Field(default_factory=list)
    # roles one person holds at a time, their other spellings, and words before a role that
    # say it passes from one holder to another ("former", "new")
    single_holder_roles: list[str] = Field(default_factory=list)
    single_holder_heads: list[str] = Field(default_factory=list)
    office_roles: list[str] = Field(default_factory=list)
    relation_nouns: list[str] = Field(default_factory=list)
    # verbs whose subject and object may change places and say the same ("A married B")
    symmetric_verbs: list[str] = Field(default_factory=list)
    opening_conjunctions: list[str] = Field(default_factory=list)
    contrast_conjunctions: list[str] = Field(default_factory=list)
    kin_nouns: list[str] = Field(default_factory=list)
    acquaintance_nouns: list[str] = Field(default_factory=list)
    kin_alike: list[list[str]] = Field(default_factory=list)
    kin_owners: list[str] = Field(default_factory=list)
    # verbs by which a decided thing came out for or against, what turns them, and words
    # that end the thing's words after an active verb
    sole_winning_verbs: list[str] = Field(default_factory=list)
    outcomes_for: list[str] = Field(default_factory=list)
    outcomes_against: list[str] = Field(default_factory=list)
    outcome_negations: list[str] = Field(default_factory=list)
    outcome_object_ends: list[str] = Field(default_factory=list)
    outcome_not_things: list[str] = Field(default_factory=list)
    # verbs of an outcome only in a passive ("was cleared"), and the words after one that make
    # it a permission instead ("cleared to fly")
    passive_outcomes_against: list[str] = Field(default_factory=list)
    permission_openers: list[str] = Field(default_factory=list)
    # what a decision was about past its thing: a purpose ("a plan to close the rink") and
    # a charge ("convicted of arson")
    outcome_purposes: list[str] = Field(default_factory=list)
    outcome_charges: list[str] = Field(default_factory=list)
    charge_cues: list[str] = Field(default_factory=list)
    # words after which an outcome verb's word is a noun ("the win")
    outcome_noun_markers: list[str] = Field(default_factory=list)
    # what an appeal is against comes out the other way: "rejected his appeal against a ban"
    appeal_nouns: list[str] = Field(default_factory=list)
    # jailed where the sentence was suspended
    custody_phrases: list[str] = Field(default_factory=list)
    suspension_words: list[str] = Field(default_factory=list)
    custody_sentences: list[str] = Field(default_factory=list)
    custody_terms: list[str] = Field(default_factory=list)
    term_openers: list[str] = Field(default_factory=list)
    # a vote with its tally, and the words after the tally that say which way it went
    vote_verbs: list[str] = Field(default_factory=list)
    votes_for: list[str] = Field(default_factory=list)
    votes_against: list[str] = Field(default_factory=list)
    ballot_for: list[str] = Field(default_factory=list)
    ballot_against: list[str] = Field(default_factory=list)
    # a clause said the opposite way: with a verb's negation dropped or added, or with the
    # opposite verb
    opposite_verbs: list[tuple[str, str]] = Field(default_factory=list)
    verb_negations: list[str] = Field(default_factory=list)
    negated_auxiliaries: list[str] = Field(default_factory=list)
    inflecting_auxiliaries: list[str] = Field(default_factory=list)
    contracted_negations: dict[str, str] = Field(default_factory=dict)
    # who gave and who took: a sale, loan or gift by its verb or noun, and the prepositions
    # before the other side and before what changed hands
    giving_verbs: list[str] = Field(default_factory=list)
    taking_verbs: list[str] = Field(default_factory=list)
    giving_nouns: list[str] = Field(default_factory=list)
    taking_nouns: list[str] = Field(default_factory=list)
    transfer_receivers: list[str] = Field(default_factory=list)
    transfer_givers: list[str] = Field(default_factory=list)
    transfer_objects: list[str] = Field(default_factory=list)
    party_leaders: list[str] = Field(default_factory=list)
    party_pronouns: list[str] = Field(default_factory=list)
    proposal_nouns: list[str] = Field(default_factory=list)
    # who won a contest between two named sides: "A beat B", "A was beaten by B", "A lost to
    # B", "A's win over B", "A's defeat to B"
    winning_verbs: list[str] = Field(default_factory=list)
    losing_participles: list[str] = Field(default_factory=list)
    losing_verbs: list[str] = Field(default_factory=list)
    win_nouns: list[str] = Field(default_factory=list)
    loss_nouns: list[str] = Field(default_factory=list)
    winning_gerunds: list[str] = Field(default_factory=list)
    losing_gerunds: list[str] = Field(default_factory=list)
    # where a side finished against another: "A finished two points behind B"
    placing_verbs: list[str] = Field(default_factory=list)
    placed_ahead: list[str] = Field(default_factory=list)
    placed_behind: list[str] = Field(default_factory=list)
    team_nouns: list[str] = Field(default_factory=list)
    role_aliases: dict[str, str] = Field(default_factory=dict)
    passing_roles: list[str] = Field(default_factory=list)
    appointing_verbs: list[str] = Field(default_factory=list)
    subordinate_roles: list[str] = Field(default_factory=list)
    member_prepositions: list[str] = Field(default_factory=list)
    role_prepositions: list[str] = Field(default_factory=list)
    leading_verbs: list[str] = Field(default_factory=list)
    leading_participles: list[str] = Field(default_factory=list)
    possessive_relatives: list[str] = Field(default_factory=list)
    symmetric_links: list[str] = Field(default_factory=list)
    copulas: list[str] = Field(default_factory=list)
    organization_possessives: list[str] = Field(default_factory=list)
    person_nouns: list[str] = Field(default_factory=list)
    organization_nouns: list[str] = Field(default_factory=list)
    organization_roles: list[str] = Field(default_factory=list)
    # Each entry a word and the head words it refers back to: [club, FC, Athletic, …].
    reference_heads: list[list[str]] = Field(default_factory=list)
    chinese_surnames: list[str] = Field(default_factory=list)
    # The grammar of stances (factcheck/extract/stances.py); see docs/rules-guide.md.
    determiners: list[str] = Field(default_factory=list)
    attributive_determiners: list[str] = Field(default_factory=list)
    aspect_particles: list[str] = Field(default_factory=list)
    object_stops: list[str] = Field(default_factory=list)
    complement_prepositions: list[str] = Field(default_factory=list)
    place_prepositions: list[str] = Field(default_factory=list)
    object_verbs: list[str] = Field(default_factory=list)
    irregular_participles: list[str] = Field(default_factory=list)
    date_words: list[str] = Field(default_factory=list)
    amount_words: list[str] = Field(default_factory=list)
    auxiliaries: list[str] = Field(default_factory=list)
    adverbs: list[str] = Field(default_factory=list)
    pronouns: list[str] = Field(default_factory=list)
    topic_pronouns: list[str] = Field(default_factory=list)
    noun_cues: list[str] = Field(default_factory=list)
    passive_auxiliaries: list[str] = Field(default_factory=list)
    conditional_auxiliaries: list[str] = Field(default_factory=list)
    reported_future: list[str] = Field(default_factory=list)
    undoing_participles: list[str] = Field(default_factory=list)
    condition_markers: list[str] = Field(default_factory=list)
    year_prepositions: list[str] = Field(default_factory=list)
    event_prepositions: list[str] = Field(default_factory=list)
    time_words: list[str] = Field(default_factory=list)
    agent_prepositions: list[str] = Field(default_factory=list)
    coordinators: list[str] = Field(default_factory=list)
    adjective_endings: list[str] = Field(default_factory=list)
    infinitive_cues: list[str] = Field(default_factory=list)
    clause_openers: list[str] = Field(default_factory=list)
    subordinators: list[str] = Field(default_factory=list)
    relative_pronouns: list[str] = Field(default_factory=list)
    prepositions: list[str] = Field(default_factory=list)
    # names (factcheck.extract.names)
    connectors: list[str] = Field(default_factory=list)
    head_connectors: list[str] = Field(default_factory=list)
    not_names: list[str] = Field(default_factory=list)
    word_prefixes: list[str] = Field(default_factory=list)
    compound_heads: list[str] = Field(default_factory=list)
    demonym_endings: list[str] = Field(default_factory=list)
    # sentences (factcheck.extract.segment)
    abbreviations: list[str] = Field(default_factory=list)
    final_abbreviations: list[str] = Field(default_factory=list)
    sentence_starters: list[str] = Field(default_factory=list)
    # figures (factcheck.extract.quantities)
    hedges_below: list[str] = Field(default_factory=list)
    hedges_about: list[str] = Field(default_factory=list)
    hedges_over: list[str] = Field(default_factory=list)
    hedges_under: list[str] = Field(default_factory=list)
    hedges_exact: list[str] = Field(default_factory=list)
    hedge_gaps: list[str] = Field(default_factory=list)
    growth_verbs: list[str] = Field(default_factory=list)
    falling_words: list[str] = Field(default_factory=list)
    not_growth_before_up: list[str] = Field(default_factory=list)
    growth_fillers: list[str] = Field(default_factory=list)
    year_cues: list[str] = Field(default_factory=list)
    year_determiners: list[str] = Field(default_factory=list)
    year_nouns: list[str] = Field(default_factory=list)
    not_units: list[str] = Field(default_factory=list)
    more_words: list[str] = Field(default_factory=list)
    selectors: list[str] = Field(default_factory=list)
    counting_determiners: list[str] = Field(default_factory=list)
    level_verbs: list[str] = Field(default_factory=list)
    not_in_a_metric: list[str] = Field(default_factory=list)
    period_determiners: list[str] = Field(default_factory=list)
    period_nouns: list[str] = Field(default_factory=list)
    put_verbs: list[str] = Field(default_factory=list)
    metric_prepositions: list[str] = Field(default_factory=list)
    amount_determiners: list[str] = Field(default_factory=list)
    value_verbs: list[str] = Field(default_factory=list)
    object_prepositions: list[str] = Field(default_factory=list)
    not_a_fraction_before: list[str] = Field(default_factory=list)
    fraction_determiners: list[str] = Field(default_factory=list)
    fraction_prices: list[str] = Field(default_factory=list)
    change_prepositions: list[str] = Field(default_factory=list)
    change_adverbs: list[str] = Field(default_factory=list)
    changing_verbs: list[str] = Field(default_factory=list)
    count_changing_verbs: list[str] = Field(default_factory=list)
    verb_openers: list[str] = Field(default_factory=list)
    restating_links: list[str] = Field(default_factory=list)
    earlier_links: list[str] = Field(default_factory=list)
    growth_nouns: list[str] = Field(default_factory=list)
    comparatives_after: list[str] = Field(default_factory=list)
    changes_on_after: list[str] = Field(default_factory=list)
    level_changes_after: list[str] = Field(default_factory=list)
    balance_words: dict[str, int] = Field(default_factory=dict)
    earlier_value_openers: list[str] = Field(default_factory=list)
    earlier_times: list[str] = Field(default_factory=list)
    speech_verbs: list[str] = Field(default_factory=list)
    speaker_pronouns: list[str] = Field(default_factory=list)
    share_verbs: list[str] = Field(default_factory=list)
    estimate_heads: list[str] = Field(default_factory=list)
    part_verbs: list[str] = Field(default_factory=list)
    clause_conjunctions: list[str] = Field(default_factory=list)
    anaphoric_metrics: list[str] = Field(default_factory=list)
    summary_statistics: list[str] = Field(default_factory=list)
    goal_nouns: list[str] = Field(default_factory=list)
    place_nouns: list[str] = Field(default_factory=list)
    placing_prepositions: list[str] = Field(default_factory=list)
    origin_prepositions: list[str] = Field(default_factory=list)
    surface_prepositions: list[str] = Field(default_factory=list)
    indefinite_articles: list[str] = Field(default_factory=list)
    additive_adverbs: list[str] = Field(default_factory=list)
    definite_articles: list[str] = Field(default_factory=list)
    answer_words: list[str] = Field(default_factory=list)
    opposite_prefixes: list[str] = Field(default_factory=list)
    measure_nouns: list[str] = Field(default_factory=list)
    averaging_verbs: list[str] = Field(default_factory=list)
    plural_nouns: list[str] = Field(default_factory=list)
    irregular_plurals: list[str] = Field(default_factory=list)
    people_counts: list[str] = Field(default_factory=list)
    general_counts: list[str] = Field(default_factory=list)
    capacity_verbs: list[str] = Field(default_factory=list)
    working_level_verbs: list[str] = Field(default_factory=list)
    request_cues: list[str] = Field(default_factory=list)
    expectation_cues: list[str] = Field(default_factory=list)
    attribution_phrases: list[str] = Field(default_factory=list)
    change_references: list[str] = Field(default_factory=list)
    worked_out_before: list[str] = Field(default_factory=list)
    worked_out_after: list[str] = Field(default_factory=list)
    worked_out_together: list[str] = Field(default_factory=list)
    sum_to_verbs: list[str] = Field(default_factory=list)
    worked_out_shared: list[str] = Field(default_factory=list)
    one_for_every_cues: list[str] = Field(default_factory=list)
    speaker_relatives: list[str] = Field(default_factory=list)
    quote_verbs: list[str] = Field(default_factory=list)
    quote_pronouns: list[str] = Field(default_factory=list)
    naming_verbs: list[str] = Field(default_factory=list)
    attribution_verbs: list[str] = Field(default_factory=list)
    attribution_nouns: list[str] = Field(default_factory=list)
    attribution_before_names: list[str] = Field(default_factory=list)
    attribution_report_words: list[str] = Field(default_factory=list)
    whole_verbs: list[str] = Field(default_factory=list)
    generic_heads: list[str] = Field(default_factory=list)
    generic_plural_heads: list[str] = Field(default_factory=list)
    metric_stops: list[str] = Field(default_factory=list)
    whole_continuations: list[str] = Field(default_factory=list)
    added_amount_cues: list[str] = Field(default_factory=list)
    others_words: list[str] = Field(default_factory=list)
    reference_levels: list[str] = Field(default_factory=list)
    rate_metrics: list[str] = Field(default_factory=list)
    identifier_nouns: list[str] = Field(default_factory=list)
    rank_words: list[str] = Field(default_factory=list)
    rank_units: list[str] = Field(default_factory=list)
    age_words: list[str] = Field(default_factory=list)
    age_after_name_words: list[str] = Field(default_factory=list)
    weight_currency_words: list[str] = Field(default_factory=list)
    weighing_words: list[str] = Field(default_factory=list)
    money_nouns: list[str] = Field(default_factory=list)
    group_scope_openers: list[str] = Field(default_factory=list)
    place_scope_openers: list[str] = Field(default_factory=list)
    not_scopes: list[str] = Field(default_factory=list)
    other_value_links: list[str] = Field(default_factory=list)
    parts_cues: list[str] = Field(default_factory=list)
    total_references: list[str] = Field(default_factory=list)
    rate_comparatives: list[str] = Field(default_factory=list)
    overlap_notes: list[str] = Field(default_factory=list)
    # word -> ISO code: "40 million euros" is an amount of money in EUR
    currency_words: dict[str, str] = Field(default_factory=dict)
    # a word for a part of a currency -> that part ("cents": 0.01)
    counting_nouns: dict[str, float] = Field(default_factory=dict)
    currency_subunits: dict[str, float] = Field(default_factory=dict)
    name_abbreviations: dict[str, list[str]] = Field(default_factory=dict)
    # a hedge of another language -> the English hedge it means ("约": "about")
    hedge_translations: dict[str, str] = Field(default_factory=dict)
    # a period word of another language -> its English period ("今年": "this year")
    period_translations: dict[str, str] = Field(default_factory=dict)
    # a phrase naming a year by its distance from the text's date -> that distance
    relative_years: dict[str, int] = Field(default_factory=dict)
    # words that date an event by the text's own date ("yesterday", "on Tuesday")
    relative_days: list[str] = Field(default_factory=list)
    # words by which a sentence shares a figure out in equal parts ("divided equally among")
    equal_split_words: list[str] = Field(default_factory=list)
    outcome_hypotheticals: list[str] = Field(default_factory=list)
    closing_comparatives: list[str] = Field(default_factory=list)
    plan_comparisons_after: list[str] = Field(default_factory=list)
    comparison_units: list[str] = Field(default_factory=list)
    comparison_periods: list[str] = Field(default_factory=list)
    rate_words: list[str] = Field(default_factory=list)
    average_words: list[str] = Field(default_factory=list)
    remainder_words: list[str] = Field(default_factory=list)
    list_conjunctions: list[str] = Field(default_factory=list)
    weekdays: list[str] = Field(default_factory=list)
    relative_months: list[str] = Field(default_factory=list)
    year_before_phrases: list[str] = Field(default_factory=list)
    year_after_phrases: list[str] = Field(default_factory=list)
    ambiguous_month_words: list[str] = Field(default_factory=list)
    membership_roles: list[str] = Field(default_factory=list)
    generic_roles: list[str] = Field(default_factory=list)
    distributive_words: list[str] = Field(default_factory=list)
    # how figures and dates are written (factcheck.extract.grammar): name -> number or code
    months: dict[str, int] = Field(default_factory=dict)
    quarter_ordinals: dict[str, int] = Field(default_factory=dict)
    number_scales: dict[str, float] = Field(default_factory=dict)
    short_scales: dict[str, float] = Field(default_factory=dict)
    currency_signs: dict[str, str] = Field(default_factory=dict)
    amount_only_currency_signs: list[str] = Field(default_factory=list)
    shared_currency_signs: list[str] = Field(default_factory=list)
    duration_units: dict[str, float] = Field(default_factory=dict)
    measure_units: dict[str, dict[str, float]] = Field(default_factory=dict)
    temperature_units: dict[str, str] = Field(default_factory=dict)
    digit_units: list[str] = Field(default_factory=list)
    multiplier_words: dict[str, float] = Field(default_factory=dict)
    ratio_verbs: dict[str, float] = Field(default_factory=dict)
    fractions: dict[str, float] = Field(default_factory=dict)
    chinese_scales: dict[str, float] = Field(default_factory=dict)
    chinese_currencies: dict[str, str] = Field(default_factory=dict)
    percent_words: list[str] = Field(default_factory=list)
    points_words: list[str] = Field(default_factory=list)
    basis_points_words: list[str] = Field(default_factory=list)
    ratio_comparatives: list[str] = Field(default_factory=list)
    ratio_equatives: list[str] = Field(default_factory=list)
    phrase_openers: list[str] = Field(default_factory=list)
    function_words: list[str] = Field(default_factory=list)
    short_function_words: list[str] = Field(default_factory=list)
    superlatives: list[str] = Field(default_factory=list)
    chinese_classifiers: list[str] = Field(default_factory=list)
    chinese_count_units: list[str] = Field(default_factory=list)


class LexiconFile(WordLists):
    kind: str | None = None
    actors: list[ActorEntry] = Field(default_factory=list)
    places: list[PlaceEntry] = Field(default_factory=list)
    topics: list[TopicEntry] = Field(default_factory=list)
    stance_cues: StanceCues | None = None


class Lexicon(WordLists):
    """Everything extraction looks up, with its search structures built once."""

    actors: dict[str, ActorEntry] = Field(default_factory=dict)
    places: dict[str, PlaceEntry] = Field(default_factory=dict)
    topics: dict[str, TopicEntry] = Field(default_factory=dict)
    support: list[str] = Field(default_factory=list)
    oppose: list[str] = Field(default_factory=list)

    _lookup: LexiconLookup | None = PrivateAttr(default=None)
    _same_names: dict[str, frozenset[str]] | None = PrivateAttr(default=None)

    def merge(self, other: LexiconFile) -> None:
        for actor in other.actors:
            known = self.actors.get(actor.id)
            if known is None:
                self.actors[actor.id] = actor
            else:
                known.aliases = list(dict.fromkeys([*known.aliases, *actor.aliases]))
                known.groups = list(dict.fromkeys([*known.groups, *actor.groups]))
        for place in other.places:
            known_place = self.places.setdefault(place.name, place)
            if known_place is not place:
                known_place.aliases = list(dict.fromkeys([*known_place.aliases, *place.aliases]))
                known_place.demonyms = list(dict.fromkeys([*known_place.demonyms,
                                                           *place.demonyms]))
        for topic in other.topics:
            known_topic = self.topics.get(topic.id)
            if known_topic is None:
                self.topics[topic.id] = topic
            else:
                known_topic.phrases = list(dict.fromkeys([*known_topic.phrases, *topic.phrases]))
                known_topic.against = list(dict.fromkeys([*known_topic.against, *topic.against]))
        if other.stance_cues:
            self.support += other.stance_cues.support
            self.oppose += other.stance_cues.oppose
        for name in WordLists.model_fields:
            mine, theirs = getattr(self, name), getattr(other, name)
            if isinstance(mine, dict):
                mine.update(theirs)  # a mapping: a later file may also change an entry
            else:
                mine.extend(theirs)
        self._lookup = None
        self._same_names = None

    def lookup(self) -> LexiconLookup:
        """The search structures over this lexicon, built on first use."""
        if self._lookup is None:
            self._lookup = LexiconLookup(self)
        return self._lookup

    def same_names(self) -> dict[str, frozenset[str]]:
        """Lower-cased word -> every word naming the same actor or place (itself included):
        "british" -> {"britain", "uk", "united kingdom", …}; an abbreviation a name is written
        with -> its words ("st" -> {"st", "saint", "street"})."""
        if self._same_names is None:
            groups = [[actor.name, *actor.aliases] for actor in self.actors.values()]
            groups += [place.words() for place in self.places.values()]
            # "St" with "Saint" and with "Street", but "Saint" not with "Street"
            groups += [[short, long] for short, longs in self.name_abbreviations.items()
                       for long in longs]
            table: dict[str, set[str]] = {}
            for group in groups:
                words = {word.lower() for word in group}
                for word in words:
                    table.setdefault(word, set()).update(words)
            self._same_names = {word: frozenset(same) for word, same in table.items()}
        return self._same_names

    def phrase_list(self, name: str) -> list[str]:
        """One word list: "cues" (support and oppose), "topics" (all phrases, in both numbers)
        or a field."""
        if name == "topics":  # with each phrase's other number ("tariff cut", "tariff cuts")
            return number_forms(p for t in self.topics.values() for p in (*t.phrases, *t.against))
        if name == "cues":
            return [*self.support, *self.oppose]
        return list(getattr(self, name))

    # Identity hash, so caches (e.g. of source texts read with this lexicon) can key on it.
    __hash__ = object.__hash__

    def __reduce__(self) -> Any:  # pickles without the built search structures
        return (Lexicon.model_validate, (self.model_dump(),))


def load_lexicon(dirs: Sequence[Path]) -> Lexicon:
    lexicon = Lexicon()
    for folder in dirs:
        files = sorted(folder.glob("*.yaml")) if folder.is_dir() else [folder]
        if not folder.exists():
            raise LexiconError(str(folder), "no such lexicon file or folder")
        for file in files:
            lexicon.merge(_read(file))
    return lexicon


_CACHED_LEXICON = TypeAdapter(LexiconFile)


def _read(path: Path) -> LexiconFile:
    entry = cache.entry("lexicon", path)
    cached = entry.get(_CACHED_LEXICON) if entry else None
    if cached is not None:
        return cached
    parsed = _parse(path)
    if entry:
        entry.put(parsed.model_dump(mode="json"))
    return parsed


def _parse(path: Path) -> LexiconFile:
    name = str(path)
    try:
        node = load_yaml(read_text(path), name)
        raw = plain(node)
    except YamlError as error:
        raise LexiconError(name, error.message, error.line, error.column) from None
    except ValueError as error:
        raise LexiconError(name, str(error)) from None
    except FactcheckError as error:
        raise LexiconError(name, error.message) from None
    try:
        return LexiconFile.model_validate(raw or {})
    except ValidationError as error:
        first = error.errors()[0]
        line, column = locate(node, first["loc"])
        field = ".".join(str(part) for part in first["loc"])
        raise LexiconError(name, f"{field}: {first['msg']}", line, column) from None


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    from factcheck.builtin import builtin_lexicons_dir

    return load_lexicon([builtin_lexicons_dir()])
