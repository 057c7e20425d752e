"""`factcheck lsp`: the language server, on pygls, over stdio.

Two threads. pygls reads and answers the protocol in a background thread (its asyncio loop);
the main thread checks documents as the scheduler makes them due (factcheck/lsp/scheduler.py:
the main thread, so that a Python rule's time limit holds) and hands each result to the loop
to publish, so that only the loop's thread ever writes to the client.

Hover and code actions are answered from the last check of the document's current text; a
code action for a diagnostic the client sends carries what it needs in the diagnostic's
``data``, so it is computed against the text as the editor has it now.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from factcheck import __version__
from factcheck.errors import FactcheckError, path_text
from factcheck.load import ARTICLE_SUFFIXES
from factcheck.log import get_logger
from factcheck.lsp.actions import Edit, ignore_edit, reference_stub
from factcheck.lsp.checking import (
    Checking,
    ConfigurationProblem,
    Outcome,
    ServerOptions,
    is_structured,
)
from factcheck.lsp.diagnostics import diagnostics_for, marker_of
from factcheck.lsp.hover import hover_markdown
from factcheck.lsp.positions import UTF16, LineMap
from factcheck.lsp.scheduler import Scheduler
from factcheck.models import Finding

log = get_logger(__name__)

# Editor buffers that were never saved have no file name: their language names the loader.
_SUFFIX_OF_LANGUAGE = {"markdown": ".md", "plaintext": ".txt", "yaml": ".yaml", "json": ".json"}


@dataclass(frozen=True)
class OpenText:
    version: int | None
    text: str
    language: str


class FactcheckServer(LanguageServer):
    def __init__(self, options: ServerOptions) -> None:
        # Full sync: the client sends the whole text on each change. An article is a few
        # kilobytes, and pygls applies incremental changes with str.splitlines, whose line
        # breaks are not the protocol's (U+2028 and form feeds shift every position after).
        super().__init__("factcheck", __version__,
                         text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.options = options
        self.checking = Checking(options)
        self.texts: dict[str, OpenText] = {}
        self.outcomes: dict[str, Outcome] = {}
        self.lock = threading.Lock()
        self.scheduler = Scheduler(self.check_now)
        self.loop: asyncio.AbstractEventLoop | None = None
        self.shutdown_requested = False
        self._said: set[str] = set()  # configuration problems already shown to the user
        self._tuned = False

    @property
    def encoding(self) -> str:
        try:
            encoding = self.workspace.position_encoding
        except RuntimeError:  # not initialized yet
            return UTF16
        return str(getattr(encoding, "value", encoding) or UTF16)

    # -- documents ---------------------------------------------------------------------------

    def remember(self, uri: str, version: int | None, text: str, language: str | None = None
                 ) -> None:
        with self.lock:
            known = self.texts.get(uri)
            self.texts[uri] = OpenText(version, text, language or (known.language if known
                                                                   else ""))

    def forget(self, uri: str) -> None:
        with self.lock:
            self.texts.pop(uri, None)
        self.outcomes.pop(uri, None)
        self.scheduler.cancel(uri)

    def current(self, uri: str) -> OpenText | None:
        with self.lock:
            return self.texts.get(uri)

    def name_of(self, uri: str, language: str) -> tuple[Path | None, str | None]:
        """The file behind ``uri`` and the name to load it under; no name: not an article."""
        fs_path = to_fs_path(uri) if uri.startswith("file:") else None
        if fs_path is not None:
            path = Path(fs_path)
            # The CLI's articles, and Markdown by another name (.mdx, a README): not every
            # file an editor calls plain text (logs, LICENSE) is an article.
            if path.suffix.lower() in ARTICLE_SUFFIXES or language == "markdown":
                return path, path_text(path)
            return path, None
        suffix = _SUFFIX_OF_LANGUAGE.get(language)
        return None, f"untitled{suffix}" if suffix else None

    # -- checking (main thread) --------------------------------------------------------------

    def check_now(self, uri: str) -> None:
        opened = self.current(uri)
        if opened is None:
            return
        path, name = self.name_of(uri, opened.language)
        if name is None:
            return
        started = time.perf_counter()
        try:
            outcome = self.checking.check(opened.text, path, name)
        except Exception as error:  # a bug of ours: say it, keep serving
            log.error("internal error while checking", uri=uri, error=repr(error))
            log.debug("internal error traceback", uri=uri, exc_info=True)
            outcome = Outcome(opened.text, problem=FactcheckError(
                name, f"internal error while checking ({type(error).__name__}: {error}); "
                      "please report it"))
        if not self._tuned and outcome.setup is not None:
            self._tuned = True
            from factcheck.gc_policy import tune_for_checking

            tune_for_checking()  # after the first rules are loaded, as the CLI does
        if self.current(uri) != opened:
            return  # changed or closed meanwhile: the newer text is due for its own check
        self.outcomes[uri] = outcome
        ruleset = outcome.setup.ruleset if outcome.setup else None
        diagnostics = diagnostics_for(uri, outcome, self.encoding, ruleset)
        log.debug("checked", uri=uri, version=opened.version, findings=len(outcome.findings),
                  ms=round((time.perf_counter() - started) * 1000, 1))
        self.send(lambda: self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, diagnostics=diagnostics, version=opened.version)))
        if isinstance(outcome.problem, ConfigurationProblem):
            self.say_once(outcome.problem)

    def say_once(self, problem: FactcheckError) -> None:
        line = problem.one_line()
        if line in self._said:
            return
        self._said.add(line)
        log.error("configuration cannot be used", error=line)
        self.send(lambda: self.window_show_message(types.ShowMessageParams(
            type=types.MessageType.Error, message=f"factcheck: {line}")))

    def send(self, deliver: Any) -> None:
        """Run ``deliver`` in the protocol's thread, the only one that writes to the client."""
        loop = self.loop
        if loop is None or loop.is_closed() or self.scheduler.stopped:
            return
        # The loop may close between the check above and here: then there is nobody to tell.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(deliver)

    # -- requests (protocol thread) ----------------------------------------------------------

    def checked_text(self, uri: str) -> tuple[OpenText, Outcome | None] | None:
        """The document's current text, and its last check if that was of this very text."""
        opened = self.current(uri)
        if opened is None:
            return None
        outcome = self.outcomes.get(uri)
        return opened, outcome if outcome is not None and outcome.text == opened.text else None

    def hover(self, params: types.HoverParams) -> types.Hover | None:
        found = self.checked_text(params.text_document.uri)
        if found is None or found[1] is None:
            return None
        opened, outcome = found
        assert outcome is not None
        lines = LineMap(opened.text, self.encoding)
        offset = lines.offset(params.position.line, params.position.character)
        hits = [finding for finding in outcome.findings if finding.span is not None
                and finding.span.start <= offset <= finding.span.end]
        markdown = hover_markdown(hits, outcome.setup.ruleset if outcome.setup else None)
        if markdown is None:
            return None
        span = hits[0].span
        assert span is not None
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                        value=markdown),
                           range=_range(lines, span.start, span.end))

    def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        found = self.checked_text(uri)
        if found is None:
            return []
        opened, outcome = found
        name = self.name_of(uri, opened.language)[1]
        if name is None or is_structured(name):
            return []  # no comments in a structured article's loader; see actions.py
        lines = LineMap(opened.text, self.encoding)
        targets = [_Target.of_diagnostic(diagnostic, lines)
                   for diagnostic in params.context.diagnostics
                   if diagnostic.source == "factcheck" and isinstance(diagnostic.code, str)]
        if not targets and outcome is not None:
            # A client that sends no diagnostics with the request: the findings under the range.
            start = lines.offset(params.range.start.line, params.range.start.character)
            end = lines.offset(params.range.end.line, params.range.end.character)
            targets = [_Target.of_finding(finding) for finding in outcome.findings
                       if finding.span is not None and finding.span.start <= end
                       and start <= finding.span.end]
        actions: list[types.CodeAction] = []
        seen: set[tuple[str, str]] = set()
        for target in targets:
            ignore = ignore_edit(opened.text, target.offset, target.rule_id)
            if ignore is not None and ("ignore", f"{ignore}") not in seen:
                seen.add(("ignore", f"{ignore}"))
                actions.append(self._action(
                    f"Ignore {target.rule_id} on this line (factcheck-ignore comment)", uri,
                    lines, ignore, target.diagnostic))
            if target.rule_id == "citation.unresolved" and target.ref is not None:
                if ("stub", target.ref) in seen:
                    continue
                seen.add(("stub", target.ref))
                markdown = Path(name).suffix.lower() != ".txt"
                stub = reference_stub(opened.text, target.ref, target.marker or "", markdown)
                actions.append(self._action(
                    f"Add a reference stub for {target.marker or target.ref}", uri, lines, stub,
                    target.diagnostic, preferred=True))
        return actions

    @staticmethod
    def _action(title: str, uri: str, lines: LineMap, edit: Edit,
                diagnostic: types.Diagnostic | None, preferred: bool = False
                ) -> types.CodeAction:
        text_edit = types.TextEdit(range=_range(lines, edit.start, edit.end),
                                   new_text=edit.new_text)
        return types.CodeAction(
            title=title, kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic] if diagnostic is not None else None,
            edit=types.WorkspaceEdit(changes={uri: [text_edit]}),
            is_preferred=preferred or None)


