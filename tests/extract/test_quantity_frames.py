"""Figures and their frames in the grammar of any beat (issue 15): what is a figure, what it
measures, whose it is, and figures that restate one already framed."""

from __future__ import annotations

import pytest

from factcheck.extract import default_lexicon, extract
from factcheck.load import document_from_text
from factcheck.models import Quantity


def figures(text: str) -> list[Quantity]:
    return [q for claim in extract(document_from_text(text, "t.md"), default_lexicon())
            for q in claim.quantities]


def values(text: str) -> list[tuple[str, float]]:
    return [(q.kind.value, q.value) for q in figures(text)]


@pytest.mark.parametrize("text, expected", [
    # digits inside a name or an age group are no figures
    ("In Ward 12, the Liberal candidate won by 94 votes.", [("count", 94)]),
    ("Women held 41% of board seats at FTSE 350 companies.", [("percent", 41)]),
    ("Ownership among over-65s reached 81%.", [("percent", 81)]),
    # an ellipsis after a name is a figure: "and Labour 29"
    ("Of the 60 seats, the Greens won 34 and Labour 29.",
     [("count", 60), ("count", 34), ("count", 29)]),
    # "the first half of 2025" is a period, not the ratio 0.5
    ("Inflation stood at 3.4% in the first half of 2025.", [("percent", 3.4), ("year", 2025)]),
    ("Rovers scored twice in the second half of the match.", []),
    ("Half of the 40 nurses said so.", [("ratio", 0.5), ("count", 40)]),
    # a year, then a figure after "to", is no range
    ("Spills fell from 6,100 in 2023 to 4,800 in 2024.",
     [("count", 6100), ("year", 2023), ("count", 4800), ("year", 2024)]),
    ("Attacks rose 28% in 2024 to 1,870.",
     [("percent-change", 28), ("year", 2024), ("count", 1870)]),
    ("Classes have 20 to 25 pupils.", [("count", 22.5)]),
])
def test_what_is_a_figure(text: str, expected: list[tuple[str, float]]) -> None:
    assert values(text) == expected


def test_a_source_keeps_digits_after_a_capital() -> None:
    """Sources are read unframed, so "Section 354" there still holds the figure a claim may
    write as "section 354"."""
    from factcheck.extract.quantities import find_quantities
    from factcheck.models import Span

    def span(start: int, end: int) -> Span:
        return Span(start=start, end=end, line=1, column=start + 1, end_line=1,
                    end_column=end + 1)

    found = find_quantities("He was arrested under Section 354 of the code.", 0, span,
                            framed=False)
    assert [q.value for q in found] == [354]


@pytest.mark.parametrize("text, unit", [
    ("Police arrested 14 people after the match.", "people"),
    ("The clinic saw 40 children during the outbreak.", "children"),
])
def test_a_preposition_is_no_unit(text: str, unit: str) -> None:
    assert figures(text)[0].unit == unit


def test_endpoints_with_their_periods() -> None:
    (doubled, *_rest) = figures("Potholes doubled from 3,200 in 2023 to 6,400 in 2024.")
    assert (doubled.change_from, doubled.change_to, doubled.direction) == (3200, 6400, 1)


@pytest.mark.parametrize("text, metric", [
    # the "of" phrase runs through a figure's thousands comma; amounts leave the whole
    ("Researchers found that 37% of the 2,400 adults studied carried the variant.", "adults"),
    ("The institute spends 22% of its £60 million budget on research.", "budget"),
    # a plural possessive is dropped like a singular one
    ("Membership of the Ramblers' Association reached 96,000 in June.", "ramblers association"),
])
def test_metric(text: str, metric: str) -> None:
    assert figures(text)[0].metric == metric
