"""Safe YAML reading shared by every loader: no code execution, bounded aliases, line numbers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from factcheck.errors import FactcheckError

MAX_ALIASES = 100  # a "billion laughs" file expands aliases exponentially; real files need few


class YamlError(FactcheckError):
    pass


def load_yaml(text: str, path: str) -> Any:
    """Parse YAML with the round-trip loader: safe (tags build no objects) and it keeps positions."""
    # ruamel.yaml is imported on first use: with rule packs and lexicons served from the
    # start-up cache, checking a plain-text article needs no YAML, and the import costs 45 ms.
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if text.count("*") > MAX_ALIASES and _alias_count(text) > MAX_ALIASES:
        raise YamlError(path, f"more than {MAX_ALIASES} aliases; refusing a possible alias bomb")
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        return yaml.load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        problem = error.problem or error.context or "invalid YAML"
        raise YamlError(path, problem.splitlines()[0], line, column) from None
    except YAMLError as error:
        raise YamlError(path, str(error).splitlines()[0]) from None
    except RecursionError:
        raise YamlError(path, "nesting too deep") from None


def _alias_count(text: str) -> int:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.tokens import AliasToken

    yaml = YAML(typ="rt")
    try:
        return sum(isinstance(token, AliasToken) for token in yaml.scan(text))
    except YAMLError:
        return 0  # the real parse reports the syntax error with its position


def locate(node: Any, loc: Sequence[Any]) -> tuple[int | None, int | None]:
    """(line, column) of the deepest element of a pydantic error location that exists."""
    current, line, column = node, None, None
    for part in loc:
        inside_map = isinstance(current, dict) and part in current
        inside_list = isinstance(current, list) and isinstance(part, int) and part < len(current)
        if not (inside_map or inside_list):
            break
        line, column = position(current, part)
        current = current[part]
    return line, column


def position(node: Any, key: str | int | None = None) -> tuple[int | None, int | None]:
    """1-based (line, column) of a mapping key or sequence item in a round-trip node, if known."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return None, None
    try:
        if key is None:
            return lc.line + 1, lc.col + 1
        if isinstance(key, int):
            line, column = lc.item(key)
        else:
            line, column = lc.key(key)
        return int(line) + 1, int(column) + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        return lc.line + 1, lc.col + 1


MAX_NODES = 1_000_000  # shared aliases expand when copied out; a bomb stops here


def plain(node: Any) -> Any:
    """Round-trip containers → plain dicts/lists/scalars (for pydantic validation).

    Raises ValueError on explicit tags (``!!python/object`` and friends) and on alias expansion
    beyond MAX_NODES values.
    """
    budget = [MAX_NODES]
    return _plain(node, budget)


def _plain(node: Any, budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise ValueError(f"more than {MAX_NODES} values after expanding aliases")
    tag = getattr(getattr(node, "tag", None), "value", None)
    if tag and not tag.startswith("tag:yaml.org,2002:"):
        raise ValueError(f"tag {tag} is not allowed")
    if tag and "python" in tag:
        raise ValueError(f"tag {tag} is not allowed")
    if isinstance(node, dict):
        return {str(key): _plain(value, budget) for key, value in node.items()}
    if isinstance(node, list):
        return [_plain(item, budget) for item in node]
    if isinstance(node, str):
        return str(node)
    if isinstance(node, bool | int | float) or node is None:
        return node
    if hasattr(node, "isoformat"):
        return node.isoformat()
    raise ValueError(f"unsupported YAML value of type {type(node).__name__}")
