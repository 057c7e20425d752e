"""Which way a figure says something changed, read the same way in claims and in sources
(which extraction reads without frames): what ``citation.direction-not-in-source`` compares."""

from __future__ import annotations

import pytest

from factcheck.extract import default_lexicon
from factcheck.extract.quantities import change_direction


@pytest.mark.parametrize("text, figure, expected", [
    ("Ridership rose 4% last year.", "4%", 1),
    ("Ridership fell by just over 6% last year.", "just over 6%", -1),
    ("Bus subsidies were cut by 15 per cent.", "15 per cent", -1),
    ("The council saw a 12% increase in applications.", "12%", 1),
    ("Burglaries showed a 9% drop.", "9%", -1),
    ("That is a reduction of 35%.", "35%", -1),
    ("Punctuality fell to 61.3% from 68.9%.", "61.3%", -1),
    ("The city collected 17% more than the year before.", "17%", 1),
    ("Admissions were 9% lower than in 2019.", "9%", -1),
    ("The library got £80,000, a cut of 12 per cent on last year.", "12 per cent", -1),
    # a verb of change, its object, then "by"
    ("Beaver dams reduced peak flows downstream by up to 30%.", "up to 30%", -1),
    ("The trust increased its spending on agency staff by 12%.", "12%", 1),
    # the level a change ended at, and the way it went
    ("The board would shrink by two, to 11 members.", "11", -1),
    ("Staff numbers will grow by 40, to 310.", "310", 1),
    ("Turnout was 58 per cent, down from 66 per cent.", "58 per cent", -1),
    ("The depot sent 1,420 buses out in May, up from 1,300.", "1,420", 1),
    # against the usual level, after the figure's unit
    ("Lows averaged 3.4C, 1.2 degrees below normal.", "1.2", -1),
    ("Rainfall was 18 millimetres above average.", "18", 1),
    ("The works cost 1.2 million dollars less than budgeted.", "1.2 million", -1),
    # a comparison of two things, a figure with no change, a mark between: no direction
    ("Nine schemes ran 12 projects over budget.", "12", None),  # a count, no unit
    ("Fares in Lanark are 12% lower than in Perth.", "12%", None),
    ("Turnout was 64%.", "64%", None),
    ("Sales rose, and 5% of shops closed.", "5%", None),
    ("Exports were 40 tonnes, the lowest since 2001.", "40 tonnes", None),
    ("Prices fell in March, and rents were followed by 4%.", "4%", None),
])
def test_a_change_has_the_direction_its_words_give(text: str, figure: str,
                                                    expected: int | None) -> None:
    start = text.index(figure)
    assert change_direction(text, start, start + len(figure),
                            default_lexicon().lookup()) == expected
