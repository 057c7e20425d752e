"""The lexicon's search structures: built once per lexicon, then used for every sentence.

A plain class rather than private attributes on the pydantic ``Lexicon``: those cost a
``__getattr__`` call per access, and extraction reads them several times per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import ahocorasick

if TYPE_CHECKING:
    from factcheck.extract.lexicon import ActorEntry, Lexicon

# The word lists ``LexiconLookup.phrases`` searches.
PHRASE_LISTS = ("cues", "negations", "reported_speech", "time_markers", "topics")
_WHITESPACE = re.compile(r"\s")
_BOUNDARY = re.compile(r"[\w-]")

Spans = list[tuple[int, int]]


class LexiconLookup:
    """Aho-Corasick automata over actor aliases and word lists, plus normalized cue sets."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.actors: dict[str, ActorEntry] = lexicon.actors
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
        self.support = frozenset(_normal(cue) for cue in lexicon.support)
        self.weak_cues = frozenset(_normal(cue) for cue in lexicon.weak_cues)
        self.topic_signs: dict[str, tuple[str, int]] = {}
        for topic in reversed(lexicon.topics.values()):  # the first topic naming a phrase wins
            self.topic_signs.update(dict.fromkeys(map(_normal, topic.against), (topic.id, -1)))
            self.topic_signs.update(dict.fromkeys(map(_normal, topic.phrases), (topic.id, 1)))

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

    def supports(self, cue: str) -> bool:
        return _normal(cue) in self.support

    def weak(self, cue: str) -> bool:
        return _normal(cue) in self.weak_cues

    def topic_of(self, phrase: str) -> tuple[str, int] | None:
        """(topic id, +1 or -1 for an "against" phrase) for a phrase the topics list names."""
        return self.topic_signs.get(_normal(phrase))


def _normal(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _automaton(words: Any) -> Any:
    automaton = ahocorasick.Automaton()
    for word, value in words:
        automaton.add_word(word, value)
    if len(automaton):
        automaton.make_automaton()
    return automaton


def _alternation(words: list[str]) -> re.Pattern[str]:
    """The word list as one regex, longest first, on word boundaries."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _word_bounded(text: str, start: int, end: int) -> bool:
    """Neither end touches a word character or hyphen, as ``(?<![\\w-])…(?![\\w-])`` asks."""
    return not ((start > 0 and _BOUNDARY.match(text, start - 1)) or
                (end < len(text) and _BOUNDARY.match(text, end)))


def _leftmost_longest(spans: Spans) -> Spans:
    spans.sort(key=lambda span: (span[0], -span[1]))
    kept: Spans = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept
