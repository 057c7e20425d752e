"""Quantities in one claim: figures with their kind, unit, hedge interval and what they measure.

One left-to-right scan finds every figure (a range, digits, number words, a multiplier or a
fraction); short anchored patterns around it read the currency, scale, unit, hedge, growth verb
and the phrase it measures. Every pattern is bounded, so a long adversarial line stays linear.

Hedges become intervals (value v):

| hedge | interval |
| --- | --- |
| nearly, almost, close to, just under, approaching | [0.92·v, v] |
| about, around, approximately, roughly, some, an estimated, ~ | [0.9·v, 1.1·v] |
| over, more than, above, at least, upwards of, exceeding, in excess of | [v, open] |
| under, less than, fewer than, below, up to, at most, no more than | [open, v] |
| none | v ± half a unit of the last written digit (87 → ±0.5, 3,000 → ±500) |

The words are the lexicon's (rules/lexicons/quantities.yaml, extended with ``lexicons``): the
hedges above are its ``hedges_*`` lists, and growth verbs, year cues, the words that are no unit,
the selectors and the level verbs that name a metric are lists there too.

A figure's frame (docs/rules-guide.md, Lexicons): its metric is read from the words around it
(the "of" whole of a share, the subject of a level, growth or share verb, the object of a
changing verb); whose it is, from the nearest actor before it that is no speaker; a figure that
restates the one before it ("rose 7% to £410 million", "up from 71% last year") takes that one's
metric and subject (``_restated``); when it holds, from ``frames.period_near``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from itertools import accumulate, pairwise
from typing import NamedTuple

from factcheck.extract.chinese import has_han
from factcheck.extract.frames import (
    chinese_metric,
    chinese_period,
    normal_metric,
    period_near,
)
from factcheck.extract.grammar import YEAR, Grammar, grammar
from factcheck.extract.lookup import LexiconLookup, alternation, default_lookup, starting
from factcheck.extract.numbers import (
    CN_NUMBER,
    ORDINAL_LIKE,
    ORDINALS,
    ROMAN_NUMERAL,
    TENS_WORDS,
    UNITS_WORDS,
    WORD_NUMBER,
    parse_chinese,
    parse_digits,
    parse_number,
    parse_words,
    roman_value,
    rounding_margin,
    written_margin,
)
from factcheck.models import Actor, Interval, Quantity, QuantityKind, Span
from factcheck.models.trusted import trusted

# Digits grouped by threes ("1,200,000"), or the Indian way, by twos before the last three
# ("1,50,000" is 150,000; "2,45,00,000" is 24.5 million).
DIGITS = r"(?:\d{1,2}(?:,\d\d){1,5},\d{3}(?!,?\d)|\d{1,3}(?:,\d{3}){1,6}|\d{1,40})(?:\.\d{1,12})?"

# A figure that ends a citation marker ("[12]", "[1–3]", "[1, 4]") is none: the "]" after it
# closes a bracket opened at most seven characters before ("set at 25]" ends a long note).
_NOT_IN_A_MARKER = "(?!\\](?:" + "|".join(rf"(?<=\[.{{{width}}}\])" for width in range(1, 8)) + "))"


def _figure_pattern(g: Grammar) -> str:
    """Every way a figure is written, one named group for each (``_read`` tells them apart),
    in the words of the lexicon's grammar."""
    english_ratio_verbs = alternation(verb for verb in g.ratio_verbs if not has_han(verb))
    chinese_ratio_verbs = alternation(verb for verb in g.ratio_verbs if has_han(verb))
    cn_scales = alternation(g.chinese_scales)
    cn_currencies = alternation(g.chinese_currencies)
    # "by a third", "by almost half", "a drop of a third": right after "by" (and any hedge) or a
    # change's noun and "of" (a look-behind has one width, so one for each)
    one_space = r"\s"
    after_by = "|".join(
        [rf"(?<=\bby\s{alternation([hedge], space=one_space)}\s)"
         for hedge in g.hedge_words if not has_han(hedge)]
        + [rf"(?<=\b{re.escape(noun)}\sof\s)" for noun in g.growth_nouns] + [r"(?<=\bby\s)"])
    # Each group that can only start with one of its words looks at the first character first
    # (``starting``): most figures start with a digit, where a group of words would otherwise
    # be tried word by word, after each of its look-behinds (a third of the time of a match).
    number_word, fraction_word = starting([*UNITS_WORDS, *TENS_WORDS]), starting(g.fractions)
    return rf"""
    (?P<date>(?:{YEAR}年(?:\d{{1,2}}月(?:\d{{1,2}}[日号])?)?(?=\D|$))
      |(?:(?<!\d)\d{{1,2}}月(?:\d{{1,2}}[日号])?)
      |(?:\b(?:{g.month})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s?,?\s+{YEAR})?\b(?![\d,.]\d))
      |(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{g.month})\b\.?(?:\s?,?\s+{YEAR}\b)?)
      |(?:\b(?:{g.month})\.?,?\s+{YEAR}\b)
      |(?:\b{YEAR}(?P<iso_sep>[-./])[01]?\d(?P=iso_sep)[0-3]?\d\b(?![-./]\d))
      |(?:\b[0-3]?\d(?P<dmy_sep>[./])[01]?\d(?P=dmy_sep){YEAR}\b(?![-./]\d)))
    |(?P<multiplier>\b(?:(?<![\w.,])(?P<mult_num>{DIGITS}|{WORD_NUMBER})
      (?P<mult_half>\s+and\s+a\s+half)?[\s-]?(?:times|fold)\b
      |(?P<mult_word>{alternation(g.multipliers)})\b(?=\s+(?:as|the|that|what|more|its)\b)
      |(?P<half>half)\b(?=\s+as\s+(?:{g.equatives})\s+as\b)))
    |(?P<share_of>(?<![\w.,])(?P<so_part>{DIGITS}|{WORD_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?
      (?!{YEAR}\b)(?P<so_whole>{DIGITS}|{WORD_NUMBER})\b(?![.,]\d|\s?%))
    |(?P<verbratio>{starting(g.ratio_verbs)}\b(?:{english_ratio_verbs})\b|{chinese_ratio_verbs})
    |(?P<by_fraction>{fraction_word}(?:{after_by})(?:{alternation(g.fractions)})\b
      (?!\s+(?:of|the)\b|\s+an?\s+(?!(?:{alternation(g.scale_words)})\b)|-))
    |(?P<fraction>{fraction_word}\b(?:{alternation(g.fractions)})\b
      (?=\s+(?:of|{g.fraction_determiners})\b|[\s-]+(?:{g.fraction_prices})\b))
    |(?P<range>(?<!from\s)(?P<r_cur>{g.currency_prefix})?(?<![^\W\u4e00-\u9fff]|[.,\[^/])(?P<r_low>{DIGITS})
      (?P<r_low_pct>{g.percent})?(?:\s?(?:–|—|-|to)\s?|\s(?P<r_and>and)\s)(?P=r_cur)?(?P<r_high>{DIGITS})(?P<r_scale>{g.scale})?
      (?(r_low_pct){g.percent}|(?P<r_pct>{g.percent})?))
    |(?P<cn_mult>(?P<cn_mult_num>{CN_NUMBER}|\d{{1,6}}(?:\.\d{{1,3}})?)倍)
    |(?P<cn_points>(?P<cn_points_num>\d{{1,3}}(?:\.\d{{1,3}})?|{CN_NUMBER})个百分点)
    |(?P<cn_count>(?P<cn_count_num>\d{{1,12}}(?:\.\d{{1,6}})?|{CN_NUMBER})
      (?=多?(?:{cn_scales}|{cn_currencies}|{g.chinese_units}))
      (?P<cn_more>多)?(?P<cn_scale>{cn_scales})?(?P<cn_cur>{cn_currencies})?
      (?P<cn_unit>{g.chinese_units})?)
    |(?P<number>(?P<cur>{g.currency_prefix})?(?(cur)|(?<![^\W\u4e00-\u9fff]|[.,\[^/]))
      (?:(?<![^\W\d_]-)|(?=\d{{4}}))(?P<digits>{DIGITS})(?!\d){_NOT_IN_A_MARKER}
      (?P<scale>{g.scale})?(?P<pct>{g.percent})?(?P<pts>{g.points})?)
    |(?P<words>{number_word}\b(?:{WORD_NUMBER})\b(?P<w_half>\s+and\s+a\s+half\b)?
      (?P<w_scale>\s+(?:{alternation(g.scale_words)}))?
      (?P<w_pct>{g.percent})?)
    |(?P<cn_pct>百分之(?P<cn_pct_num>{CN_NUMBER}|\d{{1,6}}(?:\.\d{{1,4}})?))
    |(?P<cn_tenths>(?P<cn_tenths_num>[一二两三四五六七八九])成)
    |(?P<cn_half>一半)
    """

# The words before a figure are read as a word list, backwards: searching a window with a
# pattern anchored at its end tries every start position and was the slowest step.
# (captured: ``split`` keeps the words)
_WORD_SPLIT = re.compile(r"([\w~.'’-]+)")


_APOSTROPHES = ("'", "’")


class _Lists:
    """The lexicon's word sets that frames read, looked up once per lexicon."""

    __slots__ = (
        "anaphoric_metrics",
        "averaging_verbs",
        "capacity_verb_ends",
        "capacity_verbs",
        "change_adverbs",
        "change_after_a_value",
        "change_prepositions",
        "changing_verbs",
        "chinese_growth_before",
        "chinese_hedge_before",
        "clause_after",
        "clause_joints",
        "compared_with_the",
        "coordinators",
        "earlier_link_at_end",
        "estimate",
        "estimate_heads",
        "expectation_after",
        "irregular_participles",
        "irregular_plurals",
        "later_place",
        "level_last_words",
        "metric_prepositions",
        "metric_stop",
        "mood_cues",
        "mood_last_words",
        "name_stops",
        "not_a_fraction_before",
        "not_scopes",
        "of_a_measure",
        "part_gap",
        "part_verbs",
        "period_nouns",
        "place_nouns",
        "prepositions",
        "reference_of",
        "scope",
        "share_verb_ends",
        "share_verbs",
        "speaker_pronouns",
        "time_words",
        "unnamed_metrics",
        "verb_openers",
        "whole_verbs",
        "working_level_verbs",
    )

    def __init__(self, lex: LexiconLookup) -> None:
        self.change_adverbs = lex.words("change_adverbs")
        self.change_prepositions = lex.words("change_prepositions")
        self.changing_verbs = lex.words("changing_verbs")
        self.coordinators = lex.words("coordinators")
        self.anaphoric_metrics = lex.words("anaphoric_metrics")
        self.unnamed_metrics = self.anaphoric_metrics | lex.words("summary_statistics") | (
            lex.words("goal_nouns"))
        self.averaging_verbs = lex.words("averaging_verbs")
        # "of the number of", "of last year's total": a figure named by its measure
        self.of_a_measure = re.compile(
            rf"\s+of\s+(?:[\w'’-]+\s+){{0,3}}?(?:{lex.alternation('measure_nouns')})s?\b",
            re.IGNORECASE)
        self.estimate_heads = lex.words("estimate_heads")
        self.metric_prepositions = lex.metric_prepositions | {"of"}
        self.level_last_words = frozenset(verb.split()[-1] for verb in lex.level_verbs)
        self.share_verbs = lex.words("share_verbs")
        self.share_verb_ends = frozenset(verb.split()[-1] for verb in self.share_verbs)
        self.part_verbs = lex.words("part_verbs")
        # What stands between a value and the change to it: its unit, a place or period, a
        # comma, and the change's word ("…, up", "…, a drop of"); not a clause of its own
        # ("…, and sales fell 8%")
        # "… and 41% oppose it": a share's own clause, up to a break or a conjunction
        self.clause_after = re.compile(
            r"[^,;:.()\[\]\d]+?(?=\s*(?:[,;:.()\[\]]|\s(?:"
            rf"{lex.alternation('clause_conjunctions')})\s|$))", re.IGNORECASE)
        # "240 claims, 20% more than the 180 …": a change, then the value it is measured against
        self.compared_with_the = re.compile(
            rf"\s+(?:{lex.alternation('comparatives_after')})\s+than\s+"
            r"(?:the|its|their|[\w\s]{1,24}?['’]s)\s+", re.IGNORECASE)
        self.change_after_a_value = re.compile(
            rf"[^,;:.()]{{0,60}},\s+(?:(?:{lex.alternation('change_adverbs')})(?:\s+by)?"
            rf"|(?:an?\s+)?(?:{lex.alternation('growth_nouns')})\s+of)\s+", re.IGNORECASE)
        # "…; in the Vale, 52% …", "…, while in Leeds …": a clause that opens on its place
        self.later_place = re.compile(
            rf"(?:[;,]\s+(?:(?:{lex.alternation('clause_conjunctions')})\s+)?"
            rf"|\s+(?:while|whereas)\s+)(?:{lex.alternation('place_scope_openers')})\s+"
            r"(?:the\s+)?(?P<where>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))(?=[\s,])",
            re.IGNORECASE)
        # "2.1 million, against 2.8 million": a value, then an earlier one
        self.earlier_link_at_end = re.compile(
            rf"(?:^|[\s,])(?:{lex.alternation('earlier_links')})\s+$", re.IGNORECASE)
        # what joins a share's clause to the next share's ("… and 47% …", "…, while 47% …")
        self.clause_joints = lex.words("clause_conjunctions") | {""}
        # Between a share of a part that names its whole and the next part's share: the
        # whole's "of" phrase, a comma, semicolon or conjunction, the part's one to three
        # words, and its verb or "for" ("…, education 32%", "…; tickets account for 38%",
        # "… and the Americas for the remaining 18%").
        joints = lex.alternation("clause_conjunctions")
        self.part_gap = re.compile(
            rf"(?:\s+of\s+[^,;:.]*?)?\s*(?:[,;]\s*(?:(?:{joints})\s+)?|\s+(?:{joints})\s+)"
            r"(?:the\s+)?(?P<part>(?!(?:a|an)\b)[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,2}?)\s+"
            rf"(?:(?:{lex.alternation('part_verbs')})\s+)?(?:for\s+)?"
            rf"(?:(?:{lex.alternation('whole_continuations')})\s+)?", re.IGNORECASE)
        self.capacity_verbs = lex.words("capacity_verbs")
        self.capacity_verb_ends = frozenset(verb.split()[-1] for verb in self.capacity_verbs)
        self.working_level_verbs = lex.words("working_level_verbs")
        self.irregular_plurals = lex.words("irregular_plurals")
        self.irregular_participles = lex.words("irregular_participles")
        self.speaker_pronouns = lex.words("speaker_pronouns")
        # what someone asks for or expects, by the cue's words (``_mood``)
        self.mood_cues = {cue: mood for mood, name in _MOODS
                          for cue in lex.words(name)}
        self.mood_last_words = frozenset(cue.split()[-1] for cue in self.mood_cues)
        # "the 2.9% economists had expected", "the $1.66 analysts polled by LSEG had forecast":
        # the clause ends there ("beat analysts' forecast of $1.66" is no expectation of it)
        self.expectation_after = re.compile(
            r"(?:\s+(?!(?:as|than)\b)[\w'’-]+){1,5}?\s+(?:had\s+|have\s+|has\s+)?"
            rf"(?:{lex.alternation('expectation_cues')})(?=\s*(?:[.,;:)]|$))", re.IGNORECASE)
        self.period_nouns = lex.words("period_nouns")
        self.place_nouns = lex.words("place_nouns")
        # the words a metric's name read backwards ends at (``_named_before``)
        self.name_stops = (lex.not_in_a_metric | lex.not_units | lex.put_verbs
                           | lex.metric_prepositions | {_ACTOR, _CLAUSE})
        heads = "|".join(sorted(map(re.escape, self.estimate_heads))) or "(?!)"
        self.estimate = re.compile(rf"\b(?:{heads})\b")
        self.not_a_fraction_before = lex.words("not_a_fraction_before")
        self.prepositions = lex.words("prepositions")
        self.time_words = lex.words("time_words")
        self.not_scopes = lex.words("not_scopes")
        # "of the long-term average", "of its normal capacity": at most three words before it
        determiners = lex.alternation("determiners")
        self.reference_of = re.compile(
            # (the words between modify the level: no determiner, which would start another
            # phrase: "54% of residents support the plan" is no percentage of a plan)
            rf"\s+of\s+(?:(?:{determiners})\s+)?(?:(?!(?:{determiners})\s)[\w£$€¥.,'’-]+\s+){{0,4}}?"
            # (not a verb: "of the teachers surveyed expected to leave"; "to date" is no verb)
            rf"(?P<level>{lex.alternation('reference_levels')})s?\b(?!\s+to\s+(?!date\b))",
            re.IGNORECASE)
        # "Among Black workers, …", "For women the gap …", "In Leeds, …", "In the capital,
        # Veldra, …" (``_scope``)
        self.scope = re.compile(
            rf"\s*(?:(?P<group>{lex.alternation('group_scope_openers')})\s+"
            rf"(?P<who>(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+?)(?:,\s|\s+(?=(?:{determiners})\s))"
            rf"|(?P<place>{lex.alternation('place_scope_openers')})\s+"
            rf"(?:(?:{determiners})\s+[a-z][\w\s-]{{0,30}}?,\s+)?"
            # ("In Abbey ward, …": a name may end in one lower-case word before the comma)
            r"(?P<where>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+[a-z][\w-]*(?=,\s))?))"
            rf"(?:,\s|\s+(?=(?:{determiners})\s))"  # "In Leeds the median price …" too
            # "Middleton County posted the biggest rise, with the median price up 9.8%": the
            # figures of a "with" clause are the main clause's subject's (a name of two words
            # or more: one capitalized word opening a sentence may be any word)
            rf"|(?!(?:{determiners}|{lex.alternation('pronouns')})\s)"
            r"(?P<whose>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}))\s+[^,.;:]{1,60}?,\s+"
            r"with\s)", re.IGNORECASE)
        self.verb_openers = lex.words("verb_openers")
        # where a noun phrase after a figure ends ("of adults who …", "of homes sold in …"); or
        # "and" before a verb, a determiner or a figure ("… of exports and is", "… and 12%")
        self.metric_stop = re.compile(
            r"\s(?:and\s+(?:is|are|was|were|has|have|had|the|a|an|its|their|(?=[\d£$€]))|"
            rf"{lex.alternation('metric_stops')})\b", re.IGNORECASE)
        # present forms with their -s ("backs", "says"), past forms as listed
        self.whole_verbs = frozenset(
            form for verb in lex.words("whole_verbs") for form in (verb, f"{verb}s"))
        # A Chinese growth verb right before the figure: "同比增长了百分之二十", "下降约3%"; and a
        # Chinese hedge ("超过", "约"), the lexicon's words in other scripts
        hedges = alternation(lex.hedge_translations)
        verbs = alternation(verb for verb in lex.growth_verbs if has_han(verb))
        self.chinese_growth_before = re.compile(rf"(?P<verb>{verbs})了?(?:{hedges}|达)?$")
        self.chinese_hedge_before = re.compile(rf"(?P<hedge>{hedges})$")


