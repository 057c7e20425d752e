"""Extraction on the seed and on each form the issue lists, with exact spans."""

from __future__ import annotations

import pytest

from factcheck.errors import FactcheckError
from factcheck.extract import LexiconError, default_lexicon, extract, load_lexicon
from factcheck.extract.segment import sentences
from factcheck.load import document_from_text, load_document
from factcheck.models import CitationKind, Claim, QuantityKind
from tests.conftest import SEED
from tests.growth import FACTOR, assert_linear


def claims(text: str, path: str = "t.md") -> list[Claim]:
    return extract(document_from_text(text, path), default_lexicon())


@pytest.fixture(scope="module")
def seed_claims() -> list[Claim]:
    return extract(load_document(SEED), default_lexicon())


def test_every_span_is_exact(seed_claims: list[Claim]) -> None:
    text = load_document(SEED).text
    for claim in seed_claims:
        assert text[claim.span.start:claim.span.end] == claim.text
        parts = [*claim.quantities, *claim.actors, *claim.stances, *claim.citations]
        for part in parts:
            assert claim.span.start <= part.span.start <= part.span.end <= claim.span.end
        for quantity in claim.quantities:
            assert text[quantity.span.start:quantity.span.end] == quantity.text
        for actor in claim.actors:
            assert text[actor.span.start:actor.span.end] == actor.name


def test_seed_acceptance(seed_claims: list[Claim]) -> None:
    quantities = {q.text: q for c in seed_claims for q in c.quantities}
    nearly = quantities["nearly 90%"]
    assert nearly.value == 90 and nearly.interval.high == 90 and nearly.interval.low < 90
    assert nearly.subject == "china"
    assert "refining" in (nearly.metric or "")
    assert quantities["87%"].subject == "us-military"
    assert "equipment" in (quantities["87%"].metric or "")
    over = quantities["over 3,000"]
    assert over.value == 3000 and over.interval.low == 3000 and over.interval.high is None
    assert over.unit == "items"
    ratio = quantities["three times"]
    assert ratio.kind is QuantityKind.RATIO and ratio.value == 3
    assert ratio.ratio_phrase == "times more than" and "china" in (ratio.compared_to or "")
    actors = {a.id: a for c in seed_claims for a in c.actors}
    assert {"trump", "bessent", "china", "us"} <= set(actors)
    assert "us-government" in actors["trump"].groups and "us-government" in actors["bessent"].groups
    assert actors["bessent"].role == "Treasury Secretary"
    cited = [c.cited_ids() for c in seed_claims]
    assert cited == [{"1"}, {"1", "2"}, {"4"}, {"5"}, {"5"}, {"4"}, {"6"}, {"6"}, {"6"}, {"8"},
                     {"8"}, {"8", "9"}]
    stances = {(s.actor, s.topic, s.polarity.value) for c in seed_claims for s in c.stances}
    assert ("trump", "tariffs", "support") in stances
    assert ("bessent", "tariffs", "oppose") in stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. has 3,000 items [4]. Dr. Smith said prices rose 2.5% in Jan. last year. "
         "No. 10 agreed.", 3),
        ("He said (see e.g. Fig. 2. It was fine.) that it worked. Next one!", 2),
        ("“It is over.” She left. They met the U.S. The talks failed [1][2]. Then? Yes.", 6),
        ("中国控制了近百分之九十的稀土。美国表示反对！是吗？", 3),
        ("Prices rose. [3] Then fell.", 2),
        # lower case, as summarization models write: a marker or a tokenized stop ends it
        ("he robbed nine pensioners in kent . [1] he got away with it . [1]", 2),
        ("the bank is in the u.s. [1] the talks failed . they left .", 3),
        ("he said : ` it was the best day of my life . ' [1] he left . [1]", 2),
        ("she ran the marathon .  [1]\nshe raised # 12,000 [1] .", 2),
        ("fear said : ` i love my job . the money wo n't change that ' [1] . he left . [1]", 2),
        # a tokenized possessive inside the quotation closes nothing
        ("the club 's coach said : ` we lost . the fans deserve better ' [1] . he left . [1]", 2),
        ("Run `make`. Then test. Done.", 3),
        # a name's initials run together end no sentence
        ("Director S.R. Kulkarni said so. J.R.R. Tolkien wrote it.", 2),
        # a quotation that goes on past a stop, whatever marker stands inside it
        ('The warden said: "It was cold. [1] We left at dawn." [1] Then it rained.', 2),
        ("“It was cold. We left,” she said. They went home.", 2),
        ('"It was cold," she said. "We left." He stayed.', 3),
        # a stray quotation mark with no close near ends nothing early
        ('He wrote "the end. Then he left. ' + "It rained all day and night. " * 20, 22),
    ],
)
def test_segmentation(text: str, expected: int) -> None:
    assert len(sentences(text, 0, len(text))) == expected


