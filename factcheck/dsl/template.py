"""Message templates: ``{a.actor}`` placeholders over bound facts' fields, ``{name}`` over a
rule's ``let`` and ``aggregate`` values, with an optional number format (``{actual:+.1f}``)."""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from typing import Any

_PLACEHOLDER = re.compile(r"^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?$")
_NUMBER_FORMAT = re.compile(r"^[+ -]?,?(?:\.\d{1,2})?[fg%]?$")


def template_fields(template: str) -> list[str]:
    """The placeholders of a template (``binding.field`` or ``name``); ValueError if one is
    neither, or carries a conversion or a format that is not a number format."""
    fields = []
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if not _PLACEHOLDER.match(name) or conversion or (spec and not _NUMBER_FORMAT.match(spec)):
            raise ValueError(f"placeholder {{{name}}} must be {{binding.field}} or {{name}}, "
                             "with at most a number format such as {name:.1f}")
        fields.append(name)
    return fields


def render(template: str, lookup: Callable[[str, str], Any]) -> str:
    """``lookup(binding, field)`` gives a field's value; ``lookup(name, "")`` a named value."""
    parts = []
    for literal, name, spec, _ in string.Formatter().parse(template):
        parts.append(literal)
        if name is not None:
            binding, _, field_name = name.partition(".")
            parts.append(_show(lookup(binding, field_name), spec or ""))
    return "".join(parts)


def _show(value: Any, spec: str) -> str:
    if value is None:
        return "?"
    if spec and isinstance(value, int | float) and not isinstance(value, bool):
        return format(value, spec)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
