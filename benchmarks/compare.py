"""Per-article time of this checkout against an earlier commit, measured back to back.

    python -m benchmarks.compare 0963c6b [--claims 68 10] [--rounds 5]

Issues set speed targets as a ratio to an earlier commit ("no more than 1.25× today's"). On a
shared virtual machine the speed drifts by 20 % and more within minutes, so two runs made apart
cannot be compared. This checks the earlier commit out into a temporary git worktree, writes
one corpus of generated articles with their cited sources (benchmarks/corpus.py, the latency
benchmark's articles), and then, round after round, runs each version in a fresh process on
the same articles: CPU time per article, median of one pass after a warm-up article. A drift
touches both versions of a round alike; the ratio is read per round, and the lowest time of
each version over the rounds is compared too.

The earlier commit is run with its own code (PYTHONPATH points at the worktree) through the
API both share: ``Checker(load_ruleset(), default_lexicon()).check_document(load_document(p))``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.corpus import generate

ROOT = Path(__file__).resolve().parents[1]

# Run in a fresh interpreter with the version under test first on sys.path.
_MEASURE = """
import statistics, sys, time
from pathlib import Path
from factcheck.dsl.ruleset import load_ruleset
from factcheck.extract import default_lexicon
from factcheck.load import load_document
from factcheck.pipeline import Checker
try:
    from factcheck.gc_policy import tune_for_checking
    tune_for_checking()
except ImportError:
    pass
checker = Checker(load_ruleset(), default_lexicon())
documents = [load_document(path) for path in sorted(Path(sys.argv[1]).glob("*.md"))]
checker.check_document(documents[0])
times = []
for document in documents[1:]:
    start = time.process_time()
    checker.check_document(document)
    times.append(time.process_time() - start)
print(statistics.median(times) * 1000)
"""


def measure(code: Path, corpus: Path) -> float:
    """CPU ms per article of the factcheck in ``code`` on the articles of ``corpus``."""
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(corpus)], capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(code), "PYTHONHASHSEED": "0"},
        check=False, cwd=code)
    if result.returncode != 0:
        raise SystemExit(f"measuring {code} failed:\n{result.stderr[-2000:]}")
    return float(result.stdout.strip().splitlines()[-1])


def compare(rev: str, claims: list[int], articles: int, rounds: int) -> dict[int, list[float]]:
    """Per size: the ratio (this checkout / ``rev``) of every round."""
    ratios: dict[int, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="factcheck-compare-") as temporary:
        work = Path(temporary)
        earlier = work / "earlier"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--force",
                        str(earlier), rev], check=True, capture_output=True)
        try:
            for size in claims:
                corpus = work / f"articles-{size}"
                generate(corpus, articles, size, seed=size)
                times: dict[str, list[float]] = {"earlier": [], "now": []}
                for number in range(rounds):
                    times["earlier"].append(measure(earlier, corpus))
                    times["now"].append(measure(ROOT, corpus))
                    print(f"{size:4d} claims, round {number + 1}: {rev} "
                          f"{times['earlier'][-1]:6.2f} ms, now {times['now'][-1]:6.2f} ms, "
                          f"×{times['now'][-1] / times['earlier'][-1]:.2f}", flush=True)
                ratios[size] = [now / before for now, before
                                in zip(times["now"], times["earlier"], strict=True)]
                print(f"{size:4d} claims: ×{statistics.median(ratios[size]):.2f} median of "
                      f"{rounds} rounds (×{min(ratios[size]):.2f}–{max(ratios[size]):.2f}); "
                      f"best times {min(times['earlier']):.2f} and {min(times['now']):.2f} ms "
                      f"(×{min(times['now']) / min(times['earlier']):.2f})")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(earlier)], check=False, capture_output=True)
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rev", help="the earlier commit (any git revision)")
    parser.add_argument("--claims", type=int, nargs="+", default=[68, 10],
                        help="claims per article (68 is ~1,000 words)")
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--limit", type=float, default=None,
                        help="fail (exit 1) when a size's median ratio is above this")
    args = parser.parse_args()
    ratios = compare(args.rev, args.claims, args.articles, args.rounds)
    if args.limit is not None:
        over = {size: statistics.median(found) for size, found in ratios.items()
                if statistics.median(found) > args.limit}
        for size, ratio in over.items():
            print(f"MISS  {size} claims: ×{ratio:.2f} > ×{args.limit:.2f}")
        if over:
            raise SystemExit(1)
        print(f"PASS  every size within ×{args.limit:.2f}")


if __name__ == "__main__":
    main()
