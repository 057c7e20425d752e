"""An article's text as HTML for the report's pane, with each finding's span marked.

Markdown articles are rendered with markdown-it (CommonMark, tables, strikethrough) with raw HTML
off, so a tag in an article is shown as text, and markdown-it's ``validateLink`` drops
``javascript:``, ``vbscript:``, ``file:`` and non-image ``data:`` URLs. Plain-text and structured
articles are shown as they are, pre-formatted.

Findings point at offsets in the article's source, while the page shows rendered text. Two
kinds of marks bridge that: every rendered block (paragraph, heading, table row, code block)
whose source lines a finding touches carries the finding's id; and inside text, where a run of
rendered characters can be traced back to the source (``align``), the finding's exact span is
wrapped in ``<mark>``. Where tracing fails (rare markup), the block mark remains.
"""

from __future__ import annotations

import functools
import itertools
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape, unescape
from pathlib import PurePath
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from factcheck.models import Severity

# As the loader reads them: these are not Markdown (factcheck.load._parse).
PREFORMATTED_SUFFIXES = (".txt", ".yaml", ".yml", ".json")

# Blocks that hold text directly; containers (lists, quotes, tables) are marked through them.
_LEAF_BLOCKS = frozenset({"paragraph_open", "heading_open", "fence", "code_block", "tr_open"})
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ESCAPABLE = frozenset(string.punctuation)  # what a backslash escapes in CommonMark


@dataclass(frozen=True)
class Mark:
    """One finding to mark: its element id on the page and where its span lies in the source."""

    element_id: str
    severity: str
    start: int  # character offsets, half-open
    end: int
    first_line: int  # 1-based, inclusive
    last_line: int


@dataclass(frozen=True)
class Run:
    """``length`` shown characters from ``content_start`` that are the source's characters from
    ``source_start`` (an entity or an escape is one shown character standing for several)."""

    content_start: int
    source_start: int
    length: int

    @property
    def source_end(self) -> int:
        return self.source_start + self.length


def is_markdown(path: str) -> bool:
    return PurePath(path).suffix.lower() not in PREFORMATTED_SUFFIXES


def article_html(text: str, marks: Sequence[Mark], *, markdown: bool) -> str:
    """The pane's inner HTML: rendered Markdown, or the text itself for pre-formatted display."""
    if not markdown:
        return marked_html(text, [Run(0, 0, len(text))], marks)
    front_end = _front_matter_end(text)
    front = ""
    if front_end:
        front = (f'<pre class="front-matter">'
                 f"{marked_html(text[:front_end], [Run(0, 0, front_end)], marks)}</pre>")
        # Blanked, not cut: offsets and line numbers of the rest stay those of the source.
        text = re.sub(r"[^\r\n]", " ", text[:front_end]) + text[front_end:]
    return front + render_markdown(text, marks)


class _MarksByLine:
    """The marks touching each source line: a block looks only at its own lines' marks, not
    at every mark of a long article."""

    def __init__(self, marks: Sequence[Mark]) -> None:
        self._by_line: dict[int, list[Mark]] = {}
        for mark in marks:
            for line in range(mark.first_line, mark.last_line + 1):
                self._by_line.setdefault(line, []).append(mark)

    def on(self, lines: Sequence[int]) -> list[Mark]:
        """The marks on a token's ``map`` lines (0-based, end exclusive), each once."""
        found = (mark for line in range(lines[0] + 1, lines[1] + 1)
                 for mark in self._by_line.get(line, ()))
        return list(dict.fromkeys(found))


