"""Rule authors' regexes run on RE2 (issue 16, item 9): no pattern can make a check backtrack.

The old guard looked for nested quantifiers and let ``(a|aa)+$``, ``((a+))+$``, ``(a|a?)+$``
and ``(a|b|ab)*c`` through, each exponential on Python's engine over a run of ``a``/``ab``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.dsl.loader import load_rule_specs
from factcheck.dsl.regex import RegexError, compile_regex
from factcheck.dsl.ruleset import load_ruleset
from factcheck.errors import RuleError
from factcheck.extract import default_lexicon
from factcheck.pipeline import Checker

HOSTILE = {
    "alternation": r"(a|aa)+$",
    "nested": r"((a+))+$",
    "optional": r"(a|a?)+$",
    "overlap": r"(a|b|ab)*c",
}


def rule_file(tmp_path: Path, patterns: dict[str, str], field: str = "text") -> Path:
    body = ["rules:"]
    for name, pattern in patterns.items():
        body += [
            f"  - id: hostile.{name}",
            "    severity: warning",
            "    message: matched",
            "    description: d",
            "    match:",
            "      c:",
            "        fact: claim",
            "        where:",
            f"          {field}: {{regex: '{pattern}'}}",
            "    examples: {flag: [x], pass: [y]}",
        ]
    path = tmp_path / "rules.yaml"
    path.write_text("\n".join(body) + "\n")
    return path


@pytest.mark.parametrize("pattern", HOSTILE.values())
def test_hostile_patterns_compile_and_answer_right_on_50_kb(pattern: str) -> None:
    regex = compile_regex(pattern)
    runs = {"a" * 50_000 + "!": pattern == r"(a|a?)+$",  # it matches the empty string at the end
            "ab" * 25_000 + "!": pattern == r"(a|a?)+$",
            "a" * 50_000: pattern != r"(a|b|ab)*c",
            "ab" * 25_000 + "c": pattern in (r"(a|b|ab)*c", r"(a|a?)+$")}
    for text, expected in runs.items():
        assert (regex.search(text) is not None) is expected, (pattern, text[-3:])


@pytest.mark.parametrize("engine", ["durable", "python"])
def test_a_50_kb_hostile_article_is_checked_and_right(tmp_path: Path, engine: str) -> None:
    article = tmp_path / "hostile.md"
    article.write_text(
        "".join(f"Group {n} said {'ab' * 2400} rose 5% [1].\n\n" for n in range(10))
        + "The council cut rates by 5% [1].\n\n" + "The total was " + "a" * 3000 + "\n")
    assert article.stat().st_size > 50_000
    checker = Checker(load_ruleset([rule_file(tmp_path, HOSTILE)], builtin=False),
                      default_lexicon(), engine)

    result = checker.check_path(article)

    counts = {name: 0 for name in HOSTILE}
    for finding in result.findings:
        counts[finding.rule_id.removeprefix("hostile.")] += 1
    # Only the last claim ends in "a"; every claim ends with an empty match; one has a "c".
    assert counts == {"alternation": 1, "nested": 1, "optional": result.claims, "overlap": 1}
    assert result.claims == 12


@pytest.mark.parametrize(
    ("pattern", "why"),
    [
        (r"rose(?= sharply)", "lookahead and lookbehind"),
        (r"(?<!not )rose", "lookahead and lookbehind"),
        (r"(?!x)y", "lookahead and lookbehind"),
        (r"(\w+) \1", "backreferences"),
        (r"(?P<w>a)(?P=w)", "backreferences"),
        (r"(unclosed", "RE2 cannot compile it: missing )"),
        (r"[\W_]", r"negate the class instead"),
    ],
)
def test_what_re2_cannot_run_is_refused_at_load_with_file_and_line(
        tmp_path: Path, capfd: pytest.CaptureFixture[str], pattern: str, why: str) -> None:
    path = rule_file(tmp_path, {"ok": "rose", "bad": pattern.replace("'", "''")})
    with pytest.raises(RuleError) as error:
        load_rule_specs([path])
    line = error.value.one_line()
    assert line.startswith(f"{path}:20:18: error [hostile.bad]: invalid regex for text: ")
    assert why in line
    assert "\n" not in line
    assert capfd.readouterr().err == ""  # RE2 would log every refused pattern itself


def test_a_refused_regex_under_unless_names_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(
        "rules:\n  - id: custom.u\n    severity: info\n    message: m\n    description: d\n"
        "    match:\n      c: {fact: claim}\n    unless:\n      - c.text: {regex: 'a(?=b)'}\n"
        "    examples: {flag: [x], pass: [y]}\n")
    with pytest.raises(RuleError, match=r":9:18: error \[custom.u\]: invalid regex for c.text: "
                                        r"lookahead"):
        load_rule_specs([path])


# Rules written for Python's re keep their meaning: \d \w \s are Unicode-aware as there.
SAME_AS_PYTHON = [
    ("times (more|higher|larger|greater|bigger|fewer|less|lower|smaller) than",
     ["three times more than China", "times as many", "TIMES MORE THAN"]),
    (r"\d+ per cent", ["12 per cent", "١٢ per cent", "１２ per cent", "twelve per cent"]),
    (r"^\w+$", ["Müller", "北京", "Zoë_2", "a-b", "x y"]),
    (r"\s", ["a b", "a\u3000b", "a\xa0b", "ab", "a\u200bb"]),
    (r"\W", ["é", "中", "-", "_"]),
    (r"\S+\Z", ["end ", "end"]),
    (r"[\d,]+", ["1,000", "٣", "abc"]),
    (r"(?i)straße|CAFÉ", ["STRASSE", "café", "Straße"]),
    (r"^(?:the|a)\s+\w", ["the  Board", "a\tb", "another"]),
    (r"\bwar\b", ["the war ended", "warfare", "post-war"]),
]


@pytest.mark.parametrize(("pattern", "texts"), SAME_AS_PYTHON)
def test_patterns_match_what_they_matched_with_python_re(pattern: str, texts: list[str]) -> None:
    for text in texts:
        assert (compile_regex(pattern).search(text) is not None) is bool(
            re.search(pattern, text)), (pattern, text)


def test_word_boundaries_are_ascii_as_documented() -> None:
    # RE2 has no Unicode \b: "é" counts as a non-word character on either side of it.
    assert compile_regex(r"\bcaf").search("écafé") is not None
    assert re.search(r"\bcaf", "écafé") is None


def test_refusals_are_value_errors_with_one_line() -> None:
    with pytest.raises(RegexError) as error:
        compile_regex(r"a(?=b)")
    assert isinstance(error.value, ValueError)
    assert "\n" not in str(error.value)
