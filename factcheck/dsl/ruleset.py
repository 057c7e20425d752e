"""A rule set: YAML rules compiled to one pack plus Python rules, filtered and configured."""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.builtin import builtin_packs_dir
from factcheck.dsl.compiler import CompiledPack, compile_rules
from factcheck.dsl.loader import load_rule_specs
from factcheck.dsl.python_rules import PythonRule, load_python_rules, rules_from_source
from factcheck.dsl.schema import Examples, RuleSpec
from factcheck.errors import RuleError
from factcheck.models import RuleInfo, RuleLanguage, Severity

if TYPE_CHECKING:
    from factcheck.config import Config, ConfigError


@dataclass(frozen=True)
class RuleSelection:
    select: tuple[str, ...] = ()  # ids or prefixes; empty means all
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)  # id or prefix -> severity

    def wants(self, rule_id: str) -> bool:
        if self.select and not any(_covers(prefix, rule_id) for prefix in self.select):
            return False
        return not any(_covers(prefix, rule_id) for prefix in self.ignore)

    def severity_of(self, rule_id: str, default: Severity) -> Severity:
        best: tuple[int, Severity] | None = None
        for prefix, severity in self.severity.items():
            if _covers(prefix, rule_id) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), severity)
        return best[1] if best else default


def _covers(prefix: str, rule_id: str) -> bool:
    prefix = prefix.rstrip(".*")
    return rule_id == prefix or rule_id.startswith(prefix + ".")


def names_something(pattern: str, rule_ids: Collection[str]) -> bool:
    """Whether a --select/--ignore/severity entry covers at least one of ``rule_ids``: a rule id,
    or a pack prefix such as ``citation`` or ``citation.*``."""
    return any(_covers(pattern, rule_id) for rule_id in rule_ids)


def known_names(ruleset: RuleSet, with_builtin: bool) -> set[str]:
    """The ids a selection may name: the rule set's, the findings factcheck raises itself, and
    (``with_builtin``) the built-in rules' even where this rule set left them out."""
    from factcheck.engine_rules import ENGINE_RULES

    known = {*ruleset.origins, *ENGINE_RULES}
    return known | set(load_ruleset().origins) if with_builtin else known


def misnamed_in_config(config: Config, ruleset: RuleSet) -> ConfigError | None:
    """An error for the first select, ignore or [severity] entry of the configuration that
    names no rule, built-in ones included (one file serves runs with and without them)."""
    from factcheck.config import ConfigError

    entries = [*(("select", p) for p in config.select), *(("ignore", p) for p in config.ignore),
               *(("severity", p) for p in config.severity)]
    loaded = known_names(ruleset, with_builtin=False)
    unknown = [(key, pattern) for key, pattern in entries if not names_something(pattern, loaded)]
    if not unknown:
        return None
    known = known_names(ruleset, with_builtin=True)
    for key, pattern in unknown:
        if not names_something(pattern, known):
            where = str(config.origin) if config.origin else "configuration"
            return ConfigError(where, f"{key}: {pattern!r} names no rule or pack"
                               f"{nearest_hint(pattern, known)}")
    return None


def nearest_hint(pattern: str, rule_ids: Collection[str], packs: bool = True) -> str:
    close = closest_names(pattern, rule_ids, packs=packs)
    return (f"; did you mean {', '.join(close)}?" if close
            else "; `factcheck rules list` shows every rule")


def closest_names(pattern: str, rule_ids: Collection[str], limit: int = 3,
                  packs: bool = True) -> list[str]:
    """The rule ids (and, with ``packs``, pack prefixes) nearest to a misspelt ``pattern``,
    best first."""
    import difflib

    prefixes = {rule_id.rsplit(".", 1)[0] for rule_id in rule_ids if "." in rule_id}
    candidates = sorted({*rule_ids, *(prefixes if packs else ())})
    wanted = pattern.rstrip(".*").lower()
    close = difflib.get_close_matches(wanted, candidates, n=limit, cutoff=0.6)
    if close:
        return close
    # A misspelt pack in front of a good name ("numerc.ratio-mismatch"): match the last part.
    last = wanted.rsplit(".", 1)[-1]
    return [rule_id for rule_id in candidates if rule_id.rsplit(".", 1)[-1] == last][:limit]


