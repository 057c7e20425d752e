"""A figure's frame: when it holds (its period) and what it measures, in one normal form.

"Inflation stood at 3.1% in June" and "June's inflation rate of 2.4%" state one metric of one
period, so rules can compare them across an article: the period is read from the sentence (a
month, a year, a quarter, "last year", "this season"), and a metric's name is normalized (no
possessives, no period words, "rate" and "level" after another word dropped).
"""

from __future__ import annotations

import re
from functools import lru_cache

MONTH_NAMES = ("january february march april may june july august september october november "
               "december").split()
_MONTH_ABBREVIATIONS = {name[:3]: name for name in MONTH_NAMES} | {"sept": "september"}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
         r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_YEAR = r"(?:1[89]|20)\d\d"
_PERIOD = re.compile(
    rf"\b(?P<month>{_MONTH})(?:['’]s)?(?:\s+(?P<month_year>{_YEAR}))?\b"
    rf"|\b(?P<quarter>(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|Q[1-4])"
    rf"(?:\s+of\s+(?P<quarter_year>{_YEAR}))?\b"
    rf"|\b(?P<relative>(?:last|this|next|previous|current)\s+(?:year|month|week|season|quarter|"
    rf"term|decade))\b"
    rf"|\b(?:in|during|for|since|by)\s+(?P<year>{_YEAR})\b(?!\s*[-–]\d)",
    re.IGNORECASE)
_QUARTERS = {"first": "q1", "1st": "q1", "second": "q2", "2nd": "q2", "third": "q3", "3rd": "q3",
             "fourth": "q4", "4th": "q4"}
_PERIOD_WORDS = re.compile(rf"\b(?:{_MONTH}|{_YEAR})(?:['’]s)?\s*", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
_GENERIC_HEAD = re.compile(r"\s+(?:rate|level|figure|total|number|count)$")


def period_near(text: str, start: int, end: int) -> str | None:
    """The period the figure at ``text[start:end]`` holds for: the period expression of its
    sentence nearest to it."""
    best: tuple[int, str] | None = None
    for found_start, found_end, period in _periods(text):
        if found_start < end and start < found_end:
            continue  # the figure itself ("2024" is not its own period)
        distance = start - found_end if found_end <= start else found_start - end
        if best is None or distance < best[0]:
            best = (distance, period)
    return best[1] if best else None


@lru_cache(maxsize=64)  # a sentence's figures ask one after another
def _periods(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((match.start(), match.end(), _normal_period(match))
                 for match in _PERIOD.finditer(text))


def _normal_period(match: re.Match[str]) -> str:
    if match.group("month"):
        month = match.group("month").rstrip(".").lower()
        month = _MONTH_ABBREVIATIONS.get(month[:4] if month.startswith("sept") else month[:3],
                                         month)
        year = match.group("month_year")
        return f"{month} {year}" if year else month
    if match.group("quarter"):
        quarter = match.group("quarter").lower()
        name = _QUARTERS.get(quarter.split()[0], quarter)
        year = match.group("quarter_year")
        return f"{name} {year}" if year else name
    if match.group("relative"):
        return " ".join(match.group("relative").lower().split())
    return match.group("year")


def normal_metric(metric: str | None) -> str | None:
    """A metric's name as rules compare it: "june's inflation rate" -> "inflation"."""
    if not metric:
        return None
    metric = _PERIOD.sub("", _PERIOD_WORDS.sub("", metric))
    metric = _POSSESSIVE.sub("", metric)
    metric = " ".join(metric.split())
    metric = _GENERIC_HEAD.sub("", metric)
    return metric or None
