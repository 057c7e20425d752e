"""HTML comments in articles: suppressions and test annotations, blanked out of the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_DIRECTIVE = re.compile(r"^\s*(factcheck-ignore|expect|ok)\s*(?::\s*([^\n]*?))?\s*$")


@dataclass(frozen=True)
class Annotation:
    directive: str  # 'factcheck-ignore', 'expect' or 'ok'
    rule_ids: tuple[str, ...]
    line: int  # the line the comment starts on
    stands_alone: bool  # the comment is the only thing on its line: it applies to the next line


def blank_comments(text: str) -> tuple[str, list[Annotation]]:
    """Replace every HTML comment by spaces of the same length, keeping newlines.

    Offsets, lines and columns stay those of the file, so spans still point into it, while
    extraction never sees a comment's words.
    """
    annotations: list[Annotation] = []

    def blank(match: re.Match[str]) -> str:
        directive = _DIRECTIVE.match(match.group(1))
        if directive:
            line = text.count("\n", 0, match.start()) + 1
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            after = text[match.end():line_end if line_end >= 0 else None]
            rest = text[line_start:match.start()] + after
            ids = tuple(part for part in re.split(r"[,\s]+", directive.group(2) or "") if part)
            annotations.append(Annotation(directive.group(1), ids, line, not rest.strip()))
        return re.sub(r"[^\n]", " ", match.group(0))

    if "<!--" not in text:
        return text, annotations
    return _COMMENT.sub(blank, text), annotations


def suppressions(annotations: list[Annotation]) -> dict[int, list[str]]:
    """Lines on which findings are suppressed: the comment's line, or the next when it stands alone."""
    suppressed: dict[int, list[str]] = {}
    for annotation in annotations:
        if annotation.directive != "factcheck-ignore":
            continue
        line = annotation.line + 1 if annotation.stands_alone else annotation.line
        suppressed.setdefault(line, []).extend(annotation.rule_ids or ("*",))
    return suppressed
