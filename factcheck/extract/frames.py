"""A figure's frame: when it holds (its period) and what it measures, in one normal form.

"Inflation stood at 3.1% in June" and "June's inflation rate of 2.4%" state one metric of one
period, so rules can compare them across an article: the period is read from the sentence (a
month, a year, a quarter, "last year", "this season"), and a metric's name is normalized (no
possessives, no period words, "rate" and "level" after another word dropped). Chinese figures
get theirs from Chinese period words (今年, 一季度, 2024年3月) and from the noun before the verb
or after the classifier (今年该市失业率为5.2% measures 失业率; 1070项商品 counts 商品).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from factcheck.extract.chinese import is_han
from factcheck.extract.grammar import YEAR, grammar
from factcheck.extract.inflection import singular
from factcheck.extract.lookup import LexiconLookup, alternation, default_lookup


class _Periods:
    """The period expressions of one lexicon: month names and quarter ordinals from its
    grammar (factcheck.extract.grammar), relative periods ("last year", "this season") from
    its ``period_determiners`` and ``period_nouns``."""

    def __init__(self, lex: LexiconLookup) -> None:
        g = self.grammar = grammar(lex)
        month = rf"(?:{g.month})\.?"
        determiners, nouns = (alternation(word.lower() for word in lex.lexicon.phrase_list(name)
                                          if not is_han(word[:1]))
                              for name in ("period_determiners", "period_nouns"))
        self.period = re.compile(self._pattern(month, determiners, nouns, "A-Za-z", "Q", "H"),
                                 re.IGNORECASE)
        # The same on lower-cased text, without IGNORECASE: two fifths faster, and every
        # sentence with a figure is scanned (``_periods``).
        self.folded = re.compile(self._pattern(month, determiners, nouns, "a-z", "q", "h"))
        # (a metric's words lose a season's en dash: "2023–24" is read "2023 24")
        self.words = re.compile(rf"\b(?:{month}|{_SEASON}|{YEAR}(?:\s\d\d)?)(?!\w)(?:['’]s)?\s*",
                                re.IGNORECASE)
        # What a period leaves at a metric's end: "business rates in [Q1 2025]", "sales in
        # [the] year".
        self.leftover = re.compile(rf"(?:\s+(?:in|during|for|over)\s+(?:the\s+)?(?:{nouns}))?"
                                   r"(?:\s+(?:in|during|for|over|of|by|since|fiscal))*$")

    def _pattern(self, month: str, determiners: str, nouns: str, letters: str, quarter: str,
                 half: str) -> str:
        # (every word of the lists is lower case: ``letters``, ``quarter`` and ``half`` say
        # how the text is cased)
        ordinal, halves = self.grammar.ordinal, self.grammar.halves
        return (
            # every period starts with a letter, a digit or an apostrophe: the lookahead lets
            # the engine pass over other characters without trying each alternative (a third
            # of the time); and each alternative opens with a word boundary or an apostrophe,
            # so inside a word one test fails where each alternative's own would (a third less)
            rf"(?=[{letters}0-9'’])(?:\b|(?=['’]))"
            rf"(?:\b(?P<month>{month})(?:['’]s)?(?:\s+(?P<month_year>{YEAR}))?\b"
            rf"|\b(?P<quarter>(?:{ordinal})\s+quarter|{quarter}[1-4])"
            rf"(?:\s+(?:of\s+)?(?P<quarter_year>{YEAR}))?\b"  # "Q1 2025", "the first quarter of 2025"
            # "the first half of 2025", "H1 2025": with its year ("the first half" of a match is
            # none)
            rf"|\b(?P<half>(?:{halves})\s+half|{half}[12])\s+(?:of\s+)?(?P<half_year>{YEAR})\b"
            # "the 2023-24 season", "in 2023/24", "fiscal 2023–2024": a season or fiscal year
            rf"|\b(?P<season>{_SEASON})\b"
            rf"|\b(?P<relative>(?:{determiners})\s+(?:{nouns}))\b"
            # "revenue rose 6% in the quarter", "for the full year": the one the article is about
            rf"|\b(?:in|for|during|over)\s+(?P<the_period>the\s+(?:full\s+)?(?:{nouns}))\b"
            r"(?!\s+(?:to|before|after|ending|ended|since)\b)"
            # "in 2024", "fiscal 2024", "at the end of 2024"
            rf"|\b(?:in|during|for|since|by|of|fiscal)\s+(?P<year>{YEAR})\b(?!\s*[-–/]\d)"
            # "the 2026 deficit forecast", "its 2019 census": a year naming a thing names its
            # period
            rf"|(?:\b(?:the|its|their|this|that|whose)|['’]s)\s+(?P<named_year>{YEAR})\s+(?=[a-z])"
            rf"|\b(?P<possessive_year>{YEAR})['’]s\b)")

    def normal(self, match: re.Match[str]) -> str:
        """A period expression's normal form: "sept 2024" -> "september 2024", "the first
        quarter of 2025" -> "q1 2025", "H2 2024" -> "second half 2024"."""
        g = self.grammar
        if match.group("month"):
            month = match.group("month").rstrip(".").lower()
            month = g.month_names[g.months[month]]
            year = match.group("month_year")
            return f"{month} {year}" if year else month
        if match.group("quarter"):
            quarter = match.group("quarter").lower()
            number = g.quarters.get(quarter.split()[0])
            name = f"q{number}" if number else quarter
            year = match.group("quarter_year")
            return f"{name} {year}" if year else name
        if match.group("half"):
            half = match.group("half").lower()
            number = int(half[1]) if half.startswith("h") else g.quarters[half.split()[0]]
            return f"{'first' if number == 1 else 'second'} half {match.group('half_year')}"
        if match.group("relative"):
            return " ".join(match.group("relative").lower().split())
        if match.group("season"):
            first, last = _SEASON_ENDS.fullmatch(match.group("season")).groups()  # type: ignore[union-attr]
            return f"{first}-{last[-2:]}"
        if match.group("the_period"):
            return f"the {match.group('the_period').split()[-1].lower()}"
        return match.group("year") or match.group("named_year") or match.group("possessive_year")


