"""The Document is immutable after load: sources attach while it is loaded, each step returning
a new Document, and no later stage can change it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from factcheck.dsl.ruleset import load_ruleset
from factcheck.extract import default_lexicon
from factcheck.load import (
    Confinement,
    document_from_text,
    load_document,
    with_source_texts,
    with_sources,
)
from factcheck.models import Reference
from factcheck.pipeline import Checker

ARTICLE = "Exports rose 12% [1].\n\n## References\n\n[1] Customs office, \"Trade\", 2025.\n"


def test_a_loaded_document_cannot_be_changed(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(ARTICLE)
    (tmp_path / "story.sources").mkdir()
    (tmp_path / "story.sources" / "1.txt").write_text("Exports rose 12% to $3 billion.")
    document = load_document(article)
    assert document.references[0].text == "Exports rose 12% to $3 billion."
    for field, value in (("references", ()), ("path", "other.md"), ("text", ""),
                         ("blocks", ())):
        with pytest.raises(ValidationError, match="frozen"):
            setattr(document, field, value)
    for sequence in (document.references, document.blocks, document.unnamed_suppressions):
        assert isinstance(sequence, tuple)  # nothing to append to
    with pytest.raises(ValidationError, match="frozen"):
        document.references[0].text = "changed"  # type: ignore[misc]


def test_attaching_sources_returns_a_new_document(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "1.txt").write_text("Exports rose 12%.")
    loaded = document_from_text(ARTICLE, "story.md")
    before = loaded.model_dump()
    attached = with_sources(loaded, None, [folder], Confinement.of([], [folder]))
    given = with_source_texts(loaded, {"2": "Imports fell."}, "test")
    assert loaded.model_dump() == before
    assert attached is not loaded and attached.references[0].text == "Exports rose 12%."
    assert given.references[-1] == Reference(id="2", label="2.txt", text="Imports fell.",
                                             origin="test")
    assert with_source_texts(loaded, {}, "test") is loaded


def test_checking_leaves_the_document_as_loaded() -> None:
    document = with_source_texts(document_from_text(ARTICLE, "story.md"),
                                 {"1": "Exports rose 10% to $3 billion."}, "test")
    before = document.model_dump()
    findings = Checker(load_ruleset(), default_lexicon()).check_document(document).findings
    assert any(f.rule_id == "citation.number-not-in-source" for f in findings)
    assert document.model_dump() == before
