"""factcheck: a claim-consistency and fact-check rule engine."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("factcheck-engine")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"


def _log_to_stderr_by_default() -> None:
    """structlog's default prints to stdout, where reports go; a library use gets stderr too."""
    import structlog

    if not structlog.is_configured():
        from factcheck.log import configure

        configure()


_log_to_stderr_by_default()
