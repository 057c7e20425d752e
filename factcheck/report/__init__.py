"""The report stage: one module per output format, each exposing ``render(report, context)``."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.models import Report


@dataclass(frozen=True)
class RenderContext:
    """What a renderer may need beyond the report itself."""

    texts: Mapping[str, str] = field(default_factory=dict)  # document path -> full text
    color: bool = False
    base_dir: Path = field(default_factory=Path.cwd)  # paths in SARIF etc. are relative to it


Renderer = Callable[[Report, RenderContext], str]

# Imported lazily so that start-up only pays for the format in use.
FORMATS: dict[str, str] = {
    "text": "factcheck.report.text",
    "json": "factcheck.report.json_format",
    "jsonl": "factcheck.report.jsonl",
    "sarif": "factcheck.report.sarif",
    "github": "factcheck.report.github",
    "codeclimate": "factcheck.report.codeclimate",
    "claimreview": "factcheck.report.claimreview",
    "html": "factcheck.report.html",
}


# Formats whose text is JSON: their strings may carry article text.
JSON_FORMATS = frozenset({"json", "jsonl", "sarif", "codeclimate", "claimreview"})


def renderer(format_name: str) -> Renderer:
    module = importlib.import_module(FORMATS[format_name])
    render: Renderer = module.render
    if format_name in JSON_FORMATS:
        return lambda report, context: inert_json(render(report, context))
    if format_name == "html":
        return lambda report, context: inert_html(render(report, context))
    return render


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
