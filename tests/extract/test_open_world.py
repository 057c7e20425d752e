"""Actors and stance topics read from any beat, with nothing about them in the gazetteer."""

from __future__ import annotations

import pytest

from factcheck.dsl.ruleset import load_ruleset
from factcheck.extract import default_lexicon, extract
from factcheck.load import document_from_text
from factcheck.models import ActorKind, Claim
from factcheck.pipeline import Checker


def claims(text: str) -> list[Claim]:
    return extract(document_from_text(text, "t.md"), default_lexicon())


def actors(text: str) -> list[list[tuple[str, str, str, tuple[str, ...]]]]:
    return [[(a.name, a.id, a.kind.value, a.groups) for a in claim.actors]
            for claim in claims(text)]


def stances(text: str) -> list[tuple[str, str, str]]:
    return [(s.actor, s.topic, s.polarity.value) for claim in claims(text) for s in claim.stances]


def test_organizations_by_their_head_words_and_references_back() -> None:
    found = actors("The Transport Ministry rejected the congestion charge. "
                   "On Friday the ministry said it would review the plan.")
    assert found == [[("Transport Ministry", "transport-ministry", "organization", ())],
                     [("ministry", "transport-ministry", "organization", ())]]


def test_people_by_name_surname_and_title() -> None:
    found = actors("Councillor Priya Raman voted against the budget. Raman later abstained. "
                   "Tomas Ekdahl chaired the session.")
    assert found[0] == [("Priya Raman", "priya-raman", "person", ())]
    assert found[1] == [("Raman", "priya-raman", "person", ())]
    assert found[2][0][:2] == ("Tomas Ekdahl", "tomas-ekdahl")


def test_acronyms_with_their_expansion_and_not_currencies() -> None:
    found = actors("The Coastal Fisheries Board (CFB) published its report. The CFB backed "
                   "quotas. The bond raised RMB 8 billion.")
    assert [a[1] for a in found[0]] == ["coastal-fisheries-board", "coastal-fisheries-board"]
    assert [a[1] for a in found[1]] == ["coastal-fisheries-board"]
    assert found[2] == []


@pytest.mark.parametrize("text", [
    "Marta Ruiz, deputy leader of the Green Party, backed the tram extension.",
    "The Green Party's deputy leader Marta Ruiz backed the tram extension.",
])
def test_membership_read_from_the_text(text: str) -> None:
    ruiz = [a for claim in claims(text) for a in claim.actors if a.id == "marta-ruiz"]
    assert ruiz and ruiz[0].groups == ("green-party",)
    assert ruiz[0].kind is ActorKind.PERSON
    assert stances(text) == [("marta-ruiz", "tram extension", "support")]


def test_sentence_openers_are_not_part_of_a_name() -> None:
    assert actors("In Lisbon, the Harbour Authority approved the berth.") == [
        [("Harbour Authority", "harbour-authority", "organization", ())]]


def test_a_plural_possessive_inside_an_organization_name() -> None:
    assert actors("The Dockers' Union opposed the berth fees.") == [
        [("Dockers' Union", "dockers-union", "organization", ())]]
    assert stances("The Dockers' Union opposed the berth fees.") == [
        ("dockers-union", "berth fee", "oppose")]
    # Before no organization head word, the possessive ends the name: two names.
    assert [a[1] for a in actors("Fans cheered Denis Moss' Kestrel Rovers.")[0]] == [
        "denis-moss", "kestrel-rovers"]
    assert [n.text for n in claims("The dockers' strike and Fenwick Rovers' Cup run.")[0].names
            ] == ["The", "Fenwick Rovers", "Cup"]


def test_for_joins_a_name_only_after_an_organization_head() -> None:
    assert actors("The Institute for Coastal Studies backed the levy.")[0][0][1] == (
        "institute-for-coastal-studies")
    assert [a[1] for a in actors("Tickets for Kestrel Rovers sold out, Ivo Brandt said.")[0]] == [
        "kestrel-rovers", "ivo-brandt"]
    assert [a[1] for a in actors("Pennine Dairies Ltd for Halberd Foods Ltd.")[0]] == [
        "pennine-dairies-ltd", "halberd-foods-ltd"]


def test_a_titled_name_owning_something_has_the_name_as_its_id() -> None:
    found = actors("Novelist Ines Varga's memoir sold well. Varga thanked readers.")
    assert [a[:2] for a in found[0]] == [("Ines Varga", "ines-varga")]
    assert [a[:2] for a in found[1]] == [("Varga", "ines-varga")]


