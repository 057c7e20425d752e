"""pytest plugin (entry point ``pytest11``): fixtures for testing rule packs.

    def test_my_rule(check_text):
        findings = check_text("Exports rose 5% [3].", rules=["my_rules/"])
        assert [f.rule_id for f in findings] == ["citation.unresolved"]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from factcheck.models import Finding
    from factcheck.pipeline import Checker

CheckText = Callable[..., list["Finding"]]


def make_checker(rules: Sequence[str | Path] = (), python_rules: Sequence[str | Path] = (),
                 builtin: bool = True, engine: str = "python") -> Checker:
    from factcheck.dsl.ruleset import load_ruleset
    from factcheck.extract import default_lexicon
    from factcheck.pipeline import Checker

    ruleset = load_ruleset([Path(p) for p in rules], [Path(p) for p in python_rules],
                           builtin=builtin)
    return Checker(ruleset, default_lexicon(), engine)


@pytest.fixture(scope="session")
def factcheck_engine() -> Checker:
    """A Checker with the built-in rules and the Python evaluator."""
    return make_checker()


@pytest.fixture(scope="session")
def factcheck_strategies() -> object:
    """The hypothesis strategies: models, facts, rules, and article texts."""
    from types import SimpleNamespace

    from factcheck.testing import articles, strategies

    return SimpleNamespace(**{name: getattr(module, name)
                              for module in (strategies, articles)
                              for name in dir(module) if not name.startswith("_")})


@pytest.fixture
def check_text(factcheck_engine: Checker) -> CheckText:
    """Check an article given as a string; returns its findings."""
    from factcheck.load import document_from_text

    def check(text: str, rules: Sequence[str | Path] = (), python_rules: Sequence[str | Path] = (),
              builtin: bool = True, path: str = "article.md", engine: str = "python"
              ) -> list[Finding]:
        checker = (factcheck_engine if not rules and not python_rules and builtin
                   and engine == "python" else make_checker(rules, python_rules, builtin, engine))
        return checker.check_document(document_from_text(text, path)).findings

    return check
