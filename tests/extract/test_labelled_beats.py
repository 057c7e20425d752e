"""Extraction on the labelled sentences from many beats (issue 15): fixtures/extraction/
labelled-beats.yaml, kept apart from labelled.yaml (whose conventions predate open topics).

Prints precision and recall for the beats sentences alone and for both files together, against
the thresholds of test_labelled_set.py and the targets of issue 15; asserts today's figures less
a small margin (FLOORS), so that a regression fails, and for stances at least the issue's 0.85.
"""

from __future__ import annotations

import re

import pytest

from factcheck.extract import default_lexicon
from factcheck.extract.stances import topic_key
from tests.extract.labelled import BEATS_LABELS, LABELS, Score, evaluate, score_line, sentences_of
from tests.extract.test_labelled_set import THRESHOLDS

# Issue 15's targets for the grown set.
TARGETS = {"quantities": 0.9, "actors": 0.9, "stances": 0.85, "citations": 0.9}
# What each part measures (precision, recall) on the beats alone and on both files, less about
# 0.02, so that a regression fails; stances no lower than the issue's target. Measured
# 2026-12-04 on 314 beats sentences: beats quantities 0.967 / 0.976, actors 0.989 / 0.965,
# citations 1 / 1, stances 0.982 / 0.976; both files quantities 0.974 / 0.980, actors
# 0.978 / 0.972, citations 1 / 1, stances 0.984 / 0.979. Raise a floor when extraction gets
# better.
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "beats": {"quantities": (0.95, 0.95), "actors": (0.96, 0.94), "citations": (0.98, 0.98),
              "stances": (0.96, 0.95)},
    "all": {"quantities": (0.95, 0.96), "actors": (0.95, 0.95), "citations": (0.98, 0.98),
            "stances": (0.96, 0.96)},
}
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, Score]]:
    return {"beats": evaluate(BEATS_LABELS), "all": evaluate(LABELS, BEATS_LABELS)}


def test_the_grown_set_has_300_sentences() -> None:
    beats = sentences_of(BEATS_LABELS)
    assert len(beats) >= 150
    assert len(beats) + len(sentences_of(LABELS)) >= 300
    texts = [item["t"] for item in beats]
    assert len(set(texts)) == len(texts)


def test_labels_are_in_the_normal_forms() -> None:
    """Actor ids are slugs; a stance's open topic key is already in the form topic_key gives."""
    lookup = default_lexicon().lookup()
    for item in sentences_of(BEATS_LABELS):
        for actor in item.get("a", []):
            assert _SLUG.match(actor), (actor, item["t"])
        for actor, topic, polarity in item.get("s", []):
            assert _SLUG.match(actor) and polarity in ("support", "oppose"), item["t"]
            if " " in topic:
                assert topic_key(topic.split(), lookup) == topic, (topic, item["t"])


@pytest.mark.parametrize("part", sorted(THRESHOLDS))
def test_precision_and_recall_on_the_beats(scores: dict[str, dict[str, Score]], part: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        for name, label in (("beats", "beats sentences"), ("all", "labelled + beats")):
            score = scores[name][part]
            below = [f"{what} {value:.2f}" for what, value in (("threshold", THRESHOLDS[part]),
                                                                ("issue target", TARGETS[part]))
                     if min(score.precision, score.recall) < value]
            print(f"\n{score_line(f'extraction {part} ({label})', score)}"
                  + (f"; below {', '.join(below)}" if below else ""))
    for name in ("beats", "all"):
        score = scores[name][part]
        misses = "\n".join(score.misses[:30])
        precision, recall = FLOORS[name][part]
        assert score.precision >= precision, (name, misses)
        assert score.recall >= recall, (name, misses)


def test_stances_reach_the_issue_target(scores: dict[str, dict[str, Score]]) -> None:
    for name in ("beats", "all"):
        score = scores[name]["stances"]
        assert min(score.precision, score.recall) >= TARGETS["stances"], (
            name, "\n".join(score.misses[:30]))
