"""Extraction's word lists are lexicon data (rules/lexicons/), extendable with `lexicons`."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from factcheck.builtin import builtin_lexicons_dir
from factcheck.extract import Lexicon, extract, load_lexicon
from factcheck.extract.lexicon import WordLists
from factcheck.load import document_from_text
from factcheck.models import Claim

ROOT = Path(__file__).resolve().parents[2]


def _claims(text: str, lexicon: Lexicon) -> list[Claim]:
    return extract(document_from_text(text, "x.md"), lexicon)


def _extended(tmp_path: Path, yaml: str) -> Lexicon:
    (tmp_path / "house.yaml").write_text("kind: factcheck/lexicon\n" + yaml, encoding="utf-8")
    return load_lexicon([builtin_lexicons_dir(), tmp_path])


def _keys(*files: str) -> set[str]:
    """The top-level keys of built-in lexicon files."""
    return {line.split(":", 1)[0] for name in files
            for line in (builtin_lexicons_dir() / name).read_text("utf-8").splitlines()
            if re.match(r"[a-z_]+:", line)} - {"kind"}


def test_the_word_lists_of_figures_names_and_sentences_are_documented() -> None:
    guide = (ROOT / "docs" / "rules-guide.md").read_text(encoding="utf-8")
    section = guide.split("## Lexicons", 1)[1]
    documented = set(re.findall(r"`(\w+)`", section))
    keys = _keys("quantities.yaml", "sentences.yaml", "names.yaml", "citations.yaml",
                 "numbers.yaml", "zh.yaml") - {"actors", "topics", "stance_cues"}
    assert keys <= set(WordLists.model_fields)
    assert keys - documented == set()


def test_extraction_modules_hold_no_word_list() -> None:
    """No module-level set, tuple or dict of plain lower-case words in the modules whose lists
    moved to the lexicon."""
    for module in ("quantities", "segment", "names", "actors"):
        tree = ast.parse((ROOT / "factcheck" / "extract" / f"{module}.py").read_text("utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Call):
                continue
            call = node.value
            if isinstance(call.func, ast.Name) and call.func.id == "frozenset" and call.args:
                words = [c.value for c in ast.walk(call.args[0])
                         if isinstance(c, ast.Constant) and isinstance(c.value, str)]
                assert not any(re.fullmatch(r"[a-z ]+", word) for word in words), (
                    module, ast.unparse(node.targets[0]))


def test_a_house_hedge_bounds_its_figure(tmp_path: Path) -> None:
    text = "The council spent give or take 400 dollars on signs [1]."
    plain = _claims(text, load_lexicon([builtin_lexicons_dir()]))[0].quantities[0]
    assert plain.hedge is None
    quantity = _claims(text, _extended(tmp_path, "hedges_about: [give or take]\n"))[0]
    figure = quantity.quantities[0]
    assert figure.hedge == "give or take"
    assert (figure.interval.low, figure.interval.high) == pytest.approx((360, 440))


def test_a_house_growth_verb_makes_a_change(tmp_path: Path) -> None:
    text = "Bookings ballooned 40% over the summer [1]."
    assert _claims(text, load_lexicon([builtin_lexicons_dir()]))[0].quantities[0].kind == "percent"
    lexicon = _extended(tmp_path, "growth_verbs: [ballooned]\n")
    assert _claims(text, lexicon)[0].quantities[0].kind == "percent-change"


def test_a_house_abbreviation_ends_no_sentence(tmp_path: Path) -> None:
    text = "The deal was signed by Supt. Harlow and the mayor on Monday."
    assert len(_claims(text, load_lexicon([builtin_lexicons_dir()]))) == 2
    assert len(_claims(text, _extended(tmp_path, "abbreviations: [supt]\n"))) == 1


def test_a_house_connector_joins_a_name(tmp_path: Path) -> None:
    text = "Investors met Jan ter Horst in Utrecht."
    names = [name.text for name in _claims(text, load_lexicon([builtin_lexicons_dir()]))[0].names]
    assert "Jan ter Horst" not in names
    lexicon = _extended(tmp_path, "connectors: [ter]\n")
    assert "Jan ter Horst" in [name.text for name in _claims(text, lexicon)[0].names]


def test_a_house_level_verb_names_the_metric(tmp_path: Path) -> None:
    text = "The vacancy rate hovered near 7% in May [1]."
    lexicon = _extended(tmp_path, "level_verbs: [hovered near]\n")
    assert _claims(text, lexicon)[0].quantities[0].metric == "vacancy"


def test_a_house_currency_word_makes_an_amount_of_money(tmp_path: Path) -> None:
    text = "The ministry paid 40 million kwacha for the new clinic [1]."
    plain = _claims(text, load_lexicon([builtin_lexicons_dir()]))[0].quantities[0]
    assert (plain.kind, plain.unit) == ("count", "kwacha")
    figure = _claims(text, _extended(tmp_path, "currency_words: {kwacha: zmw}\n"))[0].quantities[0]
    assert (figure.kind, figure.unit, figure.value) == ("currency", "ZMW", 40_000_000)


@pytest.mark.parametrize("text, figures", [
    ("The state spent ₹2,000 crore on 3.5 lakh homes [1].",
     [("currency", "INR", 20_000_000_000), ("count", "homes", 350_000)]),
    ("About 1,50,000 people attended, and 2,45,00,000 watched [1].",
     [("count", "people", 150_000), ("count", None, 24_500_000)]),
])
def test_indian_scales_and_rupees_are_read(text: str,
                                            figures: list[tuple[str, str | None, int]]) -> None:
    """lakh and crore are scales, Indian digit groups one number, ₹ rupees."""
    quantities = _claims(text, load_lexicon([builtin_lexicons_dir()]))[0].quantities
    assert [(q.kind, q.unit, q.value) for q in quantities] == figures


@pytest.mark.parametrize("text, figure", [
    ("The trawler landed 3,200 pounds of cod [1].", ("count", "pounds", 3_200)),
    ("The scheme cost 40,000 pounds of public money [1].", ("currency", "GBP", 40_000)),
    ("The bill came to 40,000 pounds [1].", ("currency", "GBP", 40_000)),
    ("A 3 billion dollar tunnel was approved [1].", ("currency", "USD", 3_000_000_000)),
])
def test_a_currency_word_is_money_unless_it_weighs_something(
        text: str, figure: tuple[str, str, int]) -> None:
    quantity = _claims(text, load_lexicon([builtin_lexicons_dir()]))[0].quantities[0]
    assert (quantity.kind, quantity.unit, quantity.value) == figure


def test_a_currency_sign_of_letters_starts_a_word() -> None:
    """"Rs. 45" is an amount of rupees; "years 7" is no amount in "rs"."""
    text = "Pupils in years 7 and 8 pay Rs. 45 a term [1]."
    quantities = _claims(text, load_lexicon([builtin_lexicons_dir()]))[0].quantities
    assert [(q.value, q.unit) for q in quantities if q.kind == "currency"] == [(45, "INR")]


def test_extraction_modules_hold_no_word_table() -> None:
    """No module-level dict keyed by plain lower-case words in the modules whose lists moved
    to the lexicon (currency words, like hedges, are the lexicon's)."""
    for module in ("quantities", "segment", "names", "actors", "stances", "frames", "numbers",
                   "grammar", "alignment"):
        tree = ast.parse((ROOT / "factcheck" / "extract" / f"{module}.py").read_text("utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
                keys = [k.value for k in node.value.keys
                        if isinstance(k, ast.Constant) and isinstance(k.value, str)]
                assert not (keys and all(re.fullmatch(r"[a-z]{3,}", key) for key in keys)), (
                    module, ast.unparse(node.targets[0]))


def test_a_house_chinese_hedge_and_growth_verb(tmp_path: Path) -> None:
    text = "该市出口额飙升百分之二十，新增岗位逾千个，耗资大概三亿元【1】。"
    lexicon = _extended(tmp_path, "growth_verbs: [飙升]\nhedge_translations: {大概: about}\n")
    plain = _claims(text, load_lexicon([builtin_lexicons_dir()]))[0].quantities
    house = _claims(text, lexicon)[0].quantities
    assert plain[0].kind == "percent"
    assert house[0].kind == "percent-change"
    assert plain[-1].hedge is None and house[-1].hedge == "about"


def test_a_house_whole_verb_ends_a_shares_whole(tmp_path: Path) -> None:
    text = "In the survey, 62% of tenants endorse the rent cap [1]."
    plain = _claims(text, load_lexicon([builtin_lexicons_dir()]))[0].quantities[0]
    house = _claims(text, _extended(tmp_path, "whole_verbs: [endorse]\n"))[0].quantities[0]
    assert plain.metric != "tenants"
    assert (house.metric, house.predicate) == ("tenants", "endorse the rent cap")


def test_a_house_attribution_noun_makes_a_statistic_sourced(tmp_path: Path) -> None:
    text = "Two years on, the auditors found 42% of contracts lacked a second bid."
    plain = _claims(text, load_lexicon([builtin_lexicons_dir()]))[0]
    house = _claims(text, _extended(tmp_path, "attribution_nouns: [auditors]\n"))[0]
    assert plain.attribution is None
    assert house.attribution == "the auditors"


def test_a_house_chinese_period_word_names_a_period(tmp_path: Path) -> None:
    text = "本周该市失业率为5.2%【1】。"
    plain = _claims(text, load_lexicon([builtin_lexicons_dir()]))[0].quantities[0]
    house = _claims(text, _extended(tmp_path, "period_translations: {本周: this week}\n"))[0]
    assert plain.period is None
    assert (house.quantities[0].period, house.quantities[0].metric) == ("this week", "失业率")


def test_a_house_mapping_entry_replaces_the_built_in_one(tmp_path: Path) -> None:
    # a Canadian newsroom: "dollars" are Canadian dollars
    text = "The city spent 40 million dollars on transit [1]."
    plain = _claims(text, load_lexicon([builtin_lexicons_dir()]))[0].quantities[0]
    house = _claims(text, _extended(tmp_path, "currency_words: {dollars: CAD}\n"))[0]
    assert (plain.unit, house.quantities[0].unit) == ("USD", "CAD")


def test_house_scales_and_currency_signs_are_read(tmp_path: Path) -> None:
    text = "The canton spent SFr 4 mio on the bridge and 12 mio francs on roads [1]."
    plain = _claims(text, load_lexicon([builtin_lexicons_dir()]))[0].quantities
    assert all(figure.unit != "CHF" and figure.value < 1e5 for figure in plain)
    house = _extended(tmp_path, "short_scales: {mio: 1000000}\n"
                                "currency_signs: {SFr: CHF}\ncurrency_words: {francs: chf}\n")
    figures = _claims(text, house)[0].quantities
    assert [(f.kind, f.unit, f.value) for f in figures] == [
        ("currency", "CHF", 4_000_000), ("currency", "CHF", 12_000_000)]


def test_a_house_month_name_makes_a_date_and_a_period(tmp_path: Path) -> None:
    text = "The ferry terminal opened on 3 Okt 2019, and fares rose 4% in Okt [1]."
    plain = _claims(text, load_lexicon([builtin_lexicons_dir()]))[0].quantities
    assert "date" not in [figure.kind for figure in plain]
    figures = _claims(text, _extended(tmp_path, "months: {okt: 10}\n"))[0].quantities
    assert figures[0].kind == "date" and figures[0].text == "3 Okt 2019"
    assert figures[-1].period == "october"


def test_a_house_fraction_and_ratio_verb(tmp_path: Path) -> None:
    text = "Four fifths of members backed the motion, and dues trebled [1]."
    house = _extended(tmp_path, "fractions: {four fifths: 0.8}\nratio_verbs: {trebled: 3}\n")
    figures = _claims(text, house)[0].quantities
    assert [(f.kind, f.value) for f in figures] == [("ratio", 0.8), ("ratio", 3.0)]


def test_a_house_function_word_leaves_the_alignment(tmp_path: Path) -> None:
    from factcheck.extract.alignment import content_words

    plain = content_words("Officials reportedly approved the harbour levy",
                          load_lexicon([builtin_lexicons_dir()]).lookup())
    house = content_words("Officials reportedly approved the harbour levy",
                          _extended(tmp_path, "function_words: [reportedly]\n").lookup())
    assert "repor" in plain and "repor" not in house and "harbo" in house


def test_a_house_currency_code_of_any_length(tmp_path: Path) -> None:
    text = "The exchange listed 2,000 tokens at USDT 12.5 each [1]."
    house = _extended(tmp_path, "currency_signs: {USDTE: USD, USDT: USD}\n")
    figures = _claims(text, house)[0].quantities
    assert (figures[-1].kind, figures[-1].unit, figures[-1].text) == ("currency", "USD",
                                                                      "USDT 12.5")
    longer = _claims("Fees reached USDTE 40 [1].", house)[0].quantities[0]
    assert (longer.unit, longer.text) == ("USD", "USDTE 40")


def test_empty_keys_in_a_house_mapping_are_left_out(tmp_path: Path) -> None:
    """`"": 1` in a house file would match everywhere; it is ignored, the rest still reads."""
    house = _extended(tmp_path, 'months: {"": 1, "  ": 2}\ncurrency_signs: {"": USD}\n'
                                'number_scales: {"": 10}\n')
    figures = _claims("The depot opened on 4 June 2019 and cost $35 million [1].",
                      house)[0].quantities
    assert [(f.kind, f.value) for f in figures] == [("date", 2019.0), ("currency", 35_000_000)]


@pytest.mark.parametrize("text, years", [
    ("The recall covers the 2021-23 model years [1].", [2021, 2023]),
    ("The recall covers 2021 to 2023 models [1].", [2021, 2023]),
    ("Sales fell between 2019 and 2021 [1].", [2019, 2021]),
])
def test_a_span_of_years_is_two_years(text: str, years: list[int]) -> None:
    quantities = _claims(text, load_lexicon([builtin_lexicons_dir()]))[0].quantities
    assert [(q.kind, q.value) for q in quantities] == [("year", year) for year in years]
