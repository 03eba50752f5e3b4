"""The links in our mail that act for one member on the web (issue 13): unsubscribe, and the member's own data.

Each link carries a random token from ``secrets`` (160 bits), made for one member and one purpose; the database
keeps only its SHA-256 with that purpose and an expiry (``link_tokens``), so a token opens nothing but the page it
was made for, and a copy of the database opens nothing at all. The sender masks the tokens in its stored copy of
a sent mail (``mask_raw``), as it does with confirmation references. The confirmation link reuses the sign-up's
own reference (``tokens``): one secret per confirmation, whether the member replies or clicks.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from mailservice.store.models import LinkToken

UNSUBSCRIBE = "afmelden"
DATA = "gegevens"
CONFIRM = "bevestigen"

_BYTES = 20  # 160 bits; token_urlsafe gives 27 characters of [A-Za-z0-9_-]
TOKEN_LENGTH = 27
_SHAPE = re.compile(rf"[A-Za-z0-9_-]{{{TOKEN_LENGTH}}}")

Row = dict[str, Any]


def new_token() -> str:
    return secrets.token_urlsafe(_BYTES)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def url(base: str, purpose: str, token: str) -> str:
    return f"{base}/{purpose}/{token}"


def issue(member_id: int, purpose: str, now: datetime, days: int, language: str = "nl") -> tuple[str, Row]:
    """A new token for ``member_id`` and ``purpose``, and the row that stores its hash (``store`` writes rows);
    ``language``: that of the mail that carries the link, which the page then speaks (issue 17)."""
    token = new_token()
    row = {
        "purpose": purpose,
        "language": language,
        "token_hash": digest(token),
        "member_id": member_id,
        "created_at": now,
        "expires_at": now + timedelta(days=days),
        "used_at": None,
    }
    return token, row


def store(session: Session, rows: list[Row]) -> None:
    """One executemany in the caller's transaction: the links exist exactly when the mail that carries them does."""
    if rows:
        session.execute(insert(cast(Table, LinkToken.__table__)), rows)


def find(session: Session, purpose: str, token: str) -> LinkToken | None:
    """The stored link for this token and purpose (expired or not: the page says which), or None."""
    if not _SHAPE.fullmatch(token):
        return None  # not one of ours: no query for what cannot match
    return session.scalars(
        select(LinkToken).where(LinkToken.token_hash == digest(token), LinkToken.purpose == purpose)
    ).first()


# A link of ours in a raw message, where quoted-printable may have put a soft line break ("=" CRLF) between any
# two characters; the folded List-Unsubscribe header breaks only at whitespace, which a link does not hold.
_SOFT = rb"(?:=\r?\n)?"
_RAW_LINK = re.compile(
    rb"(?:"
    + rb"|".join(_SOFT.join(re.escape(bytes([c])) for c in f"/{p}/".encode()) for p in (UNSUBSCRIBE, DATA))
    + rb")((?:"
    + _SOFT
    + rb"[A-Za-z0-9_-]){"
    + str(TOKEN_LENGTH).encode()
    + rb"})"
)
_KEEP = 4  # characters of a masked token left readable: enough to tell two links apart in a stored copy


def mask_raw(raw: bytes) -> bytes:
    """``raw`` with the token of every link of ours made useless; soft line breaks and the length are kept."""

    def masked(match: re.Match[bytes]) -> bytes:
        start = match.start(1) - match.start(0)
        head, token = match.group(0)[:start], match.group(1)
        out, seen, i = bytearray(head), 0, 0
        while i < len(token):
            if token[i : i + 1] == b"=":  # a soft line break: kept as it is
                end = token.index(b"\n", i) + 1
                out += token[i:end]
                i = end
                continue
            out += token[i : i + 1] if seen < _KEEP else b"*"
            seen += 1
            i += 1
        return bytes(out)

    return _RAW_LINK.sub(masked, raw)