def _lists(lex: LexiconLookup) -> _Lists:
    return lex.derived(_Lists)


class _Words:
    """A claim's lower-case words with their offsets, split once for all its figures; and, read
    once when a figure needs them, the words a metric is read from and whose its figures are."""

    __slots__ = ("_actors", "_ends", "_folded", "_lex", "_offset", "_owners", "_scope",
                 "_split", "_starts", "_subjects", "_text", "_words")

    def __init__(self, text: str, folded: str | None, actors: Sequence[Actor] = (),
                 offset: int = 0, lex: LexiconLookup | None = None) -> None:
        # ``folded`` is ``text.lower()`` when that keeps every offset (None when it does not)
        self._text, self._folded = text, folded
        self._actors, self._offset, self._lex = actors, offset, lex
        self._starts: list[int] = []
        self._words: list[str] = []
        self._split = False
        self._subjects: list[tuple[int, int]] | None = None
        self._ends: list[int] | None = None
        self._owners: dict[int, tuple[str | None, int]] = {}
        self._scope: tuple[str, int] | bool | None = False  # False: not read yet

    def _split_words(self) -> None:
        if not self._split:
            source = self._folded if self._folded is not None else self._text
            # split by the word pattern: the text between words, then each word with the
            # text after it; the words' offsets are the running sums of those lengths (built
            # in C, where a Python loop over the matches took half the time)
            pieces = _WORD_SPLIT.split(source)
            self._starts = list(accumulate(map(len, pieces)))[0:-1:2]
            words = pieces[1::2]
            self._words = words if self._folded is not None else [w.lower() for w in words]
            self._split = True

    def before(self, start: int, count: int) -> tuple[list[int], list[str]]:
        """The offsets of up to ``count`` words ending before ``start``, and the words, nearest
        last (two lists: most figures read only the words)."""
        if not self._split:
            self._split_words()
        stop = bisect_left(self._starts, start)
        first = max(0, stop - count)
        offsets, words = self._starts[first:stop], self._words[first:stop]
        if words and offsets[-1] + len(words[-1]) > start:
            # "about-90%": the word runs into the figure; keep its head
            words[-1] = words[-1][: start - offsets[-1]]
        return offsets, words

    def metric_words(self, start: int, words: list[str]) -> list[str]:
        """``words``, the last words before ``start``, as a metric is read from them: each
        actor that is a clause's subject as one stop word (``_ACTOR``: "The Finance Ministry
        forecasts growth of" reads "forecasts growth of" after it), and a punctuation mark
        between clauses as another (``_CLAUSE``: "Under the plan, parking permits would cost");
        an actor that owns ("Ostler Group's sales") or follows a preposition ("profit at
        Calloway Shipping Ltd") is a part of a metric's name."""
        if not words:
            return words
        starts = self._starts
        stop = bisect_left(starts, start)
        first = stop - len(words)
        # (at most a few hundred characters: a long run of words joined by hyphens is one)
        window = max(starts[first] if first >= 0 else start, start - _WINDOW)
        subjects = self._subjects
        if subjects is None:
            subjects = self._find_subjects() if self._actors else []
        if subjects:
            subjects = [(actor_start, actor_end) for actor_start, actor_end in subjects
                        if actor_end > window and actor_start < start]
        marks = _clause_marks(self._text, window, start)
        if not subjects:  # most figures: a stop where the nearest clause mark is
            if not marks:
                return words
            cut = bisect_left(starts, marks[-1], first, stop) - first
            return [*words[:cut], _CLAUSE, *words[cut:]]
        # edits of ``words`` (from, to, replacement), made from the last: actors, then marks
        low = max(first, 0)
        edits = [(bisect_left(starts, actor_start, low, stop) - first,
                  bisect_left(starts, actor_end, low, stop) - first, _ACTOR)
                 for actor_start, actor_end in subjects]
        edits += [(at, at, _CLAUSE) for at in sorted({
            bisect_left(starts, mark, low, stop) - first for mark in marks})]
        reading = list(words)
        for edit_start, edit_end, replacement in sorted(edits, key=lambda edit: (
                edit[0], edit[1] > edit[0]), reverse=True):
            reading[edit_start:edit_end] = [replacement]
        return reading

    def _find_subjects(self) -> list[tuple[int, int]]:
        if not self._split:
            self._split_words()
        text, offset, lex = self._text, self._offset, self._lex
        subjects: list[tuple[int, int]] = []
        self._subjects = subjects
        if lex is None:
            return subjects
        prepositions = _lists(lex).prepositions
        for actor in self._actors:
            actor_start, actor_end = actor.span.start - offset, actor.span.end - offset
            if actor_start < 0 or text[actor_end:actor_end + 1] in _APOSTROPHES or (
                    text[actor_end - 1:actor_end] in _APOSTROPHES):
                continue
            at = bisect_left(self._starts, actor_start) - 1
            while at >= 0 and self._words[at] in lex.amount_determiners:
                at -= 1
            if at < 0 or self._words[at] not in prepositions:
                subjects.append((actor_start, actor_end))
        return subjects

    def scope(self) -> tuple[str, int] | None:
        """Whose the claim's figures are by its opening phrase, and where that phrase ends:
        ("black workers", …) for "Among Black workers, the rate …", ("leeds", …) for "In
        Leeds, …" (the lexicon's ``group_scope_openers``, ``place_scope_openers``), or
        ("middleton county", …) for "Middleton County posted the biggest rise, with …" (an
        actor opening the claim owns its figures by ``owner``)."""
        if self._scope is False:
            actor_first = any(actor.span.start == self._offset for actor in self._actors)
            self._scope = (_scope(self._text, self._lex, actor_first)
                           if self._lex is not None else None)
        return self._scope  # type: ignore[return-value]

    def actor_ends(self) -> list[int]:
        """Where the claim's actors end, in order (never decreasing: the index of the last one
        that ends before a figure is a bisection away)."""
        ends = [actor.span.end - self._offset for actor in self._actors]
        if ends != sorted(ends):
            ends = [max(ends[:at + 1]) for at in range(len(ends))]
        self._ends = ends
        return ends

    def owner(self, index: int) -> tuple[str | None, int]:
        """Whose a figure after the claim's actor ``index`` is, and where the verb ends that
        the actor speaks with (-1: none): its own; a member's when it is the group named for
        the member just before it ("Sandra Okafor of the Civic Party won 18,442 votes"); none
        for a speaker ("Treasurer Olu Bankole said the fund was 94% funded") or one taking a
        position, unless the speaker is named as an organization's ("Tessa Water's chief
        executive, Bruno Maas, said spills fell …": Tessa Water's). A figure right after a
        position's verb is the actor's ("Rother Valley Council approved 1,460 new homes"), and
        so is one after a pronoun that refers back to a speaker ("The Highways Department said
        it had filled 18,000 potholes")."""
        found = self._owners.get(index)
        if found is None:
            found = self._owners[index] = self._owner(index)
        return found

    def _owner(self, index: int) -> tuple[str | None, int]:
        text, offset, lex, actors = self._text, self._offset, self._lex, self._actors
        actor = actors[index]
        if lex is None:
            return actor.id, -1
        actor_start, actor_end = actor.span.start - offset, actor.span.end - offset
        previous = actors[index - 1] if index else None
        speech = _speaks(text, actor_end, lex)
        if speech and speech[2] not in _lists(lex).speaker_pronouns:
            verb_end = -1 if speech[0] else speech[1]  # a position: its object may be a figure
            if previous is not None and _SPEAKER_OF.fullmatch(
                    text, previous.span.end - offset, actor_start):
                return previous.id, verb_end  # "Y's chief executive, X, said"
            return None, verb_end
        if previous is not None and actor.id in previous.groups and (
                _MEMBER_OF.fullmatch(text, previous.span.end - offset, actor_start)):
            return previous.id, -1  # "X of the Y party won": X's
        return actor.id, -1


def _hedge_before(text: str, start: int, offsets: list[int], words: list[str],
                  lex: LexiconLookup) -> tuple[str, int] | None:
    """(hedge, its offset) when the words just before the figure (at ``offsets``) are a
    hedge, or a hedge and one of the ``hedge_gaps`` ("roughly every 40 minutes")."""
    if start and text[start - 1] == "~":
        return "~", start - 1
    if not words or text[offsets[-1] + len(words[-1]):start].strip():
        return None
    gap = 0 if words[-1] not in lex.derived(_gap_ends) else next(
        (size for size in (2, 1) if len(words) > size
         and " ".join(words[-size:]) in lex.words("hedge_gaps")), 0)
    if gap:
        if text[offsets[-gap - 1] + len(words[-gap - 1]):offsets[-gap]].strip():
            return None  # "about, every": a hedge of something else
        words, offsets = words[:-gap], offsets[:-gap]
    size = lex.hedge_ending(words)
    if not size:
        return None
    return " ".join(words[-size:]), offsets[-size]


def _gap_ends(lex: LexiconLookup) -> frozenset[str]:
    """The last words of lexicon hedge_gaps ("every"): most figures have none before them."""
    return frozenset(gap.split()[-1] for gap in lex.words("hedge_gaps"))


def _growth_after(lex: LexiconLookup) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return lex.derived(_read_growth_after)


def _read_growth_after(lex: LexiconLookup) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A change named right after a figure ("a 5% drop", "12% more than", "54% up on last
    year"), and one named after
    the nouns that say what changes, at most three ("a 15% fee rise")."""
    changes = lex.alternation("growth_nouns")
    return (re.compile(rf"\s*(?P<verb>{lex.alternation('comparatives_after')}|{changes}|"
                       rf"(?:{lex.alternation('changes_on_after')})(?=\s+on\b))\b",
                       re.IGNORECASE),
            re.compile(rf"\s+(?!(?:{lex.alternation('not_units')})\b)"
                       rf"(?P<noun>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){{0,2}}?)\s+"
                       rf"(?P<verb>{changes})\b", re.IGNORECASE))


def _growth_before(words: list[str], lex: LexiconLookup) -> str | None:
    """The growth verb just before a figure ("rose", "fell by nearly"), or a verb of change in
    the passive ("was cut by a third", "has been raised by 4%"), if any."""
    words = words[-6:]
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        if word in lex.growth_verbs or (position and word in _lists(lex).changing_verbs and (
                words[position - 1] in lex.words("passive_auxiliaries"))):
            if word in ("up", "down") and position and (
                    words[position - 1] in lex.not_growth_before_up):
                return None
            return word
        if word not in lex.growth_fillers:
            return None
    return None
# An endpoint's unit written out after it: "from 2.1 billion euros to", "from 400 pupils to".
_UNIT_WORD = r"(?:\s+(?!(?:to|in|from)\b)[a-z]{2,20})?"
_GLUED_CAPITAL = re.compile(r"[A-Z]")
_PLURAL = re.compile(r"[a-z]{2,}[^s\W]s")
_NOUN_AFTER = re.compile(r" (?P<word>[a-z][a-z-]{1,24})\b")
# Words after a figure that are verbs, not what it counts: "3,100 recorded", "38 scored".
_REGULAR_PAST_PARTICIPLE = re.compile(r"[a-z]{2,}(?<!e)ed|[a-z]+ied")
_PRESENT_PARTICIPLE = re.compile(r"[a-z]{3,}ing")


def _past_participle(word: str, lex: LexiconLookup) -> bool:
    """"reported", "carried", or one of the lexicon's ``irregular_participles`` ("sold")."""
    return _REGULAR_PAST_PARTICIPLE.fullmatch(word) is not None or (
        word in _lists(lex).irregular_participles)


def _participle(word: str, lex: LexiconLookup) -> bool:
    """A past participle, or a present one ("3,100 recorded", "40 waiting")."""
    return _past_participle(word, lex) or _PRESENT_PARTICIPLE.fullmatch(word) is not None
# An adverb between a metric and its verb: "June's jobless rate nationally was 4.9%".
_ADVERB = re.compile(r"[a-z]{3,}(?:al|ive|ent|ate)ly")
# At most this many words of a metric's head or of its phrase's object ("Brenford Council's
# debt interest bill").
_NAME_WORDS = 5
# The verb after an actor that is a clause's subject: "forecasts", "expects", "reported".
_VERB_AFTER_ACTOR = re.compile(r"[a-z]{2,}(?<![su'’])s|[a-z]{2,}ed")
# Stand in a metric's words for an actor that is a clause's subject and for a punctuation mark
# between clauses: both end a metric's name.
_ACTOR = "\x00"
_CLAUSE = "\x01"
# A punctuation mark between clauses: found by its character, then a comma inside a figure
# ("3,200") and a hyphen inside a word are set aside.
_CLAUSE_MARK = re.compile(r"[,;:()\[\]–—-]")


def _clause_marks(text: str, start: int, end: int) -> list[int]:
    """Where the punctuation marks between clauses stand in ``text[start:end]``."""
    marks = []
    for mark in _CLAUSE_MARK.finditer(text, start, end):
        at = mark.start()
        char = text[at]
        if char == "," and text[at - 1:at].isdigit() and text[at + 1:at + 2].isdigit():
            continue
        if char in "-–—" and not (text[at - 1:at].isspace() and text[at + 1:at + 2].isspace()):
            continue
        marks.append(at)
    return marks


# A unit and "and" right before a fraction: "a year and a half", "an hour and a quarter"
_AND_BEFORE = re.compile(r"(?P<unit>[a-z]+)\s+and\s+\Z", re.IGNORECASE)
_AND_BEFORE_CHARS = 24
_UNIT_AFTER = re.compile(r"(?:\s{0,2}|-)(?P<unit>[a-z][a-z-]{1,24})\b")
_TO_RANGE = re.compile(r"\sto\s", re.IGNORECASE)
# A count's digits before a one-letter scale that may be a unit: "7.61m", "300 m", "5b".
_LETTER_SCALE = re.compile(r"(\d+(?:\.\d+)?)\s?[mbMB]$")
_CLOCK_AFTER = re.compile(r"\s?(?:[ap]\.?m\b\.?|:\d\d\b|o['’]\s?clock\b)", re.IGNORECASE)
# "15,5%", "0,8": one or two digits after a comma are decimals (a thousands separator has three).
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d{1,3}),(\d{1,2})(?![\d,])(\s?%)?")
# "Phase III", "World War II", "Title IX": a Roman numeral after a capitalized word
_ROMAN = re.compile(rf"\b[A-Z][a-z]+\s({ROMAN_NUMERAL})\b")

# A figure other than a year between a change and the endpoints after it.
_FIGURE_IN_GAP = re.compile(rf"(?<![\d.,])(?!{YEAR}\b)\d")
_DECADE = re.compile(r"['’]?s\b")
_YEAR_ONLY = re.compile(YEAR)
_A_PERIOD_WRITTEN = re.compile(rf"\b(?:{YEAR}|[QH][1-4])\b")
_SEASON = re.compile(rf"{YEAR}[–—-]\d\d")
# A span of years whose last is written with two digits: "1914–18", "(1969–78)", "1893/94".
_SHORT_SPAN = re.compile(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)\s?[–—/-]\s?(\d\d)(?![\d%]|[.,]\d)")
_IDENTIFIER_BEFORE = re.compile(r"(?:\bNo\.?|\bnumber|#)\s?$", re.IGNORECASE)
# A "#" apart from an amount with a scale or separators ("# 48.6 m", "# 38,831"): the pound
# sign as summarization models trained on tokenized news write it, not an identifier ("#3").
_LOST_SIGN_BEFORE = re.compile(r"#\s$")
# "in a hearing on Thursday", "in an interview": where it was said, not what is measured.
_IN_AN_EVENT = re.compile(r"\s*in\s+(?:a|an)\s", re.IGNORECASE)
# The phrase runs to a punctuation mark, but not one inside a figure ("of the 2,400 adults").
_OF_PHRASE = re.compile(r"\s*(?P<preposition>of|in)\s+"
                        r"(?P<phrase>[^,.;:()\[\]]{1,120}(?:(?<=\d)[,.]\d[^,.;:()\[\]]{0,60}){0,3})",
                        re.IGNORECASE)
