"""`factcheck review`: a local web app where an editor accepts or dismisses each finding.

The page filters findings by rule, severity and decision, dismisses (or accepts) every finding
of one rule at once, and is driven from the keyboard. Its HTTP API (docs/review-api.md):
``GET /api/state``, ``GET /api/findings`` (filtered), ``POST /api/decision`` (one finding),
``POST /api/bulk-decision`` (every finding of a rule).

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
from urllib.parse import parse_qs, urlsplit

from factcheck.log import get_logger
from factcheck.models import DocumentResult, Finding, Severity
from factcheck.review.store import Decision, ReviewStore, Status

log = get_logger(__name__)

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
       "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
STATIC = {"/static/app.js": ("app.js", "text/javascript"),
          "/static/style.css": ("style.css", "text/css")}
MAX_BODY = 16 * 1024
TIMEOUT = 10.0  # seconds a client has to send a whole request; the page sends one at a click
OPEN = "open"  # the decision filter's name for a finding nobody has decided on yet
DECISION_FILTERS = frozenset({OPEN, *(status.value for status in Status)})
FILTER_FIELDS = frozenset({"rule", "severity", "decision"})


class Refused(Exception):
    """A request the server answers with a 4xx status and a one-line JSON error."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class FindingFilter:
    """Which findings a listing shows: each field allows any of its values, empty allows all."""

    rules: frozenset[str] = frozenset()
    severities: frozenset[str] = frozenset()
    decisions: frozenset[str] = frozenset()  # "open", or a decision's status

    @classmethod
    def from_query(cls, query: str) -> FindingFilter:
        """``rule=…&severity=…&decision=…``, each repeatable; a misspelt field or an unknown
        severity or decision is refused rather than silently matching everything or nothing."""
        try:
            # Blank values kept, so that "sevrity=" is refused too; then a blank one is "any".
            given = parse_qs(query, keep_blank_values=True, max_num_fields=64)
        except ValueError:
            raise Refused(HTTPStatus.BAD_REQUEST, "too many query fields") from None
        unknown = set(given) - FILTER_FIELDS
        if unknown:
            raise Refused(HTTPStatus.BAD_REQUEST,
                          f"unknown filter {sorted(unknown)[0]!r}: use rule, severity, decision")
        fields = {name: [value for value in values if value] for name, values in given.items()}
        severities = frozenset(fields.get("severity", []))
        decisions = frozenset(fields.get("decision", []))
        if not severities <= {severity.value for severity in Severity}:
            raise Refused(HTTPStatus.BAD_REQUEST, "severity must be error, warning or info")
        if not decisions <= DECISION_FILTERS:
            raise Refused(HTTPStatus.BAD_REQUEST,
                          f"decision must be one of {', '.join(sorted(DECISION_FILTERS))}")
        return cls(frozenset(fields.get("rule", [])), severities, decisions)

    def matches(self, finding: Finding, decision: Decision | None) -> bool:
        state = decision.status.value if decision else OPEN
        return ((not self.rules or finding.rule_id in self.rules)
                and (not self.severities or finding.severity.value in self.severities)
                and (not self.decisions or state in self.decisions))


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

    def findings_of_rule(self, rule_id: str) -> list[Finding]:
        return [finding for document in self.documents for finding in document.findings
                if finding.rule_id == rule_id]

    def state(self) -> dict[str, Any]:
        decisions = self.store.snapshot().decisions
        return {"documents": [
            {
                "index": index, "path": document.path, "status": document.status.value,
                "error": document.error, "text": document.text or "",
                "findings": [_finding_json(finding, decisions.get(finding.fingerprint))
                             for finding in document.findings],
            }
            for index, document in enumerate(self.documents)
        ]}

    def listing(self, wanted: FindingFilter) -> dict[str, Any]:
        """The findings ``wanted`` lets through, each with its document's index and path."""
        decisions = self.store.snapshot().decisions
        found = [{"document": index, **_finding_json(finding, decisions.get(finding.fingerprint))}
                 for index, document in enumerate(self.documents)
                 for finding in document.findings
                 if wanted.matches(finding, decisions.get(finding.fingerprint))]
        return {"count": len(found), "findings": found}


