"""Confirmation reference tokens: ``AF-7K3Q9-XM2PA-4RTZ8``.

Three groups of five Crockford base32 characters carry 75 bits from ``secrets`` (the issue asks for at least
64; see ``generate`` for the one digit every token carries). Crockford's alphabet has no I, L, O or U, so a
token survives being read aloud, retyped or mangled by a mail client; ``normalize`` maps the look-alikes back.
Only a SHA-256 hash of the normalized token is stored.
"""

from __future__ import annotations

import hashlib
import re
import secrets

PREFIX = "AF"
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_GROUPS = 3
_GROUP_LEN = 5
BITS = _GROUPS * _GROUP_LEN * 5  # minus the 0.005 bit that the digit rule of ``generate`` costs

# Tolerant on purpose: clients may lowercase, drop or double the dashes (or type spaces instead), turn a dash
# into an en or em dash (Outlook's AutoFormat), or fold the subject line (whitespace around the separators).
_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SEP = rf"\s*(?:[{_DASH}]\s*){{0,2}}"
_TOKEN_RE = re.compile(
    rf"\bAF{_SEP}([0-9A-Z]{{5}}){_SEP}([0-9A-Z]{{5}}){_SEP}([0-9A-Z]{{5}})\b",
    re.IGNORECASE,
)
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_HAS_DIGIT = re.compile(r"[0-9]")


def generate() -> str:
    # Every token holds at least one digit (drawn again in the 0.4% of cases without one; uniform over the
    # rest): a token written without any dash is only recognised with a digit in it, which keeps 17-letter
    # Dutch words out ("afstandsbediening" would otherwise read as AF-STAND-SBED1-EN1NG).
    while True:
        chars = "".join(secrets.choice(_ALPHABET) for _ in range(_GROUPS * _GROUP_LEN))
        if _HAS_DIGIT.search(chars):
            break
    groups = [chars[i : i + _GROUP_LEN] for i in range(0, len(chars), _GROUP_LEN)]
    return "-".join([PREFIX, *groups])


def _canonical(match: re.Match[str]) -> str | None:
    written = match.group(0)
    if not any(dash in written for dash in _DASH) and not _HAS_DIGIT.search(written):
        return None  # no dash and no digit: a word ("afstudeeropdracht") or words, not a token
    body = "".join(match.groups()).upper().translate(_LOOKALIKES)
    if any(c not in _ALPHABET for c in body):
        return None
    return "-".join([PREFIX, body[0:5], body[5:10], body[10:15]])


def normalize(token: str) -> str | None:
    """Canonical form of a token as written by a person or a mail client, or None if it is not one."""
    match = _TOKEN_RE.search(token)
    return _canonical(match) if match else None


def find(text: str) -> str | None:
    """The first well-formed token in ``text``, normalized."""
    for match in _TOKEN_RE.finditer(text):
        token = _canonical(match)
        if token:
            return token
    return None


def mask(text: str) -> str:
    """``text`` with every token in it made useless but recognisable: ``AF-7K3Q9-*****-*****`` (issue 12: a
    stored copy of a sent request must not hold a live reference)."""

    def masked(match: re.Match[str]) -> str:
        token = _canonical(match)
        return f"{token[:8]}-*****-*****" if token else match.group(0)

    return _TOKEN_RE.sub(masked, text)


# A token as our own mail carries it (canonical: AF-XXXXX-XXXXX-XXXXX), in a raw message where quoted-printable
# may have put a soft line break ("=" CRLF) between any two of its characters.
_SOFT = rb"(?:=\r?\n)?"
_RAW_TOKEN = re.compile(
    _SOFT.join([rb"A", rb"F", rb"-"] + [rb"[0-9A-Z]"] * 5 + [rb"-"] + [rb"[0-9A-Z]"] * 5 + [rb"-"] + [rb"[0-9A-Z]"] * 5)
)


def mask_raw(raw: bytes) -> bytes:
    """``mask`` on a whole raw message, as the sender stored it: every token of ours in headers and quoted-
    printable parts, soft line breaks and all; the length stays the same, so the lines keep their limits."""

    def masked(match: re.Match[bytes]) -> bytes:
        out, seen = bytearray(), 0
        data = match.group(0)
        i = 0
        while i < len(data):
            if data[i : i + 1] == b"=":  # a soft line break: kept as it is
                end = data.index(b"\n", i) + 1
                out += data[i:end]
                i = end
                continue
            char = data[i : i + 1]
            out += b"*" if seen >= 9 and char != b"-" else char
            seen += 1
            i += 1
        return bytes(out)

    return _RAW_TOKEN.sub(masked, raw)


def digest(token: str) -> str:
    """What the database stores: the hash of the normalized token, never the token itself."""
    canonical = normalize(token) or token
    return hashlib.sha256(canonical.encode("ascii", "replace")).hexdigest()


def subject_ref(token: str) -> str:
    return f"[ref:{token}]"
