"""JSON lines: one object per document as it finishes, then one summary line."""

from __future__ import annotations

import json

from factcheck.models import DocumentResult, Report
from factcheck.report import RenderContext


def render_document(result: DocumentResult) -> str:
    return result.model_dump_json() + "\n"


def render_summary(report: Report) -> str:
    return json.dumps({"summary": report.summary.model_dump(), "complete": report.complete,
                       "version": report.version,
                       "ruleset_fingerprint": report.ruleset_fingerprint}) + "\n"


def render(report: Report, context: RenderContext) -> str:
    return "".join(render_document(doc) for doc in report.documents) + render_summary(report)
