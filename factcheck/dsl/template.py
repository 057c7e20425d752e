"""Message templates: ``{a.actor}`` placeholders over bound facts' fields, nothing else."""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from typing import Any

_PLACEHOLDER = re.compile(r"^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$")


def template_fields(template: str) -> list[str]:
    """The placeholders of a template; ValueError if one is not ``binding.field``."""
    fields = []
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if not _PLACEHOLDER.match(name) or conversion or spec:
            raise ValueError(f"placeholder {{{name}}} must be {{binding.field}}")
        fields.append(name)
    return fields


def render(template: str, lookup: Callable[[str, str], Any]) -> str:
    parts = []
    for literal, name, _, _ in string.Formatter().parse(template):
        parts.append(literal)
        if name is not None:
            binding, _, field_name = name.partition(".")
            parts.append(_show(lookup(binding, field_name)))
    return "".join(parts)


def _show(value: Any) -> str:
    if value is None:
        return "?"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
