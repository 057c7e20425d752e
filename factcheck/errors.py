"""Errors a user can act on: each renders as one line naming the file, the line and the problem."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class for input errors; ``str()`` is the one line shown to the user."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None,
                 rule_id: str | None = None) -> None:
        self.path = path
        self.message = message
        self.line = line
        self.column = column
        self.rule_id = rule_id
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        rule = f" [{self.rule_id}]" if self.rule_id else ""
        message = " ".join(self.message.split())
        return f"{where}: error{rule}: {message}"


class LoadError(FactcheckError):
    """An article, source or ledger that cannot be read or parsed."""


class RuleError(FactcheckError):
    """A rule file that cannot be parsed, validated or compiled."""
