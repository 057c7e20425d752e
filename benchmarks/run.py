"""factcheck's benchmarks: `python -m benchmarks.run [--quick]` prints figures and writes JSON.

Measures, on a deterministic corpus (benchmarks/corpus.py) and the real fixtures:
- warm per-article latency p50/p95 through all built-in rules, by article size (up to ~1,000
  words, with the cited sources each article brings);
- extraction alone, in ms per 1,000 words, on the real fixture articles and on generated ones;
- CLI cold start of `factcheck check` on the seed;
- batch throughput at --jobs 1 and --jobs 2;
- peak RSS, and RSS after 50,000 documents against after 5,000 (streaming jsonl);
- scaling: time per article of 50, 100, 200, 400, 800 claims, on articles where few pairs
  match (the target) and on the small-vocabulary corpus where pairs grow with the square;
- hostile articles (issue 16): time, peak RSS and report size of `factcheck check` on 690 KB
  of citation markers and on 16 MB of dense figures, both cut to the per-document limits; and
  checking a 50 KB article against rules with the backtracking regexes of issue 16 (on RE2);
- accuracy on the labelled development data in ../shared/data (benchmarks/accuracy.py):
  precision, recall and F1 per rule, per dataset and against a regex baseline;
- peers as their users run them, side by side on the same folder of 100 generated ~1,000-word
  articles: `factcheck check <folder>`, `proselint check <folder>` (extra `bench`) and textlint
  with four common rules (installed with npm into the git-ignored benchmarks/.peers/ when
  missing; skipped, saying why, without npm), each one process over the folder; and in this
  process factcheck --engine python, a bare durable-rules loop over the same facts (the
  matching floor) and one regex pass over the text (the reading floor).
Targets are checked and printed as PASS/MISS; results go to benchmarks/results/latest.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks import accuracy
from benchmarks.corpus import generate

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "articles" / "seed-us-china-tariffs.txt"
RESULTS = ROOT / "benchmarks" / "results"


def timed(function: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def time_each(function: Callable[[Any], object], items: Iterable[Any]) -> list[float]:
    """Seconds for one call of ``function`` on each item."""
    times = []
    for item in items:
        start = time.perf_counter()
        function(item)
        times.append(time.perf_counter() - start)
    return times


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def checker(engine: str = "durable") -> Any:
    """A checker in the state `factcheck check` runs one in, collector settings included."""
    from factcheck.dsl.ruleset import load_ruleset
    from factcheck.extract import default_lexicon
    from factcheck.gc_policy import tune_for_checking
    from factcheck.pipeline import Checker

    built = Checker(load_ruleset(), default_lexicon(), engine)
    tune_for_checking()
    return built


def latency(folder: Path, claims: int, count: int, engine: str = "durable",
            distinct: bool = False) -> dict[str, float]:
    from factcheck.load import load_document

    name = f"{'distinct' if distinct else 'lat'}-{claims}"
    paths = generate(folder / name, count, claims, seed=claims, distinct=distinct)
    documents = [load_document(path) for path in paths]
    from factcheck.extract import extract

    run = checker(engine)
    run.check_document(documents[0])  # warm: rules compiled, caches filled
    times = time_each(run.check_document, documents)
    findings = statistics.mean(len(run.check_document(doc).findings) for doc in documents)
    extraction = time_each(lambda document: extract(document, run.lexicon), documents)
    words = statistics.mean(len(doc.text.split()) for doc in documents)
    return {"claims": claims, "words": round(words), "p50_ms": percentile(times, 0.5) * 1000,
            "p95_ms": percentile(times, 0.95) * 1000,
            "extract_p50_ms": percentile(extraction, 0.5) * 1000, "findings": findings}


def extraction(folder: Path) -> dict[str, float]:
    """Extraction alone (warm), ms per 1,000 words: the real fixtures, the seed, generated prose."""
    from factcheck.errors import FactcheckError
    from factcheck.extract import default_lexicon
    from factcheck.load import load_document

    lexicon = default_lexicon()
    real = []
    for path in sorted((ROOT / "fixtures").rglob("*")):
        if path.suffix in (".md", ".txt") and path.parent.suffix != ".sources":
            try:
                document = load_document(path)
            except FactcheckError:
                continue
            if not _CHINESE.search(document.text):  # words are counted by spaces here
                real.append(document)
    generated = [load_document(p) for p in generate(folder / "extraction", 20, 68, seed=68)]
    out: dict[str, float] = {}
    for name, documents in (("real_fixtures", real), ("seed", [load_document(SEED)]),
                            ("generated", generated)):
        words = sum(len(doc.text.split()) for doc in documents)
        best = min(timed(partial(_extract_each, documents, lexicon), 7))
        out[f"{name}_words"] = words / len(documents)
        out[f"{name}_ms_per_1000_words"] = best / words * 1_000_000
    # Chinese has no spaces to count words by: both languages per 1,000 characters.
    english = generated
    chinese = [load_document(p) for p in chinese_corpus(folder / "chinese", 20)]
    _extract_each(chinese[:1], lexicon)  # jieba's dictionary is built once, on first use
    for name, documents in (("english", english), ("chinese", chinese)):
        characters = sum(len(doc.text) for doc in documents)
        best = min(timed(partial(_extract_each, documents, lexicon), 7))
        out[f"{name}_ms_per_1000_chars"] = best / characters * 1_000_000
    return out


_CHINESE = re.compile("[\u4e00-\u9fff]")
_CHINESE_SENTENCES = (
    "据新华社报道，{city}港口吞吐量同比增长了百分之{pct}【1】。",
    "{city}市政府表示，将投资{money}亿元扩建码头【2】。",
    "交通运输部部长{name}指出，今年货运量达到{count}万吨，是去年的两倍【1】。",
    "{name}部长此前支持提高港口收费【2】。",
    "{city}大学教授{name}认为，该计划可行，但反对取消补贴【3】。",
    "全市共有{count}家物流企业，其中外资企业占百分之{pct}【3】。",
)
_CITIES = ("宁波", "青岛", "厦门", "天津", "广州")
_NAMES = ("张伟", "李娜", "王强", "刘洋", "陈静")


def chinese_corpus(folder: Path, count: int) -> list[Path]:
    """Chinese articles of ~1,000 characters from fixed templates, for extraction speed."""
    import random

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20)
    paths = []
    for number in range(count):
        sentences: list[str] = []
        while sum(map(len, sentences)) < 1000:
            template = rng.choice(_CHINESE_SENTENCES)
            sentences.append(template.format(city=rng.choice(_CITIES), name=rng.choice(_NAMES),
                                             pct=rng.randint(2, 60), money=rng.randint(2, 90),
                                             count=rng.randint(10, 900)))
        path = folder / f"zh-{number:02d}.md"
        path.write_text("".join(sentences) + "\n\n## 参考资料\n\n【1】新华社\n【2】市政府\n【3】港务局\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def _extract_each(documents: list[Any], lexicon: Any) -> None:
    from factcheck.extract import extract

    for document in documents:
        extract(document, lexicon)


def cold_start() -> float:
    command = [sys.executable, "-m", "factcheck.cli", "check", str(SEED), "--fail-on", "never",
               "--format", "json"]
    # As a user's machine runs it: bytecode cached (installers write it; PYTHONDONTWRITEBYTECODE
    # would make every run recompile factcheck) and the start-up cache filled by a first run.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, capture_output=True, check=True, cwd=ROOT, env=env)
    runs = []
    for _ in range(7):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd=ROOT, env=env)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def throughput(folder: Path, jobs: int) -> float:
    command = [sys.executable, "-m", "factcheck.cli", "check", str(folder), "--jobs", str(jobs),
               "--format", "jsonl", "--fail-on", "never", "--output", str(folder.parent / "t.jsonl")]
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
    documents = sum(1 for _ in folder.glob("*.md"))
    return documents / (time.perf_counter() - start)


# ru_maxrss survives exec, so a child of this (larger) process would report this process's peak;
# VmHWM belongs to the new program's memory map. Workers are forked from that small program,
# so RUSAGE_CHILDREN is right for them.
OWN_PEAK = """
def own_peak_kb():
    import resource
    try:
        for line in open('/proc/self/status'):
            if line.startswith('VmHWM:'):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""


