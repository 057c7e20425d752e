"""SARIF 2.1.0, as GitHub code scanning and other CI tools read it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from factcheck.models import DocumentStatus, Finding, Report, RuleInfo, Severity, Span
from factcheck.report import RenderContext

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/factcheck-engine/factcheck"
DOCS = f"{INFORMATION_URI}/blob/main/docs/rules.md"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str, base: Path) -> str:
    """A relative, percent-encoded URI reference when the file is under ``base``."""
    candidate = Path(path)
    try:
        relative = candidate.resolve().relative_to(base.resolve()).as_posix()
    except (ValueError, OSError):
        return candidate.resolve().as_uri() if candidate.is_absolute() else quote(
            candidate.as_posix())
    return quote(relative)


def _region(span: Span | None) -> dict[str, int]:
    if span is None:
        return {"startLine": 1, "startColumn": 1}
    return {"startLine": span.line, "startColumn": span.column, "endLine": span.end_line,
            "endColumn": span.end_column, "charOffset": span.start,
            "charLength": span.end - span.start}


def _location(uri: str, span: Span | None, message: str | None = None) -> dict[str, Any]:
    location: dict[str, Any] = {"physicalLocation": {
        "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"}, "region": _region(span)}}
    if message:
        location["message"] = {"text": message}
    return location


def _rule(info: RuleInfo) -> dict[str, Any]:
    return {
        "id": info.id, "name": info.id.replace(".", "/"),
        "shortDescription": {"text": info.description.split(". ")[0][:200] or info.id},
        "fullDescription": {"text": " ".join(f"{info.description} {info.rationale}".split())},
        "helpUri": info.docs or f"{DOCS}#{info.id.replace('.', '')}",
        "help": {"text": info.rationale or info.description},
        "defaultConfiguration": {"level": LEVELS[info.severity]},
        "properties": {"tags": list(info.tags)},
    }


def render(report: Report, context: RenderContext) -> str:
    rules = {info.id: info for info in report.rules}
    for finding in report.findings():  # a report made without its rules (an old JSON one)
        rules.setdefault(finding.rule_id, RuleInfo(
            id=finding.rule_id, severity=finding.severity, description=finding.rule_id))
    ordered = sorted(rules)
    index = {rule_id: number for number, rule_id in enumerate(ordered)}
    uris = {doc.path: artifact_uri(doc.path, context.base_dir) for doc in report.documents}
    results = [_result(finding, uris[finding.path], index) for finding in report.findings()]
    notifications = [
        {"level": "error", "message": {"text": doc.error or "document could not be checked"},
         "locations": [_location(uris[doc.path], None)]}
        for doc in report.documents if doc.status is DocumentStatus.FAILED
    ]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "factcheck", "version": report.version,
                            "semanticVersion": report.version.split("+")[0],
                            "informationUri": INFORMATION_URI,
                            "rules": [_rule(rules[rule_id]) for rule_id in ordered]}},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": context.base_dir.resolve().as_uri() + "/"}},
        "artifacts": [{"location": {"uri": uri, "uriBaseId": "%SRCROOT%"}}
                      for uri in dict.fromkeys(uris.values())],
        "invocations": [{"executionSuccessful": report.complete,
                         "toolExecutionNotifications": notifications}],
        "results": results,
        # Suppressed findings are not kept, so they cannot be results with `suppressions`.
        "properties": {"rulesetFingerprint": report.ruleset_fingerprint,
                       "suppressed": report.summary.suppressed},
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, indent=2) + "\n"


def _result(finding: Finding, uri: str, index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.rule_id, "ruleIndex": index[finding.rule_id],
        "level": LEVELS[finding.severity], "message": {"text": finding.message},
        "locations": [_location(uri, finding.span)],
        "partialFingerprints": {"factcheck/v1": finding.fingerprint},
    }
    if finding.related:
        result["relatedLocations"] = [
            {**_location(uri, related.span, related.text[:200]), "id": number}
            for number, related in enumerate(finding.related)]
    properties: dict[str, Any] = {}
    if finding.evidence:
        properties["evidence"] = finding.evidence
    if finding.suggestion:  # SARIF fixes need exact edits; a suggestion is advice
        properties["suggestion"] = finding.suggestion
    if properties:
        result["properties"] = properties
    return result
