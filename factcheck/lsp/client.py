"""A small LSP client over a subprocess's stdio, for the tests and benchmarks/lsp.py.

Synchronous, with a timeout on every wait, so a test of a server that hangs fails instead of
hanging: a reader thread frames the server's messages into a queue, and each wait takes from
it with a deadline. Requests the server sends (``client/registerCapability``,
``window/workDoneProgress/create``) are answered with an empty result, as a plain editor would.
No pygls here: the server is tested through the protocol as any editor speaks it.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import queue
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

Message = dict[str, Any]

DEFAULT_TIMEOUT = 20.0


class ServerGone(Exception):
    """The server closed its stdout, or did not answer in time."""


class LspClient:
    def __init__(self, command: Sequence[str], cwd: Path | None = None,
                 env: dict[str, str] | None = None, stderr: BinaryIO | int | None = None
                 ) -> None:
        self.process = subprocess.Popen(
            list(command), cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=stderr if stderr is not None else subprocess.DEVNULL)
        self._ids = itertools.count(1)
        self._inbox: queue.Queue[Message | None] = queue.Queue()
        self._pending: list[Message] = []  # notifications read while waiting for something else
        self._write_lock = threading.Lock()
        self._closed = False
        self._reader = threading.Thread(target=self._read, name="lsp-client-reader",
                                        daemon=True)
        self._reader.start()
        # (time received, message) of every notification, for benchmarks and post-mortems.
        self.notifications: list[tuple[float, Message]] = []

    # -- framing ---------------------------------------------------------------------------

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        try:
            while True:
                length = None
                while True:
                    header = stream.readline()
                    if not header:
                        return
                    if header in (b"\r\n", b"\n"):
                        break
                    name, _, value = header.decode("ascii").partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value.strip())
                if length is None:
                    continue
                body = stream.read(length)
                if len(body) < length:
                    return
                self._inbox.put(json.loads(body))
        finally:
            self._inbox.put(None)  # wakes a waiter: the server is gone

    def _write(self, message: Message) -> None:
        body = json.dumps(message).encode("utf-8")
        stdin = self.process.stdin
        assert stdin is not None
        with self._write_lock:
            stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            stdin.flush()

    def _take(self, deadline: float) -> Message:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ServerGone("timed out waiting for the server")
        try:
            message = self._inbox.get(timeout=remaining)
        except queue.Empty:
            raise ServerGone("timed out waiting for the server") from None
        if message is None:
            self._inbox.put(None)  # keep saying it to later waiters
            raise ServerGone(f"the server closed its output (exit code {self.process.poll()})")
        if "method" in message and "id" in message:  # a request from the server
            self._write({"jsonrpc": "2.0", "id": message["id"], "result": None})
        elif "method" in message:
            self.notifications.append((time.perf_counter(), message))
        return message

    # -- the protocol ----------------------------------------------------------------------

    def notify(self, method: str, params: Any) -> None:
        self._write({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: Any, timeout: float = DEFAULT_TIMEOUT) -> Any:
        """The result of a request; RuntimeError if the server answers with an error."""
        number = next(self._ids)
        self._write({"jsonrpc": "2.0", "id": number, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while True:
            message = self._take(deadline)
            if message.get("id") == number and "method" not in message:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result")
            if "method" in message and "id" not in message:
                self._pending.append(message)

    def wait_for(self, method: str, accept: Callable[[Any], bool] = lambda params: True,
                 timeout: float = DEFAULT_TIMEOUT) -> Any:
        """The params of the first notification ``method`` that ``accept`` takes, including
        those read while waiting for something else."""
        for message in list(self._pending):
            if message["method"] == method and accept(message.get("params")):
                self._pending.remove(message)
                return message.get("params")
        deadline = time.monotonic() + timeout
        while True:
            message = self._take(deadline)
            if "id" in message:
                continue
            if message.get("method") == method and accept(message.get("params")):
                return message.get("params")
            self._pending.append(message)

    def diagnostics(self, uri: str, version: int | None = None,
                    timeout: float = DEFAULT_TIMEOUT) -> list[dict[str, Any]]:
        """The diagnostics next published for ``uri`` (for ``version``, if given)."""
        def wanted(params: Any) -> bool:
            return bool(params.get("uri") == uri
                        and (version is None or params.get("version") == version))

        params = self.wait_for("textDocument/publishDiagnostics", wanted, timeout)
        return list(params["diagnostics"])

    def initialize(self, root: Path | None, capabilities: dict[str, Any] | None = None,
                   timeout: float = DEFAULT_TIMEOUT) -> Any:
        result = self.request("initialize", {
            "processId": None,
            "rootUri": root.resolve().as_uri() if root else None,
            "workspaceFolders": ([{"uri": root.resolve().as_uri(), "name": root.name}]
                                 if root else None),
            "capabilities": capabilities or {
                "textDocument": {
                    "publishDiagnostics": {"relatedInformation": True, "versionSupport": True,
                                           "codeDescriptionSupport": True, "dataSupport": True},
                    "hover": {"contentFormat": ["markdown", "plaintext"]},
                    "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {
                        "valueSet": ["quickfix"]}}},
                },
            },
        }, timeout)
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, language: str = "markdown", version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language, "version": version, "text": text}})

    def change(self, uri: str, text: str, version: int) -> None:
        """The whole new text: the server asks for full sync."""
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": text}]})

    def close(self, timeout: float = 10.0) -> int:
        """shutdown, exit, and the server's exit code; killed if it does not go."""
        # A server already gone (or one that fails to answer) is waited for, then killed.
        with contextlib.suppress(ServerGone, RuntimeError, OSError):
            if self.process.poll() is None and not self._closed:
                self.request("shutdown", None, timeout)
                self.notify("exit", None)
        self._closed = True
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout)
            raise ServerGone("the server did not exit after shutdown and exit") from None
        finally:
            for stream in (self.process.stdin, self.process.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()

    def __enter__(self) -> LspClient:
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(ServerGone):
            self.close()


def apply_edits(text: str, edits: Sequence[dict[str, Any]]) -> str:
    """``text`` with LSP TextEdits applied (positions in UTF-16, as the client offers)."""
    from factcheck.lsp.positions import LineMap

    lines = LineMap(text)
    spans = sorted(((lines.offset(edit["range"]["start"]["line"],
                                  edit["range"]["start"]["character"]),
                     lines.offset(edit["range"]["end"]["line"], edit["range"]["end"]["character"]),
                     edit["newText"]) for edit in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text
