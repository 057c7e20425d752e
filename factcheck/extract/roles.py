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

from factcheck.extract.lookup import LexiconLookup, alternation

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


def role_holders(text: str, lex: LexiconLookup) -> list[RoleHolder]:
    """The holders of single-holder roles ``text`` names, in text order."""
    patterns = lex.derived(_RolePatterns)
    if patterns.role_word.search(text) is None:
        return []  # most sentences: no role word at all
    found: dict[tuple[str, int], RoleHolder] = {}
    for pattern in (patterns.role_then_name, patterns.role_of_then_name,
                    patterns.role_is_name, patterns.name_then_role, patterns.name_as_role):
        for match in pattern.finditer(text):
            passing = patterns.passing.search(text, max(0, match.start("role") - 30),
                                              match.start("role"))
            role = patterns.normal(match.group("role"))
            written = " ".join(((passing.group() if passing else "") + match.group("role"))
                               .lower().split())
            holder = RoleHolder(role=role, written=written, name=match.group("name"),
                                start=match.start("name"), end=match.end("name"),
                                passing=passing is not None)
            found.setdefault((role, holder.start), holder)
    return sorted(found.values(), key=lambda holder: holder.start)


class _RolePatterns:
    """The lexicon's roles as patterns: a role before a name, a name and its role after a
    comma, a name "who is" or "as" its role."""

    def __init__(self, lex: LexiconLookup) -> None:
        lexicon = lex.lexicon
        self.aliases = {" ".join(alias.lower().split()): role.lower()
                        for alias, role in lexicon.role_aliases.items()}
        roles = alternation([*lexicon.single_holder_roles, *lexicon.role_aliases])
        connectors = alternation(lex.connectors)
        word = r"[A-Z][\w'’-]*[\w]"
        name = rf"(?P<name>{word}(?:\s+(?:(?:{connectors})\s+)*{word}){{1,3}})"
        modifiers = rf"(?:[\w'’-]+\s+){{0,{ROLE_MODIFIERS}}}?"
        role = rf"(?P<role>(?i:{roles}))"
        self.role_word = re.compile(rf"\b(?:{roles})\b", re.IGNORECASE)
        self.role_then_name = re.compile(rf"\b{role}\s*,?\s+{name}\b")
        # "chair of judges Peter Ellison", "chief executive of the trust, Ana Ruiz"
        self.role_of_then_name = re.compile(
            rf"\b{role}\s+of\s+(?:the\s+)?(?!the\b)(?:[a-z][\w'’-]*\s+){{0,2}}?[a-z][\w'’-]*\s*,?\s+"
            rf"{name}\b")
        # "the chair of its board of trustees is Dame Frances Holt"
        self.role_is_name = re.compile(
            rf"\b{role}\s+(?:of\s+(?:[a-z][\w'’-]*\s+){{1,4}}?)?(?:is|was)\s+{name}\b")
        owner = r"(?:the|its|their|his|her|[A-Z][\w’'-]*['’]s)"
        self.name_then_role = re.compile(
            rf"\b{name}\s*,\s+(?i:{owner})\s+{modifiers}{role}\b(?!\s+[A-Z])")
        self.name_as_role = re.compile(
            rf"\b{name}\s*,?\s+(?i:is|was|became|has been|had been|served as|who is|who was"
            rf"|as)\s+(?i:the\s+|its\s+)?{modifiers}{role}\b(?!\s+[A-Z])")
        self.passing = re.compile(
            rf"\b(?:{alternation(lexicon.passing_roles)})(?:\s+|-)(?:[\w'’-]+\s+){{0,2}}$",
            re.IGNORECASE)

    def normal(self, role: str) -> str:
        written = " ".join(role.lower().split())
        return self.aliases.get(written, written)
