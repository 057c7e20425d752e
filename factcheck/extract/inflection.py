"""An English noun's number, by its ending: enough for two mentions of one thing to meet
("the tariff cut" and "tariff cuts", "primary classes" and "the average primary class").

Endings, not a dictionary: simplemma's would cost every run ~0.3 s to load, and both sides of a
comparison go through the same rule, so an irregular word ("news", "series") stays comparable.
"""

from __future__ import annotations


def singular(word: str) -> str:
    """A plural noun's singular: "cities" city, "churches" church, "cuts" cut; a word that
    does not end as a plural ("crisis", "bus", "class") as it is."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def plural(word: str) -> str:
    """A singular noun's plural: "city" cities, "church" churches, "cut" cuts."""
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"


def other_number(phrase: str) -> str:
    """The phrase with its last word in the other number ("tariff cuts": "tariff cut")."""
    head, _, last = phrase.rpartition(" ")
    other = singular(last)
    if other == last:
        other = plural(last)
    return f"{head} {other}" if head else other