# Two years of a season or a fiscal year, the second often written short: "2023-24",
# "2023/24", "2023–2024".
_SEASON = rf"{YEAR}\s?[-–/]\s?(?:{YEAR}|\d\d)(?![\d/-]|\.\d)"
_SEASON_ENDS = re.compile(rf"({YEAR})\s?[-–/]\s?({YEAR}|\d\d)")


# A period after these words is what a figure before it is compared with, not its own: "up 8%
# on Q2", "higher than in 2019", "against last year" ("on June 3" is a date, so not months).
_BASE_BEFORE = re.compile(r"\b(?:than|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?$"
                          r"|(?P<on>\bon\s+(?:the\s+)?)$", re.IGNORECASE)
# "the county's", and the plural's "the Ramblers' Association"
_POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’](?=\s|$)")
_HEAD_END = re.compile(r"\s(?:in|on|at|for|during|among|across|to|from|of)\s")


def period_near(text: str, start: int, end: int, *, after: bool = False,
                limit: int | None = None, lex: LexiconLookup | None = None) -> str | None:
    """The period the figure at ``text[start:end]`` holds for: the period expression of its
    sentence nearest to it; with ``after``, only one after it; with ``limit``, only one that
    starts before ``limit`` (where another figure's own part of the sentence begins); in the
    words of ``lex``'s lexicon (the built-in one by default)."""
    best: tuple[int, str] | None = None
    for found_start, found_end, period, base in _periods(text, lex or default_lookup()):
        if (after and found_start < end) or (limit is not None and found_start >= limit):
            continue
        if found_start < end and start < found_end:
            continue  # the figure itself ("2024" is not its own period)
        if base and found_start >= end:
            continue  # "up 8% on Q2": what the figure is compared with
        distance = start - found_end if found_end <= start else found_start - end
        if best is None or distance < best[0]:
            best = (distance, period)
    return best[1] if best else None


