"""Citation markers, footnotes, URLs, source notes and attributions in one claim."""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.extract.chinese import has_han
from factcheck.extract.lookup import LexiconLookup
from factcheck.models import Citation, CitationKind, Span
from factcheck.models.trusted import trusted

# "[1]", and the full-width and lenticular brackets Chinese text uses: "［1］", "【1】".
# (the first marker written out before the others: a pattern that opens with a character class
# is searched for by that class, where one that opens with a repetition is tried at every
# position)
_MARKER = r"[\[［【]\d{1,4}(?:\s*[,，–—-]\s*\d{1,4}){0,20}[\]］】]\s?"
_MARKER_GROUP = re.compile(rf"{_MARKER}(?:{_MARKER}){{0,19}}")
_ONE_MARKER = re.compile(r"[\[［【]([\d,，\s–—-]{1,120})[\]］】]")
_CARET_MARKER = re.compile(r"(?<=[^\s\d^])\^(\d{1,3})(?!\d)")
_FOOTNOTE = re.compile(r"\[\^(\w{1,12})\]")
_SUPERSCRIPT = re.compile(r"(?<=[\w.,;:)”\"’])([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,4})")
_SUPERSCRIPT_CHAR = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]")
_SUPERSCRIPT_DIGITS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
_URL = re.compile(r"https?://[^\s<>\"')\]]{1,2000}")
_SOURCE_NOTE = re.compile(r"\((?:Source|Sources|Via|Data)\s*:\s*([^()\n]{1,200})\)", re.I)
_STOP_SOURCE = re.compile(r"[,.;:]\s*$")


class Attributions:
    """The patterns an attribution is read with ("according to X", "X said", "analysts said",
    "said X"; "据新华社报道", "专家称"), built once per lexicon from its word lists
    (rules/lexicons/citations.yaml), each with the words one of which a sentence must contain
    for the pattern to be tried: most sentences have none, and a substring test is far cheaper
    than letting a pattern try every position (tested on the lower-cased text: a necessary
    condition even for the case-sensitive patterns)."""

    def __init__(self, lex: LexiconLookup) -> None:
        phrases, verbs = lex.words("attribution_phrases"), lex.words("attribution_verbs")
        before_names = lex.words("attribution_before_names")
        according = re.compile(
            rf"\b(?:{lex.alternation('attribution_phrases')})\s+"
            r"((?:the\s+)?[\w'’&.-]{1,60}(?:\s+(?!said|says|and\b|which\b|that\b)"
            r"[\w'’&.-]{1,60}){0,5})", re.IGNORECASE)
        # "Owen Marsh said", "Its chief executive, Owen Marsh, said", "the department said"
        verb = rf"(?:{lex.alternation('attribution_verbs')})\b"
        said = re.compile(
            r"((?:[A-Z][\w'’&.-]{0,40}\s+){0,4}[A-Z][\w'’&.-]{0,40}|(?:the\s+)?"
            rf"(?:{lex.alternation('attribution_nouns')}))(?:,(?=\s+{verb}))?\s+{verb}")
        said_after = re.compile(
            rf"\b(?:{lex.alternation('attribution_before_names')})\s+"
            r"((?:[A-Z][\w'’&.-]{0,40}\s*){1,4})(?=[,.]|$)")
        # Chinese: "据新华社报道" (据 X and a report word), "商务部发言人表示" (X and a speech verb)
        reports = lex.alternation("attribution_report_words", chinese=True)
        chinese_verbs = lex.alternation("attribution_verbs", chinese=True)
        chinese_according = re.compile(rf"据([^，。；,;：:\s]{{1,20}}?)(?:{reports})")
        chinese_said = re.compile(
            rf"(?:^|[，。；,;：:\s])([^，。；,;：:\s\d%％]{{1,20}}?)(?:{chinese_verbs})")
        self.patterns: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
            (according, tuple(phrases)),
            (said, tuple(verb for verb in verbs if not has_han(verb))),
            (said_after, tuple(before_names)),
            (chinese_according, ("据",)),
            (chinese_said, tuple(verb for verb in verbs if has_han(verb))),
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


def cited_ids(text: str) -> set[str]:
    """Every reference id that a marker or footnote of ``text`` cites, without a footnote's
    "^" (a whole document's text may give more than its claims do, never fewer): which
    sources need reading."""
    # Each bracket alone: every marker of a group is one, and a few brackets more do no harm.
    ids = {ref for body in _ONE_MARKER.findall(text) for ref in expand(body)}
    ids.update(match.group(1) for match in _FOOTNOTE.finditer(text))
    if "^" in text:
        ids.update(match.group(1) for match in _CARET_MARKER.finditer(text))
    if _SUPERSCRIPT_CHAR.search(text):
        ids.update(match.group(1).translate(_SUPERSCRIPT_DIGITS)
                   for match in _SUPERSCRIPT.finditer(text))
    return ids


def find_citations(text: str, offset: int, span: Callable[[int, int], Span],
                   lookup: LexiconLookup | None = None) -> tuple[list[Citation], str | None]:
    """Citations of a claim whose text starts at ``offset``; and its attribution, if any,
    read with ``lookup``'s lexicon ("X said", "according to X"; none without a lookup)."""
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
    if lookup is not None:
        _attributions(text, offset, span, found, lookup.derived(Attributions))
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
                  found: list[Citation], attributions: Attributions) -> None:
    lower = text.lower()
    for pattern, needs in attributions.patterns:
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
