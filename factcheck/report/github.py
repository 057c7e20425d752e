"""GitHub Actions workflow commands: `::error file=…,line=…::message` annotations.

Every value is shown through ``factcheck.visible`` first (no control character, escape sequence
or bidi control from an article reaches the log or an annotation), then escaped as the
workflow-command syntax requires. Only factcheck's own commands start a line.
"""

from __future__ import annotations

from factcheck.models import DocumentStatus, Report, Severity
from factcheck.report import RenderContext
from factcheck.report.sarif import artifact_uri
from factcheck.visible import visible

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def data(value: str) -> str:
    return escape_data(visible(value))


def prop(value: str) -> str:
    return escape_property(visible(value))


def render(report: Report, context: RenderContext) -> str:
    lines = []
    for document in report.documents:
        path = prop(_relative(document.path, context))
        if document.status is DocumentStatus.FAILED:
            lines.append(f"::error file={path},title=factcheck::{data(document.error or '')}")
        for finding in document.findings:
            properties = [f"file={path}"]
            if finding.span:
                span = finding.span
                properties += [f"line={span.line}", f"col={span.column}",
                               f"endLine={span.end_line}", f"endColumn={span.end_column}"]
            properties.append(f"title={prop(finding.rule_id)}")
            lines.append(f"::{COMMANDS[finding.severity]} {','.join(properties)}::"
                         f"{data(finding.message)}")
    lines += _run_notes(report)
    return "\n".join(lines) + ("\n" if lines else "")


def _run_notes(report: Report) -> list[str]:
    """What the annotations alone would not tell: findings an article's comments hid, and a run
    stopped before its end (whose silence would otherwise read as a pass)."""
    summary = report.summary
    notes = []
    if summary.suppressed:
        notes.append(f"::notice title=factcheck::{summary.suppressed} "
                     f"finding{'' if summary.suppressed == 1 else 's'} suppressed by "
                     "factcheck-ignore comments")
    if not report.complete:
        checked = summary.documents
        notes.append(f"::warning title=factcheck::factcheck was interrupted: {checked} "
                     f"document{'' if checked == 1 else 's'} checked before it stopped; "
                     "the report is incomplete")
    return notes


def _relative(path: str, context: RenderContext) -> str:
    from urllib.parse import unquote

    return unquote(artifact_uri(path, context.base_dir))
