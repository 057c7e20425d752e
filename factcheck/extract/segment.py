"""Sentence boundaries inside a block, as character offsets.

A hand-written splitter: pysbd, the library made for this, needs 11–18 ms per 1,000 words for
sentence boundaries alone, more than all of extraction (3.5–8 ms). This one is a single linear
scan that knows abbreviations (``U.S.``, ``Dr.``, ``No. 10``, ``e.g.``), decimals, quotes,
parentheses, citation markers after a full stop, and Chinese sentence punctuation. The
abbreviations are the lexicon's (rules/lexicons/sentences.yaml): ``abbreviations``, the
``final_abbreviations`` that may end a sentence, and the ``sentence_starters`` that tell so.
"""

from __future__ import annotations

import re

from factcheck.extract.lookup import LexiconLookup, default_lookup
from factcheck.models.span import trimmed

# (The terminator's first character is a class of its own, its run told apart behind it: a
# pattern that opens with a character class is searched for by that class, where one that
# opens with two alternatives is tried at every position, three times slower.)
_END = re.compile(
    r"""(?P<stop>[.!?。！？；](?:(?<=[.!?])[.!?]*|(?<=[。！？；])[。！？；]*))  # the terminator
        (?P<close>(?:["'”’)\]»]|\s'(?=\s|$|[\[［【]))*)  # closing quotes or brackets (" '": tokenized)
        (?P<markers>(?:\s?[ \t]{0,2}[\[［【]\^?[\d,，\s–-]{1,20}[\]］】])*)  # markers after the stop
        (?P<space>\s+|$)?""",
    re.VERBOSE,
)


# A name's initials: "J." or "S.R." ("S.R. Kulkarni", as "S. R. Kulkarni" is read letter by
# letter)
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")


def _word_before(text: str, begin: int, stop: int) -> str:
    """The run of word characters and dots just before ``stop`` (scanned backwards: linear)."""
    start = stop
    while start > begin and (text[start - 1].isalnum() or text[start - 1] in "._"):
        start -= 1
    return text[start:stop]


def sentences(text: str, start: int, end: int,
              lookup: LexiconLookup | None = None) -> list[tuple[int, int]]:
    """Half-open spans of the sentences of ``text[start:end]``, whitespace trimmed, with the
    abbreviations of ``lookup``'s lexicon (the built-in one by default)."""
    lookup = lookup or default_lookup()
    spans: list[tuple[int, int]] = []
    begin = start
    depth = quoted = straight = curly = 0
    position = quoted_to = start
    for match in _END.finditer(text, start, end):
        depth += _depth_change(text, position, match.start())
        position = match.start()
        stop = match.group("stop")
        chinese = stop[0] in "。！？；"
        if match.group("space") is None and not chinese:
            continue  # "2.5", "U.S.-China", "example.com": no space after the stop
        boundary = match.end("markers") if match.group("markers") else match.end("close")
        # counted as far as the closing quotes, once each ("` … . '": the quote closes here)
        quoted += _quote_change(text, quoted_to, match.end("close"))
        straight += text.count('"', quoted_to, match.end("close"))
        curly += (text.count("“", quoted_to, match.end("close"))
                  - text.count("”", quoted_to, match.end("close")))
        quoted_to = max(quoted_to, match.end("close"))
        inside = (straight % 2 or curly > 0) and _quotation_goes_on(text, match.end(), end)
        if not chinese and (quoted > 0 or inside or not _is_boundary(text, match, begin, end,
                                                                     depth, lookup)):
            continue
        spans.append((begin, boundary))
        begin = match.end()
        depth = quoted = straight = curly = 0
        position = quoted_to = begin
    if begin < end:
        spans.append((begin, end))
    return [piece for span in spans for line in _table_lines(text, *span)
            if (piece := trimmed(text, *line))[0] < piece[1]]


# A line this short without a full stop is a cell of a table or a list, not wrapped prose.
TABLE_LINE_WORDS = 8
_LINE = re.compile(r"[^\n]*(?:\n|$)")


def _table_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The piece split after a short line that ends no sentence when a line of the same kind, or
    a capitalized one, follows: the cells of a table ("Jon Grant", "38%") are not one claim,
    whereas prose wrapped at a line's width is."""
    if "\n" not in text[start:end]:
        return [(start, end)]
    lines = [(line.start(), line.end()) for line in _LINE.finditer(text, start, end)
             if line.end() > line.start()]
    cells = [_is_cell(text[a:b]) for a, b in lines]
    pieces = []
    begin = start
    for index in range(len(lines) - 1):
        following = text[lines[index + 1][0]:lines[index + 1][1]].lstrip()[:1]
        if cells[index] and (cells[index + 1] or following.isupper()):
            pieces.append((begin, lines[index][1]))
            begin = lines[index][1]
    pieces.append((begin, end))
    return pieces


def _is_cell(line: str) -> bool:
    body = line.strip()
    return bool(body) and len(body.split()) <= TABLE_LINE_WORDS and body[-1] not in _ENDS_TEXT


_ENDS_TEXT = ".!?:;,。！？；"
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def _quote_change(text: str, start: int, end: int) -> int:
    """Quotations opened minus closed as tokenized text writes them, "` … '": "said : ` i love
    my job . the money wo n't change that ' [1] ." is one sentence. (A Markdown code span,
    "`x`", has no space after its backtick; a tokenized possessive, "the met 's", closes
    nothing.)"""
    return text.count("` ", start, end) - len(_TOKENIZED_CLOSE.findall(text, start, end))


_TOKENIZED_CLOSE = re.compile(r" '(?!\w)")


def _quotation_goes_on(text: str, after: int, end: int) -> bool:
    """Whether a quotation open at a stop closes within ``QUOTATION_REACH`` characters of its
    paragraph: 'said: "It was cold. [1] We left."' is one sentence, whatever marker a writer
    or a tool set inside it. A quotation mark with no close near is a stray: the stop ends
    its sentence."""
    reach = text[after:min(end, after + QUOTATION_REACH)].split("\n\n", 1)[0]
    return '"' in reach or "”" in reach


# How far past a stop inside a quotation its closing mark may stand (one or two sentences of
# speech).
QUOTATION_REACH = 400


def _depth_change(text: str, start: int, end: int) -> int:
    piece = text[start:end]
    return piece.count("(") - piece.count(")")


def _is_boundary(text: str, match: re.Match[str], begin: int, end: int, depth: int,
                 lookup: LexiconLookup) -> bool:
    if depth > 0:
        return False  # inside parentheses
    after = match.end()
    if after >= end:
        return True
    if match.group("markers") or (match.start() > begin and text[match.start() - 1] == " "):
        # "… in kent . [1] he got away": a citation marker after the stop, or a stop set
        # apart as tokenized text sets it, ends a sentence whatever case the next word has
        # (summarization models often write in lower case)
        return True
    following = text[after:after + 1]
    if not (following.isupper() or following.isdigit() or following in "\"“'‘([" or
            "\u4e00" <= following <= "\u9fff"):
        return False
    if match.group("stop") != ".":
        return True
    token = _word_before(text, begin, match.start()).lower().rstrip(".")
    if token in lookup.abbreviations or _INITIALS.fullmatch(token):
        next_word = _FIRST_WORD.match(text, after, after + 20)
        # "the U.S. The talks…" ends a sentence; "U.S. Treasury" and "Dr. Smith" do not.
        return bool(next_word and next_word.group(0).lower() in lookup.sentence_starters
                    and token in lookup.final_abbreviations)
    return not (token == "no" and following.isdigit())
