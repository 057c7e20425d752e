"""Frames in the phrasings the beats' value conflicts use, each tested in other wordings."""

from __future__ import annotations

import pytest

from factcheck.extract import default_lexicon, extract
from factcheck.facts import frame_of
from factcheck.load import document_from_text
from factcheck.models import Quantity


def figures(text: str) -> list[Quantity]:
    return [q for claim in extract(document_from_text(text, "t.md"), default_lexicon())
            for q in claim.quantities if q.kind.value not in ("year", "date")]


def one_frame(text: str) -> set[str | None]:
    return {frame_of(q) for q in figures(text)}


@pytest.mark.parametrize("text, metric, period", [
    # "puts X at N": the period before "at" is the period, not the metric
    ("The report puts the number of plea agreements in 2024 at 1,480.", "plea agreements",
     "2024"),
    ("Auditors put the cost of the bridge repairs in March at $2 million.",
     "bridge repairs", "march"),
    # a year before the noun it names is the period: "the 2026 deficit forecast" (a forecast
    # of the deficit measures the deficit: estimate_heads)
    ("She defended the 2026 deficit forecast of $2.3 billion in a hearing on Thursday.",
     "deficit", "2026"),
    ("The council's 2025 housing budget of $12 million was cut.", "council housing budget",
     "2025"),
    # the metric is the head of the phrase with its first prepositional phrase
    ("Turnout in Sunday's referendum on the new county charter was 58%.",
     "turnout in sunday referendum", None),
    ("Attendance at the summer festival in the old town reached 41,000.",
     "attendance at summer festival", None),
    # "the X, worth N" and "the N X": what the money is (definite: "a grant worth" may be any)
    ("The institute's grant, worth €2.4 million, runs for five years.", "institute grant",
     None),
    ("He said the €3.1 million grant would pay for eight researchers.", "grant", None),
    ("The bank confirmed its $5 billion share buyback.", "share buyback", None),
    ("The institute won a grant worth €2.4 million.", None, None),
    ("The bank announced a $5 billion share buyback.", None, None),
    # a month's name inside a word is no period: "mayoral", "market"
    ("Figures put turnout in the mayoral election at 44%.", "turnout in mayoral election",
     None),
    ("Grainfield holds a 25% share of the national oat drink market.",
     "national oat drink market", None),
    # "in the quarter", "for the full year": the period the article reports on
    ("Revenue rose to $2.1 billion in the quarter.", "revenue", "the quarter"),
    ("For the full year, revenue reached $8.4 billion.", "revenue", "the year"),
    ("Revenue for the year to March was $8.4 billion.", "revenue", "march"),
])
def test_metric_and_period(text: str, metric: str | None, period: str | None) -> None:
    figure = figures(text)[0]
    assert (figure.metric, figure.period) == (metric, period)


@pytest.mark.parametrize("first, second", [
    ("The cost of criminal legal aid in 2024 was $38 million.",
     "The annual report puts the cost of criminal legal aid in 2024 at $41 million."),
    ("The 2026 transport budget of $40 million was approved in a vote on Monday.",
     "Officials later described the 2026 transport budget of $46 million in a briefing."),
    ("Turnout in the Harbour ward by-election was 31%, the returning officer said.",
     "Figures released on Friday put turnout in the Harbour ward by-election at 36%."),
    ("The resurfacing contract, worth $4.2 million, was signed on Monday.",
     "Council papers show the $4.8 million resurfacing contract also covers new drainage."),
    ("The naming deal, worth £9 million, runs to 2030.",
     "Club accounts show the £12 million naming deal in a different light."),
    ("Unemployment in the Tarn region stood at 4.2% in May.",
     "Leaders pointed to May's unemployment rate of 5.1% in the Tarn region."),
])
def test_two_wordings_of_one_value_share_a_frame(first: str, second: str) -> None:
    frames = one_frame(f"{first} {second}")
    assert len(frames) == 1 and None not in frames


@pytest.mark.parametrize("text", [
    "Unemployment in the north was 5%. Unemployment in the south was 7%.",
    "Turnout in the east ward was 31%. Turnout in the west ward was 36%.",
    "The 2025 transport budget was $40 million. The 2026 transport budget was $46 million.",
    "The institute won a grant worth €2.4 million. The unit won a grant worth €3.1 million.",
    "The bank announced a $5 billion buyback. Its rival announced a $3 billion buyback.",
])
def test_different_frames_stay_apart(text: str) -> None:
    found = figures(text)
    assert frame_of(found[0]) is None or frame_of(found[0]) != frame_of(found[1])


def test_two_questions_about_one_group_are_two_frames() -> None:
    first, second = figures("62% of nurses said they had worked unpaid overtime. "
                            "45% of nurses said they had never been paid for extra shifts.")
    assert first.metric == second.metric == "nurses"  # one whole, for shares-exceed-whole
    assert first.predicate and second.predicate
    assert frame_of(first) != frame_of(second)
    same = figures("62% of nurses said they had worked unpaid overtime. Later, 45% of nurses "
                   "said they had worked unpaid overtime.")
    assert frame_of(same[0]) == frame_of(same[1])


def test_in_a_hearing_is_not_what_is_measured() -> None:
    assert figures("Officials gave a figure of $2 million in an interview.")[0].metric != (
        "interview")