@lru_cache(maxsize=64)  # a sentence's figures ask one after another
def _periods(text: str, lex: LexiconLookup) -> tuple[tuple[int, int, str, bool], ...]:
    """Each period expression: where it is, its normal form, whether it is a comparison's base."""
    periods = lex.derived(_Periods)
    folded = text.lower()
    found = (periods.folded.finditer(folded) if len(folded) == len(text)
             else periods.period.finditer(text))  # "İ" lowers to two characters
    return tuple((match.start(), match.end(), periods.normal(match), _is_base(text, match))
                 for match in found)


def _is_base(text: str, match: re.Match[str]) -> bool:
    before = _BASE_BEFORE.search(text, max(0, match.start() - 20), match.start())
    return before is not None and not (before.group("on") and match.group("month"))


class _GenericHeads:
    """"rate", "level" and the like after another word, as a metric's head (the lexicon's
    `generic_heads`): the jobless rate is jobless; their plurals (`generic_plural_heads`)
    before the head's phrase too (methane levels at a station are methane at it), but not at
    the end ("business rates" are a tax) nor in the phrase after the head ("revenue from
    business rates")."""

    def __init__(self, lex: LexiconLookup) -> None:
        self.head = re.compile(rf"\s+(?:{lex.alternation('generic_heads')})$")
        self.plural = re.compile(rf"\s+(?:{lex.alternation('generic_plural_heads')})$")


def normal_metric(metric: str | None, lex: LexiconLookup | None = None) -> str | None:
    """A metric's name as rules compare it: "june's inflation rate" -> "inflation" (with the
    built-in lexicon's generic heads unless ``lex`` is given)."""
    if not metric:
        return None
    return _normal_metric(metric, lex or default_lookup())


@lru_cache(maxsize=4096)  # metric phrases recur across an article's figures
def _normal_metric(metric: str, lex: LexiconLookup) -> str | None:
    generic = lex.derived(_GenericHeads)
    periods = lex.derived(_Periods)
    metric = periods.period.sub("", periods.words.sub("", metric))
    metric = _POSSESSIVE.sub("", metric)
    metric = " ".join(metric.split())
    metric = periods.leftover.sub("", metric, count=1)
    head_end = _HEAD_END.search(metric)
    head, rest = (metric[:head_end.start()], metric[head_end.start():]) if head_end else (
        metric, "")
    metric = generic.head.sub("", head, count=1)
    if rest:
        metric = generic.plural.sub("", metric, count=1)
    metric += rest
    return metric or None


def in_the_singular(metric: str, plural_nouns: Collection[str] = ()) -> str:
    """A normal metric with its head noun in the singular, as two figures' metrics are
    compared: "primary classes average 27 pupils" and "the average primary class size is 31
    pupils" measure one thing. A noun of ``plural_nouns`` ("sales", "earnings") stays."""
    head_end = _HEAD_END.search(metric)
    at = head_end.start() if head_end else len(metric)
    head, space, last = metric[:at].rpartition(" ")
    if last in plural_nouns:
        return metric
    return f"{head}{space}{singular(last)}{metric[at:]}"


