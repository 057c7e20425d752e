"""GitHub Actions workflow commands: `::error file=…,line=…::message` annotations."""

from __future__ import annotations

from factcheck.models import DocumentStatus, Report, Severity
from factcheck.report import RenderContext
from factcheck.report.sarif import artifact_uri

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, context: RenderContext) -> str:
    lines = []
    for document in report.documents:
        path = escape_property(_relative(document.path, context))
        if document.status is DocumentStatus.FAILED:
            lines.append(f"::error file={path},title=factcheck::{escape_data(document.error or '')}")
        for finding in document.findings:
            properties = [f"file={path}"]
            if finding.span:
                span = finding.span
                properties += [f"line={span.line}", f"col={span.column}",
                               f"endLine={span.end_line}", f"endColumn={span.end_column}"]
            properties.append(f"title={escape_property(finding.rule_id)}")
            lines.append(f"::{COMMANDS[finding.severity]} {','.join(properties)}::"
                         f"{escape_data(finding.message)}")
    return "\n".join(lines) + ("\n" if lines else "")


def _relative(path: str, context: RenderContext) -> str:
    from urllib.parse import unquote

    return unquote(artifact_uri(path, context.base_dir))
