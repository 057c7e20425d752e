"""The match stage for one document: compiled rules through a matcher, then Python rules.

A Python rule that raises or runs too long is reported (``engine.rule-error``,
``engine.rule-timeout``) and the other rules still run.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.dsl.compiler import CompiledPack
from factcheck.dsl.python_rules import Flag, PythonRule, RuleContext
from factcheck.dsl.ruleset import RuleSet
from factcheck.engine.derive import MAX_ROUNDS, derived_facts
from factcheck.engine.match import Match, Matcher, settle
from factcheck.engine.prepare import prepare
from factcheck.log import get_logger
from factcheck.models import Claim, Document
from factcheck.models.fact import Fact

if TYPE_CHECKING:
    from factcheck.sources import SourceReading

log = get_logger(__name__)


@dataclass(frozen=True)
class RuleProblem:
    rule_id: str  # engine.rule-error or engine.rule-timeout
    failed_rule: str
    message: str


@dataclass
class EngineResult:
    matches: list[Match] = field(default_factory=list)
    flags: list[tuple[PythonRule, list[Flag]]] = field(default_factory=list)
    problems: list[RuleProblem] = field(default_factory=list)


class RuleTimeout(Exception):
    pass


def run_rules(
    document: Document, claims: Sequence[Claim], facts: Sequence[Fact], ruleset: RuleSet,
    matcher: Matcher, session: str, rule_timeout: float = 5.0, ledger: object = None,
    lexicon: object = None, sources: Mapping[str, SourceReading] | None = None,
) -> EngineResult:
    """``sources``: the sources stage's readings of the document's references, for the rules
    that compare claims with their cited sources."""
    result = EngineResult()
    if ruleset.pack.rules:
        result.matches = match_facts(ruleset.pack, facts, matcher, session)
    context = RuleContext(document=document, claims=claims, ledger=ledger, lexicon=lexicon,
                          sources=sources or {})
    for rule in ruleset.python_rules:
        try:
            with _time_limit(rule_timeout):
                flags = list(rule.function(context))
            result.flags.append((rule, flags))
        except RuleTimeout:
            log.warning("python rule timed out", rule=rule.id, path=document.path)
            result.problems.append(RuleProblem(
                "engine.rule-timeout", rule.id, f"rule {rule.id} ran over {rule_timeout:g}s"))
        except Exception as error:  # a user's rule: report it, keep checking
            log.warning("python rule failed", rule=rule.id, path=document.path, error=repr(error))
            result.problems.append(RuleProblem(
                "engine.rule-error", rule.id, f"rule {rule.id} raised {type(error).__name__}: "
                f"{error}"))
    return result


def match_facts(pack: CompiledPack, facts: Sequence[Fact], matcher: Matcher,
                session: str) -> list[Match]:
    """The reporting rules' matches, after deriving rules have run to a fixpoint: each round
    matches the document's facts and every fact derived so far."""
    known: set[tuple[str, frozenset[str]]] = set()
    current = list(facts)
    deriving = any(rule.derive for rule in pack.rules)
    for round_number in range(MAX_ROUNDS):
        name = session if round_number == 0 else f"{session}.{round_number}"
        matches = settle(pack, matcher.match(prepare(pack, current, name)),
                         {fact.id: fact for fact in current})
        new = list(derived_facts(matches, known, len(current) - len(facts)))
        if not deriving or not new:
            break
        current += new
    else:
        log.warning("derivation did not settle", rounds=MAX_ROUNDS, session=session)
    return [match for match in matches if match.rule.derive is None]


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """SIGALRM-based: only in the main thread of a process, which is where workers run rules."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "SIGALRM"
    ):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise RuleTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
