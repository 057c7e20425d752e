"""Hypothesis strategies for factcheck's models, facts and rules, valid by construction.

Values are drawn from small pools on purpose: pair rules only get interesting when facts share
actors, topics and values.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from factcheck.dsl.operators import OPERATORS, Operand
from factcheck.dsl.schema import RuleSpec
from factcheck.models import (
    Actor,
    ActorKind,
    Citation,
    CitationKind,
    Claim,
    Document,
    Interval,
    Polarity,
    Quantity,
    QuantityKind,
    Span,
    Stance,
)
from factcheck.models.fact import FACT_FIELDS, Fact, FactKind

ACTORS = ("trump", "bessent", "china", "us-government", "eu")
TOPICS = ("tariffs", "export-controls", "rare-earths", "sanctions")
UNITS = ("%", "items", "USD", "CNY")
QUANTITY_KINDS = ("count", "percent", "percent-change", "ratio", "currency", "year")
POOLS: dict[str, tuple[Any, ...]] = {
    "actor": ACTORS, "topic": TOPICS, "polarity": ("support", "oppose"), "unit": UNITS,
    "quantity_kind": QUANTITY_KINDS, "group": ("us-government", "eu-commission"),
    "ref": ("1", "2", "3", "4"), "citation_kind": ("marker", "footnote", "attribution"),
    "subject": ("china", "us", "eu"), "metric": ("refining share", "export controls"),
    "hedge": ("nearly", "over", "about"), "time_marker": ("previously", "now"),
    "period": ("june", "2024", "last year"),
    "actor_name": ("Trump", "China", "Bessent"),
    "group_name": ("U.S. government", "European Commission"),
    "statistic": ("90%", "3,000", "largest"),
    "frame": ("inflation, june", "rare earth refining (china)"),
}
NUMBERS = (-5.0, 0.0, 3.0, 50.0, 87.0, 90.0, 100.0, 130.0, 3000.0)


def field_value(kind: FactKind, name: str) -> st.SearchStrategy[Any]:
    declared = FACT_FIELDS[kind][name]
    if name in POOLS:
        return st.sampled_from(POOLS[name])
    if declared is bool:
        return st.booleans()
    if declared is float:
        return st.sampled_from(NUMBERS)
    if declared is int:
        return st.integers(min_value=-1, max_value=3)
    return st.sampled_from(("a", "b", "c1", "x y"))


@st.composite
def facts(draw: st.DrawFn, max_facts: int = 14,
          kinds: tuple[FactKind, ...] | None = None) -> list[Fact]:
    """A document's facts over a few claims; ``kinds`` narrows them to what rules look at."""
    count = draw(st.integers(min_value=0, max_value=max_facts))
    # Few kinds per document and most fields present, so that pairs actually meet.
    if not kinds:
        kinds = tuple(draw(st.lists(st.sampled_from(list(FactKind)), min_size=1, max_size=2,
                                    unique=True)))
    out: list[Fact] = []
    for number in range(count):
        kind = draw(st.sampled_from(kinds))
        claim = f"c{draw(st.integers(min_value=1, max_value=4))}"
        names = [n for n in FACT_FIELDS[kind] if n not in ("claim", "text", "section")]
        fields = {
            name: draw(field_value(kind, name))
            for name in names if draw(st.integers(min_value=0, max_value=9)) < 8
        }
        if "claim" in FACT_FIELDS[kind]:
            fields["claim"] = claim
        out.append(Fact(id=f"{claim}.f{number}", kind=kind, claim_id=claim, part=0, fields=fields))
    return out


# Every operator that takes a literal (``OPERATORS``), by what it applies to: the ordered
# ones and `near` compare numbers here (durable-rules compares strings lexically).
_NUMERIC_ONLY = frozenset({"gt", "gte", "lt", "lte", "near"})


