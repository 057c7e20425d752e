"""Rule specs → durable-rules JSON rulesets, restricted to the shapes that are safe to run.

The safe subset (see docs/engine.md and the durable-rules note):
- every rule's first condition is a positive ``kind`` equality;
- single-fact conditions are a flat ``$and`` of native comparisons on literal operands whose
  type matches the field's declared type and that durable-rules reads exactly (no number of
  2**52 or more, none it would see in exponent form); regexes, membership, tolerance, ``ne`` and
  comparisons with other numbers are computed in Python beforehand and asserted as one boolean
  flag field per binding;
- every binding after the first has exactly one join condition, the last one: equality of a key
  field computed in Python from its fields and those of one earlier binding (chains and stars
  of up to four bindings, each joined by one equality, were measured exact and crash-free);
  further equalities, comparisons between bindings, ``let``, ``aggregate`` and ``check`` are
  evaluated in Python on the matched tuples (engine/match.py);
- disjunctions (``any``) become separate durable rules that share one output id;
- size limits (rules per fact, fields per fact, conditions per rule) are checked here and a pack
  is split into several rulesets when one would be too large.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from factcheck.dsl.conditions import Check
from factcheck.dsl.expressions import Expression, ExpressionError, compile_expression
from factcheck.dsl.operators import OPERATORS, Operand
from factcheck.dsl.regex import RegexError, compile_regex
from factcheck.dsl.schema import BINDING_REF, Condition, FieldCondition, Pattern, RuleSpec
from factcheck.dsl.template import template_fields
from factcheck.models.fact import FACT_FIELDS, FactKind, Scalar

MAX_RULES_PER_KIND = 48  # durable-rules fails (error 303) past 64 rules matching one fact
MAX_FIELDS_PER_FACT = 200  # it handles ~250 properties per fact
MAX_CONDITIONS_PER_RULE = 64  # far below its 512 limit, where ruleset creation hangs
# durable-rules compares an integer with a double as doubles, and reads integers past 2**63 as
# 2**63 - 1: against operands smaller than this, every value compares as it does in Python.
MAX_NATIVE_NUMBER = 2**52


class CompileError(ValueError):
    """``loc``, when known, is the path to the offending YAML key within the rule, so the loader
    can name its own line rather than the rule's first."""

    def __init__(self, rule_id: str, message: str, loc: tuple[str | int, ...] = ()) -> None:
        self.rule_id = rule_id
        self.loc = loc
        super().__init__(message)


@dataclass
class BindingPlan:
    name: str
    kind: FactKind
    native: list[dict[str, Any]]  # durable-rules conditions on literals
    python: list[Check]  # literal checks too subtle for durable-rules, folded into `flag`
    flag: str | None = None  # fact field set to True when all `python` checks hold


@dataclass
class Alternative:
    """One durable rule: the spec's `where` plus one of its `any` alternatives per binding."""

    output_id: str
    bindings: list[BindingPlan]


@dataclass
class JoinKey:
    """One binding's indexed equality with an earlier one: key(left) == key(right), each key the
    repr of a list of field values."""

    left: str  # the earlier binding
    right: str  # the binding this join admits
    field: dict[str, str]  # binding -> key field name
    sources: dict[str, tuple[str, ...]]  # binding -> fields the key is made of


@dataclass
class CompiledAggregate:
    name: str
    function: str  # sum, count, min, max, join
    expression: Expression
    over: str  # the binding aggregated
    by: tuple[str, ...]  # its fields that split groups
    separator: str = ", "  # for join


@dataclass
class CompiledDerive:
    name: str
    of: str  # the binding whose claim the derived fact belongs to
    fields: dict[str, Expression]  # derived fact field -> expression


@dataclass
class CompiledRule:
    spec: RuleSpec
    index: int
    alternatives: list[Alternative]
    joins: list[JoinKey]  # one per binding after the first, in binding order
    cross_checks: list[Check]  # conditions between bindings checked after the joins
    unless: list[list[Check]]
    aggregates: list[CompiledAggregate] = field(default_factory=list)
    lets: list[tuple[str, Expression]] = field(default_factory=list)
    checks: list[Expression] = field(default_factory=list)
    derive: CompiledDerive | None = None

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def binding_names(self) -> list[str]:
        return list(self.spec.match)


