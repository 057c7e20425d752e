"""Hostile and malformed input: every case gets one clear line, and nothing else is lost."""

from __future__ import annotations

import itertools
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.load import document_from_text
from factcheck.testing.pytest_plugin import make_checker
from factcheck.testing.strategies import hostile_names, hostile_texts
from tests.conftest import ROOT, unsafe_lines
from tests.growth import FACTOR, assert_linear

runner = CliRunner()


def check_json(*paths: Path, extra: tuple[str, ...] = ()) -> tuple[int, dict[str, Any]]:
    result = runner.invoke(app, ["check", "--format", "json", *map(str, paths), *extra],
                           catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


@pytest.mark.parametrize(
    ("name", "content", "status"),
    [
        ("empty.md", b"", "checked"),
        ("blank.md", b"   \n\t\n  ", "checked"),
        ("nul.md", b"text\x00more", "failed"),
        ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "failed"),
        ("latin1.md", b"caf\xe9 [1]", "failed"),
        ("utf16.md", "Exports rose 5% [1].\r\n".encode("utf-16"), "checked"),
        ("crlf.md", b"Exports rose 5% [1].\r\n\r\nImports fell [2].\r\n", "checked"),
        ("numbers.md", ("Values: 1e308, NaN, inf, -0, " + "9" * 5000 + " units [1].").encode(),
         "checked"),
        ("nested.md", ("".join("  " * i + "- > " * i + f"item {i} [1]\n" for i in range(200))
                       ).encode(), "checked"),
    ],
)
def test_odd_articles(tmp_path: Path, name: str, content: bytes, status: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    ok = tmp_path / "zz-ok.md"
    ok.write_text("Exports rose 5% last year [1].\n")
    code, report = check_json(path, ok)
    documents = report["documents"]
    assert documents[0]["status"] == status
    if status == "failed":
        assert code == 2
        assert documents[0]["error"].startswith(f"{path}")
        assert "\n" not in documents[0]["error"]
    assert documents[1]["status"] == "checked"
    assert documents[1]["findings"][0]["rule_id"] == "citation.unresolved"


SYLLABLES = ["ka", "ro", "mi", "ten", "sa", "vel", "dor", "lin", "pe", "sun", "ta", "bre"]


# Each maker gives a hostile text of size n; the test checks a quarter of the size given and
# the whole, and compares the two (tests/growth.py): no absolute seconds.
ADVERSARIAL: dict[str, tuple[Callable[[int], str], int]] = {
    "1, on one line": (lambda n: "1," * n, 500_000),  # 1 MB on one line
    "open brackets": (lambda n: "(" * n + "[" * n, 100_000),
    "hedges": (lambda n: " nearly" * n, 100_000),
    "one long number": (lambda n: "9" * n + "%", 300_000),
    "U.S.": (lambda n: "U.S. " * n, 100_000),
    "quotes": (lambda n: "\"" * n, 200_000),
    "marker fragments": (lambda n: "[1][" * n, 100_000),
    # Many people each named once: every claim used to be searched for every surname.
    "distinct names": (lambda n: "\n\n".join(
        f"Minister {''.join(name).capitalize()} spoke." for name in
        itertools.islice(itertools.product(SYLLABLES, repeat=4), n)), 10_000),
}


@pytest.mark.parametrize("label", ADVERSARIAL)
def test_large_inputs_are_linear(label: str) -> None:
    checker = make_checker(engine="python")
    make, size = ADVERSARIAL[label]
    assert_linear(lambda text: checker.check_document(document_from_text(text, "adversarial.md")),
                  make, size // FACTOR, label)


def test_100000_claims_and_a_5_mb_line(tmp_path: Path) -> None:
    many = tmp_path / "many.md"
    many.write_text("\n\n".join(f"Item {i} rose {i % 90}% [1]." for i in range(100_000)))
    _, report = check_json(many, extra=("--timeout", "600"))
    # cut to the per-document limits (factcheck/limits.py), and said so
    assert report["documents"][0]["claims"] == 5_000
    assert report["summary"]["error"] == 2_000
    assert report["documents"][0]["findings"][0]["rule_id"] == "engine.truncated"
    long_line = tmp_path / "line.md"
    long_line.write_text("The committee met again. " * 200_000)
    _code, report = check_json(long_line, extra=("--timeout", "300"))
    assert report["documents"][0]["status"] == "checked"


def test_a_50_mb_article_is_refused_in_one_line(tmp_path: Path) -> None:
    huge = tmp_path / "huge.md"
    with huge.open("w") as handle:
        for _ in range(50):
            handle.write("The committee met again. " * 42_000 + "\n")
    ok = tmp_path / "ok.md"
    ok.write_text("Exports rose 5% last year [1].\n")
    code, report = check_json(huge, ok)
    assert code == 2
    error = report["documents"][0]["error"]
    assert error.startswith(f"{huge}: error: file is ") and "limit" in error
    assert report["documents"][1]["status"] == "checked"


def test_file_names_that_are_not_utf8_are_reported_escaped(tmp_path: Path) -> None:
    # POSIX file names are bytes; such a name once broke every JSON report with a traceback.
    folder = tmp_path / "articles"
    folder.mkdir()
    name = os.fsencode(folder) + b"/caf\xe9 [1].md"
    with open(name, "wb") as handle:
        handle.write(b"China controls nearly 90% of refining [1].\n")
    listing = tmp_path / "list.txt"
    listing.write_bytes(name + b"\n")
    expected = f"{folder}/caf\\xe9 [1].md"
    for args in ([str(folder), "--format", "json"],
                 ["--files-from", str(listing), "--format", "jsonl"]):
        result = runner.invoke(app, ["check", *args], catch_exceptions=False)
        assert result.exit_code == 1, result.output  # checked: the unresolved [1] is an error
        document = json.loads(result.stdout.splitlines()[0] if "jsonl" in args
                              else result.stdout)
        document = document.get("documents", [document])[0]
        assert document["path"] == expected
        assert document["findings"][0]["path"] == expected


def test_symlink_loop_and_unreadable_in_a_walked_folder(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Exports rose 5% last year [1].\n")
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    code, report = check_json(tmp_path)
    statuses = {Path(d["path"]).name: d["status"] for d in report["documents"]}
    assert statuses["a.md"] == "checked"
    assert statuses["dangling.md"] == "failed"
    assert code == 2


def test_python_rule_that_raises_or_loops(tmp_path: Path) -> None:
    rules = tmp_path / "bad_rules.py"
    rules.write_text(
        "from factcheck.dsl import Flag, rule\n"
        "EX = {'flag': ['x'], 'pass': ['y']}\n"
        "@rule(id='bad.raises', severity='error', description='d', examples=EX)\n"
        "def raises(doc):\n    raise RuntimeError('boom')\n"
        "@rule(id='bad.loops', severity='error', description='d', examples=EX)\n"
        "def loops(doc):\n    while True:\n        pass\n"
    )
    article = tmp_path / "a.md"
    article.write_text("Exports rose 5% last year [1].\n")
    checker = make_checker(python_rules=[rules], engine="python")
    from dataclasses import replace

    checker = replace(checker, options=replace(checker.options, rule_timeout=0.5))
    findings = checker.check_path(article).findings
    by_rule = {f.rule_id: f for f in findings}
    assert "boom" in by_rule["engine.rule-error"].message
    assert "bad.loops" in by_rule["engine.rule-timeout"].message
    assert "citation.unresolved" in by_rule  # the other rules still ran


def test_python_rules_never_load_from_article_folders(tmp_path: Path) -> None:
    marker = tmp_path / "executed"
    (tmp_path / "evil.py").write_text(f"open({str(marker)!r}, 'w').write('x')\n")
    (tmp_path / "a.md").write_text("Exports rose 5% last year [1].\n")
    check_json(tmp_path)
    assert not marker.exists()


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signal_writes_findings_so_far(tmp_path: Path, signum: int, code: int) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    # Enough work that no machine finishes it in the seconds before the signal.
    for number in range(2000):
        (folder / f"a{number:04d}.md").write_text(
            "\n\n".join(f"Exports rose {i}% last year [1]." for i in range(60)))
    output = tmp_path / "report.json"
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck.cli", "check", str(folder), "--format", "json",
         "--jobs", "1", "--output", str(output)], cwd=ROOT, stderr=subprocess.PIPE)
    # The report's temporary file is opened just before the first document is checked: from
    # then on a moment is enough for some documents (a fixed wait had to cover a cold start).
    deadline = time.monotonic() + 60
    while not any(p.name.startswith(".report.json") for p in tmp_path.iterdir()):
        assert process.poll() is None and time.monotonic() < deadline, "the batch never started"
        time.sleep(0.05)
    time.sleep(1.5)
    process.send_signal(signum)
    assert process.wait(timeout=60) == code
    report = json.loads(output.read_text())
    assert report["complete"] is False
    assert 0 < len(report["documents"]) < 2000
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report.json")]


@settings(deadline=None)  # example count from the profile: 60 in CI, 2000 with "thorough"
# invisible characters between figures: spans count them, a claim's text does not
@example(text='0&R\u202aOSE&0"\u200b0', name="fuzz.md")
# format characters before a name: an actor placed through the name's file span ran past the
# read text, which is shorter by the characters removed
@example(text="\xad\u200bA0AAA", name="fuzz.md")
@given(st.one_of(st.text(max_size=600), st.binary(max_size=600).map(
    lambda data: data.decode("utf-8", "replace")), hostile_texts()),
    st.one_of(st.just("fuzz.md"), hostile_names()))
def test_fuzz_load_extract_match_report(text: str, name: str) -> None:
    """Arbitrary text, control characters, invisible characters and workflow commands, under
    hostile file names, through every stage and every format: no crash, ever; and nothing the
    article or its name holds escapes the text format or starts a line of the github format."""
    from factcheck import __version__
    from factcheck.models import Report
    from factcheck.report import FORMATS, RenderContext, renderer

    checker = _FUZZ_CHECKER
    result = checker.check_document(document_from_text(text, name))
    report = Report(version=__version__, ruleset_fingerprint="fuzz", documents=[result]).summarize()
    for format_name in FORMATS:
        output = renderer(format_name)(report, RenderContext(texts={name: text}))
        assert isinstance(output, str)
        if format_name == "text":
            assert unsafe_lines(output) == []
        elif format_name == "github":
            for line in output.splitlines():
                assert re.match(r"::(error|warning|notice) (file|title)=[^:]*::", line), line
                assert unsafe_lines(line.removeprefix("::")) == [], line
    _FUZZ_COUNT.append(1)


_FUZZ_CHECKER = make_checker(engine="python")
_FUZZ_COUNT: list[int] = []


def test_fuzz_reports_how_many_inputs_it_tried(capsys: pytest.CaptureFixture[str]) -> None:
    _FUZZ_COUNT.clear()
    test_fuzz_load_extract_match_report()
    with capsys.disabled():
        print(f"\nfuzz: {len(_FUZZ_COUNT)} inputs through load → extract → match → report, "
              "0 crashes")
    assert len(_FUZZ_COUNT) >= 20


