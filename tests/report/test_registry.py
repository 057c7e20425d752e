"""Report formats register in one place (``factcheck.report.FORMATS``): a new format is a module
and a line, and a batch treats it by what it declares, with no special case for any name."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from factcheck.dsl.ruleset import load_ruleset
from factcheck.extract import default_lexicon
from factcheck.load.inputs import Inputs
from factcheck.models import DocumentResult, Report
from factcheck.pipeline import BatchOptions, run_batch
from factcheck.report import FORMATS, Format, RenderContext, register_format, renderer
from tests.conftest import ROOT

TSV = '''
from factcheck.models import DocumentResult, Report


def render_document(result: DocumentResult) -> str:
    return "".join(f"{result.path}\\t{f.rule_id}\\n" for f in result.findings)


def render_summary(report: Report) -> str:
    return f"# {report.summary.documents} documents, ##[no command]\\n"


def render(report, context):
    return "".join(map(render_document, report.documents)) + render_summary(report)
'''


@pytest.fixture
def tsv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    (tmp_path / "my_tsv_format.py").write_text(TSV)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(FORMATS, "tsv", FORMATS["text"])  # restored after the test
    register_format("tsv", Format("my_tsv_format", markup="json", streams=True, counts=False))
    return "tsv"


def test_every_registered_format_renders_a_report() -> None:
    for name, spec in FORMATS.items():
        report = Report(version="0", ruleset_fingerprint="x")
        assert isinstance(renderer(name)(report, RenderContext()), str), name
        if spec.streams:
            assert spec.document_renderer()(DocumentResult(path="a.md", status="checked"))


def test_a_registered_format_is_written_by_a_batch_as_it_declares(
        tsv: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    article = tmp_path / "a.md"
    article.write_text("Exports rose 5% last year [1].\n")
    output = tmp_path / "report.tsv"
    code = run_batch(Inputs([article, tmp_path / "missing.md"]), load_ruleset(),
                     default_lexicon(), BatchOptions(engine="python", jobs=1), tsv, output,
                     "never")
    assert code == 2  # the missing article
    lines = output.read_text().splitlines()
    assert f"{article}\tcitation.unresolved" in lines
    # Made inert as JSON is (markup="json"): no workflow command a CI runner would act on.
    assert lines[-1] == "# 2 documents, #\\u0023[no command]"


def test_the_pipeline_and_the_spreader_name_no_format() -> None:
    for module in ("pipeline", "batch"):
        tree = ast.parse((ROOT / "factcheck" / f"{module}.py").read_text(encoding="utf-8"))
        named = {node.value for node in ast.walk(tree)
                 if isinstance(node, ast.Constant) and node.value in FORMATS}
        assert named == set(), module


def test_the_cli_accepts_a_registered_format(tsv: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    article = tmp_path / "a.md"
    article.write_text("Plain words.\n")
    result = CliRunner().invoke(app, ["check", str(article), "--format", tsv, "--no-config",
                                      "--engine", "python"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# 1 documents")
    unknown = CliRunner().invoke(app, ["check", str(article), "--format", "nope"])
    assert unknown.exit_code == 2 and "tsv" in unknown.output