def render_markdown(source: str, marks: Sequence[Mark]) -> str:
    parser = _parser()
    tokens = parser.parse(source)
    line_starts = _line_starts(source)
    by_line = _MarksByLine(marks)
    enclosing_map: list[int] | None = None

    def offset(line: int) -> int:  # where a 0-based line starts; the end after the last
        return line_starts[line] if line < len(line_starts) else len(source)

    for index, token in enumerate(tokens):
        if token.map is not None:
            enclosing_map = token.map
        if token.type in _LEAF_BLOCKS:
            _mark_block(token, tokens, index, by_line)
        lines = token.map or enclosing_map
        if lines is None or token.type not in ("inline", "fence", "code_block"):
            continue
        # A fence's first line is its ``` and info string, not code.
        start, limit = offset(lines[0] + (token.type == "fence")), offset(lines[1])
        touching = [m for m in by_line.on(lines) if m.start < limit and m.end > start]
        if not touching:
            continue
        if token.type == "inline":
            _mark_inline(token.children or [], source, start, limit, touching)
        elif (runs := align(token.content, source, start, limit)) is not None:
            token.meta["html"] = marked_html(token.content, runs, touching)
    return str(parser.renderer.render(tokens, parser.options, {}))


@functools.cache
def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    # "[1]: https://…" would vanish as a link definition; an article's reference list is what
    # its citation findings are about, so it stays on the page as text.
    parser.disable("reference")
    parser.add_render_rule("text", _render_text)
    parser.add_render_rule("code_inline", _render_code_inline)
    parser.add_render_rule("fence", _render_code_block)
    parser.add_render_rule("code_block", _render_code_block)
    parser.add_render_rule("link_open", _render_link_open)
    return parser


def _render_text(self: Any, tokens: Sequence[Token], index: int, options: Any, env: Any) -> str:
    token = tokens[index]
    return str(token.meta.get("html", escape(token.content)))


def _render_code_inline(self: Any, tokens: Sequence[Token], index: int, options: Any,
                        env: Any) -> str:
    return f"<code>{_render_text(self, tokens, index, options, env)}</code>"


def _render_code_block(self: Any, tokens: Sequence[Token], index: int, options: Any,
                       env: Any) -> str:
    # No language class and no highlighter: the code is shown, never interpreted. A flagged
    # block's attributes go on the <pre>.
    token = tokens[index]
    body = _render_text(self, tokens, index, options, env)
    return f"<pre{self.renderAttrs(token)}><code>{body}</code></pre>\n"


def _render_link_open(self: Any, tokens: Sequence[Token], index: int, options: Any,
                      env: Any) -> str:
    # Not an endorsement, and the article's reader learns nothing of the report's address.
    tokens[index].attrSet("rel", "nofollow noopener noreferrer")
    return str(self.renderToken(tokens, index, options, env))


def _line_starts(source: str) -> list[int]:
    """The offset each line starts at, counting lines as markdown-it does (CR, LF or CRLF)."""
    return [0, *(match.end() for match in _LINE_BREAK.finditer(source))]


