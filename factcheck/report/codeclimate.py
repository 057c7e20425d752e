"""GitLab Code Quality (Code Climate) JSON."""

from __future__ import annotations

import hashlib
import json
from urllib.parse import unquote

from factcheck.models import Report, Severity
from factcheck.report import RenderContext
from factcheck.report.sarif import artifact_uri

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render(report: Report, context: RenderContext) -> str:
    issues = []
    seen: dict[str, int] = {}
    for finding in report.findings():
        path = unquote(artifact_uri(finding.path, context.base_dir))
        base = hashlib.sha256(f"{path}\x1f{finding.fingerprint}".encode()).hexdigest()
        seen[base] = seen.get(base, 0) + 1
        fingerprint = base if seen[base] == 1 else hashlib.sha256(
            f"{base}{seen[base]}".encode()).hexdigest()
        line = finding.span.line if finding.span else 1
        issues.append({
            "type": "issue", "check_name": finding.rule_id, "description": finding.message,
            "categories": ["Bug Risk"], "severity": SEVERITIES[finding.severity],
            "fingerprint": fingerprint,
            "location": {"path": path, "lines": {"begin": line,
                                                 "end": finding.span.end_line if finding.span
                                                 else line}},
        })
    return json.dumps(issues, indent=2) + "\n"
