"""Arithmetic and comparisons over bound facts: the rule language's `let` and `check`.

An expression is read once, when its rule compiles, into a small tree of the forms below; it
is evaluated through closures built from that tree, never by ``eval``. What it may contain:

- ``$a.value`` (a field of a binding) and ``$name`` (a value named by ``let`` or ``aggregate``);
- numbers, quoted strings, ``true``/``false`` (also ``True``/``False``);
- ``+ - * /``, comparisons ``< <= > >= == !=``, ``and or not``, parentheses;
- the functions in ``FUNCTIONS``: ``abs``, ``min``, ``max``, ``round``, ``near(x, y, tol)``
  (``tol`` absolute, or a string like ``"5%"`` of ``y``), ``within(x, low, high)``,
  ``coalesce(x, y, …)`` (the first that has a value), ``when(test, then, otherwise)``,
  ``overlaps(low, high, other_low, other_high)`` (whether two intervals meet; a missing end is
  open), ``contains(text, part)`` (whether a text holds another), ``similarity(text, part)`` (how
  well ``part`` appears somewhere in ``text``, 0–100, fuzzily), ``unseen(words, pool)`` (the
  share of space-separated words that ``pool`` lacks), and for
  messages ``plain(x)`` (a figure as a reader writes it: 2,100,000, 3.5) and ``text(x, spec)``
  (a number format such as ``"+.1f"``); ``+`` also joins two strings.

A missing field makes what it takes part in missing (``None``), and a check whose value is
missing does not hold, as a missing field satisfies no condition. Division by zero is missing
too, so ``$a.value / $b.value`` with ``$b.value`` 0 simply does not hold.
"""

from __future__ import annotations

import ast
import math
import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from factcheck.dsl.conditions import absolute_tolerance
from factcheck.extract.alignment import similarity
from factcheck.models.fact import FACT_FIELDS, Fact, FactKind

MAX_EXPRESSION_CHARS = 500
MAX_NODES = 100

_REFERENCE = re.compile(r"\$([a-z_][a-z0-9_]*)(?:\.([a-z_][a-z0-9_]*))?")
_PLACEHOLDER = "__ref"

Values = Mapping[str, Any]


class ExpressionError(ValueError):
    pass


def _near(value: Any, target: Any, tolerance: Any = None) -> bool | None:
    if not (_number(value) and _number(target)):
        return None
    if tolerance is not None and not isinstance(tolerance, int | float | str):
        return None
    return bool(abs(value - target) <= absolute_tolerance(tolerance, target))


def _within(value: Any, low: Any, high: Any) -> bool | None:
    if not (_number(value) and _number(low) and _number(high)):
        return None
    return bool(low <= value <= high)


def _coalesce(*values: Any) -> Any:
    return next((value for value in values if value is not None), None)


def _overlaps(low: Any, high: Any, other_low: Any, other_high: Any) -> bool:
    """Whether [low, high] and [other_low, other_high] meet; a missing end is open."""
    ends = (low, high, other_low, other_high)
    if any(end is not None and not _number(end) for end in ends):
        return False
    return ((low is None or other_high is None or low <= other_high)
            and (other_low is None or high is None or other_low <= high))


def _contains(text: Any, part: Any) -> bool | None:
    if not (isinstance(text, str) and isinstance(part, str)):
        return None
    return part in text


def _similarity(text: Any, part: Any) -> float | None:
    """How well ``part`` appears somewhere in ``text``, 0 to 100 (100: as it is)."""
    if not (isinstance(text, str) and isinstance(part, str)):
        return None
    return similarity(text, part)


def _unseen(words: Any, pool: Any) -> float | None:
    """The share of the space-separated ``words`` that ``pool`` does not have (0 without
    words)."""
    if not (isinstance(words, str) and isinstance(pool, str)):
        return None
    wanted = set(words.split())
    return len(wanted - set(pool.split())) / len(wanted) if wanted else 0.0


def _when(test: Any, then: Any, otherwise: Any) -> Any:
    return None if test is None else then if test is True else otherwise


_NUMBER_FORMAT = re.compile(r"^[+ -]?,?(?:\.\d{1,2})?[fg%]?$")


def _text(value: Any, spec: Any = "") -> str | None:
    if not _number(value) or not isinstance(spec, str) or not _NUMBER_FORMAT.match(spec):
        return None
    return format(value, spec)


