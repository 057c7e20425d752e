from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.errors import LoadError
from factcheck.load import discover, document_from_text, load_document
from factcheck.models import BlockKind
from tests.conftest import SEED


def block_texts(document):  # type: ignore[no-untyped-def]
    return [(b.kind, document.text[b.span.start:b.span.end]) for b in document.blocks]


def test_seed_layout_splits_groups_into_items_with_exact_spans() -> None:
    document = load_document(SEED)
    assert document.title == "美国财长的“天真交易”用即将到期的关税休战,换中国稀土让步?"
    items = [b for b in document.blocks if b.kind is BlockKind.GROUP_ITEM]
    assert len(items) == 12
    assert [b.section for b in items].count("Group 2") == 3
    first = document.text[items[0].span.start:items[0].span.end]
    assert first.startswith("The U.S. government exhibits contradictory stances")
    assert first.endswith("rare earth export controls [1]")
    assert (items[0].span.line, items[0].span.column) == (3, 11)
    last = document.text[items[-1].span.start:items[-1].span.end]
    assert last.endswith("strategic competition [8][9]")
    assert not document.references


def test_a_markdown_table_is_a_block_per_row_without_its_rule() -> None:
    text = ("Rainfall by region:\n\n| Region | Rainfall (mm) | Share |\n|---|:---:|---|\n"
            "| North | 211 | 21% |\n| South | 96 | 9% |\n\nAfter the table.\n")
    blocks = block_texts(document_from_text(text, "a.md"))
    assert blocks == [(BlockKind.PARAGRAPH, "Rainfall by region:"),
                      (BlockKind.PARAGRAPH, "| Region | Rainfall (mm) | Share |"),
                      (BlockKind.PARAGRAPH, "| North | 211 | 21% |"),
                      (BlockKind.PARAGRAPH, "| South | 96 | 9% |"),
                      (BlockKind.PARAGRAPH, "After the table.")]


def test_markdown_headings_bullets_paragraphs_and_front_matter() -> None:
    text = (
        "---\ntitle: Trade notes\ndate: 2025-06-01\n---\n"
        "# Heading one\n\nFirst paragraph line one\ncontinues here.\n\n"
        "- bullet one [1]\n  continued\n- bullet two\n\n## Section B\n\nLast para.\n"
    )
    document = document_from_text(text, "a.md")
    assert document.title == "Trade notes"
    assert document.date == "2025-06-01"
    kinds = block_texts(document)
    assert kinds == [
        (BlockKind.HEADING, "# Heading one"),
        (BlockKind.PARAGRAPH, "First paragraph line one\ncontinues here."),
        (BlockKind.BULLET, "- bullet one [1]\n  continued"),
        (BlockKind.BULLET, "- bullet two"),
        (BlockKind.HEADING, "## Section B"),
        (BlockKind.PARAGRAPH, "Last para."),
    ]
    assert document.blocks[-1].section == "Section B"
    assert document.blocks[-1].span.line == 16


def test_reference_section_and_footnotes_become_references() -> None:
    text = (
        "Claim one [1]. Claim two [^2].\n\nReferences\n"
        "[1] Reuters, \"Tariffs\", 2025. https://example.org/a\n"
        "2. Second source\n\n[^2]: A footnote source\n"
    )
    document = document_from_text(text, "a.md")
    refs = {r.id: r for r in document.references}
    assert set(refs) == {"1", "2"}
    assert refs["1"].url == "https://example.org/a"
    assert all(b.kind is BlockKind.PARAGRAPH for b in document.blocks)
    assert len(document.blocks) == 1


WRAPPED_REFERENCES = """\
# Harbour dredging costs rise

The port authority spent $42 million on dredging in 2023 [1]. Its director said
the work would finish by spring [2]. Shipping volumes grew 8% over the year [3].

## References

[1] Port Authority of Calderon, "Annual accounts 2023", published
    March 2024, https://example.org/accounts-2023
[2] Interview with the harbour director, Calderon Evening Post,
2024. Quoted in full.
[3] Calderon Shipping Registry, monthly volume tables,
https://example.org/registry

Dredging resumes in May.
"""


def test_a_reference_wrapped_onto_more_lines_is_one_entry(check_text) -> None:  # type: ignore[no-untyped-def]
    document = document_from_text(WRAPPED_REFERENCES, "harbour.md")
    refs = {r.id: r for r in document.references}
    assert set(refs) == {"1", "2", "3"}  # "2024. Quoted…" continues [2]; it is no entry 2024
    assert refs["1"].label.endswith("published March 2024, https://example.org/accounts-2023")
    assert refs["1"].url == "https://example.org/accounts-2023"
    assert refs["2"].label.endswith("Evening Post, 2024. Quoted in full.")
    assert refs["3"].url == "https://example.org/registry"
    assert (refs["1"].span.line, refs["3"].span.line) == (8, 12)
    assert document.text[refs["3"].span.start:refs["3"].span.end].endswith("example.org/registry")
    # The wrapped lines are no prose; the paragraph after the blank line is.
    assert block_texts(document)[-1] == (BlockKind.PARAGRAPH, "Dredging resumes in May.")
    assert not any("Calderon" in text for _, text in block_texts(document))
    assert [f.rule_id for f in check_text(WRAPPED_REFERENCES, path="harbour.md")
            if f.rule_id.startswith("citation.")] == []