def test_hedges_become_intervals() -> None:
    (claim,) = claims("Nearly 90%, about 50, over 3,000, at most 12 and 87% were seen.")
    by_text = {q.text: q.interval for q in claim.quantities}
    assert (by_text["Nearly 90%"].low, by_text["Nearly 90%"].high) == (pytest.approx(82.8), 90)
    assert (by_text["about 50"].low, by_text["about 50"].high) == (pytest.approx(45),
                                                                   pytest.approx(55))
    assert (by_text["over 3,000"].low, by_text["over 3,000"].high) == (3000, None)
    assert (by_text["at most 12"].low, by_text["at most 12"].high) == (None, 12)
    assert (by_text["87%"].low, by_text["87%"].high) == (86.5, 87.5)


def test_exactly_states_an_exact_figure_not_a_hedge() -> None:
    (claim,) = claims("Exactly 1,000,000 people came, and 2,000 more waited.")
    exact, plain = claim.quantities
    assert exact.text == "Exactly 1,000,000"
    assert exact.hedge is None  # a rule asking `hedge is None` takes it as written
    assert (exact.interval.low, exact.interval.high) == (1_000_000, 1_000_000)
    assert plain.hedge is None and plain.interval.low < 2000 < plain.interval.high


def test_changes_record_endpoints_and_direction() -> None:
    (claim,) = claims("Sales rose 20% from 50 to 60 million units, then fell 3 points.")
    change, *_, points = claim.quantities
    assert change.kind is QuantityKind.PERCENT_CHANGE and change.direction == 1
    assert (change.change_from, change.change_to) == (50, 60_000_000)
    assert points.kind is QuantityKind.POINTS and points.direction == -1


@pytest.mark.parametrize("text, start, end, margins", [
    # how far each endpoint may be from what it rounds, as written (a zero is a digit)
    ("Revenue rose 17% from $4.1 billion to $4.8 billion.", 4.1e9, 4.8e9, (5e7, 5e7)),
    ("Cases fell 20% from 1,500 to 1,200.", 1500, 1200, (0.5, 0.5)),
    # the value a change ended at, before it, and the one it started from, after it
    ("Revenue was $4.82 billion, up 18% from $4.08 billion a year earlier.", 4.08e9, 4.82e9,
     (5e6, 5e6)),
    ("The metro carried 412 million trips in 2023, up 9% from 378 million in 2022.", 378e6,
     412e6, (5e5, 5e5)),
])
def test_a_change_keeps_its_endpoints_and_how_they_are_rounded(
        text: str, start: float, end: float, margins: tuple[float, float]) -> None:
    (change,) = [q for claim in claims(text) for q in claim.quantities
                 if q.kind is QuantityKind.PERCENT_CHANGE]
    assert (change.change_from, change.change_to) == pytest.approx((start, end))
    assert (change.change_from_margin, change.change_to_margin) == pytest.approx(margins)


def test_citation_forms() -> None:
    (claim,) = claims("Growth slowed [1, 2] and [3–5], a note[^7] says¹² (Source: IEA) "
                      "https://example.org/a, according to the IMF.")
    kinds = {c.kind for c in claim.citations}
    assert kinds == {CitationKind.MARKER, CitationKind.FOOTNOTE, CitationKind.SOURCE_NOTE,
                     CitationKind.URL, CitationKind.ATTRIBUTION}
    assert claim.cited_ids() == {"1", "2", "3", "4", "5", "7", "12"}
    assert claim.attribution == "IEA"


def test_markers_and_list_numbers_are_not_quantities() -> None:
    (claim,) = claims("- The ban covers products [12][13].")
    assert claim.quantities == ()
    assert claim.text == "The ban covers products [12][13]."


def test_negation_flips_and_is_recorded() -> None:
    (claim,) = claims("India did not reject the trade deal.")
    (stance,) = claim.stances
    assert stance.negated and stance.polarity.value == "support"


