"""The sources stage: each reference's text is read once, before extraction, into a
SourceReading, and the citation rules only compare claims with those readings."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import factcheck.sources as sources_stage
from factcheck.dsl.ruleset import load_ruleset
from factcheck.extract import Lexicon, default_lexicon
from factcheck.extract.grammar import grammar
from factcheck.load import document_from_text, load_document
from factcheck.models import QuantityKind, Reference
from factcheck.pipeline import Checker
from factcheck.sources import SourceReading, family, read_source, read_sources, source_actors

PACK = Path(__file__).resolve().parents[1] / "rules" / "packs" / "citation_support.py"
SOURCE = ("China controls nearly 90 per cent of rare earth refining, Treasury Secretary Scott "
          "Bessent said on 4 June 2025. Exports rose 12% to $3.2 billion. "
          "\"We are open to talks,\" the minister said.")


def test_a_reading_holds_what_the_citation_rules_compare() -> None:
    reading = read_source(SOURCE, default_lexicon(), "1")
    assert isinstance(reading, SourceReading) and reading.id == "1"
    assert set(reading.figures) == {"share", "amount"}
    for figures in reading.figures.values():
        assert list(figures.values) == sorted(figures.values)
        assert [q.value for q in figures.figures] == list(figures.values)
        assert {family(q.kind) for q in figures.figures} == {
            "share" if figures is reading.figures["share"] else "amount"}
    assert 90 in reading.figures["share"].values
    assert "bessent" in " ".join(source_actors(reading.text, default_lexicon())).lower()
    assert [s.text for s in reading.sentences][1] == "Exports rose 12% to $3.2 billion."
    assert reading.sentences[-1].end <= len(SOURCE)
    assert "we are open to talks" in reading.normalized
    assert reading.names.has_phrase("scott bessent") and reading.names.has_word_like("export")
    assert 6 in grammar(default_lexicon().lookup()).months_in(reading.text)
    assert reading.index.best(frozenset({"expor"})) is not None
    assert {"china", "refin"} <= reading.content


def test_each_reference_with_a_text_is_read_once_in_reference_order() -> None:
    document = document_from_text("Exports rose [1]. Imports fell [^2].\n\n"
                                  "[1] Customs office, \"Trade\", 2025.\n", "a.md")
    document = document.model_copy(update={"references": [
        *document.references,
        Reference(id="^2", text="Imports fell 3%.", origin="test"),
        Reference(id="3", origin="test")]})  # no text: nothing to read
    read = read_sources(document, default_lexicon())
    assert list(read) == ["2"]
    assert read["2"].id == "^2"
    assert read_sources(document, default_lexicon())["2"] is read["2"]  # kept for the process


def test_only_the_sources_the_text_cites_are_read(tmp_path: Path) -> None:
    """A --sources folder shared by a batch holds every article's sources: each article reads
    the ones it cites (a range, a footnote, a marker written with full-width digits), not the
    hundreds it does not."""
    shared = tmp_path / "shared"
    shared.mkdir()
    for number in range(1, 301):
        (shared / f"{number}.txt").write_text(f"Exports rose {number}% last year.",
                                              encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text("Exports rose 4% [4–6]. Imports fell [１]. Prices held.[^12]\n",
                       encoding="utf-8")
    document = load_document(article, [shared])
    assert len([ref for ref in document.references if ref.text]) == 300
    assert list(read_sources(document, default_lexicon())) == ["1", "12", "4", "5", "6"]


def test_the_stage_runs_before_the_rules_and_the_rules_read_no_source(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Sources are read by the stage; while the rules run, no source text is extracted."""
    checker = Checker(load_ruleset(), default_lexicon())
    text = "China refines 80% of rare earths [1]."
    document = document_from_text(text, "a.md").model_copy(update={"references": [
        Reference(id="1", text=SOURCE + " Unique to this test.", origin="test")]})
    read: list[str] = []
    reader = sources_stage.read_source

    def counting(text: str, lexicon: Lexicon, id: str = "") -> SourceReading:
        read.append(id)
        return reader(text, lexicon, id)

    monkeypatch.setattr(sources_stage, "read_source", counting)
    findings = checker.check_document(document).findings
    assert read == ["1"]
    assert [f.rule_id for f in findings if f.rule_id.startswith("citation.number")] == [
        "citation.number-not-in-source"]


def test_the_citation_pack_does_not_extract_or_load() -> None:
    imported = {alias.name if isinstance(node, ast.Import) else f"{node.module}.{alias.name}"
                for node in ast.walk(ast.parse(PACK.read_text(encoding="utf-8")))
                if isinstance(node, ast.Import | ast.ImportFrom) for alias in node.names}
    assert not {name for name in imported
                if name.startswith(("factcheck.load", "factcheck.extract.extract",
                                    "factcheck.extract.extract_bounded"))}
    assert "factcheck.sources.read_source" not in imported


def test_families() -> None:
    assert family(QuantityKind.PERCENT) == family(QuantityKind.PERCENT_CHANGE) == "share"
    assert family(QuantityKind.COUNT) == family(QuantityKind.YEAR) == "amount"


@pytest.mark.parametrize("text, own_date", [
    ("PITTSBURGH, Jan. 17, 2024 — The council met.", "Jan. 17, 2024"),
    ("NAIROBI, Oct 12 (AP) — A court granted bail.", "Oct 12"),
    ("New Delhi, Feb 6: A court granted bail to a student.", "Feb 6"),
    # a date in a sentence is no dateline
    ("The court met on 12 October - a Tuesday - and granted bail.", None),
])
def test_a_dateline_gives_the_source_its_own_date(text: str, own_date: str | None) -> None:
    assert read_source(text, default_lexicon(), "1").own_date == own_date
