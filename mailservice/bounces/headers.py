"""Raw header access without the email package's header parsing.

``email.policy.default`` parses every header it returns into structured objects (address lists,
parameters); for a bounce check that runs on every inbound mail that costs more than the whole
detection. ``raw_items()`` hands over the stored strings, which is all we need here.
"""

from __future__ import annotations

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
