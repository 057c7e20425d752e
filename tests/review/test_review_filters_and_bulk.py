"""The review app's filtered listing and its bulk decision (issue 17): GET /api/findings and
POST /api/bulk-decision, and the store writing a bulk decision in one go."""

from __future__ import annotations

import json
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.error import HTTPError

import pytest

from factcheck.models import DocumentResult, DocumentStatus, Finding, Severity
from factcheck.review import store as store_module
from factcheck.review.server import ReviewSession, make_server
from factcheck.review.store import ReviewStore, Status, read_review

TOKEN = "secret-token"


def finding(rule_id: str, severity: Severity, claim: str, path: str) -> Finding:
    return Finding(rule_id=rule_id, severity=severity, message=f"{rule_id}: {claim}", path=path,
                   claim_text=claim)


def documents() -> list[DocumentResult]:
    first = [finding("house.numbers", Severity.ERROR, "Exports rose 5%.", "a.md"),
             finding("house.numbers", Severity.ERROR, "Imports fell 190%.", "a.md"),
             finding("house.stance", Severity.WARNING, "China backs the tariff.", "a.md")]
    second = [finding("house.numbers", Severity.ERROR, "Sales rose 300%.", "b.md"),
              finding("house.source", Severity.INFO, "A record year.", "b.md")]
    return [DocumentResult(path="a.md", status=DocumentStatus.CHECKED, findings=first, text="a"),
            DocumentResult(path="b.md", status=DocumentStatus.CHECKED, findings=second, text="b")]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, ReviewSession]]:
    session = ReviewSession(documents(), ReviewStore(tmp_path / "review.json"), TOKEN)
    http = make_server(session)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{http.server_address[1]}", session
    http.shutdown()
    http.server_close()


def get(url: str) -> tuple[int, Any]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status), json.loads(response.read())
    except HTTPError as error:
        return int(error.code), json.loads(error.read())


def post(url: str, body: object, token: str | None = TOKEN,
         content_type: str = "application/json") -> tuple[int, Any]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": content_type})
    if token is not None:
        request.add_header("X-Factcheck-Token", token)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status), json.loads(response.read())
    except HTTPError as error:
        return int(error.code), json.loads(error.read())


def claims(listing: dict[str, Any]) -> set[str]:
    return {item["claim_text"] for item in listing["findings"]}


def test_findings_are_filtered_by_rule_severity_and_decision(
        server: tuple[str, ReviewSession]) -> None:
    url, session = server
    status, everything = get(f"{url}/api/findings")
    assert status == 200 and everything["count"] == 5
    assert {item["document"] for item in everything["findings"]} == {0, 1}

    _, numbers = get(f"{url}/api/findings?rule=house.numbers")
    assert claims(numbers) == {"Exports rose 5%.", "Imports fell 190%.", "Sales rose 300%."}
    _, warnings = get(f"{url}/api/findings?severity=warning")
    assert claims(warnings) == {"China backs the tariff."}
    # A field given twice allows either value; different fields must all match.
    _, either = get(f"{url}/api/findings?severity=warning&severity=info")
    assert claims(either) == {"China backs the tariff.", "A record year."}
    _, both = get(f"{url}/api/findings?rule=house.numbers&severity=info")
    assert both == {"count": 0, "findings": []}
    _, blank = get(f"{url}/api/findings?rule=&severity=&decision=")  # a blank field: any
    assert blank["count"] == 5

    target = session.documents[0].findings[0]
    assert post(f"{url}/api/decision", {"fingerprint": target.fingerprint,
                                        "status": "accepted"})[0] == 200
    _, accepted = get(f"{url}/api/findings?decision=accepted")
    assert claims(accepted) == {"Exports rose 5%."}
    assert accepted["findings"][0]["decision"]["status"] == "accepted"
    _, still_open = get(f"{url}/api/findings?decision=open&rule=house.numbers")
    assert claims(still_open) == {"Imports fell 190%.", "Sales rose 300%."}
    assert all(item["decision"] is None for item in still_open["findings"])


