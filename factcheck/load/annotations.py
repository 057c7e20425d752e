"""HTML comments in articles: suppressions and test annotations, blanked out of the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_DIRECTIVE = re.compile(
    r"^\s*(factcheck-ignore|expect|ok|todo|facts)\s*(?::\s*([^\n]*?))?\s*$")


@dataclass(frozen=True)
class Annotation:
    # 'factcheck-ignore'; or, for `rules test`, 'expect' (the line must get the finding), 'ok'
    # (it must not), 'todo' (it should, but does not yet: a known miss, as Semgrep's todoruleid)
    # or 'facts' (the ledger the fixture is tested against; its "rule ids" are the paths)
    directive: str
    rule_ids: tuple[str, ...]
    line: int  # the line the comment starts on
    stands_alone: bool  # the comment is the only thing on its line: it applies to the next line
    start: int = 0  # the comment's offsets in the text
    end: int = 0


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
            annotations.append(Annotation(directive.group(1), ids, line, not rest.strip(),
                                          match.start(), match.end()))
        return re.sub(r"[^\n]", " ", match.group(0))

    if "<!--" not in text:
        return text, annotations
    return _COMMENT.sub(blank, text), annotations


def names_a_rule(pattern: str) -> bool:
    """Whether a suppression's rule id names a rule or a pack (``citation.unresolved``,
    ``citation``, ``citation.*``). ``all``, ``*`` and the like name none: an article could
    otherwise silence every check on a line with one word."""
    stem = pattern.rstrip(".*")
    return bool(stem) and stem.lower() != "all"


def suppressions(annotations: list[Annotation]) -> dict[int, list[str]]:
    """Lines on which findings are suppressed: the comment's line, or the next when it stands
    alone, with the rules each suppression names; a rule id that names no rule is left out."""
    suppressed: dict[int, list[str]] = {}
    for annotation in annotations:
        if annotation.directive != "factcheck-ignore":
            continue
        named = [rule for rule in annotation.rule_ids if names_a_rule(rule)]
        if named:
            line = annotation.line + 1 if annotation.stands_alone else annotation.line
            suppressed.setdefault(line, []).extend(named)
    return suppressed


def unnamed_suppressions(annotations: list[Annotation]) -> list[Annotation]:
    """Suppressions without a rule id, or with one that names no rule (``all``, ``*``): they
    silence nothing, and each is reported."""
    return [annotation for annotation in annotations
            if annotation.directive == "factcheck-ignore"
            and (not annotation.rule_ids
                 or not all(names_a_rule(rule) for rule in annotation.rule_ids))]
