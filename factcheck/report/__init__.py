"""The report stage: one module per output format, each exposing ``render(report, context)``,
and the registry of formats (``FORMATS``)."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.models import DocumentResult, Report


@dataclass(frozen=True)
class RenderContext:
    """What a renderer may need beyond the report itself."""

    texts: Mapping[str, str] = field(default_factory=dict)  # document path -> full text
    color: bool = False
    base_dir: Path = field(default_factory=Path.cwd)  # paths in SARIF etc. are relative to it


Renderer = Callable[[Report, RenderContext], str]


@dataclass(frozen=True)
class Format:
    """A report format: the module that renders it, and what a batch needs to know of it.

    The module is imported on first use, so start-up pays only for the format in use. It
    defines ``render(report, context) -> str``; a format that ``streams`` defines
    ``render_document(result) -> str`` and ``render_summary(report) -> str`` too, and a batch
    writes each document as it finishes, keeping only the counts.
    """

    module: str
    markup: str = "text"  # "json" or "html": made inert for CI logs (inert_json, inert_html)
    streams: bool = False
    shows_text: bool = False  # shows each article's text: the checkers keep it for the report
    # Whether the report has a place for documents not checked and for the suppressed count;
    # if not, a batch logs them, so that no format keeps quiet about them.
    counts: bool = True

    def renderer(self) -> Renderer:
        render: Renderer = importlib.import_module(self.module).render
        inert = self.inert
        return lambda report, context: inert(render(report, context))

    def document_renderer(self) -> Callable[[DocumentResult], str]:
        render: Callable[[DocumentResult], str] = importlib.import_module(
            self.module).render_document
        inert = self.inert
        return lambda result: inert(render(result))

    def summary_renderer(self) -> Callable[[Report], str]:
        render: Callable[[Report], str] = importlib.import_module(self.module).render_summary
        inert = self.inert
        return lambda report: inert(render(report))

    def inert(self, text: str) -> str:
        """``text`` as a CI runner can print it without acting on it."""
        if self.markup == "json":
            return inert_json(text)
        if self.markup == "html":
            return inert_html(text)
        return text


# The one registry of report formats: adding one is a module and a line here (docs/extending.md).
FORMATS: dict[str, Format] = {}


def register_format(name: str, spec: Format) -> None:
    """Make ``name`` a report format (``--format NAME``, ``renderer(NAME)``)."""
    FORMATS[name] = spec


register_format("text", Format("factcheck.report.text"))
register_format("json", Format("factcheck.report.json_format", markup="json"))
register_format("jsonl", Format("factcheck.report.jsonl", markup="json", streams=True))
register_format("sarif", Format("factcheck.report.sarif", markup="json"))
register_format("github", Format("factcheck.report.github"))
register_format("codeclimate", Format("factcheck.report.codeclimate", markup="json",
                                      counts=False))
register_format("claimreview", Format("factcheck.report.claimreview", markup="json",
                                      counts=False))
register_format("html", Format("factcheck.report.html", markup="html", shows_text=True))


def renderer(format_name: str) -> Renderer:
    """The renderer of a registered format, its output made inert for CI logs."""
    return FORMATS[format_name].renderer()


def inert_json(text: str) -> str:
    """JSON a CI runner can print without acting on it: '##[' (its older workflow-command
    syntax, acted on anywhere in a line) is written '#\\u0023[', which decodes to the same string.
    JSON escapes control characters and newlines inside strings, so no line starts with '::'."""
    return text.replace("##[", "#\\u0023[")


_LINE_START_COMMAND = re.compile(r"^([ \t]*)::", re.MULTILINE)


def inert_html(text: str) -> str:
    """An HTML page a CI runner can print without acting on it: '##[' and a '::' starting a
    line are written with character references, which a browser shows as the same text."""
    return _LINE_START_COMMAND.sub(r"\1&#58;:", text.replace("##[", "##&#91;"))