@dataclass(frozen=True)
class _Target:
    """What a code action acts on: a finding's rule, where it starts, and its marker."""

    rule_id: str
    offset: int
    ref: str | None = None
    marker: str | None = None
    diagnostic: types.Diagnostic | None = None

    @classmethod
    def of_diagnostic(cls, diagnostic: types.Diagnostic, lines: LineMap) -> _Target:
        data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
        ref, marker = data.get("ref"), data.get("marker")
        return cls(str(diagnostic.code),
                   lines.offset(diagnostic.range.start.line, diagnostic.range.start.character),
                   ref if isinstance(ref, str) else None,
                   marker if isinstance(marker, str) else None, diagnostic)

    @classmethod
    def of_finding(cls, finding: Finding) -> _Target:
        assert finding.span is not None
        ref, marker = marker_of(finding)
        return cls(finding.rule_id, finding.span.start, ref, marker)


def _range(lines: LineMap, start: int, end: int) -> types.Range:
    (line, character), (end_line, end_character) = lines.position(start), lines.position(end)
    return types.Range(start=types.Position(line=line, character=character),
                       end=types.Position(line=end_line, character=end_character))


def _roots(params: types.InitializeParams) -> list[Path]:
    uris = [folder.uri for folder in params.workspace_folders or []]
    if not uris and params.root_uri:
        uris = [params.root_uri]
    roots = [Path(path) for uri in uris if (path := to_fs_path(uri)) is not None]
    if not roots and params.root_path:
        roots = [Path(params.root_path)]
    return roots


