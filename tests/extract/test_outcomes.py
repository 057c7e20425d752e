"""How a decision or contest came out, by the thing decided (factcheck.extract.outcomes)."""

from __future__ import annotations

import pytest

from factcheck.extract import default_lexicon
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.outcomes import contests, outcomes


@pytest.fixture(scope="module")
def lookup() -> LexiconLookup:
    return default_lexicon().lookup()


@pytest.mark.parametrize("text, thing, way", [
    ("Dock workers voted to reject a 3 per cent pay offer from the port.", "offer", -1),
    ("the dock workers voted to accept the revised offer .", "offer", 1),
    ("Her appeal against the ban was upheld by the tribunal.", "appeal", 1),
    # a phrase set off after the thing, opening with a preposition: the thing's, not the subject
    ("A second appeal, by rider Ola Berg against a time penalty, was dismissed.", "appeal", -1),
    ("The board said the takeover bid was rejected unanimously.", "bid", -1),
    ("Councillors refused to approve the budget.", "budget", -1),
    # a comma between two figures before the head noun
    ("Residents rejected a $40 million, 12-mile bus corridor in a vote.", "corridor", -1),
    ("The committee did not grant the licence.", "licence", -1),
    ("Planners turned down the application for a drive-through.", "application", -1),
    ("Voters endorsed the new constitution.", "constitution", 1),
    ("The parish council voted to back the draft bus timetable.", "timetable", 1),
    ("The appeals court upheld a $2.1 million award to the tenants.", "award", 1),
    ("The ferry owner, 61, was granted bail on a $50,000 surety.", "bail", 1),
    ("Ms Ortiz has been refused permission to appeal.", "permission", -1),
    ("The budget was approved by the finance committee.", "budget", 1),
    ("Ferry mechanic Dale Orwin, 52, was convicted of fraud on Monday.", "orwin", 1),
    ("A second driver, Ines Marr, was later acquitted.", "marr", -1),
    ("The firm lost its £1,250,000 claim against the port.", "claim", -1),
    ("Nurses voted down a two-year deal worth 9% in raises.", "deal", -1),
    ("The court dismissed a class action brought by 90 tenants.", "action", -1),
    ("The synod voted 212-140 against the new hymnal.", "hymnal", -1),
    ("Members voted 31 votes to 12 in favour of the merger.", "merger", 1),
    ("The trust board voted 6-2 on Monday to sell the old mill.", "to sell mill", 1),
    # "to" alone between a vote's sides after its verb, and sides in words
    ("The assembly voted 19 to 11 against the tram extension.", "extension", -1),
    ("The licensing panel voted four to one in favour of the late licence.", "licence", 1),
    ("Aldermen voted twenty-two to nine to close the public baths.", "to close baths", 1),
    ("The panel voted by 6 votes to 3 to extend the parking trial.", "to extend trial", 1),
    # a phrase of an outcome after "to" is the verb's own outcome, not the vote's purpose
    ("The committee voted by 6 votes to 3 on Monday to turn down the application.",
     "application", -1),
    # a vote known by its tally alone
    ("The board of governors voted 9 to 3 in favour.", "", 1),
    # past an aside between commas
    ("The synod approved, by a narrow margin, the revised hymn book.", "book", 1),
    # a passive's subject before its purpose, however long the purpose
    ("An amendment to cap the rise at 2.99 per cent was defeated.", "amendment", -1),
    ("Plans by the owners of the old mill to turn it into 40 flats were rejected.", "plans", -1),
    # a passive's subject before its first preposition, however many follow
    ("Plans for a 90-berth marina on the Aire Canal at Lowgill have been rejected.", "plans",
     -1),
    ("Diver Ana Bell's appeal against her score on the springboard at the county finals was "
     "rejected.", "appeal", -1),
])
def test_an_outcome_is_read_by_the_thing_decided(lookup: LexiconLookup, text: str, thing: str,
                                                  way: int) -> None:
    assert [(outcome.thing, outcome.way) for outcome in outcomes(text, lookup)] == [(thing, way)]


