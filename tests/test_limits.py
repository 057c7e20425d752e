"""Per-document bounds: a hostile article is cut to its limits and says what was cut
(``engine.truncated``); real articles are never touched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from factcheck.dsl.ruleset import load_ruleset
from factcheck.extract import default_lexicon
from factcheck.limits import DocumentLimits
from factcheck.load import document_from_text, load_document
from factcheck.models import DocumentResult, Finding
from factcheck.pipeline import Checker, CheckOptions
from tests.conftest import FIXTURES, run_python

# The article of issue 16: 690 KB, 100,000 citation markers in one "sentence". It took 51 s,
# 5.3 GB and wrote a 1.4 GB report: each of 2,000 findings carried the whole claim.
HOSTILE = " ".join(f"[{i % 9999 + 1}]" for i in range(100_000))


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_ruleset(), default_lexicon())


def check(text: str, name: str = "story.md", **limits: float) -> DocumentResult:
    checker = Checker(load_ruleset(), default_lexicon(),
                      options=CheckOptions(limits=DocumentLimits(**limits)))  # type: ignore[arg-type]
    return checker.check_document(document_from_text(text, name))


def truncated(result: DocumentResult) -> Finding | None:
    return next((f for f in result.findings if f.rule_id == "engine.truncated"), None)


def test_the_hostile_article_is_checked_in_bounded_time_memory_and_report(
    tmp_path: Path,
) -> None:
    article = tmp_path / "markers.md"
    article.write_text(HOSTILE)
    assert 680_000 < article.stat().st_size < 700_000
    report = tmp_path / "report.json"
    # A fresh interpreter, so its peak (and its workers') is this check's alone. Its own peak
    # is VmHWM: ru_maxrss survives exec, so it would report this test process's peak, which
    # grows with the tests run before it.
    done = run_python(f"""
        import resource, sys
        from factcheck.cli import main
        sys.argv = ["factcheck", "check", {str(article)!r}, "--format", "json",
                    "--output", {str(report)!r}]
        try:
            main()
        except SystemExit as exit:
            code = exit.code
        try:
            own = next(int(line.split()[1]) for line in open("/proc/self/status")
                       if line.startswith("VmHWM:"))
        except OSError:  # no /proc: the inherited figure, an upper bound
            own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(code, max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
    """)
    assert done.returncode == 0, done.stderr
    code, peak_kb = map(int, done.stdout.split()[-2:])
    assert code == 1  # its markers point to no reference: errors, as before
    assert peak_kb < 400 * 1024  # was 5.3 GB
    assert report.stat().st_size < 2_000_000  # was 1.4 GB
    (document,) = json.loads(report.read_text())["documents"]
    assert document["status"] == "checked"
    cut = document["findings"][0]
    assert cut["rule_id"] == "engine.truncated"
    assert cut["severity"] == "warning"
    assert "claim c1 (line 1) is 688,900 characters long: only its first" in cut["message"]
    assert "only the first 100 of" in cut["message"]
    assert "citation markers of claim c1 (line 1) were checked" in cut["message"]
    unresolved = [f for f in document["findings"] if f["rule_id"] == "citation.unresolved"]
    assert len(unresolved) == 100
    assert all(len(f["claim_text"]) <= 10_000 for f in unresolved)


def test_claims_past_the_limit_are_not_read_and_the_cut_names_the_line() -> None:
    text = "\n\n".join(f"Exports rose {n}% in year {n} [1]." for n in range(1, 11))
    result = check(text, claims=3)
    assert result.claims == 3
    finding = truncated(result)
    assert finding is not None
    assert finding.message.endswith(
        "only the first 3 claims were checked: the text from line 7 on was not read")
    assert finding.evidence["cuts"] == [
        {"part": "claims", "scope": "document", "limit": 3, "kept": 3, "claims": 1, "line": 7,
         "column": 1}]


def test_parts_of_one_claim_past_the_limit_are_counted_and_cut() -> None:
    markers = "".join(f"[{n}]" for n in range(1, 31))  # two groups: 20 and 10 markers
    result = check(f"Exports rose 5% {markers}.", parts_per_claim=25)
    finding = truncated(result)
    assert finding is not None
    # Whole marker groups are kept: the first group's 20 fit, the second would go past 25.
    assert "only the first 20 of 30 citation markers of claim c1 (line 1) were checked" in (
        finding.message)
    assert sum(f.rule_id == "citation.unresolved" for f in result.findings) == 20


def test_figures_of_one_claim_past_the_limit() -> None:
    figures = ", ".join(f"{n}%" for n in range(10, 40))
    result = check(f"Shares were {figures} [1].", parts_per_claim=5)
    finding = truncated(result)
    assert finding is not None
    assert "only the first 5 quantities of claim c1 (line 1) were checked (it has more)" in (
        finding.message)


def test_parts_of_the_document_past_the_limit() -> None:
    text = "\n\n".join(f"Exports rose {n}% and imports {n + 1}% [1]." for n in range(1, 11))
    result = check(text, parts=7)
    finding = truncated(result)
    assert finding is not None
    assert ("only the first 7 quantities of the document were checked: those from claim c4 "
            "(line 7) on were not") in finding.message


def test_long_claims_are_cut_at_a_space() -> None:
    words = " ".join(["word"] * 400)  # 1,999 characters
    result = check(f"{words} rose 5% [1].", claim_chars=1_000)
    finding = truncated(result)
    assert finding is not None
    assert "claim c1 (line 1) is 2,012 characters long: only its first 999 were read" in (
        finding.message)
    # 999 characters: 200 words, cut at the space before the 1,000th character
    assert result.findings[0].message and result.claims == 1


def test_findings_past_the_limit_keep_the_most_severe() -> None:
    # Warnings (statistics with no source) first in the text, then errors (markers pointing
    # to no reference) and infos (gaps in the marker numbering).
    text = "\n\n".join([*(f"Exports rose {n}0% last year." for n in range(1, 6)),
                        *(f"Imports rose {n}% [{n * 3}]." for n in range(1, 4))])
    full = check(text)
    assert truncated(full) is None
    severities = [f.severity for f in full.findings]
    assert severities.count("error") == 3
    assert severities.index("warning") < severities.index("error")
    result = check(text, findings=3)
    finding = truncated(result)
    assert finding is not None
    assert f"only 3 of {len(full.findings)} findings are reported, the most severe first" in (
        finding.message)
    kept = [f for f in result.findings if f.rule_id != "engine.truncated"]
    assert [f.severity for f in kept] == ["error"] * 3
    assert kept == sorted(kept, key=Finding.sort_key)


def test_findings_past_the_report_bytes_are_dropped() -> None:
    filler = " ".join(["filler"] * 1_400)  # each finding carries ~10 KB of claim text
    text = "\n\n".join(f"{filler} [{n}]." for n in range(1, 6))
    result = check(text, report_bytes=25_000)
    finding = truncated(result)
    assert finding is not None
    kept = [f for f in result.findings if f.rule_id != "engine.truncated"]
    assert len(kept) == 2
    assert "only 2 of 5 findings are reported: the others would take this document's findings " \
           "over 25,000 bytes" in finding.message
    assert sum(len(f.model_dump_json()) for f in kept) <= 25_000


def test_reading_stops_at_the_time_limit() -> None:
    text = "\n\n".join(f"Exports rose {n}% [1]." for n in range(1, 50))
    result = check(text, seconds=1e-9)
    assert result.claims == 0
    finding = truncated(result)
    assert finding is not None
    assert "reading claims stopped after 1e-09 s: the text from line 1 on was not read " \
           "(0 claims were checked)" in finding.message


def test_an_inline_suppression_cannot_hide_the_cut() -> None:
    text = ("<!-- factcheck-ignore: engine.truncated -->\n"
            + "\n\n".join(f"Exports rose {n}% [1]." for n in range(1, 6)))
    result = check(text, claims=2)
    assert truncated(result) is not None


def test_real_articles_are_never_cut(checker: Checker, tmp_path: Path) -> None:
    paths = [path for path in sorted(FIXTURES.rglob("*"))
             if path.suffix in (".md", ".txt", ".yaml", ".json") and path.is_file()
             and "rules" not in path.parts and "ledgers" not in path.parts]
    # and long generated ones: 800 claims, more than most real long reads
    paths += generate(tmp_path, 2, 800, seed=16)
    checked = 0
    for path in paths:
        try:
            document = load_document(path)
        except Exception:  # a fixture of malformed input: not an article
            continue
        result = checker.check_document(document)
        assert truncated(result) is None, path
        checked += 1
    assert checked > 20



def test_past_the_findings_limit_only_the_kept_matches_become_findings(tmp_path: Path) -> None:
    """A document with more matches than the report keeps: the same findings are kept as when
    every match is built, and the cut counts them all."""
    article = tmp_path / "a.md"
    article.write_text(" ".join(f"Exports were ${n} billion in 2020 [1]." for n in range(1, 40))
                       + "\n\n[1]: Customs data\n", encoding="utf-8")
    limits = DocumentLimits(findings=25)
    checker = Checker(load_ruleset(), default_lexicon(), engine="python",
                      options=CheckOptions(limits=limits))
    result = checker.check_document(load_document(article))
    # with a suppression (of nothing here) in the document, every match is built, then bounded
    article.write_text(article.read_text(encoding="utf-8") + "\nOther text. "
                       "<!-- factcheck-ignore: citation.unresolved -->\n", encoding="utf-8")
    built = checker.check_document(load_document(article))
    cut = next(f for f in result.findings if f.rule_id == "engine.truncated")
    assert "only 25 of" in cut.message
    kept = [(f.rule_id, f.message, f.span) for f in result.findings
            if f.rule_id != "engine.truncated"]
    every = [(f.rule_id, f.message, f.span) for f in built.findings
             if f.rule_id != "engine.truncated"]
    assert len(kept) == 25 and kept == every
    assert cut.message == next(f.message for f in built.findings
                               if f.rule_id == "engine.truncated")
