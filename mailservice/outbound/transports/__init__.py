"""Where outgoing mail goes: a local Maildir (the embedded default) or an SMTP server.

The same code path up to ``deliver`` (issue 6: local capture stays first-class); a transport only moves
bytes and speaks in two exceptions. One transport object is one connection, used by one sender thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Envelope:
    """What a transport needs of an outbox row (never the ORM object: transports run in other threads)."""

    id: int
    to_addr: str
    created_at: datetime
    attempts: int = 1
    member_id: int | None = None
    mailing_id: int | None = None


class TemporaryFailure(Exception):
    """4xx or a network problem: try again later.

    ``connect`` is true when no session could be opened at all (refused, TLS, login, 421 greeting): the route
    is down, so the sender stops handing out more mail for now.
    """

    def __init__(self, message: str, *, connect: bool = False) -> None:
        super().__init__(message)
        self.connect = connect


class PermanentFailure(Exception):
    """5xx: this recipient will not take the message."""


class Transport(Protocol):
    name: str
    # Where delivered mail goes, recorded with each sent row: "maildir" or "smtp://host:port" (outbound.routes).
    route: str

    def deliver(self, envelope: Envelope, envelope_from: str, data: bytes) -> str:
        """Deliver one message; return the server's answer (or where it was written)."""

    def close(self) -> None: ...