@dataclass
class RuleSet:
    pack: CompiledPack
    python_rules: list[PythonRule]
    origins: dict[str, str]  # rule id -> "file:line"
    selection: RuleSelection = field(default_factory=RuleSelection)

    @property
    def fingerprint(self) -> str:
        parts = [self.pack.fingerprint, *(f"{r.id}@{r.origin}" for r in self.python_rules),
                 repr(sorted(self.selection.severity.items()))]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]

    def severity(self, rule_id: str, default: Severity) -> Severity:
        return self.selection.severity_of(rule_id, default)

    def infos(self) -> list[RuleInfo]:
        infos = [
            RuleInfo(id=rule.id, severity=self.severity(rule.id, rule.spec.severity
                                                        or Severity.INFO),
                     description=rule.spec.description, rationale=rule.spec.rationale,
                     docs=rule.spec.docs, tags=tuple(rule.spec.tags),
                     language=RuleLanguage.YAML)
            for rule in self.pack.rules if rule.spec.reports
        ] + [
            RuleInfo(id=rule.id, severity=self.severity(rule.id, rule.severity),
                     description=rule.description, rationale=rule.rationale, docs=rule.docs,
                     tags=rule.tags, language=RuleLanguage.PYTHON)
            for rule in self.python_rules
        ]
        return sorted(infos, key=lambda info: info.id)

    def engine_infos(self) -> list[RuleInfo]:
        """The findings factcheck raises itself, with this run's severities."""
        from factcheck.engine_rules import ENGINE_RULES

        return [info.model_copy(update={"severity": self.severity(info.id, info.severity)})
                for info in ENGINE_RULES.values()]

    def reported_infos(self) -> list[RuleInfo]:
        """Every rule a finding of this run can come from, as a report lists them."""
        return sorted([*self.infos(), *self.engine_infos()], key=lambda info: info.id)

    def deriving_infos(self) -> list[RuleInfo]:
        """The rules that derive facts for other rules and report nothing themselves."""
        return [RuleInfo(id=rule.id, severity=Severity.INFO, description=rule.spec.description,
                         rationale=rule.spec.rationale, docs=rule.spec.docs,
                         tags=tuple(rule.spec.tags), language=RuleLanguage.YAML,
                         derives=rule.derive.name)
                for rule in self.pack.rules if rule.derive is not None]

    def examples(self) -> dict[str, Examples]:
        found = {rule.id: rule.spec.examples for rule in self.pack.rules if rule.spec.reports}
        found.update({rule.id: rule.examples for rule in self.python_rules})
        return found

    def yaml_specs(self) -> list[RuleSpec]:
        return [rule.spec for rule in self.pack.rules]


def load_ruleset(
    rule_paths: Sequence[Path] = (),
    python_paths: Sequence[Path] = (),
    selection: RuleSelection | None = None,
    builtin: bool = True,
) -> RuleSet:
    """Built-in packs (unless ``builtin=False``), then the user's; RuleError on any problem."""
    selection = selection or RuleSelection()
    # `rules/` (or `rules/packs/`) named by the user is the built-in packs: load them once.
    builtin_dirs = {builtin_packs_dir().resolve(), builtin_packs_dir().parent.resolve()}
    mentioned = any(path.resolve() in builtin_dirs for path in [*rule_paths, *python_paths])
    rule_paths = [p for p in rule_paths if p.resolve() not in builtin_dirs]
    python_paths = [p for p in python_paths if p.resolve() not in builtin_dirs]
    builtin = builtin or mentioned
    yaml_paths = [*([builtin_packs_dir()] if builtin else []), *rule_paths]
    python_sources = [*([builtin_packs_dir()] if builtin else []), *python_paths]
    specs = load_rule_specs(list(yaml_paths))
    origins = {spec.id: f"{file}:{line}" for spec, file, line in specs}
    python_rules: list[PythonRule] = []
    for path in python_sources:
        for rule in load_python_rules(path):
            if rule.id in origins:
                raise RuleError(str(path), f"duplicate rule id (first defined at {origins[rule.id]})",
                                rule_id=rule.id)
            origins[rule.id] = rule.origin
            python_rules.append(rule)
    chosen = [spec for spec, _, _ in specs if selection.wants(spec.id)]
    return RuleSet(
        pack=compile_rules(chosen),
        python_rules=[rule for rule in python_rules if selection.wants(rule.id)],
        origins=origins,
        selection=selection,
    )


@dataclass(frozen=True)
class PortableRuleSet:
    """A rule set as plain data (specs and Python sources), to rebuild in another process."""

    specs: tuple[RuleSpec, ...]
    python_sources: tuple[tuple[str, str], ...]  # (filename, code), one per rules module
    selection: RuleSelection
    origins: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, ruleset: RuleSet) -> PortableRuleSet:
        sources = dict.fromkeys((rule.filename, rule.source) for rule in ruleset.python_rules)
        return cls(tuple(ruleset.yaml_specs()), tuple(sources), ruleset.selection,
                   tuple(ruleset.origins.items()))

    def build(self) -> RuleSet:
        wanted = {id for id, _ in self.origins}
        python_rules = [
            rule for filename, code in self.python_sources
            for rule in rules_from_source(code, filename)
            if rule.id in wanted and self.selection.wants(rule.id)
        ]
        return RuleSet(pack=compile_rules(list(self.specs)), python_rules=python_rules,
                       origins=dict(self.origins), selection=self.selection)
