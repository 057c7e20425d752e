"""A deterministic corpus of realistic articles for benchmarks and scale tests.

``generate(n_articles, claims_per_article, seed)`` writes Markdown articles with quantities,
hedges, ratios, actors, stances, citations, a reference list and a ``.sources/`` folder whose
texts contain every cited figure, so the corpus exercises every built-in rule.

The vocabulary is small, so in a long article the same person, topic and metric come back
again and again and pair rules match more pairs with every claim added. ``distinct=True`` gives
each claim its own metric and each stance its own person: the number of matching pairs then
grows with the article, not with its square, which is what the scaling target is about.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

COUNTRIES = ["China", "the U.S.", "Japan", "Germany", "India", "Brazil", "Canada", "Mexico",
             "South Korea", "Vietnam", "Australia", "the EU"]
PEOPLE = [("Treasury Secretary", "Scott Bessent"), ("President", "Donald Trump"),
          ("Commerce Minister", "Wang Wentao"), ("Prime Minister", "Shigeru Ishiba"),
          ("Chancellor", "Friedrich Merz"), ("Finance Minister", "Nirmala Sitharaman")]
METRICS = ["rare earth refining", "semiconductor exports", "steel imports", "solar panel output",
           "lithium processing", "battery production", "soybean purchases", "auto parts trade"]
TOPICS = ["tariffs", "export controls", "sanctions", "the trade deal", "the tariff truce"]
SUPPORT = ["supports", "backs", "welcomed", "proposed"]
OPPOSE = ["opposes", "rejected", "criticized", "condemned"]
PUBLISHERS = ["Reuters", "Bloomberg", "Nikkei Asia", "Financial Times", "Caixin", "AP"]


SYLLABLES = ["ka", "ro", "mi", "ten", "sa", "vel", "dor", "lin", "pe", "sun", "ta", "bre"]


def _distinct_word(number: int) -> str:
    """A pronounceable word for ``number``, different for every number: 0 → Kaka, 13 → Roro…"""
    parts = [SYLLABLES[number % 12]]
    number //= 12
    while True:
        parts.append(SYLLABLES[number % 12])
        number //= 12
        if not number:
            break
    return "".join(parts).capitalize()


def _sentence(rng: random.Random, ref: int, facts: list[str], distinct: int | None = None
              ) -> str:
    kind = rng.randrange(6)
    country = rng.choice(COUNTRIES)
    metric = rng.choice(METRICS)
    if distinct is not None:
        metric = f"{_distinct_word(distinct).lower()}-grade {metric}"  # the metric read back
    if kind == 0:
        share = rng.randint(5, 95)
        hedge = rng.choice(["", "nearly ", "about ", "over "])
        facts.append(f"{country} accounts for {share}% of global {metric}.")
        return f"{country} accounts for {hedge}{share}% of global {metric} [{ref}]."
    if kind == 1:
        base = rng.randint(2, 90) * 10
        factor = rng.choice([2, 3, 4])
        other = rng.choice([c for c in COUNTRIES if c != country])
        facts.append(f"{country} recorded {base * factor:,} tonnes of {metric}, and {other} "
                     f"recorded {base:,} tonnes.")
        return (f"{country} recorded {base * factor:,} tonnes of {metric}, {factor} times as "
                f"many as the {base:,} tonnes of {other} [{ref}].")
    if kind == 2:
        start = rng.randint(20, 400)
        pct = rng.choice([10, 20, 25, 50])
        end = start + start * pct // 100
        facts.append(f"{metric.capitalize()} rose from {start} million to {end} million dollars.")
        return (f"{metric.capitalize()} in {country} rose {pct}% from ${start} million to "
                f"${end} million last year [{ref}].")
    if kind == 3:
        title, name = rng.choice(PEOPLE)
        if distinct is not None:
            name = f"{name.split()[0]} {_distinct_word(distinct)}"
        topic = rng.choice(TOPICS)
        verb = rng.choice(SUPPORT + OPPOSE)
        facts.append(f"{name} {verb} {topic}, officials said.")
        return f"{title} {name} {verb} {topic}, officials said [{ref}]."
    if kind == 4:
        year = rng.randint(2005, 2020)
        facts.append(f"The agreement on {metric} was signed in {year}.")
        return f"The agreement on {metric} between {country} and its partners dates from {year} [{ref}]."
    count = rng.randint(2, 40) * 100
    facts.append(f"Controls cover {count:,} items of {metric}.")
    return f"Controls in {country} now cover {count:,} items related to {metric} [{ref}]."


def article(rng: random.Random, claims: int, distinct: bool = False
            ) -> tuple[str, dict[str, str]]:
    refs = max(1, min(9, claims // 4))
    sources: dict[str, list[str]] = {str(i): [] for i in range(1, refs + 1)}
    lines = ["---", f"title: Trade briefing {rng.randrange(10_000)}", "date: 2025-06-01", "---",
             "", "# Trade briefing", ""]
    paragraph: list[str] = []
    for number in range(claims):
        ref = number % refs + 1
        paragraph.append(_sentence(rng, ref, sources[str(ref)], number if distinct else None))
        if len(paragraph) == 4:
            lines += [" ".join(paragraph), ""]
            paragraph = []
    if paragraph:
        lines += [" ".join(paragraph), ""]
    lines += ["## References", ""]
    lines += [f"[{i}] {rng.choice(PUBLISHERS)}, \"Trade notes {i}\", 2025." for i in range(1, refs + 1)]
    texts = {ref: "\n\n".join(facts) or "No figures." for ref, facts in sources.items()}
    return "\n".join(lines) + "\n", texts


def generate(folder: Path, articles: int, claims: int, seed: int = 0, sources: bool = True,
             distinct: bool = False) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(articles):
        text, texts = article(rng, claims, distinct)
        path = folder / f"article-{number:06d}.md"
        path.write_text(text, encoding="utf-8")
        if sources:
            source_folder = folder / f"{path.stem}.sources"
            source_folder.mkdir(exist_ok=True)
            for ref, body in texts.items():
                (source_folder / f"{ref}.txt").write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--claims", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    generate(args.folder, args.articles, args.claims, args.seed)


if __name__ == "__main__":
    main()