@pytest.mark.parametrize("text", [
    "Labour won 52 per cent of the vote.",
    "Rovers lost 3-1 at home.",
    "The union said it would study the offer.",
    "The parish council has no power to block the timetable.",
    "China backs the new export controls.",  # a stance, held by one actor of many
    "Goal shooter Shanice Grant scored 49 goals from 52 attempts.",  # a name, not "grant"
    "Members could reject the offer at a ballot next month.",
    "The panel voted 5-2 to recommend refusing the permit.",  # which way is the next verb's
    "The win leaves Ashby two points behind leaders Harford.",  # a noun after "the"
    # a call on others, past whom it asks, is no decision
    "The head teacher had urged parents before the ballot to reject the academy plan.",
    "Residents asked the harbour board at a packed meeting to approve the slipway.",
    "A recommendation from planning officers to approve the scheme was published.",
])
def test_no_outcome_without_a_thing_decided(lookup: LexiconLookup, text: str) -> None:
    assert outcomes(text, lookup) == []


@pytest.mark.parametrize("text, thing, way", [
    ("Ana Ruiz beat Mei Tanaka 6-4 in the final.", "ruiz v tanaka", 1),
    ("Mei Tanaka was beaten 6-4, 6-2 by Spain's Ana Ruiz.", "ruiz v tanaka", 1),
    ("Kelso Rovers lost 2-1 to Dunbar Athletic on Saturday.", "athletic v rovers", 1),
    ("Dunbar Athletic's victory over Kelso Rovers lifted them to third.", "athletic v rovers",
     1),
    ("Kelso Rovers came from behind to beat Dunbar Athletic.", "athletic v rovers", -1),
    ("Clifford Bale, 67, beat his former pupil Owen Pritchard.", "bale v pritchard", 1),
    ("Dunbar Athletic took third place by beating Kelso Rovers 21-14.", "athletic v rovers", 1),
    ("Owen Pritchard won the county title after defeating Clifford Bale.", "bale v pritchard",
     -1),
    # what the subject's game ended in
    ("Tarn Valley's season ended in a 3-1 loss to Kelso Rovers.", "rovers v valley", 1),
    # past names and many words before "after beating"
    ("Tarn Valley reached the final of the Northern Netball Shield for the first time on "
     "Sunday after beating holders Kelso Rovers 41-39.", "rovers v valley", -1),
    # the sentence's subject beat the side after ", beating", past a dateline
    ("OSLO, Mar 2 — Fjord Falcons, led by a rookie setter, won the cup on Sunday, beating "
     "the holders Bergen Bears 3-1.", "bears v falcons", -1),
    ("Brenna Oakes held off Tamsin Rhee by two strokes.", "oakes v rhee", 1),
    ("Ada Lowe lost the Harbour ward by-election to Sam Reid.", "lowe v reid", -1),
    # past a description before the subject's name and before the beaten side's
    ("Independent candidate Ada Lowe won the seat, beating the Green Party candidate, Sam "
     "Reid, by 40 votes.", "lowe v reid", 1),
    # the sentence's subject's own result, after a possessive
    ("Mia Cole was in tears after her shock defeat by Ana Ruiz.", "cole v ruiz", -1),
    ("Ada Lowe celebrated her first win over Sam Reid.", "lowe v reid", 1),
    # a score between the side and its win or defeat
    ("Kelso Rovers' 3-0 defeat by Dunbar Athletic ended the run.", "athletic v rovers", 1),
    # a side, then "who"
    ("Ashby trail leaders Harford, who lost to Dunmore by 12 runs.", "dunmore v harford", 1),
    ("Ashby trail leaders Harford , who beat Dunmore by 12 runs .", "dunmore v harford", -1),
    # words between the score and "to", a hyphenated description before a side
    ("Hesketh Town lost 4-0 at home to top-flight Branford.", "branford v town", 1),
    ("Hesketh Town beat top-flight Branford 4-0 at home.", "branford v town", -1),
    # "after losing … to B": the sentence's subject lost to B
    ("Kelso Rovers missed out on the final after losing 3-2 to Dunbar Athletic.",
     "athletic v rovers", 1),
    # a side's squad after its possessive name
    ("Kelso Rovers' women lost the regional final 3-2 to Dunbar Athletic.", "athletic v rovers",
     1),
    ("Dunbar Athletic's under-18s beat Kelso Rovers 3-2 in the final.", "athletic v rovers", 1),
    # an aside before "lost to"; ", holding off B" after the sentence's subject
    ("Morning Star, a 12-1 outsider, lost to the favourite Copper Bay by a neck.",
     "bay v star", 1),
    ("Morning Star, a 12-1 outsider, took the Vale Cup, holding off the favourite Copper Bay "
     "by a neck.", "bay v star", -1),
])
def test_who_won_a_contest_is_read(lookup: LexiconLookup, text: str, thing: str,
                                   way: int) -> None:
    assert [(outcome.thing, outcome.way) for outcome in contests(text, lookup)] == [(thing, way)]


