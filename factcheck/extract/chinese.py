"""Chinese words and proper names, from jieba's segmenter and its part-of-speech tags.

Chinese is written without spaces, so names cannot be read from capitals: jieba (a dictionary
and HMM segmenter, pure Python) cuts a sentence into words and tags people (nr), places (ns),
organizations (nt) and other proper nouns (nz). It costs ~0.6 s to import and ~1 s to build
its dictionary, so it is loaded only when a document contains Chinese text.
"""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache
from typing import Any, NamedTuple

# jieba's tags for proper names, and the kind of actor each names.
NAME_TAGS = {"nr": "person", "nrfg": "person", "nrt": "person", "nt": "organization",
             "ns": "place"}
MIN_NAME_CHARS = 2  # one character tagged as a name is mostly a mis-cut


class ChineseName(NamedTuple):
    start: int
    end: int
    kind: str  # person, organization, place, other


@cache
def _tagger() -> Any:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)  # it prints its dictionary loading otherwise
    return jieba.posseg


@lru_cache(maxsize=512)
def proper_names(text: str) -> tuple[ChineseName, ...]:
    """The proper names jieba finds in ``text``, with their offsets (see ``plausible_person``)."""
    names = []
    position = 0
    for pair in _tagger().cut(text):
        word, tag = pair.word, pair.flag
        start = text.find(word, position)
        if start < 0:
            continue
        position = start + len(word)
        kind = NAME_TAGS.get(tag)
        if not kind or len(word) < MIN_NAME_CHARS or not any(is_han(char) for char in word):
            continue
        names.append(ChineseName(start, position, kind))
    return tuple(names)


def plausible_person(name: str, surnames: frozenset[str]) -> bool:
    """jieba tags many common words as people ("封锁", "养老金"): a person's name starts with a
    surname (when the lexicon gives them) and is two to four characters long."""
    return not surnames or (len(name) <= 4 and (name[0] in surnames or name[:2] in surnames))


HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")  # CJK ideographs, extension A included


def is_han(char: str) -> bool:
    """A Chinese character: its words are not set off by spaces, so need no boundaries."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def has_han(text: str) -> bool:
    """Whether ``text`` has Chinese in it: Chinese reading (and jieba) is for such text only."""
    # (``isascii`` reads a flag the string keeps: most texts are passed without a search)
    return not text.isascii() and HAN.search(text) is not None


@lru_cache(maxsize=1024)
def words(text: str) -> tuple[str, ...]:
    """The Chinese words of ``text``, as jieba cuts them (punctuation and spaces left out)."""
    import jieba

    _tagger()  # the tagger sets jieba's logging; its dictionary is the one cut uses
    return tuple(word for word in jieba.cut(text) if any(is_han(char) for char in word))


NOUN_TAGS = ("n", "nz", "vn", "nt", "ns", "an")


@lru_cache(maxsize=1024)
def nouns(text: str) -> tuple[str, ...]:
    """The nouns of ``text`` as jieba tags them ("失业率", "新车"), in order."""
    return tuple(pair.word for pair in _tagger().cut(text)
                 if pair.flag in NOUN_TAGS and any(is_han(char) for char in pair.word))
