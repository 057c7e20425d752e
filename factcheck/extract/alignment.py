"""Which source sentences a claim summarizes, by the content words they share.

Lexical alignment, as an editor skims a source for the sentence a summary came from: content
words are words of four letters or more that are not function words (the lexicon's
``function_words``), compared lower-cased and
by stem (their first five letters), so "approved" meets "approval" and "rates" meets "rate";
Chinese content words are the words of two characters or more that jieba cuts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from factcheck.extract.chinese import has_han
from factcheck.extract.grammar import grammar
from factcheck.extract.lookup import LexiconLookup

_LATIN_WORD = re.compile(r"[^\W\d_\u4e00-\u9fff][\w'’-]{3,}")
# Chinese words that are parts of figures ("万元", "百分之"): they say nothing about the subject.
_FIGURE_WORD = re.compile("[零〇一二两三四五六七八九十百千万亿点元项个名倍成之分]+")
STEM = 5


@lru_cache(maxsize=4096)  # several source rules ask for the same claim's words
def content_words(text: str, lex: LexiconLookup) -> frozenset[str]:
    """The stems of ``text``'s content words, without the lexicon's ``function_words``; in
    Chinese, the words jieba cuts of two characters or more."""
    words = frozenset(word[:STEM] for word in latin_content_words(text, lex))
    if has_han(text):
        from factcheck.extract.chinese import words as chinese_words

        words |= frozenset(word for word in chinese_words(text)
                           if len(word) >= 2 and not _FIGURE_WORD.fullmatch(word))
    return words


def latin_content_words(text: str, lex: LexiconLookup) -> list[str]:
    """``text``'s content words in Latin script, lower-cased, in order and unstemmed."""
    function_words = grammar(lex).function_words
    return [word for word in (w.lower() for w in _LATIN_WORD.findall(text))
            if word not in function_words]


def overlap(claim_words: frozenset[str], sentence_words: frozenset[str]) -> float:
    """The share of the claim's content words that the sentence has."""
    if not claim_words:
        return 0.0
    return len(claim_words & sentence_words) / len(claim_words)


class SentenceIndex:
    """Sentences indexed by their content words, so a claim is aligned by looking up its own
    words rather than by comparing it with every sentence."""

    def __init__(self, sentences: Sequence[tuple[str, frozenset[str]]]) -> None:
        self.sentences = list(sentences)
        self.postings: dict[str, list[int]] = {}
        for number, (_, words) in enumerate(self.sentences):
            for word in words:
                self.postings.setdefault(word, []).append(number)

    def shares(self, claim_words: frozenset[str]) -> dict[int, float]:
        """Sentence number -> the share of the claim's content words it has (sentences with
        none are left out)."""
        counts: dict[int, int] = {}
        for word in claim_words:
            for number in self.postings.get(word, ()):
                counts[number] = counts.get(number, 0) + 1
        return {number: count / len(claim_words) for number, count in counts.items()}

    def best(self, claim_words: frozenset[str]) -> tuple[str, float] | None:
        """The sentence sharing most of the claim's content words, the shorter on a tie, and
        the earlier of two as long (whatever order the claim's words come in)."""
        shares = self.shares(claim_words)
        if not shares:
            return None
        number = max(shares, key=lambda n: (shares[n], -len(self.sentences[n][0]), -n))
        return self.sentences[number][0], shares[number]


def novel_share(claim_words: frozenset[str], source_words: Sequence[frozenset[str]]) -> float:
    """The share of the claim's content words that no source has at all."""
    if not claim_words:
        return 0.0
    known = frozenset().union(*source_words)
    return len(claim_words - known) / len(claim_words)


_NOT_A_WORD = re.compile(r"[^\w\s']|(?<!\w)'|'(?!\w)")
# "U.S.", "e.u.", "a.m.", a name's "U.S" before the sentence's full stop: letters with full
# stops between them, written as one word.
_DOTTED_ACRONYM = re.compile(r"(?<![\w.])[^\W\d_](?:\.[^\W\d_])+\.?(?!\w)")


def _undotted(match: re.Match[str]) -> str:
    return match.group().replace(".", "")


# "per cent" and "%" are one word; a word broken by a hyphen at a line's end is one word.
_PER_CENT = re.compile(r"\s?%|\bper\s+cent\b")
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])")


@lru_cache(maxsize=512)  # a claim's text is compared with its sources by several readings
def normalize(text: str) -> str:
    """Lower-cased words separated by single spaces, without punctuation (NFKC): how a
    quotation and a source's text are compared. A dotted acronym is one word ("U.S.": "us"),
    "%" and "per cent" are "percent", "cou-⏎rage" is "courage", and tokenized clitics are
    joined ("do n't" is "don't")."""
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    if "." in text:
        text = _DOTTED_ACRONYM.sub(_undotted, text)
    if "%" in text or "per" in text:
        text = _PER_CENT.sub(" percent", text)
    if "-\n" in text:
        text = _LINE_BREAK_HYPHEN.sub("", text)
    if " '" in text or " n'" in text:
        text = _TOKENIZED_CLITIC.sub(r"\1", text)  # "it 's", "do n't": "it's", "don't"
    # An apostrophe inside a word stays ("o'neill"); one used as a quotation mark goes.
    return " ".join(_NOT_A_WORD.sub(" ", text).split())


# A clitic that tokenized text sets apart: "it 's", "we 've", "do n't", "wo n't".
_TOKENIZED_CLITIC = re.compile(r"\s+('(?:s|re|ve|ll|d|m)\b|n't\b)")

# "5,000" normalized is "5 000": a group of three digits after a number belongs to it.
_DIGIT_GROUP = re.compile(r"(?<=\d) (?=\d{3}\b)")


def in_digits(normalized: str) -> str:
    """A normalized text with its numbers in digits (the text2num library's reading): "five
    thousand", "5,000" and "5 000" are all "5000"."""
    from text_to_num import alpha2digit

    return _DIGIT_GROUP.sub("", alpha2digit(normalized, "en"))


def similarity(text: str, part: str) -> float:
    """How well ``part`` appears somewhere in ``text``, 0 to 100 (100: as it is): a quotation
    against a source, allowing a typo, a dropped comma or a changed dash, and a number written
    in words on one side and in digits on the other."""
    if part in text:
        return 100.0
    from rapidfuzz import fuzz  # on first use: few claims quote, and start-up counts

    score = float(fuzz.partial_ratio(part, text))
    if score >= _CLOSE_ENOUGH:
        return score
    return max(score, float(fuzz.partial_ratio(in_digits(part), in_digits(text))))


# The quotation rule's threshold: past it, a number's spelling is not looked at.
_CLOSE_ENOUGH = 95.0