@dataclass
class CompiledPack:
    rules: list[CompiledRule]
    rulesets: list[dict[str, dict[str, Any]]] = field(default_factory=list)
    fingerprint: str = ""
    # Every fact field a durable-rules condition names: payloads carry only these (a claim's
    # text, say, is never compared there, and parsing it was half of the matching time).
    compared_fields: frozenset[str] = frozenset()
    # The fact kinds some rule binds: facts of any other kind can match nothing, so the
    # assert-facts stage does not build them (actor facts, a fifth of all, for the built-ins).
    matched_kinds: frozenset[FactKind] = frozenset()

    def by_output(self) -> dict[str, CompiledRule]:
        return {alt.output_id: rule for rule in self.rules for alt in rule.alternatives}


def compile_rules(specs: list[RuleSpec]) -> CompiledPack:
    rules = [_compile_rule(spec, index) for index, spec in enumerate(specs)]
    pack = CompiledPack(rules=rules)
    _check_fields_per_kind(rules)
    pack.rulesets = _split_rulesets(rules)
    pack.compared_fields = frozenset(
        name for ruleset in pack.rulesets for rule in ruleset.values()
        for condition in rule["all"] for test in condition.values()
        for name in _named_fields(test))
    pack.matched_kinds = frozenset(
        binding.fact for rule in rules for binding in rule.spec.match.values())
    pack.fingerprint = hashlib.sha256(
        json.dumps([spec.model_dump(mode="json") for spec in specs], sort_keys=True).encode()
    ).hexdigest()[:16]
    return pack


def _compile_rule(spec: RuleSpec, index: int) -> CompiledRule:
    try:
        check_literal_types(spec)
        return _compile_checked(spec, index)
    except CompileError:
        raise
    except ValueError as error:  # bad references, templates
        raise CompileError(spec.id, str(error)) from None


def _compile_checked(spec: RuleSpec, index: int) -> CompiledRule:
    names = list(spec.match)
    kinds = {name: pattern.fact for name, pattern in spec.match.items()}
    cross: list[Check] = []
    # binding -> its equalities with earlier bindings: (its field, earlier binding, their field)
    equalities: dict[str, list[tuple[str, str, str]]] = {}
    literal: dict[str, list[tuple[str, str, Any, Condition | None]]] = {}

    for position, (name, pattern) in enumerate(spec.match.items()):
        for field_name, op, operand, condition in _conditions(spec, pattern.where):
            _check_field(spec, kinds[name], field_name, op)
            reference = _reference(operand)
            if reference is None and OPERATORS[op].operand is Operand.BINDING:
                raise CompileError(spec.id, f"`{op}` takes another binding, e.g. `{op}: $a`")
            if reference is None:
                literal.setdefault(name, []).append((field_name, op, operand, condition))
                continue
            other, other_field = reference
            if other not in kinds or other == name:
                raise CompileError(spec.id, f"unknown binding ${other} in {name}.{field_name}")
            if names.index(other) > position:
                raise CompileError(spec.id, f"{name}.{field_name} refers to later binding ${other}")
            _check_field(spec, kinds[other], other_field, op)
            if op == "eq":
                equalities.setdefault(name, []).append((field_name, other, other_field))
            else:
                cross.append(Check(name, field_name, op, other=other, other_field=other_field,
                                   tolerance=condition.tolerance if condition else None))

    joins = []
    for position, name in enumerate(names[1:], start=1):
        found = equalities.get(name, [])
        if not found:
            raise CompileError(
                spec.id, f"binding {name} needs a join such as `eq: ${names[0]}.<field>`, so "
                f"the engine can index the match (every binding after the first joins an "
                f"earlier one)")
        # The first binding it names is its indexed join; equalities with others are checks.
        partner = found[0][1]
        keyed = [(mine, theirs) for mine, other, theirs in found if other == partner]
        cross += [Check(name, mine, "eq", other=other, other_field=theirs)
                  for mine, other, theirs in found if other != partner]
        joins.append(JoinKey(
            left=partner, right=name,
            field={partner: f"_k{index}_{position}{partner}", name: f"_k{index}_{position}{name}"},
            sources={partner: tuple(theirs for _, theirs in keyed),
                     name: tuple(mine for mine, _ in keyed)}))

    alternatives = _alternatives(spec, index, literal)
    unless = [_unless_item(spec, kinds, item, number) for number, item in enumerate(spec.unless)]
    aggregates, lets, checks = _computed(spec, kinds)
    values = {a.name for a in aggregates} | {name for name, _ in lets}
    for template, what in ((spec.message or "", "message"), (spec.suggestion or "", "suggestion")):
        for name_field in template_fields(template):
            binding, _, field_name = name_field.partition(".")
            if not field_name:
                if binding not in values:
                    raise CompileError(spec.id, f"{what} refers to {{{binding}}}, which no "
                                       "let or aggregate names")
                continue
            if binding not in kinds:
                raise CompileError(spec.id, f"{what} refers to unknown binding {binding!r}")
            _check_field(spec, kinds[binding], field_name, "template")
    derive = _derive(spec, kinds, values) if spec.derive else None
    return CompiledRule(spec, index, alternatives, joins, cross, unless, aggregates, lets, checks,
                        derive)


