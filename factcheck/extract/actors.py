"""Actors in a claim, from any beat.

The gazetteer (lexicon ``actors``) is knowledge, not a gate: its aliases are found with
Aho-Corasick and give canonical ids, kinds and groups. Every other actor is read from the text:

- a titled name ("Senator Dana Whitfield", titles from the lexicon) is a person with a role;
- a capitalized name containing an organization head word ("Transport Ministry", "Ministry of
  Transport", "Calloway Dredging Ltd") is an organization, and its acronym in brackets after it
  ("(TM)") names it too;
- a name of two or three capitalized words ("Dana Whitfield") is a person or something unknown;
- an acronym of three letters or more is an organization.

Inside one document, a surname names the person met before ("Whitfield"), an acronym the
organization it abbreviates, and "the ministry", "the council", "the company" the last named
organization with that head word. Membership comes from the text too: "X, deputy leader of Y",
"Y's chief executive X" put X in Y's group, as the lexicon's ``groups`` do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from factcheck.extract.chinese import has_han, is_han
from factcheck.extract.lookup import LexiconLookup
from factcheck.models import Actor, ActorKind, Name, Span
from factcheck.models.trusted import trusted

_NAME = r"[A-Z][a-z'’-]{1,30}"
_WORD_CHAR = re.compile(r"[\w]")
_WORDS = re.compile(r"\w+")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,7}s?")
_POSSESSIVE = re.compile(r"['’]s$")
_OWNER = re.compile(r"['’]s$|(?<=s)['’]$")  # "Novelist Tariq Mensah's debut", "Nurse Jones'"
_FIGURE_AFTER = re.compile(r"\s?\d")  # "RMB 8 billion", "EUR 30": a currency, not an actor
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][A-Z&]{1,7})\)")
# What stands between a member and its organization: ", deputy leader of the", "'s chief ".
_MEMBER_OF = re.compile(r",\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,4}(?:of|at|for)\s+(?:the\s+)?")
_LEADER_OF = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,?\s+")
# "the Independent Group colleague Councillor Quayle": a role noun, then perhaps a title.
_ROLE_AFTER = re.compile(r"\s+(?P<role>[a-z][\w-]*)\s+(?:[A-Z][\w.]*\s+)?")
# A document names few people: more open-world actors than this and the rest are not tracked.
_MAX_REMEMBERED = 2000

Hit = tuple[int, int, str, str | None]  # start, end, actor id, role


def _slug(name: str) -> str:
    return re.sub(r"[\W_]+", "-", name.lower()).strip("-") or "unknown"


class ActorFinder:
    """Finds actors claim by claim, remembering the people and organizations of the document."""

    def __init__(self, lookup: LexiconLookup) -> None:
        self.lookup = lookup
        self.actors = lookup.actors
        self.automaton = lookup.actor_automaton
        self.surnames: dict[str, tuple[str, str | None]] = {}  # surname -> (actor id, role)
        self.roles: dict[str, str] = {}  # a title seen once stays with the actor
        self.kinds: dict[str, ActorKind] = {}  # of actors read from the text
        self.groups: dict[str, set[str]] = {}  # memberships read from the text
        self.acronyms: dict[str, str] = {}  # acronym -> organization id
        self.last_of_head: dict[str, str] = {}  # "ministry" -> the last ministry named
        self.surname_titles: dict[str, str] = {}  # "王部长" -> the person 王文涛部长 named
        for actor in lookup.actors.values():
            if actor.kind is ActorKind.PERSON:
                self.surnames[actor.name.split()[-1]] = (actor.id, None)
        # Surnames with other characters than letters and digits ("O'Neill"), looked for in the
        # text one by one; the others are found among the text's words.
        self.odd_surnames = {name for name in self.surnames if not _WORDS.fullmatch(name)}

    def find(self, text: str, offset: int, span: Callable[[int, int], Span],
             limit: int = 100, names: Sequence[Name] = ()) -> list[Actor]:
        hits: list[Hit] = []
        if len(self.automaton):
            for end_index, (length, actor_id) in self.automaton.iter(text):
                start = end_index - length + 1
                if _bounded(text, start, end_index + 1):
                    hits.append((start, end_index + 1, actor_id, None))
                    if len(hits) > 4 * limit:
                        break
        for match in self.lookup.titled_pattern().finditer(text):
            name = match.group("name")
            if name.split()[-1].rstrip(".").lower() in self.lookup.organization_heads:
                continue  # "Public Defender Service": an organization, not Defender Service
            role = match.group("title")
            name_start = match.start("name")
            first, _, rest = name.partition(" ")
            while rest and self.lookup.is_title(first):
                # "Justice Minister Pavel Novak": two titles, then the name
                role, name_start, name = f"{role} {first}", name_start + len(first) + 1, rest
                first, _, rest = name.partition(" ")
            name_end = match.end("name")
            owner = _OWNER.search(name)
            if owner:  # "Novelist Tariq Mensah's debut": the name is Tariq Mensah
                name, name_end = name[:owner.start()], name_end - len(owner.group())
            known = self._resolve(name)
            actor_id = known or _slug(name)
            hits.append((name_start, name_end, actor_id, role))
            self._remember_person(name, actor_id, role, known is not None)
        taken = _longest(list(hits))
        if has_han(text):
            chinese = self._chinese(text, taken)
            hits += chinese
            taken = _longest([*taken, *chinese])
        hits += self._open_world(text, offset, names, taken)
        for surname in self._surnames_in(text):
            actor_id, role = self.surnames[surname]
            if actor_id in self.actors:
                continue  # gazetteer aliases already cover it
            for match in re.finditer(rf"\b{re.escape(surname)}\b", text):
                hits.append((match.start(), match.end(), actor_id, role))
        hits += self._references_back(text)
        kept = _longest(hits)[:limit]
        self._memberships(text, kept)
        return [self._actor(text, offset, span, *hit) for hit in kept]

    def _open_world(self, text: str, offset: int, names: Sequence[Name],
                    taken: list[Hit]) -> list[Hit]:
        """Actors among the claim's names that the gazetteer and the titles did not give."""
        hits: list[Hit] = []
        heads = self.lookup.organization_heads
        for name in names:
            if not name.cased:
                continue
            start, end = name.span.start - offset, name.span.end - offset
            if any(a < end and start < b for a, b, _, _ in taken):
                continue
            words = text[start:end].split(" ")
            if name.first_word_by_place and self.lookup.opens_sentence(words[0]):
                start += len(words[0]) + 1
                words = words[1:]
            possessive = _POSSESSIVE.search(words[-1]) if words else None
            if possessive:  # "the Green Party's leader": the name is "Green Party"
                end -= len(possessive.group())
                words[-1] = words[-1][:possessive.start()]
            if not words or not words[-1]:
                continue
            written = " ".join(words)
            head = next((word for word in words if word.rstrip(".").lower() in heads
                         or word.rstrip(".").lower() in self.lookup.company_heads), None)
            if head is None and any(word.lower() in self.lookup.place_heads for word in words):
                continue  # "Harbour Road", "Greyfell National Park": a place or an event
            if head is not None and len(words) == 1:
                continue  # "Council tax", "Bank holiday": a head word alone names nobody
            acronym = _ACRONYM_AFTER.match(text, end)
            if head is not None or (acronym and len(words) > 1 and _abbreviates(
                    acronym.group("acronym"), words, self.lookup.connectors)):
                # an organization by its head word, or by the acronym it is given ("the Guild
                # of Pilots (GOP)")
                actor_id = self.acronyms.get(written) or _slug(written)
                self._remember(actor_id, ActorKind.ORGANIZATION)
                if head is not None:
                    self.last_of_head[head.rstrip(".").lower()] = actor_id
                    if head.rstrip(".").lower() in self.lookup.company_heads:
                        for word in self.lookup.company_words:  # "the company", "the firm"
                            self.last_of_head[word] = actor_id
                if acronym:
                    self.acronyms[acronym.group("acronym")] = actor_id
                hits.append((start, end, actor_id, None))
            elif len(words) == 1 and (written in self.acronyms or (
                    _ACRONYM.fullmatch(written) and not _FIGURE_AFTER.match(text, end)
                    and not self.lookup.is_title(written))):
                actor_id = self.acronyms.get(written.rstrip("s")) or self.acronyms.get(
                    written) or _slug(written)
                self._remember(actor_id, ActorKind.ORGANIZATION)
                hits.append((start, end, actor_id, None))
            elif 2 <= len(words) <= 3 and all(re.fullmatch(_NAME, word) for word in words):
                actor_id = _slug(written)
                self._remember_person(written, actor_id, None, False)
                self._remember(actor_id, ActorKind.UNKNOWN)
                hits.append((start, end, actor_id, None))
        return hits

    def _chinese(self, text: str, taken: list[Hit]) -> list[Hit]:
        """People and organizations jieba tags in Chinese text, with the title beside a
        person ("部长王文涛", "王文涛部长") as role; "王部长" later is the same person."""
        from factcheck.extract.chinese import plausible_person, proper_names  # only for Chinese

        hits: list[Hit] = []
        for match in self.lookup.surname_title_pattern().finditer(text):
            actor_id = self.surname_titles.get(match.group())
            if actor_id is not None:
                hits.append((match.start(), match.end(), actor_id, None))
        taken = [*taken, *hits]
        for name in proper_names(text):
            start, end = name.start, name.end
            if name.kind not in ("person", "organization") or any(
                    a < end and start < b for a, b, _, _ in taken):
                continue
            head = self.lookup.chinese_head_at(text, end)
            if head:  # "阿里巴巴集团": the name with its head word is an organization
                end += len(head)
            written = text[start:end]
            actor_id = _slug(written)
            if name.kind == "person" and not head and not plausible_person(
                    written, self.lookup.chinese_surnames):
                continue
            if name.kind == "organization" or head:
                self._remember(actor_id, ActorKind.ORGANIZATION)
                hits.append((start, end, actor_id, None))
                continue
            role = self.lookup.chinese_title_at(text, start, end)
            self._remember(actor_id, ActorKind.PERSON)
            if role and len(self.surname_titles) < _MAX_REMEMBERED:
                self.surname_titles[written[0] + role] = actor_id
            hits.append((start, end, actor_id, role))
        return hits

    def _references_back(self, text: str) -> list[Hit]:
        """"the ministry", "the council": the last organization named with that head word."""
        if not self.last_of_head:
            return []
        hits: list[Hit] = []
        for match in self.lookup.head_reference_pattern().finditer(text):
            actor_id = self.last_of_head.get(match.group("head").lower())
            if actor_id is not None:
                hits.append((match.start("head"), match.end("head"), actor_id, None))
        return hits

    def _memberships(self, text: str, hits: list[Hit]) -> None:
        """"X, deputy leader of Y" and "Y's leader X": X belongs to organization Y."""
        for (_, end, first, _), (start, _, second, _) in pairwise(hits):
            between = text[end:start]
            if self._organization(second) and _MEMBER_OF.fullmatch(between):
                self._member(first, second)
            elif self._organization(first) and (_LEADER_OF.fullmatch(between) or (
                    (role := _ROLE_AFTER.fullmatch(between)) is not None
                    and role.group("role") in self.lookup.member_roles)):
                self._member(second, first)

    def _member(self, member: str, organization: str) -> None:
        self.groups.setdefault(member, set()).add(organization)
        if self.kinds.get(member) is ActorKind.UNKNOWN:
            self.kinds[member] = ActorKind.PERSON  # a role in an organization: a person

    def _organization(self, actor_id: str) -> bool:
        entry = self.actors.get(actor_id)
        kind = entry.kind if entry else self.kinds.get(actor_id)
        return kind in (ActorKind.ORGANIZATION, ActorKind.GROUP, ActorKind.COUNTRY)

    def _remember(self, actor_id: str, kind: ActorKind) -> None:
        if len(self.kinds) < _MAX_REMEMBERED:
            self.kinds.setdefault(actor_id, kind)

    def _remember_person(self, name: str, actor_id: str, role: str | None, known: bool) -> None:
        surname = name.split()[-1]
        if known or surname in self.surnames or len(self.surnames) >= _MAX_REMEMBERED:
            return
        self.surnames[surname] = (actor_id, role)
        if not _WORDS.fullmatch(surname):
            self.odd_surnames.add(surname)

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

    def _actor(self, text: str, offset: int, span: Callable[[int, int], Span], start: int,
               end: int, actor_id: str, role: str | None) -> Actor:
        entry = self.actors.get(actor_id)
        if role:
            self.roles[actor_id] = role
        role = role or self.roles.get(actor_id)
        if entry:
            kind = entry.kind
        elif role:
            kind = ActorKind.PERSON
        else:
            kind = self.kinds.get(actor_id, ActorKind.UNKNOWN)
        groups = tuple(entry.groups) if entry else ()
        if actor_id in self.groups:
            groups = tuple(dict.fromkeys((*groups, *sorted(self.groups[actor_id]))))
        return trusted(
            Actor,
            id=actor_id, name=text[start:end], span=span(offset + start, offset + end),
            kind=kind, groups=groups, role=role,
        )


def _abbreviates(acronym: str, words: Sequence[str], connectors: frozenset[str]) -> bool:
    """Whether ``acronym``, of three letters or more, is made of the words' initials, with or
    without those of the connectors ("GOP" and "GP" for "Guild of Pilots"); two letters may
    be a person's initials ("Dana Whitfield (DW)")."""
    letters = acronym.replace("&", "").upper()
    return len(letters) >= 3 and letters in ("".join(word[0] for word in words).upper(),
                       "".join(word[0] for word in words if word not in connectors).upper())


def _bounded(text: str, start: int, end: int) -> bool:
    if is_han(text[start]):
        return True  # Chinese writes no spaces between words: "美国限制了…" names 美国
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # "US$2.1 million" is a currency, not the country
    return not _WORD_CHAR.match(before) and not _WORD_CHAR.match(after) and after != "$"


def _longest(hits: list[Hit]) -> list[Hit]:
    """Leftmost-longest, non-overlapping; a titled hit gives its role to the same span."""
    hits.sort(key=lambda hit: (hit[0], -(hit[1] - hit[0]), hit[3] is None))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit[0] < kept[-1][1]:
            continue
        kept.append(hit)
    return kept
