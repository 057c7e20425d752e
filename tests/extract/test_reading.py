"""Figures hidden by invisible or look-alike characters are read, and spans stay the file's."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dsl.ruleset import load_ruleset
from factcheck.extract import default_lexicon, extract
from factcheck.extract.quantities import find_quantities
from factcheck.extract.reading import reading
from factcheck.load import document_from_text
from factcheck.models.span import Span
from factcheck.pipeline import Checker

DISGUISES = {
    "zero-width space": "1\u200b40%",
    "word joiner": "14\u20600%",
    "soft hyphen": "1\u00ad40%",
    "bidi override": "\u202e140%\u202c",
    "zero-width joiner": "140\u200d%",
    "byte order mark": "\ufeff140%",
    "full-width digits and percent": "１４０％",
    "Arabic-Indic digits and percent": "١٤٠٪",
    "extended Arabic-Indic digits": "۱۴۰%",
    "Devanagari digits": "१४०%",
    "letter O for a zero": "14O%",
    "lower-case o for a zero": "14o%",
    "small percent sign": "140﹪",
}


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_ruleset(), default_lexicon())


def _percent_values(text: str) -> list[float]:
    claims = extract(document_from_text(text, "t.md"), default_lexicon())
    return [q.value for claim in claims for q in claim.quantities if q.kind.value == "percent"]


@pytest.mark.parametrize("figure", DISGUISES.values(), ids=list(DISGUISES))
def test_a_disguised_share_is_flagged(checker: Checker, figure: str) -> None:
    text = f"The harbour levy was backed by {figure} of the port's pilots.\n"
    result = checker.check(document_from_text(text, "t.md"))
    flagged = [f for f in result.findings if f.rule_id == "numeric.percent-out-of-range"]
    assert len(flagged) == 1
    span = flagged[0].span
    assert span is not None
    # The span is the file's: it covers the disguised figure as written, nothing around it.
    written = figure.strip("\u202e\u202c\ufeff")
    assert text[span.start:span.end] == written
    assert span.column == text.index(written) + 1


def test_spans_after_removed_characters_point_into_the_file() -> None:
    text = "Turnout\u200b was 4\u200b1%.\nThe\u2060 levy rose to 1\u00ad9% [1].\n"
    claims = extract(document_from_text(text, "t.md"), default_lexicon())
    figures = [(q, text[q.span.start:q.span.end]) for c in claims for q in c.quantities]
    assert [(q.value, written) for q, written in figures] == [(41.0, "4\u200b1%"),
                                                              (19.0, "1\u00ad9%")]
    assert [(q.span.line, q.span.column) for q, _ in figures] == [(1, 14), (2, 19)]
    markers = [m for c in claims for m in c.citations]
    assert [text[m.span.start:m.span.end] for m in markers] == ["[1]"]


def test_a_vulgar_fraction_is_read_with_its_whole_and_spans_stay_in_the_file() -> None:
    text = "Oduya scored 10½ points; the pipe is ¾ inch wide and 5¾ inches long [1].\n"
    claims = extract(document_from_text(text, "t.md"), default_lexicon())
    figures = [(q.value, text[q.span.start:q.span.end]) for c in claims for q in c.quantities]
    assert (10.5, "10½ points") in figures and (5.75, "5¾") in figures
    markers = [m for c in claims for m in c.citations]
    assert [text[m.span.start:m.span.end] for m in markers] == ["[1]"]


def test_grouped_full_width_and_arabic_separators() -> None:
    assert _percent_values("Support reached １２．５％ in the survey.") == [12.5]
    assert _percent_values("Support reached ١٢٫٥٪ in the survey.") == [12.5]


@pytest.mark.parametrize("text", [
    "Water is H2O, not H2O2.",
    "The 2 o'clock session and the 3 o'clock one.",
    "会议于今年召开。美国代表表示反对，中国代表表示支持！",  # full-width punctuation kept
    "The plot was 40 m² in 2019.",  # superscripts are not digits of a figure
    "No. 5 was the winner.",
])
def test_text_without_disguises_reads_as_written(text: str) -> None:
    assert reading(text).text == text


@given(st.lists(st.sampled_from(["\u200b", "\u2060", "\u00ad", "\u200e", "\u202d", "\ufeff"]),
                min_size=4, max_size=4))
def test_format_characters_anywhere_in_a_figure_change_nothing(hidden: list[str]) -> None:
    figure = f"1{hidden[0]}3{hidden[1]}5{hidden[2]}%{hidden[3]}"
    assert _percent_values(f"Approval stood at {figure} last spring.") == [135.0]


def _figures(text: str, framed: bool) -> list[tuple[str, str, str | None]]:
    def span(start: int, end: int) -> Span:
        return Span(start=start, end=end, line=1, column=start + 1, end_line=1,
                    end_column=end + 1)
    return [(figure.text, figure.kind.value, figure.unit) for figure in find_quantities(
        text, 0, span, framed=framed, lookup=default_lexicon().lookup())]


def test_a_hash_a_tokenizer_wrote_for_the_pound_sign_makes_pounds() -> None:
    assert _figures("it sold in a # 100,000 auction .", framed=True) == [
        ("100,000", "currency", "GBP")]
    assert _figures("it was ranked #3 .", framed=True) == []  # an identifier


def test_a_fraction_before_a_determiner_is_read_in_a_source_only() -> None:
    text = "A lottery grant paid half the cost."
    assert _figures(text, framed=False) == [("half", "ratio", None)]
    assert _figures(text, framed=True) == []


def test_a_scaled_figure_after_an_amount_and_of_the_is_in_its_currency() -> None:
    assert _figures("she took 2.5 lakh rupees of the 12 lakh prize fund", framed=True)[1][1:] == (
        "currency", "INR")
