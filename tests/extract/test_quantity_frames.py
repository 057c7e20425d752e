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
    # two number words that make no number are two figures
    ("She served two four-year terms.", [("count", 2), ("count", 4)]),
    # a multiple and a half
    ("Rail's share should grow two and a half times.", [("ratio", 2.5)]),
    # "by half a kilometre" is no change by half
    ("The spread rate rose by half a kilometre an hour.", []),
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


@pytest.mark.parametrize("text, unit", [
    # a plural without an -s ends what is counted, as one in -s does
    ("Some 5 million people live there.", "people"),
    ("About 300 staff work at the depot.", "staff"),
])
def test_an_irregular_plural_ends_the_unit(text: str, unit: str) -> None:
    assert figures(text)[0].unit == unit


@pytest.mark.parametrize("text", ["The bank had 6,000 given out by March.",
                                  "Some 3,100 sold in the first week.",
                                  "Some 3,100 sold quickly.",
                                  "In all, 40 taken away by the flood were found."])
def test_an_irregular_participle_and_its_particle_are_no_unit(text: str) -> None:
    assert figures(text)[0].unit is None


def test_a_number_word_after_a_figure_is_another_figure_not_its_unit() -> None:
    assert figures("The cooperative has 240 farms, down from 262 five years ago.")[1].unit is None


@pytest.mark.parametrize("text", ["Of the 40 wards, 12 met the target.",
                                  "The other 30 missed it.", "Some 300 lost their homes."])
def test_a_verb_or_a_pronoun_after_a_figure_is_no_unit(text: str) -> None:
    assert figures(text)[-1].unit is None


@pytest.mark.parametrize("text", ["The hosts sealed a 31-24 win over Celje.",
                                  "They slumped to a 3-1 defeat at home."])
def test_what_a_score_decided_is_not_what_its_figure_counts(text: str) -> None:
    assert [q.unit for q in figures(text)] == [None, None]


def test_the_first_part_of_a_length_of_time_keeps_its_unit() -> None:
    """"1 hour 40 minutes": the hour is a unit, though another figure follows it."""
    assert [(q.value, q.unit) for q in figures("The catamaran takes 1 hour 40 minutes.")] == [
        (1, "hour"), (40, "minutes")]


def test_endpoints_with_their_periods() -> None:
    (doubled, *_rest) = figures("Potholes doubled from 3,200 in 2023 to 6,400 in 2024.")
    assert (doubled.change_from, doubled.change_to, doubled.direction) == (3200, 6400, 1)


@pytest.mark.parametrize("text, metric", [
    # the "of" phrase runs through a figure's thousands comma; amounts leave the whole
    ("Researchers found that 37% of the 2,400 adults studied carried the variant.", "adults"),
    ("The institute spends 22% of its £60 million budget on research.", "budget"),
    # a plural possessive is dropped like a singular one
    ("Membership of the Ramblers' Association reached 96,000 in June.", "ramblers association"),
    # a rate's "per" phrase is part of its name: earnings per share are no share
    ("Earnings per share of $1.84 beat forecasts.", "earnings per share"),
    ("Spending per pupil was $9,200 last year.", "spending per pupil"),
    # a spaced dash between clauses ends a metric's name, as a comma does
    ("Gate receipts held up well – bar takings rose to £4.2m.", "bar takings"),
])
def test_metric(text: str, metric: str) -> None:
    assert figures(text)[0].metric == metric


def frame(text: str, figure: str) -> tuple[str, str | None, str | None, str | None]:
    """(kind, metric, subject, period) of the figure written ``figure``."""
    found = next(q for q in figures(text) if q.text == figure)
    return found.kind.value, found.metric, found.subject, found.period