def _derive(spec: RuleSpec, kinds: dict[str, FactKind], values: set[str]) -> CompiledDerive:
    assert spec.derive is not None
    of = spec.derive.of or next(iter(kinds))
    if of not in kinds:
        raise CompileError(spec.id, f"derive: unknown binding {of!r}", ("derive", "of"))
    fields = {}
    for name, text in spec.derive.expressions().items():
        try:
            fields[name] = compile_expression(text, kinds, frozenset(values))
        except ExpressionError as error:
            raise CompileError(spec.id, str(error), ("derive", name)) from None
    return CompiledDerive(spec.derive.name, of, fields)


def _computed(spec: RuleSpec, kinds: dict[str, FactKind]
              ) -> tuple[list[CompiledAggregate], list[tuple[str, Expression]], list[Expression]]:
    """The rule's aggregates, lets and checks, each expression read against what precedes it:
    aggregates see bindings, lets see bindings, aggregates and earlier lets, checks see all."""
    def read(text: str, names: frozenset[str], where: tuple[str | int, ...]) -> Expression:
        try:
            return compile_expression(text, kinds, names)
        except ExpressionError as error:
            raise CompileError(spec.id, str(error), where) from None

    aggregates: list[CompiledAggregate] = []
    for name, aggregate in spec.aggregate.items():
        if name in kinds:
            raise CompileError(spec.id, f"aggregate {name!r} has the name of a binding")
        if aggregate.over not in kinds:
            raise CompileError(spec.id, f"aggregate {name!r} is over unknown binding "
                               f"{aggregate.over!r}", ("aggregate", name, "over"))
        if len(kinds) > 1 and aggregate.over == next(iter(kinds)):
            raise CompileError(spec.id, f"aggregate {name!r}: aggregate a later binding, not "
                               "the first (the first stands for its group)")
        for by in aggregate.by:
            _check_field(spec, kinds[aggregate.over], by, "by")
        ((function, text),) = aggregate.functions().items()
        # The other bindings are the same facts across a group: an aggregate may read them.
        expression = read(text, frozenset(), ("aggregate", name, function))
        aggregates.append(CompiledAggregate(name, function, expression, aggregate.over,
                                            tuple(aggregate.by), aggregate.separator))
    if len({(a.over, a.by) for a in aggregates}) > 1:
        raise CompileError(spec.id, "all aggregates of a rule are over one binding, split by "
                           "the same `by` fields: they share its groups")
    names = frozenset(a.name for a in aggregates)
    lets = []
    for name, text in spec.let.items():
        if name in kinds or name in names:
            raise CompileError(spec.id, f"let {name!r} has the name of a binding or aggregate")
        lets.append((name, read(text, names, ("let", name))))
        names |= {name}
    checks = [read(text, names, ("check", number)) for number, text in enumerate(spec.check)]
    return aggregates, lets, checks


def _alternatives(
    spec: RuleSpec, index: int, literal: dict[str, list[tuple[str, str, Any, Condition | None]]]
) -> list[Alternative]:
    options: dict[str, list[list[tuple[str, str, Any, Condition | None]]]] = {}
    for name, pattern in spec.match.items():
        base = literal.get(name, [])
        if not pattern.any:
            options[name] = [base]
            continue
        options[name] = []
        for choice in pattern.any:
            extra = list(_conditions(spec, choice))
            for field_name, op, operand, _ in extra:
                _check_field(spec, pattern.fact, field_name, op)
                if _reference(operand) is not None:
                    raise CompileError(spec.id, "alternatives (`any`) take literal operands only")
            options[name].append(base + extra)

    combos: list[dict[str, list[tuple[str, str, Any, Condition | None]]]] = [{}]
    for name, choices in options.items():
        combos = [{**combo, name: choice} for combo in combos for choice in choices]
    alternatives = []
    for number, combo in enumerate(combos):
        output_id = f"r{index}" if len(combos) == 1 else f"r{index}_{number}"
        plans = [
            _binding_plan(spec, name, spec.match[name], conditions, f"_p{index}_{number}{name}")
            for name, conditions in combo.items()
        ]
        alternatives.append(Alternative(output_id, plans))
    return alternatives


