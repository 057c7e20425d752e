"""The YAML rule language as pydantic models; ``factcheck schema rules`` prints their JSON Schema.

A rule file is ``rules: [...]``. Each rule matches one fact (a claim or one of its parts) or up
to four facts, each joined to an earlier one on equal fields, with conditions per field; then
it may name computed values (``let``), sum, count or bound a binding over its matches
(``aggregate``) and test them (``check``), as in docs/rules-guide.md:

    match:
      a: {fact: stance}
      b:
        fact: stance
        where:
          actor: {eq: $a.actor}      # a binding: joins b to a (indexed by the engine)
          topic: {eq: $a.topic}
          polarity: {ne: $a.polarity}  # checked on each matched pair
"""

from __future__ import annotations

import keyword
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    create_model,
    field_validator,
    model_validator,
)

from factcheck.dsl.operators import OPERATORS
from factcheck.dsl.operators import Operand as Takes
from factcheck.models import Severity
from factcheck.models.fact import FactKind

RULE_ID = r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)+$"
# "$a.field", or "$a" alone for the interval operators (overlaps, disjoint)
BINDING_REF = re.compile(r"^\$([a-z_][a-z0-9_]*)(?:\.([a-z_][a-z0-9_]*))?$")

# Strict, so YAML's `false` stays a bool and "5" stays a string: types decide comparisons.
Scalar = StrictBool | StrictInt | StrictFloat | StrictStr
Operand = Scalar  # a literal, or "$binding.field" to refer to another binding


# A field per operator of ``OPERATORS`` (`in` is a Python keyword: its field is `in_`).
_OPERAND_TYPES: dict[Takes, Any] = {
    Takes.VALUE: Operand | None, Takes.VALUES: list[Scalar] | None, Takes.PATTERN: str | None,
    Takes.FLAG: bool | None, Takes.BINDING: str | None,
}
_FIELD_OF = {name: f"{name}_" if keyword.iskeyword(name) else name for name in OPERATORS}
_OPERATOR_OF = {field: name for name, field in _FIELD_OF.items()}
_OPERATOR_FIELDS: dict[str, Any] = {
    _FIELD_OF[op.name]: (_OPERAND_TYPES[op.operand], Field(
        default=None, description=op.meaning,
        alias=op.name if _FIELD_OF[op.name] != op.name else None))
    for op in OPERATORS.values()}
_Operators: Any = create_model("_Operators", __config__=ConfigDict(
    extra="forbid", populate_by_name=True), **_OPERATOR_FIELDS)


class Condition(_Operators):
    """Conditions on one field; all given operators must hold."""

    tolerance: float | str | None = Field(
        default=None, description="Absolute (0.5) or relative ('5%') tolerance for `near`"
    )

    def operators(self) -> dict[str, Any]:
        return {_OPERATOR_OF[name]: value for name, value in self
                if value is not None and name != "tolerance"}


FieldCondition = Annotated[Scalar | Condition, Field(union_mode="left_to_right")]


class Pattern(BaseModel):
    """What one binding matches: a fact kind and conditions on its fields."""

    model_config = ConfigDict(extra="forbid")

    fact: FactKind
    where: dict[str, FieldCondition] = Field(default_factory=dict)
    any: list[dict[str, FieldCondition]] = Field(
        default_factory=list,
        description="Alternatives: the pattern matches if `where` and any one of these hold",
    )


MAX_BINDINGS = 4


class Aggregate(BaseModel):
    """One value over all the facts one binding takes while the other bindings stay the same
    (and, with ``by``, while these fields of the aggregated binding are equal)."""

    model_config = ConfigDict(extra="forbid")

    over: str = Field(description="The binding aggregated, e.g. `part`")
    sum: str | None = Field(default=None, description="Expression summed, e.g. `$part.value`")
    count: str | None = Field(
        default=None, description="Expression counted where it has a value, e.g. `$part.id`")
    min: str | None = None
    max: str | None = None
    join: str | None = Field(
        default=None, description="Expression whose values are joined into one text, in "
        "document order, for messages, e.g. `$share.quantity_text`")
    separator: str = Field(default=", ", max_length=20,
                           description="What `join` puts between values")
    by: list[str] = Field(default_factory=list,
                          description="Fields of the aggregated binding that split the groups")

    @model_validator(mode="after")
    def _one_function(self) -> Aggregate:
        if len(self.functions()) != 1:
            raise ValueError("an aggregate takes exactly one of sum, count, min, max, join")
        return self

    def functions(self) -> dict[str, str]:
        return {name: text for name in ("sum", "count", "min", "max", "join")
                if (text := getattr(self, name)) is not None}


