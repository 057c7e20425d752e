"""Accuracy on labelled real text: `python -m benchmarks.run --only accuracy`.

The development data in ``../shared/data`` (see its README) is checked as a user would check it:
each summary becomes an article whose sentences cite ``[1]``, with the source as
``<article>.sources/1.txt``; each pair of statements by one speaker becomes an article of two
paragraphs. Printed: precision, recall and F1 of every rule that fires, of the
``-not-in-source`` rules together and of all source checks (``../shared/tools/devscore``'s
definition), per dataset and on the summaries with a figure, beside a one-line regex baseline;
and the numeric and stance findings on every distinct source text checked as an article (real
text, taken as consistent: each is a false alarm).
Every false alarm and every miss is written, with the findings' messages, to
``benchmarks/results/accuracy-errors.md`` for reading. The data is for measuring: nothing in the
rules is taken from it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
ERRORS = ROOT / "benchmarks" / "results" / "accuracy-errors.md"

# Findings about the article's own reference list or attribution, not about what a source says.
NOT_SOURCE = frozenset({"citation.unresolved", "citation.numbering-gap",
                        "citation.unused-reference", "citation.uncited-statistic"})
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class Item:
    id: str
    dataset: str
    summary: str
    source: str
    inconsistent: bool
    has_number: bool
    error_types: list[str]
    findings: list[dict[str, Any]] = field(default_factory=list)  # rule_id, severity, message


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, flagged: bool, positive: bool) -> None:
        if flagged:
            self.tp += positive
            self.fp += not positive
        else:
            self.fn += positive
            self.tn += not positive

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> dict[str, float]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "flagged": self.tp + self.fp, "right": self.tp,
                "wrong": self.fp, "positives": self.tp + self.fn, "items": self.tp + self.fp
                + self.fn + self.tn}


def load_items(name: str) -> list[Item]:
    items = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        items.append(Item(id=raw["id"], dataset=raw["dataset"], summary=raw["summary"],
                          source=raw["source_text"],
                          inconsistent=raw["label"] == "inconsistent",
                          has_number=bool(raw.get("has_number")),
                          error_types=list(raw.get("error_types") or [])))
    return items


def _stem(item_id: str, taken: set[str]) -> str:
    stem = re.sub(r"[^A-Za-z0-9_-]", "_", item_id)[:80]
    while stem in taken:
        stem += "_"
    taken.add(stem)
    return stem


def write_summaries(items: list[Item], folder: Path) -> dict[Path, Item]:
    """Each summary as an article citing ``[1]`` after every sentence, as devscore writes it."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[Path, Item] = {}
    taken: set[str] = set()
    for item in items:
        stem = _stem(item.id, taken)
        sentences = re.split(r"(?<=[.!?])\s+", item.summary.strip())
        article = folder / f"{stem}.md"
        article.write_text(" ".join(s + " [1]" for s in sentences if s) + "\n", encoding="utf-8")
        sources = folder / f"{stem}.sources"
        sources.mkdir(exist_ok=True)
        (sources / "1.txt").write_text(item.source, encoding="utf-8")
        paths[article] = item
    return paths


def write_statement_pairs(items: list[Item], folder: Path) -> dict[Path, Item]:
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[Path, Item] = {}
    taken: set[str] = set()
    for item in items:
        article = folder / f"{_stem(item.id, taken)}.md"
        article.write_text(f"{item.source.strip()}\n\n{item.summary.strip()}\n", encoding="utf-8")
        paths[article] = item
    return paths


def check_all(paths: dict[Path, Item]) -> None:
    """Every article checked in this process, as `factcheck check` would check it."""
    from factcheck.dsl.ruleset import load_ruleset
    from factcheck.extract import default_lexicon
    from factcheck.pipeline import Checker

    checker = Checker(load_ruleset(), default_lexicon())
    for path, item in paths.items():
        result = checker.check_path(path)
        item.findings = [{"rule_id": f.rule_id, "severity": str(f.severity.value),
                          "message": f.message} for f in result.findings]


def _fires(item: Item, wanted: Callable[[str], bool], severities: Iterable[str]) -> bool:
    return any(wanted(f["rule_id"]) and f["severity"] in severities for f in item.findings)


def regex_baseline(item: Item) -> bool:
    """A digit string of the summary, commas removed, that the source lacks."""
    source = item.source.replace(",", "")
    return any(figure.replace(",", "").rstrip(".") not in source
               for figure in _FIGURE.findall(item.summary))


