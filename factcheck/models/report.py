"""The whole run: every document's outcome and every finding."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from factcheck.models.finding import Finding, Severity


class DocumentStatus(StrEnum):
    CHECKED = "checked"
    FALLBACK = "fallback"  # checked by the Python evaluator after the matching core failed
    FAILED = "failed"  # could not be loaded or checked; see `error`
    # A YAML or JSON file that is no article (no `claims`): left out of reports, so a batch
    # over a folder or a pre-commit hook passes over `package.json`; `error` says why.
    SKIPPED = "skipped"


class DocumentResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str
    status: DocumentStatus
    engine: str | None = Field(default=None, description="'durable' or 'python'")
    claims: int = 0
    findings: list[Finding] = Field(default_factory=list)
    error: str | None = Field(default=None, description="One line naming the problem")
    suppressed: int = Field(default=0, description="Findings hidden by inline suppressions")
    text: str | None = Field(default=None, exclude=True, description="Kept for the HTML report")


class Summary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: int = 0
    failed: int = 0
    findings: int = 0
    error: int = 0
    warning: int = 0
    info: int = 0
    baselined: int = Field(default=0, description="Findings hidden by --baseline")
    suppressed: int = Field(default=0, description="Findings hidden by inline suppressions")

    def count(self, document: DocumentResult) -> None:
        self.documents += 1
        self.failed += document.status is DocumentStatus.FAILED
        self.suppressed += document.suppressed
        for finding in document.findings:
            self.findings += 1
            setattr(self, finding.severity.value, getattr(self, finding.severity.value) + 1)


class RuleLanguage(StrEnum):
    YAML = "yaml"  # the rule language: a rule author reads and changes it without Python
    PYTHON = "python"  # a Python rule (@rule), for what the rule language cannot say yet
    ENGINE = "engine"  # raised by factcheck itself; no rule file defines it


class RuleInfo(BaseModel):
    """What reporters need to describe a rule (SARIF, HTML, docs)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    severity: Severity
    description: str = ""
    rationale: str = ""
    docs: str | None = None
    tags: tuple[str, ...] = ()
    language: RuleLanguage = Field(default=RuleLanguage.ENGINE,
                                   description="What the rule is written in")
    derives: str | None = Field(
        default=None, description="For a rule that derives facts for other rules instead of "
        "reporting (its severity is then unused): the name of the facts it derives")


class Report(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tool: str = "factcheck"
    version: str
    ruleset_fingerprint: str
    complete: bool = Field(default=True, description="False if the run was interrupted")
    documents: list[DocumentResult] = Field(default_factory=list)
    rules: list[RuleInfo] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)

    def findings(self) -> list[Finding]:
        return [finding for document in self.documents for finding in document.findings]

    def summarize(self) -> Report:
        """Recount the summary from the documents (after findings were added or hidden)."""
        self.summary = Summary(baselined=self.summary.baselined)
        for document in self.documents:
            self.summary.count(document)
        return self