@pytest.mark.parametrize("first, second", [
    ("the proposed congestion charge", "the congestion charge"),
    ("the new ferry terminal at Pier 4", "the Pier 4 ferry terminal"),
    ("a 40 million euro sports hall", "the sports hall"),
    ("the school's breakfast clubs", "the school breakfast club"),
])
def test_open_topics_meet_when_they_name_the_same_thing(first: str, second: str) -> None:
    found = stances(f"The Harbour Authority supports {first}. The Harbour Authority "
                    f"opposes {second}.")
    assert len(found) == 2 and found[0][1] == found[1][1]


def test_open_topics_stay_apart_when_they_name_different_things() -> None:
    found = stances("The Harbour Authority supports the housing plan. The Harbour Authority "
                    "opposes the transport plan.")
    assert found[0][1] != found[1][1]


def test_a_proposed_thing_is_not_a_proposal_by_the_actor_before_it() -> None:
    assert stances("The Transport Ministry rejected the proposed congestion charge.") == [
        ("transport-ministry", "congestion charge", "oppose")]


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_ruleset(), default_lexicon())


@pytest.mark.parametrize("article, rule_id", [
    ("The Coastal Fisheries Board backed the new cod quota [1]. The board rejected the cod "
     "quota [2].", "stance.contradiction"),
    ("Senator Dana Whitfield opposes the harbour dredging plan [1]. Whitfield supports the "
     "harbour dredging plan [2].", "stance.contradiction"),
    ("Unison, which represents the porters, opposes the ward closure [1]. In a statement, "
     "Unison said it backed the ward closure [2].", "stance.contradiction"),
    # "later" before a noun is the thing's adjective, no change of position
    ("The staff union, Prospect, opposes the later Friday opening [1]. Prospect said it "
     "supports the later Friday opening [2].", "stance.contradiction"),
    ("Ana Ortiz, chair of the Valley Water Council, backed the reservoir levy [1]. Leo Brandt, "
     "treasurer of the Valley Water Council, opposed the reservoir levy [2].",
     "stance.group-divided"),
])
def test_stance_rules_fire_on_open_world_actors_and_topics(checker: Checker, article: str,
                                                           rule_id: str) -> None:
    found = checker.check_document(document_from_text(article, "t.md")).findings
    assert rule_id in [f.rule_id for f in found]


@pytest.mark.parametrize("article", [
    "The Coastal Fisheries Board backed the cod quota [1]. The board later rejected the cod "
    "quota [2].",
    "Senator Dana Whitfield opposes the housing plan [1]. Whitfield supports the transport "
    "plan [2].",
    "The Coastal Fisheries Board backed the cod quota [1]. The Harbour Authority rejected the "
    "cod quota [2].",
    "In a statement, Unison backed the ward closure [1]. Unite opposed the ward closure [2].",
])
def test_stance_rules_stay_quiet_on_near_misses(checker: Checker, article: str) -> None:
    found = checker.check_document(document_from_text(article, "t.md")).findings
    assert not [f for f in found if f.rule_id.startswith("stance.")]


@pytest.mark.parametrize("text, expected", [
    ("In a statement, Brightwater said it backed the levy.", ["brightwater"]),
    ("The levy is opposed by Brightwater.", ["brightwater"]),
    ("Ofwat, which regulates water firms, rejected the levy.", ["ofwat"]),
    ("Karvex has strongly criticised the levy.", ["karvex"]),
    ("The staff union, Prospect, opposes the levy.", ["prospect"]),
    # a sentence's first word that English writes in lower case: a name only where the
    # document writes it so inside a sentence
    ("Critics opposed the levy.", []),
    ("Unison opposed the levy.", []),
    ("Unison opposed the levy. On Friday, Unison said it would not strike.", ["unison"]),
    # one capitalized word that does nothing: a place, a product, a day
    ("Sales of the Kestrel rose in Leeds.", []),
    ("On Monday the levy was approved.", []),
])
def test_an_actor_of_one_word_where_it_speaks_or_takes_a_position(text: str,
                                                                  expected: list[str]) -> None:
    assert [actor.id for actor in claims(text)[0].actors] == expected


