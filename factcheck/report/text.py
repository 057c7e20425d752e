"""Plain text: ``path:line:col: severity rule_id message``, grouped by file, coloured on a terminal.

Paths, messages and errors carry article text and file names: they are shown through
``factcheck.visible``, so no escape sequence reaches the terminal and no line can be read as a
CI workflow command.
"""

from __future__ import annotations

from factcheck.models import DocumentStatus, Report, Severity
from factcheck.report import RenderContext
from factcheck.visible import visible, visible_line

_COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render(report: Report, context: RenderContext) -> str:
    color = context.color
    lines: list[str] = []
    for document in report.documents:
        if color and (document.findings or document.error):
            lines.append(f"{_BOLD}{visible_line(document.path)}{_RESET}")
        if document.status is DocumentStatus.FAILED and document.error:
            error = visible_line(document.error)  # it starts with the path
            lines.append(error if not color else f"{_COLORS[Severity.ERROR]}{error}{_RESET}")
        for finding in document.findings:
            line, column = (finding.span.line, finding.span.column) if finding.span else (1, 1)
            severity = finding.severity.value
            if color:
                severity = f"{_COLORS[finding.severity]}{severity}{_RESET}"
                rule = f"{_DIM}{finding.rule_id}{_RESET}"
            else:
                rule = finding.rule_id
            lines.append(f"{visible_line(finding.path)}:{line}:{column}: {severity} {rule} "
                         f"{visible(finding.message)}")
            if finding.suggestion:
                lines.append(f"    suggestion: {visible(finding.suggestion)}")
        if color and (document.findings or document.error):
            lines.append("")
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def summary_line(report: Report) -> str:
    summary = report.summary
    parts = [_plural(summary.error, "error"), _plural(summary.warning, "warning"),
             f"{summary.info} info"]
    tail = f" in {_plural(summary.documents, 'document')}"
    if summary.failed:
        tail += f" ({summary.failed} failed)"
    if summary.suppressed:
        tail += f"; {summary.suppressed} suppressed by factcheck-ignore comments"
    if summary.baselined:
        tail += f"; {summary.baselined} hidden by the baseline"
    if not report.complete:
        tail += "; interrupted, report incomplete"
    return ", ".join(parts) + tail