@pytest.mark.parametrize("text, figure, expected", [
    # a growth verb names what changes, as a level verb does; its figure "to" restates it
    ("Ferry fares fell 6% to £4.10 in the year to March.", "6%",
     ("percent-change", "ferry fares", None, "march")),
    ("Ferry fares fell 6% to £4.10 in the year to March.", "£4.10",
     ("currency", "ferry fares", None, "march")),
    ("Otter sightings in the estuary fell by 34% between 2014 and 2024.", "34%",
     ("percent-change", "otter sightings in estuary", None, None)),
    ("Kerbside recycling will rise 3.1% next year.", "3.1%",
     ("percent-change", "kerbside recycling", None, "next year")),
    ("The library fine, which rose to £2.50 this spring, is unpopular.", "£2.50",
     ("currency", "library fine", None, None)),
    # a changing verb's object, past a figure with a thousands comma: "from £2,000 to"
    ("The parish raised its grants budget from £2,000 to £9,500 in 2023.", "£9,500",
     ("currency", "grants budget", None, "2023")),
    # a changing verb's object is what changes; after "by" the figure is a change
    ("The trust will raise parking charges by 8% from June.", "8%",
     ("percent-change", "parking charges", None, "june")),
    ("The board cut its grant to the town theatre by 20% to £90,000.", "20%",
     ("percent-change", "grant to town theatre", None, None)),
    ("The board cut its grant to the town theatre by 20% to £90,000.", "£90,000",
     ("currency", "grant to town theatre", None, None)),
    ("The judge cut the penalty imposed on the builder from £60,000 to £45,000.", "£45,000",
     ("currency", "penalty", None, None)),
    # a change named after the nouns it changes, and against another value
    ("Porters demanded a 12% shift pay rise.", "12%", ("percent-change", "shift pay", None, None)),
    ("Takings were £3m, 9% below the target.", "9%", ("percent-change", None, None, None)),
    # a participle ends the head of a phrase
    ("Damages paid to flooded households totalled $2.1 million in 2024.", "$2.1 million",
     ("currency", "damages", None, "2024")),
    # a clause mark ends a metric's name
    ("Under the scheme, bus passes for pensioners would cost £30 a year.", "£30",
     ("currency", "bus passes for pensioners", None, None)),
    # a duration names no metric with its "of" phrase
    ("Fines equal to ten days of wages were imposed.", "ten", ("count", None, None, None)),
    # a label opening a list item or a table line: what the figure measures, or whose it is
    ("Turnout: 64%", "64%", ("percent", "turnout", None, None)),
    ("Online shops: 10% of revenue, 42 outlets", "10%",
     ("percent", "revenue", "online shops", None)),
    ("Online shops: 10% of revenue, 42 outlets", "42", ("count", None, "online shops", None)),
    ("He said: 40% of staff quit.", "40%", ("percent", "staff quit", None, None)),
])
def test_frames_of_changes_and_levels(text: str, figure: str,
                                      expected: tuple[str, str | None, str | None, str | None]
                                      ) -> None:
    assert frame(text, figure) == expected


@pytest.mark.parametrize("text, figures_frames", [
    # an earlier value takes the metric only with a period of its own, which the value before
    # it does not hold for
    ("Turnout at the ward poll was 38%, down from 45% in 2020.",
     [("38%", "turnout at ward poll", None), ("45%", "turnout at ward poll", "2020")]),
    ("Season tickets cost £400 a year, up from £350.",
     [("£400", "season tickets", None), ("£350", None, None)]),
    ("Ridership on the route stood at 9,000 in 2023 and 8,200 in 2024.",
     [("9,000", "ridership on route", "2023"), ("8,200", "ridership on route", "2024")]),
    ("Revenue from parking was £2m in May, or 12% of the council's income.",
     [("£2m", "revenue from parking", "may"), ("12%", "revenue from parking", "may")]),
    ("Sales at the kiosk fell to £900 in 2024 from £1,200 in 2023, a drop of 25%.",
     [("£900", "sales at kiosk", "2024"), ("£1,200", "sales at kiosk", "2023"),
      ("25%", "sales at kiosk", "2023")]),
    # a whole of its own stays after "and"
    ("Of those asked, 38% of men and 40% of women agreed.",
     [("38%", "men", None), ("40%", "women", None)]),
])
def test_restated_figures(text: str, figures_frames: list[tuple[str, str | None, str | None]]
                          ) -> None:
    assert [(q.text, q.metric, q.period) for q in figures(text)
            if q.kind.value not in ("year", "date")] == figures_frames


@pytest.mark.parametrize("text, figure, subject", [
    # a speaker's figures are not its own
    ("Mayor Tariq Osei said bus use stood at 41,000 trips a day.", "41,000", None),
    ("The Budget Office forecasts growth of 1.4% next year.", "1.4%", None),
    ("The Fiscal Council (FC) warned that deficits would reach £9 billion.", "£9 billion", None),
    ("Councillor Ama Reed, a member of the Harbour Party, said fees would rise to £80.", "£80",
     None),
    # unless named as an organization's, the object of its cue, or referred back to
    ("Marlow Rail's chief executive, Ines Dahl, said delays fell 12% in May.", "12%",
     "marlow-rail"),
    ("Westfield Council approved 640 new homes last year.", "640", "westfield-council"),
    ("The Parks Department said it had planted 9,000 trees.", "9,000", "parks-department"),
    # a group named for a member gives the member's figures
    ("Priya Nair of the Harbour Party won 8,210 votes.", "8,210", "priya-nair"),
    # a name that owns the metric, or one after "in" at its end, says whose it is
    ("Kessock's jobless rate was 5.1% in June.", "5.1%", "kessock"),
    ("The jobless rate in Kessock was 6.3% in June.", "6.3%", "kessock"),
    # an opening place with no comma after it, before a determiner
    ("In Kessock the median rent rose 4% to £910.", "£910", "kessock"),
    ("In May the median rent rose 4% to £910.", "£910", None),
    # a "with" clause's figures are the subject's of the clause before it
    ("Kessock Valley posted the sharpest fall, with the median rent down 4% to £910.", "£910",
     "kessock valley"),
    ("The valley posted the sharpest fall, with the median rent down 4% to £910.", "£910",
     None),
])
def test_whose_figure(text: str, figure: str, subject: str | None) -> None:
    assert frame(text, figure)[2] == subject


