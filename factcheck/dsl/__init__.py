"""The rule language: YAML rule schema and compiler, and the Python-rule API."""

from factcheck.dsl.python_rules import Flag, RuleContext, rule

__all__ = ["Flag", "RuleContext", "rule"]
