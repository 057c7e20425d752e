"""structlog set-up: readable lines on a terminal, JSON lines with --log-format json; stderr only.

structlog is imported on the first message that passes the level, not at start: importing it
pulls in rich and asyncio (a sixth of a second, a fifth of `factcheck check`'s cold start), and
most runs log nothing at the default level. Modules take their logger from ``get_logger``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any, Literal

from factcheck.visible import LEGACY_COMMAND, visible, visible_lines

LogFormat = Literal["auto", "console", "json"]

LEVELS = {"debug": 10, "info": 20, "warning": 30, "error": 40, "critical": 50}


@dataclass
class _Settings:
    log_format: LogFormat = "auto"
    level: int = LEVELS["warning"]
    explicit: bool = False  # configure() was called: apply even over a host's own structlog set-up
    applied: bool = False


_settings = _Settings()


def configure(log_format: LogFormat = "auto", level: str = "warning") -> None:
    """How factcheck logs; applied to structlog now if it is loaded, else at the first message."""
    _settings.log_format = log_format
    _settings.level = LEVELS.get(level.lower(), LEVELS["warning"])
    _settings.explicit = True
    _settings.applied = False
    if "structlog" in sys.modules:
        _apply()


class Logger:
    """A module's logger: drops messages below the level without loading structlog."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._logger: Any = None

    def debug(self, event: str, **values: Any) -> None:
        self._emit("debug", event, values)

    def info(self, event: str, **values: Any) -> None:
        self._emit("info", event, values)

    def warning(self, event: str, **values: Any) -> None:
        self._emit("warning", event, values)

    def error(self, event: str, **values: Any) -> None:
        self._emit("error", event, values)

    def _emit(self, method: str, event: str, values: dict[str, Any]) -> None:
        if LEVELS[method] < _settings.level:
            return
        if not _settings.applied:
            _apply()
        if self._logger is None:
            import structlog

            self._logger = structlog.get_logger(self._name)
        getattr(self._logger, method)(event, **values)


def get_logger(name: str) -> Logger:
    return Logger(name)


class StderrLoggerFactory:
    """Loggers that write to whatever ``sys.stderr`` is when they are made (tests swap it)."""

    def __call__(self, *args: object) -> Any:
        import structlog

        return structlog.PrintLogger(file=sys.stderr)


def _apply() -> None:
    import structlog

    _settings.applied = True
    # A program that embeds factcheck and set up structlog itself keeps its set-up, unless
    # factcheck was configured explicitly; structlog's own default would print to stdout,
    # where reports go.
    if structlog.is_configured() and not _settings.explicit:
        return
    as_json = _settings.log_format == "json" or (
        _settings.log_format == "auto" and not sys.stderr.isatty())
    processors: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    if as_json:
        processors += [structlog.processors.dict_tracebacks,
                       _JsonLines(structlog.processors.JSONRenderer())]
    else:
        # A traceback as plain text, so that it is shown through `visible` like the rest.
        processors += [structlog.processors.format_exc_info, _visible_values,
                       structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())]
    structlog.configure(
        processors=processors,
        wrapper_class=structlog.make_filtering_bound_logger(_settings.level),
        logger_factory=StderrLoggerFactory(),
        cache_logger_on_first_use=False,
    )


_MULTILINE = ("exception", "stack")
_OWN = ("event", "timestamp", "level", "logger", "logger_name")  # printed as they are
_QUOTED = frozenset(" \t=\r\n\"'")  # a value with one of these is quoted, as structlog does


class _Shown:
    """A value already made visible: the console renderer prints a value's repr, which would
    escape the escapes again (``\\x1b``); this repr is the visible text, quoted when it would
    have been."""

    def __init__(self, text: str, quoted: bool) -> None:
        self._text = text
        self._quoted = quoted

    def __repr__(self) -> str:
        return f"'{self._text}'" if self._quoted else self._text


def _visible_values(logger: object, name: str, event: dict[str, Any]) -> dict[str, Any]:
    """Every value through `visible` before the console shows it: log values name files and
    carry error messages, which come from articles (SECURITY.md)."""
    shown: dict[str, Any] = {}
    for key, value in event.items():
        if key in _MULTILINE and isinstance(value, str):
            shown[key] = visible_lines(value)
        elif key in _OWN and isinstance(value, str):
            shown[key] = visible(value)
        elif isinstance(value, str):
            shown[key] = _Shown(visible(value), quoted=bool(_QUOTED.intersection(value)))
        else:
            shown[key] = _Shown(visible(repr(value)), quoted=False)
    return shown


class _JsonLines:
    """One JSON line. The encoder escapes control characters, and a line starting with `{`
    cannot start a workflow command; '##[', which a GitHub runner acts on anywhere in a line,
    is written with its second '#' as \\u0023, the same string to any JSON reader."""

    def __init__(self, render: Any) -> None:
        self._render = render

    def __call__(self, logger: object, name: str, event: dict[str, Any]) -> str:
        line: str = self._render(logger, name, event)
        return line.replace(LEGACY_COMMAND, "#\\u0023[")
