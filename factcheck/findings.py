"""The findings stage: matches and Python-rule flags become Findings, with inline suppressions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from factcheck.dsl.python_rules import Flag, PythonRule
from factcheck.dsl.ruleset import RuleSet
from factcheck.dsl.template import render
from factcheck.engine.match import Match
from factcheck.engine_rules import ENGINE_RULES, UNNAMED_SUPPRESSION
from factcheck.load.annotations import names_a_rule
from factcheck.models import (
    Actor,
    Citation,
    Claim,
    Document,
    Finding,
    Quantity,
    RelatedLocation,
    Severity,
    Span,
    Stance,
)
from factcheck.models.fact import Fact, FactKind
from factcheck.models.finding import report_order


def from_matches(document: Document, claims: Sequence[Claim], matches: Iterable[Match],
                 ruleset: RuleSet) -> list[Finding]:
    by_id = {claim.id: claim for claim in claims}
    findings = []
    # A fact's evidence, made once and shared by every finding it is in: a hostile article's
    # tens of thousands of pairs would otherwise copy each fact's fields once per pair.
    shown: dict[str, dict[str, Any]] = {}
    for match in matches:
        spec = match.rule.spec
        # An aggregate's match points at every fact it summed or counted, not only the first.
        facts = list({fact.id: fact for fact in [*match.facts.values(), *match.members]}.values())
        spans = [_span_of(fact, by_id, document) for fact in facts]
        claim_ids = tuple(dict.fromkeys(f.claim_id for f in facts if f.claim_id))
        related = tuple(
            RelatedLocation(claim_id=fact.claim_id, span=span, text=by_id[fact.claim_id].text)
            for fact, span in zip(facts[1:], spans[1:], strict=True)
            if fact.claim_id and span is not None
        )
        first = facts[0]
        findings.append(Finding(
            rule_id=spec.id,
            severity=ruleset.severity(spec.id, spec.severity or Severity.INFO),
            message=render(spec.message or "", match.facts_field),
            suggestion=render(spec.suggestion, match.facts_field) if spec.suggestion else None,
            path=document.path,
            claim_ids=claim_ids,
            span=spans[0],
            claim_text=by_id[first.claim_id].text if first.claim_id else _fact_text(first),
            related=related,
            evidence={
                **{name: _shown(fact, shown) for name, fact in match.facts.items()},
                **({"values": dict(match.values)} if match.values else {}),
            },
        ))
    return findings


def from_flags(document: Document, claims: Sequence[Claim], rule: PythonRule,
               flags: Iterable[Flag], ruleset: RuleSet) -> list[Finding]:
    by_id = {claim.id: claim for claim in claims}
    findings = []
    for flag in flags:
        involved = [by_id[claim_id] for claim_id in flag.claims if claim_id in by_id]
        first = involved[0] if involved else None
        findings.append(Finding(
            rule_id=rule.id,
            severity=ruleset.severity(rule.id, flag.severity or rule.severity),
            message=flag.message,
            path=document.path,
            claim_ids=tuple(claim.id for claim in involved),
            span=flag.span or (first.span if first else None),
            claim_text=first.text if first else "",
            related=tuple(
                RelatedLocation(claim_id=claim.id, span=claim.span, text=claim.text)
                for claim in involved[1:]
            ),
            evidence=flag.evidence,
            suggestion=flag.suggestion,
        ))
    return findings


def engine_finding(document: Document, rule_id: str, severity: Severity, message: str,
                   **evidence: object) -> Finding:
    return Finding(rule_id=rule_id, severity=severity, message=message, path=document.path,
                   evidence=dict(evidence))


def apply_suppressions(document: Document, findings: list[Finding], ruleset: RuleSet,
                       honoured: bool = True) -> tuple[list[Finding], int]:
    """Drop findings on lines carrying ``<!-- factcheck-ignore: rule -->``; return the count.

    A suppression must name its rule: one that names none silences nothing and is itself a
    ``suppression.unnamed`` finding, reported whether or not suppressions are ``honoured``
    (``--no-suppressions`` reports every finding)."""
    kept = findings
    if honoured and document.suppressions:
        kept = []
        for finding in findings:
            lines = range(finding.span.line, finding.span.end_line + 1) if finding.span else range(0)
            suppressed = any(
                _covers(rule, finding.rule_id)
                for line in lines for rule in document.suppressions.get(line, ())
            )
            if not suppressed:
                kept.append(finding)
    return kept + _unnamed(document, ruleset), len(findings) - len(kept)


def _unnamed(document: Document, ruleset: RuleSet) -> list[Finding]:
    if not document.unnamed_suppressions or not ruleset.selection.wants(UNNAMED_SUPPRESSION):
        return []
    severity = ruleset.severity(UNNAMED_SUPPRESSION, ENGINE_RULES[UNNAMED_SUPPRESSION].severity)
    return [Finding(rule_id=UNNAMED_SUPPRESSION, severity=severity, path=document.path, span=span,
                    message="this factcheck-ignore comment names no rule, so it silences "
                    "nothing; a suppression must name the rule it silences, e.g. "
                    "<!-- factcheck-ignore: citation.unresolved -->")
            for span in document.unnamed_suppressions]


def most_severe(document: Document, claims: Sequence[Claim], matches: Sequence[Match],
                ruleset: RuleSet, keep: int) -> tuple[list[Match], int]:
    """The ``keep`` matches a report could show (the most severe, then in document order, as
    ``limits.bound_findings`` keeps findings) and how many others there were: a hostile
    article's tens of thousands of pairs need not all become findings to be counted. Only for a
    document without suppressions, which could otherwise free a place."""
    if len(matches) <= keep or document.suppressions:
        return list(matches), 0
    by_id = {claim.id: claim for claim in claims}

    def rank(match: Match) -> tuple[int, tuple[str, int, int, str]]:
        spec = match.rule.spec
        severity = ruleset.severity(spec.id, spec.severity or Severity.INFO)
        span = _span_of(next(iter(match.facts.values())), by_id, document)
        return -severity.rank, report_order(document.path, span, spec.id)

    order = sorted(range(len(matches)), key=lambda number: rank(matches[number]))
    chosen = sorted(order[:keep])
    return [matches[number] for number in chosen], len(matches) - keep


def _shown(fact: Fact, shown: dict[str, dict[str, Any]]) -> dict[str, Any]:
    found = shown.get(fact.id)
    if found is None:
        found = shown[fact.id] = {"kind": fact.kind.value, **fact.fields}
    return found


def _covers(pattern: str, rule_id: str) -> bool:
    if not names_a_rule(pattern):  # 'all', '*': never every rule, whoever built the document
        return False
    pattern = pattern.rstrip(".*")
    return rule_id == pattern or rule_id.startswith(pattern + ".")


def _span_of(fact: Fact, claims: dict[str, Claim], document: Document) -> Span | None:
    if fact.kind is FactKind.REFERENCE:
        ref = fact.get("ref")
        return next((r.span for r in document.references if r.id.lstrip("^") == ref), None)
    if fact.claim_id is None:
        return None
    claim = claims[fact.claim_id]
    parts: dict[FactKind, Sequence[Quantity | Actor | Stance | Citation]] = {
        FactKind.QUANTITY: claim.quantities, FactKind.MENTION: claim.quantities,
        FactKind.ACTOR: claim.actors,
        FactKind.STANCE: claim.stances, FactKind.GROUP_STANCE: claim.stances,
        FactKind.CITATION: claim.citations,
    }
    found = parts.get(fact.kind)
    if found is not None and fact.part is not None and fact.part < len(found):
        return found[fact.part].span
    return claim.span


def _fact_text(fact: Fact) -> str:
    return str(fact.get("label") or fact.get("text") or fact.id)