def _is_source_check(rule_id: str) -> bool:
    return rule_id.startswith("citation.") and rule_id not in NOT_SOURCE


def _not_in_source(rule_id: str) -> bool:
    return rule_id.endswith("-not-in-source")


FAILING = ("error", "warning")


def score_summaries(items: list[Item]) -> dict[str, Any]:
    subsets: dict[str, list[Item]] = {"all": items,
                                      "has_number": [i for i in items if i.has_number]}
    for item in items:
        subsets.setdefault(f"dataset {item.dataset}", []).append(item)
    checks: dict[str, Callable[[Item], bool]] = {
        "-not-in-source rules": lambda i: _fires(i, _not_in_source, FAILING),
        "source checks (devscore)": lambda i: _fires(i, _is_source_check, FAILING),
        "regex baseline": regex_baseline,
    }
    table: dict[str, dict[str, Any]] = {}
    for name, check in checks.items():
        for subset, members in subsets.items():
            score = Score()
            for item in members:
                score.add(check(item), item.inconsistent)
            table[f"{name} | {subset}"] = score.row()
    return {"checks": table, "rules": _per_rule(items)}


def _per_rule(items: list[Item]) -> dict[str, dict[str, Any]]:
    """Every rule that fired on some item, scored on its own at any severity."""
    fired = sorted({f["rule_id"] for item in items for f in item.findings})
    rows = {}
    for rule_id in fired:
        score = Score()
        for item in items:
            score.add(any(f["rule_id"] == rule_id for f in item.findings), item.inconsistent)
        rows[rule_id] = score.row()
    return rows


def score_statement_pairs(items: list[Item]) -> dict[str, Any]:
    score = Score()
    for item in items:
        score.add(_fires(item, lambda r: r.split(".")[0] in ("stance", "numeric"), FAILING),
                  item.inconsistent)
    return {"checks": {"stance and numeric rules | all": score.row()},
            "rules": _per_rule(items)}


