"""Proper names in a claim, from any beat: people, organizations, places, products.

The gazetteer knows a few dozen actors; a summary that swaps a chief executive's name or
invents a company names someone it has never heard of. So names are read from the text itself:
a run of capitalized words ("Dana Whitfield", "Bank of England", "NHS"), minus a sentence's
first word when it is a common word ("Police said …"). Summarization models often write
lower-case text; there a name is a word that the English dictionary of ``simplemma`` knows only
as a proper noun ("barcelona") or does not know at all ("neymar").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from factcheck.models import Name, Span

_WORD = re.compile(r"[^\W\d_](?:[\w'’.&-]*[^\W_])?")
# Lower-case words that join the capitalized words of one name: "Bank of England".
CONNECTORS = frozenset("of de da di du del der den van von la le al bin ibn y".split())
# Never names on their own: dates, and the placeholder some summarization models emit.
NOT_NAMES = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday i unk""".split())
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘'`(\[]\s*)$")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_MIN_UNKNOWN_WORD = 4  # shorter unknown lower-case words are mostly abbreviations and typos


@cache
def _dictionary() -> Callable[[str], tuple[bool, bool]]:
    """word -> (known to the English dictionary, known only as a proper noun)."""
    import simplemma  # on first need: its dictionary costs ~0.3 s to load

    @cache
    def look_up(word: str) -> tuple[bool, bool]:
        known = simplemma.is_known(word, lang="en")
        lemma = simplemma.lemmatize(word, lang="en") if known else word
        return known, lemma[:1].isupper()

    return look_up


def is_common_word(word: str) -> bool:
    """A word English writes in lower case ("police", "court"), not only as a name."""
    known, proper = _dictionary()(word.lower())
    return known and not proper


def find_names(text: str, offset: int, span: Callable[[int, int], Span],
               limit: int = 100) -> list[Name]:
    """Names in a claim whose text starts at ``offset`` in the document (at most ``limit``)."""
    if not any(char.isalpha() for char in text):
        return []
    if any(char.isupper() for char in text):
        found = _capitalized(text, offset, span)
    else:
        found = _uncommon(text, offset, span)
    return found[:limit]


def _capitalized(text: str, offset: int, span: Callable[[int, int], Span]) -> list[Name]:
    names: list[Name] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        while run and run[-1].group() in CONNECTORS:
            run.pop()
        if run and _SENTENCE_START.search(text, 0, run[0].start()) and is_common_word(
                run[0].group()):
            run.pop(0)  # "Police said", "The Bank of England": a sentence's common first word
        words = [match.group() for match in run]
        if len(words) == 1 and _THE_BEFORE.search(text, 0, run[0].start()) and is_common_word(
                words[0]):
            words = []  # "the Games", "the Ministry": a reference back to a name, not one
        if words and not all(_initial_or_date(word) for word in words):
            start, end = run[0].start(), run[-1].end()
            names.append(Name(text=text[start:end], span=span(offset + start, offset + end)))
        run.clear()

    for match in _WORD.finditer(text):
        word = match.group()
        joined = not run or text[run[-1].end():match.start()] == " "
        if word[0].isupper() and joined:
            run.append(match)
        elif run and joined and word in CONNECTORS:
            run.append(match)
        else:
            close()
            if word[0].isupper():
                run.append(match)
    close()
    return names


def _initial_or_date(word: str) -> bool:
    return len(word.rstrip(".")) < 2 or word.lower() in NOT_NAMES


# A word the dictionary lacks is still a common one when it is a known word with a prefix:
# "deselection", "unrepaired", "non-league".
PREFIXES = ("anti", "counter", "de", "dis", "mis", "non", "over", "post", "pre", "pro", "re",
            "semi", "sub", "super", "un", "under")
# Past this share of unknown words the text is not English (or too garbled) to read names from.
_MOSTLY_UNKNOWN = 0.25


def _uncommon(text: str, offset: int, span: Callable[[int, int], Span]) -> list[Name]:
    look_up = _dictionary()
    candidates = []
    words = 0
    for match in _WORD.finditer(text):
        for part in _parts(match):
            word = _POSSESSIVE.sub("", part.group().lower())
            if word in NOT_NAMES or word in CONNECTORS or len(word) < 3:
                continue
            words += 1
            known, proper = look_up(word)
            if proper or (not known and not _prefixed(word)):
                candidates.append((part, known))
    unknown = sum(not known for _, known in candidates)
    if words and unknown / words > _MOSTLY_UNKNOWN:
        return []
    return [Name(text=part.group(), cased=False,
                 span=span(offset + part.start(), offset + part.end()))
            for part, known in candidates if known or len(part.group()) >= _MIN_UNKNOWN_WORD]


def _prefixed(word: str) -> bool:
    look_up = _dictionary()
    return any(word.startswith(prefix) and len(word) - len(prefix) >= 4
               and look_up(word[len(prefix):])[0] for prefix in PREFIXES)


_POSSESSIVE = re.compile(r"['’]s?$")
_PART = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _parts(match: re.Match[str]) -> list[re.Match[str]]:
    """A hyphenated or dotted word's parts, each a candidate: "pro-independence"."""
    return list(_PART.finditer(match.string, match.start(), match.end()))
