"""factcheck: a claim-consistency and fact-check rule engine."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("factcheck-engine")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