def write_sources(items: list[Item], folder: Path) -> dict[Path, Item]:
    """Each distinct source text as an article of its own: real news and reference text,
    taken as consistent, on which the numeric and stance rules should stay quiet."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[Path, Item] = {}
    seen: set[str] = set()
    for item in items:
        key = item.source[:300]
        if key in seen:
            continue
        seen.add(key)
        article = folder / f"source-{len(paths) + 1:04d}.md"
        article.write_text(item.source + "\n", encoding="utf-8")
        paths[article] = Item(id=article.stem, dataset=item.dataset, summary=item.source,
                              source="", inconsistent=False, has_number=item.has_number,
                              error_types=[])
    return paths


def _numeric_or_stance(rule_id: str) -> bool:
    return rule_id.split(".")[0] in ("numeric", "stance")


def score_real_articles(items: list[Item]) -> dict[str, Any]:
    alarms: dict[str, int] = {}
    for item in items:
        for finding in item.findings:
            if _numeric_or_stance(finding["rule_id"]) and finding["severity"] in FAILING:
                alarms[finding["rule_id"]] = alarms.get(finding["rule_id"], 0) + 1
    return {"articles": len(items), "alarms": alarms,
            "per_100": round(100 * sum(alarms.values()) / max(len(items), 1), 2)}


def write_errors(summaries: list[Item], pairs: list[Item], real: list[Item]) -> None:
    lines = ["# Accuracy errors on the development data",
             "", "Written by `python -m benchmarks.run --only accuracy`; for reading, not for "
             "copying into fixtures or word lists.", ""]
    for title, items, wanted in (
            ("Source checks on dev_summaries", summaries, _is_source_check),
            ("Stance and numeric rules on dev_contradictions", pairs,
             lambda r: r.split(".")[0] in ("stance", "numeric"))):
        alarms = [i for i in items if _fires(i, wanted, FAILING) and not i.inconsistent]
        misses = [i for i in items if i.inconsistent and not _fires(i, wanted, FAILING)]
        lines += [f"## {title}: {len(alarms)} false alarms", ""]
        for item in alarms:
            lines += [f"### {item.id} ({item.dataset})", "", f"> {item.summary}", ""]
            lines += [f"- `{f['rule_id']}` ({f['severity']}): {f['message']}"
                      for f in item.findings if wanted(f["rule_id"])]
            lines.append("")
        lines += [f"## {title}: {len(misses)} misses", ""]
        for item in misses:
            kinds = ", ".join(item.error_types) or "no error type given"
            lines += [f"### {item.id} ({item.dataset}; {kinds})", "", f"> {item.summary}", ""]
            lines += [f"- `{f['rule_id']}` ({f['severity']}): {f['message']}"
                      for f in item.findings if wanted(f["rule_id"])]
            lines.append("")
    lines += ["## Numeric and stance findings on real articles (taken as false alarms)", ""]
    for item in real:
        lines += [f"- {item.id} ({item.dataset}): `{f['rule_id']}`: {f['message']}"
                  for f in item.findings
                  if _numeric_or_stance(f["rule_id"]) and f["severity"] in FAILING]
    ERRORS.parent.mkdir(parents=True, exist_ok=True)
    ERRORS.write_text("\n".join(lines), encoding="utf-8")


def accuracy(folder: Path) -> dict[str, Any]:
    """Scores on the development data, or why there are none."""
    if not (DATA / "dev_summaries.jsonl").is_file():
        return {"skipped": f"no development data at {DATA}"}
    summaries = load_items("dev_summaries.jsonl")
    pairs = load_items("dev_contradictions.jsonl")
    check_all(write_summaries(summaries, folder / "accuracy-summaries"))
    check_all(write_statement_pairs(pairs, folder / "accuracy-pairs"))
    real = write_sources(summaries, folder / "accuracy-sources")
    check_all(real)
    write_errors(summaries, pairs, list(real.values()))
    return {"dev_summaries": score_summaries(summaries),
            "dev_contradictions": score_statement_pairs(pairs),
            "real_articles": score_real_articles(list(real.values())),
            "rule_problems": rule_problems([*summaries, *pairs, *real.values()]),
            "errors_file": str(ERRORS.relative_to(ROOT))}


def rule_problems(items: list[Item]) -> dict[str, int]:
    """How often each rule raised or ran too long (``engine.*`` findings), by message: a rule
    that fails finds nothing in that document, which the scores alone would hide."""
    counts: dict[str, int] = {}
    for item in items:
        for finding in item.findings:
            if finding["rule_id"].startswith("engine."):
                counts[finding["message"]] = counts.get(finding["message"], 0) + 1
    return counts


def _line(name: str, row: dict[str, Any]) -> str:
    return (f"  {name:<58} P {row['precision']:.2f}  R {row['recall']:.2f}  "
            f"F1 {row['f1']:.2f}  ({row['flagged']} flagged: {row['right']} right, "
            f"{row['wrong']} wrong, of {row['positives']}/{row['items']})")


def report(out: dict[str, Any], targets: dict[str, bool]) -> None:
    if "skipped" in out:
        print(f"\naccuracy: skipped, {out['skipped']}")
        return
    for name, scores in (("dev_summaries", out["dev_summaries"]),
                         ("dev_contradictions", out["dev_contradictions"])):
        print(f"\naccuracy on {name}")
        for check, row in scores["checks"].items():
            print(_line(check, row))
        print("  per rule, any severity:")
        for rule_id, row in scores["rules"].items():
            print(_line(f"  {rule_id}", row))
    real = out["real_articles"]
    print(f"\nnumeric and stance findings (error, warning) on {real['articles']} real articles: "
          f"{real['per_100']} per 100 {real['alarms']}")
    print(f"  false alarms and misses: {out['errors_file']}")
    problems = out["rule_problems"]
    print(f"\nrules that raised or ran too long: {sum(problems.values())}")
    for message, count in sorted(problems.items()):
        print(f"  {count:4d}  {message}")
    targets["no rule raises or runs too long on the development data"] = not problems
    targets["numeric and stance false alarms on real articles <= 0.5 per 100"] = (
        real["per_100"] <= 0.5)
    checks = out["dev_summaries"]["checks"]
    together = checks["-not-in-source rules | all"]
    numbered = checks["-not-in-source rules | has_number"]
    targets["-not-in-source rules: precision >= 0.90, recall >= 0.30"] = (
        together["precision"] >= 0.90 and together["recall"] >= 0.30)
    targets["-not-in-source rules with a figure: precision >= 0.90, recall >= 0.40"] = (
        numbered["precision"] >= 0.90 and numbered["recall"] >= 0.40)


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = accuracy(Path(tmp))
    targets: dict[str, bool] = {}
    report(out, targets)
    for name, ok in targets.items():
        print(f"  {'PASS' if ok else 'MISS'}  {name}")


if __name__ == "__main__":
    main()
