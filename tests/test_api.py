"""The library API: factcheck.check_text and check_files return the Report model."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.config import Config
from factcheck.errors import FactcheckError
from factcheck.models import DocumentStatus, Report
from tests.conftest import ROOT, SEED, run_python

PACK = ROOT / "docs" / "examples" / "newsroom-pack.yaml"


def rule_ids(report: Report) -> list[str]:
    return [finding.rule_id for finding in report.findings()]


def test_check_text_returns_the_report() -> None:
    report = factcheck.check_text("Exports rose 5% last year [1].")
    assert isinstance(report, Report)
    assert [doc.path for doc in report.documents] == ["article.md"]
    assert rule_ids(report) == ["citation.unresolved"]
    assert report.summary.error == 1 and report.rules  # the rules it ran are described


def test_check_text_reads_sources_by_id_or_from_folders(tmp_path: Path) -> None:
    claim = "Exports rose 9% last year [1]."
    assert rule_ids(factcheck.check_text(claim, sources={"1": "Exports rose 9% last year."})) == []
    assert rule_ids(factcheck.check_text(claim, sources={"1": "Exports rose 5% last year."})) == [
        "citation.number-not-in-source"]
    (tmp_path / "1.txt").write_text("Exports rose 5% last year.")
    assert rule_ids(factcheck.check_text(claim, sources=tmp_path)) == [
        "citation.number-not-in-source"]
    assert rule_ids(factcheck.check_text(claim, sources=[str(tmp_path)])) == [
        "citation.number-not-in-source"]


def test_check_text_with_rules_config_and_format(tmp_path: Path) -> None:
    contradiction = "China supports the tariffs [1]. China rejects the tariffs [2]."
    assert rule_ids(factcheck.check_text(contradiction, rules=[PACK], builtin=False)) == [
        "newsroom.flip-flop"]
    config = tmp_path / "factcheck.toml"
    config.write_text('ignore = ["citation"]\n[severity]\n"stance" = "info"\n')
    report = factcheck.check_text("Exports rose 5% [1].", config=config)
    assert rule_ids(report) == []
    structured = factcheck.check_text("claims:\n  - Exports rose 5% [1].\n", path="a.yaml",
                                      config=Config(select=["citation.unresolved"]))
    assert [(doc.path, doc.claims) for doc in structured.documents] == [("a.yaml", 1)]
    assert rule_ids(structured) == ["citation.unresolved"]


def test_check_files_walks_like_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text("Exports rose 9% last year [1].\n")
    (tmp_path / "story.sources").mkdir()
    (tmp_path / "story.sources" / "1.txt").write_text("Exports rose 9% last year.\n")
    (tmp_path / "bad.md").write_bytes(b"\x00\x01")
    (tmp_path / "settings.yaml").write_text("a: 1\n")  # no article: left out
    report = factcheck.check_files([tmp_path, SEED, tmp_path / "missing.md"])
    by_path = {Path(doc.path).name: doc for doc in report.documents}
    assert set(by_path) == {"bad.md", "story.md", SEED.name, "missing.md"}
    assert by_path["story.md"].status is DocumentStatus.CHECKED
    assert by_path["story.md"].findings == []  # its own sources back it
    assert by_path[SEED.name].findings
    assert by_path["bad.md"].status is DocumentStatus.FAILED
    assert by_path["missing.md"].error == f"{tmp_path / 'missing.md'}: error: no such file or directory"
    assert report.summary.failed == 2 and report.summary.documents == 4


def test_a_wrong_rule_file_or_configuration_raises_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("rules:\n  - id: x\n")
    with pytest.raises(FactcheckError) as raised:
        factcheck.check_text("Text.", rules=[broken])
    assert "\n" not in str(raised.value) and str(broken) in str(raised.value)
    with pytest.raises(FactcheckError, match=r"did you mean citation\.unresolved"):
        factcheck.check_text("Text.", config=Config(ignore=["citation.unresolvd"]))


def test_import_factcheck_stays_light_and_the_api_needs_no_pytest() -> None:
    done = run_python("""
        import sys
        sys.modules["pytest"] = None  # `import pytest` now fails, as where it is not installed
        import factcheck
        assert "pydantic" not in sys.modules and "factcheck.api" not in sys.modules
        report = factcheck.check_text("Exports rose 5% last year [1].")
        assert [f.rule_id for f in report.findings()] == ["citation.unresolved"]
        assert factcheck.Report is type(report)
        print("ok")
    """)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_the_api_is_typed_for_type_checkers() -> None:
    import inspect
    import typing

    import factcheck.api

    hints = typing.get_type_hints(factcheck.api.check_text)
    assert hints["return"] is Report
    assert inspect.signature(factcheck.check_text).parameters["sources"].kind is (
        inspect.Parameter.KEYWORD_ONLY)
    assert "check_text" in dir(factcheck) and "check_files" in factcheck.__all__
    with pytest.raises(AttributeError):
        factcheck.no_such_name  # noqa: B018


def test_a_rule_set_of_only_source_facts_reads_the_sources(tmp_path: Path) -> None:
    pack = tmp_path / "places.yaml"
    pack.write_text(
        "rules:\n"
        "  - id: house.moved\n"
        "    severity: warning\n"
        "    message: \"the source has {p.said}\"\n"
        "    description: A place the source gives the thing otherwise.\n"
        "    match:\n"
        "      p: {fact: source_place}\n"
        "    examples:\n"
        "      flag:\n"
        "        - text: The final will be played in Sandvik [1].\n"
        "          sources: {'1': The final will be played in Aldervik. Sandvik hosted the semis.}\n"
        "      pass:\n"
        "        - text: The final will be played in Aldervik [1].\n"
        "          sources: {'1': The final will be played in Aldervik.}\n")
    claim = "The glassworks will build its new furnace in Harlow Vale [1]."
    source = ("The Trevane glassworks was founded in Harlow Vale in 1911. It will build its new "
              "furnace in Coldbrook.")
    assert rule_ids(factcheck.check_text(claim, sources={"1": source}, rules=[pack],
                                         builtin=False)) == ["house.moved"]
