"""Proper names in a claim, from any beat: people, organizations, places, products.

The gazetteer knows a few dozen actors; a summary that swaps a chief executive's name or
invents a company names someone it has never heard of. So names are read from the text itself:
a run of capitalized words ("Dana Whitfield", "Bank of England", "NHS"); ``settled`` drops a
sentence's first word when the dictionary says it is a common word ("Police said …"), so the
dictionary is loaded only when names are compared with a source. Summarization models often write
lower-case text; there a name is a word that the English dictionary of ``simplemma`` knows only
as a proper noun ("barcelona") or does not know at all ("neymar"). Chinese has neither
capitals nor spaces: there names are the people, places and organizations jieba tags
(``factcheck.extract.chinese``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from factcheck.extract.chinese import has_han
from factcheck.extract.grammar import grammar
from factcheck.extract.lookup import LexiconLookup, default_lookup
from factcheck.models import Name, Span
from factcheck.models.trusted import trusted

_WORD = re.compile(r"[^\W\d_](?:[\w'’.&-]*[^\W_])?")
# The words these read come from the lexicon (rules/lexicons/names.yaml): ``connectors`` join
# the capitalized words of one name ("Bank of England"); ``not_names`` are never names on their
# own (months, weekdays, the placeholder some summarization models emit); ``word_prefixes``.
# What may stand just before a sentence's first word (searched in a short window before it).
# (Markdown's emphasis too: "**Change:** …" opens a list item's label)
_SENTENCE_START = re.compile(r"(?:[.!?:;]\s+|[\"“‘'`(\[*_]\s*)$")
_LOOK_BACK = 6
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


_CONTRACTED = re.compile(r"(?<=\w)['’]s$")


def is_common_word(word: str) -> bool:
    """A word English writes in lower case ("police", "court"), not only as a name; joined by
    hyphens, when each of its parts is one ("one-fifth", "long-term", not "Rolls-Royce"); with
    "'s", when the word before it is one ("Here's", "What's")."""
    word = _CONTRACTED.sub("", word)
    known, proper = _dictionary()(word.lower())
    if not known and "-" in word.strip("-"):
        return all(map(is_common_word, word.strip("-").split("-")))
    return known and not proper


def find_names(text: str, offset: int, span: Callable[[int, int], Span],
               limit: int = 100, surnames: frozenset[str] = frozenset(),
               lookup: LexiconLookup | None = None) -> list[Name]:
    """Names in a claim whose text starts at ``offset`` in the document (at most ``limit``),
    read with the word lists of ``lookup``'s lexicon (the built-in one by default)."""
    if not any(char.isalpha() for char in text):
        return []
    lookup = lookup or default_lookup()
    chinese = has_han(text)
    if chinese:
        found = _chinese(text, offset, span, surnames)
        if any(char.isupper() for char in text):  # "特朗普(Donald Trump)表示": both kinds
            taken = [(name.span.start, name.span.end) for name in found]
            found += [name for name in _capitalized(text, offset, span, lookup)
                      if not any(a < name.span.end and name.span.start < b for a, b in taken)]
            found.sort(key=lambda name: name.span.start)
    elif any(char.isupper() for char in text):
        found = _capitalized(text, offset, span, lookup)
    else:
        found = _uncommon(text, offset, span, lookup)
    return found[:limit]


def _chinese(text: str, offset: int, span: Callable[[int, int], Span],
             surnames: frozenset[str]) -> list[Name]:
    from factcheck.extract.chinese import plausible_person, proper_names  # only for Chinese

    return [trusted(Name, text=text[name.start:name.end], cased=True, first_word_by_place=False,
                    span=span(offset + name.start, offset + name.end))
            for name in proper_names(text)
            if name.kind != "person" or plausible_person(text[name.start:name.end], surnames)]


