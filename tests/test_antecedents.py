"""Who a claim's opening pronoun stands for (factcheck.support.antecedents)."""

from __future__ import annotations

import pytest

from factcheck.extract import default_lexicon
from factcheck.support.antecedents import antecedent, with_antecedent


@pytest.mark.parametrize("earlier, pronoun, person", [
    # the person the claim before opens with, after a description of a few words
    (["Headteacher Joanne Firth introduced daily reading sessions."], "She", "Joanne Firth"),
    (["Former postman Jamie Trent won the £100,000 prize."], "he", "Jamie Trent"),
    # the same pronoun goes on with that person; another means the other person named
    (["Ana Weiss leads the council.", "She won the seat from the Liberal Tom Hurst."], "she",
     "Ana Weiss"),
    (["Ana Weiss leads the council.", "She won the seat from the Liberal Tom Hurst."], "He",
     "Tom Hurst"),
    # a claim before that opens with a description or names no one: no one
    (["The 31-year-old beat dental nurse Chloe Marsh in the vote."], "He", None),
    (["The bridge reopened on Monday."], "She", None),
    ([], "He", None),
])
def test_the_person_a_pronoun_stands_for(earlier: list[str], pronoun: str,
                                         person: str | None) -> None:
    assert antecedent(pronoun, earlier, [], default_lexicon().lookup()) == person


def test_a_claim_is_read_with_the_person_for_its_opening_pronoun() -> None:
    lex = default_lexicon().lookup()
    earlier = ["Warden Ellen Voss closed the north trail."]
    assert with_antecedent("She said it would reopen in May.", earlier, [], lex) == (
        "Ellen Voss said it would reopen in May.")
    assert with_antecedent("The trail will reopen in May.", earlier, [], lex) is None