class Derive(BaseModel):
    """What a deriving rule makes of each of its matches: a `derived` fact with these fields,
    each an expression over the bindings and the rule's named values."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$",
                      description="What the fact is, e.g. `parts-total`; rules match on it")
    of: str | None = Field(default=None, description="The binding whose claim the derived fact "
                           "belongs to (default: the first)")
    key: str | None = Field(default=None, description="Expression: what it is about, for joins")
    value: str | None = Field(default=None, description="Expression: the figure")
    low: str | None = None
    high: str | None = None
    unit: str | None = None
    text: str | None = Field(default=None, description="Expression: how messages show it")

    def expressions(self) -> dict[str, str]:
        return {name: text for name in ("key", "value", "low", "high", "unit", "text")
                if (text := getattr(self, name)) is not None}


class Example(BaseModel):
    """An example article, with the text of its sources when the rule reads them."""

    model_config = ConfigDict(extra="forbid")

    text: str
    sources: dict[str, str] = Field(
        default_factory=dict, description="Citation id → source text, as in a .sources folder"
    )
    ledger: list[dict[str, Any]] = Field(
        default_factory=list, description="Ledger entries (as in a --facts file) for this example"
    )


class Examples(BaseModel):
    """Texts that must flag and texts that must not: run by `factcheck rules test`."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    flag: list[str | Example] = Field(
        default_factory=list, description="Each must produce this rule")
    pass_: list[str | Example] = Field(
        default_factory=list, alias="pass", description="Each must not produce this rule"
    )

    @staticmethod
    def case(example: str | Example) -> Example:
        return example if isinstance(example, Example) else Example(text=example)


class RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=RULE_ID, description="Dotted id, e.g. numeric.ratio-mismatch")
    severity: Severity | None = Field(default=None, description="Required unless the rule derives")
    message: str | None = Field(default=None, min_length=1,
                                description="Template over bindings: '{a.actor}'")
    derive: Derive | None = Field(
        default=None, description="Instead of a finding, a `derived` fact other rules match")
    suggestion: str | None = Field(
        default=None, description="What to do about it, a template like the message: "
        "'add a reference for [{c.ref}]'")
    description: str = Field(min_length=1, description="What the rule checks")
    rationale: str = Field(default="", description="Why it matters to an editor")
    tags: list[str] = Field(default_factory=list)
    docs: str | None = None
    match: dict[str, Pattern] = Field(
        min_length=1, description="Binding name → pattern: one to four bindings, each after the "
        "first joined to an earlier one by `eq: $x.field`"
    )
    aggregate: dict[str, Aggregate] = Field(
        default_factory=dict, description="Named values over one binding's facts: "
        "`{parts: {sum: $p.value, over: p}}`; the rule then yields one match per group")
    let: dict[str, str] = Field(
        default_factory=dict, description="Named expressions over bindings and earlier names: "
        "`{actual: ($q.change_to - $q.change_from) / $q.change_from * 100}`")
    check: list[str] = Field(
        default_factory=list, description="Boolean expressions that must all hold: "
        "`abs($actual - $q.value) > 0.5`")
    unless: list[dict[str, FieldCondition]] = Field(
        default_factory=list,
        description="Exceptions: keys are 'binding.field'; a match is dropped if any item holds",
    )
    examples: Examples = Field(default_factory=Examples)

    @field_validator("match")
    @classmethod
    def _binding_names(cls, match: dict[str, Pattern]) -> dict[str, Pattern]:
        for name in match:
            if not re.match(r"^[a-z_][a-z0-9_]*$", name):
                raise ValueError(f"binding name {name!r} must be a lowercase identifier")
        if len(match) > MAX_BINDINGS:
            raise ValueError(f"a rule binds at most {MAX_BINDINGS} facts; aggregate over a "
                             "binding to take a group of any size")
        return match

    @model_validator(mode="after")
    def _reports_or_derives(self) -> RuleSpec:
        if self.derive is not None:
            if self.message is not None or self.severity is not None or self.suggestion:
                raise ValueError("a rule either derives a fact or reports a finding (message "
                                 "and severity), not both")
            return self
        if self.message is None or self.severity is None:
            raise ValueError("a rule needs a message and a severity, or a derive")
        if not self.examples.flag or not self.examples.pass_:
            raise ValueError("examples need at least one 'flag' and one 'pass' text")
        return self

    @property
    def reports(self) -> bool:
        """It reports findings (the others derive facts)."""
        return self.derive is None


class RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rules: list[RuleSpec] = Field(default_factory=list)
    kind: Literal["factcheck/rules"] | None = None
