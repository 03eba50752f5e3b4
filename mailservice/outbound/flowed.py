"""Plain text as format=flowed (RFC 3676): paragraphs wrapped evenly, and re-flowed by the reader's client.

Issue 19, item 9: bodies wrapped at uneven widths with breaks mid-sentence showed as ragged lines in Outlook.
Templates now write a paragraph (or a list item) as one logical line; here each logical line longer than
``WIDTH`` is cut at spaces into physical lines that end in a space (a "soft" break, RFC 3676 4.2): Apple Mail,
Thunderbird and most webmail join them again to the window's width, and a client that ignores format=flowed
shows evenly filled lines of at most ``WIDTH`` characters. A line that ends without a space is a hard break.

DelSp=no (the default): the space before a soft break is part of the text. Lines that begin with a space, ">"
or "From " are space-stuffed (4.4); the signature separator "-- " is never flowed (4.3).
"""

from __future__ import annotations

# RFC 3676 4.2: lines SHOULD be at most 78 characters and are better at 66 to 72.
WIDTH = 72
SIGNATURE_SEPARATOR = "-- "


def _stuff(line: str) -> str:
    return " " + line if line.startswith((" ", ">", "From ")) else line


def _wrap(line: str, width: int) -> list[str]:
    """Physical lines of one logical line, cut after the last space that fits: each but the last ends in a space;
    a word longer than ``width`` stays whole on a line of its own (cutting it would change the text)."""
    pieces: list[str] = []
    start, end = 0, len(line)
    while end - start > width:
        cut = line.rfind(" ", start + 1, start + width)
        if cut < 0:  # no space in reach: the word runs past the width, cut after it
            cut = line.find(" ", start + width)
            if cut < 0:
                break
        after = cut + 1
        while after < end and line[after] == " ":  # a run of spaces stays with the line it ends
            after += 1
        if after >= end:
            break
        pieces.append(line[start:after])
        start = after
    pieces.append(line[start:])
    return pieces


def flow(text: str, width: int = WIDTH) -> str:
    """``text`` (logical lines separated by newlines) as format=flowed text with the same line ends."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == SIGNATURE_SEPARATOR:
            out.append(line)
            continue
        # A trailing space would turn a hard break into a soft one: logical lines end without one.
        line = line.rstrip(" ")
        if len(_stuff(line)) <= width:
            out.append(_stuff(line))
        else:
            out.extend(_stuff(piece) for piece in _wrap(line, width - 1))
    return "\n".join(out)


def unflow(text: str) -> str:
    """What a format=flowed reader shows (RFC 3676 4.1 and 4.2, DelSp=no, no quote depth): soft breaks joined."""
    out: list[str] = []
    pending: str | None = None
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw[1:] if raw.startswith(" ") else raw  # space-stuffing undone
        soft = line.endswith(" ") and line != SIGNATURE_SEPARATOR
        pending = line if pending is None else pending + line
        if not soft:
            out.append(pending)
            pending = None
    if pending is not None:
        out.append(pending)
    return "\n".join(out)
