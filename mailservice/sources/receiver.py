"""SMTP (and LMTP) receiver on aiosmtpd: accept mail for our addresses, store it, then answer 250.

The handler stays tiny and speaks SMTP replies (aiosmtpd's handlers.py): validate recipients, hand bytes to
``ingest.store`` (which commits), answer 250; 451 on our own failure so the sending MTA retries.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any, AnyStr

from aiosmtpd.controller import Controller
from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP, Envelope, Session

from mailservice.settings import ReceiverSettings, ServiceSettings

log = logging.getLogger(__name__)

StoreFn = Callable[[bytes, str, list[str], str], int]  # raw, envelope_from, envelope_to, protocol -> id


class ReceiverHandler:
    def __init__(self, service: ServiceSettings, store: StoreFn, protocol: str, on_stored: Callable[[], None]):
        self.service = service
        self.store = store
        self.protocol = protocol
        self.on_stored = on_stored

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if not self.service.owns(address):
            return f"550 5.1.1 <{address}>: geen adres van deze dienst (recipient not accepted here)"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        loop = asyncio.get_running_loop()
        try:
            inbound_id = await loop.run_in_executor(
                None, self.store, raw, envelope.mail_from or "", list(envelope.rcpt_tos), self.protocol
            )
        except Exception:
            log.exception("could not store a message from %s; answered 451", envelope.mail_from)
            reply = "451 4.3.0 Tijdelijke storing bij opslaan; probeer het later opnieuw (temporary failure)"
            return self._per_recipient(envelope, reply)
        self.on_stored()
        reply = f"250 2.0.0 OK: opgeslagen als #{inbound_id}"
        return self._per_recipient(envelope, reply)

    def _per_recipient(self, envelope: Envelope, reply: str) -> str:
        # LMTP (RFC 2033 4.2) wants one reply per accepted recipient after DATA; aiosmtpd sends what we return.
        if self.protocol == "lmtp":
            return "\r\n".join([reply] * max(1, len(envelope.rcpt_tos)))
        return reply


# RFC 5321 4.5.3.1.6 allows 1000 octets a line, and aiosmtpd rejects longer lines with 500. Real mail breaks
# that limit (HTML without line breaks, clients that send bare LF), and Postfix accepts it; a rejected
# sign-up is a lost one. So we allow long lines, bounded by this and by max_message_bytes.
LINE_LENGTH_LIMIT = 1024 * 1024


class _SMTP(SMTP):
    line_length_limit = LINE_LENGTH_LIMIT


# Replies aiosmtpd itself gives at the end of DATA (message too large, line too long).
_DATA_REFUSALS = ("552 Error: Too much mail data", "500 Line too long")


class _LMTP(LMTP):
    line_length_limit = LINE_LENGTH_LIMIT

    async def push(self, status: AnyStr) -> None:
        # aiosmtpd refuses an oversized DATA with one reply line; RFC 2033 4.2 wants one per accepted recipient,
        # or the LMTP client (Postfix) keeps waiting for the rest and the session times out.
        if (
            isinstance(status, str)
            and status.startswith(_DATA_REFUSALS)
            and self.envelope is not None
            and len(self.envelope.rcpt_tos) > 1
        ):
            status = "\r\n".join([status] * len(self.envelope.rcpt_tos))
        await super().push(status)


class _SMTPController(Controller):
    def factory(self) -> SMTP:
        return _SMTP(self.handler, **self.SMTP_kwargs)


class _LMTPController(Controller):
    def factory(self) -> LMTP:
        return _LMTP(self.handler, **self.SMTP_kwargs)


def make_controller(settings: ReceiverSettings, handler: ReceiverHandler) -> Controller:
    kwargs: dict[str, Any] = {
        "hostname": settings.host,
        "port": settings.port,
        "data_size_limit": settings.max_message_bytes,
        "enable_SMTPUTF8": True,
        "decode_data": False,
        "ident": "mailservice",
    }
    cls = _LMTPController if settings.protocol == "lmtp" else _SMTPController
    return cls(handler, **kwargs)
