"""Findings factcheck raises itself, with no rule file behind them.

Listed here so that ``rules list`` and ``rules explain`` know them, and SARIF describes them like
any rule. The severity given is the default; ``severity`` in the configuration changes it.
"""

from __future__ import annotations

from factcheck.models import RuleInfo, Severity

UNNAMED_SUPPRESSION = "suppression.unnamed"

ENGINE_RULES: dict[str, RuleInfo] = {info.id: info for info in (
    RuleInfo(
        id="engine.crash", severity=Severity.INFO, tags=("engine",),
        description="The matching core failed on this document: it was checked by the Python "
        "evaluator instead (info), or could not be checked at all (error).",
        rationale="A crash on one document costs no other document its result, and never "
        "passes silently."),
    RuleInfo(
        id="engine.rule-error", severity=Severity.ERROR, tags=("engine",),
        description="A Python rule raised an exception on this document; the other rules ran.",
        rationale="A broken rule must not look like a clean article."),
    RuleInfo(
        id="engine.rule-timeout", severity=Severity.ERROR, tags=("engine",),
        description="A Python rule ran over its time limit on this document and was stopped; "
        "the other rules ran.",
        rationale="A rule that never finishes must not look like one that found nothing."),
    RuleInfo(
        id="engine.truncated", severity=Severity.WARNING, tags=("engine",),
        description="The document was over a per-document bound (claims, parts, findings, "
        "report size or time) and was not fully checked; the message says what was cut.",
        rationale="An article built to be expensive is cut to size, and a reader knows that "
        "what follows the cut was not checked. Inline suppressions cannot hide it."),
    RuleInfo(
        id=UNNAMED_SUPPRESSION, severity=Severity.WARNING, tags=("suppression",),
        description="A factcheck-ignore comment that names no rule (bare, or `all` or `*`). It "
        "silences nothing: a suppression must name the rule or pack it silences, e.g. "
        "`<!-- factcheck-ignore: citation.unresolved -->`.",
        rationale="Articles come from outside; one bare comment would otherwise switch off "
        "every check on its line, including those nobody thought of when it was written."),
)}
