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

from collections import Counter
from typing import Any

import pytest

from factcheck.extract import default_lexicon
from tests.conftest import FIXTURES
from tests.extract.labelled import Score, claims_of, quantity_matches, sentences_of

LABELS = FIXTURES / "extraction" / "labelled-zh.yaml"
TARGETS = {"quantities": 0.9, "citations": 0.9, "actors": 0.9, "stances": 0.9}
# Today's figures minus 0.02 where they are below the target: (precision, recall). Measured
# when the set was written: quantities 0.854 / 0.814 (Chinese dates, 个百分点, 成, 一半, 港元,
# decimals in Chinese numerals, N.5倍, durations in numerals, "5G"); stances 0.875 / 0.750
# (了 and 该项 left in the topic, 中美, acts such as 加征/征收 without a cue word).
FLOORS: dict[str, tuple[float, float]] = {}


def evaluate_zh() -> dict[str, Score]:
    known = set(default_lexicon().actors)
    scores = {name: Score() for name in TARGETS}
    for item in sentences_of(LABELS):
        text = item["t"]
        claims = claims_of(text)
        quantities = [q for claim in claims for q in claim.quantities]
        labels = list(item.get("q", []))
        remaining = list(quantities)
        found = 0
        for label in labels:
            match = next((q for q in remaining if quantity_matches(label, q)), None)
            if match is not None:
                remaining.remove(match)
                found += 1
        scores["quantities"].add(
            found, len(quantities), len(labels),
            f"{text!r}: got {[(q.text, q.kind.value, q.value) for q in quantities]} "
            f"want {labels}")
        parts: list[tuple[str, Counter[Any], Counter[Any]]] = [
            ("actors", Counter(a.id for c in claims for a in c.actors if a.id in known),
             Counter(item.get("a", []))),
            ("stances", Counter((s.actor, s.topic, s.polarity.value) for c in claims
                                for s in c.stances),
             Counter(tuple(s) for s in item.get("s", []))),
            ("citations", Counter(ref for c in claims for ref in c.cited_ids()),
             Counter(item.get("c", []))),
        ]
        for name, predicted, expected in parts:
            hit = sum((predicted & expected).values())
            scores[name].add(hit, sum(predicted.values()), sum(expected.values()),
                             f"{text!r}: got {sorted(predicted.elements())} "
                             f"want {sorted(expected.elements())}")
    return scores


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
        print(f"\nchinese extraction {part}: precision {score.precision:.3f} recall "
              f"{score.recall:.3f} ({score.true_positive}/{score.predicted} predicted, "
              f"{score.true_positive}/{score.expected} expected; target {target}, "
              f"asserted {precision_floor:.2f}/{recall_floor:.2f})")
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
