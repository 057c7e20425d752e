"""`factcheck review`: a local web app where an editor accepts or dismisses each finding.

Security: it binds to 127.0.0.1 only; writes need the per-session token (sent in a header, which
a cross-site form cannot set) and a JSON body; the Host header must be the loopback address, so a
DNS-rebinding page cannot reach it; only the checked documents are served, by index; a strict
Content-Security-Policy allows no inline script, and the page builds the DOM with textContent.
Whatever a client sends (a bad Content-Length, a body too large or too deeply nested, bytes that
trickle in) gets a 4xx answer or a closed connection within the socket timeout, and a failure
in a request is one log line, never a traceback on the editor's terminal.
"""

from __future__ import annotations

import hmac
import json
import secrets
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from typing import Any

from factcheck.log import get_logger
from factcheck.models import DocumentResult, Finding
from factcheck.review.store import ReviewStore, Status

log = get_logger(__name__)

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
       "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
STATIC = {"/static/app.js": ("app.js", "text/javascript"),
          "/static/style.css": ("style.css", "text/css")}
MAX_BODY = 16 * 1024
TIMEOUT = 10.0  # seconds a client has to send a whole request; the page sends one at a click


@dataclass
class ReviewSession:
    documents: Sequence[DocumentResult]
    store: ReviewStore
    token: str

    def finding(self, fingerprint: str) -> Finding | None:
        for document in self.documents:
            for finding in document.findings:
                if finding.fingerprint == fingerprint:
                    return finding
        return None

    def state(self) -> dict[str, Any]:
        decisions = self.store.snapshot().decisions
        return {"documents": [
            {
                "index": index, "path": document.path, "status": document.status.value,
                "error": document.error, "text": document.text or "",
                "findings": [
                    {**finding.model_dump(mode="json"),
                     "decision": (decisions[finding.fingerprint].model_dump(mode="json")
                                  if finding.fingerprint in decisions else None)}
                    for finding in document.findings
                ],
            }
            for index, document in enumerate(self.documents)
        ]}


def make_server(session: ReviewSession, port: int = 0,
                timeout: float = TIMEOUT) -> ThreadingHTTPServer:
    class Handler(_Handler):
        review = session

    Handler.timeout = timeout

    server = _Server(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    return server


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # the default 5 refuses connections when an editor clicks fast

    def handle_error(self, request: Any, client_address: Any) -> None:
        """The stock one prints a traceback to stderr, where the editor runs the app."""
        error = sys.exc_info()[1]
        log.warning("review request failed", error=repr(error))
        log.debug("review request failed", exc_info=True)


def new_token() -> str:
    return secrets.token_urlsafe(32)


class _Handler(BaseHTTPRequestHandler):
    review: ReviewSession
    server_version = "factcheck-review"
    sys_version = ""
    timeout = TIMEOUT  # StreamRequestHandler sets it on the socket

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("review request", line=format % args)

    def _host_ok(self) -> bool:
        port = self.server.server_address[1]  # type: ignore[index]
        return self.headers.get("Host", "") in (f"127.0.0.1:{port}", f"localhost:{port}")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, payload: Any) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json; charset=utf-8")

    def do_GET(self) -> None:
        if not self._host_ok():
            self._json(HTTPStatus.MISDIRECTED_REQUEST, {"error": "wrong host"})
            return
        path = self.path.split("?", 1)[0]
        if path == "/":
            page = _static("index.html").replace(
                "{{token}}", self.review.token)  # url-safe base64: nothing to escape
            self._send(HTTPStatus.OK, page.encode(), "text/html; charset=utf-8")
        elif path in STATIC:
            name, content_type = STATIC[path]
            self._send(HTTPStatus.OK, _static(name).encode(), f"{content_type}; charset=utf-8")
        elif path == "/api/state":
            self._json(HTTPStatus.OK, self.review.state())
        else:
            self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})

    def do_POST(self) -> None:
        if not self._host_ok():
            self._json(HTTPStatus.MISDIRECTED_REQUEST, {"error": "wrong host"})
            return
        if self.path != "/api/decision":
            self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})
            return
        token = self.headers.get("X-Factcheck-Token", "")
        if not hmac.compare_digest(token.encode(), self.review.token.encode()):
            self._json(HTTPStatus.FORBIDDEN, {"error": "missing or wrong session token"})
            return
        if not self.headers.get("Content-Type", "").startswith("application/json"):
            self._json(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, {"error": "JSON body required"})
            return
        length = self._content_length()
        if length is None:
            return
        raw = self._read_body(length)
        if raw is None:
            return
        try:
            body = json.loads(raw)
            fingerprint = str(body["fingerprint"])
            status = Status(body["status"])
            note = str(body.get("note", ""))[:4000]
        except (ValueError, KeyError, TypeError, RecursionError):  # RecursionError: [[[[…
            self._json(HTTPStatus.BAD_REQUEST, {"error": "expected {fingerprint, status, note}"})
            return
        if status is Status.BASELINE:
            self._json(HTTPStatus.BAD_REQUEST, {"error": "status must be accepted or dismissed"})
            return
        finding = self.review.finding(fingerprint)
        if finding is None:
            self._json(HTTPStatus.NOT_FOUND, {"error": "no such finding"})
            return
        decision = self.review.store.decide(finding, status, note)
        self._json(HTTPStatus.OK, decision.model_dump(mode="json"))


    def _content_length(self) -> int | None:
        """The body's length, or None once the client has been told what is wrong with it."""
        values = self.headers.get_all("Content-Length") or []
        if not values:
            self._json(HTTPStatus.LENGTH_REQUIRED, {"error": "Content-Length required"})
            return None
        text = values[0].strip()
        # int() would take "+5", " 5", "1_000" and "٥"; HTTP allows ASCII digits only.
        if len(set(values)) > 1 or not (text.isascii() and text.isdigit()):
            self._json(HTTPStatus.BAD_REQUEST, {"error": "bad Content-Length"})
            return None
        if int(text) > MAX_BODY:
            self._json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                       {"error": f"body over {MAX_BODY} bytes"})
            return None
        if int(text) == 0:
            self._json(HTTPStatus.BAD_REQUEST, {"error": "empty body"})
            return None
        return int(text)

    def _read_body(self, length: int) -> bytes | None:
        """``length`` bytes within the timeout for the whole body, not per packet (a client
        sending a byte every few seconds would hold a thread for hours); None after a 408."""
        deadline = time.monotonic() + (self.timeout or TIMEOUT)
        chunks: list[bytes] = []
        missing = length
        try:
            while missing:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError
                self.connection.settimeout(remaining)
                chunk = self.rfile.read1(missing)
                if not chunk:
                    break  # the client closed early: the short body fails to parse
                chunks.append(chunk)
                missing -= len(chunk)
        except TimeoutError:
            self.close_connection = True
            self.connection.settimeout(self.timeout)
            self._json(HTTPStatus.REQUEST_TIMEOUT, {"error": "request body too slow"})
            return None
        self.connection.settimeout(self.timeout)  # not what was left of it, for the answer
        return b"".join(chunks)


def _static(name: str) -> str:
    return files("factcheck.review").joinpath("static", name).read_text(encoding="utf-8")
