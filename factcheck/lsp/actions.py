"""The edits behind the server's code actions, as plain text edits (no protocol types here).

- Silence a rule on a line: ``<!-- factcheck-ignore: rule.id -->`` at the end of the line the
  finding starts on (factcheck/load/annotations.py: a comment that shares its line with text
  silences that line). At the end, not on a line of its own above: a comment line is blank
  once comments are blanked out, so inside a paragraph or a list item it would split the block
  in two and change the claims read from it. A factcheck-ignore comment already on the line
  gets the rule added instead.
- A reference stub for an unresolved marker: ``[n] `` under the References heading, which is
  made if missing, for the writer to fill in.

Structured (YAML/JSON) articles get neither: their loader reads no comments, and a reference
there is a mapping the writer should type with its fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The loader's own patterns, so a stub goes where the loader looks for the reference list.
from factcheck.load.layout import _HEADING, _REFERENCES_TITLE
from factcheck.lsp.positions import LineMap

# Findings an inline comment cannot silence (factcheck/pipeline.py adds them after the
# suppressions are applied), so no action offers to.
UNSUPPRESSIBLE = frozenset({"engine.truncated", "suppression.unnamed"})

_IGNORE_COMMENT = re.compile(r"<!--\s*factcheck-ignore\s*(?::\s*([^\n]*?))?\s*-->")


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` by ``new_text``."""

    start: int
    end: int
    new_text: str

    def apply(self, text: str) -> str:
        return text[:self.start] + self.new_text + text[self.end:]


def ignore_edit(text: str, offset: int, rule_id: str) -> Edit | None:
    """The edit that silences ``rule_id`` on the line holding ``offset``; None where no comment
    can do it (the rule cannot be silenced, or the line opens an HTML comment it does not
    close, which would swallow the new one)."""
    if rule_id in UNSUPPRESSIBLE:
        return None
    lines = LineMap(text)
    line = lines.line_of(offset)
    start, end = lines.starts[line], lines.line_end(line)
    content = text[start:end]
    for match in _IGNORE_COMMENT.finditer(content):
        if not (content[:match.start()] + content[match.end():]).strip():
            continue  # a comment alone on its line silences the next line, not this one
        named = [part for part in re.split(r"[,\s]+", match.group(1) or "") if part]
        if rule_id in named:
            return None
        comment = f"<!-- factcheck-ignore: {', '.join([*named, rule_id])} -->"
        return Edit(start + match.start(), start + match.end(), comment)
    if content.rfind("<!--") > content.rfind("-->"):
        return None
    return Edit(end, end, f" <!-- factcheck-ignore: {rule_id} -->")


def stub_line(ref_id: str, marker: str) -> str:
    """``[3] `` for marker ``[3]``; ``[^3]: `` for a footnote marker ``[^3]``."""
    if marker.startswith("[^"):
        return f"[^{ref_id.lstrip('^')}]: "
    return f"[{ref_id}] "


def reference_stub(text: str, ref_id: str, marker: str, markdown: bool = True) -> Edit:
    """A stub entry for ``ref_id`` at the end of the article's reference list, after a blank
    line (an entry's next line would otherwise be read as its continuation), or a new
    References section at the end of the text (a Markdown heading, or the word alone in a plain
    text article, as the loader reads either).

    The stub is not a reference until the writer types its source after the marker, so the
    marker stays flagged until then, as it should.
    """
    newline = "\r\n" if "\r\n" in text else "\n"
    stub = stub_line(ref_id, marker)
    lines = LineMap(text)
    count = len(lines.starts)

    def content(line: int) -> str:
        return text[lines.starts[line]:lines.line_end(line)]

    titles = [line for line in range(count) if _REFERENCES_TITLE.match(content(line))]
    if titles:
        title = titles[-1]
        section_end = next((line for line in range(title + 1, count)
                            if _HEADING.match(content(line))), count)
        last = max((line for line in range(title, section_end) if content(line).strip()),
                   default=title)
        at = lines.line_end(last)
        return Edit(at, at, f"{newline}{newline}{stub}")
    heading = "## References" if markdown else "References"
    if not text.strip() or text.endswith(newline + newline):
        separator = ""
    elif text.endswith(newline):
        separator = newline
    else:
        separator = newline + newline
    return Edit(len(text), len(text), f"{separator}{heading}{newline}{newline}{stub}{newline}")