@st.composite
def literal_condition(draw: st.DrawFn, kind: FactKind) -> tuple[str, Any]:
    names = [n for n in FACT_FIELDS[kind] if n not in ("claim", "text", "section")]
    name = draw(st.sampled_from(names))
    declared = FACT_FIELDS[kind][name]
    value = field_value(kind, name)
    ops = [op for op in OPERATORS.values() if op.operand is not Operand.BINDING
           and (op.name not in _NUMERIC_ONLY or declared in (int, float))
           and (op.operand is not Operand.PATTERN or declared is str)]
    op = draw(st.sampled_from(ops))
    if op.operand is Operand.FLAG:
        return name, {op.name: draw(st.booleans())}
    if op.operand is Operand.VALUES:
        return name, {op.name: draw(st.lists(value, min_size=1, max_size=3))}
    if op.operand is Operand.PATTERN:
        return name, {op.name: draw(st.sampled_from(["^t", "a", "s$", "[0-9]"]))}
    if op.name == "near":
        return name, {"near": draw(value), "tolerance": draw(st.sampled_from([0.5, "10%"]))}
    if draw(st.booleans()) and op.name == "eq":
        return name, draw(value)
    return name, {op.name: draw(value)}


@st.composite
def rule_specs(draw: st.DrawFn, rule_id: str = "generated.rule") -> RuleSpec:
    """A valid single-fact or pair rule with literal conditions, joins and pair checks."""
    kind_a = draw(st.sampled_from(list(FactKind)))
    where_a = dict(draw(st.lists(literal_condition(kind_a), max_size=3)))
    match: dict[str, Any] = {"a": {"fact": kind_a.value, "where": where_a}}
    if draw(st.booleans()):
        alternatives = draw(st.lists(st.lists(literal_condition(kind_a), min_size=1, max_size=2),
                                     max_size=2))
        match["a"]["any"] = [dict(items) for items in alternatives]
    if draw(st.booleans()):
        kind_b = draw(st.sampled_from(list(FactKind)))
        shared = sorted(
            set(FACT_FIELDS[kind_a]) & set(FACT_FIELDS[kind_b]) - {"text", "section"}
            | ({"claim"} & set(FACT_FIELDS[kind_b]) & set(FACT_FIELDS[kind_a]))
        )
        if shared:
            joins = draw(st.lists(st.sampled_from(shared), min_size=1, max_size=2, unique=True))
            where_b: dict[str, Any] = {name: {"eq": f"$a.{name}"} for name in joins}
            rest = [n for n in shared if n not in joins]
            compare: bool = draw(st.booleans())
            if rest and compare:
                other: str = draw(st.sampled_from(rest))
                where_b[other] = {"ne": f"$a.{other}"}
            for name, condition in draw(st.lists(literal_condition(kind_b), max_size=2)):
                where_b.setdefault(name, condition)
            match["b"] = {"fact": kind_b.value, "where": where_b}
    return RuleSpec.model_validate({
        "id": rule_id, "severity": "warning", "message": "generated", "description": "generated",
        "match": match, "examples": {"flag": ["x"], "pass": ["y"]},
    })


_NUMERIC = {FactKind.QUANTITY: ("value", "low", "high"), FactKind.CLAIM: ("quantities",
                                                                            "citations")}
# Text fields with values from small pools (``POOLS``), for the text functions and `join`.
_TEXTS = {FactKind.QUANTITY: ("metric", "subject", "unit", "period"),
          FactKind.STANCE: ("actor", "topic", "polarity"), FactKind.CLAIM: ("statistic",)}


def _computed(draw: st.DrawFn, names: list[str], kinds: list[FactKind]) -> str | None:
    """A `let` expression over the bindings: arithmetic on a number, or one of the text and
    interval functions (`contains`, `similarity`, `unseen`, `overlaps`)."""
    numeric = [f"${name}.{field}" for name, kind in zip(names, kinds, strict=True)
               for field in _NUMERIC.get(kind, ())]
    texts = [f"${name}.{field}" for name, kind in zip(names, kinds, strict=True)
             for field in _TEXTS.get(kind, ())]
    quantities = [name for name, kind in zip(names, kinds, strict=True)
                  if kind is FactKind.QUANTITY]
    choices = ([f"{number} * 2 - 1" for number in numeric]
               + [f"when(contains({a}, {b}), 1, 0)" for a in texts for b in texts]
               + [f"similarity({a}, {b})" for a in texts for b in texts]
               + [f"unseen({a}, {b}) * 100" for a in texts for b in texts]
               + [f"when(overlaps(${a}.low, ${a}.high, ${b}.low, ${b}.high), 1, 0)"
                  for a in quantities for b in quantities if a != b])
    return draw(st.sampled_from(choices)) if choices else None


