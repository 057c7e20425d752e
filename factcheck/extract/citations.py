"""Citation markers, footnotes, URLs, source notes and attributions in one claim."""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.models import Citation, CitationKind, Span
from factcheck.models.trusted import trusted

# "[1]", and the full-width and lenticular brackets Chinese text uses: "［1］", "【1】".
_MARKER_GROUP = re.compile(
    r"(?:[\[［【]\d{1,4}(?:\s*[,，–—-]\s*\d{1,4}){0,20}[\]］】]\s?){1,20}")
_ONE_MARKER = re.compile(r"[\[［【]([\d,，\s–—-]{1,120})[\]］】]")
_CARET_MARKER = re.compile(r"(?<=[^\s\d^])\^(\d{1,3})(?!\d)")
_FOOTNOTE = re.compile(r"\[\^(\w{1,12})\]")
_SUPERSCRIPT = re.compile(r"(?<=[\w.,;:)”\"’])([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,4})")
_SUPERSCRIPT_CHAR = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]")
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
# Chinese attributions: "据新华社报道", "商务部发言人表示", "专家称", "报告指出".
_CN_ACCORDING = re.compile(r"据([^，。；,;：:\s]{1,20}?)(?:报道|消息|统计|数据|显示|介绍|称)")
_CN_SAID = re.compile(
    r"(?:^|[，。；,;：:\s])([^，。；,;：:\s\d%％]{1,20}?)(?:表示|指出|称|说|认为|透露|宣布)")

# Literal words each attribution pattern needs: most sentences have none, and a substring test
# is far cheaper than letting the pattern try every position.
# Tested on the lower-cased text: a necessary condition even for the case-sensitive patterns.
ATTRIBUTIONS = (
    (_ACCORDING, ("according to", "reported by", "citing", "data from", "figures from")),
    (_SAID, ("said", "says", "told", "reported", "estimate", "noted", "found", "announced",
             "wrote")),
    (_SAID_AFTER, ("said", "says", "told reporters", "according to")),
    (_CN_ACCORDING, ("据",)),
    (_CN_SAID, ("表示", "指出", "称", "说", "认为", "透露", "宣布")),
)


def expand(body: str) -> list[str]:
    """'1, 3–5' → ['1', '3', '4', '5'] (ranges capped at 50 ids)."""
    if body.isdigit():
        return [body]
    ids: list[str] = []
    for part in re.split(r"\s*[,，]\s*", body.strip()):
        bounds = re.split(r"\s*[–—-]\s*", part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
            low, high = int(bounds[0]), int(bounds[1])
            if low <= high and high - low <= 50:
                ids.extend(str(n) for n in range(low, high + 1))
                continue
        ids.extend(bound for bound in bounds if bound.isdigit())
    return ids


def find_citations(text: str, offset: int, span: Callable[[int, int], Span],
                   attributions: bool = True) -> tuple[list[Citation], str | None]:
    """Citations of a claim whose text starts at ``offset``; and its attribution, if any
    (``attributions=False`` skips reading "X said" and "according to X")."""
    found: list[Citation] = []
    if "[" in text or "［" in text or "【" in text:
        _markers(text, offset, span, found)
    if "^" in text:
        _caret_markers(text, offset, span, found)
    if "://" in text:
        _urls(text, offset, span, found)
    if _SUPERSCRIPT_CHAR.search(text):
        _superscripts(text, offset, span, found)
    if "(" in text:
        _source_notes(text, offset, span, found)
    if attributions:
        _attributions(text, offset, span, found)
    # Before sorting: a source note outranks an attribution, "according to" outranks "said".
    named = (c.source for c in found if c.kind in (CitationKind.SOURCE_NOTE,
                                                     CitationKind.ATTRIBUTION))
    attribution = next(named, None)
    found.sort(key=lambda citation: citation.span.start)
    return found, attribution


def _markers(text: str, offset: int, span: Callable[[int, int], Span],
             found: list[Citation]) -> None:
    for group in _MARKER_GROUP.finditer(text):
        raw = group.group(0).rstrip()
        ids = [ref for one in _ONE_MARKER.finditer(raw) for ref in expand(one.group(1))]
        if ids:
            start = offset + group.start()
            found.append(trusted(Citation, kind=CitationKind.MARKER, text=raw, ids=tuple(dict.fromkeys(ids)),
                                  span=span(start, start + len(raw))))
    for match in _FOOTNOTE.finditer(text):
        start = offset + match.start()
        found.append(trusted(Citation, kind=CitationKind.FOOTNOTE, text=match.group(0),
                              ids=(match.group(1),), span=span(start, offset + match.end())))


def _caret_markers(text: str, offset: int, span: Callable[[int, int], Span],
                   found: list[Citation]) -> None:
    """"增长了20%^1": a caret and the note's number, as some Chinese sites and wikis write."""
    for match in _CARET_MARKER.finditer(text):
        start = offset + match.start()
        found.append(trusted(Citation, kind=CitationKind.MARKER, text=match.group(0),
                             ids=(match.group(1),), span=span(start, offset + match.end())))


def _urls(text: str, offset: int, span: Callable[[int, int], Span],
          found: list[Citation]) -> None:
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:")
        start = offset + match.start()
        found.append(trusted(Citation, kind=CitationKind.URL, text=url, source=url,
                              span=span(start, start + len(url))))


def _superscripts(text: str, offset: int, span: Callable[[int, int], Span],
                  found: list[Citation]) -> None:
    for match in _SUPERSCRIPT.finditer(text):
        start = offset + match.start(1)
        found.append(trusted(Citation, kind=CitationKind.FOOTNOTE, text=match.group(1),
                              ids=(match.group(1).translate(_SUPERSCRIPT_DIGITS),),
                              span=span(start, offset + match.end(1))))


def _source_notes(text: str, offset: int, span: Callable[[int, int], Span],
                  found: list[Citation]) -> None:
    for match in _SOURCE_NOTE.finditer(text):
        found.append(trusted(Citation, kind=CitationKind.SOURCE_NOTE, text=match.group(0),
                              source=match.group(1).strip(),
                              span=span(offset + match.start(), offset + match.end())))


def _attributions(text: str, offset: int, span: Callable[[int, int], Span],
                  found: list[Citation]) -> None:
    lower = text.lower()
    for pattern, needs in ATTRIBUTIONS:
        if not any(map(lower.__contains__, needs)):
            continue
        for match in pattern.finditer(text):
            source = _clean_source(match.group(1))
            if source and not _MARKER_GROUP.fullmatch(source):
                found.append(trusted(Citation, kind=CitationKind.ATTRIBUTION, text=match.group(0).strip(),
                                      source=source,
                                      span=span(offset + match.start(), offset + match.end())))


def _clean_source(source: str) -> str:
    source = _STOP_SOURCE.sub("", source.strip())
    source = re.sub(r"\s*\[[^\]]*\]\s*$", "", source)
    return source.strip()
