"""Findings as LSP diagnostics.

Each diagnostic's code is the rule id; its codeDescription links to the rule's documentation:
the rule's own ``docs:`` link if it has one, else its section of docs/rules.md on the
repository (the link SARIF reports give, so both lead to the same page) for the built-in rules
and factcheck's own findings, else, for a rule of the workspace's, its rule file at the line
that defines it. A link, not a `factcheck rules explain` command: every client opens a URL,
no client runs a command from a diagnostic's link, and the hover already shows what `rules
explain` says.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lsprotocol import types

from factcheck.dsl.ruleset import RuleSet
from factcheck.engine_rules import ENGINE_RULES
from factcheck.lsp.checking import Outcome, builtin_rule_ids
from factcheck.lsp.positions import LineMap
from factcheck.models import Finding, Severity, Span
from factcheck.report.sarif import DOCS

SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
SOURCE = "factcheck"


def docs_uri(rule_id: str, ruleset: RuleSet | None,
             declared: dict[str, str | None] | None = None) -> str | None:
    """Where the rule is documented (see the module's docstring); None if nowhere.
    ``declared``: the rules' own ``docs:`` links, if already gathered."""
    if declared is None:
        declared = {info.id: info.docs for info in ruleset.infos()} if ruleset else {}
    if declared.get(rule_id):
        return declared[rule_id]
    if rule_id in ENGINE_RULES or rule_id in builtin_rule_ids():
        return f"{DOCS}#{rule_id.replace('.', '').lower()}"
    origin = ruleset.origins.get(rule_id) if ruleset is not None else None
    if origin:
        file, _, line = origin.rpartition(":")
        if file and line.isdigit() and Path(file).is_absolute():
            return f"{Path(file).as_uri()}#L{line}"
    return None


def marker_of(finding: Finding) -> tuple[str | None, str | None]:
    """The reference id and marker a citation finding is about (``"1"``, ``"[1]"``), from the
    citation fact in its evidence."""
    for value in finding.evidence.values():
        if isinstance(value, dict) and value.get("kind") == "citation":
            ref, marker = value.get("ref"), value.get("marker")
            return (str(ref) if ref is not None else None,
                    str(marker) if marker is not None else None)
    return None, None


def span_range(lines: LineMap, span: Span | None) -> types.Range:
    """A span's range; a finding about the whole document (no span), or a claim a structured
    article lists in a form not found in its text, sits at the top."""
    if span is None or span.start > len(lines.text):
        return types.Range(start=types.Position(line=0, character=0),
                           end=types.Position(line=0, character=0))
    (line, character), (end_line, end_character) = (lines.position(span.start),
                                                    lines.position(span.end))
    return types.Range(start=types.Position(line=line, character=character),
                       end=types.Position(line=end_line, character=end_character))


def diagnostic(uri: str, finding: Finding, lines: LineMap, ruleset: RuleSet | None,
               docs: dict[str, str | None]) -> types.Diagnostic:
    """``docs``: each rule's own ``docs:`` link (see ``docs_uri``)."""
    href = docs_uri(finding.rule_id, ruleset, docs)
    data: dict[str, Any] = {"fingerprint": finding.fingerprint}
    ref, marker = marker_of(finding)
    if ref is not None:
        data["ref"] = ref
        data["marker"] = marker
    related = [
        types.DiagnosticRelatedInformation(
            location=types.Location(uri=uri, range=span_range(lines, other.span)),
            message=f"the other claim: {' '.join(other.text.split())[:200]}")
        for other in finding.related
    ]
    return types.Diagnostic(
        range=span_range(lines, finding.span),
        severity=SEVERITIES[finding.severity],
        code=finding.rule_id,
        code_description=types.CodeDescription(href=href) if href else None,
        source=SOURCE,
        message=finding.message,
        related_information=related or None,
        data=data,
    )


def diagnostics_for(uri: str, outcome: Outcome, encoding: str, ruleset: RuleSet | None
                    ) -> list[types.Diagnostic]:
    lines = LineMap(outcome.text, encoding)
    if outcome.problem is not None:
        problem = outcome.problem
        line = max(0, (problem.line or 1) - 1)
        return [types.Diagnostic(
            range=types.Range(start=types.Position(line=line, character=0),
                              end=types.Position(line=line, character=0)),
            severity=types.DiagnosticSeverity.Error, source=SOURCE,
            message=f"not checked: {problem.one_line()}")]
    docs = {info.id: info.docs for info in ruleset.infos()} if ruleset is not None else {}
    return [diagnostic(uri, finding, lines, ruleset, docs) for finding in outcome.findings]
