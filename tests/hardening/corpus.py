"""The corpus of hostile input: odd text, wrong JSON values and damaged bytes.

Used by every hardening test; hypothesis strategies start from these and mix in their own.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

ODD_TEXT = [
    "",
    " ",
    "\x00",
    "naam\x00verborgen",
    "\u202egnirts\u202c",  # right-to-left override
    "\u200f\u200e\u061c",  # right-to-left and left-to-right marks
    "e\u0301\u0301\u0301\u0301\u0301",  # stacked combining accents
    "Z\u0351\u0352\u0353\u0354\u0355" * 40,
    "👨‍👩‍👧‍👦🏳️‍🌈",  # emoji joined with zero-width joiners
    "\ufeffbegint met een BOM",
    "\ud800",  # a lone surrogate: cannot be written as UTF-8
    "a\udfffb",
    "\t\r\n\x0b\x0c",
    "\x1b[31mrood\x1b[0m",  # a terminal escape
    "'; DROP TABLE gezin; --",
    "<script>alert(1)</script>",
    "%s%n%x{0}{}",
    "../../etc/passwd",
    "CON",
    "\uffff\ufffe",
    "𝔖𝔞𝔪𝔢𝔫 𝔏𝔢𝔯𝔢𝔫",
    "ﷺ" * 50,  # one of the widest characters there is
]
"""Text that has broken programs before: control characters, bidi, combining marks, emoji,
surrogates, escapes and injection attempts."""

WRONG_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    2**64,
    1.5,
    float("inf"),
    "",
    "tekst",
    [],
    [None],
    {},
    {"": None},
]
"""JSON values of every type, for a field that expects another."""

odd_text = st.sampled_from(ODD_TEXT) | st.text(
    st.characters(codec=None, exclude_categories=()), max_size=40
)
"""Any text, lone surrogates and control characters included."""

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | odd_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(odd_text, inner, max_size=4),
    max_leaves=12,
)
"""Any JSON-like value (NaN and infinities included: Python's json writes them)."""


def deep(levels: int, opener: str = "[", closer: str = "]") -> str:
    """JSON nested `levels` deep: `[[[...]]]`."""
    return opener * levels + closer * levels


def damaged(data: bytes, draw: st.DrawFn) -> bytes:
    """`data` truncated, with bytes flipped, inserted or cut out (at least one change)."""
    how = draw(st.sampled_from(["truncate", "flip", "insert", "cut"]))
    at = draw(st.integers(0, max(len(data) - 1, 0)))
    if how == "truncate":
        return data[:at]
    if how == "flip":
        mask = draw(st.integers(1, 255))
        return data[:at] + bytes([data[at] ^ mask]) + data[at + 1 :]
    if how == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    length = draw(st.integers(1, 16))
    return data[:at] + data[at + length :]
