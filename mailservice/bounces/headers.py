"""Raw header access without the email package's header parsing.

``email.policy.default`` parses every header it returns into structured objects (address lists,
parameters); for a bounce check that runs on every inbound mail that costs more than the whole
detection. ``raw_items()`` hands over the stored strings, which is all we need here.
"""

from __future__ import annotations

import email
import re
from email.header import decode_header, make_header
from email.message import Message


def raw(msg: Message, name: str) -> str:
    """The first ``name`` header, unfolded and with RFC 2047 encoded words decoded; "" if absent."""
    values = raw_all(msg, name)
    return values[0] if values else ""


def raw_all(msg: Message, name: str) -> list[str]:
    wanted = name.lower()
    out: list[str] = []
    try:
        for key, value in msg.raw_items():
            if key.lower() == wanted:
                out.append(_text(value))
    except Exception:
        return out
    return out


def _text(value: object) -> str:
    text = " ".join(str(value).split())
    if "=?" in text:
        try:
            return str(make_header(decode_header(text)))
        except Exception:
            return text
    return text


def content_type(part: Message) -> str:
    """``maintype/subtype`` in lower case, RFC 2045 section 5.2's text/plain when absent or broken."""
    value = raw(part, "Content-Type")
    ctype = value.split(";", 1)[0].strip().lower()
    if "/" not in ctype:
        return "text/plain"
    return ctype


def param(part: Message, header: str, name: str) -> str:
    for chunk in raw(part, header).split(";")[1:]:
        key, _, value = chunk.partition("=")
        if key.strip().lower() == name:
            return value.strip().strip('"').lower()
    return ""


_HEADER_LINE = re.compile(r"[A-Za-z][A-Za-z0-9\-]{0,76}:")


def without_leading_blank(msg: Message) -> Message:
    """``msg`` itself, or re-read without the blank lines a broken relay put before its headers (issue 18).

    A blank first line ends the header block at once (RFC 5322 section 2.1), so the parser sees no headers and
    the whole report as body; when that body opens with header lines, those were the message's headers."""
    try:
        if msg.keys() or msg.is_multipart():
            return msg
        payload = msg.get_payload()
    except Exception:
        return msg
    if not isinstance(payload, str):
        return msg
    text = payload.lstrip(" \t\r\n")
    if text.startswith("From "):  # an mbox separator line ("From MAILER-DAEMON Tue Jun 11 ...") before the headers
        text = text.partition("\n")[2]
    if not _HEADER_LINE.match(text) or "\n\n" not in text.replace("\r\n", "\n"):
        return msg
    return email.message_from_string(text, policy=msg.policy)
