"""Errors a user can act on: each renders as one line naming the file, the line and the problem."""

from __future__ import annotations

import os
from typing import Any, TypeVar


def path_text(path: os.PathLike[str] | str) -> str:
    """A path as it is shown in reports and messages.

    File names are bytes on POSIX systems; Python keeps the bytes that are not UTF-8 as lone
    surrogates, which no UTF-8 report can hold. They are shown as ``\\xNN`` escapes instead.
    """
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        try:
            raw = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return text.encode("utf-8", "replace").decode("utf-8")
        return raw.decode("utf-8", "backslashreplace")


class FactcheckError(Exception):
    """Base class for input errors; ``str()`` is the one line shown to the user."""

    def __init__(self, path: os.PathLike[str] | str, message: str, line: int | None = None,
                 column: int | None = None, rule_id: str | None = None) -> None:
        self.path = path_text(path)
        self.message = message
        self.line = line
        self.column = column
        self.rule_id = rule_id
        super().__init__(self.one_line())

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickles as ``cls(*args)``, and ``args`` holds only the rendered line, which
        # is not this constructor's signature: an error raised on a Dask worker could not come
        # back. Rebuild from the fields instead, whatever a subclass's constructor takes.
        return _restore, (type(self), self.args, dict(self.__dict__))

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


_Error = TypeVar("_Error", bound=FactcheckError)


def _restore(cls: type[_Error], args: tuple[Any, ...], state: dict[str, Any]) -> _Error:
    error = cls.__new__(cls, *args)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error
