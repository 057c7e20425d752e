"""Parse-cache entries are checked when read (issue 16, item 10): a bad one is a logged miss.

Before, ``[]`` written into a rule file's entry silently removed every rule of that file, and a
malformed entry crashed every run.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from factcheck import cache
from factcheck.dsl.loader import load_rule_file
from factcheck.extract.lexicon import load_lexicon

RULES = """\
rules:
  - id: custom.high
    severity: warning
    message: "Share {q.value} is high"
    description: A share above 95 percent.
    match:
      q:
        fact: quantity
        where:
          quantity_kind: percent
          value: {gt: 95}
    examples:
      flag: ["Nearly 99% of users agreed [1]."]
      pass: ["About 40% of users agreed [1]."]
"""

LEXICON = "actors:\n  - id: acme\n    name: Acme Corp\n"


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, Any]]] = []

    def warning(self, event: str, **values: Any) -> None:
        self.events.append((event, values))


@pytest.fixture
def warnings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Recorder:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    recorder = Recorder()
    monkeypatch.setattr(cache, "log", recorder)
    return recorder


def entry_of(kind: str, path: Path) -> Path:
    found = cache.entry(kind, path)
    assert found is not None
    return found.file


BAD_ENTRIES = {
    "empty list": "[]",
    "old layout": json.dumps([[{"id": "custom.other"}, 2]]),
    "truncated": '{"key": "',
    "not utf-8": None,  # written as bytes by the test
    "wrong key": None,  # filled in by the test: a valid entry of another file
    "malformed value": None,  # an envelope with the right key whose value is not rules
    "empty value, wrong digest": None,
}


@pytest.mark.parametrize("attack", BAD_ENTRIES)
def test_a_bad_rules_entry_is_a_logged_miss_and_is_replaced(
        tmp_path: Path, warnings: Recorder, attack: str) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES)
    other = tmp_path / "other.yaml"
    other.write_text(RULES.replace("custom.high", "custom.else"))
    assert [spec.id for spec, _ in load_rule_file(rules)] == ["custom.high"]
    load_rule_file(other)
    entry = entry_of("rules", rules)
    stored = json.loads(entry.read_text())
    assert warnings.events == []

    if attack == "wrong key":
        entry.write_text(entry_of("rules", other).read_text())
    elif attack == "malformed value":
        entry.write_text(json.dumps({**stored, "value": [[{"id": 5}, "two"]]}))
    elif attack == "empty value, wrong digest":
        entry.write_text(json.dumps({**stored, "value": [], "digest": "0" * 64}))
    elif attack == "not utf-8":
        entry.write_bytes(b"\xff\xfe[]")
    else:
        entry.write_text(str(BAD_ENTRIES[attack]))

    assert [spec.id for spec, _ in load_rule_file(rules)] == ["custom.high"]
    assert len(warnings.events) == 1
    event, values = warnings.events[0]
    assert "bad parse-cache entry" in event
    assert values["file"] == str(rules) and values["entry"] == str(entry)
    assert json.loads(entry.read_text()) == stored  # overwritten by the fresh parse
    load_rule_file(rules)
    assert len(warnings.events) == 1  # and used from then on


def test_an_edit_that_keeps_size_and_mtime_is_not_hidden_by_the_cache(
        tmp_path: Path, warnings: Recorder) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES)
    load_rule_file(rules)
    status = rules.stat()
    rules.write_text(RULES.replace("gt: 95", "gt: 96"))
    os.utime(rules, ns=(status.st_atime_ns, status.st_mtime_ns))

    ((spec, _),) = load_rule_file(rules)
    assert spec.match["q"].where["value"].gt == 96  # type: ignore[union-attr]


@pytest.mark.parametrize("content", ["[]", '{"actors": [{"id": 3}]}', "{", '"actors"'])
def test_a_bad_lexicon_entry_is_a_logged_miss(
        tmp_path: Path, warnings: Recorder, content: str) -> None:
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text(LEXICON)
    load_lexicon([lexicon])
    entry_of("lexicon", lexicon).write_text(content)

    loaded = load_lexicon([lexicon])

    assert "acme" in loaded.actors
    assert len(warnings.events) == 1


def test_no_cache_for_what_is_not_a_regular_file(tmp_path: Path, warnings: Recorder) -> None:
    fifo = tmp_path / "rules.yaml"
    os.mkfifo(fifo)
    assert cache.entry("rules", fifo) is None  # never opened: opening a FIFO would block
