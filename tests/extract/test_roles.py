"""Who a text says holds a role one person holds at a time (factcheck.extract.roles)."""

from __future__ import annotations

import pytest

from factcheck.extract import default_lexicon
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.roles import role_holders


@pytest.fixture(scope="module")
def lookup() -> LexiconLookup:
    return default_lexicon().lookup()


@pytest.mark.parametrize("text, role, name", [
    ("Head coach Marta Ilves said the squad was tired.", "head coach", "Marta Ilves"),
    ("The museum's director general, Tomasz Wrona, opened the wing.", "director general",
     "Tomasz Wrona"),
    ("Kofi Mensah, the union's general secretary, rejected the offer.", "general secretary",
     "Kofi Mensah"),
    ("Rosa Lind, Harbourside's chief executive, said prices would rise.", "chief executive",
     "Rosa Lind"),
    ("Chair of the trustees Imogen Hart signed the lease.", "chair", "Imogen Hart"),
    ("Daniel Okoro, who was captain in 2019, retired.", "captain", "Daniel Okoro"),
    ("The CEO, Harriet van Dijk, resigned.", "chief executive", "Harriet van Dijk"),
    ("Chairwoman Leila Haddad opened the meeting.", "chair", "Leila Haddad"),
    ("The chair of its board of trustees is Dame Ruth Ames, a former nurse.", "chair",
     "Dame Ruth Ames"),
    ("The club appointed Jonas Berg as head of youth development.", "head", "Jonas Berg"),
    ("Director of complaints Amira Sahin said the advert was misleading.", "director",
     "Amira Sahin"),
    ("The club's coach, Rhys Morgan, praised the pack.", "coach", "Rhys Morgan"),
    ("Ilse Varga, who becomes the choir's chief executive in May, thanked donors.",
     "chief executive", "Ilse Varga"),
    ("Tomas Brink will become its captain next season.", "captain", "Tomas Brink"),
])
def test_a_role_and_its_holder_are_read(lookup: LexiconLookup, text: str, role: str,
                                        name: str) -> None:
    assert [(holder.role, holder.name, holder.passing) for holder in role_holders(text, lookup)] \
        == [(role, name, False)]


@pytest.mark.parametrize("text", [
    "Former chief executive Paul Nash joined the board.",
    "Vice-President Odile Marchetti flew to Lyon.",
    "Deputy mayor Sunil Rao cut the ribbon.",
])
def test_a_role_that_passes_between_holders_is_marked(lookup: LexiconLookup, text: str) -> None:
    (holder,) = role_holders(text, lookup)
    assert holder.passing


@pytest.mark.parametrize("text", [
    "The chief executive said prices would rise.",
    "A captain must know the tides.",
    "Rosa Lind, a director, said prices would rise.",
    "She was elected president of the Danish Rowing Federation.",
])
def test_no_holder_without_a_named_person(lookup: LexiconLookup, text: str) -> None:
    assert role_holders(text, lookup) == []


@pytest.mark.parametrize("text, role, name", [
    ("Economist Hannah Vogel of Rheinland Bank said rates would fall.", "economist",
     "Hannah Vogel"),
    ("said Rohan Mehta, senior strategist at Kestrel Commodities.", "strategist", "Rohan Mehta"),
    ("The campaign was led by Jean Pallister, 71, a retired teacher from Carrbridge.",
     "teacher", "Jean Pallister"),
    ("Local MP Janet Oduya called the delays frustrating.", "mp", "Janet Oduya"),
    # any occupation after a single-holder head; a portfolio after "for"
    ("Chief geologist Ines Aalto said the pillar had moved.", "chief geologist", "Ines Aalto"),
    ("The stadium's head groundsman, Colm Farrelly, relaid the pitch.", "head groundsman",
     "Colm Farrelly"),
    ("Councillor for parks Ruth Adebayo opened the garden.", "councillor", "Ruth Adebayo"),
])
def test_an_office_or_occupation_and_its_holder_are_read(lookup: LexiconLookup, text: str,
                                                        role: str, name: str) -> None:
    assert [(holder.role, holder.name) for holder in role_holders(text, lookup, every_role=True)
            ] == [(role, name)]


@pytest.mark.parametrize("text", [
    "Fans will head towards Kings Cross after the match.",
    "Chief among the critics was Tom Hale, a farmer.",
])
def test_a_head_word_before_a_function_word_is_no_role(lookup: LexiconLookup, text: str) -> None:
    assert [holder.role for holder in role_holders(text, lookup, every_role=True)
            if holder.role.split()[0] in ("head", "chief")] == []
