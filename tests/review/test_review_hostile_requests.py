"""Hostile requests to the review app (issue 16, item 10): a 4xx or a closed connection, never a
traceback on stderr, never a thread held forever."""

from __future__ import annotations

import http.client
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.models import DocumentResult, DocumentStatus, Finding, Severity
from factcheck.review.server import MAX_BODY, ReviewSession, make_server
from factcheck.review.store import ReviewStore

TOKEN = "secret-token"
TIMEOUT = 0.5
FINDING = Finding(rule_id="test.rule", severity=Severity.ERROR, message="m", path="a.md",
                  claim_text="claim")


@pytest.fixture
def address(tmp_path: Path) -> Iterator[tuple[str, int]]:
    document = DocumentResult(path="a.md", status=DocumentStatus.CHECKED, findings=[FINDING],
                              text="hello")
    session = ReviewSession([document], ReviewStore(tmp_path / "review.json"), TOKEN)
    server = make_server(session, timeout=TIMEOUT)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield str(host), int(port)
    server.shutdown()
    server.server_close()


def send(address: tuple[str, int], body: bytes, headers: dict[str, str]) -> int:
    """The status of a POST sent with exactly these headers (http.client adds none of its own
    Content-Length when one is given)."""
    host, port = address
    connection = http.client.HTTPConnection(host, port, timeout=10)
    try:
        connection.putrequest("POST", "/api/decision", skip_accept_encoding=True)
        for name, value in {"X-Factcheck-Token": TOKEN, "Content-Type": "application/json",
                            **headers}.items():
            connection.putheader(name, value)
        connection.endheaders(body)
        return connection.getresponse().status
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("length", "expected"),
    [("abc", 400), ("-5", 400), ("+5", 400), ("1_0", 400), ("²", 400), ("0", 400),
     (str(MAX_BODY + 1), 413), ("99999999999999999999999", 413)],
)
def test_a_bad_content_length_is_a_4xx(
        address: tuple[str, int], capfd: pytest.CaptureFixture[str], length: str,
        expected: int) -> None:
    assert send(address, b'{"fingerprint": "x", "status": "accepted"}',
                {"Content-Length": length}) == expected
    assert "Traceback" not in capfd.readouterr().err


def test_a_missing_content_length_is_411(address: tuple[str, int]) -> None:
    assert send(address, b"", {}) == 411


def test_two_different_content_lengths_are_refused(address: tuple[str, int]) -> None:
    host, port = address
    with socket.create_connection((host, port), timeout=10) as client:
        client.sendall(f"POST /api/decision HTTP/1.1\r\nHost: {host}:{port}\r\n"
                       f"X-Factcheck-Token: {TOKEN}\r\nContent-Type: application/json\r\n"
                       "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}".encode())
        assert client.recv(4096).startswith(b"HTTP/1.0 400")


def test_deeply_nested_json_is_400(
        address: tuple[str, int], capfd: pytest.CaptureFixture[str]) -> None:
    body = b"[" * 8000 + b"]" * 8000
    assert len(body) <= MAX_BODY
    assert send(address, body, {"Content-Length": str(len(body))}) == 400
    assert "Traceback" not in capfd.readouterr().err


def test_an_oversized_body_is_413_without_being_read(address: tuple[str, int]) -> None:
    body = json.dumps({"fingerprint": "x", "status": "accepted", "note": "n" * MAX_BODY})
    assert send(address, body.encode(), {"Content-Length": str(len(body))}) == 413


def test_a_body_that_never_comes_is_408_within_the_timeout(
        address: tuple[str, int], capfd: pytest.CaptureFixture[str]) -> None:
    host, port = address
    # The client waits 20 times the server's timeout: an answer that comes at all comes from
    # the server's timeout (a recv past the client's raises), without timing it here.
    with socket.create_connection((host, port), timeout=TIMEOUT * 20) as client:
        client.sendall(f"POST /api/decision HTTP/1.1\r\nHost: {host}:{port}\r\n"
                       f"X-Factcheck-Token: {TOKEN}\r\nContent-Type: application/json\r\n"
                       "Content-Length: 100\r\n\r\n{".encode())
        answer = client.recv(4096)
        assert answer.startswith(b"HTTP/1.0 408")
    assert "Traceback" not in capfd.readouterr().err


def test_a_trickling_body_is_cut_at_the_timeout_for_the_whole_body(
        address: tuple[str, int]) -> None:
    host, port = address
    with socket.create_connection((host, port), timeout=10) as client:
        client.sendall(f"POST /api/decision HTTP/1.1\r\nHost: {host}:{port}\r\n"
                       f"X-Factcheck-Token: {TOKEN}\r\nContent-Type: application/json\r\n"
                       "Content-Length: 100\r\n\r\n".encode())
        client.settimeout(0.1)
        answer = b""
        for _ in range(40):  # a byte every 0.1 s: each read is in time, the whole is not
            try:
                client.sendall(b" ")
                answer += client.recv(4096)
            except (TimeoutError, BlockingIOError):
                continue
            except OSError:
                break
            if answer:
                break
        assert answer.startswith(b"HTTP/1.0 408")


def test_headers_that_never_end_close_the_connection(
        address: tuple[str, int], capfd: pytest.CaptureFixture[str]) -> None:
    host, port = address
    with socket.create_connection((host, port), timeout=TIMEOUT * 20) as client:
        client.sendall(b"POST /api/decision HTTP/1.1\r\nHost: x\r\n")
        assert client.recv(4096) == b""  # closed by the server's socket timeout, not ours
    assert "Traceback" not in capfd.readouterr().err


def test_a_good_request_still_works(address: tuple[str, int], tmp_path: Path) -> None:
    body = json.dumps({"fingerprint": FINDING.fingerprint, "status": "accepted"}).encode()
    assert send(address, body, {"Content-Length": str(len(body))}) == 200
    saved = json.loads((tmp_path / "review.json").read_text(encoding="utf-8"))
    assert saved["decisions"][FINDING.fingerprint]["status"] == "accepted"