def _front_matter_end(text: str) -> int:
    """The offset after a YAML front matter block (``---`` … ``---``), 0 without one; detected
    as the loader detects it (factcheck.load.layout)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return 0
    offset = len(lines[0])
    for line in lines[1:]:
        offset += len(line)
        if line.strip() in ("---", "..."):
            return offset
    return 0


def _mark_block(token: Token, tokens: Sequence[Token], index: int, by_line: _MarksByLine) -> None:
    if token.type == "paragraph_open" and token.hidden:
        # A tight list's paragraphs render no <p>, so nothing would carry the mark: show them,
        # styled as the tight list they are.
        token.hidden = False
        tokens[index + 2].hidden = False  # inline, then paragraph_close
        token.attrJoin("class", "tight")
    if token.map is None:
        return
    touching = by_line.on(token.map)
    if not touching:
        return
    worst = _worst(touching)
    token.attrJoin("class", f"flagged {worst}")
    token.attrSet("data-severity", worst)
    token.attrSet("data-findings", " ".join(m.element_id for m in touching))


def _mark_inline(children: list[Token], source: str, start: int, limit: int,
                 marks: Sequence[Mark]) -> None:
    """Trace each text child back to the source, in order, and mark the spans inside it."""
    cursor = start
    for child in children:
        if child.type in ("text", "code_inline"):
            runs = align(child.content, source, cursor, limit)
            if runs is None:
                return  # lost track: the rest keeps its block mark only
            if runs:
                cursor = runs[-1].source_end
            child.meta["html"] = marked_html(child.content, runs, marks)
        elif child.type == "link_close" and child.markup != "autolink":
            cursor = _after_link_tail(source, source.find("]", cursor, limit), limit)
        elif child.type == "image":
            # Its alt text is not shown as text: step over the whole ![alt](destination).
            opening = source.find("![", cursor, limit)
            if opening >= 0:
                cursor = _after_link_tail(source, source.find("]", opening + 2, limit), limit)
        if cursor < 0:
            return


def _after_link_tail(source: str, bracket: int, limit: int) -> int:
    """The offset after a link's ``](destination "title")`` or ``][label]``, given its ``]``;
    -1 when there is no ``]``. A destination can hold the words of the text after the link,
    which must not be traced to it."""
    if bracket < 0:
        return -1
    position = bracket + 1
    if position < limit and source[position] == "[":
        close = source.find("]", position, limit)
        return close + 1 if close >= 0 else position
    if position >= limit or source[position] != "(":
        return position
    depth = 0
    while position < limit:
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    return bracket + 1


def align(content: str, source: str, start: int, limit: int) -> list[Run] | None:
    """Where each character of ``content`` (text as markdown-it shows it) stands in
    ``source[start:limit]``, or None if it cannot be traced there.

    Markup between shown characters (``**``, ``[``, a line's indent) is stepped over; a
    backslash escape or an entity is the one character it shows."""
    runs: list[list[int]] = []  # [content_start, source_start, length], merged when adjacent
    position = start
    index = 0
    while index < len(content):
        if position >= limit:
            return None
        char = content[index]
        consumed, shown_at, width = 0, position, 1
        if source[position] == char:
            consumed = 1
        elif (source[position] == "\\" and char in _ESCAPABLE
              and source[position + 1:position + 2] == char):
            consumed, shown_at = 2, position + 1
        elif source[position] == "&" and (entity := _ENTITY.match(source, position, limit)):
            decoded = unescape(entity.group())
            if decoded and content.startswith(decoded, index):
                consumed, width = len(entity.group()), len(decoded)
        if not consumed:
            position += 1  # markup: not shown
            continue
        for offset in range(width):
            # An entity's characters all stand at its "&"; other characters at themselves.
            _extend(runs, index + offset, shown_at)
        index += width
        position += consumed
    return [Run(*run) for run in runs]


def _extend(runs: list[list[int]], content_index: int, source_index: int) -> None:
    if runs:
        last = runs[-1]
        if last[0] + last[2] == content_index and last[1] + last[2] == source_index:
            last[2] += 1
            return
    runs.append([content_index, source_index, 1])


def marked_html(content: str, runs: Sequence[Run], marks: Sequence[Mark]) -> str:
    """``content`` escaped, the parts inside finding spans wrapped in ``<mark>`` elements that
    name their findings; neighbouring parts with the same findings share one element."""
    pieces: list[tuple[str, tuple[Mark, ...]]] = []
    for run in runs:
        inside = [m for m in marks if m.start < run.source_end and m.end > run.source_start]
        cuts = sorted({run.source_start, run.source_end,
                       *(edge for m in inside for edge in (m.start, m.end)
                         if run.source_start < edge < run.source_end)})
        for low, high in itertools.pairwise(cuts):
            offset = run.content_start - run.source_start
            piece = content[low + offset:high + offset]
            covering = tuple(m for m in inside if m.start <= low and high <= m.end)
            if pieces and pieces[-1][1] == covering:
                pieces[-1] = (pieces[-1][0] + piece, covering)
            else:
                pieces.append((piece, covering))
    return "".join(_piece_html(piece, covering) for piece, covering in pieces)


def _piece_html(piece: str, covering: tuple[Mark, ...]) -> str:
    if not covering:
        return escape(piece)
    worst = _worst(covering)
    names = " ".join(m.element_id for m in covering)
    return (f'<mark class="{worst}" data-severity="{worst}" data-findings="{names}">'
            f"{escape(piece)}</mark>")


def _worst(marks: Sequence[Mark]) -> str:
    return max(marks, key=lambda m: Severity(m.severity).rank).severity
