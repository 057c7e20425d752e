from __future__ import annotations

import pytest

from tests.extract.labelled import evaluate

THRESHOLDS = {"quantities": 0.9, "citations": 0.9, "actors": 0.8, "stances": 0.8}


@pytest.fixture(scope="module")
def scores():  # type: ignore[no-untyped-def]
    return evaluate()


def test_labelled_set_is_large_enough() -> None:
    from factcheck.yamlio import load_yaml, plain
    from tests.extract.labelled import LABELS

    assert len(plain(load_yaml(LABELS.read_text(), str(LABELS)))["sentences"]) >= 150


@pytest.mark.parametrize("part", sorted(THRESHOLDS))
def test_precision_and_recall(scores, part: str, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    score = scores[part]
    with capsys.disabled():
        print(f"\nextraction {part}: precision {score.precision:.3f} recall {score.recall:.3f} "
              f"({score.true_positive}/{score.predicted} predicted, "
              f"{score.true_positive}/{score.expected} expected)")
    misses = "\n".join(score.misses[:15])
    assert score.precision >= THRESHOLDS[part], misses
    assert score.recall >= THRESHOLDS[part], misses
