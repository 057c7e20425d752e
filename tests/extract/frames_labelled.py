"""Precision and recall of what extraction says about each figure and actor, beyond finding it:
a quantity's frame (metric, subject, period) and unit, an actor's kind and groups, scored on the
labels of fixtures/extraction/labelled-frames.yaml (the format of its header).

Each part is scored only where a label gives it. A frame field labelled null says a reader
expects none: a value extracted there counts against precision. A labelled figure or actor that
extraction misses counts against recall of each field it labels. For every part: expected is
the labels with a value, predicted the values extracted for the labelled figures or mentions
(an actor kind ``unknown`` is no prediction), found those equal to the label.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from factcheck.models import Actor, ActorKind, Quantity
from tests.conftest import FIXTURES
from tests.extract.labelled import Score, claims_of, sentences_of

FRAMES_LABELS = FIXTURES / "extraction" / "labelled-frames.yaml"
FRAME_FIELDS = ("metric", "subject", "period")
PARTS = (*FRAME_FIELDS, "metric head", "unit", "actor kinds", "actor groups")


def _same_figure(label: list[Any], quantity: Quantity) -> bool:
    """The label's figure, by value and kind alone, so that a frame is scored whatever its unit
    or hedge (those are scored by the quantities part of tests/extract/labelled.evaluate)."""
    value, kind = label[0], label[1]
    return quantity.kind.value == kind and math.isclose(quantity.value, value, rel_tol=1e-6,
                                                       abs_tol=1e-9)


def _head(metric: str) -> str:
    return metric.split()[-1].rstrip("s")


def evaluate_frames(*paths: Path) -> dict[str, Score]:
    """Scores of the parts in PARTS over the labelled sentences of ``paths``
    (labelled-frames.yaml when none are given). "metric head" is a looser reading of metric:
    the last words agree (plural or not), so a metric with its head right but its modifiers
    cut or kept differently still counts."""
    scores = {part: Score() for part in PARTS}
    for item in [item for path in (paths or (FRAMES_LABELS,)) for item in sentences_of(path)]:
        text = item["t"]
        claims = claims_of(text)
        remaining = [q for claim in claims for q in claim.quantities]
        for label in item.get("q", []):
            options: dict[str, Any] = label[2] if len(label) > 2 else {}
            quantity = next((q for q in remaining if _same_figure(label, q)), None)
            if quantity is not None:
                remaining.remove(quantity)
            for field in (*FRAME_FIELDS, "unit"):
                if field in options:
                    _score(scores[field], options[field],
                           getattr(quantity, field) if quantity else None, quantity is not None,
                           text, f"{label[0]} {field}")
            if "metric" in options:
                want, got = options["metric"], quantity.metric if quantity else None
                _score(scores["metric head"], want and _head(want), got and _head(got),
                       quantity is not None, text, f"{label[0]} metric head")
        actors: list[Actor] = [actor for claim in claims for actor in claim.actors]
        for label in item.get("a", []):
            if isinstance(label, str):
                continue
            actor = next((a for a in actors if a.id == label["id"]), None)
            if actor is not None:
                actors.remove(actor)
            if "kind" in label:
                kind = actor.kind.value if actor and actor.kind is not ActorKind.UNKNOWN else None
                _score(scores["actor kinds"], label["kind"], kind, actor is not None, text,
                       f"{label['id']} kind")
            if "groups" in label:
                wanted: set[str] = set(label["groups"])
                found: set[str] = set(actor.groups) if actor else set()
                scores["actor groups"].add(len(wanted & found), len(found), len(wanted),
                                           f"{text!r}: {label['id']} groups got {sorted(found)} "
                                           f"want {sorted(wanted)}")
    return scores


def _score(score: Score, want: Any, got: Any, matched: bool, text: str, what: str) -> None:
    found = int(want is not None and got == want)
    predicted = int(matched and got is not None)
    score.add(found, predicted, int(want is not None),
              f"{text!r}: {what} got {got!r} want {want!r}"
              + ("" if matched else " (figure or actor not found)"))
