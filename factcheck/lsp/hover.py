"""What a hover on a flagged span shows, as Markdown: the finding, its evidence (the source
passage, the other claim of a pair) and what `factcheck rules explain` says of its rule.

Article and source text is untrusted (SECURITY.md): it is shown inside code fences, where
Markdown and HTML are not interpreted, with control and format characters escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from factcheck.dsl.ruleset import RuleSet
from factcheck.models import Finding
from factcheck.rulesdoc import explain
from factcheck.visible import visible

# Evidence shown in words of its own; the rest is listed as "key: value" when it is plain.
_PASSAGE_KEYS = ("source_passage",)
_LONGEST = 600  # characters of one passage or claim shown; a hover is not a reading pane


def fenced(text: str, info: str = "text") -> str:
    """``text`` in a code fence longer than any run of backticks inside it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text}\n{fence}"


def _shown(text: str) -> str:
    lines = [visible(line) for line in text.splitlines()] or [""]
    shown = "\n".join(lines)
    return shown if len(shown) <= _LONGEST else shown[:_LONGEST] + " …"


def _plain(value: Any) -> str | None:
    if isinstance(value, str | int | float | bool):
        return str(value)
    if isinstance(value, list | tuple) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    return None


def finding_markdown(finding: Finding, ruleset: RuleSet | None) -> str:
    parts = [f"**{finding.rule_id}** ({finding.severity.value}): {_escape(finding.message)}"]
    if finding.suggestion:
        parts.append(f"*Suggestion:* {_escape(finding.suggestion)}")
    for related in finding.related:
        parts.append(f"The other claim (line {related.span.line}):\n\n"
                     + fenced(_shown(related.text)))
    passage = finding.source_passage
    if passage is not None and passage.strip():
        parts.append("The source passage:\n\n" + fenced(_shown(passage)))
    facts = [f"{key}: {shown}" for key, value in finding.evidence.items()
             if key not in _PASSAGE_KEYS and (shown := _plain(value)) is not None]
    if facts:
        parts.append("Evidence:\n\n" + fenced(_shown("\n".join(facts))))
    explained = explain(ruleset, finding.rule_id) if ruleset is not None else None
    if explained:
        parts.append(f"`factcheck rules explain {finding.rule_id}`:\n\n"
                     + fenced(explained.rstrip("\n")))
    return "\n\n".join(parts)


def hover_markdown(findings: Iterable[Finding], ruleset: RuleSet | None) -> str | None:
    shown = [finding_markdown(finding, ruleset) for finding in findings]
    return "\n\n---\n\n".join(shown) if shown else None


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def _escape(text: str) -> str:
    """A message on one line with Markdown's special characters escaped: a message quotes the
    article ("Citation [1] points to…"), which must not become a link or markup."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", visible(text))
