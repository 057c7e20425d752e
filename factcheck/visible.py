"""Untrusted text made safe to show where a person or a CI runner reads it.

Article text and file names are written by whoever sent the article (SECURITY.md). Printed raw,
a control character or an ANSI/OSC escape sequence reaches the terminal (retitle it, clear it,
conceal text), a bidi control or an invisible format character changes what a reader sees, and
a newline starts a line that a GitHub runner executes when it begins with ``::`` (after white
space: the runner trims it), or that holds ``##[command]`` anywhere (the runner's older syntax).
Every human-readable output (the text and github formats, console logs, ``extract``) goes through
here; the JSON formats are data and escape for themselves.
"""

from __future__ import annotations

import unicodedata

# Control (C0, DEL, C1), format (Cf: bidi controls, zero-width characters, soft hyphen, tags),
# lone surrogates, and the Unicode line and paragraph separators, which some readers break on.
# Spaces (Zs), private-use and unassigned characters are shown as they are.
_ESCAPED = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
LEGACY_COMMAND = "##["
_LEGACY_SHOWN = "##\\x5b"  # '[' as the escape it is, so the runner finds no '##['
COMMAND = "::"


def _escape(char: str) -> str:
    if char.isprintable() or unicodedata.category(char) not in _ESCAPED:
        return char
    named = _NAMED.get(char)
    if named:
        return named
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def visible(text: str) -> str:
    """``text`` on one line with every control, format and separator character as an escape
    (``\\x1b``, ``\\u202e``, ``\\n``); letters, accents, CJK and emoji are left as they are."""
    if text.isprintable() and LEGACY_COMMAND not in text:  # nearly every string: no copy
        return text
    shown = "".join(map(_escape, text))
    # Escapes are backslash, letters and digits: they cannot form '##[' across a boundary.
    return shown.replace(LEGACY_COMMAND, _LEGACY_SHOWN)


def starts_command(line: str) -> bool:
    """Whether a GitHub runner would read ``line`` as a workflow command."""
    return line.lstrip().startswith(COMMAND)


def visible_line(text: str, prefix: str = "./") -> str:
    """``visible(text)``, fit to begin a printed line: ``prefix`` goes in front when it would
    otherwise start a workflow command. The default suits a relative path, which every line
    factcheck starts with untrusted text begins with: ``./::x.md`` names the same file."""
    shown = visible(text)
    return prefix + shown if starts_command(shown) else shown


def visible_lines(text: str, prefix: str = "| ") -> str:
    """Multi-line text (a traceback, a generated article) kept on its lines, each one visible and
    none able to start a workflow command."""
    return "\n".join(visible_line(line, prefix) for line in text.split("\n"))