def test_unknown_kind_for_a_name_nothing_describes() -> None:
    [[actor]] = [claim.actors for claim in claims("Tomas Ekdahl chaired the session.")]
    assert actor.kind is ActorKind.UNKNOWN


@pytest.mark.parametrize("text", [
    "The Harbour Authority would support the dredging plan if the state paid for it.",
    "The Harbour Authority supports the dredging plan, provided the state pays for it.",
    "The Harbour Authority might back the dredging plan.",
])
def test_a_position_under_a_condition_is_no_stance(text: str) -> None:
    assert stances(text) == []


def _groups(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """actor id -> (kind, groups) at its last mention."""
    return {a.id: (a.kind.value, a.groups) for claim in claims(text) for a in claim.actors}


@pytest.mark.parametrize("text, member, organization", [
    ("Alderman Nils Berg of the Civic Union opposed the quarry.", "nils-berg", "civic-union"),
    ("Coach Ines Varga, of the Westby Sailing Club, backed the regatta.", "ines-varga",
     "westby-sailing-club"),
    ("Rosa Lind, who chairs the Harbour Committee, backed the berth fees.", "rosa-lind",
     "harbour-committee"),
    ("Councillor Omar Sayed, the Civic Union's transport spokesperson, backed the tram.",
     "omar-sayed", "civic-union"),
    ("The Westby Trust, whose chair is Lady Ada Crane, sold the mill.", "ada-crane",
     "westby-trust"),
    ("The Dock Commission, chaired by Sir Elias Hart, met on Monday.", "elias-hart",
     "dock-commission"),
    ("Pellow Mining's chairman, Lord Tobias Fenn, defended the bonus.", "tobias-fenn",
     "pellow-mining"),
    ("The Westby Guild opposed the levy, its treasurer, Mira Holt, said.", "mira-holt",
     "westby-guild"),
])
def test_membership_in_more_phrasings(text: str, member: str, organization: str) -> None:
    found = _groups(text)
    assert found[member] == ("person", (organization,))
    assert found[organization][0] == "organization"


def test_membership_by_of_alone_keeps_the_kind_and_skips_countries() -> None:
    found = _groups("Fenwick Rovers of the Coastal League won. President Ada Lutz of Chile "
                    "spoke.")
    assert found["fenwick-rovers"] == ("organization", ("coastal-league",))
    assert found["ada-lutz"][1] == ()
    assert _groups("Dana Moor of the Coastal League spoke.")["dana-moor"] == (
        "unknown", ("coastal-league",))
    # "London, led by …": no member of a city or country
    assert _groups("A class in London, led by Dana Moor, met.")["dana-moor"][1] == ()


def test_kinds_from_what_the_text_calls_them() -> None:
    found = _groups("Chief executive Ana Vidal and rail operator Westway Trains agreed. "
                    "The treasurer, Ivo Marsh, signed. Grid Foods rival Pellow Dairies "
                    "grew.")
    assert found["ana-vidal"][0] == "person"
    assert found["westway-trains"][0] == "organization"
    assert found["ivo-marsh"][0] == "person"
    assert found["pellow-dairies"][0] == "organization"  # a company head word
    # "broadcaster" also names people: no evidence either way
    assert _groups("The gala was hosted by broadcaster Lena Ruiz.")["lena-ruiz"][0] == "unknown"


def test_a_member_of_an_organization_in_one_name_splits() -> None:
    assert actors("Chris Oduya of Kestrel Labs said so.") == [[
        ("Chris Oduya", "chris-oduya", "unknown", ("kestrel-labs",)),
        ("Kestrel Labs", "kestrel-labs", "organization", ())]]
    assert [a[1] for a in actors("The Bank of Westby said so.")[0]] == ["bank-of-westby"]


def test_references_back_by_a_word_for_the_organization() -> None:
    text = ("Fenwick Athletic raised ticket prices, the club said. Linden Academy's head, "
            "Ruth Amis, praised the school's tutors. The Harbour Alliance grew, the party said.")
    mentions = [[a.id for a in claim.actors] for claim in claims(text)]
    assert mentions == [["fenwick-athletic", "fenwick-athletic"],
                        ["linden-academy", "ruth-amis", "linden-academy"],
                        ["harbour-alliance", "harbour-alliance"]]
    # never to an organization named after the reference
    later = claims("The university's rector, Dr. Ivo Marsh, said Calder University grew.")
    assert [a.id for a in later[0].actors] == ["ivo-marsh", "calder-university"]