def build(options: ServerOptions) -> FactcheckServer:
    server = FactcheckServer(options)

    @server.feature(types.INITIALIZE)
    def initialize(ls: FactcheckServer, params: types.InitializeParams) -> None:
        ls.loop = asyncio.get_running_loop()
        ls.checking = Checking(ls.options, _roots(params))
        log.info("initialized", roots=[path_text(root) for root in ls.checking.roots],
                 encoding=ls.encoding)

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    def folders_changed(ls: FactcheckServer,
                        params: types.DidChangeWorkspaceFoldersParams) -> None:
        # pygls has updated its folders: configuration is looked for from the new ones. The
        # check under way, if any, finishes with the old set-up.
        roots = [Path(path) for folder in ls.workspace.folders.values()
                 if (path := to_fs_path(folder.uri)) is not None]
        ls.checking = Checking(ls.options, roots)
        with ls.lock:
            open_uris = list(ls.texts)
        for uri in open_uris:
            ls.scheduler.request(uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FactcheckServer, params: types.DidOpenTextDocumentParams) -> None:
        document = params.text_document
        ls.remember(document.uri, document.version, document.text, document.language_id)
        ls.scheduler.request(document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FactcheckServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        # Full sync: the last change holds the whole text; pygls's own copy agrees with it.
        text = ls.workspace.get_text_document(uri).source
        ls.remember(uri, params.text_document.version, text)
        ls.scheduler.request(uri, ls.options.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: FactcheckServer, params: types.DidSaveTextDocumentParams) -> None:
        # At once: a save is a pause, and the sources folder may have changed with it.
        ls.scheduler.request(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactcheckServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.forget(uri)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri,
                                                                            diagnostics=[]))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactcheckServer, params: types.HoverParams) -> types.Hover | None:
        return ls.hover(params)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls: FactcheckServer, params: types.CodeActionParams
                    ) -> list[types.CodeAction]:
        return ls.code_actions(params)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: FactcheckServer, params: Any) -> None:
        ls.shutdown_requested = True
        ls.scheduler.stop()  # nothing is published after shutdown

    @server.feature(types.EXIT)
    def exit_(ls: FactcheckServer, params: Any) -> None:
        ls.scheduler.stop()

    return server


def serve(options: ServerOptions, stdin: BinaryIO | None = None,
          stdout: BinaryIO | None = None) -> int:
    """Serve until the client says exit or goes away; the exit code the protocol asks for
    (0 after a shutdown request, else 1)."""
    if stdin is None and stdout is None:
        stdin, stdout = _own_stdio()
    server = build(options)

    def protocol() -> None:
        try:
            server.start_io(stdin, stdout)
        except Exception as error:  # the connection broke: there is no one left to serve
            log.error("language server stopped", error=repr(error))
        finally:
            server.scheduler.stop()

    thread = threading.Thread(target=protocol, name="lsp-protocol", daemon=True)
    thread.start()
    server.scheduler.run()
    thread.join(timeout=5)
    return 0 if server.shutdown_requested else 1


def _own_stdio() -> tuple[BinaryIO, BinaryIO]:
    """The protocol's own stdin and stdout; file descriptor 1 then goes to stderr.

    stdout is the protocol: one stray line from a Python rule's print(), a library's warning
    or a C extension breaks the client's framing. The protocol keeps a duplicate of the
    original descriptor, and whatever else writes to stdout writes to stderr.
    """
    protocol_out = os.fdopen(os.dup(sys.stdout.fileno()), "wb", buffering=0)
    sys.stdout.flush()
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    return sys.stdin.buffer, protocol_out


def uri_of(path: Path) -> str:
    return str(from_fs_path(str(path)))
