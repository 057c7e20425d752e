"""Plain text: ``path:line:col: severity rule_id message``, grouped by file, coloured on a terminal."""

from __future__ import annotations

from factcheck.models import DocumentStatus, Report, Severity
from factcheck.report import RenderContext

_COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render(report: Report, context: RenderContext) -> str:
    color = context.color
    lines: list[str] = []
    for document in report.documents:
        if color and (document.findings or document.error):
            lines.append(f"{_BOLD}{document.path}{_RESET}")
        if document.status is DocumentStatus.FAILED and document.error:
            lines.append(document.error if not color else f"{_COLORS[Severity.ERROR]}"
                         f"{document.error}{_RESET}")
        for finding in document.findings:
            line, column = (finding.span.line, finding.span.column) if finding.span else (1, 1)
            severity = finding.severity.value
            if color:
                severity = f"{_COLORS[finding.severity]}{severity}{_RESET}"
                rule = f"{_DIM}{finding.rule_id}{_RESET}"
            else:
                rule = finding.rule_id
            lines.append(f"{finding.path}:{line}:{column}: {severity} {rule} {finding.message}")
        if color and (document.findings or document.error):
            lines.append("")
    summary = report.summary
    parts = [_plural(summary.error, "error"), _plural(summary.warning, "warning"),
             f"{summary.info} info"]
    tail = f" in {_plural(summary.documents, 'document')}"
    if summary.failed:
        tail += f" ({summary.failed} failed)"
    if summary.baselined:
        tail += f"; {summary.baselined} hidden by the baseline"
    if not report.complete:
        tail += "; interrupted, report incomplete"
    lines.append(", ".join(parts) + tail)
    return "\n".join(lines) + "\n"