def test_time_markers_are_kept() -> None:
    (claim,) = claims("China previously rejected the tariffs.")
    assert claim.stances[0].time_marker == "previously"


def figures(text: str) -> list[list[float]]:
    """Each claim's figures, claim by claim."""
    return [[quantity.value for quantity in claim.quantities] for claim in claims(text)]


def test_non_english_text_is_read_without_crashing() -> None:
    # Sentences split at any script's full stop, and figures read in any script's digits.
    assert [claim.text for claim in claims("Привет, мир. 100 рублей.")] == [
        "Привет, мир.", "100 рублей."]
    assert figures("Привет, мир. 100 рублей.") == [[], [100]]
    assert figures("مرحبا 3000") == [[3000]]
    assert figures("مرحبا ٣٠٠٠ دولار") == [[3000]]  # Arabic-Indic digits
    assert figures("Токио: ３０００ единиц") == [[3000]]  # full-width digits
    assert figures("东京有3000项") == [[3000]]
    # Japanese is not read for figures (項, not the Chinese 项, after the number), but the text
    # is kept whole as one claim.
    assert [claim.text for claim in claims("東京で3000項目")] == ["東京で3000項目"]
    assert figures("🙂" * 50) == [[]]
    # Control characters are no claim's figure, and the claim is still there.
    assert figures("\u202e\u0000x") == [[]]


@pytest.mark.parametrize(("unit", "count"), [
    ("1,", 100_000), ("9", 200_000), (" nearly", 50_000), ("[1][", 50_000), ("a ", 100_000),
    ("U.S. ", 50_000), ("three times ", 30_000)])
def test_patterns_stay_linear_on_adversarial_lines(unit: str, count: int) -> None:
    # A quarter of the line, then all of it: the cost grows with the line, not its square.
    assert_linear(claims, lambda n: unit * n, count // FACTOR, repr(unit))


def test_user_lexicons_extend_the_built_in_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "actors.yaml").write_text(
        "actors:\n  - {id: acme, name: Acme Corp, kind: organization, aliases: [Acme]}\n")
    from factcheck.builtin import builtin_lexicons_dir

    lexicon = load_lexicon([builtin_lexicons_dir(), tmp_path])
    (claim,) = extract(document_from_text("Acme and China signed a deal.", "t.md"), lexicon)
    assert [a.id for a in claim.actors] == ["acme", "china"]
    (tmp_path / "bad.yaml").write_text("actors:\n  - {id: x, nme: y}\n")
    with pytest.raises(LexiconError) as error:
        load_lexicon([tmp_path])
    assert isinstance(error.value, FactcheckError)
    assert "bad.yaml:2" in error.value.one_line()


def test_table_cells_are_claims_of_their_own_but_wrapped_prose_is_not() -> None:
    text = ("RESULTS\nWard 3\nAna Ruiz\n54%\nLeo Park\n46%\nTurnout was the lowest since the "
            "ward was\nredrawn. The count fell from\n210 to 126 last year.")
    pieces = [text[a:b] for a, b in sentences(text, 0, len(text))]
    assert pieces[:6] == ["RESULTS", "Ward 3", "Ana Ruiz", "54%", "Leo Park", "46%"]
    assert pieces[6:] == ["Turnout was the lowest since the ward was\nredrawn.",
                          "The count fell from\n210 to 126 last year."]


def units(text: str) -> list[str | None]:
    """The units of the figures ``text`` states, in order."""
    return [q.unit for c in extract(document_from_text(text, "t.md"), default_lexicon())
            for q in c.quantities]


def test_the_yen_sign_is_the_yuan_only_when_the_text_says_so() -> None:
    assert units("China's exports to Japan were worth ¥3 trillion.") == ["JPY"]
    assert units("Beijing pledged ¥500 billion yuan for the rail link.") == ["CNY"]


def test_a_measure_glued_to_its_figure_is_the_unit_not_the_noun_after_it() -> None:
    assert units("A 2.4kg salmon was landed at the weir.") == ["kg"]
    assert units("Runners set off on the 42km course at dawn.") == ["km"]
    assert units("Volunteers packed 300 food parcels.") == ["parcels"]


