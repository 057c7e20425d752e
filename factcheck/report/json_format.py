"""The ``Report`` model as JSON: what ``factcheck schema report`` describes."""

from __future__ import annotations

from factcheck.models import Report
from factcheck.report import RenderContext


def render(report: Report, context: RenderContext) -> str:
    return report.model_dump_json(indent=2) + "\n"