@pytest.mark.parametrize("query", ["sevrity=error", "sevrity=", "severity=fatal",
                                   "decision=maybe", "decision=open&colour=red"])
def test_a_misspelt_filter_is_400_not_everything(
        server: tuple[str, ReviewSession], query: str) -> None:
    url, _ = server
    status, body = get(f"{url}/api/findings?{query}")
    assert status == 400
    assert body["error"]


def test_bulk_dismisses_every_finding_of_one_rule_and_nothing_else(
        server: tuple[str, ReviewSession]) -> None:
    url, session = server
    status, result = post(f"{url}/api/bulk-decision", {
        "rule_id": "house.numbers", "status": "dismissed", "note": "house style allows it"})
    assert status == 200
    numbers = [f for d in session.documents for f in d.findings if f.rule_id == "house.numbers"]
    assert result["decided"] == 3 and result["status"] == "dismissed"
    assert set(result["decisions"]) == {f.fingerprint for f in numbers}

    saved = read_review(session.store.path)
    assert {fp: d.status for fp, d in saved.decisions.items()} == {
        f.fingerprint: Status.DISMISSED for f in numbers}
    assert {d.note for d in saved.decisions.values()} == {"house style allows it"}
    # Dismissed like single decisions: --baseline hides them, and only them.
    every = [f for d in session.documents for f in d.findings]
    assert [f.rule_id for f in every if not saved.hides(f)] == ["house.stance", "house.source"]
    _, still_open = get(f"{url}/api/findings?decision=open")
    assert claims(still_open) == {"China backs the tariff.", "A record year."}


def test_bulk_accepts_too_and_replaces_earlier_decisions(
        server: tuple[str, ReviewSession]) -> None:
    url, session = server
    first = session.documents[0].findings[0]
    post(f"{url}/api/decision", {"fingerprint": first.fingerprint, "status": "dismissed"})
    status, result = post(f"{url}/api/bulk-decision",
                          {"rule_id": "house.numbers", "status": "accepted"})
    assert status == 200 and result["decided"] == 3
    assert read_review(session.store.path).decisions[first.fingerprint].status == "accepted"


@pytest.mark.parametrize(("body", "token", "content_type", "expected"), [
    ({"rule_id": "house.numbers", "status": "dismissed"}, None, "application/json", 403),
    ({"rule_id": "house.numbers", "status": "dismissed"}, "wrong", "application/json", 403),
    ({"rule_id": "house.numbers", "status": "dismissed"}, TOKEN, "text/plain", 415),
    ({"rule_id": "house.nothing", "status": "dismissed"}, TOKEN, "application/json", 404),
    ({"rule_id": "house.numbers", "status": "baseline"}, TOKEN, "application/json", 400),
    ({"rule_id": "house.numbers", "status": "deleted"}, TOKEN, "application/json", 400),
    ({"status": "dismissed"}, TOKEN, "application/json", 400),
    ({"rule_id": ["house.numbers"], "status": "dismissed"}, TOKEN, "application/json", 400),
    (["house.numbers", "dismissed"], TOKEN, "application/json", 400),
])
def test_a_bulk_decision_that_cannot_be_made_changes_nothing(
        server: tuple[str, ReviewSession], body: object, token: str | None, content_type: str,
        expected: int) -> None:
    url, session = server
    status, answer = post(f"{url}/api/bulk-decision", body, token, content_type)
    assert status == expected
    assert "error" in answer
    assert read_review(session.store.path).decisions == {}


def test_a_failed_write_keeps_no_half_of_a_bulk_decision(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ReviewStore(tmp_path / "review.json")
    numbers = [f for d in documents() for f in d.findings if f.rule_id == "house.numbers"]

    def full_disk(path: Path, review: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, "write_review", full_disk)
    with pytest.raises(OSError):
        store.decide_many(numbers, Status.DISMISSED)
    # What the page is shown next must be what the file holds: nothing.
    assert store.snapshot().decisions == {}