@pytest.mark.parametrize("text, winner", [
    ("Anouk Vermeer sprinted clear on the final climb to win the Tour of the Fens.",
     "Anouk Vermeer"),
    ("In Oslo, the Kvale Quartet won the Nordic Chamber Prize.", "Kvale Quartet"),
    # the side that beat another, not the beaten one last named
    ("Team Korvan beat Helix Five 3-2 to win the Baltic Masters final.", "Korvan"),
    ("Mia Ferreira of Porto Alvo won the Coastal Open.", "Mia Ferreira of Porto Alvo"),
    ("yesterday priya nand won the Harbour Poetry Award .", ""),  # lower-cased: nobody named
    ("Anouk Vermeer won a stage.", ""),  # one of many
    ("Anouk Vermeer won the sprint.", ""),  # a thing with no name: which sprint?
    ("Anouk Vermeer failed to win the Tour of the Fens.", ""),  # not won
    ("Breeder Ola Moss's filly won the Dalby Stakes.", ""),  # whose the winner is
    ("A filly from a Dalby stud won the Kessler Stakes.", ""),  # what kind
])
def test_the_winner_of_a_named_thing_is_read(lookup: LexiconLookup, text: str,
                                             winner: str) -> None:
    assert [outcome.winner for outcome in outcomes(text, lookup)] == [winner]


def test_no_contest_read_after_a_comma_without_a_name_opening_the_sentence(
        lookup: LexiconLookup) -> None:
    assert contests("After trailing at half-time, the hosts won 2-1, beating Dunbar Athletic.",
                    lookup) == []


def test_a_tally_belongs_to_the_outcome_with_no_other_verb_between(
        lookup: LexiconLookup) -> None:
    [lost] = [outcome for outcome in outcomes(
        "Two branches are to lose their post offices under plans the board approved 6-3.",
        lookup) if outcome.verb == "lose"]
    assert lost.tally == ""


def test_a_thing_after_the_and_a_name_is_described_by_no_article(lookup: LexiconLookup) -> None:
    assert [outcome.described for outcome in outcomes(
        "Harlow Town lost the Marden Shield on penalties.", lookup)] == [""]


def test_a_vote_read_with_its_way_keeps_its_tally_from_other_verbs(lookup: LexiconLookup) -> None:
    found = outcomes("The trust voted 6-1 to drop parking charges, though the cafe's licence "
                     "was refused.", lookup)
    assert [(outcome.thing, outcome.tally) for outcome in found] == [
        ("to drop charges", "6-1"), ("licence", "")]


@pytest.mark.parametrize("text, tally", [
    ("The panel voted 7 to 5 to keep the rink open.", "7-5"),
    ("Members voted four to one against the licence.", "4-1"),
    ("The trustees narrowly backed, by 6 votes to 5, a plan for a new roof.", "6-5"),
    ("Councillors approved a plan to raise the fee from 20 to 60 euros by 19 votes to 14.",
     "19-14"),
    # far from its verb, in its sentence
    ("Residents voted against a plan for a community wind turbine in a parish poll on "
     "Thursday, by 412 votes to 388.", "412-388"),
])
def test_a_vote_s_tally_is_read_in_digits_or_words(lookup: LexiconLookup, text: str,
                                                   tally: str) -> None:
    assert [outcome.tally for outcome in outcomes(text, lookup)][:1] == [tally]


@pytest.mark.parametrize("text", [
    # a game's score, which each side's verb reads its own way
    "The Ravens lost the deciding game 3-2 in overtime.",
    # a range, not a vote: "from 20 to 60"
    "Councillors approved raising the fee from 20 to 60 euros.",
])
def test_no_tally_from_a_score_or_a_range(lookup: LexiconLookup, text: str) -> None:
    assert [outcome.tally for outcome in outcomes(text, lookup)] == [""]
