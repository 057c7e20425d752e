"""A pack's own rules under fuzzing: each rule's ``flag``/``pass`` examples, transformed.

The generated articles of ``articles.py`` only exercise the built-in rules (their planted
inconsistencies are built-in rule ids). A custom pack is exercised through its own examples
instead: every example must keep its verdict, for its own rule, when its sentences are
reordered, its Markdown reformatted, its actors renamed and its figures rescaled, the same
transformations the generated articles go through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from factcheck.dsl.ruleset import RuleSet
from factcheck.dsl.schema import Example, Examples, RuleSpec
from factcheck.extract.segment import sentences
from factcheck.models.ledger import Ledger, LedgerEntry
from factcheck.pipeline import Checker
from factcheck.testing.articles import COUNTRIES


@dataclass(frozen=True)
class OwnExample:
    rule_id: str
    label: str  # "flag[0]", "pass[1]": where it is in the rule's examples
    case: Example
    must_flag: bool
    # Whether the rule's verdict may depend on the size of figures: a YAML rule that compares a
    # field with a number ("value: {gt: 95}") does, so its examples are not rescaled. Python
    # rules cannot be read and are taken to compare figures with each other.
    scale_free: bool


def _numbers_in(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    if isinstance(value, dict):
        return any(_numbers_in(item) for item in value.values())
    if isinstance(value, list | tuple):
        return any(_numbers_in(item) for item in value)
    return False


def _scale_free(spec: RuleSpec) -> bool:
    dumped = spec.model_dump(mode="python", include={"match", "unless"})
    return not _numbers_in(dumped)


def own_examples(ruleset: RuleSet, rule_ids: set[str]) -> list[OwnExample]:
    """The examples of the rules in ``rule_ids`` (a pack's own rules), in rule-id order."""
    specs = {spec.id: spec for spec in ruleset.yaml_specs()}
    found: list[OwnExample] = []
    for rule_id, examples in sorted(ruleset.examples().items()):
        if rule_id not in rule_ids:
            continue
        scale_free = rule_id not in specs or _scale_free(specs[rule_id])
        for label, texts, must_flag in (("flag", examples.flag, True),
                                        ("pass", examples.pass_, False)):
            for number, example in enumerate(texts):
                found.append(OwnExample(rule_id, f"{label}[{number}]", Examples.case(example),
                                        must_flag, scale_free))
    return found


def fires(checker: Checker, rule_id: str, case: Example) -> bool:
    """Whether ``rule_id`` flags the example, checked as `factcheck rules test` checks it."""
    from factcheck.ruletest import example_document

    runner = checker
    if case.ledger:
        ledger = Ledger(entries=[LedgerEntry.model_validate(e) for e in case.ledger])
        runner = replace(checker, options=replace(checker.options, ledger=ledger))
    findings = runner.check_document(example_document(case)).findings
    return any(finding.rule_id == rule_id for finding in findings)


# Where an example's prose ends: a heading or a reference list ("[1] …", "[^1]: …",
# "References"), which stay in place after the reordered or reformatted sentences.
_TAIL = re.compile(r"^(?:#|\s*\[\^?\w+\]:?\s|\s*(?:References|Sources|参考)\b)")


def _parts(text: str) -> tuple[str, list[str], str]:
    """(leading headings, the prose's sentences, what follows the prose)."""
    lines = text.split("\n")
    start = 0
    while start < len(lines) and (lines[start].startswith("#") or not lines[start].strip()):
        start += 1
    end = start
    while end < len(lines) and not _TAIL.match(lines[end]):
        end += 1
    head, tail = "\n".join(lines[:start]).strip(), "\n".join(lines[end:]).strip()
    # List markers go, so that reformatting can choose them again.
    body = "\n".join(re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", line) for line in lines[start:end])
    said = [body[a:b] for a, b in sentences(body, 0, len(body))]
    return head, said, tail


def _join(head: str, said: list[str], tail: str, style: str) -> str:
    if style == "bullets":
        body = "\n".join(f"- {sentence}" for sentence in said)
    elif style == "paragraphs":
        body = "\n\n".join(said)
    else:
        body = " ".join(said)
    return "\n\n".join(part for part in (head, body, tail) if part.strip()) + "\n"


def reordered(case: Example, seed: int) -> Example:
    """The example's sentences shuffled (by a seeded shuffle, so hypothesis can shrink it)."""
    import random

    head, said, tail = _parts(case.text)
    random.Random(seed).shuffle(said)
    return case.model_copy(update={"text": _join(head, said, tail, "prose")})


def reformatted(case: Example, style: str) -> Example:
    """The same sentences as one paragraph ("prose"), one paragraph each, or a bullet list."""
    head, said, tail = _parts(case.text)
    return case.model_copy(update={"text": _join(head, said, tail, style)})


def renamed(case: Example, mapping: dict[str, str]) -> Example:
    """Actors renamed throughout the example and its sources, in one pass per text so that a
    new name is never renamed again."""
    names = re.compile(r"\b(?:" + "|".join(map(re.escape, mapping)) + r")\b")

    def swap(text: str) -> str:
        return names.sub(lambda match: mapping[match.group(0)], text)

    return case.model_copy(update={
        "text": swap(case.text),
        "sources": {ref: swap(text) for ref, text in case.sources.items()}})


_MONTHS = ("January February March April May June July August September October November "
           "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
# An amount or count: not a year, a date's day, a share, a marker ([1]), an ordinal or a part of
# a word or code.
_FIGURE = re.compile(
    r"(?<![\w.,\[^/#-])(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?P<decimals>\.\d+)?"
    r"(?![\w\]%]|[.,]\d|\s?(?:percent|per cent|points?|pp)\b)")
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\.?\s$")


def _scaled_figure(match: re.Match[str], text: str, factor: int) -> str:
    digits, decimals = match.group("digits"), match.group("decimals") or ""
    plain = digits.replace(",", "")
    if not decimals and "," not in digits and len(plain) == 4 and 1800 <= int(plain) <= 2100:
        return match.group(0)  # a year
    if _MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return match.group(0)  # the day of a date
    value = float(plain + decimals) * factor
    if value.is_integer():
        return f"{int(value):,}" if "," in digits or value >= 10_000 else str(int(value))
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def rescaled(case: Example, factor: int) -> Example:
    """Every amount and count of the example and its sources multiplied by ``factor``; shares,
    years and dates are left alone."""

    def scale(text: str) -> str:
        return _FIGURE.sub(lambda match: _scaled_figure(match, text, factor), text)

    return case.model_copy(update={
        "text": scale(case.text),
        "sources": {ref: scale(text) for ref, text in case.sources.items()}})


def rename_mapping(seed: int) -> dict[str, str]:
    import random

    shuffled = list(COUNTRIES)
    random.Random(seed).shuffle(shuffled)
    return dict(zip(COUNTRIES, shuffled, strict=True))
