"""The lexicon's search structures: built once per lexicon, then used for every sentence.

A plain class rather than private attributes on the pydantic ``Lexicon``: those cost a
``__getattr__`` call per access, and extraction reads them several times per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import ahocorasick

from factcheck.extract.chinese import is_han
from factcheck.extract.inflection import other_number

if TYPE_CHECKING:
    from factcheck.extract.lexicon import ActorEntry, Lexicon

# The word lists ``LexiconLookup.phrases`` searches.
PHRASE_LISTS = ("cues", "negations", "reported_speech", "time_markers", "topics")
_WHITESPACE = re.compile(r"\s")
_BOUNDARY = re.compile(r"[\w-]")
# (a double name keeps its second capital: "Mokoena-Hale", "Jean-Luc")
_NAME = r"[A-Z][a-z'’]{1,30}(?:-[A-Za-z][a-z'’]{0,30})*"
_CAPITAL = r"[A-Z\u00c0-\u00d6\u00d8-\u00de]"
_CAPITALIZED = rf"{_CAPITAL}(?:[\w'’.&-]*[^\W_])?"
# How a hedge bounds its figure's value v, in the order of the lexicon's hedges_* lists:
# below [0.92·v, v], about [0.9·v, 1.1·v], over [v, open], under [open, v], exact [v, v].
HEDGE_MODES = ("below", "about", "over", "under", "exact")

Spans = list[tuple[int, int]]


Derived = TypeVar("Derived")


class LexiconLookup:
    """Aho-Corasick automata over actor aliases and word lists, plus normalized cue sets."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._derived: dict[Callable[[LexiconLookup], Any], Any] = {}
        self.actors: dict[str, ActorEntry] = lexicon.actors
        self.organization_heads = frozenset(head.rstrip(".").lower()
                                            for head in lexicon.organization_heads)
        self.sentence_openers = frozenset(word.lower() for word in lexicon.sentence_openers)
        self.place_heads = frozenset(word.lower() for word in lexicon.place_heads)
        self.company_heads = frozenset(head.rstrip(".").lower() for head in lexicon.company_heads)
        self.company_words = frozenset(word.lower() for word in lexicon.company_words)
        self.member_roles = frozenset(word.lower() for word in lexicon.member_roles)
        self.chinese_surnames = frozenset(lexicon.chinese_surnames)
        self.passing_modifiers = frozenset(word.lower() for word in lexicon.passing_modifiers)
        self.titles = frozenset(lexicon.titles)
        self.chinese_titles = sorted((title for title in lexicon.titles if is_han(title[:1])),
                                     key=len, reverse=True)
        self._surname_title: re.Pattern[str] | None = None
        self.chinese_heads = sorted((head for head in lexicon.organization_heads
                                     if is_han(head[:1])), key=len, reverse=True)
        self._titled: re.Pattern[str] | None = None
        self._head_reference: re.Pattern[str] | None = None
        self.actor_automaton = _automaton(
            (alias, (len(alias), actor.id)) for actor in lexicon.actors.values()
            for alias in {actor.name, *actor.aliases} if alias)
        lists: dict[str, list[str]] = {}  # phrase -> the word lists it is in
        for name in PHRASE_LISTS:
            for phrase in lexicon.phrase_list(name):
                lists.setdefault(_normal(phrase), []).append(name)
        self.phrase_automaton = _automaton(
            (phrase, (len(phrase), tuple(names))) for phrase, names in lists.items())
        self._lists = {name: lexicon.phrase_list(name) for name in PHRASE_LISTS}
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._word_sets: dict[str, frozenset[str]] = {}
        self.support = frozenset(_normal(cue) for cue in lexicon.support)
        self.weak_cues = frozenset(_normal(cue) for cue in lexicon.weak_cues)
        # names, sentences and figures: word sets, lower case
        self.connectors = _lower(lexicon.connectors)
        self.head_connectors = _lower(lexicon.head_connectors)
        self.not_names = _lower(lexicon.not_names)
        self.word_prefixes = tuple(sorted(_lower(lexicon.word_prefixes)))
        self.compound_heads = tuple(sorted(_lower(lexicon.compound_heads)))
        self.demonym_endings = _lower(lexicon.demonym_endings)
        self._name_run: re.Pattern[str] | None = None
        self.abbreviations = frozenset(word.lower().rstrip(".") for word in lexicon.abbreviations)
        self.final_abbreviations = frozenset(word.lower().rstrip(".")
                                             for word in lexicon.final_abbreviations)
        self.sentence_starters = _lower(lexicon.sentence_starters)
        self.hedges: dict[str, str] = {}  # hedge -> how it bounds the value (HEDGE_MODES)
        for mode in HEDGE_MODES:
            self.hedges.update(dict.fromkeys(map(_normal, getattr(lexicon, f"hedges_{mode}")),
                                             mode))
        self.hedge_last_words = frozenset(hedge.split()[-1] for hedge in self.hedges)
        self.currency_words = {word.lower(): code.upper()
                               for word, code in lexicon.currency_words.items()}
        self.hedge_translations = {hedge: _normal(english)
                                   for hedge, english in lexicon.hedge_translations.items()}
        self.period_translations = {word: _normal(english)
                                    for word, english in lexicon.period_translations.items()}
        self.growth_verbs = _lower(lexicon.growth_verbs)
        self.falling_words = _lower(lexicon.falling_words)
        self.not_growth_before_up = _lower(lexicon.not_growth_before_up)
        self.growth_fillers = _lower(lexicon.growth_fillers)
        self.year_cues = _lower(lexicon.year_cues)
        self.year_determiners = _lower(lexicon.year_determiners)
        self.year_nouns = _lower(lexicon.year_nouns)
        self.not_units = _lower(lexicon.not_units)
        self.more_words = _lower(lexicon.more_words)
        self.outcome_nouns = _lower(lexicon.win_nouns) | _lower(lexicon.loss_nouns)
        self.selectors = _lower(lexicon.selectors)
        self.level_verbs = frozenset(map(_normal, lexicon.level_verbs))
        self.not_in_a_metric = _lower(lexicon.not_in_a_metric)
        self.period_phrases = frozenset(f"{which} {unit}" for which in
                                        _lower(lexicon.period_determiners)
                                        for unit in _lower(lexicon.period_nouns))
        self.put_verbs = _lower(lexicon.put_verbs)
        self.metric_prepositions = _lower(lexicon.metric_prepositions)
        self.amount_determiners = _lower(lexicon.amount_determiners)
        self.value_verbs = frozenset(map(_normal, lexicon.value_verbs))
        self.object_prepositions = _lower(lexicon.object_prepositions)
        self.topic_signs: dict[str, tuple[str, int]] = {}
        # a phrase's other number names its topic too ("tariff cut" as "tariff cuts"), unless a
        # topic lists that form itself; the first topic naming a phrase wins
        for forms in (number_forms, list):
            for topic in reversed(lexicon.topics.values()):
                self.topic_signs.update(dict.fromkeys(map(_normal, forms(topic.against)),
                                                      (topic.id, -1)))
                self.topic_signs.update(dict.fromkeys(map(_normal, forms(topic.phrases)),
                                                      (topic.id, 1)))


    def derived(self, build: Callable[[LexiconLookup], Derived]) -> Derived:
        """What ``build`` makes of this lookup, made once per lookup: the grammars and tables
        extraction reads off the lexicon's word lists."""
        made: Derived | None = self._derived.get(build)
        if made is None:  # (one lookup when made: extraction asks for its tables per figure)
            made = self._derived[build] = build(self)
        return made
    def name_run_pattern(self) -> re.Pattern[str]:
        """A run of capitalized words, single-spaced, that connectors may join: "Bank of
        England"."""
        if self._name_run is None:
            connectors = "|".join(sorted(map(re.escape, self.connectors), key=len, reverse=True))
            joined = rf"(?:(?:{connectors}) )*" if connectors else ""
            # A plural possessive inside a name, right before an organization head word: "The
            # Players' Union", "the Miners' Federation", "the Recording Artists' Coalition";
            # not "the miners' strike", "David Moyes' Real Sociedad", "Denis Moss' Kestrel
            # Rovers".
            heads = "|".join(sorted({re.escape(head) for head in self.lexicon.organization_heads
                                     if not is_han(head[:1])}, key=len, reverse=True))
            plural = (rf"(?:(?<=s)['’](?= (?:{heads})(?![\w'’-])))?"
                      if heads else "")
            word = _CAPITALIZED + plural
            # (the first capital first and what may not stand before it looked behind for: a
            # pattern that opens with a character class is searched for by that class, where
            # one that opens with a look-behind is tried at every position, five times slower)
            first = _CAPITALIZED.removeprefix(_CAPITAL) + plural
            self._name_run = re.compile(
                rf"{_CAPITAL}(?<![\w'’.&-]{_CAPITAL}){first}(?: {joined}{word})*")
        return self._name_run

    def titled_pattern(self) -> re.Pattern[str]:
        """A title of the lexicon and the capitalized name after it: "Senator Dana Whitfield"."""
        if self._titled is None:
            titles = "|".join(re.escape(title) for title in
                              sorted(set(self.lexicon.titles), key=len, reverse=True)) or "(?!)"
            # The lookahead lets the engine skip to capitals instead of trying every title.
            self._titled = re.compile(
                rf"(?=[A-Z])\b(?P<title>(?:(?:U\.S\.|US|EU|[A-Z][a-z]+(?:an|ish|ese|i|ch))\s+)?"
                rf"(?:{titles}))(?!\w)\s+(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})\b")
        return self._titled

    def head_reference_pattern(self) -> re.Pattern[str]:
        """"the ministry", "the council": an organization head word after "the"."""
        if self._head_reference is None:
            words = {*self.lexicon.organization_heads, *self.lexicon.company_heads,
                     *self.lexicon.company_words,
                     *(entry[0] for entry in self.lexicon.reference_heads if entry)}
            heads = "|".join(sorted({re.escape(head.rstrip(".").lower()) for head in words
                                     if not is_han(head[:1])}, key=len, reverse=True)) or "(?!)"
            self._head_reference = re.compile(rf"\b[Tt]he\s+(?P<head>{heads})\b",
                                              re.IGNORECASE)
        return self._head_reference

    def chinese_title_at(self, text: str, start: int, end: int) -> str | None:
        """A Chinese title right after or right before the name at ``text[start:end]``."""
        for title in self.chinese_titles:  # longest first
            if text.startswith(title, end) or text.endswith(title, 0, start):
                return title
        return None

    def chinese_head_at(self, text: str, end: int) -> str | None:
        """A Chinese organization head word starting at ``end``: "集团" after "阿里巴巴"."""
        return next((head for head in self.chinese_heads if text.startswith(head, end)), None)

    def surname_title_pattern(self) -> re.Pattern[str]:
        """One Chinese character (a surname) and a title: "王部长"."""
        if self._surname_title is None:
            titles = "|".join(map(re.escape, self.chinese_titles)) or "(?!)"
            self._surname_title = re.compile(rf"[\u4e00-\u9fff](?:{titles})")
        return self._surname_title

    def hedge_ending(self, words: Sequence[str]) -> int:
        """How many of the last ``words`` (lower-cased) make one of the hedges ("more than",
        "nearly"): 0 for none, the longest otherwise."""
        if not words or words[-1] not in self.hedge_last_words:
            return 0  # most figures: no need to build the candidate phrases
        return next((size for size in (3, 2, 1) if len(words) >= size
                     and " ".join(words[-size:]) in self.hedges), 0)

    def is_title(self, word: str) -> bool:
        return word in self.titles

    def calendar_words(self) -> frozenset[str]:
        """Days and months, lower-cased: capitalized, but no names of people or places."""
        return self.derived(_calendar_words)

    def demonyms(self) -> frozenset[str]:
        """The places' demonyms, lower-cased: "finn", "german", "filipina"."""
        return self.derived(_demonyms)

    def opens_sentence(self, word: str) -> bool:
        """A word that starts sentences and is no name: "In", "The", "After"."""
        return word.lower() in self.sentence_openers

    def phrases(self, text: str, names: Sequence[str] = PHRASE_LISTS) -> dict[str, Spans]:
        """Where each word list's phrases occur in ``text``: leftmost-longest, not overlapping,
        on word boundaries, ignoring case; the spans ``pattern(name).finditer`` gives.

        One Aho-Corasick pass serves every list: Python's regex engine tries an alternation's
        branches one by one at each position, which made the cue lists the slowest step.
        """
        folded = _WHITESPACE.sub(" ", text.lower())
        if len(folded) != len(text) or "  " in folded:
            # lower() changed the length, or a phrase may span a run of spaces: the regex is exact
            return {name: [m.span() for m in self.pattern(name).finditer(text)] for name in names}
        hits: dict[str, Spans] = {name: [] for name in names}
        if not len(self.phrase_automaton):
            return hits
        for end_index, (length, lists) in self.phrase_automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            if _word_bounded(folded, start, end):
                for name in lists:
                    if name in hits:
                        hits[name].append((start, end))
        return {name: _leftmost_longest(found) for name, found in hits.items()}

    def pattern(self, name: str) -> re.Pattern[str]:
        """One word list as a regex; compiled on first need (long alternations compile slowly)."""
        if name not in self._patterns:
            self._patterns[name] = _alternation(self._lists[name])
        return self._patterns[name]

    def words(self, name: str) -> frozenset[str]:
        """One plain word list of the lexicon (a ``WordLists`` field), lower-cased, with runs of
        spaces as one space; built on first use."""
        found = self._word_sets.get(name)
        if found is None:
            found = self._word_sets[name] = frozenset(
                _normal(word) for word in self.lexicon.phrase_list(name))
        return found

    def alternation(self, name: str, *, chinese: bool = False) -> str:
        """One word list as a regex alternation (no group, no boundaries), longest first, a
        space matching any whitespace: the English words, or with ``chinese`` the Chinese ones;
        ``(?!)`` (never matches) for an empty list."""
        return alternation(word for word in self.lexicon.phrase_list(name)
                           if is_han(word[:1]) == chinese)

    def starting(self, name: str, *, chinese: bool = False) -> str:
        """A look-ahead for the first characters of the words ``alternation(name)`` matches
        (``starting``)."""
        return starting(word for word in self.lexicon.phrase_list(name)
                        if is_han(word[:1]) == chinese)

    def supports(self, cue: str) -> bool:
        return _normal(cue) in self.support

    def weak(self, cue: str) -> bool:
        return _normal(cue) in self.weak_cues

    def topic_of(self, phrase: str) -> tuple[str, int] | None:
        """(topic id, +1 or -1 for an "against" phrase) for a phrase the topics list names."""
        return self.topic_signs.get(_normal(phrase))


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(word.lower() for word in words)


