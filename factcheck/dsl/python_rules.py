"""Python rules, for what YAML cannot say (arithmetic across claims).

    from factcheck.dsl import Flag, RuleContext, rule

    @rule(id="numeric.my-check", severity="warning", description="…",
          examples={"flag": ["…"], "pass": ["…"]})
    def my_check(doc: RuleContext) -> Iterator[Flag]:
        for claim in doc.claims:
            ...
            yield Flag(claims=(claim.id,), message="…")

Python rules are loaded only from paths the user names (``--python-rules`` or configuration),
never from article folders: importing a file runs its code.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import types
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.dsl.schema import RULE_ID, Examples
from factcheck.errors import RuleError
from factcheck.models import Claim, Document, Reference, Severity, Span

if TYPE_CHECKING:  # the sources stage's model; the rule language does not import a stage
    from factcheck.sources import SourceReading


@dataclass(frozen=True)
class RuleContext:
    """What a Python rule sees of one document."""

    document: Document
    claims: Sequence[Claim]
    ledger: Any = None  # a Ledger when --facts is given
    lexicon: Any = None  # the extraction lexicon
    # The sources stage's readings of the references that carry a text, by id without '^'.
    sources: Mapping[str, SourceReading] = field(default_factory=dict)

    def claim(self, claim_id: str) -> Claim:
        return next(claim for claim in self.claims if claim.id == claim_id)

    def cited_sources(self, claim: Claim) -> list[Reference]:
        """The references the claim cites that carry a source's text, in reference order."""
        cited = {ref.lstrip("^") for ref in claim.cited_ids()}
        return [ref for ref_id, ref in self._sources.items() if ref_id in cited]

    def cited_readings(self, claim: Claim) -> list[SourceReading]:
        """What the sources stage read of the sources the claim cites, in reference order."""
        cited = {ref.lstrip("^") for ref in claim.cited_ids()}
        return [reading for ref_id, reading in self.sources.items() if ref_id in cited]

    @cached_property
    def _sources(self) -> dict[str, Reference]:
        # Looked up for every claim by every source rule: indexed once per document.
        return {ref.id.lstrip("^"): ref for ref in self.document.references if ref.text}


@dataclass(frozen=True)
class Flag:
    """A Python rule's match: the claims involved (the first is the one flagged)."""

    claims: tuple[str, ...]
    message: str
    span: Span | None = None  # defaults to the first claim's span
    evidence: dict[str, Any] = field(default_factory=dict)
    suggestion: str | None = None
    severity: Severity | None = None  # overrides the rule's severity for this flag


RuleFunction = Callable[[RuleContext], Iterable[Flag]]


@dataclass(frozen=True)
class PythonRule:
    id: str
    severity: Severity
    description: str
    function: RuleFunction
    rationale: str = ""
    tags: tuple[str, ...] = ()
    docs: str | None = None
    examples: Examples = field(default_factory=Examples)
    origin: str = ""
    source: str = ""  # the code of the module that defines it
    filename: str = ""


_REGISTRY: list[PythonRule] = []


def rule(
    *, id: str, severity: str, description: str, rationale: str = "",
    tags: Sequence[str] = (), docs: str | None = None,
    examples: dict[str, list[Any]] | None = None,
) -> Callable[[RuleFunction], RuleFunction]:
    import re

    if not re.match(RULE_ID, id):
        raise ValueError(f"rule id {id!r} must be dotted, e.g. numeric.ratio-mismatch")
    parsed_examples = Examples.model_validate(examples or {})
    if not parsed_examples.flag or not parsed_examples.pass_:
        raise ValueError(f"rule {id}: examples need at least one 'flag' and one 'pass' text")

    def register(function: RuleFunction) -> RuleFunction:
        _REGISTRY.append(PythonRule(
            id=id, severity=Severity(severity), description=description, function=function,
            rationale=rationale, tags=tuple(tags), docs=docs, examples=parsed_examples,
            origin=f"{function.__module__}.{function.__qualname__}",
        ))
        return function

    return register


def load_python_rules(path: Path) -> list[PythonRule]:
    """Import a rules file (or every .py file of a folder) and return the rules it registers."""
    if not path.exists():
        raise RuleError(str(path), "no such Python rules file")
    files = sorted(path.glob("*.py")) if path.is_dir() else [path]
    found: list[PythonRule] = []
    for file in files:
        if not file.name.startswith("_"):
            found.extend(rules_from_source(file.read_text(encoding="utf-8"), str(file),
                                           file=file))
    return found


def rules_from_source(code: str, filename: str, file: Path | None = None) -> list[PythonRule]:
    """Run a rules module's code and return the rules it registers.

    Rules are shipped to remote workers (Dask) as their module's source, so this is the one way
    every rule is loaded, locally or not. A local ``file`` is imported through the import system
    instead, which keeps its compiled bytecode in __pycache__ and so starts faster.
    """
    module_name = f"factcheck_user_rules.m{hashlib.sha256(filename.encode()).hexdigest()[:12]}"
    spec = importlib.util.spec_from_file_location(module_name, file) if file else None
    module = (importlib.util.module_from_spec(spec) if spec and spec.loader
              else types.ModuleType(module_name))
    module.__file__ = filename
    sys.modules[module_name] = module
    before = len(_REGISTRY)
    try:  # the user named this file
        if spec is not None and spec.loader is not None:
            spec.loader.exec_module(module)
        else:
            exec(compile(code, filename, "exec"), module.__dict__)
    except Exception as error:  # user code: any failure is the rule file's problem
        del _REGISTRY[before:]
        line = _error_line(error, filename)
        raise RuleError(filename, f"{type(error).__name__}: {error}", line) from None
    found = [replace(rule, source=code, filename=filename) for rule in _REGISTRY[before:]]
    del _REGISTRY[before:]
    return found


def _error_line(error: BaseException, file: str) -> int | None:
    if isinstance(error, SyntaxError):
        return error.lineno
    traceback = error.__traceback__
    line = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == file:
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line
