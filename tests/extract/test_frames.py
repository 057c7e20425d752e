"""A figure's frame: what it measures, whose it is and when, in the form rules compare."""

from __future__ import annotations

import pytest

from factcheck.extract import default_lexicon, extract
from factcheck.extract.frames import normal_metric, period_near
from factcheck.facts import frame_of
from factcheck.load import document_from_text


def frames(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.metric, q.period)
            for claim in extract(document_from_text(text, "t.md"), default_lexicon())
            for q in claim.quantities]


@pytest.mark.parametrize("text, expected", [
    ("Inflation stood at 3.1% in June.", ("3.1%", "inflation", "june")),
    ("Economists expected June's inflation rate of 2.4%.", ("2.4%", "inflation", "june")),
    ("The unemployment rate was 5.2% in the first quarter.", ("5.2%", "unemployment", "q1")),
    ("In Q1 unemployment reached 4.1%.", ("4.1%", "unemployment", "q1")),
    ("Ridership came to 41 million last year.", ("41 million", "ridership", "last year")),
    ("The museum drew 312,000 visitors in March 2024.",
     ("312,000", None, "march 2024")),
])
def test_metric_and_period(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert frames(text)[0] == expected


def test_a_part_picked_out_is_not_the_whole() -> None:
    first, remaining = frames("The first three races went badly; the remaining 18 races of the "
                              "season decide it.")
    assert first[1] != remaining[1]


def test_one_frame_for_two_wordings_of_one_value() -> None:
    quantities = [q for claim in extract(document_from_text(
        "Inflation stood at 3.1% in June. June's inflation rate of 2.4% surprised markets.",
        "t.md"), default_lexicon()) for q in claim.quantities]
    assert {frame_of(q) for q in quantities} == {"inflation, june"}


@pytest.mark.parametrize("text, frame", [
    # a head noun is compared in the singular, but a noun plural in form only stays
    ("Primary classes in Brookmere average 27 pupils this year. Brookmere's average primary "
     "class size this year is 31 pupils.", "average primary class (brookmere), this year"),
    ("Sales in Leeds were £4.2 million in 2024. Leeds's sales were £3.9 million in 2024.",
     "sales (leeds), 2024"),
])
def test_a_plural_and_a_singular_name_one_frame(text: str, frame: str) -> None:
    quantities = [q for claim in extract(document_from_text(text, "t.md"), default_lexicon())
                  for q in claim.quantities if q.kind.value != "year"]
    assert {frame_of(q) for q in quantities} == {frame}


@pytest.mark.parametrize("text, figure, period", [
    # a quarter or a half year with its year, with or without "of"
    ("Revenue came to £122m in Q1 2025.", "£122m", "q1 2025"),
    ("Data use reached 14.2 gigabytes in the second quarter of 2025.", "14.2", "q2 2025"),
    ("Inflation stood at 3.4% in the first half of 2025.", "3.4%", "first half 2025"),
    ("Sales rose 6% in H2 2024.", "6%", "second half 2024"),
    ("Rovers scored 3 goals in the first half.", "3", None),  # a match's half is no period
    # a year after "fiscal" or "of", or one owning a figure
    ("Compensation totalled $8.2 million in fiscal 2024.", "$8.2 million", "2024"),
    ("Kelpie had 3.4 million subscribers at the end of 2024.", "3.4 million", "2024"),
    ("Visits fell from 2023's total of 355,000.", "355,000", "2023"),
    # what a figure is compared with is not its period
    ("Applications rose to 2,140 in Q3, up 8% on Q2.", "8%", "q3"),
    ("Bad loans cost £640m in 2024, 25% more than in 2023.", "25%", "2024"),
    ("Shares fell 9% on June 3.", "9%", "june"),
])
def test_period_forms(text: str, figure: str, period: str | None) -> None:
    start = text.index(figure)
    assert period_near(text, start, start + len(figure)) == period


@pytest.mark.parametrize("written, metric", [
    ("business rates in Q1 2025", "business rates"),  # what the period leaves
    ("sales at greaves books ltd in the year", "sales at greaves books ltd"),
    ("compensation in fiscal 2024", "compensation"),
    ("june's inflation rate", "inflation"),
])
def test_period_leftovers_are_no_metric(written: str, metric: str) -> None:
    assert normal_metric(written) == metric
