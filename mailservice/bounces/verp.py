"""Layer 1: our own tags, the most exact attribution there is (STYLE.md habit 9).

Everything we send has the VERP return path ``bounces+TOKEN@ambtelijkefusie.nl`` (the token maps to the
outgoing message and member), a Message-ID at our domain and an ``X-Mailservice-Ref`` header. A bounce
that carries any of them back names the failed member without reading a single diagnostic line.
VERP: https://cr.yp.to/proto/verp.txt
"""

from __future__ import annotations

import re
from email.message import Message

from mailservice.bounces import headers

DOMAIN = "ambtelijkefusie.nl"
_LOCAL = "bounces"
# RFC 5321 section 4.1.2 allows more, but our tokens are URL-safe base32/base64 characters.
_TOKEN_CHARS = re.compile(r"^[A-Za-z0-9._=\-]{1,200}$")
# Where the envelope recipient of an incoming bounce shows up (Postfix, Dovecot LMTP, Exim, qmail).
_ENVELOPE_HEADERS = ("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To", "To")
REF_HEADER = "X-Mailservice-Ref"


def verp_token(address: str, *, domain: str = DOMAIN) -> str | None:
    """``TOKEN`` of ``bounces+TOKEN@<domain>`` (case-insensitive local part and domain), else None."""
    if not address or "@" not in address:
        return None
    addr = address.strip().strip("<>").strip()
    local, _, dom = addr.rpartition("@")
    if dom.lower().rstrip(".") != domain.lower():
        return None
    prefix, plus, token = local.partition("+")
    if not plus or prefix.lower() != _LOCAL or not _TOKEN_CHARS.match(token):
        return None
    return token


_VERP_IN_TEXT = re.compile(rf"\b{_LOCAL}\+([A-Za-z0-9._=\-]+)@{re.escape(DOMAIN)}\b", re.I)


def envelope_token(msg: Message, original_headers: str = "") -> str | None:
    """The VERP token the bounce was addressed to, or the one in the returned original's Return-Path."""
    for name in _ENVELOPE_HEADERS:
        for value in headers.raw_all(msg, name):
            for candidate in re.split(r"[,\s]+", str(value)):
                token = verp_token(candidate)
                if token:
                    return token
    if original_headers:
        match = _VERP_IN_TEXT.search(original_headers)
        if match:
            return match.group(1)
    return None


_OUR_MESSAGE_ID = re.compile(rf"^(?:Message-ID|Message-Id):\s*<([^<>\s]+@{re.escape(DOMAIN)})>", re.I | re.M)
_OUR_REF = re.compile(rf"^{REF_HEADER}:\s*(\S+)", re.I | re.M)


def our_message_id(original_headers: str) -> str | None:
    match = _OUR_MESSAGE_ID.search(original_headers)
    return match.group(1) if match else None


def our_ref(original_headers: str) -> str | None:
    match = _OUR_REF.search(original_headers)
    return match.group(1) if match else None
