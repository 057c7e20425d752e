"""Errors survive pickling (issue 16, item 10): the Dask path sends them between processes."""

from __future__ import annotations

import pickle

import pytest

from factcheck.config import ConfigError
from factcheck.errors import FactcheckError, LoadError, RuleError
from factcheck.load.structured import NotAnArticle
from factcheck.yamlio import YamlError


@pytest.mark.parametrize("kind", [FactcheckError, LoadError, RuleError, YamlError, ConfigError,
                                  NotAnArticle])
def test_an_error_round_trips_through_pickle_whole(kind: type[FactcheckError]) -> None:
    error = kind("rules/a.yaml", "invalid regex for text: backreferences", 12, 18,
                 rule_id="custom.a")

    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(error, protocol=protocol))
        assert type(back) is kind
        assert (back.path, back.message, back.line, back.column, back.rule_id) == (
            "rules/a.yaml", "invalid regex for text: backreferences", 12, 18, "custom.a")
        assert str(back) == str(error) == error.one_line()
        assert back.args == error.args


def test_an_undecodable_path_and_extra_attributes_survive() -> None:
    error = LoadError(b"bad-\xff.md".decode("utf-8", "surrogateescape"), "not UTF-8")
    error.note = "set after raising"  # type: ignore[attr-defined]

    back = pickle.loads(pickle.dumps(error))

    assert back.path == "bad-\\xff.md"
    assert back.note == "set after raising"
    assert back.line is None and back.rule_id is None
    assert str(back) == "bad-\\xff.md: error: not UTF-8"


def test_it_still_raises_and_catches_as_before() -> None:
    with pytest.raises(RuleError, match=r"^r.yaml:3: error \[x.y\]: bad$"):
        raise pickle.loads(pickle.dumps(RuleError("r.yaml", "bad", 3, rule_id="x.y")))
