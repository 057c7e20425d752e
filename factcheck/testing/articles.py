"""Hypothesis strategies for article *text*: consistent articles, and articles with one planted
inconsistency of a chosen kind.

Articles are rendered from generated statements (``Statement``) so that what an article says is
known exactly: a consistent article's sources contain every figure it cites, and a planted
article differs from a consistent one in one place. Templates are plain news prose that the
built-in extractor reads; rule authors can add their own templates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from hypothesis import strategies as st

COUNTRIES = ("China", "Japan", "Germany", "India", "Brazil", "Canada", "Mexico", "Vietnam")
METRICS = ("steel imports", "solar panel output", "lithium processing", "battery production",
           "soybean purchases", "rare earth refining")
TOPICS = ("tariffs", "export controls", "sanctions")
PUBLISHERS = ("Reuters", "Bloomberg", "Nikkei Asia", "Caixin", "AP")


class Planted(StrEnum):
    """The inconsistencies `planted_articles` can plant, with the rule expected to flag each."""

    VALUE_CONFLICT = "numeric.value-conflict"
    RATIO_MISMATCH = "numeric.ratio-mismatch"
    CHANGE_MISMATCH = "numeric.change-mismatch"
    PERCENT_OUT_OF_RANGE = "numeric.percent-out-of-range"
    STANCE_CONTRADICTION = "stance.contradiction"
    UNRESOLVED_CITATION = "citation.unresolved"
    NUMBER_NOT_IN_SOURCE = "citation.number-not-in-source"


@dataclass(frozen=True)
class Statement:
    """One sentence of an article, and the sentence its source gives for it."""

    text: str
    source: str
    markers: tuple[int, ...] = ()  # extra citation markers, e.g. one pointing nowhere


@dataclass(frozen=True)
class Article:
    statements: tuple[Statement, ...]
    citations: tuple[int, ...]  # the reference each statement cites
    references: int
    bullets: bool = False

    def render(self) -> str:
        lines = ["# Briefing", ""]
        body = [f"{s.text[:-1]} [{ref}]{''.join(f' [{m}]' for m in s.markers)}."
                for s, ref in zip(self.statements, self.citations, strict=True)]
        if self.bullets:
            lines += [f"- {sentence}" for sentence in body]
        else:
            lines += [" ".join(body[i:i + 3]) + "\n" for i in range(0, len(body), 3)]
        lines += ["", "## References", ""]
        lines += [f"[{n}] {PUBLISHERS[n % len(PUBLISHERS)]}, \"Notes {n}\", 2025."
                  for n in range(1, self.references + 1)]
        return "\n".join(lines) + "\n"

    def sources(self) -> dict[str, str]:
        texts: dict[str, list[str]] = {str(n): [] for n in range(1, self.references + 1)}
        for statement, ref in zip(self.statements, self.citations, strict=True):
            texts[str(ref)].append(statement.source)
        return {ref: " ".join(body) or "No figures." for ref, body in texts.items()}

    def reordered(self, order: list[int]) -> Article:
        return replace(self, statements=tuple(self.statements[i] for i in order),
                       citations=tuple(self.citations[i] for i in order))

    def scaled(self, factor: int) -> Article:
        """Every tonnage and count multiplied by ``factor`` (shares and rates are left alone)."""
        figure = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})*|\d+)(?= tonnes)")

        def scale(text: str) -> str:
            return figure.sub(lambda m: f"{int(m.group(1).replace(',', '')) * factor:,}", text)

        return replace(self, statements=tuple(
            Statement(scale(s.text), scale(s.source), s.markers) for s in self.statements))

    def renamed(self, mapping: dict[str, str]) -> Article:
        names = re.compile(r"\b(?:" + "|".join(map(re.escape, mapping)) + r")\b")

        def swap(text: str) -> str:  # one pass, so a new name is never renamed again
            return names.sub(lambda match: mapping[match.group(0)], text)

        return replace(self, statements=tuple(
            Statement(swap(s.text), swap(s.source), s.markers) for s in self.statements))


@st.composite
def share_statement(draw: st.DrawFn, country: str, metric: str) -> Statement:
    share = draw(st.integers(min_value=5, max_value=95))
    hedge = draw(st.sampled_from(["", "nearly ", "about "]))
    text = f"{country} accounts for {hedge}{share}% of global {metric}."
    return Statement(text, f"{country} accounts for {share}% of global {metric}.")


@st.composite
def ratio_statement(draw: st.DrawFn, country: str, metric: str) -> Statement:
    base = draw(st.integers(min_value=2, max_value=90)) * 10
    factor = draw(st.sampled_from([2, 3, 4]))
    word = {2: "twice", 3: "three times", 4: "four times"}[factor]
    other = draw(st.sampled_from([c for c in COUNTRIES if c != country]))
    text = (f"{country} recorded {base * factor:,} tonnes of {metric}, {word} the {base:,} "
            f"tonnes recorded by {other}.")
    return Statement(text, f"{country} recorded {base * factor:,} tonnes of {metric}; {other} "
                     f"recorded {base:,} tonnes.")


@st.composite
def change_statement(draw: st.DrawFn, country: str, metric: str) -> Statement:
    start = draw(st.integers(min_value=1, max_value=40)) * 20  # every pct below divides it
    pct = draw(st.sampled_from([10, 20, 25, 50]))
    end = start + start * pct // 100
    text = f"{metric.capitalize()} in {country} rose {pct}% from {start} million to {end} million."
    return Statement(text, f"{metric.capitalize()} in {country} went from {start} million to "
                     f"{end} million, up {pct}%.")


@st.composite
def stance_statement(draw: st.DrawFn, country: str) -> Statement:
    topic = draw(st.sampled_from(TOPICS))
    verb = draw(st.sampled_from(["supports", "backs", "opposes", "rejects"]))
    text = f"{country} {verb} the new {topic}."
    return Statement(text, text)


@st.composite
def consistent_articles(draw: st.DrawFn, min_statements: int = 2,
                        max_statements: int = 8) -> Article:
    """An article no precise rule should flag: each country and metric appears once."""
    count = draw(st.integers(min_value=min_statements, max_value=max_statements))
    countries = draw(st.permutations(COUNTRIES))[:count]
    metrics = draw(st.permutations(METRICS * 2))[:count]
    statements = []
    for country, metric in zip(countries, metrics, strict=True):
        maker = draw(st.sampled_from(["share", "ratio", "change", "stance"]))
        if maker == "share":
            statements.append(draw(share_statement(country, metric)))
        elif maker == "ratio":
            statements.append(draw(ratio_statement(country, metric)))
        elif maker == "change":
            statements.append(draw(change_statement(country, metric)))
        else:
            statements.append(draw(stance_statement(country)))
    references = draw(st.integers(min_value=1, max_value=min(3, count)))
    citations = tuple(n % references + 1 for n in range(count))
    return Article(tuple(statements), citations, references, bullets=draw(st.booleans()))


@st.composite
def planted_articles(draw: st.DrawFn, kind: Planted) -> Article:
    """A consistent article plus one inconsistency of `kind`, placed at a random position."""
    base = draw(consistent_articles(min_statements=1, max_statements=5))
    country = draw(st.sampled_from([c for c in COUNTRIES
                                    if not any(c in s.text for s in base.statements)] or ["Chile"]))
    metric = draw(st.sampled_from(METRICS))
    extra: list[Statement] = []
    statements = list(base.statements)
    if kind is Planted.VALUE_CONFLICT:
        first = draw(st.integers(min_value=10, max_value=40))
        second = first + draw(st.integers(min_value=20, max_value=50))
        extra = [Statement(f"{country} accounts for {n}% of global {metric}.",
                           f"{country} accounts for {n}% of global {metric}.")
                 for n in (first, second)]
    elif kind is Planted.RATIO_MISMATCH:
        base_value = draw(st.integers(min_value=2, max_value=90)) * 10
        text = (f"{country} recorded {base_value * 5:,} tonnes of {metric}, twice the "
                f"{base_value:,} tonnes recorded by Chile.")
        extra = [Statement(text, text)]
    elif kind is Planted.CHANGE_MISMATCH:
        start = draw(st.integers(min_value=2, max_value=80)) * 10
        end = start + start // 10  # a 10% rise, stated as 50%
        text = f"{metric.capitalize()} in {country} rose 50% from {start} million to {end} million."
        extra = [Statement(text, text)]
    elif kind is Planted.PERCENT_OUT_OF_RANGE:
        share = draw(st.integers(min_value=120, max_value=400))
        text = f"{country} accounts for {share}% of global {metric}."
        extra = [Statement(text, text)]
    elif kind is Planted.STANCE_CONTRADICTION:
        topic = draw(st.sampled_from(TOPICS))
        extra = [Statement(f"{country} supports the new {topic}.", "x"),
                 Statement(f"{country} rejects the new {topic}.", "x")]
    elif kind is Planted.UNRESOLVED_CITATION:
        at = draw(st.integers(min_value=0, max_value=len(statements) - 1))
        marker = base.references + draw(st.integers(min_value=1, max_value=3))
        statements[at] = replace(statements[at], markers=(marker,))
    elif kind is Planted.NUMBER_NOT_IN_SOURCE:
        used = " ".join(s.text + " " + s.source for s in base.statements)
        share = draw(st.integers(min_value=10, max_value=40).filter(
            lambda n: f"{n}%" not in used and f"{n + 30}%" not in used))
        extra = [Statement(f"{country} accounts for {share}% of global {metric}.",
                           f"{country} accounts for {share + 30}% of global {metric}.")]
    citations = list(base.citations)
    for statement in extra:
        at = draw(st.integers(min_value=0, max_value=len(statements)))
        statements.insert(at, statement)
        citations.insert(at, 1)
    return Article(tuple(statements), tuple(citations), base.references, base.bullets)