def rss_growth(folder: Path, small: int, large: int) -> dict[str, float]:
    """Peak RSS of a streaming batch of `small` then `large` documents (the same few files)."""
    generate(folder, 20, 20, seed=3)
    files = sorted(folder.glob("*.md"))
    out = {}
    for count in (small, large):
        listing = [str(files[i % len(files)]) for i in range(count)]
        listing_file = folder.parent / f"list-{count}.txt"
        listing_file.write_text("\n".join(listing))
        script = (
            f"{OWN_PEAK}\n"
            "import resource, sys; from factcheck.cli import main; sys.argv = ['factcheck', "
            "'check', '--format', 'jsonl', '--fail-on', 'never', '--output', '/dev/null', "
            "'--jobs', '1', '--files-from', sys.argv[1]]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(own_peak_kb(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        result = subprocess.run([sys.executable, "-c", script, str(listing_file)],
                                capture_output=True, text=True, check=True, cwd=ROOT)
        parent, children = map(int, result.stdout.split()[-2:])
        out[f"rss_mb_{count}"] = max(parent, children) / 1024
    return out


HOSTILE_ARTICLES: dict[str, Callable[[], str]] = {
    # 100,000 citation markers in one "sentence": it took 51 s, 5.3 GB and a 1.4 GB report.
    "markers_690kb": lambda: " ".join(f"[{i % 9999 + 1}]" for i in range(100_000)),
    # Just under the 16 MB cap, a figure every few words: minutes at ~40 KB/s when unbounded.
    "dense_figures_16mb": lambda: " ".join(
        f"Exports rose {i % 97 + 1}% to ${i % 991 + 1} billion in {1990 + i % 30}."
        for i in range(16 * 1024 * 1024 // 48)),
}


def hostile(folder: Path | None = None) -> dict[str, dict[str, float]]:
    """`factcheck check` on each hostile article, in a fresh process: seconds, peak RSS of the
    process and its workers, report size, and whether the report says what was cut."""
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = folder or Path(tmp)
        for name, make in HOSTILE_ARTICLES.items():
            article = base / f"{name}.md"
            article.write_text(make(), encoding="utf-8")
            report_path = base / f"{name}.json"
            script = (
                f"{OWN_PEAK}\n"
                "import resource, sys; from factcheck.cli import main; sys.argv = ['factcheck', "
                "'check', '--format', 'json', '--fail-on', 'never', '--output', sys.argv[2], "
                "sys.argv[1]]\n"
                "try:\n    main()\nexcept SystemExit:\n    pass\n"
                "print(own_peak_kb(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
            start = time.perf_counter()
            result = subprocess.run([sys.executable, "-c", script, str(article), str(report_path)],
                                    capture_output=True, text=True, check=True, cwd=ROOT)
            seconds = time.perf_counter() - start
            parent, children = map(int, result.stdout.split()[-2:])
            report = json.loads(report_path.read_text())
            rows[name] = {
                "article_kb": article.stat().st_size / 1024, "seconds": seconds,
                "peak_rss_mb": max(parent, children) / 1024,
                "report_kb": report_path.stat().st_size / 1024,
                "truncated": any(f["rule_id"] == "engine.truncated"
                                 for d in report["documents"] for f in d["findings"]),
            }
    return rows


# Patterns the old nested-quantifier guard let through; on Python's re each took exponential time
# on a run of "a" or "ab" (issue 16, item 9). Rule regexes now run on RE2.
HOSTILE_REGEXES = ("(a|aa)+$", "((a+))+$", "(a|a?)+$", "(a|b|ab)*c")


def hostile_regexes(folder: Path) -> dict[str, float]:
    """Seconds to check a 50 KB article of long "ab" and "a" runs with one rule per hostile
    pattern on claim text, by engine, in this process."""
    from factcheck.dsl.ruleset import load_ruleset
    from factcheck.extract import default_lexicon
    from factcheck.pipeline import Checker

    rules = folder / "hostile-regexes.yaml"
    rules.write_text("rules:\n" + "".join(
        f"  - id: hostile.r{n}\n    severity: warning\n    message: m\n    description: d\n"
        f"    match: {{c: {{fact: claim, where: {{text: {{regex: '{pattern}'}}}}}}}}\n"
        "    examples: {flag: [x], pass: [y]}\n" for n, pattern in enumerate(HOSTILE_REGEXES)))
    article = folder / "hostile-regexes.md"
    article.write_text("".join(f"Group {n} said {'ab' * 2400} rose 5% [1].\n\n" for n in range(10))
                       + "The total was " + "a" * 3000 + "\n")
    ruleset = load_ruleset([rules], builtin=False)
    out = {}
    for engine in ("durable", "python"):
        checker = Checker(ruleset, default_lexicon(), engine)
        checker.check_path(article)  # warm: compiled rules, matcher
        out[f"{engine}_s"] = min(timed(partial(checker.check_path, article), 3))
    return out


# The peers as their users run them: one process over a folder of articles.
PEER_CLAIMS = 68  # claims per generated article: ~1,000 words
PEERS_DIR = ROOT / "benchmarks" / ".peers"  # git-ignored: npm installs textlint here
# textlint with four common rules that apply to English news text (no-doubled-joshi and the
# other Japanese rules would find nothing to do), pinned so that figures stay comparable.
TEXTLINT_PACKAGES = {"textlint": "15.8.0", "textlint-rule-no-todo": "2.0.1",
                     "textlint-rule-max-comma": "4.0.0", "textlint-rule-sentence-length": "5.2.1",
                     "textlint-rule-terminology": "5.2.16"}
TEXTLINT_RULES = ("no-todo", "max-comma", "sentence-length", "terminology")


def _tool(name: str) -> str | None:
    """``name`` from this interpreter's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def textlint_command() -> tuple[list[str] | None, str]:
    """textlint with its four rules, installed by npm into benchmarks/.peers/ when missing or
    pinned differently; ``None`` and the reason when it cannot be."""
    binary = PEERS_DIR / "node_modules" / ".bin" / "textlint"
    manifest = PEERS_DIR / "package.json"
    wanted = json.dumps({"private": True, "description": "peers for benchmarks/run.py --only peers",
                         "dependencies": TEXTLINT_PACKAGES}, indent=2) + "\n"
    if not binary.exists() or not manifest.exists() or manifest.read_text() != wanted:
        npm = shutil.which("npm")
        if npm is None:
            return None, "npm not found (textlint is installed with npm into benchmarks/.peers/)"
        PEERS_DIR.mkdir(parents=True, exist_ok=True)
        manifest.write_text(wanted)
        print("installing textlint and its rules with npm into benchmarks/.peers/ …",
              file=sys.stderr)
        done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--loglevel=error"],
                              cwd=PEERS_DIR, capture_output=True, text=True, check=False,
                              timeout=900)
        if done.returncode != 0 or not binary.exists():
            manifest.unlink(missing_ok=True)  # tried again next run
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            return None, f"npm install failed: {last}"
    config = PEERS_DIR / ".textlintrc.json"
    config.write_text(json.dumps({"rules": dict.fromkeys(TEXTLINT_RULES, True)}, indent=2))
    return [str(binary), "--config", str(config)], ""


def _version(name: str, command: list[str]) -> str:
    """``name`` and the version ``command`` prints ("textlint v15.8.0")."""
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    lines = (done.stdout.strip() or done.stderr.strip()).splitlines()
    said = lines[0] if done.returncode == 0 and lines else "unknown"
    return said if said.lower().startswith(name) else f"{name} {said}"


def _wall(command: list[str], cwd: Path) -> float:
    """Seconds for ``command`` to finish, its report thrown away as a CI log would keep it."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          check=False, timeout=900)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1: findings, which every tool reports on this corpus
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: "
                           f"{done.stderr.decode(errors='replace')[-2000:]}")
    return seconds


def peers(folder: Path, count: int, rounds: int) -> dict[str, Any]:
    """factcheck, proselint and textlint, each started once over the same folder of ``count``
    ~1,000-word articles, side by side: every round runs each tool in turn, so a drift of the
    machine's speed touches all of them; the median round is kept. Then, in this process, ms
    per article of factcheck by engine against the floors of matching and of reading."""
    from factcheck.engine.durable_matcher import DurableMatcher
    from factcheck.engine.prepare import prepare
    from factcheck.extract import extract
    from factcheck.facts import build_facts
    from factcheck.load import load_document

    work = folder / "peers"
    articles = work / "articles"
    # Articles only: each tool reads the same 100 files (cited sources would be read by
    # factcheck alone, and linted as prose by the others).
    paths = generate(articles, count, PEER_CLAIMS, seed=11, sources=False)
    factcheck = [_tool("factcheck") or sys.executable]
    if factcheck[0] == sys.executable:
        factcheck += ["-m", "factcheck"]
    commands: dict[str, list[str]] = {
        "factcheck": [*factcheck, "check", "articles"],
        "factcheck --jobs 1": [*factcheck, "check", "articles", "--jobs", "1"],
    }
    skipped: dict[str, str] = {}
    proselint = _tool("proselint")
    if proselint:
        commands["proselint"] = [proselint, "check", "articles"]
    else:
        skipped["proselint"] = "not installed (pip install -e '.[bench]')"
    textlint, why = textlint_command()
    if textlint:
        commands["textlint"] = [*textlint, "articles"]
    else:
        skipped["textlint"] = why
    for name, reason in skipped.items():
        print(f"peers: {name} skipped: {reason}", file=sys.stderr)
    versions = {"factcheck": _version("factcheck", [*factcheck, "--version"])}
    if proselint:
        versions["proselint"] = _version("proselint", [proselint, "version"])
    if textlint:
        versions["textlint"] = _version("textlint", [textlint[0], "--version"])
    runs: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # warm: the file cache, bytecode, node's module cache
        _wall(command, work)
    for _ in range(rounds):
        for name, command in commands.items():
            runs[name].append(_wall(command, work))

    documents = [load_document(path) for path in paths]
    in_process: dict[str, float] = {}
    for engine in ("durable", "python"):
        run = checker(engine)
        run.check_document(documents[0])
        in_process[f"factcheck_{engine}"] = statistics.mean(
            time_each(run.check_document, documents)) * 1000
    run = checker("durable")
    facts = [build_facts(doc, extract(doc, run.lexicon)) for doc in documents]
    matcher = DurableMatcher(run.ruleset.pack)
    payloads = [prepare(run.ruleset.pack, doc_facts, f"s{i}") for i, doc_facts in enumerate(facts)]
    in_process["durable_rules_floor"] = statistics.mean(time_each(matcher.match, payloads)) * 1000
    pattern = re.compile(r"\d[\d,.]*%?|\[\d+\]")
    in_process["regex_floor"] = statistics.mean(
        time_each(lambda document: pattern.findall(document.text), documents)) * 1000
    return {
        "articles": count, "rounds": rounds,
        "words_per_article": statistics.mean(len(doc.text.split()) for doc in documents),
        "commands": {name: " ".join([Path(command[0]).name, *command[1:]]).replace(
            str(PEERS_DIR / ".textlintrc.json"), "benchmarks/.peers/.textlintrc.json")
            for name, command in commands.items()},
        "versions": versions, "skipped": skipped,
        "wall_s": {name: statistics.median(times) for name, times in runs.items()},
        "wall_s_runs": runs,
        "in_process_ms_per_article": in_process,
    }


SECTIONS = ("latency", "extraction", "scaling", "cold-start", "throughput", "rss", "hostile",
            "peers", "accuracy")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="Fewer articles, no 50,000 run.")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=SECTIONS,
                        help="Run only these measurements (written to results/partial.json).")
    args = parser.parse_args()
    quick, only = args.quick, set(args.only)
    out: dict[str, Any] = {"machine": {"python": platform.python_version(),
                                       "platform": platform.platform(),
                                       "cpus": os.cpu_count()}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "latency" in only:
            out["latency"] = [latency(folder, claims, 10 if quick else 40)
                              for claims in (10, 40, 68)]
        if "extraction" in only:
            out["extraction"] = extraction(folder)
        if "scaling" in only:
            sizes = (50, 100, 200, 400, 800)
            out["scaling"] = [latency(folder, claims, 3 if quick else 8, distinct=True)
                              for claims in sizes]
            out["scaling_repetitive"] = [latency(folder, claims, 3 if quick else 8)
                                         for claims in sizes]
        if "cold-start" in only:
            out["cold_start_s"] = cold_start()
        if "throughput" in only:
            batch = folder / "batch"
            generate(batch, 60 if quick else 300, 40, seed=5)
            out["throughput"] = {f"jobs_{j}": throughput(batch, j) for j in (1, 2)}
        if "rss" in only:
            out["rss"] = rss_growth(folder / "rss", 500 if quick else 5000,
                                    5000 if quick else 50000)
        if "hostile" in only:
            out["hostile"] = hostile(folder)
            out["hostile_regexes"] = hostile_regexes(folder)
        if "peers" in only:
            out["peers"] = peers(folder, 100, 1 if quick else 3)
        if "accuracy" in only:
            out["accuracy"] = accuracy.accuracy(folder)
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report(out)
    RESULTS.mkdir(exist_ok=True)
    name = "latest.json" if only == set(SECTIONS) else "partial.json"
    (RESULTS / name).write_text(json.dumps(out, indent=2))


def report(out: dict[str, Any]) -> None:
    print(f"machine: {out['machine']}")
    targets: dict[str, bool] = {}
    if "latency" in out:
        print("\nper-article latency (warm, all built-in rules)")
        for row in out["latency"]:
            print(f"  {row['claims']:>4} claims ~{row['words']:>5} words: p50 "
                  f"{row['p50_ms']:7.2f} ms  p95 {row['p95_ms']:7.2f} ms  (extraction alone p50 "
                  f"{row['extract_p50_ms']:.2f} ms)")
        words_1000 = min(out["latency"], key=lambda r: abs(r["words"] - 1000))
        targets["1,000-word article p50 < 20 ms"] = words_1000["p50_ms"] < 20
    if "extraction" in out:
        row = out["extraction"]
        print("\nextraction alone (warm), ms per 1,000 words")
        for name in ("real_fixtures", "seed", "generated"):
            print(f"  {name:<14} {row[f'{name}_ms_per_1000_words']:6.2f} ms  "
                  f"(articles of ~{row[f'{name}_words']:.0f} words)")
    if "scaling" in out:
        for key, title in (("scaling", "few matching pairs: each claim its own metric and person"),
                           ("scaling_repetitive", "small vocabulary: pairs grow with the square")):
            print(f"\nscaling, {title} (claims per article → p50 ms, findings)")
            rows = out[key]
            for previous, row in zip([None, *rows], rows, strict=False):
                ratio = f"  ×{row['p50_ms'] / previous['p50_ms']:.2f}" if previous else ""
                print(f"  {row['claims']:>4}: {row['p50_ms']:8.2f} ms{ratio:<8}  "
                      f"{row['findings']:6.1f} findings")
        pairs = [r["p50_ms"] for r in out["scaling"]]
        targets["doubling claims ≤ 2.3× time (few pairs match)"] = all(
            b / a <= 2.3 for a, b in itertools.pairwise(pairs))
    if "extraction" in out and "chinese_ms_per_1000_chars" in out["extraction"]:
        found = out["extraction"]
        print(f"extraction per 1,000 characters: English {found['english_ms_per_1000_chars']:.2f} "
              f"ms, Chinese {found['chinese_ms_per_1000_chars']:.2f} ms (jieba's segmenter "
              "included)")
    if "cold_start_s" in out:
        print(f"\nCLI cold start on the seed: {out['cold_start_s'] * 1000:.0f} ms")
        targets["seed cold start < 0.5 s"] = out["cold_start_s"] < 0.5
    if "throughput" in out:
        print("throughput: " + ", ".join(f"{k} {v:.1f} articles/s"
                                         for k, v in out["throughput"].items()))
    if "rss" in out:
        print("RSS: " + ", ".join(f"{k} {v:.1f}" for k, v in out["rss"].items()))
        rss = list(out["rss"].values())
        targets["RSS at the large batch within 10% of the small"] = rss[1] <= rss[0] * 1.10
    if "hostile" in out:
        print("\nhostile articles, cut to the per-document limits")
        for name, row in out["hostile"].items():
            print(f"  {name:<20} {row['article_kb']:8.0f} KB: {row['seconds']:5.2f} s, peak RSS "
                  f"{row['peak_rss_mb']:6.1f} MB, report {row['report_kb']:7.0f} KB, "
                  f"engine.truncated {'yes' if row['truncated'] else 'NO'}")
        rows = out["hostile"].values()
        targets["hostile articles: < 10 s, < 300 MB, report < 5 MB, cut said"] = all(
            row["seconds"] < 10 and row["peak_rss_mb"] < 300 and row["report_kb"] < 5 * 1024
            and row["truncated"] for row in rows)
    if "hostile_regexes" in out:
        timings = out["hostile_regexes"]
        print("50 KB article against the backtracking patterns (RE2): " + ", ".join(
            f"{name} {seconds * 1000:.0f} ms" for name, seconds in timings.items()))
        targets["hostile regexes: 50 KB article < 1 s"] = all(v < 1 for v in timings.values())
    if "peers" in out:
        found = out["peers"]
        wall = found["wall_s"]
        print(f"\npeers: each tool started once over the same folder of {found['articles']} "
              f"articles of ~{found['words_per_article']:.0f} words (median of "
              f"{found['rounds']} round(s), run side by side)")
        for name, seconds in wall.items():
            print(f"  {name:<20} {seconds:6.2f} s  ({seconds / found['articles'] * 1000:5.1f} ms "
                  f"per article)  $ {found['commands'][name]}")
        for name, reason in found["skipped"].items():
            print(f"  {name:<20} skipped: {reason}")
        print("  versions: " + ", ".join(found["versions"].values()))
        for peer in ("proselint", "textlint"):
            if peer in wall:
                print(f"  factcheck takes ×{wall['factcheck'] / wall[peer]:.2f} {peer}'s time "
                      f"(×{wall['factcheck --jobs 1'] / wall[peer]:.2f} with --jobs 1)")
        in_process = found["in_process_ms_per_article"]
        base = in_process["factcheck_durable"]
        print("  in this process, ms per article (ratio to factcheck):")
        for name, value in in_process.items():
            print(f"    {name:<22} {value:9.3f} ms  ×{value / base:.3f}")
    if "accuracy" in out:
        accuracy.report(out["accuracy"], targets)
    print("\ntargets")
    for name, ok in targets.items():
        print(f"  {'PASS' if ok else 'MISS'}  {name}")
    out["targets"] = targets


if __name__ == "__main__":
    main()
