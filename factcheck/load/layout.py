"""Markdown and plain text into layout blocks and an inline reference list.

Handles headings, paragraphs, bullets, Markdown tables (a block per row), YAML front matter, a
``References``/``Sources`` section of ``[n] …`` entries (an entry may wrap onto the lines below
it), footnote definitions, and the seed's ``Group 1 - claim [1] - claim`` layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from factcheck.models import Block, BlockKind, LineIndex, Reference
from factcheck.models.span import trimmed

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
_BULLET = re.compile(r"^([ \t]*)(?:[-*+•]|\d{1,3}[.)])[ \t]+(?=\S)")
_REFERENCES_TITLE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(references|sources|bibliography|notes|citations|"
    r"参考资料|参考文献|资料来源|来源|注释|引用)"
    r"(?:\*\*)?[ \t]*[:：]?[ \t]*$",
    re.IGNORECASE,
)
# "[1] …", "[^1]: …", "1. …", and as Chinese lists write them: "［1］…", "【1】…", "1、…".
_REFERENCE_LINE = re.compile(
    r"^[ \t]*(?:[\[［【]\^?(\w{1,12})[\]］】][:：]?[ \t]*|(\d{1,4})(?:[.)][ \t]+|[、．][ \t]*))"
    r"(\S.*?)[ \t]*$")
_FOOTNOTE_DEFINITION = re.compile(r"^\[\^(\w{1,12})\]:[ \t]+(\S.*?)[ \t]*$")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
# A Markdown table's row ("| North | 211 | 211% |") and the rule under its header ("|---|:--:|")
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$")
_GROUP_START = re.compile(r"(?:^|(?<=\s))Group[ \t]+\d{1,4}[ \t]+-[ \t]+")
_ITEM_SEPARATOR = re.compile(r"[ \t]+-[ \t]+")


@dataclass
class Layout:
    title: str | None = None
    front_matter: str | None = None
    blocks: list[Block] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)


@dataclass
class _Line:
    start: int
    end: int  # excludes the newline
    text: str


def _lines(text: str) -> Iterator[_Line]:
    start = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        yield _Line(start, start + len(content), content)
        start += len(raw)


def parse_layout(text: str, path: str, plain_text: bool) -> Layout:
    layout = Layout()
    index = LineIndex(text)
    lines = list(_lines(text))
    position = 0
    if lines and lines[0].text.strip() == "---":
        for offset, line in enumerate(lines[1:], start=1):
            if line.text.strip() in ("---", "..."):
                layout.front_matter = text[lines[1].start:line.start] if offset > 1 else ""
                position = offset + 1
                break

    section: str | None = None
    in_references = False
    paragraph: list[_Line] = []
    bullet: list[_Line] = []
    bullet_depth = 0

    def add(kind: BlockKind, start: int, end: int, depth: int = 0,
            group: str | None = None) -> None:
        start, end = trimmed(text, start, end)
        if start < end:
            layout.blocks.append(Block(
                kind=kind, span=index.span(start, end), section=group or section, depth=depth,
            ))

    def flush() -> None:
        nonlocal paragraph, bullet
        if paragraph:
            _add_paragraph(text, paragraph[0].start, paragraph[-1].end, add)
        if bullet:
            add(BlockKind.BULLET, bullet[0].start, bullet[-1].end, bullet_depth)
        paragraph, bullet = [], []

    # The entry the next line may continue: a reference wrapped by an editor or a word
    # processor goes on until a blank line, a heading or the next entry. Its first line, its
    # text so far, and whether it is a footnote (whose continuation lines are indented).
    entry: tuple[_Line, str, bool] | None = None
    entry_style: str | None = None  # "[n]" or "n.": the numbering this section's entries use

    def add_reference(ref_id: str, body: str, first: _Line, last: _Line) -> None:
        url = _URL.search(body)
        layout.references.append(Reference(
            id=ref_id, label=body, url=url.group(0) if url else None, origin="inline",
            span=index.span(first.start, last.end),
        ))

    def continue_entry(line: _Line) -> None:
        nonlocal entry
        assert entry is not None
        first, body, footnote = entry
        body = f"{body} {line.text.strip()}"
        entry = (first, body, footnote)
        previous = layout.references.pop()
        add_reference(previous.id, body, first, line)

    first_content = True
    for number, line in enumerate(lines[position:], start=position):
        stripped = line.text.strip()
        if not stripped:
            flush()
            entry = None
            continue
        if _REFERENCES_TITLE.match(line.text):
            flush()
            in_references = True
            entry, entry_style = None, None
            section = stripped.strip("#* :")
            first_content = False
            continue
        footnote = _FOOTNOTE_DEFINITION.match(line.text)
        if footnote:
            flush()
            add_reference(footnote.group(1), footnote.group(2), line, line)
            entry = (line, footnote.group(2), True)
            continue
        heading = _HEADING.match(line.text)
        if heading:
            flush()
            in_references = False
            entry = None
            section = heading.group(2).strip()
            if layout.title is None and first_content and len(heading.group(1)) == 1:
                layout.title = section
            add(BlockKind.HEADING, line.start, line.end)
            first_content = False
            continue
        if entry is not None and entry[2] and line.text[:1] in (" ", "\t"):
            continue_entry(line)  # a footnote's indented continuation, wherever it stands
            continue
        if in_references:
            reference = _REFERENCE_LINE.match(line.text)
            style = None if reference is None else "[n]" if reference.group(1) else "n."
            # A wrapped line that happens to start like an entry of the other numbering
            # ("2024. Available at …" under "[3] …") continues the entry above.
            if reference and (entry is None or entry_style in (None, style)):
                entry_style = style
                body = reference.group(3)
                add_reference(reference.group(1) or reference.group(2), body, line, line)
                entry = (line, body, False)
                continue
            if entry is not None:
                continue_entry(line)
                continue
            in_references = False
        entry = None
        if first_content and plain_text and _is_plain_title(lines, number):
            layout.title = stripped
            add(BlockKind.HEADING, line.start, line.end)
            first_content = False
            continue
        first_content = False
        if _TABLE_ROW.match(line.text):
            # each row of a table is a statement of its own; the rule under the header is none
            flush()
            if not _TABLE_RULE.match(line.text):
                add(BlockKind.PARAGRAPH, line.start, line.end)
            continue
        bullet_start = _BULLET.match(line.text)
        if bullet_start:
            flush()
            bullet = [line]
            bullet_depth = len(bullet_start.group(1).expandtabs(4)) // 2
            continue
        if bullet and line.text[:1] in (" ", "\t"):
            bullet.append(line)  # an indented continuation of the bullet above
            continue
        if bullet:
            flush()
        paragraph.append(line)
    flush()
    return layout


def _is_plain_title(lines: list[_Line], number: int) -> bool:
    """A short first line followed by a blank line, like the seed's Chinese headline."""
    line = lines[number].text.strip()
    followed_by_blank = number + 1 < len(lines) and not lines[number + 1].text.strip()
    return followed_by_blank and len(line) <= 200 and not _GROUP_START.search(line)


def _add_paragraph(text: str, start: int, end: int, add: _AddBlock) -> None:
    """A paragraph, or the seed's group layout split into one block per ` - ` item."""
    body = text[start:end]
    groups = list(_GROUP_START.finditer(body))
    if not groups or groups[0].start() > 0:
        # Only a paragraph that is the layout, from its first word: "… Group 7 - …" inside a
        # sentence is prose.
        add(BlockKind.PARAGRAPH, start, end)
        return
    for number, group in enumerate(groups):
        group_end = groups[number + 1].start() if number + 1 < len(groups) else len(body)
        name = group.group(0).strip(" \t-")
        item_start = group.end()
        for separator in _ITEM_SEPARATOR.finditer(body, item_start, group_end):
            add(BlockKind.GROUP_ITEM, start + item_start, start + separator.start(), 0, name)
            item_start = separator.end()
        add(BlockKind.GROUP_ITEM, start + item_start, start + group_end, 0, name)


class _AddBlock(Protocol):
    def __call__(self, kind: BlockKind, start: int, end: int, depth: int = 0,
                 group: str | None = None) -> None: ...
