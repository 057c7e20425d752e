"""The accuracy benchmark scores what a user's check would flag, on items written for the test."""

from __future__ import annotations

from pathlib import Path

from benchmarks import accuracy


def _item(number: int, summary: str, source: str, inconsistent: bool) -> accuracy.Item:
    return accuracy.Item(id=f"t-{number}", dataset="test", summary=summary, source=source,
                         inconsistent=inconsistent, has_number=any(c.isdigit() for c in summary),
                         error_types=[])


def test_scores_come_from_the_findings_of_each_article(tmp_path: Path) -> None:
    source = "The library board approved a £2.4m extension on Tuesday. Work starts in May."
    items = [_item(1, "The library board approved a £2.4m extension.", source, False),
             _item(2, "The library board approved a £3.1m extension. Work starts in May.",
                   source, True),
             _item(3, "Councillor Mara Quist approved the extension.", source, True)]
    accuracy.check_all(accuracy.write_summaries(items, tmp_path))
    assert (tmp_path / "t-2.sources" / "1.txt").read_text(encoding="utf-8") == source
    scores = accuracy.score_summaries(items)
    together = scores["checks"]["-not-in-source rules | all"]
    assert (together["right"], together["wrong"], together["positives"]) == (2, 0, 2)
    assert scores["rules"]["citation.number-not-in-source"]["right"] == 1
    assert scores["rules"]["citation.entity-not-in-source"]["right"] == 1
    baseline = scores["checks"]["regex baseline | all"]
    assert (baseline["right"], baseline["wrong"]) == (1, 0)  # "3.1" only; names are not digits


def test_a_rule_that_raises_is_counted_not_hidden_in_the_scores() -> None:
    item = _item(4, "x", "y", True)
    item.findings = [{"rule_id": "engine.rule-error", "severity": "error",
                      "message": "rule citation.x raised IndexError: list index out of range"},
                     {"rule_id": "citation.number-not-in-source", "severity": "error",
                      "message": "2.4 is not in the cited source [1]"}]
    assert accuracy.rule_problems([item, _item(5, "x", "y", False)]) == {
        "rule citation.x raised IndexError: list index out of range": 1}
