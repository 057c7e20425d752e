"""Actors in a claim: gazetteer aliases (Aho-Corasick), titled names, and surnames seen before."""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.extract.lookup import LexiconLookup
from factcheck.models import Actor, ActorKind, Span
from factcheck.models.trusted import trusted

TITLES = (
    "Treasury Secretary|Commerce Secretary|Secretary of State|Defense Secretary|Secretary|"
    "Vice President|President|Prime Minister|Foreign Minister|Finance Minister|Trade Minister|"
    "Commerce Minister|Minister|Chancellor|Premier|Governor|Senator|Sen\\.|Representative|Rep\\.|"
    "Ambassador|Chairman|Chairwoman|Chair|Chief Executive|CEO|Director|Commissioner|General|"
    "Gen\\.|Mayor|Judge|Justice|Professor|Prof\\.|Dr\\.|Mr\\.|Mrs\\.|Ms\\.|Spokesman|Spokeswoman|"
    "Spokesperson|Trade Representative|Economist|Analyst"
)
_NAME = r"[A-Z][a-z'’-]{1,30}"
# The lookahead lets the regex engine skip to capitals instead of trying every title everywhere.
_TITLED = re.compile(
    rf"(?=[A-Z])\b(?P<title>(?:(?:U\.S\.|US|Chinese|British|German|French|Japanese|EU|European)\s+)?"
    rf"(?:{TITLES}))\s+(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})\b")
_WORD_CHAR = re.compile(r"[\w]")
_WORDS = re.compile(r"\w+")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "unknown"


class ActorFinder:
    """Finds actors claim by claim, remembering titled people met earlier in the document."""

    def __init__(self, lookup: LexiconLookup) -> None:
        self.actors = lookup.actors
        self.automaton = lookup.actor_automaton
        self.surnames: dict[str, tuple[str, str | None]] = {}  # surname -> (actor id, role)
        self.roles: dict[str, str] = {}  # a title seen once stays with the actor
        for actor in lookup.actors.values():
            if actor.kind is ActorKind.PERSON:
                self.surnames[actor.name.split()[-1]] = (actor.id, None)
        # Surnames with other characters than letters and digits ("O'Neill"), looked for in the
        # text one by one; the others are found among the text's words.
        self.odd_surnames = {name for name in self.surnames if not _WORDS.fullmatch(name)}

    def find(self, text: str, offset: int, span: Callable[[int, int], Span],
             limit: int = 100) -> list[Actor]:
        hits: list[tuple[int, int, str, str | None]] = []  # start, end, id, role
        if len(self.automaton):
            for end_index, (length, actor_id) in self.automaton.iter(text):
                start = end_index - length + 1
                if _bounded(text, start, end_index + 1):
                    hits.append((start, end_index + 1, actor_id, None))
                    if len(hits) > 4 * limit:
                        break
        for match in _TITLED.finditer(text):
            name = match.group("name")
            role = match.group("title")
            known = self._resolve(name)
            actor_id = known or _slug(name)
            hits.append((match.start("name"), match.end("name"), actor_id, role))
            surname = name.split()[-1]
            if known is None and surname not in self.surnames:
                self.surnames[surname] = (actor_id, role)
                if not _WORDS.fullmatch(surname):
                    self.odd_surnames.add(surname)
        for surname in self._surnames_in(text):
            actor_id, role = self.surnames[surname]
            if actor_id in self.actors:
                continue  # gazetteer aliases already cover it
            for match in re.finditer(rf"\b{re.escape(surname)}\b", text):
                hits.append((match.start(), match.end(), actor_id, role))
        return [self._actor(text, offset, span, *hit) for hit in _longest(hits)[:limit]]

    def _surnames_in(self, text: str) -> list[str]:
        """Known surnames that may occur in ``text`` as whole words.

        A long article names hundreds of people; testing each surname against each claim made
        extraction quadratic. A surname of word characters occurs as a whole word exactly when
        it is one of the text's words, so a set intersection finds them.
        """
        found = sorted(set(_WORDS.findall(text)) & self.surnames.keys())
        return found + [surname for surname in self.odd_surnames if surname in text]

    def _resolve(self, name: str) -> str | None:
        if not len(self.automaton):
            return None
        for candidate in (name, name.split()[-1]):
            for _, (length, actor_id) in self.automaton.iter(candidate):
                if length == len(candidate):
                    return str(actor_id)
        return None

    def _actor(self, text: str, offset: int, span: Callable[[int, int], Span], start: int, end: int,
               actor_id: str, role: str | None) -> Actor:
        entry = self.actors.get(actor_id)
        if role:
            self.roles[actor_id] = role
        role = role or self.roles.get(actor_id)
        return trusted(
            Actor,
            id=actor_id, name=text[start:end], span=span(offset + start, offset + end),
            kind=entry.kind if entry else ActorKind.PERSON if role else ActorKind.UNKNOWN,
            groups=tuple(entry.groups) if entry else (), role=role,
        )


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # "US$2.1 million" is a currency, not the country
    return not _WORD_CHAR.match(before) and not _WORD_CHAR.match(after) and after != "$"


def _longest(hits: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str | None]]:
    """Leftmost-longest, non-overlapping; a titled hit gives its role to the same span."""
    hits.sort(key=lambda hit: (hit[0], -(hit[1] - hit[0]), hit[3] is None))
    kept: list[tuple[int, int, str, str | None]] = []
    for hit in hits:
        if kept and hit[0] < kept[-1][1]:
            continue
        kept.append(hit)
    return kept
