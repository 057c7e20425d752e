"""The report stage: one module per output format, each exposing ``render(report, context)``."""

from __future__ import annotations

import importlib
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


def renderer(format_name: str) -> Renderer:
    module = importlib.import_module(FORMATS[format_name])
    render: Renderer = module.render
    return render
