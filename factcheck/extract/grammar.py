"""How figures and dates are written, in one lexicon's words.

Months, scales, currency signs, ratio words and fractions are word lists like any other
(rules/lexicons/numbers.yaml, the Chinese ones in zh.yaml): a house lexicon adds "lakh",
"CHF" or another language's month names, and the regex fragments that find figures and
periods are built from them once per lexicon (``grammar(lex)``). Only notation is fixed here:
digits and their separators, the % sign, ISO dates, Q1 and H1, Chinese numerals, and English
number words as the text2num library reads them (factcheck.extract.numbers).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar

from factcheck.extract.lookup import LexiconLookup, alternation, starting
from factcheck.extract.numbers import fraction_words

YEAR = r"(?:1[89]|20)\d\d"
V = TypeVar("V")
_OPTIONAL_SPACE = r"\s?"  # inside a spelling: "per cent" and "percent"


def _keyed(mapping: Mapping[str, V]) -> dict[str, V]:
    """A lexicon mapping by its keys in lower case with single spaces, empty keys left out (a
    house file's ``"": 1`` would otherwise match everywhere)."""
    keyed: dict[str, V] = {}
    for key, value in mapping.items():
        normal = " ".join(key.lower().split())
        if normal:
            keyed[normal] = value
    return keyed


PER_PERIOD = "time"  # what a rate per a period is per ("a week": time, 7 days)


class Grammar:
    """The lexicon's notation of figures and dates: tables for reading what a pattern found,
    and the regex fragments (no groups) that patterns are built from."""

    def __init__(self, lex: LexiconLookup) -> None:
        lexicon = lex.lexicon
        self.months: dict[str, int] = _keyed(lexicon.months)
        # the first name of each month is its normal form
        self.month_names: dict[int, str] = {}
        for name, number in self.months.items():
            self.month_names.setdefault(number, name)
        self.month = alternation(self.months)
        self.full_month = alternation(self.month_names.values())
        self.quarters: dict[str, int] = _keyed(lexicon.quarter_ordinals)
        self.ordinal = alternation(self.quarters)
        self.halves = alternation(word for word, number in self.quarters.items()
                                  if number in (1, 2))
        self.scales: dict[str, float] = {
            word: float(value) for word, value in
            _keyed({**lexicon.short_scales, **lexicon.number_scales}).items()}
        self.scale_words = frozenset(_keyed(lexicon.number_scales))
        letters = "".join(sorted(re.escape(word) for word in self.scales if len(word) == 1))
        # one-letter scales only right after a digit: "15m", "10k", "5 b"
        glued = rf"|(?<=\d)\s?[{letters}]\b" if letters else ""
        # "4.2 million", "£1.2bn", and joined by a hyphen: "a $10-billion telescope"
        self.scale = (rf"(?:[\s-]?(?:{alternation(word for word in self.scales if len(word) > 1)})"
                      rf"\b{glued})")
        self.currencies: dict[str, str] = {sign: code.upper() for sign, code
                                           in _keyed(lexicon.currency_signs).items()}
        self.shared_currency_signs = tuple(lexicon.shared_currency_signs)
        self.amount_only_signs = frozenset(lexicon.amount_only_currency_signs)
        # the symbols only one currency writes ("£", "€", "₹"): no shared sign inside them
        self.own_currency_signs = tuple(
            sign for sign in self.currencies if not sign[0].isalpha()
            and not any(shared in sign for shared in self.shared_currency_signs))
        # a code is letters alone ("USD"); a sign has a symbol at either end ("$", "US$",
        # "$US", "Rs.")
        codes = [code for code in self.currencies if code[0].isalpha() and code[-1].isalpha()]
        signs = [sign for sign in self.currencies if sign not in codes]
        # a space may follow a sign (tokenized text: "$ 35", "£ 250"); a code, any space. A
        # sign or code that starts with a letter starts a word: "Rs 500", not "Vers 2".
        symbols = [sign for sign in signs if not sign[0].isalpha()]
        lettered = [sign for sign in signs if sign[0].isalpha()]
        self.currency_prefix = (rf"(?:(?:{alternation(symbols)})[ \t]?"
                                + (rf"|\b(?:{alternation(lettered)})[ \t]?" if lettered else "")
                                + rf"|\b(?:{alternation(codes)})\s?)")
        spellings = alternation(lexicon.percent_words, space=_OPTIONAL_SPACE)
        self.percent = rf"(?:\s?%|\s?(?:{spellings})\b)"
        self.points = rf"(?:\s?(?:{alternation(lexicon.points_words)})\b)"
        self.basis_points = frozenset(word.lower() for word in lexicon.basis_points_words)
        # A points word written alone that also ends a longer one ("points" of "percentage
        # points"): sport's points, a count, as well as a change of a share.
        plain = [word for word in lexicon.points_words
                 if any(other.lower().endswith(f" {word.lower()}")
                        for other in lexicon.points_words)]
        # (the figure as digits or a number's words: "10 points", "eight points")
        longer = alternation(other.split()[0] for other in lexicon.points_words if " " in other)
        self.plain_points = re.compile(
            rf"(?<![\w-])(?:\d[\d,.]*|(?!(?:{longer})\b)[a-z]+(?:-[a-z]+)?)\s?"
            rf"(?:{alternation(plain)})$" if plain else r"(?!)", re.IGNORECASE)
        self.multipliers: dict[str, float] = {
            word: float(value) for word, value in _keyed(lexicon.multiplier_words).items()}
        self.ratio_verbs: dict[str, float] = {
            word: float(value) for word, value in _keyed(lexicon.ratio_verbs).items()}
        self.ratio_verb = re.compile(rf"\b(?:{alternation(self.ratio_verbs)})\b", re.IGNORECASE)
        self.digit_units = frozenset(word.lower() for word in lexicon.digit_units)
        # the lexicon's hedges ("almost", "more than"), for a figure's pattern to look behind
        self.hedge_words = tuple(sorted(lex.hedges))
        # "a drop of a third": the nouns a change by a fraction may follow
        self.growth_nouns = tuple(sorted(word.lower() for word in lexicon.growth_nouns))
        self.durations: dict[str, float] = {
            word: float(days) for word, days in _keyed(lexicon.duration_units).items()}
        # unit -> (what it measures, its size in that dimension's base unit)
        self.measures: dict[str, tuple[str, float]] = {
            unit: (dimension, float(size)) for dimension, units in lexicon.measure_units.items()
            for unit, size in _keyed(units).items()}
        # currency words the quantity reader may read as a weight ("4,800 pounds of honey"),
        # each a pound (lb) of the mass units
        self.weight_currency_words = frozenset(
            word.lower() for word in lexicon.weight_currency_words)
        self.pound_weight = self.measures.get("lb")
        # unit -> its temperature scale ("°F": fahrenheit)
        self.temperatures: dict[str, str] = _keyed(lexicon.temperature_units)
        self.temperature_after = re.compile(
            rf"\s?(?P<unit>{alternation(self.temperatures)})(?![\w/])", re.IGNORECASE)
        # (a unit of two words hyphenated in a compound: "a 1,550-square-kilometre iceberg")
        units = alternation(self.measures, space=r"[\s-]+")
        self.measure_after = re.compile(rf"(?:\s?|-)(?P<unit>{units})(?![\w/])", re.IGNORECASE)
        self.fractions: dict[str, float] = {**fraction_words(), **{
            word: float(value) for word, value in _keyed(lexicon.fractions).items()}}
        self.fraction_word = re.compile(rf"\b(?:{alternation(self.fractions)})\b", re.IGNORECASE)
        # "half the cost", "a third its size": a fraction of what a determiner opens
        self.fraction_determiners = alternation(lexicon.fraction_determiners)
        # "half price", "half-price tickets": that share of the price
        self.fraction_prices = alternation(lexicon.fraction_prices)
        self.equal_split = re.compile(rf"\b(?:{alternation(lexicon.equal_split_words)})\b",
                                      re.IGNORECASE)
        distributive = alternation(lexicon.distributive_words)
        # "£420,000 a year", "$243m apiece": what makes the figure before it a rate
        # (after the figure's unit, if any: "16km a flight", "£5 per ticket", "£300 to each"; no
        # preposition is a unit before "a": "£1.6m to a community fund")
        # (not a time before: "$2,150 a year earlier", ``earlier_times``)
        self.rate_after = re.compile(
            rf"(?:(?:\s?(?!(?:{alternation(lexicon.prepositions)})\b)[A-Za-z][\w/-]*)??"
            rf"\s?\b(?!(?:{alternation(lexicon.earlier_times)})\b)"
            rf"(?:{alternation(lexicon.rate_words)})\s+(?:\d[\d.,]*[\w-]*\s+)?"
            rf"(?P<per>[A-Za-z][\w-]*)|(?:\s?[A-Za-z][\w/-]*)??,?\s?(?:{distributive}))\b",
            re.IGNORECASE)
        self.distributive = re.compile(rf"\b(?:{distributive})\b", re.IGNORECASE)
        self.average_before = re.compile(
            rf"\b(?:{alternation(lexicon.average_words)})\s+\Z", re.IGNORECASE)
        # a list of names or years: "Kingsmead and Ashby", "Burkina Faso, Mali, Kenya and
        # Tanzania", "the 2012 and 2016 Games" (each at most four capitalized words, a name
        # maybe with an age: "Lee Chapman, 33, and Dan Weir, 28")
        item = r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s+\d{1,3}(?=,))?|\d{4})"
        self.listed = re.compile(
            rf"(?<![\w'’-]){item}(?:,\s+{item})*,?\s+(?:{alternation(lexicon.list_conjunctions)})"
            rf"\s+{item}(?![\w'’-])")
        self.list_item = re.compile(item)
        self.remainder = re.compile(rf"\b(?:{alternation(lexicon.remainder_words)})\b",
                                    re.IGNORECASE)
        self.comparatives = alternation(lexicon.ratio_comparatives)
        self.equatives = alternation(lexicon.ratio_equatives)
        # after "N times", what makes it a multiple ("three times as high", "… the size"),
        # not how often ("called out 160 times last year")
        self.compared_after = re.compile(
            rf"\s+(?:as|the|that|those|{self.comparatives})\b", re.IGNORECASE)
        self.openers = alternation(lexicon.phrase_openers)
        self.function_words = frozenset(word.lower() for word in lexicon.function_words)
        self.chinese_scales: dict[str, float] = {
            word: float(value) for word, value in _keyed(lexicon.chinese_scales).items()}
        self.chinese_currencies: dict[str, str] = _keyed(lexicon.chinese_currencies)
        self.chinese_classifiers = frozenset(lexicon.chinese_classifiers)
        self.chinese_units = alternation([*lexicon.chinese_classifiers,
                                          *lexicon.chinese_count_units])
        # "(?<!\d)6月" and ISO dates name a month too
        self.month_of_date = re.compile(
            rf"\b(?P<name>{self.month})\b"
            rf"|\b{YEAR}(?P<sep>[-./])(?P<iso>[01]?\d)(?P=sep)[0-3]?\d\b"
            # "31/08/2023" (day first) or "08/31/2023" (month first)
            rf"|\b(?P<first>[0-3]?\d)(?P<sep2>[-./])(?P<second>[0-3]?\d)(?P=sep2){YEAR}\b"
            r"|(?<!\d)(?P<han>\d{1,2})月", re.IGNORECASE)
        # a day with its month: "June 25", "Jun. 25-27", "25th of June", "2018-06-25",
        # "6月25日" (numbers like "08/09/2023" are left out: which is the day only the
        # writer's country tells)
        day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        self.day_of_month = re.compile(
            rf"\b(?P<name>{self.month})\.?\s+(?P<day>{day})"
            rf"(?:\s*(?:-|–|to|and)\s*(?P<last>{day}))?\b(?!\s*(?:%|per))"
            rf"|\b(?P<day2>{day})(?:\s*(?:-|–|to|and)\s*(?P<last2>{day}))?(?:\s+of)?"
            rf"\s+(?P<name2>{self.month})\b"
            rf"|\b{YEAR}-(?P<iso>[01]\d)-(?P<isoday>[0-3]\d)\b"
            r"|(?<!\d)(?P<han>\d{1,2})月(?P<handay>\d{1,2})日", re.IGNORECASE)
        self._month_word = re.compile(
            rf"\b{starting(self.months)}(?:{self.month})\b|\d月", re.IGNORECASE)
        self.relative_days = re.compile(rf"\b(?:{alternation(lexicon.relative_days)})\b",
                                        re.IGNORECASE)
        self.relative_months = re.compile(
            rf"\b(?:{alternation(lexicon.relative_months)})\b", re.IGNORECASE)
        self.ambiguous_months = frozenset(word.lower() for word in lexicon.ambiguous_month_words)
        self.year_before = re.compile(rf"\b(?:{alternation(lexicon.year_before_phrases)})\b",
                                      re.IGNORECASE)
        self.year_after = re.compile(rf"\b(?:{alternation(lexicon.year_after_phrases)})\b",
                                      re.IGNORECASE)
        weekdays = frozenset(day.lower() for day in lexicon.weekdays)
        # a relative day that is no weekday ("yesterday", "last night"): the text's own date
        own_dates = alternation(day for day in lexicon.relative_days
                                if day.lower() not in weekdays)
        self.own_date = re.compile(rf"\b(?:{own_dates})\b", re.IGNORECASE)
        # "on Friday night", "Friday's vote"
        self.weekday = re.compile(
            rf"\b(?P<day>{alternation(lexicon.weekdays)})(?:s|['’]s)?\b", re.IGNORECASE)

    def scale_of(self, raw: str | None) -> float:
        """The factor of a scale word as written ("bn", " million"); 1 for none."""
        return self.scales.get(raw.strip().lstrip("-").lower(), 1.0) if raw else 1.0

    def measure_at(self, text: str, end: int) -> tuple[str, float] | None:
        """(what it measures, its size in the base unit) of the unit of measurement right
        after a figure that ends at ``end`` ("1.5-mile", "2.4km", "305 metres"), or None."""
        found = self.measure_after.match(text, end)
        return self.measure_of(found.group("unit")) if found is not None else None

    def measure_of(self, unit: str | None) -> tuple[str, float] | None:
        """(what it measures, its size in the base unit) of a unit of measurement as written
        ("km", "square metres", "1.5-mile"'s "mile"), or None for another unit or none."""
        if not unit:
            return None
        written = " ".join(unit.lower().split())
        return self.measures.get(written) or self.measures.get(written.replace("-", " "))

    def per_at(self, text: str, end: int) -> tuple[str, float] | None:
        """(what it measures, its size) of what the figure that ends at ``end`` is a rate per
        ("£60m a month": time, 30.4 days; "$3,900 a tonne": mass, 1,000 kg), or None."""
        found = self.rate_after.match(text, end)
        per = found.group("per") if found else None
        if not per:
            return None
        days = self.days_of(per)
        if days is None and found is not None and (
                then := self.rate_after.match(text, found.end())) and then.group("per"):
            # "¥3,000 per person per night": the period of a rate per head
            days = self.days_of(then.group("per"))
        return (PER_PERIOD, days) if days is not None else self.measures.get(per.lower())

    def temperature_at(self, text: str, end: int) -> str | None:
        """The temperature scale ("celsius", "fahrenheit") of the unit right after a figure
        that ends at ``end`` ("310°C", "95 degrees Fahrenheit"), or None."""
        found = self.temperature_after.match(text, end)
        return self.temperatures.get(" ".join(found.group("unit").lower().split())) if found else None

    def days_of(self, unit: str | None) -> float | None:
        """The length in days of a unit of time as a figure's unit is written ("months", the
        "-hour" of "a 48-hour strike"); None for any other unit, a measure of which a unit of
        time is a part too ("megawatt-hours")."""
        if not unit:
            return None
        written = unit.lower()
        if written in self.measures or written.replace("-", " ") in self.measures:
            return None
        return self.durations.get(written.rpartition("-")[2])

    def currency_of(self, raw: str | None) -> str | None:
        """The ISO code of a currency sign or code as written ("US$", "£ "); None for none."""
        if not raw:
            return None
        code = raw.strip().lower()
        return self.currencies.get(code, code.upper())

    def months_of(self, match: re.Match[str]) -> frozenset[int]:
        """The month a ``month_of_date`` match names: both readings of "08/09/2023", whose
        order (day or month first) only the writer's country tells."""
        if match["name"]:
            return frozenset((self.months[match["name"].lower()],))
        if match["first"]:
            return frozenset(number for number in (int(match["second"]), int(match["first"]))
                             if 1 <= number <= 12)
        return frozenset((int(match["iso"] or match["han"]),))

    def months_in(self, text: str) -> frozenset[int]:
        """The months ``text`` names (1-12), as dates write them."""
        return frozenset().union(*map(self.months_of, self.month_of_date.finditer(text)))


    def names_a_month(self, text: str) -> bool:
        """Whether ``text`` names a month in words (or a Chinese date's 月): a quick test before
        ``day_of_month``."""
        return self._month_word.search(text) is not None

    def days_in(self, text: str) -> dict[int, frozenset[int]]:
        """The days ``text`` names with their month: month (1-12) -> its days (a range's
        days all counted: "June 25-27")."""
        days: dict[int, set[int]] = {}
        for found in self.day_of_month.finditer(text):
            month, first, last = self._day_reading(found)
            if 1 <= month <= 12 and first <= last <= 31 and last - first <= 31:
                days.setdefault(month, set()).update(range(first, last + 1))
        return {month: frozenset(numbers) for month, numbers in days.items()}

    def _day_reading(self, found: re.Match[str]) -> tuple[int, int, int]:
        """(month, first day, last day) of a ``day_of_month`` match."""
        if found["iso"] or found["han"]:
            day = int(found["isoday"] or found["handay"])
            return int(found["iso"] or found["han"]), day, day
        name = found["name"] or found["name2"]
        first = _day_number(found["day"] or found["day2"])
        last = found["last"] or found["last2"]
        return self.months[name.lower()], first, _day_number(last) if last else first


def _day_number(written: str) -> int:
    return int(written.rstrip("stndrh"))


def grammar(lex: LexiconLookup) -> Grammar:
    """The grammar of ``lex``'s lexicon, built on first use."""
    return lex.derived(Grammar)
