"""Citation markers, footnotes, URLs, source notes and attributions in one claim."""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.models import Citation, CitationKind, Span

_MARKER_GROUP = re.compile(r"(?:\[\d{1,4}(?:\s*[,–—-]\s*\d{1,4}){0,20}\]\s?){1,20}")
_ONE_MARKER = re.compile(r"\[([\d,\s–—-]{1,120})\]")
_FOOTNOTE = re.compile(r"\[\^(\w{1,12})\]")
_SUPERSCRIPT = re.compile(r"(?<=[\w.,;:)”\"’])([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,4})")
_SUPERSCRIPT_DIGITS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
_URL = re.compile(r"https?://[^\s<>\"')\]]{1,2000}")
_SOURCE_NOTE = re.compile(r"\((?:Source|Sources|Via|Data)\s*:\s*([^()\n]{1,200})\)", re.I)
_ACCORDING = re.compile(
    r"\b(?:according to|as reported by|citing|data from|figures from)\s+"
    r"((?:the\s+)?[\w'’&.-]{1,60}(?:\s+(?!said|says|and\b|which\b|that\b)[\w'’&.-]{1,60}){0,5})",
    re.I)
_SAID = re.compile(
    r"((?:[A-Z][\w'’&.-]{0,40}\s+){0,4}[A-Z][\w'’&.-]{0,40}|(?:the\s+)?(?:officials?|analysts?|"
    r"economists?|experts?|researchers?|ministry|agency|government|company|report|study|survey|"
    r"spokesman|spokeswoman|spokesperson))\s+(?:said|says|told|reported|estimated|estimates|"
    r"noted|found|announced|wrote)\b")
_SAID_AFTER = re.compile(
    r"\b(?:said|says|told reporters|according to)\s+((?:[A-Z][\w'’&.-]{0,40}\s*){1,4})(?=[,.]|$)")
_STOP_SOURCE = re.compile(r"[,.;:]\s*$")


def expand(body: str) -> list[str]:
    """'1, 3–5' → ['1', '3', '4', '5'] (ranges capped at 50 ids)."""
    ids: list[str] = []
    for part in re.split(r"\s*,\s*", body.strip()):
        bounds = re.split(r"\s*[–—-]\s*", part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
            low, high = int(bounds[0]), int(bounds[1])
            if low <= high and high - low <= 50:
                ids.extend(str(n) for n in range(low, high + 1))
                continue
        ids.extend(bound for bound in bounds if bound.isdigit())
    return ids


def find_citations(text: str, offset: int, span: Callable[[int, int], Span]
                   ) -> tuple[list[Citation], str | None]:
    """Citations of a claim whose text starts at ``offset``; and its attribution, if any."""
    found: list[Citation] = []
    for group in _MARKER_GROUP.finditer(text):
        raw = group.group(0).rstrip()
        ids = [ref for one in _ONE_MARKER.finditer(raw) for ref in expand(one.group(1))]
        if ids:
            start = offset + group.start()
            found.append(Citation(kind=CitationKind.MARKER, text=raw, ids=tuple(dict.fromkeys(ids)),
                                  span=span(start, start + len(raw))))
    for match in _FOOTNOTE.finditer(text):
        start = offset + match.start()
        found.append(Citation(kind=CitationKind.FOOTNOTE, text=match.group(0),
                              ids=(match.group(1),), span=span(start, offset + match.end())))
    for match in _SUPERSCRIPT.finditer(text):
        start = offset + match.start(1)
        found.append(Citation(kind=CitationKind.FOOTNOTE, text=match.group(1),
                              ids=(match.group(1).translate(_SUPERSCRIPT_DIGITS),),
                              span=span(start, offset + match.end(1))))
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:")
        start = offset + match.start()
        found.append(Citation(kind=CitationKind.URL, text=url, source=url,
                              span=span(start, start + len(url))))
    attribution = None
    for match in _SOURCE_NOTE.finditer(text):
        source = match.group(1).strip()
        found.append(Citation(kind=CitationKind.SOURCE_NOTE, text=match.group(0), source=source,
                              span=span(offset + match.start(), offset + match.end())))
        attribution = attribution or source
    for pattern in (_ACCORDING, _SAID, _SAID_AFTER):
        for match in pattern.finditer(text):
            source = _clean_source(match.group(1))
            if not source or _MARKER_GROUP.fullmatch(source):
                continue
            found.append(Citation(kind=CitationKind.ATTRIBUTION, text=match.group(0).strip(),
                                  source=source,
                                  span=span(offset + match.start(), offset + match.end())))
            attribution = attribution or source
    found.sort(key=lambda citation: citation.span.start)
    return found, attribution


def _clean_source(source: str) -> str:
    source = _STOP_SOURCE.sub("", source.strip())
    source = re.sub(r"\s*\[[^\]]*\]\s*$", "", source)
    return source.strip()
