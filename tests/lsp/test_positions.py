"""Offsets to LSP positions and back: the protocol's line breaks and code units."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.lsp.positions import UTF8, UTF16, UTF32, LineMap, units


def test_utf16_counts_a_character_beyond_the_bmp_as_two_units() -> None:
    text = "x = \"😋\" [1]\n"
    lines = LineMap(text)
    marker = text.index("[1]")
    assert lines.position(marker) == (0, marker + 1)  # the emoji is two UTF-16 units
    assert LineMap(text, UTF32).position(marker) == (0, marker)
    assert LineMap(text, UTF8).position(marker) == (0, marker + 3)
    assert lines.offset(0, marker + 1) == marker


def test_line_breaks_are_the_protocols_and_no_others() -> None:
    text = "a\r\nb\rc\nd\u2028e\x0cf"
    lines = LineMap(text)
    assert lines.position(text.index("b")) == (1, 0)
    assert lines.position(text.index("c")) == (2, 0)
    assert lines.position(text.index("d")) == (3, 0)
    # U+2028 and a form feed are characters of line 3, not breaks (str.splitlines breaks there).
    assert lines.position(text.index("f")) == (3, 4)
    assert lines.line_end(0) == 1  # before the \r\n
    # Between the \r and \n of one break: the end of its line.
    assert lines.position(2) == (0, 1)


def test_positions_past_the_end_are_clamped() -> None:
    lines = LineMap("ab\ncd")
    assert lines.offset(0, 99) == 2
    assert lines.offset(7, 0) == 5
    assert lines.position(99) == (1, 2)


@given(st.lists(st.sampled_from(["a", "é", "中", "😋", "\n", "\r", "\r\n", " "])).map("".join),
       st.sampled_from([UTF8, UTF16, UTF32]))
def test_offset_and_position_round_trip(text: str, encoding: str) -> None:
    lines = LineMap(text, encoding)
    for offset in range(len(text) + 1):
        if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
            continue  # inside one \r\n break: no position of its own
        line, character = lines.position(offset)
        assert lines.offset(line, character) == offset
        before = text[lines.starts[line]:offset]
        assert character == units(before, encoding)