_OF_WHOLE = re.compile(r"\s*of\s", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(r"in|at|among|across", re.IGNORECASE)
_PAST_PARTICIPLE_LIKE = re.compile(r"[a-z]{2,}ed", re.IGNORECASE)
# "是中国的三倍": what a Chinese multiplier compares with.
_CN_MORE_THAN = re.compile(r"(?:比[^，。；]{1,12}?(?:多|高|大)(?:出|了)?|多出|高出|增加了)$")
_CN_COMPARED = re.compile(r"是(?P<other>[^，。；,;是]{1,12}?)的$")


# A digit that starts a number (not one inside "3.14" or "3,200"), but for the number of a
# citation marker ("[3]"), where no way of writing a figure can match: nearly every claim of
# an article ends with one, and the full pattern fails there only after trying each way.
# (The digit comes first, its look-arounds after it: a pattern that opens with a character
# class is searched for by that class, where one that opens with a look-behind is tried at
# every position, three times slower.)
_DIGIT_START = re.compile(r"\d(?<![\d.,]\d)(?!(?<=\[\d)\d*\])")


class _Patterns:
    """The patterns figures are found and read with, built from the lexicon's grammar
    (factcheck.extract.grammar) once per lexicon."""

    def __init__(self, lex: LexiconLookup) -> None:
        g = self.grammar = grammar(lex)
        self.figure = re.compile(_figure_pattern(g), re.VERBOSE | re.IGNORECASE)
        self._single: re.Pattern[str] | None = None
        # An endpoint's period after it: "from 3,200 in 2023 to 6,400".
        period = rf"(?:\s+in\s+(?:{YEAR}|(?:{g.month})\b))?"
        endpoint = (rf"(?P<END_cur>{g.currency_prefix})?(?P<END>{DIGITS})(?P<END_scale>{g.scale})?"
                    rf"(?:{g.percent})?{_UNIT_WORD}{period}")

        def named(name: str) -> str:
            return endpoint.replace("END", name)

        self.from_to = re.compile(
            rf"[^.;\[]{{0,60}}?\b(?:from\s+{named('from')}\s+to\s+{named('to')}"
            # ("to 2.9 million in 2024, from 2.5 million in 2023": a comma between)
            rf"|to\s+{named('to2')},?\s+from\s+{named('from2')})", re.IGNORECASE)
        # "went from 400 to 520, an increase of 25%": the endpoints before the change.
        self.from_to_before = re.compile(
            rf"\bfrom\s+{named('from')}\s+to\s+{named('to')}"
            # "from 12 to 8 per 1,000 births, a drop of": a rate's base is no other figure
            rf"(?P<gap>(?:\s+per\s+\d[\d,]*)?[^.;\d]{{0,40}})$",
            re.IGNORECASE)
        cn_amount = (rf"(?P<END>\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]{{1,12}})"
                     rf"(?P<END_scale>{alternation(g.chinese_scales)})?"
                     rf"(?:{alternation(g.chinese_currencies)}|{g.chinese_units})?")
        self.cn_from_to = re.compile(
            rf"[从由]{cn_amount.replace('END', 'from')}[^，。；\d]{{0,8}}?[到至]"
            rf"{cn_amount.replace('END', 'to')}")
        # What follows "N times": the comparison ("more than", "more e-bikes than", "more
        # likely than", "higher than in") and the other side.
        self.ratio_tail = re.compile(
            rf"\s*(?P<phrase>(?P<comparative>{g.comparatives})(?P<between>\s+(?!than\b)[\w-]+)?"
            rf"\s+than(?:\s+in)?|as\s+(?:{g.equatives})\s+as|that\s+of|what|the|its)\b"
            r"\s*(?P<other>[^,.;:()\[\]]{0,80})", re.IGNORECASE)
        # "¥" after which the yuan is named: "¥ 500 (yuan)", "¥3 billion RMB"
        yuan = [word for word, code in {**lex.currency_words, **g.currencies}.items()
                if code == "CNY" and word[-1:].isalpha()]
        # a clause with a verb of change between "from A to B" and a change after it: that
        # change's own ("from 31% to 87%, and annual cases fell by more than 90%")
        self.clause_of_a_change = re.compile(
            rf"\band\s(?:.*\s)?(?:{lex.alternation('growth_verbs')})\b", re.IGNORECASE)
        self.yuan_after = re.compile(rf"\s*(?:{alternation(yuan)})\b", re.IGNORECASE)
        # "rose five points": points after a number in words (digits take them in ``figure``)
        self.points_after = re.compile(g.points, re.IGNORECASE)
        # a figure of its own after a word: "9 open 7 days", "paid £40"
        self.figure_next = re.compile(rf" (?:{g.currency_prefix})?\d")
        # "a quarter of a million", "half a billion": a fraction of a scale word (a source's)
        self.a_scale = re.compile(rf"\ban?\s+(?:{alternation(g.scale_words)})\b", re.IGNORECASE)
        # ("an estimated quarter of a million": "a quarter" after another word)
        self.scale_fractions = {**{word.removeprefix("a "): value
                                   for word, value in g.fractions.items()}, **g.fractions}
        self.fraction_of_a_scale = re.compile(
            rf"\b(?P<fraction>{alternation(self.scale_fractions)})\s+(?:of\s+)?an?\s+"
            rf"(?P<scale>{alternation(g.scale_words)})\b", re.IGNORECASE)
        # "of voters in 2024", "in the first quarter": a period, not where or what
        # "in the year to June", "in the twelve months to March": a length of time, too
        lengths = alternation({*g.durations, *lex.words("period_nouns")})
        self.in_a_period = re.compile(
            rf"\s*in\s+(?:the\s+)?(?:{YEAR}|(?:{g.full_month}|{g.ordinal}|last|past)\b"
            rf"|(?:[\w-]+\s+)?(?:{lengths})\b)", re.IGNORECASE)
        self.period_word = re.compile(rf"{YEAR}|{g.full_month}")
        # "by 52 to 48 per cent", "passed 52-48%": a split, whose first figure is a share too
        self.split_shares = re.compile(
            rf"(?<![\d.,])({DIGITS})\s?(?:-|–|—|to)\s?({DIGITS}){g.percent}", re.IGNORECASE)
        # what the phrase a figure counts opens with: "the 2,400 adults", "the voters"
        self.amount_leading = re.compile(
            rf"^(?:{g.currency_prefix}?\d[\d,.]*(?:{g.scale})?(?:{g.percent})?\s+)+",
            re.IGNORECASE)
        self.leading = re.compile(rf"^(?:(?:{g.openers})\s+)+", re.IGNORECASE)
        self.currency_starts = frozenset(sign[0] for sign in g.currencies
                                         if not sign[:1].isalpha())
        self.currency_before = re.compile(rf"{g.currency_prefix}$", re.IGNORECASE)
        self.currency_ends = tuple(g.currencies)  # lower case, as ``folded`` is
        self.longest_sign = max(map(len, g.currencies), default=0)
        # Where a figure can start (besides a digit): a number word, a multiplier, a ratio
        # verb, a fraction, a month name. "a" starts one only as "a half", "a third"…: every
        # other "a" would be a wasted try.
        fraction_words = [fraction.replace("-", " ").split() for fraction in g.fractions]
        articles = {words[0] for words in fraction_words if len(words[0]) == 1}
        starts = {*UNITS_WORDS, *TENS_WORDS, *g.multipliers, "half", *g.months,
                  *(verb for verb in g.ratio_verbs if not has_han(verb)),
                  *(words[0] for words in fraction_words if words[0] not in articles)}
        after_article = alternation(words[1] for words in fraction_words
                                    if words[0] in articles and len(words) > 1)
        # every start is a letter: the lookahead lets the engine pass over other characters
        # without trying each word
        self.word_start = re.compile(
            rf"(?=[a-z])\b(?:{alternation(starts)}"
            rf"|{alternation(articles)}(?=\s+(?:{after_article})\b))\b")
        self._word_start_any_case: re.Pattern[str] | None = None
        self.cjk_start = re.compile(
            rf"百分之|一半|{alternation(verb for verb in g.ratio_verbs if has_han(verb))}"
            r"|[零〇一二两三四五六七八九十百千万亿]")

    def single(self) -> re.Pattern[str]:
        """The figure pattern without ranges and shares; compiled on first need (it is slow to
        compile)."""
        if self._single is None:
            pattern = self.figure.pattern
            for group in ("(?P<range>", "(?P<share_of>"):
                pattern = pattern.replace(group, f"{group}(?!)")
            self._single = re.compile(pattern, re.VERBOSE | re.IGNORECASE)
        return self._single

    def word_start_any_case(self) -> re.Pattern[str]:
        """For the rare text whose lower-case form has another length ("İ" lowers to two)."""
        if self._word_start_any_case is None:
            self._word_start_any_case = re.compile(self.word_start.pattern, re.IGNORECASE)
        return self._word_start_any_case


def _patterns(lex: LexiconLookup) -> _Patterns:
    return lex.derived(_Patterns)


# A sentinel: the figure is read again without ranges and "N in M" shares, as single figures.
_NOT_A_RANGE = Quantity.model_construct()  # type: ignore[call-arg]


_FIRST_WORD = re.compile(r"[^\W\d_]+")
_ELLIPSIS = re.compile(r"[^.;:]{0,40}\band\s+$")
# between an amount and the same amount put another way: "620 million zlotys, or "
_OR_RESTATED = re.compile(r"(?:\s+[^\W\d]+)?,\s+or\s+")


def _of_the_whole(lex: LexiconLookup) -> re.Pattern[str]:
    """Between a part of an amount and its whole: "2.5 lakh rupees of the 12 lakh prize
    fund" (``fraction_determiners``)."""
    return re.compile(rf"(?:\s+[^\W\d]+)?\s+(?:out\s+)?of\s+"
                      rf"(?:(?:{lex.alternation('fraction_determiners')})\s+)?", re.IGNORECASE)


# a figure with its scale word: "12 lakh", "3.5 million" (no count of things: "of the 12 members")
_SCALED = re.compile(r"\d\s?[^\W\d_]")
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_SCORE_TO = re.compile(r"\s?(?:to|-|–)\s?")


def _candidates(text: str, folded: str | None, patterns: _Patterns) -> list[int]:
    """Where a figure can start: a digit (or the currency sign before it), a number word, a
    fraction, a multiplier, a month name or a Chinese numeral. The full pattern is tried only
    there: scanning every position with it was the slowest part of extraction."""
    starts = set()
    currency_before, signs = patterns.currency_before, patterns.currency_ends
    longest = patterns.longest_sign
    for digit in _DIGIT_START.finditer(text):
        start = digit.start()
        # the pattern search is slow next to a look at the characters before: most digits
        # have no sign or code before them
        end = start - 1 if start and text[start - 1].isspace() else start
        if folded is None or folded.endswith(signs, max(0, end - longest), end):
            currency = currency_before.search(text, max(0, start - longest - 1), start)
            start = currency.start() if currency else start
        starts.add(start)
    words = (patterns.word_start.finditer(folded) if folded is not None
             else patterns.word_start_any_case().finditer(text))
    starts.update(word.start() for word in words)
    if has_han(text):
        starts.update(cjk.start() for cjk in patterns.cjk_start.finditer(text))
    return sorted(starts)


def find_quantities(text: str, offset: int, span: Callable[[int, int], Span],
                    actors: Sequence[Actor] = (), limit: int = 100,
                    framed: bool = True, lookup: LexiconLookup | None = None) -> list[Quantity]:
    """Quantities of a claim whose text starts at ``offset`` in the document (at most ``limit``),
    read with the word lists of ``lookup``'s lexicon (the built-in one by default).

    ``framed=False`` leaves out what a figure measures and when (metric, period) and whether it
    is a change: a cited source's figures are compared with a claim's by value and family.
    """
    lex = lookup or default_lookup()
    found: list[Quantity] = []
    consumed = 0
    lower = text.lower()
    folded = lower if len(lower) == len(text) else None
    words = _Words(text, folded, actors, offset, lex)
    patterns = _patterns(lex)
    for start in _candidates(text, folded, patterns):
        if start < consumed:
            continue
        match = patterns.figure.match(text, start)
        if match is None or match.end() == match.start():
            continue
        consumed = match.end()
        quantity = _read(text, words, match, offset, span, actors, framed, lex, patterns)
        if quantity is None and match.group("words") and (
                first := _FIRST_WORD.match(text, start)) and first.end() < match.end() and (
                alone := patterns.figure.match(text, start, first.end())):
            # "two four-year terms": no number, but two figures, the first read alone
            consumed = alone.end()
            quantity = _read(text, words, alone, offset, span, actors, framed, lex, patterns)
        if quantity is _NOT_A_RANGE:
            match = patterns.single().match(text, start)
            if match is None:
                consumed = start  # "covid-19 and 12 others": the second figure stands alone
                continue
            consumed = match.end()
            quantity = _read(text, words, match, offset, span, actors, framed, lex, patterns)
        if quantity is not None and quantity is not _NOT_A_RANGE:
            quantity = _a_spans_last_year(text, quantity, offset)
            if (quantity.kind is QuantityKind.PERCENT and found
                    and found[-1].kind is QuantityKind.PERCENT_CHANGE
                    and _ELLIPSIS.match(text, found[-1].span.end - offset, start)):
                # "grew 7% in Asia and 2% in Europe": the second figure shares the verb
                quantity = quantity.model_copy(update={"kind": QuantityKind.PERCENT_CHANGE,
                                                       "direction": found[-1].direction})
            if (quantity.kind is QuantityKind.PERCENT and found
                    and found[-1].kind is QuantityKind.COUNT and found[-1].unit is None
                    and found[-1].value > quantity.value
                    and _SCORE_TO.fullmatch(text, found[-1].span.end - offset, start)):
                # "won 53.6 to 46.4 per cent": a split of shares with the sign written once
                found[-1] = found[-1].model_copy(update={"kind": QuantityKind.PERCENT,
                                                         "unit": quantity.unit})
            if (quantity.kind is QuantityKind.COUNT and found
                    and found[-1].kind is QuantityKind.CURRENCY
                    and ((quantity.unit in (None, "each") and _OR_RESTATED.fullmatch(
                        text, found[-1].span.end - offset, quantity.span.start - offset))
                         or (_SCALED.search(quantity.text) and (
                             quantity.unit is None
                             or quantity.unit.lower() in lex.words("money_nouns"))
                             and lex.derived(_of_the_whole).fullmatch(
                                 text, found[-1].span.end - offset,
                                 quantity.span.start - offset)))):
                # "620 million zlotys, or about 15.5 million per vehicle", "2.5 lakh rupees of
                # the 12 lakh prize fund": the same currency
                quantity = quantity.model_copy(update={"kind": QuantityKind.CURRENCY,
                                                       "unit": found[-1].unit})
            found.append(quantity)
            if len(found) >= limit:
                break
    if not framed:
        return _source_extras(text, offset, span, found, limit, patterns)
    if patterns.a_scale.search(text):
        found = _fractions_of_a_scale(text, offset, span, found, patterns)
    if len(found) > 1:
        found = _parts_of_one_whole(text, offset, _restated(text, offset, found, lex), lex)
        found = _changes_around(text, offset, found, lex)
    return _unnamed(found, lex)


def _fractions_of_a_scale(text: str, offset: int, span: Callable[[int, int], Span],
                          found: list[Quantity], patterns: _Patterns) -> list[Quantity]:
    """"Half a million", "a quarter of a billion" as the amount they are (500,000), in place of
    the fraction read alone ("rose by half" a 50% change): what a claim's figure was read as
    (its direction, its metric) is kept."""
    for match in patterns.fraction_of_a_scale.finditer(text):
        start, end = offset + match.start(), offset + match.end()
        amount = patterns.scale_fractions[match.group("fraction").lower()] * (
            patterns.grammar.scale_of(match.group("scale")))
        at = span(start, end)
        read = [quantity for quantity in found
                if quantity.span.start < end and start < quantity.span.end]
        kept = [quantity for quantity in found
                if not any(quantity is overlapped for overlapped in read)]
        whole = (read[0].model_copy(update={
            "text": match.group(), "span": at, "kind": QuantityKind.COUNT, "value": amount,
            "unit": None, "interval": Interval(low=amount, high=amount), "ratio_phrase": None,
            "compared_to": None}) if read else _count(match.group(), at, amount))
        found = sorted([*kept, whole], key=lambda quantity: quantity.span.start)
    return found


def _changes_around(text: str, offset: int, found: list[Quantity], lex: LexiconLookup
                    ) -> list[Quantity]:
    """The figures, each change between the value it ended at and the one it started from
    given them as its endpoints: around it ("revenue of $4.82 billion, up 18% from $4.08
    billion", "412 million trips in 2023, up 9% from 378 million in 2022") or both before it
    ("2.1 million units, against 2.8 million a year earlier, a drop of 25%")."""
    read = list(found)
    # a length of time ("in the twelve months to June") is when, not an endpoint
    days_of = grammar(lex).days_of
    figures = [at for at, quantity in enumerate(found)
               if quantity.kind not in _NO_FRAME_KINDS and days_of(quantity.unit) is None]
    earlier = _lists(lex).earlier_link_at_end
    for first, second, third in zip(figures, figures[1:], figures[2:], strict=False):
        between = (read[second].span.end - offset, read[third].span.start - offset)
        compared = _lists(lex).compared_with_the.fullmatch(text, *between)
        if read[second].kind in _CHANGE_KINDS and (
                compared or _FROM_ONLY.fullmatch(text, *between)) and not (
                _TO_AFTER.match(text, read[third].span.end - offset)):
            # "B, up X% from A"; "B, X% more than the A"
            ended, change, started = first, second, third
            before_change = text[read[ended].span.end - offset:read[change].span.start - offset]
            # the comparative says what "up" would: "…, 20% more than the 180"
            said_after = compared is not None and _A_CLAUSE_GOES_ON.fullmatch(before_change)
        elif read[third].kind in _CHANGE_KINDS and earlier.search(
                text, read[first].span.end - offset, read[second].span.start - offset):
            ended, started, change = first, second, third  # "B, against A, a drop of X%"
            before_change = text[read[started].span.end - offset:read[change].span.start - offset]
            said_after = False
        else:
            continue
        ended_at, quantity, started_at = read[ended], read[change], read[started]
        if quantity.change_from is not None or ended_at.kind is not started_at.kind or (
                ended_at.kind in _CHANGE_KINDS) or started_at.unit not in (None, ended_at.unit) or (
                not said_after and _lists(lex).change_after_a_value.fullmatch(before_change) is None):
            continue
        read[change] = quantity.model_copy(update={
            "change_from": started_at.value, "change_to": ended_at.value,
            "change_from_margin": written_margin(started_at.text, started_at.value),
            "change_to_margin": written_margin(ended_at.text, ended_at.value)})
    return read


# "…, up 18% from $4.08 billion", "…, up 1.2% on last year's 47,740"
_FROM_ONLY = re.compile(r"\s+(?:from|on)\s+(?:[\w\s]{1,24}?['’]s\s+)?", re.IGNORECASE)
_A_CLAUSE_GOES_ON = re.compile(r"[^,;:.()]{0,60},\s+")
_TO_AFTER = re.compile(r"[^.,;]{0,30}?\s(?:to|-|–)\s*\d", re.IGNORECASE)


def _parts_of_one_whole(text: str, offset: int, found: list[Quantity], lex: LexiconLookup
                        ) -> list[Quantity]:
    """The figures, each share that names a part of a whole after a share of a part that
    names the whole ("health accounts for 48% of the budget") given that whole: "…, education
    32% and defence 29%", "…, education for 32%", "…; tickets account for 38%"."""
    if not any(quantity.predicate and quantity.predicate.startswith("of ") for quantity in found):
        return found
    read = list(found)
    gap = _lists(lex).part_gap
    for index in range(1, len(read)):
        before, share = read[index - 1], read[index]
        if not (before.predicate and before.predicate.startswith("of ")) or (
                share.kind is not QuantityKind.PERCENT or share.unit != "%"
                or share.predicate or share.period != before.period
                or before.kind is not QuantityKind.PERCENT):
            continue
        between = gap.fullmatch(text, before.span.end - offset, share.span.start - offset)
        if between is None:
            continue
        part = between.group("part")
        if any(_VERB_LIKE.fullmatch(word) for word in part.split()):
            continue  # "…, and the jobless rate is 5%": a clause of its own
        named = normal_metric(part.lower(), lex)
        if share.metric is None or share.metric == named:
            read[index] = share.model_copy(update={"metric": named,
                                                   "predicate": before.predicate})
    return read


_HAS_DIGIT = re.compile(r"\d")


# A part's words or an auxiliary in them: then the words are a clause with a verb of its own.
_VERB_LIKE = re.compile(r"[a-z]{2,}ed|is|are|was|were|has|have|had|will|would|said|says",
                        re.IGNORECASE)


def _unnamed(found: list[Quantity], lex: LexiconLookup) -> list[Quantity]:
    """The figures, without the metric of each whose metric is still one of
    ``anaphoric_metrics``, ``summary_statistics`` or ``goal_nouns`` alone: "jailed for a total
    of 71 years", "the figure rose to 12%", "an average of £1,285" and "the target is 93%" say
    of what they measure only that it was named elsewhere, and two of them are no statements
    of one value."""
    unnamed = _lists(lex).unnamed_metrics
    if all(quantity.metric not in unnamed for quantity in found):
        return found
    return [quantity.model_copy(update={"metric": None, "predicate": None, "mood": None})
            if quantity.metric in unnamed else quantity for quantity in found]


def _source_extras(text: str, offset: int, span: Callable[[int, int], Span],
                   found: list[Quantity], limit: int, patterns: _Patterns) -> list[Quantity]:
    """A source's figures with the readings a claim may take of them that an article's are not
    given: its ordinals in words as counts ("the nineteenth century" backs "19th century"; an
    article's "the third time" is no figure), a count with a glued "m" or "b" and no currency
    as its digits too ("7.61m" backs "7.6 million", "300m long" backs "300 metres"), Roman
    numerals after a name's word ("Phase III" backs "phase 3"), both shares of a split ("by
    52 to 48 per cent", "52-48%" back "52%" and "48%"), a decimal comma as many countries
    write it ("15,5%" backs "15.5%"), and the last year of a span written short ("1914–18",
    the season "1893–94" back 1918 and 1894), and the parts of a time written with colons
    ("2:07:42" backs "2 hours 7 minutes 42 seconds"), and a fraction of a scale word ("a
    quarter of a million" backs "250,000")."""
    extras = []
    # (the patterns below start with a look-behind, so the regex engine tries them at every
    # position; most sentences are passed over by a quick search for what each needs)
    paired = _FIGURE_PAIR.search(text) is not None
    for match in _SHORT_SPAN.finditer(text) if paired else ():
        first, last = int(match.group(1)), int(match.group(2))
        year = first - first % 100 + last + (100 if last <= first % 100 else 0)
        extras.append(_count(match.group(2), span(offset + match.start(2), offset + match.end(2)),
                             float(year), QuantityKind.YEAR))
    for match in ORDINAL_LIKE.finditer(text):
        value = ORDINALS.get(match.group().lower())
        if value is not None:
            extras.append(_count(match.group(), span(offset + match.start(),
                                                     offset + match.end()), float(value)))
    for quantity in found:
        letter = _LETTER_SCALE.search(quantity.text) if quantity.text[-1:] in "mbMB" else None
        if letter and quantity.kind is QuantityKind.COUNT:
            extras.append(_count(quantity.text, quantity.span, float(letter.group(1))))
    for match in patterns.split_shares.finditer(text) if paired else ():
        for side in (1, 2):
            share = parse_digits(match.group(side))
            if share is not None:
                extras.append(_count(match.group(side), span(offset + match.start(side),
                                                             offset + match.end(side)),
                                     share, QuantityKind.PERCENT, "%"))
    for match in _ROMAN.finditer(text) if _ROMAN_AFTER_SPACE.search(text) else ():
        extras.append(_count(match.group(1), span(offset + match.start(1), offset + match.end(1)),
                             float(roman_value(match.group(1)))))
    for match in _CLOCK.finditer(text) if ":" in text else ():
        for part in (1, 2, 3):
            if match.group(part):
                extras.append(_count(match.group(part), span(offset + match.start(part),
                                                             offset + match.end(part)),
                                     float(match.group(part))))
    for match in patterns.fraction_of_a_scale.finditer(text) if patterns.a_scale.search(
            text) else ():
        g = patterns.grammar
        amount = patterns.scale_fractions[match.group("fraction").lower()] * g.scale_of(
            match.group("scale"))
        extras.append(_count(match.group(), span(offset + match.start(), offset + match.end()),
                             amount))
    if "," in text:
        for match in _DECIMAL_COMMA.finditer(text):
            decimal = float(f"{match.group(1)}.{match.group(2)}")
            at = span(offset + match.start(), offset + match.end())
            extras.append(_count(match.group(), at, decimal) if not match.group(3) else _count(
                match.group(), at, decimal, QuantityKind.PERCENT, "%"))
    if not extras:
        return found
    return sorted([*found, *extras], key=lambda quantity: quantity.span.start)[:limit]


# What a year span (``_SHORT_SPAN``) and a split of shares (``split_shares``) both need: two
# digits with a dash, a slash or "to" between them.
_FIGURE_PAIR = re.compile(r"\d\s?(?:[-–—/]|to)\s?\d", re.IGNORECASE)
# A time with colons: "2:07:42" (a race's), "14:30".
_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?![\d:])")
# What a Roman numeral after a name's word (``_ROMAN``) needs.
_ROMAN_AFTER_SPACE = re.compile(r"\s[IVX]")