def _finding_json(finding: Finding, decision: Decision | None) -> dict[str, Any]:
    return {**finding.model_dump(mode="json"),
            "decision": decision.model_dump(mode="json") if decision else None}


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
        path, _, query = self.path.partition("?")
        if path == "/":
            page = _static("index.html").replace(
                "{{token}}", self.review.token)  # url-safe base64: nothing to escape
            self._send(HTTPStatus.OK, page.encode(), "text/html; charset=utf-8")
        elif path in STATIC:
            name, content_type = STATIC[path]
            self._send(HTTPStatus.OK, _static(name).encode(), f"{content_type}; charset=utf-8")
        elif path == "/api/state":
            self._json(HTTPStatus.OK, self.review.state())
        elif path == "/api/findings":
            try:
                wanted = FindingFilter.from_query(query)
            except Refused as refused:
                self._json(refused.status, {"error": refused.message})
                return
            self._json(HTTPStatus.OK, self.review.listing(wanted))
        else:
            self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})

    def do_POST(self) -> None:
        if not self._host_ok():
            self._json(HTTPStatus.MISDIRECTED_REQUEST, {"error": "wrong host"})
            return
        routes = {"/api/decision": self._decide_one, "/api/bulk-decision": self._decide_rule}
        route = routes.get(urlsplit(self.path).path)
        if route is None:
            self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})
            return
        try:
            body = self._json_body()
            if body is None:
                return  # already answered: the body was too slow (408)
            status, payload = route(body)
        except Refused as refused:
            self._json(refused.status, {"error": refused.message})
            return
        self._json(status, payload)

    def _json_body(self) -> dict[str, Any] | None:
        """The request's JSON object, after the checks every write passes; None once the client
        has been told why there is none."""
        token = self.headers.get("X-Factcheck-Token", "")
        if not hmac.compare_digest(token.encode(), self.review.token.encode()):
            raise Refused(HTTPStatus.FORBIDDEN, "missing or wrong session token")
        if not self.headers.get("Content-Type", "").startswith("application/json"):
            raise Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "JSON body required")
        length = self._content_length()
        if length is None:
            return None
        raw = self._read_body(length)
        if raw is None:
            return None
        try:
            body = json.loads(raw)
        except (ValueError, RecursionError):  # RecursionError: [[[[…
            raise Refused(HTTPStatus.BAD_REQUEST, "body is not JSON") from None
        if not isinstance(body, dict):
            raise Refused(HTTPStatus.BAD_REQUEST, "body must be a JSON object")
        return body

    def _decide_one(self, body: dict[str, Any]) -> tuple[HTTPStatus, Any]:
        try:
            fingerprint = str(body["fingerprint"])
        except KeyError:
            raise Refused(HTTPStatus.BAD_REQUEST, "expected {fingerprint, status, note}") from None
        status, note = _status_and_note(body, "expected {fingerprint, status, note}")
        finding = self.review.finding(fingerprint)
        if finding is None:
            raise Refused(HTTPStatus.NOT_FOUND, "no such finding")
        decision = self.review.store.decide(finding, status, note)
        return HTTPStatus.OK, decision.model_dump(mode="json")

    def _decide_rule(self, body: dict[str, Any]) -> tuple[HTTPStatus, Any]:
        """Every finding of one rule, in every document, gets the same decision."""
        rule_id = body.get("rule_id")
        if not isinstance(rule_id, str):
            raise Refused(HTTPStatus.BAD_REQUEST, "expected {rule_id, status, note}")
        status, note = _status_and_note(body, "expected {rule_id, status, note}")
        findings = self.review.findings_of_rule(rule_id)
        if not findings:
            raise Refused(HTTPStatus.NOT_FOUND, "no findings of that rule")
        decisions = self.review.store.decide_many(findings, status, note)
        return HTTPStatus.OK, {
            "rule_id": rule_id, "status": status.value, "decided": len(decisions),
            "decisions": {fingerprint: decision.model_dump(mode="json")
                          for fingerprint, decision in decisions.items()}}

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


def _status_and_note(body: dict[str, Any], expected: str) -> tuple[Status, str]:
    """A decision's status (an editor accepts or dismisses; a baseline is made by the CLI) and
    its note, cut at the length a decision keeps."""
    try:
        status = Status(body["status"])
        note = str(body.get("note", ""))[:4000]
    except (ValueError, KeyError, TypeError):
        raise Refused(HTTPStatus.BAD_REQUEST, expected) from None
    if status is Status.BASELINE:
        raise Refused(HTTPStatus.BAD_REQUEST, "status must be accepted or dismissed")
    return status, note


def _static(name: str) -> str:
    return files("factcheck.review").joinpath("static", name).read_text(encoding="utf-8")
