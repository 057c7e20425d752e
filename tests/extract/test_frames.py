"""A figure's frame: what it measures, whose it is and when, in the form rules compare."""

from __future__ import annotations

import pytest

from factcheck.extract import default_lexicon, extract
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