@pytest.mark.parametrize("text, metric, predicate", [
    # a share verb's subject is the part a percentage measures; the whole says which share
    ("Bus trips made up 44% of all journeys in the city.", "bus trips", "of journeys in city"),
    ("Wind turbines generated 31% of the island's power last year.", "wind turbines",
     "of island power"),
    # an actor taking the share leaves the whole as the metric
    ("The Harbour Party won 34% of the vote.", "vote", None),
    # no share verb: the whole
    ("Free lunches now reach 27% of pupils in the county.", "pupils in county", None),
])
def test_a_share_measures_its_part(text: str, metric: str, predicate: str | None) -> None:
    share = figures(text)[0]
    assert (share.metric, share.predicate) == (metric, predicate)


def test_the_same_part_of_two_wholes_is_two_figures() -> None:
    from factcheck.facts import frame_of

    staff, managers = (figures(text)[0] for text in (
        "Women made up 47% of the workforce.", "Women made up 20% of senior managers."))
    assert staff.metric == managers.metric == "women"
    assert frame_of(staff) != frame_of(managers)


@pytest.mark.parametrize("text, figure, metric, unit", [
    # a forecast of the deficit measures the deficit
    ("The board forecasts a deficit of $4 million for 2027.", "$4 million", "deficit", "USD"),
    ("The mayor defended the 2027 deficit forecast of $5 million.", "$5 million", "deficit",
     "USD"),
    # "average" names its metric as a level verb; a verb after a count is no unit
    ("Secondary classes average 29 pupils.", "29", "average secondary classes", "pupils"),
    ("The hall's capacity of 900 makes it the largest in town.", "900", "hall capacity", None),
])
def test_estimates_averages_and_verbs(text: str, figure: str, metric: str,
                                      unit: str | None) -> None:
    found = next(q for q in figures(text) if q.text == figure)
    assert (found.metric, found.unit) == (metric, unit)


@pytest.mark.parametrize("text, figure, metric, period", [
    # a metric that is only "the share", "the total" refers back to the figure before it
    ("Across the county, 24% of adults cycled in 2016; by 2024 the share had risen to 31%.",
     "31%", "adults", "2024"),
    ("Visits to the pier fell to 81,000 last year from 2023's total of 97,000.", "97,000",
     "visits to pier", "2023"),
    # a restated figure after a long whole, or after digits inside a name
    ("Postal ballots made up 38% of all votes cast in the 2024 county election, up from 30% "
     "in 2020.", "30%", "postal ballots", "2020"),
    ("Women held 33% of seats at FTSE 250 firms in 2024, up from 9% in 2011.", "9%", "women",
     "2011"),
])
def test_figures_that_refer_back(text: str, figure: str, metric: str, period: str) -> None:
    found = next(q for q in figures(text) if q.text == figure)
    assert (found.metric, found.period) == (metric, period)


def test_holding_a_count_is_a_capacity() -> None:
    hall = next(q for q in figures("Kelso Hall holds 1,200 people.") if q.text == "1,200")
    fund = next(q for q in figures("The reserve fund held $3.4 billion.") if q.text == "$3.4 billion")
    assert (hall.metric, hall.subject, fund.metric) == ("capacity", "kelso-hall", "reserve fund")
    stadium = figures("The old ground holds 9,000 fans.")[0]
    assert stadium.metric == "old ground capacity"