def _count(text: str, at: Span, value: float, kind: QuantityKind = QuantityKind.COUNT,
           unit: str | None = None) -> Quantity:
    """An exact figure a source states (a count unless ``kind`` says otherwise)."""
    return trusted(Quantity, text=text, span=at, kind=kind, value=value, unit=unit,
                   interval=trusted(Interval, low=value, high=value))


def _restated(text: str, offset: int, found: list[Quantity], lex: LexiconLookup
              ) -> list[Quantity]:
    """The figures, each that restates the one before it (``restating_links``: "fell 6% to £1.7
    billion", "79%, up from 71% last year") with that one's metric, subject and predicate. One
    after an earlier link ("from", "against") holds for its own period, and the one before it
    not for that period; without a period of its own it keeps no metric, so that it is never
    compared with the value it changed from."""
    if all(quantity.metric is None for quantity in found):
        return found
    read = list(found)
    figures = [index for index, quantity in enumerate(found)
               if quantity.kind not in _NO_FRAME_KINDS]
    anaphoric = _lists(lex).anaphoric_metrics
    for position, index in enumerate(figures if any(
            quantity.metric in anaphoric for quantity in found) else ()):
        quantity = read[index]
        if quantity.metric in anaphoric:
            # "by 2024 the share had fallen to 11%", "from 2023's total of 355,000": the metric
            # of the nearest figure of its kind before it that names one
            named = next((read[other] for other in reversed(figures[:position])
                          if read[other].kind is quantity.kind and read[other].metric
                          and read[other].metric not in anaphoric), None)
            if named is not None:
                read[index] = quantity.model_copy(update={
                    "metric": named.metric, "predicate": named.predicate,
                    "subject": quantity.subject or named.subject,
                    # "retention was 118%; … the figure was 121%": a rate as well
                    "unit": named.unit if quantity.unit == "%" else quantity.unit})
    for previous_index, index in pairwise(figures):
        previous, quantity = read[previous_index], read[index]
        start, gap_start = quantity.span.start - offset, previous.span.end - offset
        # (sliced, not indexed: a span counts the document's invisible characters, which
        # the claim's text leaves out, so it may reach past the text)
        if previous.metric is None or not 0 < start - gap_start <= _GAP_LIMIT or not (
                text[start - 1:start].isspace()) or QuantityKind.RATIO in (previous.kind,
                                                                      quantity.kind):
            continue
        word = _link(text[gap_start:start], lex)
        if word is None:
            continue
        if previous.kind is quantity.kind is QuantityKind.PERCENT and previous.unit == "%" and (
                quantity.unit or "").startswith("% of ") and text[gap_start:start].split() == [
                    word]:
            # "stretch goals at 200% and 300% of the original target": both of the target
            previous = read[previous_index] = previous.model_copy(update={"unit": quantity.unit})
        if previous.kind is quantity.kind is QuantityKind.PERCENT and (
                quantity.unit == "%" != previous.unit):
            # "a ratio of 142%, down from 151%": the value it restates is no share either
            quantity = read[index] = quantity.model_copy(update={"unit": previous.unit})
        change = previous.kind in _CHANGE_KINDS
        if not _same_measure(previous, quantity, change or word == ", or" or (
                quantity.kind in _CHANGE_KINDS)):
            continue
        update: dict[str, object] = {"metric": previous.metric, "subject": previous.subject,
                                     "predicate": previous.predicate}
        if word in _links(lex).earlier:
            end = quantity.span.end - offset
            following = next((found[later].span.start - offset for later in figures
                              if later > index), len(text))
            update["period"] = period_near(text, start, end, after=True, limit=following,
                                           lex=lex)
            own_start, own_end = previous.span.start - offset, previous.span.end - offset
            previous_period = period_near(text, own_start, own_end, limit=start, lex=lex)
            if previous_period != previous.period:  # "41.2%, down from 44% in 2021"
                read[previous_index] = previous.model_copy(update={"period": previous_period})
            if update["period"] is None:
                continue
        elif quantity.metric is not None and word in _lists(lex).coordinators:
            continue  # "38% of men and 40% of women": a whole of its own
        if previous.predicate and quantity.kind is QuantityKind.PERCENT:
            # "54% of voters support the plan and 41% oppose it": of the same whole, but
            # another side of it, which says what it does itself
            update["predicate"] = _own_clause(text, quantity.span.end - offset, lex) or (
                previous.predicate)
        read[index] = quantity.model_copy(update=update)
    return read


def _own_clause(text: str, end: int, lex: LexiconLookup) -> str | None:
    """The words after a share up to the end of its clause, lower-cased ("oppose it", "did
    not"); None when there are none or an "of" phrase follows."""
    clause = _lists(lex).clause_after.match(text, end)
    words = clause.group().lower().split()[:8] if clause else []
    return " ".join(words) if words and words[0] != "of" else None



_NO_FRAME_KINDS = frozenset((QuantityKind.YEAR, QuantityKind.DATE))
_CHANGE_KINDS = frozenset((QuantityKind.PERCENT_CHANGE, QuantityKind.POINTS))
# A sign right before a figure, after a space, a cell's bar or a bracket: "+125%", "(−6%)".
_SIGNED = re.compile(r"(?:^|(?<=[\s|(]))([+−–-])$")


def _same_measure(previous: Quantity, quantity: Quantity, any_kind: bool) -> bool:
    """Whether a figure can restate the one before it: one of its kind and unit, or any after
    or as a change ("rose 7% to £410 million", "…, a drop of 28%") or in an apposition ("…, or
    38% of the budget")."""
    if any_kind:
        return True
    return quantity.kind is previous.kind and (quantity.unit is None or previous.unit is None
                                               or quantity.unit == previous.unit)


# The most characters before a figure that its metric's stops are looked for in.
_WINDOW = 240
# A word between two figures that one restates: a unit, a period word, a year ("in 2023").
# (no figure stands there: digits are a year or part of a name, "FTSE 350")
_GAP_WORD = re.compile(r"[\w'’-]+,?")
# The longest text between a figure and one that restates it, and the most words before its
# link ("of all ballots cast in the 2024 general election, up from").
_GAP_LIMIT = 90
_GAP_WORDS = 10


class _Links:
    """``restating_links`` (those after a comma apart), ``earlier_links`` and the words that
    may follow a link before the figure (``amount_determiners``), lower case."""

    __slots__ = ("after_comma", "determiners", "earlier", "links")

    def __init__(self, lex: LexiconLookup) -> None:
        phrases = [" ".join(phrase.lower().split())
                   for phrase in lex.lexicon.phrase_list("restating_links")]
        self.links = frozenset(phrase for phrase in phrases if not phrase.startswith(","))
        self.after_comma = frozenset(phrase.lstrip(", ") for phrase in phrases
                                     if phrase.startswith(","))
        self.earlier = frozenset(" ".join(phrase.lower().split())
                                 for phrase in lex.lexicon.phrase_list("earlier_links"))
        self.determiners = lex.amount_determiners


def _links(lex: LexiconLookup) -> _Links:
    return lex.derived(_Links)


def _link(gap: str, lex: LexiconLookup) -> str | None:
    """The link that makes a figure after ``gap`` restate the figure before it: a few words
    (its unit, its whole, a period), a comma, one of ``change_adverbs`` and one of
    ``restating_links`` ("in June, down from", "a year, up from", ", or", "to"), or an adverb
    alone ("…, up 18%"); a determiner may follow ("from the"). None for any other text."""
    words = gap.lower().split()
    if not words or len(words) > _GAP_WORDS + 5:
        return None
    links = _links(lex)
    if words[-1] in links.determiners:
        words.pop()
    link = None
    for size in (3, 2, 1):
        phrase = " ".join(words[-size:]) if len(words) >= size else ""
        if phrase in links.links or (phrase in links.after_comma and len(words) > size
                                     and words[-size - 1].endswith(",")):
            link = phrase if phrase in links.links else f", {phrase}"
            del words[-size:]
            break
    adverbs = _lists(lex).change_adverbs
    if words and words[-1].rstrip(",") in adverbs and (link is None or not words[-1].endswith(
            ",")):
        link = link or words[-1]
        words.pop()
    if link is None or len(words) > _GAP_WORDS:
        return None
    if words and words[-1] == ",":
        words.pop()
    if any(not _GAP_WORD.fullmatch(word) for word in words) or any(
            word.endswith(",") for word in words[:-1]):
        return None
    return link



