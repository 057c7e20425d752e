"""The durable-rules matcher: compiled rulesets in a host with no background threads.

Measured behaviour this relies on (docs/engine.md): actions run synchronously in the calling
thread; the raw ``assert_facts`` returns a code where the Python wrapper raises on a fact no
rule matches; a session whose first fact runs an action can be deleted safely.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from collections.abc import Sequence
from typing import Any

from factcheck.dsl.compiler import SENTINEL_KIND, CompiledPack
from factcheck.engine.match import RawMatch
from factcheck.engine.prepare import Payload

_NOT_HANDLED = 1  # durable-rules' code for "no rule matched some fact": not an error for us
_END = "_sentinel_end"

# What Python's JSON encoder writes that durable-rules' C parser misreads: it takes an exponent
# only after a decimal point, so "1e+16" (how Python writes 1e16, and 1e-05 and below) ends its
# parse there, returning success and silently dropping that fact and every later one; nor does
# it read Infinity. Text in a string can match too; it only costs the slower encoding.
# (The exponent's "e" first, its digit looked behind for: a pattern that opens with a letter is
# searched for by that letter, where one that opens with a class of digits is tried at most of a
# payload's characters, five times slower.)
_MISREAD = re.compile(r"e[+-](?<=[0-9]e[+-])|Infinity|NaN")


class MatchingCoreError(RuntimeError):
    """durable-rules reported a failure for one document."""


@functools.cache
def unavailable() -> str | None:
    """Why durable-rules cannot run in this interpreter, in one line; None if it can.

    Its C core calls ``PyEval_CallObject``, which Python 3.13 removed: there the extension
    builds but fails to load (``undefined symbol``), and from 3.13 on it is not installed at
    all (pyproject.toml). Loading is tried once per process, so a run says it once.
    """
    try:
        import durable_rules_engine  # noqa: F401
        from durable import engine  # noqa: F401
    except (ImportError, OSError) as error:
        # "/long/path/durable_rules_engine.cpython-313-….so: undefined symbol: X" → file name
        head, colon, rest = str(error).partition(": ")
        where = head.rsplit("/", 1)[-1] if colon and "/" in head else head
        return f"{where}{colon}{rest}" if colon else str(error) or type(error).__name__
    return None


class DurableMatcher:
    name = "durable"
    _names = itertools.count()

    def __init__(self, pack: CompiledPack) -> None:
        import durable_rules_engine  # noqa: F401  (fails early if the C core is missing)
        from durable import engine

        class QuietHost(engine.Host):  # type: ignore[misc]
            def _run(self) -> None:
                """The stock host starts dispatch and timer threads that crash on deleted states."""

        self._host = QuietHost()
        self._found: list[RawMatch] = []
        self._sentinels: list[str] = []
        self._rulesets: list[Any] = []
        definitions = {}
        for number, ruleset in enumerate(pack.rulesets):
            name = f"factcheck_{pack.fingerprint}_{number}_{next(self._names)}"
            definitions[name] = {
                output_id: {"all": rule["all"], "run": self._recorder(output_id)}
                for output_id, rule in ruleset.items()
            }
        self._host.set_rulesets(definitions)
        self._rulesets = [self._host.get_ruleset(name) for name in definitions]

    def _recorder(self, output_id: str) -> Any:
        if output_id == "_sentinel":
            sentinels = self._sentinels

            def seen(closure: Any) -> None:
                sentinels.extend(fact["id"] for fact in closure._m.values())

            return seen
        found = self._found

        def record(closure: Any) -> None:
            found.append((output_id, {name: fact["id"] for name, fact in closure._m.items()}))

        return record

    def match(self, payloads: Sequence[Payload]) -> list[RawMatch]:
        import durable_rules_engine

        self._found.clear()
        session = payloads[0]["sid"]
        # A closing sentinel: if its action does not run, durable-rules stopped reading early
        # (it reports success when its parser gives up), and the document was not checked.
        body = encode([*payloads, {"sid": session, "id": _END, "kind": SENTINEL_KIND}])
        for ruleset in self._rulesets:
            self._sentinels.clear()
            result = durable_rules_engine.assert_facts(ruleset._handle, body)
            errors: list[BaseException | None] = []
            ruleset.do_actions(result[1], lambda error, state, errors=errors: errors.append(error))
            if result[0] not in (0, _NOT_HANDLED) or any(errors):
                raise MatchingCoreError(f"durable-rules failed (code {result[0]}): {errors}")
            state = ruleset.get_state(session)
            ruleset.delete_state(session)
            if "exception" in state:  # durable-rules swallows exceptions raised in actions
                raise MatchingCoreError(str(state["exception"]))
            if _END not in self._sentinels:
                raise MatchingCoreError("durable-rules did not read the whole document")
        return list(self._found)

    def close(self) -> None:
        import durable_rules_engine

        for ruleset in self._rulesets:
            durable_rules_engine.delete_ruleset(ruleset._handle)
        self._rulesets = []


def encode(payloads: Sequence[Payload]) -> str:
    """Payloads as JSON durable-rules reads exactly: every number it is given is the number
    Python holds (the compiler keeps operands it would misread out of its conditions)."""
    body = json.dumps(list(payloads), ensure_ascii=False)
    if _MISREAD.search(body) is None:
        return body
    return "[" + ",".join(_encode_payload(payload) for payload in payloads) + "]"


def _encode_payload(payload: Payload) -> str:
    parts = []
    for key, value in payload.items():
        if isinstance(value, float):
            text = _number(value)
            if text is None:
                continue
        else:
            text = json.dumps(value, ensure_ascii=False)
        parts.append(f"{json.dumps(key, ensure_ascii=False)}:{text}")
    return "{" + ",".join(parts) + "}"


def _number(value: float) -> str | None:
    if math.isnan(value):
        return None  # NaN satisfies no comparison, as a missing field satisfies none
    if math.isinf(value):
        return "1.0e999" if value > 0 else "-1.0e999"  # atof reads these back as infinities
    text = repr(value)  # the shortest text that reads back as exactly this double
    if "e" in text and "." not in text:
        text = text.replace("e", ".0e")
    return text
