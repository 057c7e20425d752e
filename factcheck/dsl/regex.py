"""Rule authors' regexes, run on RE2: matching time is linear in the text whatever the pattern.

Articles are untrusted, so a backtracking engine would let one crafted article make a rule's
regex take exponential time (``(a|aa)+$`` on a run of ``a``). RE2 has no backtracking at all;
what it cannot run in linear time (backreferences, lookaround) it refuses, and so do we, when
the rule is loaded.

The dialect is RE2's, with one adjustment that keeps rules written for Python's ``re`` meaning
the same: ``\\d``, ``\\w`` and ``\\s`` (and their negations) are Unicode-aware, as in Python,
instead of RE2's ASCII-only classes; ``\\Z`` is RE2's ``\\z``. ``\\b`` stays RE2's ASCII word
boundary, which RE2 cannot make Unicode-aware (docs/rules-guide.md says so to rule authors).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

import re2

_WORD = r"\p{L}\p{N}_"  # Python's \w: str.isalnum() or "_"
_SPACE = r"\t\n\v\f\r\x1c-\x1f\x85\p{Z}"  # Python's \s: str.isspace()
_OUTSIDE_CLASS = {
    "d": r"\p{Nd}", "D": r"\P{Nd}", "w": f"[{_WORD}]", "W": f"[^{_WORD}]",
    "s": f"[{_SPACE}]", "S": f"[^{_SPACE}]", "Z": r"\z",
}
_INSIDE_CLASS = {"d": r"\p{Nd}", "D": r"\P{Nd}", "w": _WORD, "s": _SPACE}

_ESCAPE = re.compile(r"\\.", re.DOTALL)
_LOOKAROUND = re.compile(r"\(\?<?[=!]")
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


class RegexError(ValueError):
    """A pattern RE2 cannot compile; ``str()`` is one line saying why."""


class Regex(Protocol):
    def search(self, text: str) -> object | None: ...


def _options() -> re2.Options:
    options = re2.Options()
    # RE2 would print every refused pattern to stderr through absl; the RuleError says it once.
    options.log_errors = False
    return options


_OPTIONS = _options()


@lru_cache(maxsize=512)
def compile_regex(pattern: str) -> Regex:
    """``pattern`` compiled by RE2, or RegexError naming what it cannot run."""
    translated = _unicode_classes(pattern)
    try:
        compiled: Regex = re2.compile(translated, _OPTIONS)
    except re2.error as error:
        raise RegexError(_reason(pattern, error)) from None
    return compiled


def _reason(pattern: str, error: re2.error) -> str:
    # Constructs only a backtracking engine can run are named, so the author learns why.
    unescaped = _ESCAPE.sub("", pattern)  # "\\(?=" is a literal parenthesis, not a lookahead
    if _LOOKAROUND.search(unescaped):
        construct = "lookahead and lookbehind ((?=, (?!, (?<=, (?<!) are"
    elif _BACKREFERENCE.search(pattern.replace("\\\\", "")) or "(?P=" in unescaped:
        construct = "backreferences (\\1, (?P=name)) are"
    else:
        detail = error.args[0] if error.args else ""
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        return f"RE2 cannot compile it: {detail or type(error).__name__}"
    return (f"{construct} not supported: rules' regexes run on RE2, a linear-time engine with "
            "no backtracking")


def _unicode_classes(pattern: str) -> str:
    """Python's Unicode meaning of ``\\d \\w \\s \\D \\W \\S`` (and ``\\Z``) spelt for RE2."""
    out: list[str] = []
    position, in_class, class_start = 0, False, 0
    while position < len(pattern):
        char = pattern[position]
        if char == "\\" and position + 1 < len(pattern):
            escaped = pattern[position + 1]
            if escaped == "Q":  # RE2's \Q...\E: literal text, nothing in it is a class
                end = pattern.find("\\E", position + 2)
                end = len(pattern) if end < 0 else end + 2
                out.append(pattern[position:end])
                position = end
                continue
            if in_class and escaped in "WS":
                raise RegexError(
                    f"\\{escaped} inside [...] has no Unicode-aware spelling in RE2: negate the "
                    f"class instead, [^\\{escaped.lower()}...] for [\\{escaped}...]")
            table = _INSIDE_CLASS if in_class else _OUTSIDE_CLASS
            out.append(table.get(escaped, pattern[position:position + 2]))
            position += 2
            continue
        if in_class:
            if char == "[" and pattern.startswith("[:", position):  # [[:alpha:]]
                end = pattern.find(":]", position + 2)
                if end >= 0:
                    out.append(pattern[position:end + 2])
                    position = end + 2
                    continue
            # "]" first in a class ("[]a]", "[^]a]") is a literal, not its end.
            if char == "]" and position > class_start:
                in_class = False
        elif char == "[":
            in_class = True
            class_start = position + 1
            if pattern.startswith("^", class_start):
                class_start += 1
        out.append(char)
        position += 1
    return "".join(out)