def plain(value: Any) -> str | None:
    """A figure as a reader writes it: 2,100,000,000 and 3.5, not 2.1e+09."""
    if not _number(value):
        return None
    # to six significant digits, as stated figures are: a value read as 4.1 × 10⁶ may be
    # 4,099,999.9999999995
    rounded = float(f"{value:.6g}")
    return f"{rounded:,.0f}" if rounded == int(rounded) else f"{rounded:,f}".rstrip("0")


def _numbers(function: Callable[..., Any]) -> Callable[..., Any]:
    def guarded(*args: Any) -> Any:
        return function(*args) if all(_number(arg) for arg in args) else None
    return guarded


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "abs": _numbers(abs), "min": _numbers(min), "max": _numbers(max),
    "round": _numbers(round), "near": _near, "within": _within, "coalesce": _coalesce,
    "when": _when, "text": _text, "plain": plain, "contains": _contains,
    "similarity": _similarity, "unseen": _unseen, "overlaps": _overlaps,
}
_BINARY: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_COMPARE: dict[type, Callable[[Any, Any], bool]] = {
    ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge,
    ast.Eq: operator.eq, ast.NotEq: operator.ne,
}


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


@dataclass(frozen=True)
class Expression:
    text: str
    tree: ast.expr
    refs: Mapping[str, tuple[str, str | None]]  # placeholder -> (binding, field) or (name, None)
    run: Evaluator

    @property
    def fields(self) -> list[tuple[str, str]]:
        """The (binding, field) pairs it reads."""
        return list(dict.fromkeys((binding, field) for binding, field in self.refs.values()
                                  if field is not None))

    @property
    def names(self) -> list[str]:
        """The let and aggregate names it reads."""
        return list(dict.fromkeys(name for name, field in self.refs.values() if field is None))

    def evaluate(self, facts: Mapping[str, Fact], values: Values) -> Any:
        return self.run(facts, values)

    def holds(self, facts: Mapping[str, Fact], values: Values) -> bool:
        return self.evaluate(facts, values) is True


def compile_expression(text: str, bindings: Mapping[str, FactKind],
                       names: frozenset[str] = frozenset()) -> Expression:
    """Read ``text``; ExpressionError names what is wrong (an unknown binding, field, name or
    function, or a form the language does not have)."""
    if len(text) > MAX_EXPRESSION_CHARS:
        raise ExpressionError(f"expression longer than {MAX_EXPRESSION_CHARS} characters")
    refs: dict[str, tuple[str, str | None]] = {}

    def name_for(match: re.Match[str]) -> str:
        binding, field_name = match.group(1), match.group(2)
        if field_name is None and binding not in names:
            raise ExpressionError(f"${binding} is not a value named by let or aggregate")
        if field_name is not None:
            if binding not in bindings:
                raise ExpressionError(f"unknown binding ${binding}")
            if field_name != "id" and field_name not in FACT_FIELDS[bindings[binding]]:
                raise ExpressionError(
                    f"{bindings[binding].value} facts have no field {field_name!r}")
        placeholder = f"{_PLACEHOLDER}{len(refs)}"
        refs[placeholder] = (binding, field_name)
        return placeholder

    source = _REFERENCE.sub(name_for, text)
    source = re.sub(r"\btrue\b", "True", re.sub(r"\bfalse\b", "False", source))
    try:
        tree = ast.parse(source.strip(), mode="eval").body
    except SyntaxError as error:
        raise ExpressionError(f"cannot read expression {text!r}: {error.msg}") from None
    nodes = list(ast.walk(tree))
    if len(nodes) > MAX_NODES:
        raise ExpressionError(f"expression has more than {MAX_NODES} parts")
    called = {id(node.func) for node in nodes if isinstance(node, ast.Call)}
    for node in nodes:
        _check_node(node, text, refs, called)
    return Expression(text, tree, refs, _build(tree, refs))


_ALLOWED = (ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.Not, ast.USub, ast.UAdd, ast.BinOp,
            ast.Compare, ast.Call, ast.Constant, ast.Name, ast.Load, *_BINARY, *_COMPARE)


