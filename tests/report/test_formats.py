"""Every report format on real checks of the seed and a batch."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import jsonschema
import pytest

from factcheck import __version__
from factcheck.models import DocumentResult, DocumentStatus, Report
from factcheck.report import RenderContext, renderer
from factcheck.report.github import escape_data, escape_property
from factcheck.testing.pytest_plugin import make_checker
from tests.conftest import ROOT, SEED

SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())


@pytest.fixture(scope="module")
def checker():  # type: ignore[no-untyped-def]
    return make_checker(engine="python")


def report_for(checker, paths: list[Path]) -> tuple[Report, RenderContext]:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    keeping = replace(checker, options=replace(checker.options, keep_text=True))
    documents = [keeping.check_path(path) for path in paths]
    report = Report(version=__version__, ruleset_fingerprint=checker.ruleset.fingerprint,
                    rules=checker.ruleset.infos(), documents=documents).summarize()
    texts = {doc.path: doc.text or "" for doc in documents}
    return report, RenderContext(texts=texts, base_dir=ROOT)


def test_sarif_validates_for_the_seed_a_batch_and_an_empty_run(checker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other article.md"
    other.write_text("China supports the new tariffs [1]. China rejects the new tariffs [2].\n")
    for paths in ([SEED], [SEED, other], []):
        report, context = report_for(checker, paths)
        sarif = json.loads(renderer("sarif")(report, context))
        jsonschema.validate(sarif, SARIF_SCHEMA)
        run = sarif["runs"][0]
        assert run["invocations"][0]["executionSuccessful"] is True
        assert len(run["results"]) == len(report.findings())
    first = json.loads(renderer("sarif")(*report_for(checker, [SEED, other])))
    run_results = first["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run_results}
    assert "fixtures/articles/seed-us-china-tariffs.txt" in uris
    assert any(uri.startswith("file://") and uri.endswith("other%20article.md") for uri in uris)
    for result in run_results:
        assert result["partialFingerprints"]["factcheck/v1"]
        rule = first["runs"][0]["tool"]["driver"]["rules"][result["ruleIndex"]]
        assert rule["id"] == result["ruleId"]


def test_github_annotations_escape_as_the_toolkit_does(checker) -> None:  # type: ignore[no-untyped-def]
    assert escape_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    report, context = report_for(checker, [SEED])
    lines = renderer("github")(report, context).splitlines()
    assert len(lines) == len(report.findings())
    assert lines[0].startswith("::warning file=fixtures/articles/seed-us-china-tariffs.txt,line=3,")
    assert all(re.match(r"::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,", line)
               for line in lines)


def test_codeclimate_issues_are_unique_and_complete(checker) -> None:  # type: ignore[no-untyped-def]
    report, context = report_for(checker, [SEED])
    issues = json.loads(renderer("codeclimate")(report, context))
    assert len(issues) == len(report.findings())
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    assert {issue["severity"] for issue in issues} <= {"major", "minor", "info"}
    assert all(issue["location"]["path"] == "fixtures/articles/seed-us-china-tariffs.txt"
               for issue in issues)


def test_jsonl_is_one_line_per_document_then_a_summary(checker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    failed = DocumentResult(path="missing.md", status=DocumentStatus.FAILED, error="x")
    report, context = report_for(checker, [SEED])
    report.documents.append(failed)
    lines = renderer("jsonl")(report.summarize(), context).splitlines()
    assert [json.loads(line).get("path") for line in lines[:2]] == [str(SEED), "missing.md"]
    assert json.loads(lines[2])["summary"]["failed"] == 1


def test_claimreview_reviews_each_flagged_claim(checker) -> None:  # type: ignore[no-untyped-def]
    report, context = report_for(checker, [SEED])
    reviews = json.loads(renderer("claimreview")(report, context))
    claims = {f.claim_text for f in report.findings() if f.claim_text}
    assert {review["claimReviewed"] for review in reviews} == claims
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        assert 1 <= review["reviewRating"]["ratingValue"] <= 5


def test_text_lines(checker) -> None:  # type: ignore[no-untyped-def]
    report, context = report_for(checker, [SEED])
    lines = renderer("text")(report, context).splitlines()
    assert lines[-1] == "14 errors, 1 warning, 3 info in 1 document"
    findings = [line for line in lines[:-1] if not line.startswith("    suggestion: ")]
    assert all(re.match(r".+:\d+:\d+: (error|warning|info) [a-z.-]+ .+", line)
               for line in findings)
    assert len(findings) == 18  # a suggestion is a line of its own, under its finding


def test_html_highlights_every_finding_and_escapes_everything(checker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hostile = tmp_path / "hostile.md"
    hostile.write_text(
        "Exports rose 5% last year <script>alert(1)</script> [3].\n\n"
        "<img src=x onerror=alert(2)> Imports fell 190% of all goods [4]. "
        "[link](javascript:alert(3)) </script><script>alert(4)</script>\n"
    )
    report, context = report_for(checker, [SEED, hostile])
    page = renderer("html")(report, context)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script>") == 1  # only the page's own script
    assert 'href="javascript' not in page
    assert re.search(r"\son[a-z]+=", page.replace("onerror=alert(2)", "")) is None
    for document in report.documents:
        for index, finding in enumerate(document.findings):
            if finding.span is not None:
                number = report.documents.index(document)
                assert re.search(rf'data-findings="[^"]*\bf{number}-{index}\b', page)
    csp = re.search(r'Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None
    import base64
    import hashlib

    script = re.search(r"<script>(.*?)</script>", page, re.S)
    assert script is not None
    digest = base64.b64encode(hashlib.sha256(script.group(1).encode()).digest()).decode()
    policy = html.unescape(csp.group(1))
    assert f"'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy


def test_sarif_gives_factchecks_own_findings_the_runs_severity() -> None:
    """Engine findings are rules of the report like any other, with the severity the
    configuration gives them (not their default)."""
    from factcheck.dsl.ruleset import RuleSelection, load_ruleset
    from factcheck.models import Finding, Severity

    ruleset = load_ruleset(selection=RuleSelection(severity={"engine.truncated": Severity.ERROR}))
    finding = Finding(rule_id="engine.truncated", severity=Severity.ERROR, message="cut",
                      path="a.md")
    report = Report(version=__version__, ruleset_fingerprint=ruleset.fingerprint,
                    rules=ruleset.reported_infos(),
                    documents=[DocumentResult(path="a.md", status=DocumentStatus.CHECKED,
                                              findings=[finding])]).summarize()
    rules = json.loads(renderer("sarif")(report, RenderContext()))["runs"][0]["tool"]["driver"][
        "rules"]
    (truncated,) = [rule for rule in rules if rule["id"] == "engine.truncated"]
    assert truncated["defaultConfiguration"]["level"] == "error"
    assert any(rule["id"] == "stance.contradiction" for rule in rules)