@pytest.mark.parametrize("text, figure, mood", [
    ("Prosecutors had asked for a sentence of 11 years.", "11", "requested"),
    ("The nurses' union is seeking a 9% pay rise.", "9%", "requested"),
    ("The club offered a fee of £30 million for the striker.", "£30 million", "requested"),
    ("The council proposed a council tax rise of 4.99%.", "4.99%", "requested"),
    ("The firm now expects full-year revenue of $4.1 billion.", "$4.1 billion", "expected"),
    ("The agency forecasts a harvest of 2.3 million tonnes.", "2.3 million", "expected"),
    ("Revenue came in at $2.1 billion, short of the $2.3 billion revenue that analysts had "
     "forecast.", "$2.3 billion", "expected"),
    ("At its peak, the price cap would have put the typical bill at £4,279.", "£4,279",
     "expected"),
    # stated as so: a verb of another clause, or "as expected" after the figure
    ("The judge imposed a sentence of nine years.", "nine", None),
    ("Critics had called for a review, but spending rose 12% to £80 million.", "£80 million",
     None),
    ("Revenue came in at $2.1 billion, short of the $2.3 billion revenue that analysts had "
     "forecast.", "$2.1 billion", None),
    ("Output rose 4% to 9,200 tonnes as expected.", "9,200", None),
    ("Earnings per share of $1.84 beat the analysts' forecast of $1.66.", "$1.84", None),
])
def test_a_value_asked_for_or_expected_has_its_mood(text: str, figure: str,
                                                     mood: str | None) -> None:
    found = {q.text: q for q in figures(text)}
    assert found[figure].mood == mood
    assert found[figure].metric is not None  # the mood is read for figures with a frame


@pytest.mark.parametrize("text, figure", [
    ("Seven other gang members were jailed for a total of 71 years.", "71"),
    ("The figure rose to 12% last year.", "12%"),
])
def test_a_metric_that_only_refers_to_one_named_elsewhere_is_none(text: str,
                                                                  figure: str) -> None:
    # two of "a total of …" are no statements of one value
    assert {q.text: q.metric for q in figures(text)}[figure] is None


@pytest.mark.parametrize("text, endpoints", [
    ("Sales went from 200 to 260 units, an increase of 30%.", (200, 260)),
    ("Fares rose from $2.00 to $2.50 (up 25%) in March.", (2.0, 2.5)),
    ("Deaths fell from 12 to 9 per 1,000 births, a drop of 25%.", (12, 9)),
    # the change after the endpoints is of something else: a risk, not the steps
    ("Walking from 3,000 to 6,000 steps a day was tied to a 30% lower risk of stroke.",
     (None, None)),
])
def test_endpoints_before_a_change_are_its_own_after_a_break(
        text: str, endpoints: tuple[float | None, float | None]) -> None:
    change = next(q for q in figures(text) if q.text.endswith("%"))
    assert (change.change_from, change.change_to) == endpoints


@pytest.mark.parametrize("text, figure, value, direction", [
    ("Mortality fell by a third from 12 to 8 per 1,000 births.", "a third", 33.3, -1),
    ("The council cut the grant by half.", "half", 50.0, -1),
    ("Sales rose by almost a quarter to 500 from 400.", "almost a quarter", 25.0, 1),
    ("Prices saw a rise of a quarter in a year.", "a quarter", 25.0, 1),
])
def test_a_change_by_a_fraction_is_a_percentage_change(text: str, figure: str, value: float,
                                                      direction: int) -> None:
    change = {q.text: q for q in figures(text)}[figure]
    assert change.kind.value == "percent-change"
    assert (round(change.value, 1), change.direction) == (value, direction)
    assert change.hedge is not None  # as rounded as "about" that share


@pytest.mark.parametrize("text", ["The visitors were outnumbered by a third.",
                                  "The growth of half the firms stalled."])
def test_a_fraction_that_names_no_change_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("after, per", [
    (" a year into a fund", "year"), (" tonnes a day", "day"), (" per ticket", "ticket"),
    # a preposition is no unit before "a"; "per" inside a word is no rate ("dee-per")
    (" to a community fund", None), (" metres deeper than before", None),
    (" deeper than before", None)])
def test_what_a_figure_is_a_rate_per(after: str, per: str | None) -> None:
    from factcheck.extract.grammar import grammar

    found = grammar(default_lexicon().lookup()).rate_after.match(f"£40,000{after}", 7)
    assert (found.group("per") if found else None) == per


def test_a_figure_shared_out_to_each_is_a_rate() -> None:
    from factcheck.extract.grammar import grammar

    assert grammar(default_lexicon().lookup()).rate_after.match("£300 to each of them", 4)


@pytest.mark.parametrize("text", ["Its area has shrunk by a third.", "The lake shrinks by a third.",
                                  "Sales have sunk by a third."])
def test_a_participle_of_shrinking_makes_a_change(text: str) -> None:
    (change,) = figures(text)
    assert (change.kind.value, round(change.value, 1), change.direction) == (
        "percent-change", 33.3, -1)


@pytest.mark.parametrize("text, direction", [
    ("Shares were sliding 4% in early trade.", -1), ("Exports kept climbing 6% a year.", 1),
    ("Output is dipping 2% a quarter.", -1)])
def test_a_verb_of_change_in_its_ing_form(text: str, direction: int) -> None:
    (change,) = figures(text)
    assert (change.kind.value, change.direction) == ("percent-change", direction)
