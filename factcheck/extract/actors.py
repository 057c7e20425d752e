"""Actors in a claim, from any beat.

The gazetteer (lexicon ``actors``) is knowledge, not a gate: its aliases are found with
Aho-Corasick and give canonical ids, kinds and groups. Every other actor is read from the text:

- a titled name ("Senator Dana Whitfield", titles from the lexicon) is a person with a role;
- a capitalized name containing an organization head word ("Transport Ministry", "Ministry of
  Transport", "Calloway Dredging Ltd") is an organization, and its acronym in brackets after it
  ("(TM)") names it too;
- a name given an acronym of its initials in brackets ("the Guild of Pilots (GOP)"), or right
  after a word for an organization ("rail operator Westway Trains"), is an organization;
- a name of two or three capitalized words ("Dana Whitfield") is a person when a word for a
  person stands before it ("chief executive Ana Ruiz", "the treasurer, Ivan Petrov") or a role
  in an organization is given to it, else something unknown;
- an acronym of three letters or more is an organization;
- one capitalized word is an actor of unknown kind where it speaks or takes a position
  ("Unison said", "opposed by Greenpeace"); as a sentence's first word, only when it is no
  common English word or the document writes it capitalized inside a sentence too.

Inside one document, a surname names the person met before ("Whitfield"), an acronym the
organization it abbreviates, and "the ministry", "the council", "the company", "the club" the
last organization named before with that head word (or a head the word refers to: "Athletic"
for "the club"). Membership comes from the text too: "X, deputy leader of Y", "X of the Y", "X,
who heads Y", "X, the Y's spokesperson", "Y's chief executive X", "Y, whose chair is X", "Y,
chaired by X", "its chair, X" put X in Y's group, as the lexicon's ``groups`` do. Every word
these read is in the lexicon (rules/lexicons/names.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from factcheck.extract.chinese import has_han, is_han
from factcheck.extract.lookup import LexiconLookup, alternation
from factcheck.extract.names import is_common_word
from factcheck.models import Actor, ActorKind, Name, Span
from factcheck.models.trusted import trusted

# (a double name keeps its second capital: "Mokoena-Hale", "Jean-Luc")
_NAME = r"[A-Z][a-z'’]{1,30}(?:-[A-Za-z][a-z'’]{0,30})*"
_WORD_CHAR = re.compile(r"[\w]")
_WORDS = re.compile(r"\w+")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,7}s?")
_POSSESSIVE = re.compile(r"['’]s$")
_OWNER = re.compile(r"['’]s$|(?<=s)['’]$")  # "Novelist Tariq Mensah's debut", "Nurse Jones'"
_FIGURE_AFTER = re.compile(r"\s?\d")  # "RMB 8 billion", "EUR 30": a currency, not an actor
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][A-Z&]{1,7})\)")
# "the Independent Group colleague Councillor Quayle": a role noun, then perhaps a title.
_ROLE_AFTER = re.compile(r"\s+(?P<role>[a-z][\w-]*)\s+(?:[A-Z][\w.]*\s+)?")
_AFTER_CONNECTOR = re.compile(r" (?P<connector>[a-z]+) (?=[A-Z])")
# Up to three capitalized words before a titled name's hit: "Sir ", "Lord Justice ".
TITLES = r"(?:[A-Z][\w.’'-]*\s+){0,3}"
_ROLE = r"(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z][\w-]*)"  # "chief executive", "general secretary"
_MAX_BETWEEN = 100  # no membership phrase between two actors is longer
# A document names few people: more open-world actors than this and the rest are not tracked.
_MAX_REMEMBERED = 2000

Hit = tuple[int, int, str, str | None]  # start, end, actor id, role


# The word right before a name, which may be a title ("Dr", "Councillor").
_TITLE_BEFORE = re.compile(r"([\w.]+)\s+$")

class _Grammar:
    """What the text says about who belongs where and what kind an actor is, from the
    lexicon's word lists (rules/lexicons/names.yaml), compiled once per lexicon."""

    def __init__(self, lookup: LexiconLookup) -> None:
        def words(name: str) -> str:
            return lookup.alternation(name)

        the = rf"(?:(?:{words('attributive_determiners')})\s+)?"
        # member first, organization second
        # "X, deputy leader of the Y", "X, a researcher at Y"
        self.role_of = re.compile(
            rf",\s+{the}(?:[a-z][\w-]*\s+){{1,4}}(?:{words('role_prepositions')})\s+{the}")
        # "X of the Y", "X, of the Y"
        self.member_of = re.compile(rf",?\s+(?:{words('member_prepositions')})\s+{the}")
        # "X, who heads the Y", "X chairs the Y"
        self.leads = re.compile(
            rf"(?:,\s+)?(?:[a-z]+\s+){{0,2}}(?:{words('leading_verbs')})\s+{the}")
        # "X, the Y's housing spokesperson": between them, then the role after Y
        self.apposed = re.compile(rf",\s+{the}")
        self.owned_role = re.compile(rf"['’]s?\s+{_ROLE}\b")
        # organization first, member second
        # "Y's chief executive X", "Y's chairman, Sir X"
        self.leader_of = re.compile(rf"['’]s?\s+{_ROLE},?\s+{TITLES}")
        # "Y, whose chief executive is X"
        self.whose = re.compile(
            rf",\s+(?:{words('possessive_relatives')})\s+{_ROLE}\s+"
            rf"(?:{words('copulas')})\s+{TITLES}")
        # "Y, chaired by Lord Justice X"
        self.led_by = re.compile(
            rf",?\s+(?:{words('leading_participles')})\s+(?:{words('agent_prepositions')})"
            rf"\s+{TITLES}")
        # "its chair, X": a member of the organization named last before it
        self.its_role = re.compile(
            rf"\b(?:{words('organization_possessives')})\s+{_ROLE},?\s+(?P<titles>{TITLES})")
        # A name of one word is an actor where it speaks or takes a position: "Unison said",
        # "Greenpeace has criticised", "Unison, which represents nurses, opposed", "opposed by
        # Ofgem" (every other single capitalized word may be a place, a product, a brand or a
        # sentence's first word)
        acts = alternation(cue for cue in (*lookup.lexicon.phrase_list("cues"),
                                           *lookup.lexicon.phrase_list("speech_verbs"))
                           if not is_han(cue[:1]) and not lookup.weak(cue))
        helpers = alternation((*lookup.lexicon.phrase_list("auxiliaries"),
                               *lookup.lexicon.phrase_list("adverbs"), "has", "have", "had"))
        openers = rf"{words('relative_pronouns')}|who|{words('attributive_determiners')}"
        aside = rf",\s+(?:{openers})\s[^,;.]{{1,80}},"
        self.acts_after = re.compile(
            rf"(?:{aside})?\s+(?:(?:{helpers}|[a-z]+ly)\s+){{0,2}}(?:{acts})\b", re.IGNORECASE)
        # "The staff union, Prospect, opposes …": a name in apposition, then its verb
        self.apposed_acts_after = re.compile(rf",\s+(?:{acts})\b", re.IGNORECASE)
        self.agent_before = re.compile(
            rf"\b(?:{acts})\s+(?:{words('agent_prepositions')})\s+$", re.IGNORECASE)
        # kinds: "chief executive Ana Ruiz", "the treasurer, Ivan Petrov"; "rail operator
        # Westway Trains"
        self.person_nouns = lookup.words("person_nouns")
        self.organization_nouns = lookup.words("organization_nouns")
        self.describing_nouns = self.person_nouns | self.organization_nouns
        self.heads = lookup.organization_heads | lookup.company_heads
        self.organization_possessives = lookup.words("organization_possessives")
        self.member_roles = lookup.member_roles
        self.member_prepositions = lookup.words("member_prepositions")
        self.organization_roles = lookup.words("organization_roles")
        # "the club" -> the heads it refers back to besides its own ("Athletic", "FC")
        self.references: dict[str, set[str]] = {}
        for word, *heads in (entry for entry in lookup.lexicon.reference_heads if entry):
            for head in heads:
                self.references.setdefault(head.rstrip(".").lower(), set()).add(word.lower())