@st.composite
def _joined_rule(draw: st.DrawFn, rule_id: str, bindings: int = 4,
                 literals: int = 2) -> dict[str, Any]:
    """The fields of a joined rule (``joined_rule_specs``) of up to ``bindings`` bindings with
    up to ``literals`` literal conditions each, before validation."""
    count = draw(st.integers(min_value=1, max_value=bindings))
    kinds = [draw(st.sampled_from([FactKind.QUANTITY, FactKind.STANCE, FactKind.CLAIM]))
             for _ in range(count)]
    names = [f"b{number}" for number in range(count)]
    match: dict[str, Any] = {}
    for position, (name, kind) in enumerate(zip(names, kinds, strict=True)):
        where: dict[str, Any] = dict(draw(st.lists(literal_condition(kind),
                                                   max_size=literals)))
        if position:
            earlier = draw(st.sampled_from(range(position)))
            shared = sorted(set(FACT_FIELDS[kind]) & set(FACT_FIELDS[kinds[earlier]])
                            - {"text", "section"})
            joined = draw(st.sampled_from(shared))  # "claim" at least: every kind has it
            where[joined] = {"eq": f"${names[earlier]}.{joined}"}
            others = [n for n in shared if n != joined]
            compare_more: bool = draw(st.booleans())
            if others and compare_more:
                other = draw(st.sampled_from(others))
                where[other] = {draw(st.sampled_from(["ne", "eq"])): f"${names[earlier]}.{other}"}
        match[name] = {"fact": kind.value, "where": where}
    spec: dict[str, Any] = {
        "id": rule_id, "severity": "warning", "message": "generated",
        "description": "generated", "match": match, "examples": {"flag": ["x"], "pass": ["y"]},
    }
    computed = _computed(draw, names, kinds) if draw(st.booleans()) else None
    if computed is not None:
        spec["let"] = {"n": computed}
        spec["check"] = [f"$n {draw(st.sampled_from(['>', '<=', '!=']))} "
                         f"{draw(st.sampled_from(NUMBERS))}"]
    last = names[-1]
    aggregated: bool = draw(st.booleans())
    if count > 1 and aggregated:
        function = draw(st.sampled_from(["sum", "count", "min", "max", "join"]))
        if function == "join":
            fields = _TEXTS[kinds[-1]]
            spec["aggregate"] = {"total": {"join": f"${last}.{draw(st.sampled_from(fields))}",
                                           "over": last, "separator": "; "}}
            spec.setdefault("check", []).append(
                f"contains($total, {draw(st.sampled_from(['a', 'tariffs', 'june', ';']))!r})")
        else:
            fields = _NUMERIC.get(kinds[-1]) or ("claim",)
            # an aggregate may read the group's other bindings too
            first = names[0]
            other = (f" - ${first}.{_NUMERIC[kinds[0]][0]}"
                     if kinds[0] in _NUMERIC and draw(st.booleans()) else "")
            spec["aggregate"] = {"total": {
                function: f"${last}.{draw(st.sampled_from(fields))}{other}", "over": last}}
            spec.setdefault("check", []).append(
                f"$total {draw(st.sampled_from(['>', '>=']))} "
                f"{draw(st.sampled_from([0, 1, 50]))}")
    return spec


@st.composite
def joined_rule_specs(draw: st.DrawFn, rule_id: str = "generated.joined") -> RuleSpec:
    """A valid rule of one to four bindings, each after the first joined to an earlier one,
    with literal conditions, checks between bindings, and sometimes `let` (arithmetic or a
    text or interval function), `check` and an aggregate over the last binding (`sum`,
    `count`, `min`, `max` or `join`, which may read the other bindings too): the shapes the
    differential tests compare."""
    return RuleSpec.model_validate(draw(_joined_rule(rule_id)))


