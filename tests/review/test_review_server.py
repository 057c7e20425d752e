"""The review app's HTTP surface: token, host, concurrency, atomic decisions."""

from __future__ import annotations

import json
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.error import HTTPError

import pytest

from factcheck.models import DocumentResult, DocumentStatus, Finding, Severity
from factcheck.review.server import ReviewSession, make_server
from factcheck.review.store import ReviewStore, read_review


def findings(count: int) -> list[Finding]:
    return [Finding(rule_id="test.rule", severity=Severity.ERROR, message=f"m{n}",
                    path="a.md", claim_text=f"claim {n}") for n in range(count)]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, ReviewSession]]:
    document = DocumentResult(path="a.md", status=DocumentStatus.CHECKED, findings=findings(40),
                              text="hello")
    session = ReviewSession([document], ReviewStore(tmp_path / "review.json"), "secret-token")
    http = make_server(session)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{http.server_address[1]}", session
    http.shutdown()
    http.server_close()


def post(url: str, body: object, token: str | None = "secret-token",
         content_type: str = "application/json") -> int:
    request = urllib.request.Request(f"{url}/api/decision", data=json.dumps(body).encode(),
                                     method="POST", headers={"Content-Type": content_type})
    if token is not None:
        request.add_header("X-Factcheck-Token", token)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except HTTPError as error:
        return int(error.code)


def test_writes_need_the_token_and_json(server: tuple[str, ReviewSession]) -> None:
    url, session = server
    fingerprint = session.documents[0].findings[0].fingerprint
    body = {"fingerprint": fingerprint, "status": "dismissed"}
    assert post(url, body, token=None) == 403
    assert post(url, body, token="wrong") == 403
    assert post(url, body, content_type="text/plain") == 415
    assert post(url, {"fingerprint": "nope", "status": "dismissed"}) == 404
    assert post(url, {"fingerprint": fingerprint, "status": "baseline"}) == 400
    assert post(url, body) == 200
    assert read_review(session.store.path).decisions[fingerprint].status == "dismissed"


def test_only_known_paths_are_served(server: tuple[str, ReviewSession]) -> None:
    url, _ = server
    for path in ("/../../etc/passwd", "/static/../store.py", "/api/../pyproject.toml"):
        with pytest.raises(HTTPError) as error:
            urllib.request.urlopen(f"{url}{path}", timeout=10)
        assert error.value.code == 404
    with urllib.request.urlopen(f"{url}/", timeout=10) as response:
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_concurrent_clicks_lose_nothing(server: tuple[str, ReviewSession]) -> None:
    url, session = server
    targets = session.documents[0].findings
    threads = [threading.Thread(target=post, args=(url, {
        "fingerprint": finding.fingerprint, "status": "accepted", "note": f"n{i}"}))
        for i, finding in enumerate(targets)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    saved = read_review(session.store.path).decisions
    assert set(saved) == {finding.fingerprint for finding in targets}
    assert not list(session.store.path.parent.glob("*.tmp"))


def test_a_foreign_host_header_is_refused(server: tuple[str, ReviewSession]) -> None:
    """A page on another site that rebinds its name to 127.0.0.1 still sends its own Host."""
    url, _ = server
    request = urllib.request.Request(f"{url}/api/state", headers={"Host": "evil.example:80"})
    with pytest.raises(HTTPError) as error:
        urllib.request.urlopen(request, timeout=10)
    assert error.value.code == 421
