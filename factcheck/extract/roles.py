"""Who a text says holds a role that one person holds at a time: "chief executive Annelies de
Vries", "Priya Raman, the defending champion", "Tom Reed, who was captain". A rule compares
the holders a claim names with those its cited source names (citation.role-misattributed).

Roles come from the lexicon's ``single_holder_roles``, their other spellings from
``role_aliases`` ("CEO" is the chief executive); a role after one of ``passing_roles``
("former chief executive", "new captain", "vice president") is held by more than one person
over time, and is marked so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.grammar import grammar
from factcheck.extract.lookup import LexiconLookup, alternation, starting

# Words of a role's own before it ("guild secretary", "tower captain", "the club's head
# coach"): at most this many.
ROLE_MODIFIERS = 3


@dataclass(frozen=True)
class RoleHolder:
    """A person a text names as holding a role."""

    role: str  # the role's normal form: "chief executive"
    written: str  # the role as written, with a word that it passes: "vice president"
    name: str  # the person as written: "Annelies de Vries"
    start: int  # where the name starts in the text
    end: int
    passing: bool  # after "former", "new", "deputy": one of several holders over time


def role_holders(text: str, lex: LexiconLookup, every_role: bool = False) -> list[RoleHolder]:
    """The holders of single-holder roles ``text`` names, in text order; with ``every_role``,
    of offices and occupations too ("union convenor Billy Paterson", "engineer Fiona
    MacRath"; lexicon office_roles, person_nouns but relation_nouns)."""
    patterns = lex.derived(_every_role_patterns if every_role else _RolePatterns)
    found: dict[tuple[str, int], RoleHolder] = {}
    # (each pattern is tried where a role word stands, not at every word of the text)
    for word in patterns.role_word.finditer(text):
        matches = [pattern.match(text, word.start()) for pattern in patterns.role_first]
        window = max(0, word.start() - NAME_BEFORE_ROLE)
        matches += [match for pattern in patterns.name_first
                    for match in pattern.finditer(text, window, min(len(text), word.end() + 3))]
        for match in matches:
            if match is None or match.start("role") != word.start():
                continue
            role = patterns.normal(match.group("role"))
            if not patterns.a_role(role):
                continue  # "head towards Kings Cross"
            passing = patterns.passing.search(text, max(0, word.start() - 30), word.start())
            # (an acronym keeps its capitals: "MP")
            written = " ".join(word if word.isupper() and len(word) > 1 else word.lower()
                               for word in ((passing.group() if passing else "")
                                            + match.group("role")).split())
            # ("captain Hugh MacRae's certificate": the person, not whose)
            name = _POSSESSIVE.sub("", match.group("name"))
            holder = RoleHolder(role=role, written=written, name=name,
                                start=match.start("name"), end=match.start("name") + len(name),
                                passing=passing is not None)
            found.setdefault((role, holder.start), holder)
    # a role read inside a longer one of the same name is none of its own ("geologist" of
    # "chief geologist")
    kept = [holder for holder in found.values()
            if not any(other.start == holder.start and other.role.endswith(f" {holder.role}")
                       for other in found.values())]
    return sorted(kept, key=lambda holder: holder.start)


_POSSESSIVE = re.compile(r"['’]s?$")

# How far before its role a name may start: "Kofi Mensah, the union's general secretary".
NAME_BEFORE_ROLE = 120


class _RolePatterns:
    """The lexicon's roles as patterns: a role before a name, a name and its role after a
    comma, a name "who is" or "as" its role."""

    def __init__(self, lex: LexiconLookup, every_role: bool = False) -> None:
        lexicon = lex.lexicon
        self.heads = lex.words("single_holder_heads")
        self.function_words = grammar(lex).function_words | lex.words("prepositions")
        self.aliases = {" ".join(alias.lower().split()): role.lower()
                        for alias, role in lexicon.role_aliases.items()}
        words = [*lexicon.single_holder_roles, *lexicon.role_aliases]
        roles = alternation(words)
        if every_role:
            relations = lex.words("relation_nouns")
            words += [*lexicon.office_roles, *(noun for noun in lexicon.person_nouns
                                                if noun.lower() not in relations)]
            # "chief geologist Agnieszka Pawlak", "head groundsman Eric Pollitt": any
            # occupation after one of single_holder_heads is one person's in an organization
            words += lexicon.single_holder_heads
            roles = (rf"{alternation(words)}|(?:{alternation(lexicon.single_holder_heads)})"
                     r"\s+(?-i:[a-z][a-z-]+)(?<!\bof)")
        # (not "of": "Economist Hannah Vogel of Rheinland Bank" is Hannah Vogel, a member of it)
        connectors = alternation(set(lex.connectors) - lex.words("member_prepositions"))
        word = r"[A-Z][\w'’-]*[\w]"
        name = rf"(?P<name>{word}(?:\s+(?:(?:{connectors})\s+)*{word}){{1,3}})"
        modifiers = rf"(?:[\w'’-]+\s+){{0,{ROLE_MODIFIERS}}}?"
        role = rf"(?P<role>(?i:{roles}))"
        self.role_word = re.compile(rf"\b{starting(words)}(?:{roles})\b", re.IGNORECASE)
        self.role_then_name = re.compile(rf"\b{role}\s*,?\s+{name}\b")
        # "chair of judges Peter Ellison", "chief executive of the trust, Ana Ruiz",
        # "councillor for public safety Lucía Pardo"
        self.role_of_then_name = re.compile(
            rf"\b{role}\s+(?:of|for)\s+(?:the\s+)?(?!the\b)(?:[a-z][\w'’-]*\s+){{0,2}}?[a-z][\w'’-]*\s*,?\s+"
            rf"{name}\b")
        # "the chair of its board of trustees is Dame Frances Holt", "Its president this year
        # is the retired vet Owain Rees"
        when = alternation(lexicon.relative_years)
        self.role_is_name = re.compile(
            rf"\b{role}\s+(?:of\s+(?:[a-z][\w'’-]*\s+){{1,4}}?)?(?:(?:{when})\s+)?(?:is|was)\s+"
            rf"(?:(?:the|an?)\s+(?:[a-z][\w'’-]*\s+){{1,3}}?)?{name}\b")
        # ("Rosa Lind, a director" holds no single-holder role; "Jean Pallister, a retired
        # teacher" is a teacher)
        article = "|an?" if every_role else ""
        owner = rf"(?:the|its|their|his|her{article}|[A-Z][\w’'-]*['’]s)"
        age = r"(?:\d{1,3}\s*,\s+)?"  # "Jean Pallister, 71, a retired teacher"
        # (with no owner, one word before the role, no function word: "Rohan Mehta, senior
        # strategist at Kestrel Commodities")
        # (nor "whose": "the Heart Trust, whose chief executive said" names no chief executive)
        openers = "|".join((lex.alternation("sentence_openers"),
                            lex.alternation("possessive_relatives")))
        bare = rf"(?:(?!(?:{openers})\b)[a-z][\w'’-]*\s+)?"
        self.name_then_role = re.compile(
            rf"\b{name}\s*,\s+{age}(?:(?i:{owner})\s+{modifiers}|{bare}){role}\b(?!\s+[A-Z])")
        self.name_as_role = re.compile(
            rf"\b{name}\s*,?\s+(?i:is|was|became|has been|had been|served as|who is|who was"
            rf"|(?:who\s+)?(?:will\s+)?becomes?|as)\s+(?i:the\s+|its\s+|{owner}\s+)?"
            rf"{modifiers}{role}\b(?!\s+[A-Z])")
        # "Omar Haddad, 51, who has worked there for 11 years, has been appointed managing
        # director" (lexicon appointing_verbs)
        self.name_appointed = re.compile(
            rf"\b{name}\s*,[^.;:]{{0,80}}?,\s+(?i:has been|had been|was|is|will be)\s+"
            rf"(?i:{lex.alternation('appointing_verbs')})\s+(?i:as\s+)?(?i:the\s+|its\s+|{owner}\s+)?"
            rf"{modifiers}{role}\b(?!\s+[A-Z])")
        self.role_first = (self.role_then_name, self.role_of_then_name, self.role_is_name)
        self.name_first = (self.name_then_role, self.name_as_role, self.name_appointed)
        # (no preposition between: "new costumes by designer Helen Marchetti")
        self.passing = re.compile(
            rf"\b(?:{alternation(lexicon.passing_roles)})(?:\s+|-)"
            rf"(?:(?!(?:{lex.alternation('prepositions')})\b)[\w'’-]+\s+){{0,2}}$",
            re.IGNORECASE)

    def a_role(self, role: str) -> bool:
        """Whether a role read after a single-holder head is one: an occupation, not a
        function word ("head towards", "chief among")."""
        head, _, rest = role.partition(" ")
        return not (head in self.heads and rest and rest.split()[0] in self.function_words)

    def normal(self, role: str) -> str:
        written = " ".join(role.lower().split())
        return self.aliases.get(written, written)


def _every_role_patterns(lex: LexiconLookup) -> _RolePatterns:
    return _RolePatterns(lex, every_role=True)
