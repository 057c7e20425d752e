"""Precision and recall of extraction on the labelled sentences in fixtures/extraction/."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.extract import default_lexicon, extract
from factcheck.load import document_from_text
from factcheck.models import Claim, Quantity
from factcheck.yamlio import load_yaml, plain
from tests.conftest import FIXTURES

LABELS = FIXTURES / "extraction" / "labelled.yaml"
BEATS_LABELS = FIXTURES / "extraction" / "labelled-beats.yaml"


@dataclass
class Score:
    true_positive: int = 0
    predicted: int = 0
    expected: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.expected if self.expected else 1.0

    def add(self, found: int, predicted: int, expected: int, note: str) -> None:
        self.true_positive += found
        self.predicted += predicted
        self.expected += expected
        if found != predicted or found != expected:
            self.misses.append(note)


def score_line(what: str, score: Score) -> str:
    """How the labelled-set tests print a score."""
    return (f"{what}: precision {score.precision:.3f} recall {score.recall:.3f} "
            f"({score.true_positive}/{score.predicted} predicted, "
            f"{score.true_positive}/{score.expected} expected)")


def quantity_matches(label: list[Any], quantity: Quantity) -> bool:
    value, kind, *rest = label
    options: dict[str, Any] = rest[0] if rest else {}
    if quantity.kind.value != kind or not math.isclose(quantity.value, value, rel_tol=1e-6,
                                                       abs_tol=1e-9):
        return False
    if "unit" in options and quantity.unit != options["unit"]:
        return False
    if "hedge" in options and quantity.hedge != options["hedge"]:
        return False
    for end in ("low", "high"):
        if end in options:
            actual = getattr(quantity.interval, end)
            if actual is None or not math.isclose(actual, options[end], rel_tol=1e-6):
                return False
    return True


def actor_id(label: str | dict[str, Any]) -> str:
    """An actor label's id: a plain id, or {id, kind, groups} (labelled-frames.yaml)."""
    return label if isinstance(label, str) else str(label["id"])


def claims_of(text: str) -> list[Claim]:
    return extract(document_from_text(text, "labelled.md"), default_lexicon())


def sentences_of(path: Path) -> list[Any]:
    sentences: list[Any] = plain(load_yaml(path.read_text(encoding="utf-8"), str(path)))[
        "sentences"]
    return sentences


def evaluate(*paths: Path, actors_in: set[str] | None = None) -> dict[str, Score]:
    """Scores over the labelled sentences of ``paths`` (labelled.yaml when none are given);
    with ``actors_in``, only those actors count (a set labelled for lexicon actors alone)."""
    sentences = [item for path in (paths or (LABELS,)) for item in sentences_of(path)]
    scores = {name: Score() for name in ("quantities", "actors", "stances", "citations")}
    for item in sentences:
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
        scores["quantities"].add(found, len(quantities), len(labels),
                                 f"{text!r}: got {[(q.text, q.kind.value, q.value) for q in quantities]}")
        for name, predicted, expected in (
            ("actors", Counter(a.id for c in claims for a in c.actors
                               if actors_in is None or a.id in actors_in),
             Counter(actor_id(label) for label in item.get("a", []))),
            ("stances", Counter((s.actor, s.topic, s.polarity.value) for c in claims
                                for s in c.stances),
             Counter(tuple(s) for s in item.get("s", []))),
            ("citations", Counter(ref for c in claims for ref in c.cited_ids()),
             Counter(item.get("c", []))),
        ):
            hit = sum((predicted & expected).values())
            scores[name].add(hit, sum(predicted.values()), sum(expected.values()),
                             f"{text!r}: got {sorted(predicted.elements())} "
                             f"want {sorted(expected.elements())}")
    return scores