def _known_surnames(lookup: LexiconLookup
                    ) -> tuple[dict[str, tuple[str, str | None]], frozenset[str]]:
    """Surname -> (actor id, no role) of the lexicon's people, and those of them with other
    characters than letters and digits."""
    surnames: dict[str, tuple[str, str | None]] = {}
    for actor in lookup.actors.values():
        if actor.kind is ActorKind.PERSON:
            surnames[actor.name.split()[-1]] = (actor.id, None)
    return surnames, frozenset(name for name in surnames if not _WORDS.fullmatch(name))


def _slug(name: str) -> str:
    return re.sub(r"[\W_]+", "-", name.lower()).strip("-") or "unknown"


class ActorFinder:
    """Finds actors claim by claim, remembering the people and organizations of the document."""

    def __init__(self, lookup: LexiconLookup, document: str = "") -> None:
        self.lookup = lookup
        self.document = document  # the whole text, where a sentence's first word is looked up
        self.actors = lookup.actors
        self.automaton = lookup.actor_automaton
        self.surnames: dict[str, tuple[str, str | None]] = {}  # surname -> (actor id, role)
        self.roles: dict[str, str] = {}  # a title seen once stays with the actor
        self.kinds: dict[str, ActorKind] = {}  # of actors read from the text
        self.groups: dict[str, set[str]] = {}  # memberships read from the text
        self.acronyms: dict[str, str] = {}  # acronym -> organization id
        self.last_of_head: dict[str, str] = {}  # "ministry" -> the last ministry named
        self.surname_titles: dict[str, str] = {}  # "王部长" -> the person 王文涛部长 named
        self.grammar = lookup.derived(_Grammar)
        # This claim's organizations so far, by the words that refer back to them ("ministry",
        # "club"): (start, word, actor id); "the university's …, said Calder University" does
        # not refer back to a name after it.
        self.named_here: list[tuple[int, str, str]] = []
        self.named_before: dict[str, str] = {}
        # The lexicon's people's surnames, read once per lexicon (a finder per document and per
        # cited source): copies, since a document adds its own.
        known, odd = lookup.derived(_known_surnames)
        self.surnames.update(known)
        # Surnames with other characters than letters and digits ("O'Neill"), looked for in the
        # text one by one; the others are found among the text's words.
        self.odd_surnames = set(odd)

    def find(self, text: str, offset: int, span: Callable[[int, int], Span],
             limit: int = 100, names: Sequence[Name] = ()) -> list[Actor]:
        hits: list[Hit] = []
        self.named_here = []
        self.named_before = self.last_of_head  # copied on the claim's first write (_named)
        if len(self.automaton):
            for end_index, (length, actor_id) in self.automaton.iter(text):
                start = end_index - length + 1
                if _bounded(text, start, end_index + 1) and not self._ends_a_name(
                        text, start, actor_id):
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

    def _ends_a_name(self, text: str, start: int, actor_id: str) -> bool:
        """A country that ends a longer name: "Age UK", "Reform UK", "Feeding America" are
        organizations, not the country (a sentence's opener before it is none: "The UK")."""
        entry = self.lookup.lexicon.actors.get(actor_id)
        if entry is None or entry.kind is not ActorKind.COUNTRY:
            return False
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        return before is not None and not self.lookup.opens_sentence(before.group(1))

    def _open_world(self, text: str, offset: int, names: Sequence[Name],
                    taken: list[Hit]) -> list[Hit]:
        """Actors among the claim's names that the gazetteer and the titles did not give."""
        hits: list[Hit] = []
        for name in names:
            if not name.cased:
                continue
            start, end = name.span.start - offset, name.span.end - offset
            overlap = max((b for a, b, _, _ in taken if a < end and start < b), default=None)
            if overlap is not None:
                # "Professor Amir Kassab of Brenton University": the name after the titled one
                rest = _AFTER_CONNECTOR.match(text, overlap, end)
                if rest is None or rest.group("connector") not in self.lookup.connectors:
                    continue
                start = rest.end()
            words = text[start:end].split(" ")
            if name.first_word_by_place and (self.lookup.opens_sentence(words[0]) or (
                    len(words) > 1 and words[0].lower() in self.grammar.describing_nouns)):
                # "The Harbour Trust", "Carmaker Halden Motors": the name follows
                start += len(words[0]) + 1
                words = words[1:]
            while len(words) > 1 and words[0].lower() in self.lookup.not_names:
                start += len(words[0]) + 1  # "On Friday Brennan said": a day, then the name
                words = words[1:]
            possessive = _POSSESSIVE.search(words[-1]) if words else None
            if possessive:  # "the Green Party's leader": the name is "Green Party"
                end -= len(possessive.group())
                words[-1] = words[-1][:possessive.start()]
            if not words or not words[-1]:
                continue
            split = self._member_of_split(words)
            if split:  # "Chris Roberts of One World Labs": a person of an organization
                after = start + len(" ".join(words[:split + 1])) + 1
                pieces = [(start, after - len(words[split]) - 2, words[:split]),
                          (after, end, words[split + 1:])]
            else:
                pieces = [(start, end, words)]
            for piece_start, piece_end, piece in pieces:
                hit = self._name_hit(text, piece_start, piece_end, piece)
                if hit is None and len(piece) == 1:
                    hit = self._acting_word(text, piece_start, piece_end, piece[0],
                                            by_place=name.first_word_by_place
                                            and piece_start == name.span.start - offset)
                if hit is not None:
                    hits.append(hit)
        return hits

    def _head(self, words: Sequence[str]) -> str | None:
        heads = self.grammar.heads
        return next((word for word in words if word.rstrip(".").lower() in heads), None)

    def _titled(self, text: str, start: int, first: str) -> bool:
        """Whether a title, with its dot or without, opens the name that starts at ``start``
        (its first word ``first``) or stands right before it: "Dr Leo Park"."""
        preceding = _TITLE_BEFORE.search(text, max(0, start - 24), start)
        return any(self.lookup.is_title(word) or self.lookup.is_title(f"{word}.")
                   for word in (first, preceding.group(1) if preceding else ""))

    def _member_of_split(self, words: Sequence[str]) -> int | None:
        """Where a name of a member and its organization joined by a member preposition
        splits: at "of" in "Chris Roberts of One World Labs", whose first part has no
        organization head word and whose second has one; not in "Bank of England"."""
        for index in range(1, len(words) - 1):
            if words[index] in self.grammar.member_prepositions and \
                    self._head(words[index + 1:]) is not None and \
                    self._head(words[:index]) is None:
                return index
        return None

    def _name_hit(self, text: str, start: int, end: int, words: list[str]) -> Hit | None:
        """The actor a capitalized name is, with its kind, or None when it names none."""
        written = " ".join(words)
        head = self._head(words)
        place_heads = self.lookup.place_heads
        if (words[-1].lower() in place_heads or (
                head is None and any(word.lower() in place_heads for word in words))) and not (
                self._titled(text, start, words[0])):
            # "Harbour Road", "Greyfell National Park", "Court Road": a place ("Dr Leo Park",
            # after a title, is a person)
            return None
        if head is not None and len(words) == 1:
            return None  # "Council tax", "Bank holiday": a head word alone names nobody
        acronym = _ACRONYM_AFTER.match(text, end)
        if head is not None or (acronym and len(words) > 1 and _abbreviates(
                acronym.group("acronym"), words, self.lookup.connectors)):
            # an organization by its head word, or by the acronym it is given ("the Guild of
            # Pilots (GOP)")
            actor_id = self.acronyms.get(written) or _slug(written)
            self._remember(actor_id, ActorKind.ORGANIZATION)
            if head is not None:
                self._named(start, head.rstrip(".").lower(), actor_id)
            if acronym:
                self.acronyms[acronym.group("acronym")] = actor_id
            return (start, end, actor_id, None)
        before, comma = _word_before(text, start)
        if len(words) <= 4 and not comma and before in self.grammar.organization_nouns and \
                not self.lookup.opens_sentence(words[0]):
            # "rail operator Westway Trains", "streaming platform Kelpie": what the text calls
            # it makes it an organization
            actor_id = self.acronyms.get(written) or _slug(written)
            self._learn(actor_id, ActorKind.ORGANIZATION)
            return (start, end, actor_id, None)
        if len(words) == 1 and (written in self.acronyms or (
                _ACRONYM.fullmatch(written) and not _FIGURE_AFTER.match(text, end)
                and not self.lookup.is_title(written))):
            actor_id = self.acronyms.get(written.rstrip("s")) or self.acronyms.get(
                written) or _slug(written)
            self._remember(actor_id, ActorKind.ORGANIZATION)
            return (start, end, actor_id, None)
        if 2 <= len(words) <= 3 and all(re.fullmatch(_NAME, word) for word in words):
            actor_id = _slug(written)
            self._remember_person(written, actor_id, None, False)
            if before in self.grammar.person_nouns:
                self._learn(actor_id, ActorKind.PERSON)  # "chief executive Ana Ruiz"
            else:
                self._remember(actor_id, ActorKind.UNKNOWN)
            return (start, end, actor_id, None)
        return None

    def _acting_word(self, text: str, start: int, end: int, word: str, by_place: bool
                     ) -> Hit | None:
        """A capitalized word that speaks or takes a position ("Unison said", "Tesco opposed
        it", "backed by Greenpeace") as an actor of unknown kind; a sentence's first word only
        when it is no common word ("Critics said") or the document named it before."""
        if not re.fullmatch(_NAME, word) or word.lower() in self.lookup.not_names or (
                self.lookup.is_title(word)) or word in self.surnames:
            return None  # (a surname names the person met before: ``_surnames_in``)
        if not (self.grammar.acts_after.match(text, end)
                or self.grammar.agent_before.search(text, max(0, start - 40), start)
                or (text[max(0, start - 2):start] == ", "
                    and self.grammar.apposed_acts_after.match(text, end))):
            return None
        actor_id = self.acronyms.get(word) or _slug(word)
        if by_place and actor_id not in self.kinds and is_common_word(word) and not (
                self._written_as_a_name(word)):
            return None
        self._remember(actor_id, ActorKind.UNKNOWN)
        return (start, end, actor_id, None)

    def _written_as_a_name(self, word: str) -> bool:
        """The document writes ``word`` capitalized inside a sentence too ("…, Unison said")."""
        return re.search(rf"[\w,;]\s+{re.escape(word)}\b", self.document) is not None

    def _named(self, start: int, head: str, actor_id: str) -> None:
        """An organization named at ``start`` with the head word ``head``: what "the <head>"
        and the words that refer to such heads ("the club" for "Athletic") refer back to."""
        words = {head, *self.grammar.references.get(head, ())}
        if head in self.lookup.company_heads:
            words.update(self.lookup.company_words)  # "the company", "the firm"
        if self.last_of_head is self.named_before:
            self.last_of_head = dict(self.last_of_head)
        for word in words:
            self.last_of_head[word] = actor_id
            self.named_here.append((start, word, actor_id))

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
        """"the ministry", "the council", "the club": the last organization named before it
        with that head word, or with a head the word refers to (``reference_heads``)."""
        if not self.last_of_head:
            return []
        hits: list[Hit] = []
        for match in self.lookup.head_reference_pattern().finditer(text):
            word = match.group("head").lower()
            actor_id = next((named for start, head, named in reversed(self.named_here)
                             if head == word and start < match.start()),
                            self.named_before.get(word))
            if actor_id is not None:
                hits.append((match.start("head"), match.end("head"), actor_id, None))
        return hits

    def _memberships(self, text: str, hits: list[Hit]) -> None:
        """Membership the text states, X belonging to organization Y: "X, deputy leader of Y",
        "X of the Y", "X, who heads Y", "X, the Y's spokesperson", "Y's leader X", "Y, whose
        chair is X", "Y, chaired by X", "its chair, X". A role in an organization makes X a
        person; a role only organizations have makes Y an organization ("Tessa Water's chief
        executive, Bruno Maas")."""
        grammar = self.grammar
        roles = grammar.member_roles
        for (_, end, first, _), (start, second_end, second, _) in pairwise(hits):
            if start - end > _MAX_BETWEEN:
                continue
            between = text[end:start]
            if self._organization(second) and grammar.role_of.fullmatch(between):
                self._member(first, second)
                continue
            if self._organization(second, countries=False):  # "Xi of China": no member
                if grammar.leads.fullmatch(between) or (
                        grammar.apposed.fullmatch(between) and (
                            role := grammar.owned_role.match(text, second_end)) is not None
                        and role.group("role") in roles):
                    self._member(first, second)
                    continue
                if grammar.member_of.fullmatch(between):
                    self._member(first, second, person=False)  # "Harlow Athletic of the League"
                    continue
            owned = grammar.leader_of.fullmatch(between)  # "Y's chief executive, X"
            whose = grammar.whose.fullmatch(between)  # "Y, whose chair is X"
            leader = owned or whose
            if leader and leader.group("role") in grammar.organization_roles and \
                    self.kinds.get(first) is ActorKind.UNKNOWN:
                self.kinds[first] = ActorKind.ORGANIZATION  # "Tessa Water's chief executive"
            if not self._organization(first):
                continue
            # "London, led by X": a country or city has no chair or members here
            own = self._organization(first, countries=False)
            if (owned and owned.group("role") in roles) or (own and (
                    (whose and whose.group("role") in roles) or grammar.led_by.fullmatch(between)
            )) or ((role := _ROLE_AFTER.fullmatch(between)) is not None
                   and role.group("role") in roles):
                self._member(second, first)
        if not any(word in text for word in grammar.organization_possessives):
            return
        for its in grammar.its_role.finditer(text):
            if its.group("role") not in roles:
                continue
            member = next((hit[2] for hit in hits  # after the role and any titles
                           if its.start("titles") <= hit[0] <= its.end()), None)
            owner = next((hit[2] for hit in reversed(hits) if hit[1] <= its.start()), None)
            if member is not None and owner is not None and owner != member and \
                    self._organization(owner):
                self._member(member, owner)  # "the Federation opposes …, its chair, Rob Tait"

    def _member(self, member: str, organization: str, person: bool = True) -> None:
        self.groups.setdefault(member, set()).add(organization)
        if person and self.kinds.get(member) is ActorKind.UNKNOWN:
            self.kinds[member] = ActorKind.PERSON  # a role in an organization: a person

    def _learn(self, actor_id: str, kind: ActorKind) -> None:
        """What the text says an actor is, unless something said it before."""
        if self.kinds.get(actor_id, ActorKind.UNKNOWN) is ActorKind.UNKNOWN and (
                actor_id in self.kinds or len(self.kinds) < _MAX_REMEMBERED):
            self.kinds[actor_id] = kind

    def _organization(self, actor_id: str, countries: bool = True) -> bool:
        entry = self.actors.get(actor_id)
        kind = entry.kind if entry else self.kinds.get(actor_id)
        return kind in (ActorKind.ORGANIZATION, ActorKind.GROUP) or (
            countries and kind is ActorKind.COUNTRY)

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


def _word_before(text: str, start: int) -> tuple[str, bool]:
    """The lower-case word before ``start`` across one space, and whether a comma ends it:
    ("executive", False) for "chief executive Ana Ruiz", ("treasurer", True) for "the
    treasurer, Ivan Petrov"; ("", False) for anything else."""
    space = start - 1
    if space < 1 or text[space] != " ":
        return "", False
    word = text[text.rfind(" ", max(0, start - 40), space) + 1:space]
    comma = word.endswith(",")
    word = word.removesuffix(",")
    return (word, comma) if word[:1].islower() else ("", False)


def _abbreviates(acronym: str, words: Sequence[str], connectors: frozenset[str]) -> bool:
    """Whether ``acronym``, of three letters or more, is made of the words' initials, with or
    without those of the connectors ("GOP" and "GP" for "Guild of Pilots"); two letters may
    be a person's initials ("Dana Whitfield (DW)")."""
    letters = acronym.replace("&", "").upper()
    return len(letters) >= 3 and letters in ("".join(word[0] for word in words).upper(),
                       "".join(word[0] for word in words if word not in connectors).upper())


# The capitalized word right before a position, one space apart: "Age" of "Age UK".
_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’&-]*) $")


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