def _capitalized(text: str, offset: int, span: Callable[[int, int], Span],
                 lookup: LexiconLookup) -> list[Name]:
    names: list[Name] = []
    connectors, not_names = lookup.connectors, lookup.not_names
    runs = [run.span() for run in lookup.name_run_pattern().finditer(text)]
    if any(f" {word} " in text for word in lookup.head_connectors):
        runs = _joined_after_heads(text, runs, lookup)
    currencies = grammar(lookup).currencies
    has_digits = _DIGIT.search(text) is not None
    for start, end in runs:
        if has_digits and _DIGIT.search(text, start, end):
            start, end = _without_period_notation(text, start, end)
        written = text[start:end]
        words = written.split(" ")
        # "Police said", "The Bank of England", "the Games": the first word may be a common
        # one capitalized by its place; the dictionary settles it when the name is used.
        window = max(0, start - _LOOK_BACK)
        by_place = start == 0 or bool(_SENTENCE_START.search(text, window, start)) or (
            len(words) == 1 and _THE_BEFORE.search(text, window, start) is not None)
        named = [word for word in words if word not in connectors]
        if by_place and len(named) > 1 and is_common_word(named[0]):
            named = named[1:]  # "In October 2022, …": a date after a sentence's first word
        if all(_initial_or_date(word, not_names) for word in named):
            continue
        if has_digits and len(named) == 1 and _A_GROUP.fullmatch(named[0]) and (
                is_common_word(named[0].split("-")[0])):
            continue  # "Over-70s", "Under-18s", "Post-2020": a group or a time, no name
        if len(named) == 1 and _A_LETTER_SHAPED.fullmatch(named[0]) and (
                is_common_word(named[0][2:])):
            continue  # "U-turn", "X-ray", "T-shirts": a thing named by a letter's shape
        if has_digits and (_currency(written, text[end:end + 2], currencies)
                           or _names_a_currency(text, end, lookup)):
            continue
        if lookup.is_title(f"{written}.") or lookup.is_title(written) or (
                written.lower() in lookup.company_heads):
            # "Dr" of "Dr. Fauci", "its CEO said", "Co" of "Tiffany & Co.": a title or a
            # company's head word alone names nobody
            continue
        names.append(trusted(Name, text=written, cased=True,
                             span=span(offset + start, offset + end),
                             first_word_by_place=by_place))
    return names


_NEXT_WORD = re.compile(r" ([a-z]+)\b")
# A word, a hyphen and a figure: "Over-70s", "Under-18s" (not "Covid-19", whose first part is
# no common word)
_A_GROUP = re.compile(r"[A-Z][a-z]+-\d[\w'’]*")
# A capital letter, a hyphen and a word in lower case: "U-turn", "X-rays" (not "E-Zone")
_A_LETTER_SHAPED = re.compile(r"[A-Z]-[a-z]+")


def _names_a_currency(text: str, end: int, lookup: LexiconLookup) -> bool:
    """"Swedish" of "11 million Swedish kronor": a name before a currency word is part of
    the currency's name."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and after[1] in lookup.currency_words


def _currency(written: str, after: str, currencies: dict[str, str]) -> bool:
    """"US" of "US$5bn", "USD" of "USD 40", "R28m": a currency's sign or code (with its
    amount), not a name."""
    lowered = written.lower()
    return f"{lowered}{after[:1]}" in currencies or (
        lowered in currencies and after.lstrip()[:1].isdigit()) or any(
        lowered[:length] in currencies and _AMOUNT.fullmatch(written, length)
        for length in range(1, min(len(lowered), _LONGEST_CODE + 1)))


_LONGEST_CODE = 4  # "KSh", "USD", "Rs."
# what follows a sign in an amount read as money: with a scale or a separator ("R28m",
# "R1.5bn", "R45,000"; "R101" is a name's)
_AMOUNT = re.compile(r"\d[\d,.]*(?:[.,]\d+[a-z]*|[a-z]+)")


def _joined_after_heads(text: str, runs: list[tuple[int, int]],
                        lookup: LexiconLookup) -> list[tuple[int, int]]:
    """Runs joined by a ``head_connectors`` word ("for") when the run before it ends in an
    organization head word: "Office for Budget Responsibility", "Department for Education";
    not "Tickets for Harlow Athletic", "Whitfield for Mayor", nor after a company's head, which
    ends its name ("bought Pennine Dairies Ltd for …")."""
    joined: list[tuple[int, int]] = []
    for start, end in runs:
        if joined:
            before_start, before_end = joined[-1]
            between = text[before_end:start]
            last = text[before_start:before_end].rpartition(" ")[2].rstrip(".").lower()
            if between[:1] == " " and between[-1:] == " " and \
                    between[1:-1] in lookup.head_connectors and \
                    last in lookup.organization_heads and last not in lookup.company_heads:
                joined[-1] = (before_start, end)
                continue
        joined.append((start, end))
    return joined


def settled(name: Name, lookup: LexiconLookup | None = None) -> str | None:
    """The name without a first word that is only capitalized by its place ("Police said",
    "the Games"), or None when nothing of it is left."""
    if not name.first_word_by_place:
        return name.text
    first, _, rest = name.text.partition(" ")
    lookup = lookup or default_lookup()
    if not (is_common_word(first) or lookup.opens_sentence(first)):
        return name.text  # ("Her", which the dictionary lacks, opens sentences)
    words = rest.split()
    connectors = lookup.connectors
    while words and words[0] in connectors:
        words.pop(0)
    if len(words) == 1 and first.lower() == "the" and is_common_word(words[0]):
        return None  # "The Ministry said": a reference back to a name
    return " ".join(words) or None


_DIGIT = re.compile(r"\d")
# A quarter, a half or a fiscal year as reports write them: "Q3", "H1", "FY2024".
_PERIOD_NOTATION = re.compile(r"[QH][1-4]|FY\d{2}(?:\d{2})?")


def _without_period_notation(text: str, start: int, end: int) -> tuple[int, int]:
    """The run without a period's notation at either end ("In Q3", "FY2024 Acme"): it is no
    name's word."""
    first, _, rest = text[start:end].partition(" ")
    if rest and _PERIOD_NOTATION.fullmatch(first):
        start += len(first) + 1
    head, _, last = text[start:end].rpartition(" ")
    if head and _PERIOD_NOTATION.fullmatch(last):
        end = start + len(head)
    return start, end