def test_every_part_an_extractor_reads_is_a_part_of_the_claim_and_can_be_left_out() -> None:
    from factcheck.extract.extractors import EXTRACTORS, ClaimDraft, Parts
    from factcheck.models import Claim

    for extractor in EXTRACTORS:
        assert extractor.part in Claim.model_fields, extractor.part
        assert extractor.part in ClaimDraft.__dataclass_fields__, extractor.part
        assert extractor.part in Parts.__dataclass_fields__, extractor.part


def test_a_source_reading_leaves_out_what_it_does_not_compare() -> None:
    from factcheck.extract import SOURCE_FIGURES, default_lexicon, extract
    from factcheck.load import document_from_text

    text = ('Mayor Ana Reyes said "we will build the bridge by spring" as costs rose 12% to '
            "$40 million [1].")
    (article,) = extract(document_from_text(text, "a.md"), default_lexicon())
    (source,) = extract(document_from_text(text, "s.txt"), default_lexicon(),
                        parts=SOURCE_FIGURES)
    assert article.actors and article.quotes and article.quantities
    assert not source.actors and not source.quotes and not source.names
    assert [q.value for q in source.quantities] == [q.value for q in article.quantities]


def test_one_in_five_is_a_share_of_the_whole() -> None:
    (claim,) = claims("One in five adults smokes, and 3 out of 10 drivers failed the test.")
    assert [(q.text, q.kind, round(q.value, 2)) for q in claim.quantities] == [
        ("One in five", QuantityKind.PERCENT, 20.0), ("3 out of 10", QuantityKind.PERCENT, 30.0)]
    # Times, years and a part larger than the whole are two figures, as before.
    assert [q.value for q in claims("She scored 2 in 3 minutes.")[0].quantities] == [2, 3]
    assert [q.kind for q in claims("Sales of 5 in 2024 were low.")[0].quantities] == [
        QuantityKind.COUNT, QuantityKind.YEAR]
    assert [q.value for q in claims("It rose from 9 in 4 steps.")[0].quantities] == [9, 4]


def test_a_season_is_the_year_it_starts_in() -> None:
    for written in ("2020-21", "2020–21", "2020/21", "1999-00"):
        (claim,) = claims(f"The {written} season was cut short.")
        assert [(q.kind, q.value) for q in claim.quantities] == [
            (QuantityKind.YEAR, float(written[:4]))], written
    # Not a season: the years do not follow each other.
    assert [q.kind for q in claims("Fares rose in 2020-24.")[0].quantities] != [
        QuantityKind.YEAR]


def test_a_source_reads_ordinals_and_roman_numerals_and_a_glued_m_both_ways() -> None:
    from factcheck.extract import SOURCE_FIGURES

    def source_figures(text: str) -> list[float]:
        (claim,) = extract(document_from_text(text, "s.txt"), default_lexicon(),
                           parts=SOURCE_FIGURES)
        return [q.value for q in claim.quantities]

    assert 19 in source_figures("It was built in the nineteenth century.")
    assert 21 in source_figures("She finished twenty-first of 40.")
    assert source_figures("It was the first and second time.") == []
    assert sorted(source_figures("The pier is 300m long.")) == [300, 300_000_000]
    # An article's ordinals are words, and its "300m" is no figure (metres or millions?).
    assert [q.value for q in claims("The nineteenth pier, 300m long.")[0].quantities] == []
    # Roman numerals after a name's word; letters that spell no numeral are none
    assert source_figures("The Phase III trial of Rocky IV and Title IX.") == [3, 4, 9]
    assert source_figures("Team IIII, Room XXXX, Unit VV and Paris XL.") == []
    # digits after a word and a hyphen name something; a year so written stays a year
    assert [q.value for q in claims("After covid-19 and 12 others, in mid-2019, an F-35.")[0]
            .quantities] == [12, 2019]
    # both shares of a split, the unit written once
    (split,) = extract(document_from_text("It passed 52-48%.", "s.txt"), default_lexicon(),
                       parts=SOURCE_FIGURES)
    assert [(q.kind, q.value) for q in split.quantities] == [
        (QuantityKind.PERCENT, 52), (QuantityKind.PERCENT, 48)]


def test_between_two_figures_is_a_range_but_and_alone_is_not() -> None:
    (between,) = claims("Between 20 and 30 people were hurt.")
    (figure,) = between.quantities
    assert (figure.value, figure.interval.low, figure.interval.high) == (25, 20, 30)
    assert [q.value for q in claims("It has 20 and 30 more.")[0].quantities] == [20, 30]
    assert [q.kind for q in claims("He served between 2010 and 2014.")[0].quantities] == [
        QuantityKind.YEAR, QuantityKind.YEAR]


