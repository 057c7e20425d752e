"""One self-contained HTML page for editors: each article with flagged spans highlighted.

Each article is one pane of its text beside its findings: Markdown rendered (raw HTML off, see
factcheck.report.article_html), plain text pre-formatted, each finding's span marked.

Article text and every finding field are untrusted. Everything is escaped with html.escape; the
page has no inline event handlers, loads nothing from the network, and its Content-Security-
Policy allows only the page's own style and script, by hash, so an injected tag could not run.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from importlib.resources import files

from factcheck.models import DocumentResult, DocumentStatus, Finding, Report, RuleInfo
from factcheck.report import RenderContext
from factcheck.report.article_html import Mark, article_html, is_markdown


def _asset(name: str) -> str:
    return files("factcheck.report").joinpath("html", name).read_text(encoding="utf-8")


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()


def render(report: Report, context: RenderContext) -> str:
    style, script = _asset("style.css"), _asset("app.js")
    csp = (f"default-src 'none'; style-src '{_hash(style)}'; script-src '{_hash(script)}'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    rules = {info.id: info for info in report.rules}
    used = sorted({f.rule_id for f in report.findings()})
    summary = report.summary
    suppressed = (f"; {summary.suppressed} suppressed by factcheck-ignore comments"
                  if summary.suppressed else "")
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>factcheck report</title>", f"<style>{style}</style></head><body>",
        "<header><h1>factcheck report</h1>",
        f'<p class="summary">{summary.error} errors, {summary.warning} warnings, '
        f"{summary.info} info in {summary.documents} documents"
        f"{f' ({summary.failed} failed)' if summary.failed else ''}"
        f"{suppressed}"
        f"{'' if report.complete else ' — interrupted, incomplete'}</p>",
        '<div class="controls">',
        *(f'<label><input type="checkbox" data-severity="{s}" checked> {s}</label>'
          for s in ("error", "warning", "info")),
        '<label>rule <select id="rule-filter"><option value="">all rules</option>',
        *(f'<option value="{escape(r)}">{escape(r)}</option>' for r in used),
        "</select></label>",
        "<span>next/previous finding: <kbd>j</kbd>/<kbd>k</kbd>; click a finding to show it "
        "in the text</span></div></header><main>",
    ]
    for number, document in enumerate(report.documents):
        parts.append(_document(number, document, context.texts.get(document.path, ""), rules))
    parts.append(f"</main><script>{script}</script></body></html>")
    return "\n".join(parts) + "\n"


def _document(number: int, document: DocumentResult, text: str, rules: dict[str, RuleInfo]) -> str:
    ids = {id(f): f"f{number}-{index}" for index, f in enumerate(document.findings)}
    status = "" if document.status is DocumentStatus.CHECKED else f" ({document.status.value})"
    out = [f'<article class="document" id="doc{number}">',
           f'<h2>{escape(document.path)}<span class="status">{escape(status)}</span></h2>']
    if document.status is DocumentStatus.FAILED:
        out.append(f'<p class="error-line">{escape(document.error or "")}</p></article>')
        return "\n".join(out)
    markdown = is_markdown(document.path)
    body = article_html(text, _marks(text, document.findings, ids), markdown=markdown)
    out.append(f'<div class="text {"markdown" if markdown else "plain"}">{body}</div>')
    out.append('<ol class="findings">')
    for finding in document.findings:
        out.append(_finding(finding, ids[id(finding)], rules.get(finding.rule_id), document, ids))
    out.append("</ol></article>")
    return "\n".join(out)


def _marks(text: str, findings: list[Finding], ids: dict[int, str]) -> list[Mark]:
    """The findings whose span lies in the text, as marks naming their list items."""
    return [Mark(ids[id(f)], f.severity.value, f.span.start, f.span.end, f.span.line,
                 f.span.end_line)
            for f in findings
            if f.span is not None and f.span.start < f.span.end <= len(text)]


def _finding(finding: Finding, element_id: str, info: RuleInfo | None, document: DocumentResult,
             ids: dict[int, str]) -> str:
    where = f"line {finding.span.line}" if finding.span else "document"
    out = [f'<li class="finding {finding.severity.value}" id="{element_id}" tabindex="0" '
           f'data-severity="{finding.severity.value}" data-rule="{escape(finding.rule_id)}">',
           f'<span class="sev">{finding.severity.value}</span> '
           f'<span class="rule">{escape(finding.rule_id)} · {where}</span>',
           f"<p>{escape(finding.message)}</p>"]
    if finding.suggestion:
        out.append(f'<p class="suggestion">Suggestion: {escape(finding.suggestion)}</p>')
    if info and info.description:
        out.append(f"<details><summary>About this rule</summary><p>{escape(info.description)}</p>"
                   f"{f'<p>{escape(info.rationale)}</p>' if info.rationale else ''}</details>")
    for related in finding.related:
        target = next((ids[id(other)] for other in document.findings
                       if other is not finding and other.span == related.span), None)
        label = escape(related.text[:160])
        out.append(f'<p>with <a class="related" href="#{target or element_id}" '
                   f'data-target="{target or element_id}">line {related.span.line}: {label}</a></p>')
    if finding.evidence:
        rows = "".join(f"<dt>{escape(str(key))}</dt><dd>{escape(str(value))}</dd>"
                       for key, value in finding.evidence.items())
        out.append(f"<details><summary>Evidence</summary><dl>{rows}</dl></details>")
    out.append("</li>")
    return "".join(out)