def _read(text: str, words_of_claim: _Words, match: re.Match[str], offset: int,
          span: Callable[[int, int], Span], actors: Sequence[Actor],
          framed: bool, lex: LexiconLookup, patterns: _Patterns) -> Quantity | None:
    start, end = match.start(), match.end()
    kind: QuantityKind
    unit: str | None = None
    ratio_phrase: str | None = None
    compared_to: str | None = None
    margin = 0.0
    more_than = False
    g = patterns.grammar
    # The words before the figure, read once: hedges, growth verbs, year cues and metrics use them.
    offsets, words = words_of_claim.before(start, 12)
    if match.group("date"):
        raw = match.group("date")
        year = re.search(r"(?:1[89]|20)\d\d", raw)
        if year is None and "月" in raw:
            return None  # "3月15日": a day, not a figure
        if year is None:
            return None
        # "2019年" is a year; with its month or day, a date.
        kind = QuantityKind.YEAR if raw.endswith("年") else QuantityKind.DATE
        value, unit = float(year.group(0)), None
    elif match.group("multiplier"):
        raw_number = match.group("mult_num")
        if raw_number:
            value_or_none = parse_number(raw_number)
        elif match.group("half"):  # "half as many as"
            value_or_none = 0.5
        else:
            value_or_none = g.multipliers[match.group("mult_word").lower()]
        if value_or_none is None:
            return None
        value = value_or_none + (0.5 if match.group("mult_half") else 0.0)  # "two and a half"
        kind = QuantityKind.RATIO
        tail = patterns.ratio_tail.match(text, end)
        word = "times" if raw_number else (match.group("mult_word") or "half").lower()
        if tail:
            if tail.group("comparative"):  # "more e-bikes than" reads as "more than"
                phrase = f"{tail.group('comparative').lower()} than"
            else:
                phrase = " ".join(tail.group("phrase").lower().split())
            ratio_phrase = f"{word} {phrase}"
            compared_to = _clean_phrase(tail.group("other"), lex) or None
        else:
            ratio_phrase = word
    elif match.group("share_of"):
        # "one in five adults", "3 out of 10 voters": a share of the whole, 20%, 30%
        some, every = (parse_number(match.group(name)) for name in ("so_part", "so_whole"))
        noun = _UNIT_AFTER.match(text, end)
        if some is None or every is None or not 0 < some <= every or every < 2 or (
                noun and g.days_of(noun.group("unit")) is not None):
            return _NOT_A_RANGE  # "2 in 3 weeks", "5 in 2": two figures
        kind, value, unit = QuantityKind.PERCENT, some / every * 100, "%"
    elif match.group("verbratio"):
        word = match.group("verbratio").lower()
        kind, value, ratio_phrase = QuantityKind.RATIO, g.ratio_verbs[word], word
    elif match.group("by_fraction"):
        # "fell by a third", "cut by half": a change of a share, as rounded as "about" one
        phrase = " ".join(match.group("by_fraction").lower().split())
        kind, value, unit = QuantityKind.PERCENT, g.fractions[phrase] * 100, "%"
    elif match.group("fraction"):
        phrase = " ".join(match.group("fraction").lower().split())
        if phrase == "half" and words and words[-1] in _lists(lex).not_a_fraction_before:
            return None  # "the first half of 2025": a part of a period, not a ratio
        if framed and not _OF_AFTER.match(text, end):
            # "half the adult price": a source's, to back a claim's "half of it"; an article's
            # is left unchecked, as often a ratio of two figures as a share of one whole
            return None
        joined = _AND_BEFORE.search(text, max(0, start - _AND_BEFORE_CHARS), start)
        if joined and g.days_of(joined.group("unit")) is not None:
            return None  # "a year and a half of rent": a part of a length of time, no ratio
        kind, value, ratio_phrase = QuantityKind.RATIO, g.fractions[phrase], f"{phrase} of"
    elif match.group("range"):
        low = parse_digits(match.group("r_low"))
        high = parse_digits(match.group("r_high"))
        if low is None or high is None:
            return None
        two_years = bool(_YEAR_ONLY.fullmatch(match.group("r_low"))
                         and _YEAR_ONLY.fullmatch(match.group("r_high")))
        if two_years and not (match.group("r_cur") or match.group("r_pct")
                              or match.group("r_scale")):
            return _NOT_A_RANGE  # "2021 to 2023 models", "between 2019 and 2021": two years
        if match.group("r_and") and words[-1:] != ["between"]:
            return _NOT_A_RANGE  # "20 and 30" are a range only after "between"
        if _SEASON.fullmatch(match.group(0)) and high == (low + 1) % 100:
            # "the 2020-21 season" (also written 2020/21, where the second year is not read):
            # the year it starts in
            return trusted(Quantity, text=match.group("r_low"),
                           span=span(offset + start, offset + start + 4), kind=QuantityKind.YEAR,
                           value=low, interval=trusted(Interval, low=low, high=low))
        if _TO_RANGE.search(match.group(0)) and (low > high or _year_first(match, low, words,
                                                                           lex)):
            # "rose 28% in 2024 to 1,870", "from 3,200 in 2023 to 6,400": a year, then a figure
            return _NOT_A_RANGE
        if low > high:
            # a score or a vote ("won 3-1", "by 286-134"): two figures, which another text may
            # state apart ("by 286 votes to 134"), and a summary may change ("voted 5-2" for a
            # source's 6-1); a split of shares ("52-48%") is read as two shares below
            split = match.group("r_pct") or match.group("r_low_pct")
            return None if split else _NOT_A_RANGE
        scale = g.scale_of(match.group("r_scale"))
        low, high = low * scale, high * scale
        percent = match.group("r_pct") or match.group("r_low_pct")
        currency = match.group("r_cur")
        growth = _growth_before(words, lex)
        if growth and " to " in match.group(0):
            return _NOT_A_RANGE  # "fell $3.40 to $61.20": a change and where it ended
        kind = (QuantityKind.PERCENT_CHANGE if percent and growth else QuantityKind.PERCENT
                if percent else QuantityKind.CURRENCY if currency else QuantityKind.COUNT)
        unit = "%" if percent else g.currency_of(currency) if currency else _unit_after(text, end,
                                                                                    lex)
        value = (low + high) / 2
        metric = _metric(text, end, words, lex)
        return trusted(
            Quantity, text=match.group(0), span=span(offset + start, offset + end), kind=kind,
            value=value, interval=trusted(Interval, low=low, high=high), unit=unit,
            subject=_subject(text, start, offset, actors, words_of_claim), metric=metric,
            mood=_mood(text, start, end, offsets, words, lex) if metric else None,
        )
    elif match.group("number") or match.group("words"):
        is_words = bool(match.group("words"))
        raw = match.group("words") if is_words else match.group("digits")
        if is_words:
            number_text = raw[: len(raw) - len(match.group("w_scale") or "")
                              - len(match.group("w_pct") or "") - len(match.group("w_half") or "")]
            parsed = parse_words(number_text)
            if parsed is not None and match.group("w_half"):
                parsed += 0.5  # "three and a half", "one and a half million"
        else:
            parsed = parse_digits(raw)
        if parsed is None:
            return None
        scale = g.scale_of(match.group("w_scale") if is_words else match.group("scale"))
        lost_sign = not is_words and _LOST_SIGN_BEFORE.search(text, max(0, start - 2), start) and (
            match.group("scale") or not raw.isdigit())
        if framed and not is_words and match.group("scale") and match.group(
                "scale").strip().lower() in ("m", "b") and not match.group("cur") and not lost_sign:
            # "5 m" is metres as often as millions without a currency sign: an article's is
            # not read, a source's is read both ways (``_source_extras``)
            return None
        if framed and not is_words and not lost_sign and _IDENTIFIER_BEFORE.search(
                text, max(0, start - 8), start):
            # "No. 10", "#3": an identifier, not a figure (a source's is read: "peaked at No. 3"
            # backs "number three")
            return None
        if not match.group("cur") and (
                _CLOCK_AFTER.match(text, end) or (
                    start >= 2 and text[start - 1] == ":" and text[start - 2].isdigit())):
            return None  # "3.12pm", "6 a.m.", "15:12", "seven o'clock": a time of day
        if framed and not is_words and (
                (offsets and text[offsets[-1]].isupper()) or text[end:end + 1] == "s") and not (
                match.group("cur") or match.group("pct") or match.group("scale")
                or match.group("pts")) and _in_a_name(
                    text, start, end, raw, parsed, offsets, words, lex):
            # "in Ward 12", "FTSE 350 companies", "over-65s": names and ages (a source's are kept:
            # a claim may write "section 354" where it says "Section 354")
            return None
        value = parsed * scale
        margin = rounding_margin(raw, parsed) * scale if not is_words else 0.0
        percent = match.group("w_pct") if is_words else match.group("pct")
        currency = None if is_words else match.group("cur")
        if currency and currency.strip() in g.amount_only_signs and not (
                match.group("scale") or "," in raw or "." in raw):
            return None  # "the R101 airship", "the R2": a name; "R28m", "R45,000" are rand
        points = bool(match.group("pts"))
        if is_words and (after_words := patterns.points_after.match(text, end)):
            points, end = True, after_words.end()  # "five points": the figure runs on
        word_unit = _unit_after(text, end, lex)
        if percent:
            kind, unit = QuantityKind.PERCENT, "%"
        elif points:
            kind, unit = QuantityKind.POINTS, "points"
            if not is_words and match.group("pts").strip().lower() in g.basis_points:
                # "25 bps": 0.25 percentage points
                value, margin = value / 100, margin / 100
        elif currency or lost_sign or (word_unit in lex.currency_words and not _a_weight(
                text, start, end, word_unit or "", lex)):
            kind = QuantityKind.CURRENCY
            # (the lost sign is the pound's: "# 38,831" is "£38,831")
            unit = g.currency_of(currency or "£") if currency or lost_sign else (
                lex.currency_words[word_unit or ""])
            if currency and currency.strip() == "¥" and (
                    patterns.yuan_after.match(text, end) or text[max(0, start - 2):start] == "CN"):
                unit = "CNY"  # "¥5 billion yuan", "CN¥5": the sign alone is the yen's
        elif _is_year(raw, parsed, scale, is_words, words, word_unit, lex):
            kind, unit, margin = QuantityKind.YEAR, None, 0.0
        else:
            kind, unit = QuantityKind.COUNT, word_unit
        if kind is QuantityKind.COUNT and is_words and parsed < 2 and not word_unit:
            return None  # "one of the…", "zero-sum": not figures
    elif match.group("cn_pct"):
        parsed = parse_chinese(match.group("cn_pct_num"))
        if parsed is None:
            return None
        kind, value, unit = QuantityKind.PERCENT, parsed, "%"
    elif match.group("cn_mult"):
        parsed = parse_chinese(match.group("cn_mult_num"))
        if parsed is None:
            return None
        kind, value, ratio_phrase = QuantityKind.RATIO, parsed, "倍"
        if _CN_MORE_THAN.search(text, max(0, start - 24), start):
            ratio_phrase = "times more than"  # "比去年多三倍": read as N or N+1 times, like English
        other = _CN_COMPARED.search(text, max(0, start - 24), start)
        if other:  # "是中国的三倍": the other side, named by the actor it mentions
            compared_to = _actor_in(other, offset, actors) or other.group("other")
    elif match.group("cn_points"):
        parsed = parse_chinese(match.group("cn_points_num"))
        if parsed is None:
            return None
        kind, value, unit = QuantityKind.POINTS, parsed, "points"
    elif match.group("cn_tenths"):  # "三成": three tenths
        parsed = parse_chinese(match.group("cn_tenths_num"))
        if parsed is None:
            return None
        kind, value, unit = QuantityKind.PERCENT, parsed * 10, "%"
    elif match.group("cn_half"):
        kind, value, ratio_phrase = QuantityKind.RATIO, 0.5, "一半"
        other = _CN_COMPARED.search(text, max(0, start - 24), start)
        if other:
            compared_to = _actor_in(other, offset, actors) or other.group("other")
    elif match.group("cn_count"):
        parsed = parse_chinese(match.group("cn_count_num"))
        if parsed is None:
            return None
        value = parsed * g.chinese_scales.get(match.group("cn_scale") or "", 1.0)
        more_than = match.group("cn_more") is not None  # "3200多间": over 3,200
        currency = match.group("cn_cur")
        if currency:
            kind, unit = QuantityKind.CURRENCY, g.chinese_currencies[currency]
        else:
            kind, unit = QuantityKind.COUNT, match.group("cn_unit")
    else:
        return None

    if not math.isfinite(value):  # cannot happen with bounded digits; trusted() relies on it
        return None
    if framed and match.group("digits") and not match.group("scale") and _GLUED_CAPITAL.match(
            text, end) and g.temperature_at(text, end) is None:
        # "5G", "4K", "3D": a name, not a figure ("43.1C" is a temperature; a source's "35C"
        # keeps its digits)
        return None
    chinese_text = _has_chinese(text)
    hedge_found = _hedge_before(text, start, offsets, words, lex) or (
        _chinese_hedge(text, start, lex) if chinese_text else None)
    hedge, span_start = hedge_found if hedge_found else (None, start)
    if hedge is None and more_than:
        hedge = "over"
    if hedge is None and match.group("by_fraction"):
        hedge = "about"  # "fell by a third": a rounded share, as "about 33%" is
    if hedge_found:
        words = words[:bisect_left(offsets, span_start)]
    mode = lex.hedges.get(hedge) if hedge else None
    interval = _interval(value, margin, mode, kind)
    if kind is QuantityKind.YEAR and mode is None and value % 10 == 0 and _DECADE.match(text, end):
        interval = trusted(Interval, low=value, high=value + 9)  # "the 1990s": any of its years
    if mode == "exact":
        # "exactly 1,000,000" insists the figure is exact, the opposite of a hedge: rules that
        # ask `hedge is None` for "taken as written" must see it so (the README's example).
        hedge = None

    direction = None
    change_from: _Endpoint | None = None
    change_to: _Endpoint | None = None
    after: re.Match[str] | None = None
    unframed = not framed or kind in (QuantityKind.YEAR, QuantityKind.DATE)
    # the words a metric is read from: an actor that is a clause's subject is one stop word
    changed = _changed(words, lex) if not unframed and words and (
        words[-1] in _lists(lex).change_prepositions) else None
    # (a source's figures are compared by value and family: whether one is a change is not read)
    if framed and kind in (QuantityKind.PERCENT, QuantityKind.POINTS, QuantityKind.RATIO,
                           QuantityKind.COUNT, QuantityKind.CURRENCY):
        growth_after = _growth_after(lex)
        after = growth_after[0].match(text, end)
        if after is None and kind is QuantityKind.PERCENT:
            after = growth_after[1].match(text, end)  # "a 15% fee rise"
            if after and any(word in lex.not_units or word in g.scale_words
                             for word in after.group("noun").split()):
                after = None  # "5% of the rise": the nouns between are what is counted
        chinese = _lists(lex).chinese_growth_before.search(
            text, max(0, span_start - 8), span_start) if chinese_text else None
        verb = (_growth_before(words, lex)
                or (after.group("verb") if after else None)
                or (chinese.group("verb") if chinese else None)
                # "raise council tax by 4.99%", "cut prices by 8%": a change
                or (changed[0] if changed and changed[2] in lex.growth_fillers and kind in (
                    QuantityKind.PERCENT, QuantityKind.POINTS) else None))
        if verb and kind is QuantityKind.PERCENT:
            kind = QuantityKind.PERCENT_CHANGE
        if verb and kind in (QuantityKind.PERCENT_CHANGE, QuantityKind.POINTS, QuantityKind.RATIO):
            direction = -1 if verb.lower() in lex.falling_words else 1
        elif verb and kind in (QuantityKind.COUNT, QuantityKind.CURRENCY) and (
                after is None or after.group("verb").lower() not in lex.words(
                    "comparatives_after")):
            # "profit rose £3 million", "adds 40 km of range", "a £2m increase": by how much
            # the metric changed, not its level
            direction = -1 if verb.lower() in lex.falling_words else 1
        sign = _SIGNED.search(text, max(0, span_start - 2), span_start)
        if sign and kind is QuantityKind.PERCENT and not _OF_AFTER.match(text, end):
            # "+125%", "−6%" (a change column of a table): a change; "-5% of" is a share
            kind = QuantityKind.PERCENT_CHANGE
            direction = direction or (1 if sign.group(1) == "+" else -1)
        if kind in (QuantityKind.PERCENT_CHANGE, QuantityKind.POINTS) or (
                kind is QuantityKind.RATIO and ratio_phrase in g.ratio_verbs):
            change_from, change_to = _endpoints(text, end, span_start, patterns, chinese_text)
            if change_from is not None and change_to is not None and direction is None:
                direction = 1 if change_to.value >= change_from.value else -1
        if kind is QuantityKind.PERCENT and match.group("by_fraction"):
            return None  # "outnumbered by a third", with no change named: not read

    # A source's figures are compared by value alone: whose they are is not read.
    subject = _subject(text, span_start, offset, actors, words_of_claim) if framed else None
    scope = words_of_claim.scope() if framed else None
    if scope is not None and span_start >= scope[1]:
        in_scope = _actor_at(actors, offset, scope[1])
        if subject is None or subject == in_scope:
            # "Among women, the rate …", "In London, inflation …"; "At Carrow General, the
            # waiting list …" names an actor, whose figures are the same by any other words
            subject = in_scope if in_scope and _name_of(in_scope, actors) == scope[0] else (
                scope[0])
    if framed and (subject is None or (scope is not None and subject == scope[0])):
        # "In Dunmere, 59% voted yes; in the Vale, 52% voted no": a later clause's own place
        later = _later_place(text, scope[1] if scope else 0, span_start, lex)
        subject = later or subject
    metric = None if unframed else _metric(
        text, end, words, lex, changed,
        lambda: words_of_claim.metric_words(span_start, words))
    if (metric is None and not unframed and kind is QuantityKind.CURRENCY and words
            and words[-1] in lex.amount_determiners and match.group("cur")):
        # "the €3.1 million grant": the noun after the amount is what the money is
        metric = normal_metric(_noun_after(text, end, lex), lex)
    if metric and words and words[-1] in lex.selectors and kind is not QuantityKind.PERCENT:
        metric = f"{words[-1]} {metric}"  # "the remaining 18 races": a part, not the whole
    period = None if unframed else period_near(text, span_start, end, lex=lex)
    if not unframed and chinese_text:
        metric = metric or chinese_metric(text, span_start, end, lex)  # "今年该市失业率为5.2%"
        period = period or chinese_period(text, span_start, end, lex)
    # "62% of nurses said they had worked unpaid overtime": what the share of the whole says
    if metric is None and not unframed and after is not None and "noun" in after.re.groupindex:
        metric = normal_metric(after.group("noun"), lex)  # "a 15% fee rise": the fee
    if framed and not unframed and text.lstrip("*_")[:1].isupper():
        metric, subject = _labelled(text, span_start, metric, subject,
                                    kind is QuantityKind.COUNT and unit is not None, lex)
    if metric and subject is None:
        metric, subject = _named_owner(text, span_start, metric)
    elif metric and subject is not None:
        # "Carrow General's waiting list": the waiting list, Carrow General's
        owner = _name_of(subject, actors)
        if owner and metric.startswith(f"{owner} "):
            metric = metric[len(owner) + 1:]
    predicate = _predicate(text, end, lex) if metric and kind is QuantityKind.PERCENT else None
    if kind is QuantityKind.PERCENT and framed:
        reference = _lists(lex).reference_of.match(text, end)
        if reference and value <= 100 and _phrase_at_end(words, _lists(lex).part_verbs, 2):
            pass  # "health accounts for 48% of the budget": a part of it, not a level
        elif reference:
            level = reference.group("level").lower()
            unit = f"% of {level}"  # not a share of a whole
            if value > 100 and metric and metric.split()[-1] in (level, f"{level}s"):
                # "200% of the target" measures what reached it: no share of the target ("22%
                # of its budget" is a share of the budget, which it names)
                metric = None
        elif "at" in words[-2:] and (_OF_AFTER.match(text, end) or _phrase_at_end(
                words, _lists(lex).working_level_verbs, 2)):
            # "running at 104% of its rated capacity", "the jails are running at 105%": a level
            unit = "% of level"
        elif value > 100 and (_OF_A_FIGURE.match(text, end)
                              or _lists(lex).of_a_measure.match(text, end)):
            # "124% of the 5,000 we planned for", "140% of the number of units in its first
            # shipment": a comparison with a figure, which a share of it would not exceed
            unit = "% of figure"
        elif (metric and not lex.words("rate_metrics").isdisjoint(metric.split())) or (
                _RATIO_NAMED_AFTER.match(text, end)):
            unit = "% rate"  # "inflation of 271.5%", "at 75% loan-to-value": a rate, not a share
    if kind is QuantityKind.PERCENT and not unframed and metric and words and (
            words[-1] in _lists(lex).share_verb_ends):
        # "Postal votes made up 38% of ballots": the metric is the part, postal votes; the
        # whole says which share of it ("of ballots"), so other wholes are other figures.
        # "Tickets account for 38%": a part of a whole named before (``_parts_of_one_whole``)
        of_whole = _OF_WHOLE.match(text, end) is not None
        if of_whole or _phrase_at_end(words, _lists(lex).part_verbs, 2):
            part = _share_part(words_of_claim.metric_words(span_start, words), lex)
            if part:
                predicate = (predicate or f"of {metric}") if of_whole else None
                metric = normal_metric(part, lex)
    if metric and " " in metric:
        metric = _without_estimate(metric, lex)
    if kind is QuantityKind.COUNT and not unframed and words and (
            words[-1] in _lists(lex).capacity_verb_ends) and _phrase_at_end(
                words, _lists(lex).capacity_verbs, 2):
        # "Ferris Park holds 42,000 spectators": its capacity ("Kelso Hall holds …": the
        # capacity, Kelso Hall's)
        metric = f"{metric} capacity" if metric else "capacity"
    mood = _mood(text, span_start, end, offsets, words, lex) if metric else None
    return trusted(
        Quantity, text=text[span_start:end].strip(), span=span(offset + span_start, offset + end), kind=kind,
        value=value, interval=interval, unit=unit, hedge=hedge, subject=subject, metric=metric,
        compared_to=compared_to, ratio_phrase=ratio_phrase,
        change_from=change_from.value if change_from else None,
        change_to=change_to.value if change_to else None,
        change_from_margin=change_from.margin if change_from else None,
        change_to_margin=change_to.margin if change_to else None,
        direction=direction, period=period, predicate=predicate, mood=mood,
    )