def test_a_decade_is_any_of_its_years() -> None:
    (claim,) = claims("Prices have not been this high since the 1990s.")
    (decade,) = claim.quantities
    assert decade.kind is QuantityKind.YEAR and (decade.interval.low, decade.interval.high) == (
        1990, 1999)


def test_a_time_of_day_is_no_figure_and_pc_is_per_cent() -> None:
    (claim,) = claims("At 3.12pm, 6 a.m., seven o'clock and 15:12 the rate was 3.4pc.")
    assert [(q.text, q.kind) for q in claim.quantities] == [("3.4pc", QuantityKind.PERCENT)]


def test_a_source_reads_its_headline_and_lead() -> None:
    from factcheck.extract import SOURCE_FIGURES

    text = "Ferry with 214 aboard runs aground\n\nThe coastguard said nobody was hurt.\n"
    assert [q.value for c in claims(text, "s.txt") for q in c.quantities] == []
    read = extract(document_from_text(text, "s.txt"), default_lexicon(), parts=SOURCE_FIGURES)
    assert [q.value for c in read for q in c.quantities] == [214]


def test_an_opening_group_or_place_says_whose_the_figures_are() -> None:
    def subjects(text: str) -> list[str | None]:
        return [q.subject for c in claims(text) for q in c.quantities if q.kind is not (
            QuantityKind.YEAR)]

    assert subjects("Among workers under 25, the jobless rate was 11.4%.")[-1] == (
        "workers under 25")
    assert subjects("For women the gap was 7.9 years.") == ["women"]
    assert subjects("In Dunmore, the rise was 4.9%.") == ["dunmore"]
    assert subjects("In the capital, Veldra, inflation was 3.1%.") == ["veldra"]
    # Periods, sentence adverbs and lower-case places say nothing of whose.
    for text in ("In June, inflation was 3.1%.", "For example, inflation was 3.1%.",
                 "In the survey, 62% of nurses agreed.", "For 2024, the rate was 3.1%.",
                 "In Q1, the rate was 3.1%."):
        assert subjects(text) == [None], text


def test_basis_points_are_read_in_percentage_points() -> None:
    (claim,) = claims("Yields rose 25 bps, then 6bp, after a 0.5 point cut.")
    assert [(q.kind, q.value) for q in claim.quantities] == [
        (QuantityKind.POINTS, 0.25), (QuantityKind.POINTS, 0.06), (QuantityKind.POINTS, 0.5)]


def test_a_signed_percentage_is_a_change() -> None:
    # a table's change column: "+125%" and "−6%" are changes, never shares of a whole
    (claim,) = claims("| Cardivex | 5.4 | +125% | 29.0% |")
    assert [q.kind for q in claim.quantities if q.unit == "%"] == [
        QuantityKind.PERCENT_CHANGE, QuantityKind.PERCENT]
    (claim,) = claims("Exports moved −6% in May.")
    assert (claim.quantities[0].kind, claim.quantities[0].direction) == (
        QuantityKind.PERCENT_CHANGE, -1)


def test_an_occupancy_over_100_percent_is_a_rate() -> None:
    (claim,) = claims("The trains ran at an average occupancy of 176% last year.")
    assert claim.quantities[0].unit != "%"  # a rate: no share of a whole


@pytest.mark.parametrize("text, figure, value, direction", [
    ("Member giving rose by half a million dollars.", "half a million", 500_000, 1),
    ("About half a million people visited the fair.", "half a million", 500_000, None),
    ("The deal is worth a quarter of a million pounds.", "a quarter of a million", 250_000,
     None),
])
def test_a_fraction_of_a_scale_is_the_amount_it_makes(
        text: str, figure: str, value: float, direction: int | None) -> None:
    [claim] = claims(text)
    found = {quantity.text: quantity for quantity in claim.quantities}
    assert set(found) == {figure}  # not "half" as a change of 50%, nor "a quarter" as a ratio
    assert found[figure].kind is QuantityKind.COUNT
    assert found[figure].value == value
    assert found[figure].direction == direction
    assert text[found[figure].span.start:found[figure].span.end] == figure
