"""English noun number by ending (factcheck/extract/inflection.py)."""

from __future__ import annotations

import pytest

from factcheck.extract.inflection import other_number, plural, singular


@pytest.mark.parametrize("plural_form, singular_form", [
    ("cities", "city"), ("churches", "church"), ("cuts", "cut"), ("classes", "class"),
    ("boxes", "box"),
])
def test_singular_and_plural_meet(plural_form: str, singular_form: str) -> None:
    assert singular(plural_form) == singular_form
    assert plural(singular_form) == plural_form


@pytest.mark.parametrize("word", ["crisis", "bus", "class", "status"])
def test_a_word_that_does_not_end_as_a_plural_stays(word: str) -> None:
    assert singular(word) == word


def test_the_other_number_of_a_phrase_is_its_last_words() -> None:
    assert other_number("tariff cuts") == "tariff cut"
    assert other_number("rate hike") == "rate hikes"
