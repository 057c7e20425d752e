"""The text extraction reads: a document's text with figure disguises undone.

An article can hide a figure from every rule while showing it to readers: ``1\u200b40%`` with a
zero-width space, full-width ``１４０％``, Arabic-Indic ``١٤٠٪``, or ``14O%`` with a letter O.
Extraction reads a copy where format characters (Unicode category Cf: zero-width spaces, word
joiners, soft hyphens, bidi controls) are removed, every decimal digit is its ASCII digit, the
full-width and Arabic percent, currency and separator signs are ASCII, a vulgar fraction is its
decimals ("10½" reads 10.5), and a letter O inside a figure is a zero. Only characters that
can form a figure are rewritten (the compatibility forms NFKC would give for them), so Chinese
punctuation, superscripts and ellipses keep their meaning.

Spans must still point into the file, so when characters are removed or one is read as several
a ``Reading`` keeps the file offset of each character it reads and its index maps offsets back.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from factcheck.models.span import LineIndex, Span

# Characters that may need rewriting: everything but ASCII, accented Latin and CJK ideographs.
_CANDIDATE = re.compile("[^\x00-\x7f\u00c0-\u024f\u4e00-\u9fff]")
# Signs that NFKC folds to ASCII (full-width, small forms) and the Arabic ones it leaves alone.
_SIGNS = {"\uff05": "%", "\ufe6a": "%", "\u066a": "%", "\uff04": "$", "\ufe69": "$",
          "\uffe1": "£", "\uffe5": "¥"}
# Separators that are only a figure's when they stand between its digits.
_SEPARATORS = {"\uff0c": ",", "\uff0e": ".", "\u066b": ".", "\u066c": ","}
_SEPARATOR_IN_FIGURE = re.compile("(?<=[0-9])[\uff0c\uff0e\u066b\u066c](?=[0-9])")
# A thin, narrow or no-break space between a figure's groups of three digits: "1 200 000".
_GROUP_SPACE = re.compile("(?<=[0-9])[\u2009\u202f\u00a0](?=[0-9]{3}(?![0-9]))")
# A letter O among a figure's digits: "14O%", "1,O00", "2O19"; not "H2O" (a letter before).
# (Its first character first, the word boundary before it looked behind for: a pattern that
# opens with a character class is searched for by that class, where one that opens with "\b"
# is tried at every position, twice as slow.)
_LETTER_O_IN_FIGURE = re.compile(r"[0-9Oo](?<!\w[0-9Oo])"
                                 r"(?:(?<=[0-9])[0-9,.]*[Oo][0-9Oo,.]*(?![A-Za-z])|(?<=[Oo])(?=[.,][0-9]))")


@dataclass(frozen=True)
class Reading:
    """``text`` as extraction reads it, and how its offsets map back to the file's."""

    text: str
    index: LineIndex
    origin: tuple[int, ...] | None = None  # file offset of each read character, then the end

    def __post_init__(self) -> None:
        if self.origin is None:  # nearly always: no indirection on extraction's hottest call
            object.__setattr__(self, "span", self.index.span)

    def span(self, start: int, end: int) -> Span:
        """The file's span of ``text[start:end]``."""
        assert self.origin is not None
        # Parts found through other parts' file spans (an actor through a name's) are placed
        # by file offsets, which run past the read text by as many characters as were removed:
        # such a span ends at the text's end rather than failing the document.
        last = len(self.origin) - 1
        start, end = min(start, last), min(end, last)
        file_end = self.origin[end - 1] + 1 if end > start else self.origin[start]
        return self.index.span(self.origin[start], file_end)

    def position(self, offset: int) -> tuple[int, int]:
        return self.index.position(offset if self.origin is None else self.origin[offset])

    def offset(self, file_offset: int) -> int:
        """Where the file's offset ``file_offset`` is in ``text``."""
        if self.origin is None:
            return file_offset
        return bisect_left(self.origin, file_offset)


# The sources stage reads the article's text, then each source's, then extract the article's
# again: kept for more than one text, so the article's is still there (a few texts' indexes).
@lru_cache(maxsize=16)
def reading(text: str) -> Reading:
    """The text extraction reads from ``text``, a file's text (see the module's docstring)."""
    index = LineIndex(text)
    if not text.isascii() and _CANDIDATE.search(text):
        text, origin = _undisguise(text)
    else:
        origin = None
    if "O" in text or "o" in text:
        text = _LETTER_O_IN_FIGURE.sub(lambda m: m.group().replace("O", "0").replace("o", "0"),
                                       text)
    return Reading(text, index, origin)


def _undisguise(text: str) -> tuple[str, tuple[int, ...] | None]:
    pieces: list[str] = []
    kept_from = 0
    changed: list[tuple[int, int]] = []  # (file offset, characters read for it) where not one
    for match in _CANDIDATE.finditer(text):
        char = match.group()
        position = match.start()
        replacement = _replacement(char, text[position - 1:position])
        if replacement == char:
            continue
        pieces.append(text[kept_from:position])
        pieces.append(replacement)
        kept_from = position + 1
        if len(replacement) != 1:
            changed.append((position, len(replacement)))
    pieces.append(text[kept_from:])
    read = "".join(pieces)
    if _SEPARATOR_IN_FIGURE.search(read):
        read = _SEPARATOR_IN_FIGURE.sub(lambda m: _SEPARATORS[m.group()], read)
    if _GROUP_SPACE.search(read):
        read = _GROUP_SPACE.sub(",", read)  # one character for one: offsets stay
    if not changed:
        return read, None
    return read, _origin(len(text), changed)


def _replacement(char: str, before: str) -> str:
    if char in _SIGNS:
        return _SIGNS[char]
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)
    if unicodedata.category(char) == "Cf":
        return ""
    part = unicodedata.numeric(char, None) if unicodedata.category(char) == "No" else None
    if part is not None and 0 < part < 1:
        # a vulgar fraction: "10½" is 10.5 ("½" alone, 0.5)
        decimal = f"{part:.2f}".rstrip("0")[1:]
        return decimal if before.isdigit() else f"0{decimal}"
    return char


def _origin(length: int, changed: list[tuple[int, int]]) -> tuple[int, ...]:
    """The file offset of each character read, where the characters at the offsets of
    ``changed`` were read as so many (none: removed; two or more: "½" read as ".5"), then
    ``length``."""
    counts = dict(changed)
    origin: list[int] = []
    for offset in range(length):
        origin.extend([offset] * counts.get(offset, 1))
    return (*origin, length)
