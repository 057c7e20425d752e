"""factcheck: a claim-consistency and fact-check rule engine.

The library API (docs/api.md): ``check_text`` and ``check_files`` return a ``Report``.
"""

from __future__ import annotations

# The one place the version is written (pyproject.toml reads it): asking importlib.metadata
# instead cost a twentieth of a second at every start.
__version__ = "0.1.0"

# False at run time without importing typing (a few milliseconds of every start); type
# checkers take it as true, and see these names with their signatures.
TYPE_CHECKING = False
if TYPE_CHECKING:  # at run time each is imported on first use, by __getattr__
    from typing import Any

    from factcheck.api import check_files, check_text
    from factcheck.models import Finding, Report

__all__ = ["Finding", "Report", "__version__", "check_files", "check_text"]

# Imported on first use, so that `import factcheck` (and with it every `factcheck` command's
# start) does not pay for pydantic and the rule engine.
_LAZY = {"check_text": "factcheck.api", "check_files": "factcheck.api",
         "Report": "factcheck.models", "Finding": "factcheck.models"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
