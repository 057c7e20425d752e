"""structlog set-up: readable lines on a terminal, JSON lines with --log-format json; stderr only.

structlog is imported on the first message that passes the level, not at start: importing it
pulls in rich and asyncio (a sixth of a second, a fifth of `factcheck check`'s cold start), and
most runs log nothing at the default level. Modules take their logger from ``get_logger``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any, Literal

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
        processors += [structlog.processors.dict_tracebacks, structlog.processors.JSONRenderer()]
    else:
        processors.append(structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty()))
    structlog.configure(
        processors=processors,
        wrapper_class=structlog.make_filtering_bound_logger(_settings.level),
        logger_factory=StderrLoggerFactory(),
        cache_logger_on_first_use=False,
    )
