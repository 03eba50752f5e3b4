"""Where outgoing mail goes: a local Maildir (the embedded default) or an SMTP server.

The same code path up to ``deliver``; a transport only moves bytes and speaks in two exceptions.
"""

from __future__ import annotations

from typing import Protocol

from mailservice.models import OutboundMessage


class TemporaryFailure(Exception):
    """4xx or a network problem: try again later."""


class PermanentFailure(Exception):
    """5xx: this recipient will not take the message."""


class Transport(Protocol):
    name: str

    def deliver(self, row: OutboundMessage, envelope_from: str) -> str:
        """Deliver one message; return the server's answer (or where it was written)."""

    def close(self) -> None: ...
