"""Configuration from factcheck.toml or [tool.factcheck] in pyproject.toml.

It is found by walking up from the working directory, or named with --config; never from the
checked paths, which are untrusted: a configuration file among articles could import Python
rules or turn the gate off (SECURITY.md). CLI flags override it. Paths in a configuration file
are relative to that file.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError

from factcheck.errors import FactcheckError
from factcheck.models import Severity


class ConfigError(FactcheckError):
    pass


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    rules: list[Path] = Field(default_factory=list)
    python_rules: list[Path] = Field(default_factory=list, alias="python-rules")
    builtin_rules: bool = Field(default=True, alias="builtin-rules")
    lexicons: list[Path] = Field(default_factory=list)
    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)
    fail_on: Literal["error", "warning", "info", "never"] | None = Field(
        default=None, alias="fail-on")
    engine: Literal["durable", "python"] | None = None
    # how names are read: "spacy" adds the model's names (the nlp extra, factcheck.extract.nlp)
    nlp: Literal["heuristics", "spacy"] | None = None
    jobs: int | None = Field(default=None, ge=1)
    sources: list[Path] = Field(default_factory=list)
    facts: list[Path] = Field(default_factory=list)
    timeout: float | None = Field(default=None, gt=0)
    # false: factcheck-ignore comments in articles are ignored, as with --no-suppressions
    suppressions: bool = True
    origin: Path | None = Field(default=None, exclude=True)
    # The settings the file gives (by field name), so --show-config can tell them from defaults;
    # private, so that no file can claim it.
    _in_file: frozenset[str] = PrivateAttr(default=frozenset())

    @property
    def in_file(self) -> frozenset[str]:
        return self._in_file


def find_config(start: Path | None = None) -> Path | None:
    """The configuration in force for a run started in ``start`` (the working directory)."""
    try:
        folder = (start or Path.cwd()).resolve()
    except OSError:  # the working directory was removed
        return None
    for candidate in [folder, *folder.parents]:
        if (candidate / "factcheck.toml").is_file():
            return candidate / "factcheck.toml"
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and "[tool.factcheck" in pyproject.read_text(errors="replace"):
            return pyproject
    return None


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    if not path.exists():
        raise ConfigError(str(path), "no such configuration file")
    if not path.is_file():  # a FIFO or a device would block or never end
        raise ConfigError(str(path), "not a regular file")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(str(path), str(error)) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(str(path), str(error)) from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("factcheck", {})
    try:
        config = Config.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        raise ConfigError(str(path), f"{field}: {first['msg']}") from None
    config._in_file = frozenset(config.model_fields_set)
    base = path.parent
    for name in ("rules", "python_rules", "lexicons", "sources", "facts"):
        setattr(config, name, [base / p for p in getattr(config, name)])
    config.origin = path
    return config