@st.composite
def derivation_chains(draw: st.DrawFn, rule_id: str = "generated.chain") -> list[RuleSpec]:
    """Rules that build on what others derived: one to three deriving steps, the first over
    the document's facts (a joined rule, as ``joined_rule_specs`` makes), each later one over
    the `derived` facts of the step before (joined on their key, or to a fact of the
    document, sometimes aggregated), and a reporting rule over the facts of one step."""
    steps = draw(st.integers(min_value=1, max_value=3))
    specs: list[RuleSpec] = []
    for step in range(steps):
        name = f"step{step}"
        if step == 0:  # small, so that it often matches and the chain goes on
            spec = draw(_joined_rule(f"{rule_id}.{name}", bindings=2, literals=1))
            first = next(iter(spec["match"]))
            kind = FactKind(spec["match"][first]["fact"])
            value = ("$total" if "aggregate" in spec and "join" not in spec["aggregate"]["total"]
                     else "$n" if "let" in spec
                     else f"${first}.{_NUMERIC[kind][0]}" if kind in _NUMERIC else "1")
            key = f"${first}.{draw(st.sampled_from(['claim', *_TEXTS[kind]]))}"
        else:
            previous = f"step{step - 1}"
            where: dict[str, Any] = {"name": previous}
            if draw(st.integers(min_value=0, max_value=3)) == 0:
                where["value"] = {draw(st.sampled_from(["gt", "lte", "ne"])):
                                  draw(st.sampled_from(NUMBERS))}
            match: dict[str, Any] = {"a": {"fact": "derived", "where": where}}
            spec = {"id": f"{rule_id}.{name}", "description": "generated", "match": match}
            partner = draw(st.sampled_from(["none", "none", "derived", "document"]))
            value, key = "$a.value + 1", "$a.key"
            if partner == "derived":  # another fact of the same step with the same key
                match["b"] = {"fact": "derived", "where": {"name": previous,
                                                          "key": {"eq": "$a.key"}}}
                value = "$a.value + $b.value"
            elif partner == "document":  # a fact of the document in the same claim
                match["b"] = {"fact": "quantity", "where": {"claim": {"eq": "$a.claim"}}}
                value = "$a.value * 2"
                key = draw(st.sampled_from(["$a.key", "$b.metric"]))
            if partner != "none" and draw(st.booleans()):
                function = draw(st.sampled_from(["sum", "count", "max"]))
                spec["aggregate"] = {"total": {function: "$b.value", "over": "b"}}
                value = "$total"
        for field in ("severity", "message", "examples"):
            spec.pop(field, None)
        spec["derive"] = {"name": name, "key": key, "value": value, "text": f"plain({value})"}
        specs.append(RuleSpec.model_validate(spec))
    # mostly the last step, so that the whole chain has to run
    target = steps - 1 if draw(st.integers(min_value=0, max_value=3)) else draw(
        st.sampled_from(range(steps)))
    where = {"name": f"step{target}"}
    if draw(st.booleans()):
        where["value"] = {draw(st.sampled_from(["gt", "lte"])): draw(st.sampled_from(NUMBERS))}
    specs.append(RuleSpec.model_validate({
        "id": f"{rule_id}.report", "severity": "warning", "message": "{t.text} for {t.key}",
        "description": "generated", "match": {"t": {"fact": "derived", "where": where}},
        "examples": {"flag": ["x"], "pass": ["y"]}}))
    return specs


# --- models, valid by construction ---------------------------------------------

_WORDS = st.sampled_from(["exports", "rose", "the", "tariffs", "China", "agreed", "on", "talks"])


def spans(max_offset: int = 10_000) -> st.SearchStrategy[Span]:
    @st.composite
    def build(draw: st.DrawFn) -> Span:
        start = draw(st.integers(min_value=0, max_value=max_offset))
        length = draw(st.integers(min_value=0, max_value=200))
        line = draw(st.integers(min_value=1, max_value=500))
        column = draw(st.integers(min_value=1, max_value=200))
        return Span(start=start, end=start + length, line=line, column=column, end_line=line,
                    end_column=column + length)
    return build()


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    value = draw(st.floats(min_value=-1e9, max_value=1e12, allow_nan=False, allow_infinity=False))
    hedge = draw(st.sampled_from([None, "nearly", "about", "over", "up to"]))
    low = None if hedge == "up to" else (value if hedge in (None, "over") else value * 0.9)
    high = None if hedge == "over" else value
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Quantity(
        text=f"{hedge + ' ' if hedge else ''}{value:g}", span=draw(spans()),
        kind=draw(st.sampled_from(list(QuantityKind))), value=value,
        interval=Interval(low=low, high=high), unit=draw(st.sampled_from([None, "%", "USD"])),
        hedge=hedge, subject=draw(st.sampled_from([None, *ACTORS])),
        metric=draw(st.sampled_from([None, "refining share", "export controls"])),
    )


