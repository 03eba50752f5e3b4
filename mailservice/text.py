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


def one_line(value: str) -> str:
    """``value`` with every control character (CR and LF above all: header injection) as a space."""
    # str.isprintable() is C-fast and true for ordinary text, accents included: the regex runs only when needed.
    return value if value.isprintable() else LINE_CONTROLS.sub(" ", value)


def text(value: str) -> str:
    """``value`` without the control characters no database or mail should hold; tabs and line ends stay."""
    return TEXT_CONTROLS.sub("", value)