# "75% loan-to-value", "a 40% debt-to-income ratio": a ratio of two things, named after the figure
_RATIO_NAMED_AFTER = re.compile(r"\s+[a-z]+-to-[a-z]+\b", re.IGNORECASE)
# (the words before the figure in lower case: "of its Year 9 pupils" names pupils, not 9)
_OF_A_FIGURE = re.compile(r"\s+of\s+(?:[a-z][^\s\d.,;:]*\s+){0,5}?[£$€¥]?\d")
# "Labour: 41% of the vote", "Turnout: 64%": a list item's or a table line's label, also
# with what it is ("Hearthside, the kitchenware brand: sales of …") or after a dash
# ("Copperleaf — operating profit of £41 million")
# ("**Hearthside**: …", in Markdown's bold or italics)
_LABEL = re.compile(r"(?P<mark>[*_]{1,2})?(?P<label>[A-Z][\w'’&.-]*(?:\s[\w'’&.-]+){0,3})"
                    r"(?(mark)(?P=mark))(?:,\s[^:;—–,]{1,60}?)?(?::|\s[—–])\s+(?=\S)")


def reference_level(text: str, lex: LexiconLookup) -> str | None:
    """The reference level ``text`` measures "of" (``reference_levels``), lower-cased: "average"
    for a table heading's "% of average", "target" for "Share of target (%)"."""
    found = _lists(lex).reference_of.search(text)
    return found.group("level").lower() if found else None


# How far before a figure its verb of change is looked for: "fell by just over" and more.
_CHANGE_WINDOW = 80


# After a name and a comma, a count, then another comma or the sentence's end: an age ("Varga,
# 23, scored", "Dr Hollis, 67.", tokenized "varga , 23 , scored").
_AGE_BEFORE = re.compile(r"[A-Za-z]\s?, ?$")
_AGE_PAIR_AFTER = re.compile(r"-\s+(?:and|or|to)\s+[\w]+-year-olds?\b", re.IGNORECASE)
_AGE_AFTER = re.compile(r" ?(?:[,.]|$)")
OLDEST = 120


def is_age(text: str, figure: Quantity, start: int, lex: LexiconLookup) -> bool:
    """Whether the count ``figure``, at ``start`` of ``text``, is someone's age: "the
    87-year-old", "Varga, 23,", "Dr Hollis, 67.", "aged 15", "at the age of 15" (the lexicon's
    ``age_words``)."""
    if figure.kind is not QuantityKind.COUNT or figure.value >= OLDEST:
        return False
    if (figure.unit or "").endswith(("-old", "-olds")):
        return True  # "the 87-year-old", "three-year-olds"
    end = start + len(figure.text)
    if _AGE_PAIR_AFTER.match(text, end):
        return True  # "two- and three-year-olds"
    if _AGE_AFTER.match(text, end) and _AGE_BEFORE.search(text, 0, start):
        return True
    before = text[:start].rstrip()
    words = before[-_AGE_OF_CHARS:].lower().split()
    if words[-2:-1] and words[-1] == "of" and words[-2] in lex.words("age_words"):
        return True  # "at the age of 17"
    return before[before.rfind(" ") + 1:].lower() in lex.words("age_words")


_AGE_OF_CHARS = 16  # characters before an age that hold "age of"


def _a_spans_last_year(text: str, quantity: Quantity, offset: int) -> Quantity:
    """The two digits after a year and a dash are the span's last year ("the 2021-23 model
    years": 2023), not a count of whatever follows ("23 years")."""
    start = quantity.span.start - offset
    if quantity.kind is not QuantityKind.COUNT or not _TWO_DIGITS.fullmatch(quantity.text):
        return quantity
    first = _YEAR_AND_DASH.search(text, max(0, start - 5), start)
    if first is None:
        return quantity
    year = int(first.group(1))
    last = year - year % 100 + int(quantity.text)
    if last <= year:
        last += 100  # "1998-02"
    return quantity.model_copy(update={
        "kind": QuantityKind.YEAR, "unit": None, "value": float(last),
        "interval": trusted(Interval, low=float(last), high=float(last))})


_TWO_DIGITS = re.compile(r"\d\d")
_YEAR_AND_DASH = re.compile(r"\b((?:1[89]|20)\d\d)[-–]$")


def _without_a_time(words: list[str], lex: LexiconLookup) -> list[str]:
    """``words`` without a time they end with, or end with before "by": a verb of change
    goes on past it ("rose last year, to 41,000", "fell in March by 4%"; lexicon
    relative_years, relative_months, months, "in" and a year)."""
    ending = words[-1:] if words[-1:] == ["by"] else []
    before = words[:len(words) - len(ending)]
    times, last_words = lex.derived(_times)
    if not before or not (before[-1] in last_words or _A_YEAR.fullmatch(before[-1])):
        return words  # (nearly every figure: no time before it)
    for size in (3, 2, 1):
        phrase = before[-size:]
        if len(phrase) == size and (" ".join(phrase) in times or (
                size == 1 and phrase[0] in lex.calendar_words()) or (
                size == 2 and phrase[0] == "in" and (
                    phrase[1] in lex.calendar_words() or _A_YEAR.fullmatch(phrase[1])))):
            return before[:-size] + ending
    return words


_A_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _times(lex: LexiconLookup) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's relative times ("last year", "earlier this month"), and the last words
    of those and of the calendar's ("year", "march"): the words a time ends with."""
    times = lex.words("relative_years") | lex.words("relative_months")
    return times, frozenset(time.split()[-1] for time in times) | lex.calendar_words()


def change_direction(text: str, start: int, end: int, lex: LexiconLookup) -> int | None:
    """Which way the figure at ``start``–``end`` of ``text`` says something changed: +1 after a
    verb of rising, or of rising to it, or before a noun of it ("rose 5%", "was raised by 4%",
    "climbed to 61.3%", "a 5% increase") or a comparison with an earlier time ("17% more
    than the year before", "than in 2019"), -1 for a fall, None for neither. A comparison of
    two things ("12% more than Perth") is none: "A is 12% more than B" and "B is 12% less than
    A" say one thing. For text read without frames (a source's), whose figures extraction does
    not give a direction."""
    pieces = _WORD_SPLIT.split(text[max(0, start - _CHANGE_WINDOW):start])
    # (none when a mark stands between: "rose, and 5%")
    words = [word.lower() for word in pieces[1::2]] if not pieces[-1].strip() else []
    level = words[-1:] == ["to"]
    if level:  # "fell to 61.3%": the level a change ended at
        # (its first end in its own clause: not "from 34%" of "slipped to 31% from 34%, while
        # B's share fell to 26%")
        clause = max((at for at, gap in enumerate(pieces[2:-1:2], 1) if _CLAUSE_GAP.search(gap)),
                     default=0)
        words = words[:clause] + _without_first_end(words[clause:-1])
        if clause == len(words) and words[-2:-1] == ["by"] and (
                _DIGITS_WORD.match(words[-1]) or parse_words(words[-1]) is not None):
            words = words[:-2]  # "would increase by one, to 44": its size set off before it
    verb = _growth_before(words, lex) or _growth_before(_without_a_time(words, lex), lex)
    if verb is None and len(words) > 1 and words[-1] == "of" and (
            words[-2] in lex.words("growth_nouns")):
        verb = words[-2]  # "a cut of 12 per cent", "an increase of 5%"
    if verb is None and (level or words[-1:] == ["by"]):
        # "reduced peak flows by 30%", "cut its forecast for the harvest to 51.8 million"
        verb = _verb_of_its_object(text[max(0, start - _CHANGE_WINDOW):start], lex)
    if verb is None:
        after = _change_after(lex).match(text, end)
        if after is not None and after.group("unsaid") and _PLAIN_COUNT.fullmatch(
                text, start, end) and _A_WORD_AFTER.match(text, after.end()):
            after = None  # "six larger flats": a count of larger things ("a 20% smaller harvest")
        # (of "down from 89", the first word says which way)
        verb = (after.group("noun") or after.group("comparative") or after.group("unsaid")
                or (after.group("level") or after.group("plan") or "").split(" ")[0]
                or None) if after else None
    if verb is None:
        return None
    return -1 if verb.lower() in lex.falling_words else 1


# A count with nothing to say it is a share or an amount: digits, or a number in words
_PLAIN_COUNT = re.compile(r"\d[\d,]*|[a-z]+(?:-[a-z]+)?", re.IGNORECASE)
_A_WORD_AFTER = re.compile(r"\s+[a-z]")


def _without_first_end(words: list[str]) -> list[str]:
    """The words before a change's first end: "fell" of "fell from 4,950" (its digits split
    at the comma), of "rose from 2.1 million", of "fell from 4,950 in the 2018-19 season"."""
    for at in range(len(words) - 1, max(-1, len(words) - 1 - _FIRST_END_WORDS), -1):
        if words[at] == "from" and at + 1 < len(words) and _DIGITS_WORD.match(words[at + 1]):
            return words[:at]
    return words


# A mark between two clauses, not a figure's comma ("4,950"): between words, at their gap.
_CLAUSE_GAP = re.compile(r"[,;:]\s|\s[—–]\s")
# At most this many words from "from" to "to": the first end, its unit or scale and its time.
_FIRST_END_WORDS = 8
_DIGITS_WORD = re.compile(r"\d")


def _verb_of_its_object(before: str, lex: LexiconLookup) -> str | None:
    """"reduced peak flows downstream by": a verb of change, its object, then "by" (read in the
    clause that ends at the figure; at most ``OBJECT_WORDS`` words between)."""
    clause = _OBJECT_CLAUSE_MARK.split(before)[-1].split()[:-1]
    changing = _lists(lex).changing_verbs
    # (a capitalized word is a name's: "Lower Saxony")
    return next((word.lower() for word in reversed(clause[-OBJECT_WORDS - 1:])
                 if not word[:1].isupper() and (word in changing or (
                     word in lex.growth_verbs and word.endswith("ed")))),
                None)


OBJECT_WORDS = 10
# (not a comma or a point inside a figure: "from £2,000 to", "from 2.5m to")
_OBJECT_CLAUSE_MARK = re.compile(r"[;:!?()]|[,.](?!\d)")


def a_level_changed_to(text: str, end: int, lex: LexiconLookup) -> bool:
    """Whether the figure that ends at ``end`` is the level a change ended at, said after it:
    "81 per cent, down from 89"."""
    after = _change_after(lex).match(text, end)
    return after is not None and after.group("level") is not None


def _change_after(lex: LexiconLookup) -> re.Pattern[str]:
    return lex.derived(_read_change_after)


def _read_change_after(lex: LexiconLookup) -> re.Pattern[str]:
    """A noun of change after a figure ("a 5% drop"), a comparative and a time before ("17%
    more than the year before", "9% lower than in 2019": at most three words, then a unit of
    time, ``duration_units``, or a year), a comparative with nothing to compare with
    (``closing_comparatives``: "closed 2.8% higher"), a comparison with a plan
    (``plan_comparisons_after``: "£1.9 million over budget"), or after a comma the way from an earlier
    value (``level_changes_after``: "81 per cent, down from 89")."""
    notation = grammar(lex)
    times = alternation([*notation.durations, *lex.lexicon.comparison_periods])
    units = alternation([*notation.measures, *notation.temperatures,
                         *lex.lexicon.currency_words, *lex.lexicon.comparison_units])
    plan_first = alternation({phrase.split()[0] for phrase in lex.words("plan_comparisons_after")})
    return re.compile(
        rf"\s*(?:(?P<noun>{lex.alternation('growth_nouns')})\b"
        # (after the figure's unit, if it is not part of the figure: "25 cents lower than")
        rf"|(?:[A-Za-z]+\s+)?(?P<comparative>{lex.alternation('comparatives_after')})\s+than\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}?(?:(?:{times})s?|{YEAR})\b"
        # "closed 2.8% higher at $4,215": against its own earlier value, which goes unsaid
        rf"|(?P<unsaid>{lex.alternation('closing_comparatives')})\b(?!\s+than\b)"
        # "£1.9 million over budget", "2.1 degrees above normal": against what was planned
        # or usual (after the figure's unit of measurement or currency, if any: "1.8 million
        # dollars under budget")
        # (the units are tried only where a plan's first word follows: most figures have none)
        rf"|(?:(?=[^.;\n]{{1,40}}?\b(?:{plan_first})\b)(?:{units})\s+)?"
        rf"(?P<plan>{lex.alternation('plan_comparisons_after')})\b"
        # "81 per cent, down from 89": the level a change ended at (a few words of what is
        # counted may come first: "2,140 admissions this winter, down from 3,100", "182,000
        # tickets for its 2024-25 season at the Alder Hall in Westmoor, down from 198,000";
        # no other figure but a year)
        rf"|(?:[^,.;:\n\d]|{YEAR}(?:[-–/]\d{{2,4}})?){{0,90}},\s*"
        rf"(?P<level>{lex.alternation('level_changes_after')})\b)",
        re.IGNORECASE)


def _labelled(text: str, start: int, metric: str | None, subject: str | None, counted: bool,
              lex: LexiconLookup) -> tuple[str | None, str | None]:
    """A figure after a label that opens its claim ("Turnout: 64%", "Labour: 41% of the vote,
    312 seats"): the label is what it measures when nothing else says, and otherwise whose it
    is (``counted``: the figure counts a noun of its own); the lines of a list or a table are
    figures of different things. "He said: …" is no label."""
    label = _LABEL.match(text)
    if label is None or start < label.end():
        return metric, subject
    words = label.group("label").lower().split()
    if not _speech_words(lex)[0].isdisjoint(words) or not (
            _lists(lex).verb_openers.isdisjoint(words)):
        return metric, subject  # "Both were unlocked: at 200%, …" is a clause, not a label
    named = " ".join(words)
    if metric is None and not counted:
        # "Northfield Hospitals: 107%": a name says whose the figure is, not what it measures
        return (normal_metric(named, lex) if subject is None else None), subject
    if subject is None and (metric is None or named not in metric):
        return metric, named
    return metric, subject