class _Chinese:
    """The patterns Chinese periods and metrics are read with, from the lexicon's Chinese
    entries (rules/lexicons/zh.yaml): `period_translations` ("今年": this year), and the
    Chinese words of `level_verbs` ("为", "达到"), `selectors` ("其中") and
    `not_in_a_metric` ("该市", "今年")."""

    def __init__(self, lex: LexiconLookup) -> None:
        self.relative = lex.period_translations
        relatives = "|".join(sorted(map(re.escape, self.relative), key=len, reverse=True))
        # "今年", "上半年", "一季度", "2024年", "3月"
        self.period = re.compile(
            rf"(?P<relative>{relatives or '(?!)'})"
            r"|(?P<quarter>[一二三四1-4])季度"
            rf"|(?P<year>{YEAR})年(?:(?P<month>\d{{1,2}})月)?"
            r"|(?<![\d年])(?P<lone_month>\d{1,2}|[一二三四五六七八九十]{1,2})月")
        # what stands between a metric and its figure: "为", "达到", "约为", "增至"
        self.level_verb = re.compile(rf"(?:{lex.alternation('level_verbs', chinese=True)})+$")
        self.selector = re.compile(lex.alternation("selectors", chinese=True))
        self.not_metric = re.compile(
            rf"(?:{lex.alternation('not_in_a_metric', chinese=True)}|\d+年|\d+月|[一二三四]季度)")


_CHINESE_QUARTERS = {"一": "q1", "二": "q2", "三": "q3", "四": "q4", "1": "q1", "2": "q2",
                     "3": "q3", "4": "q4"}


def chinese_period(text: str, start: int, end: int, lex: LexiconLookup) -> str | None:
    """The Chinese period expression nearest to the figure at ``text[start:end]``."""
    best: tuple[int, str] | None = None
    for found_start, found_end, period in _chinese_periods(text, lex):
        if found_start < end and start < found_end:
            continue
        distance = start - found_end if found_end <= start else found_start - end
        if best is None or distance < best[0]:
            best = (distance, period)
    return best[1] if best else None


@lru_cache(maxsize=64)  # a sentence's figures ask one after another
def _chinese_periods(text: str, lex: LexiconLookup) -> tuple[tuple[int, int, str], ...]:
    chinese = lex.derived(_Chinese)
    return tuple((match.start(), match.end(), _normal_chinese_period(match, chinese))
                 for match in chinese.period.finditer(text))


def _normal_chinese_period(match: re.Match[str], chinese: _Chinese) -> str:
    if match.group("relative"):
        return chinese.relative[match.group("relative")]
    if match.group("quarter"):
        return _CHINESE_QUARTERS[match.group("quarter")]
    if match.group("year"):
        month = match.group("month")
        return f"{match.group('year')}-{int(month):02d}" if month else match.group("year")
    return f"month {match.group('lone_month')}"


_CHINESE_CLAUSE = re.compile(r"[，。；！？、,;:：]")


def chinese_metric(text: str, start: int, end: int | None = None,
                   lex: LexiconLookup | None = None) -> str | None:
    """What a Chinese figure measures: the last word of the clause before it, once its verb
    ("为", "达到") and its period and place words ("今年", "该市") are set aside:
    "今年该市失业率为5.2%" and "该市今年的失业率达到4.1%" both measure 失业率."""
    lex = lex or default_lookup()
    # "1070项商品": a classifier; what is counted is the noun after it; "百分之三十的学校": the
    # noun after "的" is the whole a share is of (as "30% of schools")
    if end is not None and (text[end - 1:end] in grammar(lex).chinese_classifiers
                            or text[end:end + 1] == "的"):
        after = _CHINESE_CLAUSE.search(text, end)
        from factcheck.extract.chinese import nouns

        counted = [word for word in nouns(text[end:after.start() if after else len(text)])
                   if len(word) >= 2]
        if counted:
            return counted[0]
    chinese = lex.derived(_Chinese)
    clause_start = max((m.end() for m in _CHINESE_CLAUSE.finditer(text, 0, start)), default=0)
    clause = text[clause_start:start]
    if chinese.selector.search(clause):
        return None  # "另一家企业交付新车…": one of several, not the whole
    before = chinese.level_verb.sub("", clause.strip())
    before = chinese.not_metric.sub(" ", before).strip()
    if not before:
        return None
    from factcheck.extract.chinese import nouns

    found = [word for word in nouns(before.split()[-1]) if len(word) >= 2]
    return found[-1] if found else None
