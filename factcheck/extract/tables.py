"""Figures of a Markdown table's rows read with their column's heading.

A row is a claim of its own (factcheck.load.layout), so "| North | 211 | 211% |" says nothing of
what 211% measures: the heading above it does ("% of average"). A percentage under a heading
that names a reference level (the lexicon's ``reference_levels``) is no share of a whole, as
it would not be written out in a sentence ("211% of the average").
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.frames import normal_metric
from factcheck.extract.lookup import LexiconLookup
from factcheck.extract.quantities import reference_level
from factcheck.models import Claim, QuantityKind


def with_headings(claims: Sequence[Claim], lex: LexiconLookup) -> list[Claim]:
    """``claims``, the figures of each table row given their column heading's unit."""
    if not any(is_table_row(claim.text) for claim in claims):
        return list(claims)  # nearly every article: no table
    read: list[Claim] = []
    headings: list[str] = []
    for claim in claims:
        if not is_table_row(claim.text):
            headings = []
        elif not headings:
            headings = _cells(claim.text)  # the first row of a table heads its columns
        else:
            claim = _under(claim, headings, lex)
        read.append(claim)
    return read


def is_table_row(text: str) -> bool:
    """A claim that is a row of a Markdown table ("| North | 211 | 211% |")."""
    return text.startswith("|") and text.rstrip().endswith("|")


def _names_a_row(label: str) -> bool:
    """Whether a row's first cell names what the row is about ("North"), and the row is no
    other's ("2", a rank, or "2-year fix, 75% LTV", one of a grid's combinations, may be)."""
    return any(char.isalpha() for char in label) and not any(char.isdigit() for char in label)


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _under(row: Claim, headings: list[str], lex: LexiconLookup) -> Claim:
    """The row with each share under a reference heading given that reference as its unit, and
    each share its cell names nothing of given its heading as its metric ("Share") and the
    row's first cell as whose it is ("North")."""
    changed = []
    label = _cells(row.text)[0].lower()
    for quantity in row.quantities:
        if quantity.kind is not QuantityKind.PERCENT or quantity.unit != "%":
            changed.append(quantity)
            continue
        column = row.text.count("|", 0, quantity.span.start - row.span.start) - 1
        heading = headings[column] if 0 <= column < len(headings) else ""
        level = reference_level(heading, lex) if heading else None
        if level is not None:
            changed.append(quantity.model_copy(update={"unit": f"% of {level}"}))
        elif quantity.metric is None and heading and column > 0 and _names_a_row(label):
            changed.append(quantity.model_copy(update={
                "metric": normal_metric(heading.lower(), lex),
                "subject": quantity.subject or label}))
        else:
            changed.append(quantity)
    return row.model_copy(update={"quantities": tuple(changed)})
