"""Text from outside, made safe to keep and to write: the control characters, defined once.

A one-line value (a header, a name, an address, a column of that kind) holds no control character at all; a
text (a reason quoting a mail, a body) keeps tab, line feed and carriage return. Where the characters go
differs by use: written into a header or a one-line column they become spaces; the CLI shows them instead
(mailservice.cli.common.printable), so that a person sees something was there.
"""

from __future__ import annotations

import re

LINE_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
TEXT_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def counted(number: int, one: str, many: str) -> str:
    """ "1 regel", "3 regels": a count with the right form of its word, never "regel(s)"."""
    return f"{number} {one if number == 1 else many}"


def one_line(value: str) -> str:
    """``value`` with every control character (CR and LF above all: header injection) as a space."""
    # str.isprintable() is C-fast and true for ordinary text, accents included: the regex runs only when needed.
    return value if value.isprintable() else LINE_CONTROLS.sub(" ", value)


def text(value: str) -> str:
    """``value`` without the control characters no database or mail should hold; tabs and line ends stay."""
    return TEXT_CONTROLS.sub("", value)


# What must not reach a terminal or a spreadsheet as it is: C0 controls (ESC starts ANSI and OSC 8 hyperlink
# sequences, BEL, backspace and CR overwrite what was shown), DEL, C1 controls (U+009B is an 8-bit CSI), the
# Unicode Bidi_Control characters that reorder what a person reads (UAX #9; "Trojan Source", CVE-2021-42574),
# the line and paragraph separators, and lone surrogates (they cannot even be written as UTF-8).
_UNSAFE = r"\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
UNSAFE_IN_LINE = re.compile(rf"[\x00-\x1f{_UNSAFE}]")
UNSAFE_IN_TEXT = re.compile(rf"[\x00-\x08\x0b-\x1f{_UNSAFE}]")  # a multi-line text keeps tab and line feed