def _binding_plan(
    spec: RuleSpec, name: str, pattern: Pattern,
    conditions: list[tuple[str, str, Any, Condition | None]], flag: str,
) -> BindingPlan:
    native: list[dict[str, Any]] = [{"kind": pattern.fact.value}]
    python: list[Check] = []
    for field_name, op, operand, condition in conditions:
        tolerance = condition.tolerance if condition else None
        native_op = OPERATORS[op].durable
        if native_op is not None and native_operand(operand):
            native.append({field_name: operand} if native_op == ""
                          else {native_op: {field_name: operand}})
        else:
            python.append(Check(name, field_name, op, operand, tolerance=tolerance))
    if len(native) + 2 > MAX_CONDITIONS_PER_RULE:
        raise CompileError(spec.id, f"binding {name} has more than "
                           f"{MAX_CONDITIONS_PER_RULE} conditions")
    return BindingPlan(name, pattern.fact, native, python, flag if python else None)


def native_operand(operand: Any) -> bool:
    """Whether durable-rules reads this literal exactly and compares every value with it as
    Python does; the others are compared in Python (engine/prepare.py's flags)."""
    if isinstance(operand, str):
        return True
    if isinstance(operand, bool) or not isinstance(operand, int | float):
        return False
    # The ruleset reaches durable-rules as Python writes JSON, and it misreads an exponent
    # without a decimal point ("1e+16", "1e-05"), so numbers written that way stay out.
    return (math.isfinite(operand) and abs(operand) < MAX_NATIVE_NUMBER
            and "e" not in repr(float(operand)))


def _conditions(
    spec: RuleSpec, where: dict[str, FieldCondition], at: tuple[str | int, ...] = ()
) -> list[tuple[str, str, Any, Condition | None]]:
    """``at`` is where ``where`` sits in the rule's YAML, for errors that can name their line."""
    out: list[tuple[str, str, Any, Condition | None]] = []
    for field_name, condition in where.items():
        if not isinstance(condition, Condition):
            out.append((field_name, "eq", condition, None))
            continue
        operators = condition.operators()
        if not operators:
            raise CompileError(spec.id, f"condition on {field_name} has no operator")
        if condition.tolerance is not None and "near" not in operators:
            raise CompileError(spec.id, f"{field_name}: `tolerance` only goes with `near`")
        for op, operand in operators.items():
            if OPERATORS[op].operand is Operand.PATTERN:
                try:
                    compile_regex(str(operand))
                except RegexError as error:
                    raise CompileError(spec.id, f"invalid regex for {field_name}: {error}",
                                       (*at, field_name, "regex")) from None
            out.append((field_name, op, operand, condition))
    return out


def _reference(operand: Any) -> tuple[str, str] | None:
    if isinstance(operand, str):
        match = BINDING_REF.match(operand)
        if match:
            return match.group(1), match.group(2) or "interval"
        if operand.startswith("$"):
            raise ValueError(f"bad binding reference {operand!r}: use $binding.field")
    return None


_TYPE_OK: dict[type, tuple[type, ...]] = {
    str: (str,), bool: (bool,), int: (int, float), float: (int, float),
}


def _check_field(spec: RuleSpec, kind: FactKind, field_name: str, op: str) -> None:
    if field_name in ("kind", "id"):
        return
    fields = FACT_FIELDS[kind]
    # (``op`` may also say where a field is named: "template", "by")
    interval_op = op in OPERATORS and OPERATORS[op].operand is Operand.BINDING
    if interval_op != (field_name == "interval"):
        raise CompileError(spec.id, f"`{op}` compares intervals: write `interval: {{{op}: $a}}`"
                           if interval_op else "only `overlaps` and `disjoint` apply to `interval`")
    if field_name not in fields and not (interval_op and kind is FactKind.QUANTITY):
        known = ", ".join(sorted(fields))
        raise CompileError(spec.id, f"{kind.value} facts have no field {field_name!r} "
                           f"(known: {known})")


def check_literal_types(spec: RuleSpec) -> None:
    """Literal operands must have their field's type: durable-rules compares '99' > 100 lexically."""
    for name, pattern in spec.match.items():
        places: list[tuple[dict[str, FieldCondition], tuple[str | int, ...]]] = [
            (pattern.where, ("match", name, "where")),
            *((choice, ("match", name, "any", number)) for number, choice in enumerate(pattern.any)),
        ]
        for where, at in places:
            for field_name, op, operand, _ in _conditions(spec, where, at):
                expected = FACT_FIELDS[pattern.fact].get(field_name)
                if expected is None or _reference(operand) is not None:
                    continue
                takes = OPERATORS[op].operand
                operands: list[Scalar] = (
                    list(operand) if takes is Operand.VALUES else
                    [operand] if takes is Operand.VALUE else []
                )
                for item in operands:
                    if (isinstance(item, bool) and expected is not bool) or not isinstance(
                        item, _TYPE_OK[expected]
                    ):
                        raise CompileError(
                            spec.id, f"{name}.{field_name} is a {expected.__name__}, "
                            f"but the rule compares it to {item!r}",
                        )


