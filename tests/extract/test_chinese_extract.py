"""Chinese text read as English is: references, markers, attributions, actors, stances, figures."""

from __future__ import annotations

import pytest

from factcheck.dsl.ruleset import load_ruleset
from factcheck.extract import default_lexicon, extract
from factcheck.load import document_from_text
from factcheck.models import Claim
from factcheck.pipeline import Checker


def claims(text: str) -> list[Claim]:
    return extract(document_from_text(text, "t.md"), default_lexicon())


def test_chinese_reference_lists_and_markers() -> None:
    text = ("据新华社报道，港口吞吐量增长了百分之八【1】。市政府表示将扩建码头［2］。货运量增长了5%^3。\n\n"
            "## 参考资料\n\n【1】新华社，2026年3月\n【2】市政府新闻发布会\n【3】港务局年报\n")
    document = document_from_text(text, "t.md")
    assert [ref.id for ref in document.references] == ["1", "2", "3"]
    found = claims(text)
    assert [[ref for c in claim.citations for ref in c.ids] for claim in found] == [
        ["1"], ["2"], ["3"]]
    assert [claim.attribution for claim in found[:2]] == ["新华社", "市政府"]


@pytest.mark.parametrize("text, expected", [
    ("出口额达到3.5万亿美元。", ("currency", 3.5e12, "USD")),
    ("该市人口为120万人。", ("count", 1.2e6, "人")),
    ("一百二十名学生参加了考试。", ("count", 120.0, "名")),
    ("中国控制了全球约百分之九十的稀土。", ("percent", 90.0, "%")),
    ("价格上涨了２０％。", ("percent-change", 20.0, "%")),
])
def test_chinese_figures(text: str, expected: tuple[str, float, str]) -> None:
    [quantity] = [q for claim in claims(text) for q in claim.quantities]
    assert (quantity.kind.value, quantity.value, quantity.unit) == expected


def test_chinese_hedges_changes_and_ratios() -> None:
    [over] = [q for c in claims("美国限制了超过3000项商品。") for q in c.quantities]
    assert (over.hedge, over.interval.low, over.interval.high) == ("over", 3000.0, None)
    changes = [q for c in claims("利润同比下降了20%，由50亿元降至40亿元。") for q in c.quantities]
    assert (changes[0].direction, changes[0].change_from, changes[0].change_to) == (-1, 5e9, 4e9)
    [doubled] = [q for c in claims("收入翻了一番。") for q in c.quantities]
    assert (doubled.kind.value, doubled.value) == ("ratio", 2.0)
    ratio = [q for c in claims("美国限制了3000项商品，是中国的三倍。") for q in c.quantities][-1]
    assert (ratio.value, ratio.compared_to) == (3.0, "china")


def test_chinese_actors_titles_and_references_back() -> None:
    found = claims("商务部部长王文涛表示，中方反对美方的关税措施。王部长此前支持关税减免。"
                   "阿里巴巴集团宣布投资10亿元。")
    assert [(a.id, a.kind.value, a.role) for a in found[0].actors] == [
        ("china-mofcom", "organization", None), ("王文涛", "person", "部长"),
        ("china", "country", None), ("us", "country", None)]
    assert [(a.name, a.id) for a in found[1].actors] == [("王部长", "王文涛")]
    assert [(a.name, a.kind.value) for a in found[2].actors] == [("阿里巴巴集团", "organization")]


def test_chinese_stances_with_negation_and_time_markers() -> None:
    found = claims("中方反对美方的关税措施。美国不支持该协议。日本此前批评出口管制。中国不断扩大出口。")
    assert [(s.actor, s.topic, s.polarity.value, s.negated, s.time_marker)
            for claim in found for s in claim.stances] == [
        ("china", "tariffs", "oppose", False, None), ("us", "协议", "oppose", True, None),
        ("japan", "export-controls", "oppose", False, "此前")]


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_ruleset(), default_lexicon())


@pytest.mark.parametrize("article, rule_id", [
    ("美国限制了3000项商品的出口，是中国的三倍【1】。中国限制了500项商品的出口【1】。\n\n## 参考资料\n\n"
     "【1】商务部发布会\n", "numeric.ratio-mismatch"),
    ("中方反对美方的关税措施【1】。中方支持美方的关税措施【1】。\n\n## 参考资料\n\n【1】外交部\n",
     "stance.contradiction"),
    ("出口额从200亿美元增长到260亿美元，增长了百分之五十【1】。\n\n## 参考资料\n\n【1】海关总署\n",
     "numeric.change-mismatch"),
])
def test_rules_fire_on_chinese_articles(checker: Checker, article: str, rule_id: str) -> None:
    findings = checker.check_document(document_from_text(article, "t.md")).findings
    assert rule_id in [f.rule_id for f in findings]
    assert "citation.unresolved" not in [f.rule_id for f in findings]