def _normal(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _automaton(words: Any) -> Any:
    automaton = ahocorasick.Automaton()
    for word, value in words:
        automaton.add_word(word, value)
    if len(automaton):
        automaton.make_automaton()
    return automaton


def number_forms(phrases: Iterable[str]) -> list[str]:
    """Each phrase of English words with its last word in the other number too ("tariff cuts",
    "tariff cut"); a single word only as listed ("levies" is no "levy", a word of its own)."""
    return [form for phrase in phrases
            for form in ((phrase, other_number(phrase)) if " " in phrase.strip()
                         and not is_han(phrase[:1]) else (phrase,))]


def alternation(words: Iterable[str], space: str = r"\s+") -> str:
    """A regex alternation of ``words`` (no group, no boundaries), longest first, each space
    matching ``space``; one that never matches for no words."""
    ordered = sorted({word for word in words if word}, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", space) for word in ordered) or "(?!)"


def starting(words: Iterable[str]) -> str:
    """A look-ahead for the first characters of ``words`` (one that never matches for no words).

    Put before an alternation of ``words``, a position where none of them starts fails at
    once, where without it each word is tried in turn (the engine's quick test of a word's
    first character is not made under IGNORECASE).
    """
    firsts = sorted({word[0] for word in words if word})
    if any(first.isspace() for first in firsts):
        return ""  # ``alternation`` lets any space match a space: no look-ahead then
    return f"(?=[{''.join(map(re.escape, firsts))}])" if firsts else "(?!)"


def _alternation(words: list[str]) -> re.Pattern[str]:
    """The word list as one regex, longest first, on word boundaries (Chinese words without)."""
    ordered = sorted(set(words), key=len, reverse=True)
    bounded = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered
                       if not is_han(word[:1])) or "(?!)"
    chinese = "|".join(re.escape(word) for word in ordered if is_han(word[:1])) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{bounded})(?![\w-])|(?:{chinese})", re.IGNORECASE)


def _word_bounded(text: str, start: int, end: int) -> bool:
    """Neither end touches a word character or hyphen, as ``(?<![\\w-])…(?![\\w-])`` asks; a
    Chinese phrase is a word wherever it stands."""
    if is_han(text[start]):
        return True
    return not ((start > 0 and _BOUNDARY.match(text, start - 1)) or
                (end < len(text) and _BOUNDARY.match(text, end)))


def _leftmost_longest(spans: Spans) -> Spans:
    spans.sort(key=lambda span: (span[0], -span[1]))
    kept: Spans = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def default_lookup() -> LexiconLookup:
    """The built-in lexicon's lookup, for callers that are given no lexicon."""
    from factcheck.extract.lexicon import default_lexicon  # lexicon imports this module

    return default_lexicon().lookup()


def _calendar_words(lookup: LexiconLookup) -> frozenset[str]:
    return frozenset(word.lower() for word in (*lookup.lexicon.weekdays, *lookup.lexicon.months))


def _demonyms(lookup: LexiconLookup) -> frozenset[str]:
    return frozenset(demonym.lower() for place in lookup.lexicon.places.values()
                     for demonym in place.demonyms)