def _unless_item(
    spec: RuleSpec, kinds: dict[str, FactKind], item: dict[str, FieldCondition], number: int
) -> list[Check]:
    checks = []
    for key, condition in item.items():
        binding, _, field_name = key.partition(".")
        if binding not in kinds or not field_name:
            raise CompileError(spec.id, f"unless: {key!r} must be binding.field of a known binding")
        for _, op, operand, parsed in _conditions(spec, {key: condition}, ("unless", number)):
            _check_field(spec, kinds[binding], field_name, op)
            reference = _reference(operand)
            tolerance = parsed.tolerance if parsed else None
            if reference:
                if reference[0] not in kinds:
                    raise CompileError(spec.id, f"unless: unknown binding ${reference[0]}")
                checks.append(Check(binding, field_name, op, other=reference[0],
                                    other_field=reference[1], tolerance=tolerance))
            else:
                checks.append(Check(binding, field_name, op, operand, tolerance=tolerance))
    return checks


def _check_fields_per_kind(rules: list[CompiledRule]) -> None:
    extra: dict[FactKind, int] = {}
    for rule in rules:
        for alternative in rule.alternatives:
            for plan in alternative.bindings:
                extra[plan.kind] = extra.get(plan.kind, 0) + (1 if plan.flag else 0)
        for join in rule.joins:
            for name in join.field:
                kind = rule.spec.match[name].fact
                extra[kind] = extra.get(kind, 0) + 1
    for kind, count in extra.items():
        if len(FACT_FIELDS[kind]) + count + 4 > MAX_FIELDS_PER_FACT:
            raise CompileError(
                "*", f"the rules add {count} computed fields to {kind.value} facts; durable-rules "
                f"handles at most {MAX_FIELDS_PER_FACT} fields per fact: split the pack",
            )


SENTINEL_KIND = "_sentinel"


def _split_rulesets(rules: list[CompiledRule]) -> list[dict[str, dict[str, Any]]]:
    """Durable rules, packed so no ruleset has more than MAX_RULES_PER_KIND rules per fact kind."""
    rulesets: list[dict[str, dict[str, Any]]] = []
    counts: list[dict[FactKind, int]] = []
    for rule in rules:
        for alternative in rule.alternatives:
            kinds = {plan.kind for plan in alternative.bindings}
            target = next(
                (i for i, count in enumerate(counts)
                 if all(count.get(kind, 0) < MAX_RULES_PER_KIND for kind in kinds)),
                None,
            )
            if target is None:
                rulesets.append({"_sentinel": {"all": [{"m": {"kind": SENTINEL_KIND}}]}})
                counts.append({})
                target = len(rulesets) - 1
            for kind in kinds:
                counts[target][kind] = counts[target].get(kind, 0) + 1
            rulesets[target][alternative.output_id] = {"all": _durable_conditions(rule, alternative)}
    return rulesets or [{"_sentinel": {"all": [{"m": {"kind": SENTINEL_KIND}}]}}]


def _named_fields(test: Any) -> Iterator[str]:
    """Field names a durable-rules test reads: ``{field: literal}``, ``{field: {binding: ref}}``
    (a join), and the fields inside operators (``{"$gt": {field: n}}``, ``{"$and": [...]}``)."""
    if isinstance(test, list):
        for item in test:
            yield from _named_fields(item)
        return
    for key, value in test.items():
        if not key.startswith("$"):
            yield key
        elif isinstance(value, (dict, list)):
            yield from _named_fields(value)


def _durable_conditions(rule: CompiledRule, alternative: Alternative) -> list[dict[str, Any]]:
    conditions = []
    for plan in alternative.bindings:
        terms = list(plan.native)
        if plan.flag:
            terms.append({plan.flag: True})
        # A key this binding offers to a later one must be there; its own join comes last.
        terms += [{"$ex": {join.field[plan.name]: 1}} for join in rule.joins
                  if join.left == plan.name]
        terms += [{join.field[plan.name]: {join.left: join.field[join.left]}}
                  for join in rule.joins if join.right == plan.name]
        conditions.append({plan.name: terms[0] if len(terms) == 1 else {"$and": terms}})
    return conditions
