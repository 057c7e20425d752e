"""The code actions' edits, applied to the text and checked again as the loader reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.lsp.actions import ignore_edit, reference_stub
from factcheck.lsp.checking import Checking, ServerOptions


@pytest.fixture(scope="module")
def checking() -> Checking:
    return Checking(ServerOptions(no_config=True))


def rules_found(checking: Checking, text: str, name: str = "story.md") -> list[str]:
    outcome = checking.check(text, None, name)
    assert outcome.problem is None, outcome.problem
    return [finding.rule_id for finding in outcome.findings]


UNRESOLVED = "# Budget\n\nThe council said spending rose 4% [1]. It set a cap [1].\n"


def test_ignore_comment_at_the_end_of_the_line_silences_the_finding(checking: Checking) -> None:
    assert rules_found(checking, UNRESOLVED) == ["citation.unresolved", "citation.unresolved"]
    edit = ignore_edit(UNRESOLVED, UNRESOLVED.index("[1]"), "citation.unresolved")
    assert edit is not None
    fixed = edit.apply(UNRESOLVED)
    assert fixed.splitlines()[2].endswith(" <!-- factcheck-ignore: citation.unresolved -->")
    assert rules_found(checking, fixed) == []


def test_inside_a_wrapped_paragraph_the_claims_stay_as_they_were(checking: Checking) -> None:
    # A comment on a line of its own would blank that line and split the paragraph in two.
    text = "The council said spending\nrose 4% [1] and the\nmayor agreed.\n"
    edit = ignore_edit(text, text.index("[1]"), "citation.unresolved")
    assert edit is not None
    fixed = edit.apply(text)
    assert len(fixed.splitlines()) == 3
    before = checking.check(text, None, "story.md").document
    after = checking.check(fixed, None, "story.md").document
    assert before is not None and after is not None
    assert [block.span.start for block in before.blocks] == [
        block.span.start for block in after.blocks]


def test_a_rule_is_added_to_the_comment_already_on_the_line(checking: Checking) -> None:
    text = ("Spending rose 4% [1] and 5% [2]. "
            "<!-- factcheck-ignore: citation.uncited-statistic -->\n")
    edit = ignore_edit(text, text.index("[1]"), "citation.unresolved")
    assert edit is not None
    fixed = edit.apply(text)
    assert fixed.count("<!--") == 1
    assert "factcheck-ignore: citation.uncited-statistic, citation.unresolved -->" in fixed
    assert "citation.unresolved" not in rules_found(checking, fixed)
    assert ignore_edit(fixed, fixed.index("[1]"), "citation.unresolved") is None


def test_no_ignore_where_a_comment_cannot_silence(checking: Checking) -> None:
    text = "Spending rose 4% [1]. <!-- a note that goes on\nbelow -->\n"
    assert ignore_edit(text, text.index("[1]"), "citation.unresolved") is None
    assert ignore_edit("Text [1].\n", 0, "engine.truncated") is None
    # A comment alone on the line above silences that line only: a new one goes on this line.
    text = "<!-- factcheck-ignore: numeric.value-conflict -->\nSpending rose 4% [1].\n"
    edit = ignore_edit(text, text.index("[1]"), "citation.unresolved")
    assert edit is not None and edit.start == len(text) - 1


def test_reference_stub_makes_the_section_and_typing_the_source_resolves(
        checking: Checking) -> None:
    edit = reference_stub(UNRESOLVED, "1", "[1]")
    stubbed = edit.apply(UNRESOLVED)
    assert stubbed.endswith("[1]. It set a cap [1].\n\n## References\n\n[1] \n")
    # The stub alone is no reference: the marker stays flagged until the source is written.
    assert "citation.unresolved" in rules_found(checking, stubbed)
    filled = stubbed.replace("[1] \n", "[1] City budget office, 2025.\n")
    assert rules_found(checking, filled) == []


def test_reference_stub_goes_after_the_last_entry_of_the_list(checking: Checking) -> None:
    text = ("Spending rose 4% [1], the office said, and fell 2% [2], it added.\n\n"
            "## References\n\n[1] City budget office, 2025.\n\n## Notes on method\n\nNone.\n")
    assert "citation.unresolved" in rules_found(checking, text)
    stubbed = reference_stub(text, "2", "[2]").apply(text)
    # A blank line first: an entry's next line would be read as its continuation.
    assert "[1] City budget office, 2025.\n\n[2] \n\n## Notes on method" in stubbed
    filled = stubbed.replace("[2] \n", "[2] Treasury, 2025.\n")
    assert "citation.unresolved" not in rules_found(checking, filled)
    assert "[1] City budget office, 2025." in filled  # the entry above is untouched


def test_reference_stub_in_plain_text_and_with_crlf() -> None:
    text = "Spending rose 4% [1].\r\n"
    assert reference_stub(text, "1", "[1]", markdown=False).apply(text) == (
        "Spending rose 4% [1].\r\n\r\nReferences\r\n\r\n[1] \r\n")
    text = "Spending rose 4% [^1]."
    assert reference_stub(text, "1", "[^1]").apply(text).endswith("\n\n## References\n\n[^1]: \n")


def test_structured_articles_are_checked(checking: Checking, tmp_path: Path) -> None:
    text = "title: Budget\nclaims:\n  - The council said spending rose 4% [1].\n"
    assert rules_found(checking, text, "story.yaml") == ["citation.unresolved"]
    assert checking.check("name: ci\non: push\n", None, "ci.yaml").not_an_article