def _interval(value: float, margin: float, mode: str | None, kind: QuantityKind) -> Interval:
    """Ordered ends from a finite ``value`` and ``margin`` >= 0, so built without validation;
    ``mode`` is how its hedge bounds it (``lookup.HEDGE_MODES``)."""
    if mode == "below":
        return trusted(Interval, low=value * 0.92 if value >= 0 else value * 1.08, high=value)
    if mode == "about":
        low, high = sorted((value * 0.9, value * 1.1))
        return trusted(Interval, low=low, high=high)
    if mode == "over":
        return trusted(Interval, low=value, high=None)
    if mode == "under":
        return trusted(Interval, low=None, high=value)
    if mode == "exact" or kind in (QuantityKind.RATIO, QuantityKind.YEAR, QuantityKind.DATE):
        return trusted(Interval, low=value, high=value)
    return trusted(Interval, low=value - margin, high=value + margin)


# Characters before a figure in which a weighing word may stand ("tipped the scales at just
# under 310 pounds")
_WEIGHING_REACH = 48


class _WeighingPattern:
    """A weighing word right before a figure, a hedge or two between: "weighing about"."""

    def __init__(self, lex: LexiconLookup) -> None:
        self.before = re.compile(
            rf"\b(?:{alternation(lex.lexicon.weighing_words)})\s+(?:[a-z]+\s+){{0,2}}$",
            re.IGNORECASE)


# "4,800 pounds of honey": the word after "of"
_OF_WHAT = re.compile(r"\s*(?P<unit>[\w'’-]+)\s+of\s+(?P<what>[\w'’-]+)")


def _a_weight(text: str, start: int, end: int, word: str, lex: LexiconLookup) -> bool:
    """Whether the currency word after a figure weighs what follows: "4,800 pounds of honey",
    not "millions of pounds of public money" (``weight_currency_words``, ``money_nouns``), or
    is what a thing weighs: "weighing about 1,204 pounds" (``weighing_words``)."""
    if word not in lex.words("weight_currency_words"):
        return False
    if lex.derived(_WeighingPattern).before.search(text, max(0, start - _WEIGHING_REACH), start):
        return True
    after = _OF_WHAT.match(text, end)
    return after is not None and after.group("what").lower() not in lex.words("money_nouns")


def _unit_after(text: str, end: int, lex: LexiconLookup) -> str | None:
    """What is counted: the head noun of the few words after the figure ("600 criminal cases"
    counts cases, "84 league goals" goals); none when a verb follows ("1,500 logged")."""
    match = _UNIT_AFTER.match(text, end)
    if match is None:
        return None
    unit: str | None = match.group("unit").lower()
    position = match.end()
    if unit in lex.more_words and (noun := _NOUN_AFTER.match(text, position)) and (
            noun.group("word") not in lex.not_units):
        # "four more years", "12 extra staff": what is counted comes after
        unit, position = noun.group("word"), noun.end()
    scale_words = grammar(lex).scale_words
    if unit in lex.not_units or unit in scale_words or parse_words(unit or "") is not None:
        return None  # (a number word is another figure's: "down from 262 five years ago")
    if unit in lex.outcome_nouns:
        return None  # "a 28-16 win", "a 3-1 defeat": what a score decided, not what it counts
    if text[end:match.start("unit")].endswith("-"):
        return unit  # "36-year-old"
    if _participle(unit or "", lex):
        unit = None  # "3,100 recorded": a verb, unless a noun follows ("1,500 logged events")
    for _ in range(2):  # at most two more words: "criminal cases", "league goals"
        if unit is not None and (_PLURAL.fullmatch(unit) or unit in lex.currency_words
                                 or unit in _lists(lex).irregular_plurals
                                 or unit in grammar(lex).measures):
            break  # "42,000 spectators after …", "a 3 billion dollar bridge", "a 1.3kg
            # stone": what is counted, or the measure
        word = _NOUN_AFTER.match(text, position)
        if word is None:
            if _patterns(lex).figure_next.match(text, position):
                if grammar(lex).days_of(unit) is not None:
                    break  # "1 hour 40 minutes": the first part of one length of time
                return None  # "9 open 7 days": a verb or adjective before a figure of its own
            break
        following = word.group("word").lower()
        if (following in lex.not_units or following in scale_words
                or _participle(following, lex)
                or (unit is None and following.endswith("ly"))):
            break  # (after a participle, "-ly" is its adverb: "3,100 sold quickly")
        if parse_words(following) is not None:
            return None  # "9 open seven days a week"
        if f"{unit} {following}" in grammar(lex).measures:
            return f"{unit} {following}"  # "1,550 sq km": a measure of two words
        unit, position = following, word.end()
    return unit



def _noun_after(text: str, end: int, lex: LexiconLookup) -> str | None:
    """The one or two nouns right after a figure: "grant" in "the €3.1 million grant would",
    "share buyback" in "a $5 billion share buyback"."""
    found = _NOUNS_AFTER.match(text, end)
    if found is None:
        return None
    nouns: list[str] = []
    scale_words = grammar(lex).scale_words
    for word in found.group("words").lower().split():
        if (word in lex.not_units or word in lex.not_in_a_metric or word in scale_words
                or _past_participle(word, lex)):
            break  # after an amount, "funding" and "resurfacing" are nouns
        nouns.append(word)
    return " ".join(nouns) or None


_NOUNS_AFTER = re.compile(r"[ -](?P<words>[a-z][a-z-]{1,24}(?: [a-z][a-z-]{1,24})?)\b")


def _year_first(match: re.Match[str], low: float, words: list[str], lex: LexiconLookup) -> bool:
    """Whether a range's first figure is a year after a year cue: "in 2023 to 6,400"."""
    raw = match.group("r_low")
    return (not match.group("r_cur") and not match.group("r_low_pct") and raw.isdigit()
            and len(raw) == 4 and 1800 <= low <= 2100 and bool(words)
            and words[-1] in lex.year_cues)


def _in_a_name(text: str, start: int, end: int, raw: str, value: float, offsets: list[int],
               words: list[str], lex: LexiconLookup) -> bool:
    """Whether the bare digits at ``text[start:end]`` are part of a name or an age group: after
    capitalized words that follow a preposition ("in Ward 12", "at FTSE 350 companies"; "and
    Labour 29" is a figure of an ellipsis), after a capitalized one of the lexicon's
    ``identifier_nouns`` ("Route 66 closed", "Grade 4 pupils"), or with a plural "s"
    ("over-65s", "in their 30s"). ``offsets`` and ``words``: the words before it."""
    if not raw.isdigit():
        return False
    if text[end:end + 1] == "s" and not text[end + 1:end + 2].isalnum() and value < 1800:
        return True
    if words and text[offsets[-1]].isupper() and words[-1] in lex.words("identifier_nouns"):
        return True
    # the capitalized words right before it, one space apart: "Ward", "FTSE"
    run, gap_end = 0, start
    for at, word in zip(reversed(offsets[-5:]), reversed(words[-5:]), strict=True):
        if not text[at].isupper() or text[at + len(word):gap_end] != " ":
            break
        run, gap_end = run + 1, at
    if not run:
        return False
    prepositions = _lists(lex).prepositions
    if run > 1 and words[-run] in prepositions:
        return True  # "In Ward 12": the preposition opens the sentence
    return len(words) > run and words[-run - 1] in prepositions


def _is_year(raw: str, value: float, scale: float, is_words: bool, words: list[str],
             unit: str | None, lex: LexiconLookup) -> bool:
    if is_words or scale != 1.0 or "," in raw or "." in raw or not 1800 <= value <= 2100:
        return False
    if words and words[-1].rstrip("-") in lex.year_cues:
        return True
    if words and words[-1] in lex.year_determiners and len(raw) == 4:
        return True  # "the 2026 deficit forecast", "its 2019 census": a year naming a thing
    return unit is None or unit in lex.year_nouns


def _endpoints(text: str, end: int, start: int, patterns: _Patterns,
               chinese: bool = False) -> tuple[_Endpoint | None, _Endpoint | None]:
    """A change's start and end values: "from A to B" or "to B from A" after the change, or
    "from A to B, an increase of" before it ("B, up X% from A": ``_changes_around``)."""
    after = patterns.from_to.match(text, end)
    if after and _FIGURE_IN_GAP.search(
            text, end, after.start("from") if after.group("from") else after.start("to2")):
        after = None  # "rose 3% to 70 million, and its share fell to 15% from 17%": another's
    if after:
        first = "from" if after.group("from") else "from2"
        last = "to" if after.group("to") else "to2"
        return (_endpoint(after.group(first), after.group(f"{first}_scale"), patterns),
                _endpoint(after.group(last), after.group(f"{last}_scale"), patterns))
    before = patterns.from_to_before.search(text, max(0, start - 120), start)
    # "from A to B, an increase of", "from A to B (up": a change restated after a break; in
    # "from 2,000 to 4,000 steps a day was linked to a 36% lower risk" the change is another's
    if before and _BREAK.search(before.group("gap")) and not patterns.clause_of_a_change.search(
            before.group("gap")):
        return (_endpoint(before.group("from"), before.group("from_scale"), patterns),
                _endpoint(before.group("to"), before.group("to_scale"), patterns))
    found = None if not chinese else next(
        reversed(list(patterns.cn_from_to.finditer(text, max(0, start - 60), start))), None) \
        or patterns.cn_from_to.search(text, end, min(len(text), end + 60))
    if found:  # "从200亿美元增长到260亿美元，增长了百分之三十"
        return (_chinese_endpoint(found.group("from"), found.group("from_scale"), patterns),
                _chinese_endpoint(found.group("to"), found.group("to_scale"), patterns))
    return None, None


_BREAK = re.compile(r"[,:(–—]|\s-\s")


class _Endpoint(NamedTuple):
    """Where a change started or ended, and how far that may be from what it rounds."""

    value: float
    margin: float


def _chinese_endpoint(raw: str, scale: str | None, patterns: _Patterns) -> _Endpoint | None:
    value = parse_chinese(raw)
    if value is None:
        return None
    multiple = patterns.grammar.chinese_scales.get(scale or "", 1.0)
    return _Endpoint(value * multiple, written_margin(raw, value) * multiple)


def _endpoint(raw: str, scale: str | None, patterns: _Patterns) -> _Endpoint | None:
    value = parse_digits(raw)
    if value is None:
        return None
    multiple = patterns.grammar.scale_of(scale)
    return _Endpoint(value * multiple, written_margin(raw, value) * multiple)


@lru_cache(maxsize=64)  # a sentence's figures ask one after another
def _has_chinese(text: str) -> bool:
    return has_han(text)


def _chinese_hedge(text: str, start: int, lex: LexiconLookup) -> tuple[str, int] | None:
    """"超过3000项", "约3%", "近百分之九十": the Chinese hedge right before a figure, as the
    English hedge it means (``hedge_translations``), and where it starts."""
    found = _lists(lex).chinese_hedge_before.search(text, max(0, start - 3), start)
    if found is None:
        return None
    return lex.hedge_translations[found.group("hedge")], found.start("hedge")


def _actor_in(match: re.Match[str], offset: int, actors: Sequence[Actor]) -> str | None:
    """The id of the actor named inside the matched text, if one is."""
    start, end = offset + match.start("other"), offset + match.end("other")
    return next((actor.id for actor in actors
                 if start <= actor.span.start and actor.span.end <= end), None)


def _later_place(text: str, start: int, end: int, lex: LexiconLookup) -> str | None:
    """The place a clause between ``start`` and ``end`` opens on after a break ("…; in the
    Vale, 52%", "…, while in Leeds it fell"): the last one, lower-cased, or None."""
    lists = _lists(lex)
    found = None
    for match in lists.later_place.finditer(text, start, end):
        where = match.group("where").lower()
        if where not in lists.not_scopes and where.split()[0] not in grammar(lex).months:
            found = where
    return found


def _name_of(actor_id: str, actors: Sequence[Actor]) -> str | None:
    """How a claim's actor is named, as a metric or a scope writes it: lower-cased, without
    "the" ("the Harbour Trust": "harbour trust")."""
    name = next((actor.name for actor in actors if actor.id == actor_id), None)
    return name.lower().removeprefix("the ") if name else None


def _actor_at(actors: Sequence[Actor], offset: int, end: int) -> str | None:
    """The actor named inside the claim's opening phrase, which ends at ``end``."""
    return next((actor.id for actor in actors if actor.span.end - offset <= end), None)


def _scope(text: str, lex: LexiconLookup, actor_first: bool) -> tuple[str, int] | None:
    lists = _lists(lex)
    opening = lists.scope.match(text)
    if opening is None or (actor_first and opening.group("whose")):
        return None
    phrase = opening.group("who") or opening.group("where") or opening.group("whose")
    words = phrase.lower().split()
    if (_A_PERIOD_WRITTEN.search(phrase) or phrase.lower() in lists.not_scopes
            or words[0] in lists.not_scopes or set(words) & (
                lists.period_nouns | lists.verb_openers | grammar(lex).months.keys())):
        # "For 2024,", "In June,", "For example,": a period or a sentence adverb; "Among the
        # finds was …": the sentence's own verb
        return None
    return " ".join(word for word in words if word not in lex.amount_determiners), opening.end()


# A capitalized name before a possessive ("Leeds's", "the Wardens'"), and one after "in".
_NAMED_POSSESSOR = re.compile(r"(?<![\w'’])(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?(?=\s)")
_IN_A_NAME = re.compile(r"\bin\s+(?:the\s+)?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\b")
# A place that a relative clause opens on: "was in Saltmere, where the average price fell".
_WHERE_IN_A_NAME = re.compile(
    r"\bin\s+(?:the\s+)?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}),?\s+where\s[^;:]*\Z")


def _named_owner(text: str, start: int, metric: str) -> tuple[str, str | None]:
    """A metric that says by a name whose it is, without it, and the name: "Leeds's jobless
    rate" and "the jobless rate in Leeds" measure the jobless rate, Leeds's, as "In Leeds, the
    jobless rate" and "… was in Leeds, where the jobless rate" do; else the metric, and no
    one."""
    before = text[:start]
    where = _WHERE_IN_A_NAME.search(before)
    if where is not None:
        return metric, where.group("name").lower()
    for found in _NAMED_POSSESSOR.finditer(before):
        name = found.group("name").lower()
        if metric.startswith(f"{name} "):
            return metric[len(name) + 1:], name
    for found in _IN_A_NAME.finditer(text):  # "in Leeds" before the figure or after it
        name = found.group("name").lower()
        if metric.endswith(f" in {name}"):
            return metric[:-len(name) - 4], name
    return metric, None


def _subject(text: str, start: int, offset: int, actors: Sequence[Actor], words: _Words
             ) -> str | None:
    """Whose the figure at ``start`` is: that of the nearest actor before it in the claim
    (``_Words.owner``), none after a speaker unless the figure is the object of its verb."""
    ends = words._ends
    if ends is None:
        ends = words.actor_ends()
    index = bisect_right(ends, start) - 1
    if index < 0:
        return None
    owner, verb_end = words._owners.get(index) or words.owner(index)
    if owner is None and verb_end >= 0 and not text[verb_end:start].strip():
        return actors[index].id  # "approved 1,460 new homes"
    return owner


def _speech_words(lex: LexiconLookup
                  ) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return lex.derived(_read_speech_words)


