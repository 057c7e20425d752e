"""Malformed rule files get one line naming the file, the line and the rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.dsl.loader import load_rule_specs
from factcheck.errors import RuleError

GOOD_RULE = """\
  - id: custom.{name}
    severity: warning
    message: "Share {{q.value}} is high"
    description: A share above 95 percent.
    match:
      q:
        fact: quantity
        where:
          quantity_kind: percent
          value: {{gt: 95}}
    examples:
      flag: ["Nearly 99% of users agreed [1]."]
      pass: ["About 40% of users agreed [1]."]
"""


def write(tmp_path: Path, body: str, name: str = "rules.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body)
    return path


def error_line(paths: list[Path]) -> str:
    with pytest.raises(RuleError) as error:
        load_rule_specs(paths)
    return error.value.one_line()


def test_a_good_file_loads_with_rule_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "rules:\n" + GOOD_RULE.format(name="a") + GOOD_RULE.format(name="b"))
    loaded = load_rule_specs([path])
    assert [(spec.id, line) for spec, _, line in loaded] == [("custom.a", 2), ("custom.b", 15)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("rules:\n  - id: x.y\n    severity: [oops\n", ":4:1: error: "),
        ("rules:\n\t- id: x.y\n", ":2:1: error: found character '\\t'"),
        ("rules:\n" + GOOD_RULE.format(name="a").replace("    description:", "    descripton: x\n"
                                                          "    description:"),
         ":5:5: error [custom.a]: rules.0.descripton: unknown field 'descripton'"),
        ("rules:\n" + GOOD_RULE.format(name="a").replace("severity: warning", "severity: loud"),
         ":3:5: error [custom.a]: rules.0.severity: Input should be 'error', 'warning' or 'info'"),
        ("rules:\n" + GOOD_RULE.format(name="a").replace("value: {gt: 95}",
                                                         "unit: {regex: '(unclosed'}"),
         ":11:18: error [custom.a]: invalid regex for unit: RE2 cannot compile it: missing )"),
        ("rules:\n" + GOOD_RULE.format(name="a").replace("{q.value}", "{z.value}"),
         ":2: error [custom.a]: message refers to unknown binding 'z'"),
        ("rules:\n" + GOOD_RULE.format(name="a") + GOOD_RULE.format(name="a"),
         ":15: error [custom.a]: duplicate rule id (first defined at"),
        ("rules:\n  - !!python/object:os.system {}\n", "error: tag"),
        ("rules: 1\nrules: 2\n", ":2:1: error: found duplicate key"),
    ],
)
def test_malformed_rule_files(tmp_path: Path, body: str, expected: str) -> None:
    path = write(tmp_path, body)
    line = error_line([path])
    assert line.startswith(str(path))
    assert expected in line, line
    assert "\n" not in line


def test_unknown_binding_in_a_pair_rule(tmp_path: Path) -> None:
    body = """\
rules:
  - id: custom.pair
    severity: warning
    message: "{a.actor}"
    description: d
    match:
      a: {fact: stance}
      b:
        fact: stance
        where:
          actor: {eq: $c.actor}
    examples: {flag: [x], pass: [y]}
"""
    line = error_line([write(tmp_path, body)])
    assert ":2: error [custom.pair]: unknown binding $c" in line


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for number in range(1, 10):
        previous, name = chr(96 + number), chr(97 + number)
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    line = error_line([write(tmp_path, "\n".join(levels) + "\nrules: []\n")])
    assert "alias" in line