@st.composite
def actors(draw: st.DrawFn) -> Actor:
    actor = draw(st.sampled_from(ACTORS))
    return Actor(id=actor, name=actor.title(), span=draw(spans()),
                 kind=draw(st.sampled_from(list(ActorKind))),
                 groups=tuple(draw(st.lists(st.sampled_from(POOLS["group"]), max_size=2,
                                            unique=True))))


@st.composite
def stances(draw: st.DrawFn) -> Stance:
    return Stance(actor=draw(st.sampled_from(ACTORS)), topic=draw(st.sampled_from(TOPICS)),
                  polarity=draw(st.sampled_from(list(Polarity))), cue="supports",
                  span=draw(spans()), negated=draw(st.booleans()),
                  time_marker=draw(st.sampled_from([None, "previously", "now"])))


@st.composite
def citations(draw: st.DrawFn) -> Citation:
    ids = tuple(draw(st.lists(st.sampled_from(POOLS["ref"]), min_size=1, max_size=3, unique=True)))
    return Citation(kind=CitationKind.MARKER, text="".join(f"[{i}]" for i in ids), ids=ids,
                    span=draw(spans()))


@st.composite
def claims(draw: st.DrawFn, number: int = 1) -> Claim:
    text = " ".join(draw(st.lists(_WORDS, min_size=1, max_size=12))) + "."
    return Claim(id=f"c{number}", text=text, span=draw(spans()),
                 quantities=tuple(draw(st.lists(quantities(), max_size=3))),
                 actors=tuple(draw(st.lists(actors(), max_size=3))),
                 stances=tuple(draw(st.lists(stances(), max_size=2))),
                 citations=tuple(draw(st.lists(citations(), max_size=2))))


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A Document whose text is the generated claims, one paragraph each (blocks and spans exact)."""
    from factcheck.load import document_from_text

    sentences = [" ".join(draw(st.lists(_WORDS, min_size=1, max_size=12))) + "."
                 for _ in range(draw(st.integers(min_value=1, max_value=6)))]
    return document_from_text("\n\n".join(sentences), "generated.md")


# What an attacker puts in an article or its file name to reach whoever reads the output:
# terminal escape sequences, bidi controls, invisible characters, line breaks of every kind, and
# GitHub workflow commands (`::cmd::` at a line's start, `##[cmd]` anywhere).
HOSTILE_FRAGMENTS = (
    "\n", "\r", "\r\n", "\t", "\x00", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85",
    "\x9b", "\u2028", "\u2029", "\x1b]0;title\x07", "\x1b[2J", "\x1b[8m", "\x1b[31m", "\x9b2J",
    "\u202a", "\u202b", "\u202d", "\u202e", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069",
    "\u200e", "\u200f", "\u061c", "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff",
    "\U000e0041", "\u00a0", "::", "\n::error file=README.md,line=1::Security review passed\n",
    "\n::add-mask::x\n", "\n  ::stop-commands::x\n", "##[add-mask]y", "##[error]z", "[bold]",
    "%0A", "<!-- factcheck-ignore -->", "<!-- factcheck-ignore: all -->", "\"", "[1]", "40%",
    "Exports rose 5% last year", "café 東京",
)


# Sentences that draw findings, so that hostile text and names reach the findings' lines.
FLAGGED_SENTENCES = (
    "Exports rose 5% last year [1]. ", "China controls 140% of refining. ",
    "Exports rose 1\u200b40% [2]. ", "Imports fell 3\x1b[8m0% last year [3]. ",
    'The minister said "we will never negotiate\n::add-mask::x" [4]. ',
)


def hostile_texts(max_parts: int = 30) -> st.SearchStrategy[str]:
    """Article text mixing sentences that draw findings, ordinary words and figures with
    everything in HOSTILE_FRAGMENTS."""
    part = st.one_of(st.sampled_from(HOSTILE_FRAGMENTS), st.sampled_from(FLAGGED_SENTENCES),
                     _WORDS.map(lambda word: f" {word} "), st.text(max_size=8))
    return st.lists(part, max_size=max_parts).map("".join)


def hostile_names() -> st.SearchStrategy[str]:
    """An article's file name (ending in .md) built from the same fragments."""
    part = st.one_of(st.sampled_from(HOSTILE_FRAGMENTS), st.sampled_from(("a", "notes", "-")))
    return st.lists(part, min_size=1, max_size=6).map(lambda parts: "".join(parts) + ".md")