def _read_speech_words(lex: LexiconLookup
                       ) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``speech_verbs``, the stance cues but the weak ones, and the first words of both."""
    speech = lex.words("speech_verbs")
    cues = frozenset(" ".join(cue.lower().split()) for cue in lex.lexicon.phrase_list("cues")
                     if not lex.weak(cue) and not has_han(cue[:1]))
    return speech, cues, frozenset(phrase.split()[0] for phrase in speech | cues if phrase)


def _speaks(text: str, end: int, lex: LexiconLookup) -> tuple[bool, int, str | None] | None:
    """Whether the actor that ends at ``end`` speaks or takes a position: a verb of
    ``speech_verbs`` or a stance cue follows it, after a parenthesis ("(LGA)"), an apposition
    ("Senator Hal Mercer, a member of the Agrarian Party, said"), a comma ("…, the Central
    Statistics Office said;") or one noun ("Electoral Commission figures show"). Then: whether
    it is a verb of speech (not a cue), where the verb ends, and the word after it ("said it
    had")."""
    speech, cues, first_words = _speech_words(lex)
    if text[end:end + 1] == " " and text[end + 1:end + 2].isalpha():
        start, rest = end + 1, end  # most actors: a word follows
    else:
        opening = _AFTER_ACTOR.match(text, end)
        if opening is None:
            return None
        start, rest = opening.end(), opening.start("rest")
    found = _verb_at(text, start, speech, cues, first_words)
    if found is None and text[rest:start].strip() == ",":
        apposition = _APPOSITION.match(text, rest)
        if apposition:
            start = apposition.end()
            found = _verb_at(text, start, speech, cues, first_words)
    if found is None:
        return None
    phrase, count, back = found
    return phrase in speech, _word_end(text, start, count), back


def _verb_at(text: str, start: int, speech: frozenset[str], cues: frozenset[str],
             first_words: frozenset[str]) -> tuple[str, int, str | None] | None:
    """The verb of speech or the cue at ``start``, or after one noun there ("figures show"):
    (it, how many words from ``start`` it ends after, the word after it)."""
    first_two = text[start:start + 40].lower().split(None, 2)[:2]
    if not any(word.strip(",;:.") in first_words for word in first_two):
        return None  # most actors: no verb of speech or position after them
    following = _NEXT_WORDS.match(text, start)
    if following is None:
        return None
    words = following.group(0).lower().split()
    for first in (0, 1):  # "figures show": one noun before the verb
        if first >= len(words) or words[first] not in first_words:
            continue
        for size in range(min(4, len(words) - first), 0, -1):
            phrase = " ".join(words[first:first + size])
            if phrase in speech or phrase in cues:
                after = words[first + size:first + size + 2]
                back = after[1] if after[:1] == ["that"] and len(after) > 1 else (
                    after[0] if after else None)
                return phrase, first + size, back
    return None


def _word_end(text: str, start: int, count: int) -> int:
    """Where the ``count``-th word after ``start`` ends."""
    end = start
    for word, _ in zip(_WORD.finditer(text, start), range(count), strict=False):
        end = word.end()
    return end


# What may stand between an actor and its verb: a parenthesis, a comma; an apposition; then up
# to six words, which are looked up.
_AFTER_ACTOR = re.compile(r"(?:\s*\([^()]{1,40}\)|\))?(?P<rest>)\s*,?\s*")
_APPOSITION = re.compile(r"\s*,\s*[^,.;]{1,80}?,\s*")
_NEXT_WORDS = re.compile(r"[A-Za-z]+(?:\s+[A-Za-z]+){0,5}")
_WORD = re.compile(r"[A-Za-z]+")


# "Tessa Water's chief executive, " before a speaker; " of the " or ", deputy leader of " between
# a member and its group.
_SPEAKER_OF = re.compile(r"['’]s\s+[^,.;]{1,40},\s*[^,.;]{0,20}")
_MEMBER_OF = re.compile(r"\s+of\s+(?:the\s+)?|,\s*[^,.;]{1,40}?\s+of\s+(?:the\s+)?")


# A figure's mood and the word list of its cues: a value someone asks for, offers or
# proposes, or one someone expects, is no statement of the value itself (``Quantity.mood``).
_MOODS = (("requested", "request_cues"), ("expected", "expectation_cues"))
# How many words before a figure its mood's cue may stand ("asked for a sentence of 11 years").
_MOOD_REACH = 7


def _mood(text: str, start: int, end: int, offsets: list[int], words: list[str],
          lex: LexiconLookup) -> str | None:
    """"requested" for a figure someone asks for, offers or proposes ("Prosecutors asked for a
    sentence of 11 years", "the union demanded 12%"), "expected" for one someone expects or
    forecasts ("It now expects earnings of $6.90", "the 2.9% economists had expected"), None
    for a figure stated as it is. The cue before the figure (in ``words``, the words before
    it, at ``offsets``) must be in its clause."""
    lists = _lists(lex)
    near = words[-_MOOD_REACH:]
    if not lists.mood_last_words.isdisjoint(near):
        at = offsets[len(words) - len(near):len(words)]
        marks = _clause_marks(text, at[0], start)
        clause = [word for word, offset in zip(near, at, strict=True)
                  if not marks or offset > marks[-1]]
        for last in range(len(clause), 0, -1):  # the nearest cue
            for size in (3, 2, 1):
                mood = lists.mood_cues.get(" ".join(clause[max(0, last - size):last]))
                if mood is not None:
                    return mood
    return "expected" if lists.expectation_after.match(text, end) else None


def _metric(text: str, end: int, words: list[str], lex: LexiconLookup,
            changed: tuple[str, str, str] | None = None,
            reading: Callable[[], list[str]] | None = None) -> str | None:
    """What is measured, in its normal form (``frames.normal_metric``)."""
    return normal_metric(_metric_as_written(text, end, words, lex, changed, reading), lex)


def _metric_as_written(text: str, end: int, words: list[str], lex: LexiconLookup,
                       changed: tuple[str, str, str] | None = None,
                       reading: Callable[[], list[str]] | None = None) -> str | None:
    """The "of …" phrase after the figure, the subject of "X stood at", or the noun phrase
    before "on/of". A name read from ``words`` is read again from ``reading()`` (the words
    with actors and clause marks as stops: ``_Words.metric_words``), which can only shorten
    it or find none, so figures without one skip it."""
    after_unit = _UNIT_AFTER.match(text, end)
    tail_start = after_unit.end() if after_unit and after_unit.group("unit").lower() not in (
        "of", "in") else end
    of_phrase = _OF_PHRASE.match(text, tail_start)
    if of_phrase and tail_start > end and after_unit and after_unit.group(
            "unit").lower() in _lists(lex).time_words:
        of_phrase = None  # "three days of work": a duration, not an amount of work
    after = None
    if of_phrase and not _patterns(lex).in_a_period.match(text, of_phrase.start()) and not (
            _IN_AN_EVENT.match(text, of_phrase.start())):
        after = _clean_phrase(of_phrase.group("phrase"), lex,
                              place=of_phrase.group("preposition").lower() == "of") or None
        if after and of_phrase.group("preposition").lower() == "of":
            return after  # "58% of voters": the whole
    before = _named_metric_before(words, lex, changed) or _valued_before(words, lex)
    if before and reading is not None:
        stops = reading()
        if stops is not words:
            before = _named_metric_before(stops, lex, changed) or _valued_before(stops, lex)
    if before and after and (words[-1] in lex.object_prepositions or (
            of_phrase is not None and _a_place(of_phrase.group("phrase"), after, lex))):
        # "May's unemployment rate of 5.1% in the Tarn region"; "the party's share was 47.1%
        # in Dunmore", which is not its share across the country
        return f"{before} in {after}"
    return before or after


def _a_place(written: str, phrase: str, lex: LexiconLookup) -> bool:
    """Whether the phrase of "in …" after a figure names a place: a name ("in Dunmore", "in
    the Vale") or a noun of ``place_nouns`` ("in the capital district", "in rural areas")."""
    return written.removeprefix("the ")[:1].isupper() or phrase.rpartition(" ")[2] in (
        _lists(lex).place_nouns)


@lru_cache(maxsize=4096)  # metric names recur across an article's figures
def _without_estimate(metric: str, lex: LexiconLookup) -> str:
    """A metric without an estimate's head word after its head (``estimate_heads``): "the 2026
    deficit forecast of $2.3 billion" measures the deficit, as "forecasts a deficit of $1.8
    billion" does."""
    lists = _lists(lex)
    if lists.estimate.search(metric) is None:
        return metric
    words = metric.split()
    head = next((at for at, word in enumerate(words) if word in lists.metric_prepositions),
                len(words))
    if head > 1 and words[head - 1] in lists.estimate_heads:
        del words[head - 1]
        return " ".join(words)
    return metric


def _phrase_at_end(words: list[str], phrases: Collection[str], longest: int) -> int:
    """How many of the last ``words`` (at most ``longest``) make one of ``phrases``, the longest
    first; 0 when they end in none: "came in at" is 3 of "revenue came in at"."""
    for size in range(min(longest, len(words)), 0, -1):
        if " ".join(words[-size:]) in phrases:
            return size
    return 0


def _share_part(words: list[str], lex: LexiconLookup) -> str | None:
    """The part whose share of a whole a figure after ``words`` is: the name before one of
    ``share_verbs`` ("postal votes made up", "data centres used"); none when an actor takes
    the share ("exit polls gave the Labour Party", "Labour won": a share of the whole)."""
    size = _phrase_at_end(words, _lists(lex).share_verbs, 2)
    if not size:
        return None
    preceding = _subject_before(words[:-size], lex)
    named = _named_before(preceding, lex)
    return _head_of_phrase(preceding, named, lex) if named else None


def _valued_before(words: list[str], lex: LexiconLookup) -> str | None:
    """"the contract, worth $4.2 million": the definite noun phrase before a value verb."""
    size = _phrase_at_end(words, lex.value_verbs, 2)
    if not size:
        return None
    rest = words[:-size]
    if rest and rest[-1] == _CLAUSE:  # "the contract, worth"
        rest = rest[:-1]
    named = _named_before(rest, lex, strict=True)
    opening = len(rest) - len(named) - 1
    if not named or opening < 0 or rest[opening] not in lex.amount_determiners:
        return None
    return " ".join(named[-4:])


def _named_metric_before(words: list[str], lex: LexiconLookup,
                         changed: tuple[str, str, str] | None = None) -> str | None:
    """The subject of "X stood at" or "X fell 6%", the object of "cut X by 40%", or the noun
    phrase before "on/of/for/at"."""
    level = _level_verb(words, lex)
    if level:  # "Inflation stood at 3.1%", "the jobless rate was 4%", "spending fell 6%"
        preceding = _subject_before(words[:-level], lex)
        named = _named_before(preceding, lex)
        if named:
            metric = _head_of_phrase(preceding, named, lex)
            # "primary classes average 27 pupils": the average primary class
            return (f"average {metric}" if words[-level] in _lists(lex).averaging_verbs
                    else metric)
    if changed:  # "raise council tax by 4.99%": council tax
        return changed[1]
    words = words[-8:]
    if len(words) < 2 or words[-1] not in lex.object_prepositions:
        return None
    # "puts the number of plea agreements in 2024 at 1,480": the period is not the metric
    preceding = _without_period(words[:-1], lex)
    kept = _named_before(preceding, lex, strict=True)
    return _head_of_phrase(preceding, kept, lex, strict=True) if kept else None


def _subject_before(words: list[str], lex: LexiconLookup) -> list[str]:
    """The words before a verb without the period and the auxiliaries they end with: "tuition
    fees [will]", "the charge[, which]", "turnout [in May]"."""
    openers = _lists(lex).verb_openers
    stripped = False
    while words and (words[-1] in openers or _ADVERB.fullmatch(words[-1])):
        words, stripped = words[:-1], True
    words = _without_period(words, lex)
    while words and (words[-1] in openers or _ADVERB.fullmatch(words[-1])):
        words, stripped = words[:-1], True
    if stripped and words and words[-1] == _CLAUSE:  # "the charge, which rose to"
        words = words[:-1]
    return words


def _changed(words: list[str], lex: LexiconLookup) -> tuple[str, str, str] | None:
    """(verb, object, preposition) when a changing verb, its object and one of
    change_prepositions stand right before a figure: "raise council tax by", "cut its grant to
    the Tolland Theatre by", "cut the fine imposed on X from"."""
    if not words or words[-1] not in _lists(lex).change_prepositions:
        return None
    verbs = _lists(lex).changing_verbs
    object_words: list[str] = []
    for word in reversed(words[-9:-1]):
        if word in verbs:
            break
        if word in (_ACTOR, _CLAUSE) or word[:1].isdigit() or (
                word in lex.not_in_a_metric and word not in lex.amount_determiners
                and word not in lex.metric_prepositions):
            return None
        object_words.insert(0, word)
    else:
        return None
    named = [word for word in object_words if word not in lex.amount_determiners]
    named = _before_participle(named, lex)
    if not named:
        return None
    verb = words[len(words) - 2 - len(object_words)]
    return verb, " ".join(named), words[-1]


def _before_participle(words: list[str], lex: LexiconLookup) -> list[str]:
    """A noun phrase without a past participle and what follows it: "the fine imposed on …",
    "potholes reported to …"."""
    cut = next((at for at, word in enumerate(words) if at and _past_participle(word, lex)),
               None)
    return words if cut is None else words[:cut]


def _without_period(words: list[str], lex: LexiconLookup) -> list[str]:
    """The words before a figure without the period they end with: "class size this year",
    "plea agreements in 2024", "turnout in May"."""
    if len(words) >= 2 and f"{words[-2]} {words[-1]}" in lex.period_phrases:
        return words[:-2]
    if len(words) >= 2 and (words[-2] in lex.year_cues or words[-2] in lex.metric_prepositions
                            ) and _patterns(lex).period_word.fullmatch(words[-1]):
        return words[:-2]
    return words


def _named_before(words: list[str], lex: LexiconLookup, strict: bool = False) -> list[str]:
    """The words of the metric's name ending ``words``, read backwards to a word that is no
    part of one (``strict``: nor a past participle or a word of ``not_in_a_metric``)."""
    lists = _lists(lex)
    stops = lists.name_stops
    at = len(words) - 1
    while at >= 0 and words[at] not in stops and not (strict and words[at].endswith("ed")):
        at -= 1
    named = words[at + 1:]
    # "The Finance Ministry forecasts growth of", "The Office for Budget Responsibility (OBR)
    # expects borrowing of": the word after an actor that is a clause's subject is its verb
    if at >= 0 and (words[at] == _ACTOR or (words[at] == _CLAUSE and at
                                             and words[at - 1] == _ACTOR)) and (
            len(named) > 1 and _VERB_AFTER_ACTOR.fullmatch(named[0])):
        del named[0]
    return named


def _head_of_phrase(words: list[str], named: list[str], lex: LexiconLookup,
                    strict: bool = False) -> str:
    """The metric a phrase names: its head with its first prepositional phrase when ``named`` is
    the object of a chain of them ("turnout in Sunday's referendum" of "Turnout in Sunday's
    referendum on the new county charter was"), else ``named``."""
    chain = [named]
    rest = words[:len(words) - len(named)]
    while True:
        while rest and rest[-1] in lex.year_determiners:  # "on the new county charter"
            rest = rest[:-1]
        if len(rest) < 2 or rest[-1] not in lex.metric_prepositions:
            break
        before = _named_before(rest[:-1], lex, strict)
        if not before or (len(before) == 1 and before[0] in _lists(lex).period_nouns):
            break  # "fell to 310,000 last year from 2023's total": no "year from …"
        chain[0:0] = [before, [rest[-1]]]
        rest = rest[:len(rest) - 1 - len(before)]
    if len(chain) == 1:
        return " ".join(named[-_NAME_WORDS:])
    head = _before_participle(chain[0], lex)
    if len(head) < len(chain[0]):  # "compensation paid to …": compensation
        return " ".join(head[-_NAME_WORDS:])
    return " ".join([*chain[0][-_NAME_WORDS:], *chain[1], *chain[2][-_NAME_WORDS:]])


def _level_verb(words: list[str], lex: LexiconLookup) -> int:
    """How many of the last words before a figure say the metric stands at it or changes by it
    (0: none): "stood at", "hit a record", "fell", "rose by", "doubled from"."""
    if not words:
        return 0
    lists = _lists(lex)
    size = _phrase_at_end(words, lex.level_verbs, 3) if words[-1] in lists.level_last_words else 0
    if size:
        return size
    for back in (1, 2):
        if len(words) < back:
            break
        word = words[-back]
        if (word in lex.growth_verbs or word in grammar(lex).ratio_verbs) and (
                word not in lists.change_adverbs):
            return back
        if word not in lists.change_prepositions:
            break
    return 0


def _predicate(text: str, end: int, lex: LexiconLookup) -> str | None:
    """What a share of a whole does or says: the words from the verb after its "of" phrase to
    the end of the clause (at most eight): "said they had worked unpaid overtime"."""
    of_phrase = _OF_PHRASE.match(text, end)
    if of_phrase is None:
        return None
    words = of_phrase.group("phrase").split()
    verb = _whole_verb(words[:9], lex)
    if verb is None:
        return None
    said = words[verb:verb + 8]
    figure = next((at for at, word in enumerate(said) if _HAS_DIGIT.search(word)), None)
    if figure is not None:
        # "backed the move while 47% opposed it": the next share's clause is its own
        said = said[:figure]
        while said and said[-1].strip(",").lower() in _lists(lex).clause_joints:
            said.pop()
    return " ".join(said).strip(" '\"’”,").lower() or None


def _whole_verb(words: list[str], lex: LexiconLookup) -> int | None:
    """Where the verb a share's whole does begins ("58% of respondents backed the bond"): a
    word of ``whole_verbs``, or one ending in -ed, that is not a noun after a determiner ("of
    the vote")."""
    verbs = _lists(lex).whole_verbs
    leading = _patterns(lex).leading
    for at in range(1, len(words)):
        word = words[at]
        lowered = word.lower()
        if (lowered in verbs or (lowered.endswith("ed") and _PAST_PARTICIPLE_LIKE.fullmatch(word))
                ) and not leading.fullmatch(f"{words[at - 1]} "):
            return at
    return None


def _clean_phrase(phrase: str, lex: LexiconLookup, place: bool = False) -> str:
    """A noun phrase up to where a clause, a verb or a prepositional phrase begins; with
    ``place``, its first place phrase stays ("27% of pupils in the district": pupils in
    district; "58% of voters in 2024": voters)."""
    metric_stop = _lists(lex).metric_stop
    patterns = _patterns(lex)
    stop = metric_stop.search(f" {phrase}")
    if stop:
        kept = phrase[: max(0, stop.start() - 1)]
        if place and _PLACE_PREPOSITION.fullmatch(stop.group().strip()) and not (
                patterns.in_a_period.match(phrase, stop.start() - 1)):
            following = phrase[stop.end() - 1:]
            more = metric_stop.search(f" {following}")
            where = patterns.leading.sub("", (following[: max(0, more.start() - 1)] if more
                                              else following).strip())
            if where.strip() and not any(char.isdigit() for char in where):
                kept = f"{kept}{stop.group()} {' '.join(where.split()[:4])}"
        phrase = kept
    words = phrase.split()[:8]
    # "58% of respondents backed the bond": the whole ends where its verb begins.
    phrase = patterns.leading.sub("", " ".join(words[:_whole_verb(words, lex)]))
    if phrase[:1].isdigit() or phrase[:1] in patterns.currency_starts:
        # "the 2,400 adults": adults
        phrase = patterns.leading.sub("", patterns.amount_leading.sub("", phrase))
    return phrase.strip(" '\"’”").lower()
