"""Reading rule files: YAML packs validated by the schema, errors with file, line and rule id."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from factcheck import cache
from factcheck.dsl.compiler import CompileError, compile_rules
from factcheck.dsl.schema import RuleFile, RuleSpec
from factcheck.errors import RuleError
from factcheck.load.read import read_text
from factcheck.yamlio import YamlError, load_yaml, locate, plain, position

RULE_SUFFIXES = (".yaml", ".yml")
_CACHED_RULES = TypeAdapter(list[tuple[RuleSpec, int | None]])


def rule_files(path: Path) -> list[Path]:
    if not path.exists():
        raise RuleError(str(path), "no such rules file or folder")
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in RULE_SUFFIXES and p.is_file())
    return [path]


def load_rule_file(path: Path) -> list[tuple[RuleSpec, int | None]]:
    """The rules of one file, each with the line it starts on; RuleError on any problem."""
    entry = cache.entry("rules", path)
    cached = entry.get(_CACHED_RULES) if entry else None
    if cached is not None:
        return cached
    rules = _parse_rule_file(path)
    if entry:
        entry.put([(spec.model_dump(mode="json", by_alias=True, exclude_none=True), line)
                   for spec, line in rules])
    return rules


def _parse_rule_file(path: Path) -> list[tuple[RuleSpec, int | None]]:
    name = str(path)
    try:
        node = load_yaml(read_text(path), name)
    except YamlError as error:
        raise RuleError(name, error.message, error.line, error.column) from None
    except Exception as error:  # LoadError from read_text
        raise RuleError(name, str(error).split(": error: ")[-1]) from None
    try:
        raw = plain(node)
    except ValueError as error:
        raise RuleError(name, str(error)) from None
    if not isinstance(raw, dict):
        raise RuleError(name, "a rule file must be a mapping with a 'rules' list", 1)
    try:
        parsed = RuleFile.model_validate(raw)
    except ValidationError as error:
        raise _validation_error(name, node, raw, error) from None
    lines = []
    for number, spec in enumerate(parsed.rules):
        line, _ = position(node["rules"], number)
        lines.append((spec, line))
        try:
            compile_rules([spec])
        except CompileError as error:
            # The offending key's own line where the compiler says which key it is.
            at, column = locate(node, ["rules", number, *error.loc]) if error.loc else (None, None)
            raise RuleError(name, str(error), at or line, column if at else None,
                            rule_id=spec.id) from None
    return lines


def _validation_error(name: str, node: Any, raw: Any, error: ValidationError) -> RuleError:
    first = error.errors()[0]
    loc = [part for part in first["loc"]]
    rule_id = None
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
        rules = raw.get("rules") or []
        if loc[1] < len(rules) and isinstance(rules[loc[1]], dict):
            rule_id = rules[loc[1]].get("id")
    line, column = locate(node, loc)
    shown = ".".join(str(part) for part in loc if not _is_union_tag(part))
    message = first["msg"]
    if first["type"] == "extra_forbidden":
        message = f"unknown field {loc[-1]!r}"
    return RuleError(name, f"{shown}: {message}", line, column, rule_id=rule_id)


def _is_union_tag(part: Any) -> bool:
    return isinstance(part, str) and (part in ("Condition", "str", "int", "float", "bool")
                                      or part.startswith(("function-", "union[")))


def load_rule_specs(paths: list[Path]) -> list[tuple[RuleSpec, str, int | None]]:
    """Every rule of every file, rejecting an id defined twice."""
    seen: dict[str, str] = {}
    specs = []
    for path in paths:
        for file in rule_files(path):
            for spec, line in load_rule_file(file):
                where = f"{file}:{line}"
                if spec.id in seen:
                    raise RuleError(str(file), f"duplicate rule id (first defined at {seen[spec.id]})",
                                    line, rule_id=spec.id)
                seen[spec.id] = where
                specs.append((spec, str(file), line))
    return specs
