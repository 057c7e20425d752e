"""factcheck: a claim-consistency and fact-check rule engine."""

# The one place the version is written (pyproject.toml reads it): asking importlib.metadata
# instead cost a twentieth of a second at every start.
__version__ = "0.1.0"