def test_a_footnote_continues_on_indented_lines_only() -> None:
    document = document_from_text(
        "Rents rose 4% [^1].\n\n[^1]: City housing survey,\n    second edition.\nNew prose.\n",
        "rents.md")
    assert [r.label for r in document.references] == ["City housing survey, second edition."]
    assert block_texts(document)[-1] == (BlockKind.PARAGRAPH, "New prose.")


def test_comments_are_blanked_and_suppressions_recorded() -> None:
    text = (
        "A claim. <!-- factcheck-ignore: numeric.ratio-mismatch -->\n<!-- factcheck-ignore -->\nB.\n"
    )
    document = document_from_text(text, "a.md")
    assert len(document.text) == len(text)
    assert "factcheck-ignore" not in document.text
    # A suppression must name its rule: the bare one silences nothing and is remembered, at
    # the comment, to be reported.
    assert document.suppressions == {1: ("numeric.ratio-mismatch",)}
    assert [(span.line, span.column) for span in document.unnamed_suppressions] == [(2, 1)]


def test_sources_folder_beside_article_and_sources_option(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text("Exports rose [1][2].\n\nReferences\n[1] Customs data\n")
    (tmp_path / "story.sources").mkdir()
    (tmp_path / "story.sources" / "1.txt").write_text("Exports rose 5%.")
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "2.md").write_text("Second source text.")
    document = load_document(article, [shared])
    refs = {r.id: r for r in document.references}
    assert refs["1"].label == "Customs data" and refs["1"].text == "Exports rose 5%."
    assert refs["2"].text == "Second source text."


def test_structured_yaml_article_keeps_file_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        "title: T\nclaims:\n  - text: China refines 90% of rare earths [1].\n"
        "  - Exports rose.\nreferences:\n  - id: 1\n    label: Source one\n"
    )
    document = load_document(path)
    assert [b.kind for b in document.blocks] == [BlockKind.CLAIM, BlockKind.CLAIM]
    first = document.blocks[0]
    assert document.text[first.span.start:first.span.end] == "China refines 90% of rare earths [1]."
    assert first.span.line == 3
    assert document.references[0].id == "1"


def test_structured_errors_name_file_field_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("title: T\nclaims:\n  - text: ok\n  - txt: typo\n")
    with pytest.raises(LoadError) as error:
        load_document(path)
    line = error.value.one_line()
    assert line.startswith(f"{path}:4")
    assert "claims.1" in line
    json_path = tmp_path / "bad.json"
    json_path.write_text(json.dumps({"claims": []}))
    with pytest.raises(LoadError, match="claims"):
        load_document(json_path)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
    ],
)
def test_unusable_bytes_give_one_line(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(content)
    with pytest.raises(LoadError, match=problem):
        load_document(path)


def test_utf16_with_bom_and_crlf_load(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_bytes("Line one.\r\n\r\nLine two [1].\r\n".encode("utf-16"))
    document = load_document(path)
    texts = [document.text[b.span.start:b.span.end] for b in document.blocks]
    assert texts == ["Line one.", "Line two [1]."]
    assert document.blocks[1].span.line == 3


def test_discover_walks_folders_skips_sources_and_reports_loops(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "b.md").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a.sources").mkdir()
    (tmp_path / "a.sources" / "1.txt").write_text("x")
    (tmp_path / "image.png").write_bytes(b"x")
    (tmp_path / "loop").symlink_to(tmp_path)
    found = list(discover([tmp_path, tmp_path / "missing.md"]))
    paths = [item.name for item in found if isinstance(item, Path)]
    errors = [item.one_line() for item in found if isinstance(item, LoadError)]
    assert paths == ["a.txt", "b.md"]
    # A link back to an ancestor is walked once and named on stderr; it fails nothing.
    assert len(errors) == 1
    assert errors[-1].endswith("missing.md: error: no such file or directory")
    assert "directory already walked" in capsys.readouterr().err


def test_group_layout_only_where_the_paragraph_is_that_layout() -> None:
    from factcheck.load import document_from_text
    from factcheck.models import BlockKind

    prose = document_from_text(
        "The league said that Group 7 - the clubs below the cut - would play twice.\n", "t.md")
    assert [b.kind for b in prose.blocks] == [BlockKind.PARAGRAPH]
    layout = document_from_text("Group 1 - Exports rose [1] - Imports fell [2]\n", "t.md")
    assert [b.kind for b in layout.blocks] == [BlockKind.GROUP_ITEM, BlockKind.GROUP_ITEM]

