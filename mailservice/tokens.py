"""Confirmation reference tokens: ``AF-7K3Q9-XM2PA-4RTZ8``.

Three groups of five Crockford base32 characters carry 75 bits from ``secrets`` (the issue asks for at least
64). Crockford's alphabet has no I, L, O or U, so a token survives being read aloud, retyped or mangled by a
mail client; ``normalize`` maps the look-alikes back. Only a SHA-256 hash of the normalized token is stored.
"""

from __future__ import annotations

import hashlib
import re
import secrets

PREFIX = "AF"
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_GROUPS = 3
_GROUP_LEN = 5
BITS = _GROUPS * _GROUP_LEN * 5

# Tolerant on purpose: clients may lowercase, drop or double the dashes, or fold the subject line.
_TOKEN_RE = re.compile(
    r"\bAF\s*-\s*([0-9A-Z]{5})\s*-?\s*([0-9A-Z]{5})\s*-?\s*([0-9A-Z]{5})\b",
    re.IGNORECASE,
)
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def generate() -> str:
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(_GROUPS * _GROUP_LEN))
    groups = [chars[i : i + _GROUP_LEN] for i in range(0, len(chars), _GROUP_LEN)]
    return "-".join([PREFIX, *groups])


def normalize(token: str) -> str | None:
    """Canonical form of a token as written by a person or a mail client, or None if it is not one."""
    match = _TOKEN_RE.search(token)
    if not match:
        return None
    body = "".join(match.groups()).upper().translate(_LOOKALIKES)
    if any(c not in _ALPHABET for c in body):
        return None
    return "-".join([PREFIX, body[0:5], body[5:10], body[10:15]])


def find(text: str) -> str | None:
    """The first well-formed token in ``text``, normalized."""
    for match in _TOKEN_RE.finditer(text):
        token = normalize(match.group(0))
        if token:
            return token
    return None


def digest(token: str) -> str:
    """What the database stores: the hash of the normalized token, never the token itself."""
    canonical = normalize(token) or token
    return hashlib.sha256(canonical.encode("ascii", "replace")).hexdigest()


def subject_ref(token: str) -> str:
    return f"[ref:{token}]"
