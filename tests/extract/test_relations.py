"""Relations between figures, as extraction reads them from the text: each in several beats
and phrasings, and the near-misses that must not relate figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import default_lexicon, extract
from factcheck.load import document_from_text
from factcheck.models import Quantity


def figures(text: str) -> dict[str, Quantity]:
    """Each figure of ``text`` by its id (``c1.q0``)."""
    claims = extract(document_from_text(text, "article.md"), default_lexicon())
    return {f"{claim.id}.q{index}": quantity for claim in claims
            for index, quantity in enumerate(claim.quantities)}


def by_text(found: dict[str, Quantity], written: str) -> tuple[str, Quantity]:
    return next((figure, q) for figure, q in found.items() if q.text == written)


@pytest.mark.parametrize("text, shares", [
    ("Of the nurses polled, 62% backed the strike and 30% opposed it [1].", ["62%", "30%"]),
    ("Fiction made up 58% of loans, and non-fiction 40% [1].", ["58%", "40%"]),
    ("In the survey, 41% of anglers favoured the ban [1]. Another 37% of anglers were against "
     "it [1]. The remaining 22% had no view [1].", ["41%", "37%", "22%"]),
    ("在调查中，百分之四十的家长支持新校历，百分之三十五的家长反对【1】。", ["百分之四十", "百分之三十五"]),
])
def test_shares_of_one_whole_name_one_whole(text: str, shares: list[str]) -> None:
    found = figures(text)
    wholes = {by_text(found, share)[1].whole for share in shares}
    assert len(wholes) == 1 and None not in wholes


@pytest.mark.parametrize("text", [
    "Solar met 31% of demand in July, up from 24% a year earlier [1].",  # then and now
    "The county holds 90% of the state's vineyards and 60% of its orchards [1].",  # two wholes
    "Turnout was 58% in the north [1]. In the south, 49% voted [1].",  # no "another"
    # findings one respondent may share: a predicate of its own each, not a choice
    "Of the 2,000 drivers, 64% checked their tyres monthly and 58% topped up the oil [1].",
    "Of the 600 tenants surveyed, 62% said they had cut back on heating, 41% had skipped meals "
    "and 18% said they had borrowed from family [1].",
    # a note that one respondent may be in several shares, in the claim or the next
    "Among the 900 commuters polled, 61% were saving for a car and 52% were saving for a bike "
    "[1]. Respondents could give more than one answer [1].",
])
def test_shares_of_different_wholes_are_not_related(text: str) -> None:
    assert all(q.whole is None for q in figures(text).values())


@pytest.mark.parametrize("text, total, parts", [
    ("The tribunal heard 96 appeals, of which 60 were upheld and 30 dismissed [1].",
     "96", ["60", "30"]),
    ("The hospital recorded 410 falls last winter [1]. Of them, 250 were on wards and 120 in "
     "corridors [1].", "410", ["250", "120"]),
    ("Of the 45 board seats, the Greens hold 20 and Labour 19 [1].", "45", ["20", "19"]),
    ("The reef survey logged 120 species: 70 fish, 30 corals and 15 molluscs [1].",
     "120", ["70", "30", "15"]),
])
def test_parts_name_their_total(text: str, total: str, parts: list[str]) -> None:
    found = figures(text)
    total_id, _ = by_text(found, total)
    assert [by_text(found, part)[1].part_of for part in parts] == [total_id] * len(parts)


@pytest.mark.parametrize("text", [
    "The clinic treated 140 patients in 12 wards over 3 weeks [1].",  # no cue: no parts
    "The fund raised $2 million, and a second round raised $3 million [1].",
])
def test_figures_without_a_parts_cue_are_no_parts(text: str) -> None:
    assert all(q.part_of is None for q in figures(text).values())


@pytest.mark.parametrize("text, parts", [
    # a band of its figure alone and a category are two dimensions: one member may be in both
    ("Of the 930 members, 520 were over 60 and 480 were women [1].", []),
    ("Of the 930 members, 520 were over 60 and 410 were under 60 [1].", ["520", "410"]),
    # a category with its band is of one dimension with another category
    ("Of the 70 casualties, 45 were adults and 30 were children under 12 [1].", ["45", "30"]),
])
def test_parts_of_one_dimension_only(text: str, parts: list[str]) -> None:
    found = figures(text)
    assert sorted(q.text for q in found.values() if q.part_of) == sorted(parts)


@pytest.mark.parametrize("text, ratio, a, b", [
    ("The port handled 900 ships, three times the 300 ships of 2010 [1].", "three times",
     "900", "300"),
    ("Ticket sales reached $12 million, twice the $6 million of last season [1].", "twice",
     "$12 million", "$6 million"),
])
def test_a_ratio_names_its_two_sides(text: str, ratio: str, a: str, b: str) -> None:
    found = figures(text)
    _, stated = by_text(found, ratio)
    assert (stated.ratio_of, stated.ratio_to) == (by_text(found, a)[0], by_text(found, b)[0])


@pytest.mark.parametrize("text", [
    # how often, not a ratio: no comparison follows "three times"
    "A mother-of-four who was caught speeding three times was banned for 18 months [1].",
    "The striker, who has 2 caps, hit the post three times before scoring in the 90th minute [1].",
])
def test_a_frequency_has_no_sides(text: str) -> None:
    assert all(q.ratio_of is None for q in figures(text).values())


@pytest.mark.parametrize("text", [
    # the other side is unsaid, or stated in the clause before; the amount after the break is
    # another clause's
    "Her second album sold 1.6 million copies - twice as many - while her third has sold 2.4 "
    "million [1].",
    "The mill made 900 tonnes, twice as many as in 2020, while the smelter made 2,000 tonnes "
    "[1].",
])
def test_an_amount_past_a_clause_break_is_no_side_of_a_ratio(text: str) -> None:
    assert all(q.ratio_to is None for q in figures(text).values())


def test_a_ratio_of_speeds_has_no_sides() -> None:
    found = figures("The suburb added 40,000 residents, four times faster than the city, which "
                    "added 25,000 [1].")
    assert all(q.ratio_of is None for q in found.values())


@pytest.mark.parametrize("text, year, elapsed, to, against", [
    ("---\ndate: 2026-02-01\n---\nIt is 12 years since the 2014 floods [1].",
     "2014", 12, 2026, "date"),
    ("In 2021, three decades after 1991, the archive reopened [1].", "1991", 30, 2021, "sentence"),
    ("In 1990, five years before 1995, the mill closed [1].", "1995", -5, 1990, "sentence"),
])
def test_a_span_of_years_is_counted_to_a_year(text: str, year: str, elapsed: float, to: float,
                                              against: str) -> None:
    _, stated = by_text(figures(text), year)
    assert (stated.elapsed, stated.elapsed_to, stated.elapsed_against) == (elapsed, to, against)


def test_a_span_with_nothing_to_count_to_is_left_alone() -> None:
    # no date and no other year: "since" has nothing to be checked against
    _, stated = by_text(figures("It is 12 years since the 2014 floods [1]."), "2014")
    assert stated.elapsed is None


def test_a_house_parts_cue_relates_parts_to_their_total(tmp_path: Path) -> None:
    from factcheck.builtin import builtin_lexicons_dir
    from factcheck.extract import load_lexicon

    text = "The fund paid out $9 million, broken down into $6 million for roads and $4 million for parks [1]."
    assert all(q.part_of is None for q in figures(text).values())
    (tmp_path / "house.yaml").write_text(
        "kind: factcheck/lexicon\nparts_cues: [broken down into]\n", encoding="utf-8")
    lexicon = load_lexicon([builtin_lexicons_dir(), tmp_path])
    (claim,) = extract(document_from_text(text, "article.md"), lexicon)
    assert [q.part_of for q in claim.quantities] == [None, "c1.q0", "c1.q0"]


def test_relating_figures_stays_linear_in_the_document() -> None:
    """Every ratio compared with a side stated elsewhere ("three times as much as China") is
    looked up among the document's amounts, not searched: thousands of both do not make it
    quadratic."""
    from factcheck.extract.relations import relate
    from factcheck.models import Claim
    from tests.growth import assert_linear

    lookup = default_lexicon().lookup()

    def claims(sentences: int) -> list[Claim]:  # China's amounts count barrels: none is a side
        text = " ".join(f"The US exported {n + 1000} tons, three times as much as China [1]. "
                        f"China shipped {n + 500} barrels [1]." for n in range(sentences))
        return extract(document_from_text(text, "article.md"), default_lexicon())

    assert_linear(lambda read: relate(read, lookup), claims, 300, "ratios and amounts")


def test_a_long_chain_of_shares_stays_linear() -> None:
    """"Another 1% …" after "Another 1% …": each claim adds its shares to the whole once."""
    from factcheck.extract.relations import relate
    from factcheck.models import Claim
    from tests.growth import assert_linear

    lookup = default_lexicon().lookup()

    def claims(sentences: int) -> list[Claim]:
        text = "In the poll, 1% of voters backed the plan [1]. " + " ".join(
            "Another 1% of voters backed the plan [1]." for _ in range(sentences))
        return extract(document_from_text(text, "article.md"), default_lexicon())

    read = claims(5)
    assert len({q.whole for claim in read for q in claim.quantities}) == 1
    assert_linear(lambda chain: relate(chain, lookup), claims, 300, "a chain of shares")
