"""Extraction on the labelled Chinese sentences (issue 20): fixtures/extraction/labelled-zh.yaml.

Scored as labelled.yaml is (tests/extract/labelled.py), with one difference: actors are scored
on the lexicon's actors only. Open-world Chinese names (people, organizations from the
segmenter's tags) are not read reliably yet, so the labels name lexicon actors only, and a
name found outside the lexicon is neither a hit nor a false alarm here. Stances are scored on
every actor, as labelled.

The issue asks for precision and recall of at least 0.9 (stances 0.85). Where today's figure
is below that, the part's floor is today's figure minus 0.02 (FLOORS), so that the test still
catches a regression, and the misses are printed; the labels stay what a careful reader expects.
"""

from __future__ import annotations

import pytest

from factcheck.extract import default_lexicon
from tests.conftest import FIXTURES
from tests.extract.labelled import Score, evaluate, score_line, sentences_of

LABELS = FIXTURES / "extraction" / "labelled-zh.yaml"
TARGETS = {"quantities": 0.9, "citations": 0.9, "actors": 0.9, "stances": 0.9}
# Today's figures minus 0.02 where they are below the target: (precision, recall). Measured
# when the set was written: quantities 0.854 / 0.814 (Chinese dates, 个百分点, 成, 一半, 港元,
# decimals in Chinese numerals, N.5倍, durations in numerals, "5G"); stances 0.875 / 0.750
# (了 and 该项 left in the topic, 中美, acts such as 加征/征收 without a cue word).
FLOORS: dict[str, tuple[float, float]] = {}


def evaluate_zh() -> dict[str, Score]:
    return evaluate(LABELS, actors_in=set(default_lexicon().actors))


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    return evaluate_zh()


def test_the_set_is_large_enough_and_labels_name_lexicon_actors() -> None:
    sentences = sentences_of(LABELS)
    assert len(sentences) >= 100
    assert len({item["t"] for item in sentences}) == len(sentences)
    known = set(default_lexicon().actors)
    assert {a for item in sentences for a in item.get("a", [])} <= known
    assert {s[0] for item in sentences for s in item.get("s", [])} <= known


@pytest.mark.parametrize("part", sorted(TARGETS))
def test_precision_and_recall(scores: dict[str, Score], part: str,
                              capsys: pytest.CaptureFixture[str]) -> None:
    score = scores[part]
    target = TARGETS[part]
    precision_floor, recall_floor = FLOORS.get(part, (target, target))
    with capsys.disabled():
        print(f"\n{score_line(f'chinese extraction {part}', score)}; target {target}, "
              f"asserted {precision_floor:.2f}/{recall_floor:.2f}")
        for miss in score.misses[:30]:
            print(f"  miss: {miss}")
    misses = "\n".join(score.misses[:30])
    assert score.precision >= precision_floor, misses
    assert score.recall >= recall_floor, misses


def test_floors_are_below_the_targets_only_while_needed(scores: dict[str, Score]) -> None:
    """A floor below the target is kept only while today's figure is below it: once extraction
    reaches the target, the floor goes and the target is asserted."""
    reached = [part for part in FLOORS
               if scores[part].precision >= TARGETS[part] and scores[part].recall >= TARGETS[part]]
    assert reached == [], f"delete these parts from FLOORS: {reached}"