def _check_node(node: ast.AST, text: str, refs: Mapping[str, Any], called: set[int]) -> None:
    if not isinstance(node, _ALLOWED):
        raise ExpressionError(f"{text!r}: {type(node).__name__} is not part of the language")
    if isinstance(node, ast.Constant) and not isinstance(node.value, int | float | str | bool):
        raise ExpressionError(f"{text!r}: {node.value!r} is not a number, string or boolean")
    if isinstance(node, ast.Name) and node.id not in refs and not (
            id(node) in called and node.id in FUNCTIONS):
        raise ExpressionError(f"{text!r}: unknown name {node.id!r} (fields are $binding.field, "
                              "functions are called)")
    if isinstance(node, ast.Call) and (
            not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS or node.keywords):
        raise ExpressionError(
                f"{text!r}: only {', '.join(sorted(FUNCTIONS))} can be called")


Evaluator = Callable[[Mapping[str, Fact], Values], Any]


def _build(node: ast.expr, refs: Mapping[str, tuple[str, str | None]]) -> Evaluator:
    """The node as a closure, built once when the rule compiles: evaluating it is then a few
    calls, not a walk of the tree."""
    if isinstance(node, ast.Constant):
        constant = node.value
        return lambda facts, values: constant
    if isinstance(node, ast.Name):
        name, field_name = refs[node.id]
        if field_name is None:
            return lambda facts, values: values.get(name)
        return lambda facts, values: facts[name].get(field_name)
    if isinstance(node, ast.UnaryOp):
        return _unary(node.op, _build(node.operand, refs))
    if isinstance(node, ast.BinOp):
        return _binary(node.op, _build(node.left, refs), _build(node.right, refs))
    if isinstance(node, ast.BoolOp):
        return _boolean(isinstance(node.op, ast.And), [_build(v, refs) for v in node.values])
    if isinstance(node, ast.Compare):
        return _comparison([_COMPARE[type(op)] for op in node.ops],
                           [_build(n, refs) for n in (node.left, *node.comparators)])
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return _call(FUNCTIONS[node.func.id], [_build(arg, refs) for arg in node.args])
    raise ExpressionError(f"cannot evaluate {ast.dump(node)}")  # ruled out by _check_node


def _unary(op: ast.unaryop, operand: Evaluator) -> Evaluator:
    if isinstance(op, ast.Not):
        def negation(facts: Mapping[str, Fact], values: Values) -> Any:
            value = operand(facts, values)
            return None if value is None else not value
        return negation
    sign = -1 if isinstance(op, ast.USub) else 1

    def signed(facts: Mapping[str, Fact], values: Values) -> Any:
        value = operand(facts, values)
        return sign * value if _number(value) else None
    return signed


def _binary(op: ast.operator, left: Evaluator, right: Evaluator) -> Evaluator:
    apply, joins, divides = _BINARY[type(op)], isinstance(op, ast.Add), isinstance(op, ast.Div)

    def arithmetic(facts: Mapping[str, Fact], values: Values) -> Any:
        a, b = left(facts, values), right(facts, values)
        if joins and isinstance(a, str) and isinstance(b, str):
            return a + b
        if not (_number(a) and _number(b)) or (divides and b == 0):
            return None
        result = apply(a, b)
        return result if math.isfinite(result) else None
    return arithmetic


def _boolean(conjunction: bool, operands: list[Evaluator]) -> Evaluator:
    decisive = not conjunction  # what settles an `or` (True) or an `and` (False)

    def logic(facts: Mapping[str, Fact], values: Values) -> Any:
        missing = False
        for operand in operands:
            value = operand(facts, values)
            if value is None:
                missing = True
            elif bool(value) is decisive:
                return decisive
        return None if missing else not decisive
    return logic


def _comparison(operators: list[Callable[[Any, Any], bool]],
                operands: list[Evaluator]) -> Evaluator:
    def compare(facts: Mapping[str, Fact], values: Values) -> Any:
        left = operands[0](facts, values)
        for op, operand in zip(operators, operands[1:], strict=True):
            right = operand(facts, values)
            if left is None or right is None or not _comparable(left, right):
                return None
            if not op(left, right):
                return False
            left = right
        return True
    return compare


def _call(function: Callable[..., Any], arguments: list[Evaluator]) -> Evaluator:
    def call(facts: Mapping[str, Fact], values: Values) -> Any:
        try:
            return function(*(argument(facts, values) for argument in arguments))
        except (TypeError, ValueError):  # wrong number of arguments, min() of nothing
            return None
    return call


def _comparable(left: Any, right: Any) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool)
    return (_number(left) and _number(right)) or (isinstance(left, str) and isinstance(right, str))