def _initial_or_date(word: str, not_names: frozenset[str]) -> bool:
    return len(word.rstrip(".")) < 2 or word.lower() in not_names or bool(
        _PERIOD_NOTATION.fullmatch(word)) or (
        # "January-June", "Monday–Friday": a span of months or days
        _SPAN_MARK.search(word) is not None
        and all(part.lower() in not_names for part in _SPAN_MARK.split(word)))


_SPAN_MARK = re.compile(r"[-–—]")


# Past this share of unknown words the text is not English (or too garbled) to read names from;
# names themselves are unknown words, so a short sentence may have a few.
_MOSTLY_UNKNOWN = 0.5


def _uncommon(text: str, offset: int, span: Callable[[int, int], Span],
              lookup: LexiconLookup) -> list[Name]:
    look_up = _dictionary()
    not_names, connectors = lookup.not_names, lookup.connectors
    months = grammar(lookup).months
    candidates = []
    words = 0
    for match in _WORD.finditer(text):
        for part in _parts(match):
            word = _POSSESSIVE.sub("", part.group().lower())
            if word in not_names or word in connectors or len(word) < 3 or (
                    word in lookup.currency_words):
                continue  # ("4.8 million cedi": a currency, not a name)
            if lookup.is_title(f"{word.capitalize()}.") or lookup.is_title(word.capitalize()) or (
                    lookup.is_title(word.upper())) or word in months:
                continue  # "mrs pickering", "cllr harrison": a title names nobody; "feb 2020"
            words += 1
            known, proper = look_up(word)
            if proper or (not known and not _prefixed(word, lookup.word_prefixes)
                          and not _compound(word, lookup.compound_heads)):
                candidates.append((part, known))
    unknown = sum(not known for _, known in candidates)
    if words and unknown / words > _MOSTLY_UNKNOWN:
        return []
    return [trusted(Name, text=part.group(), cased=False, first_word_by_place=False,
                    span=span(offset + part.start(), offset + part.end()))
            for part, known in candidates if known or len(part.group()) >= _MIN_UNKNOWN_WORD]


def _prefixed(word: str, prefixes: tuple[str, ...]) -> bool:
    """A word the dictionary lacks is still a common one when it is a known word with a prefix
    of the lexicon's ``word_prefixes``: "deselection", "unrepaired", "non-league"."""
    look_up = _dictionary()
    return any(word.startswith(prefix) and len(word) - len(prefix) >= 4
               and look_up(word[len(prefix):])[0] for prefix in prefixes)


def _compound(word: str, heads: tuple[str, ...]) -> bool:
    """A word the dictionary lacks is still a common noun when it is a known word and a head of
    the lexicon's ``compound_heads``: "chipmaker", "homebuilders"."""
    look_up = _dictionary()
    return any(word.endswith(head) and len(word) - len(head) >= 3
               and look_up(word[:-len(head)])[0] for head in heads)


_POSSESSIVE = re.compile(r"['’]s?$")
_PART = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _parts(match: re.Match[str]) -> list[re.Match[str]]:
    """A hyphenated or dotted word's parts, each a candidate: "pro-independence"."""
    return list(_PART.finditer(match.string, match.start(), match.end()))
