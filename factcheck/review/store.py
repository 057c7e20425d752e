"""Review decisions, kept in a JSON file keyed by finding fingerprint and written atomically."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import threading
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck.errors import LoadError
from factcheck.models import Finding

DEFAULT_REVIEW_FILE = ".factcheck-review.json"


class Status(StrEnum):
    ACCEPTED = "accepted"  # a real problem: keep reporting it
    DISMISSED = "dismissed"  # a false alarm: --baseline hides it
    BASELINE = "baseline"  # recorded by `factcheck baseline create`: --baseline hides it


class Decision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Status
    note: str = Field(default="", max_length=4000)
    rule_id: str
    path: str
    claim_text: str = ""
    decided_at: str = Field(default_factory=lambda: dt.datetime.now(dt.UTC).isoformat())


class ReviewFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    decisions: dict[str, Decision] = Field(default_factory=dict)

    def hides(self, finding: Finding) -> bool:
        decision = self.decisions.get(finding.fingerprint)
        return decision is not None and decision.status in (Status.DISMISSED, Status.BASELINE)


def read_review(path: Path) -> ReviewFile:
    if not path.exists():
        return ReviewFile()
    try:
        return ReviewFile.model_validate_json(path.read_bytes())
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise LoadError(str(path), f"not a review file: {where}: {first['msg']}") from None
    except OSError as error:
        raise LoadError(str(path), error.strerror or str(error)) from None


def write_review(path: Path, review: ReviewFile) -> None:
    """Temporary file in the same folder, fsync, rename: readers see the old or the new file."""
    folder = path.parent if str(path.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(review.model_dump_json(indent=2))
            handle.flush()
            os.fsync(handle.fileno())
            os.fchmod(handle.fileno(), 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class ReviewStore:
    """Serialises decisions from concurrent requests so none is lost."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._review = read_review(path)

    def snapshot(self) -> ReviewFile:
        with self._lock:
            return self._review.model_copy(deep=True)

    def decide(self, finding: Finding, status: Status, note: str = "") -> Decision:
        return self.decide_many([finding], status, note)[finding.fingerprint]

    def decide_many(self, findings: Sequence[Finding], status: Status,
                    note: str = "") -> dict[str, Decision]:
        """One decision for each finding, by fingerprint, written in one go: the file has all
        of them or, if writing fails, none."""
        decisions = {finding.fingerprint: Decision(
            status=status, note=note, rule_id=finding.rule_id, path=finding.path,
            claim_text=finding.claim_text) for finding in findings}
        with self._lock:
            # A new mapping, not the old one changed: if writing fails, memory keeps what the
            # file holds.
            updated = self._review.model_copy(
                update={"decisions": {**self._review.decisions, **decisions}})
            write_review(self.path, updated)
            self._review = updated
        return decisions


def baseline_from(findings: list[Finding], existing: ReviewFile | None = None) -> ReviewFile:
    review = existing.model_copy(deep=True) if existing else ReviewFile()
    for finding in findings:
        review.decisions.setdefault(finding.fingerprint, Decision(
            status=Status.BASELINE, rule_id=finding.rule_id, path=finding.path,
            claim_text=finding.claim_text))
    return review
