"""Change-to-diagnostics latency of `factcheck lsp`, over a real stdio session.

`python -m benchmarks.lsp [--words 1000] [--edits 60] [--debounce SECONDS]`

A workspace with a factcheck.toml and one generated article of about ``--words`` words with its
``.sources/`` folder (benchmarks/corpus.py: figures, ratios, stances, citations, a reference
list) is opened in a server started as an editor starts it (`python -m factcheck lsp`). Then:

- typing: one edit at a time (a character typed into, or deleted from, a sentence of a random
  paragraph), each timed from sending didChange to receiving the diagnostics published for
  that version, with a pause after each, as between keystrokes of a writer who stops to read;
- a burst: keystrokes 20 ms apart, faster than the debounce, timed from the last one.

The latency includes the debounce delay (the server waits for the text to be quiet that long
before checking), the check, and the protocol's round trip. Target: p95 under 100 ms for a
1,000-word article.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.corpus import generate
from factcheck.lsp.client import LspClient

TARGET_MS = 100.0


def article(folder: Path, words: int, seed: int) -> Path:
    """A generated article of at least ``words`` words, with its sources folder."""
    claims = max(4, words // 14)
    while True:
        (path,) = generate(folder / f"c{claims}", 1, claims, seed=seed)
        if len(path.read_text(encoding="utf-8").split()) >= words:
            return path
        claims += 4


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def keystroke(text: str, rng: random.Random, typed: list[tuple[int, str]]) -> str:
    """``text`` with one character typed into a sentence (or the last one typed deleted)."""
    if typed and rng.random() < 0.5:
        at, char = typed.pop()
        return text[:at] + text[at + len(char):]
    paragraphs = [i for i, line in enumerate(text.split("\n"))
                  if len(line) > 80 and not line.startswith(("#", "[", "---", "title:"))]
    lines = text.split("\n")
    number = rng.choice(paragraphs)
    line_start = sum(len(line) + 1 for line in lines[:number])
    spaces = [i for i, char in enumerate(lines[number]) if char == " "]
    at = line_start + rng.choice(spaces)
    char = rng.choice("aeiou")
    typed.append((at, char))
    return text[:at] + char + text[at:]


def run(words: int, edits: int, debounce: float | None, seed: int, pause: float) -> dict[str, Any]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="factcheck-lsp-bench-") as tmp:
        root = Path(tmp)
        (root / "factcheck.toml").write_text("# the workspace's configuration: found from the "
                                             "workspace folder, as the CLI finds it\n",
                                             encoding="utf-8")
        path = article(root / "articles", words, seed)
        text = path.read_text(encoding="utf-8")
        uri = path.resolve().as_uri()
        command = [sys.executable, "-m", "factcheck", "lsp"]
        if debounce is not None:
            command += ["--debounce", str(debounce)]
        with LspClient(command, cwd=root) as client:
            client.initialize(root)
            started = time.perf_counter()
            client.open(uri, text)
            first = client.diagnostics(uri, 1, timeout=60)
            opened_ms = (time.perf_counter() - started) * 1000
            version = 1
            typed: list[tuple[int, str]] = []
            typing: list[float] = []
            for _ in range(edits):
                text = keystroke(text, rng, typed)
                version += 1
                started = time.perf_counter()
                client.change(uri, text, version)
                client.diagnostics(uri, version)
                typing.append((time.perf_counter() - started) * 1000)
                time.sleep(pause)
            burst: list[float] = []
            for _ in range(max(3, edits // 6)):
                for _ in range(5):
                    text = keystroke(text, rng, typed)
                    version += 1
                    started = time.perf_counter()
                    client.change(uri, text, version)
                    time.sleep(0.02)
                client.diagnostics(uri, version)
                burst.append((time.perf_counter() - started) * 1000)
                time.sleep(pause)
            code = client.close()
    return {
        "words": len(text.split()),
        "findings": len(first), "open_ms": round(opened_ms, 1),
        "typing": summary(typing), "burst": summary(burst), "exit_code": code,
        "debounce": debounce,
    }


def summary(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "p50": round(statistics.median(values), 1),
            "p95": round(percentile(values, 0.95), 1), "max": round(max(values), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--debounce", type=float, default=None,
                        help="seconds; the server's default if not given")
    parser.add_argument("--pause", type=float, default=0.15,
                        help="seconds between timed keystrokes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    result = run(args.words, args.edits, args.debounce, args.seed, args.pause)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"article: {result['words']} words, {result['findings']} findings; first diagnostics "
          f"{result['open_ms']} ms after didOpen (rules loaded then)")
    for name, label in (("typing", "one keystroke"),
                        ("burst", "last of 5 keystrokes 20 ms apart")):
        figures = result[name]
        verdict = "PASS" if figures["p95"] <= TARGET_MS else "MISS"
        print(f"{label}: change-to-diagnostics p50 {figures['p50']} ms, p95 {figures['p95']} ms, "
              f"max {figures['max']} ms over {figures['n']}  [{verdict}: p95 <= {TARGET_MS:g} ms]")


if __name__ == "__main__":
    main()
