"""The tokens we tag outgoing mail with, so replies and bounces are matched exactly (STYLE.md habit 9).

- VERP return path ``bounces+<row>.<member>.<mac>@domain`` (https://cr.yp.to/proto/verp.txt): a bounce names
  the outbox row and the member without reading a diagnostic line.
- Unsubscribe token ``<member>.<mac>`` in List-Unsubscribe (RFC 2369, RFC 8058).

The mac is a truncated HMAC-SHA256 under ``outbound.secret``, so nobody can forge a token that unsubscribes
someone else or pins a bounce on another member. 50 bits (10 base32 characters) is plenty for a value that
can only be tried by sending mail to us. Lower-case base32: survives MTAs that fold the case of local parts,
and stays within the characters mailservice.bounces.verp accepts.

Without a configured secret a fixed development key is used, but only while outgoing mail cannot leave
this machine (Maildir capture, or SMTP to a loopback address); anything else is refused at start-up,
like full-stack-fastapi-template refuses default secrets outside development.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass, field

from mailservice.settings import Settings, SettingsError

DEVELOPMENT_KEY = b"mailservice-development-key-never-in-production"
_MAC_CHARS = 10


def hmac_key(settings: Settings) -> bytes:
    key = settings.outbound.hmac_key()
    if key:
        return key
    if settings.outgoing_stays_local():
        return DEVELOPMENT_KEY
    raise SettingsError(
        "Instelling outbound.secret ontbreekt: zonder eigen sleutel zijn afmeld- en bouncetokens te vervalsen "
        "(zet MAILSERVICE_OUTBOUND__SECRET of outbound.secret_file; de ontwikkelsleutel geldt alleen op loopback)."
    )


@dataclass(frozen=True, slots=True)
class Tagger:
    key: bytes
    domain: str
    _keyed: hmac.HMAC = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_keyed", hmac.new(self.key, digestmod=hashlib.sha256))

    def _mac(self, purpose: str, payload: str) -> str:
        # A copy of the keyed HMAC: the key is not hashed again for every token (a mailing makes one per member).
        mac = self._keyed.copy()
        mac.update(f"{purpose}:{payload}".encode())
        return base64.b32encode(mac.digest()[:8]).decode().lower()[:_MAC_CHARS]

    # -- VERP ----------------------------------------------------------------------------------------
    def verp_token(self, row_id: int, member_id: int | None) -> str:
        payload = f"{row_id}.{member_id or 0}"
        return f"{payload}.{self._mac('verp', payload)}"

    def return_path(self, row_id: int, member_id: int | None) -> str:
        return f"bounces+{self.verp_token(row_id, member_id)}@{self.domain}"

    def parse_verp_token(self, token: str) -> tuple[int, int | None] | None:
        """(row id, member id or None) of a genuine token, else None."""
        parts = token.strip().lower().split(".")
        if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
            return None
        payload = f"{int(parts[0])}.{int(parts[1])}"
        if not hmac.compare_digest(parts[2], self._mac("verp", payload)):
            return None
        member = int(parts[1])
        return int(parts[0]), member or None

    # -- unsubscribe ---------------------------------------------------------------------------------
    def unsubscribe_token(self, member_id: int) -> str:
        return f"{member_id}.{self._mac('unsubscribe', str(member_id))}"

    def parse_unsubscribe_token(self, token: str) -> int | None:
        member, _, mac = token.strip().lower().partition(".")
        if not member.isdigit() or not hmac.compare_digest(mac, self._mac("unsubscribe", str(int(member)))):
            return None
        return int(member)
