"""structlog set-up: readable lines on a terminal, JSON lines with --log-format json; stderr only."""

from __future__ import annotations

import logging
import sys
from typing import Literal

import structlog

LogFormat = Literal["auto", "console", "json"]


class StderrLoggerFactory:
    """Loggers that write to whatever ``sys.stderr`` is when they are made (tests swap it)."""

    def __call__(self, *args: object) -> structlog.PrintLogger:
        return structlog.PrintLogger(file=sys.stderr)


def configure(log_format: LogFormat = "auto", level: str = "warning") -> None:
    numeric = logging.getLevelNamesMapping().get(level.upper(), logging.WARNING)
    as_json = log_format == "json" or (log_format == "auto" and not sys.stderr.isatty())
    processors: list[structlog.typing.Processor] = [
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
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=StderrLoggerFactory(),
        cache_logger_on_first_use=False,
    )
