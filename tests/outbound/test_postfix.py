"""Through a real Postfix into Dovecot: the mail arrives with our headers, VERP and a DKIM signature that
still verifies after Postfix and Dovecot added theirs; Postfix's own 5xx becomes a failure and a bounce event."""

from __future__ import annotations

import email
import email.policy
import time
from datetime import UTC, datetime
from pathlib import Path

import dkim
import pytest
from sqlalchemy import select

from mailservice.store.db import transaction
from mailservice.store.models import (
    BounceEvent,
    Member,
    MemberStatus,
    OutboundMessage,
    OutboundStatus,
)
from tests.outbound.conftest import enqueue

pytestmark = pytest.mark.servers


def _wait_for(fetch, timeout: float = 20.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if found := fetch():
            return found
        time.sleep(0.05)
    raise AssertionError("no mail arrived in Dovecot")


def test_mailing_through_postfix_arrives_signed_with_verp(postfix, dovecot, smtp_app, dkim_key: Path) -> None:  # type: ignore[no-untyped-def]
    user = dovecot.new_user()
    app = smtp_app(
        postfix.smtp_port,
        dkim={"key_file": str(dkim_key)},
        web={"public_url": "https://ambtelijkefusie.nl"},
    )
    now = datetime.now(UTC)
    with transaction(app.factory) as session:
        session.add(
            Member(
                email=user,
                name="Anna de Wit",
                status=MemberStatus.ACTIVE,
                role="member",
                created_at=now,
                updated_at=now,
                confirmed_at=now,
            )
        )
    enqueue(app, domain="ambtelijkefusie.nl")
    app.sender.drain()
    with app.factory() as session:
        [row] = session.scalars(select(OutboundMessage))
    assert row.status == OutboundStatus.SENT and row.server_reply.startswith("250 2.0.0 Ok: queued as")  # type: ignore[union-attr]
    [raw] = _wait_for(lambda: dovecot.messages(user, "INBOX"))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Return-Path"] == f"<{app.sender.envelope_from(_envelope(row))}>"
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click" and msg["Message-ID"] == row.message_id
    record = app.sender.signer.public_record().encode()  # type: ignore[union-attr]
    assert dkim.verify(raw, dnsfunc=lambda name, timeout=5: record)


def test_a_5xx_from_postfix_is_a_failure_and_a_bounce_event(postfix, dovecot, smtp_app) -> None:  # type: ignore[no-untyped-def]
    user = dovecot.new_user()
    app = smtp_app(postfix.smtp_port)
    now = datetime.now(UTC)
    with transaction(app.factory) as session:
        row = OutboundMessage(
            created_at=now,
            purpose="mededeling",
            to_addr=user,
            subject="te groot",
            message_id="<groot@ambtelijkefusie.nl>",
            # Over Postfix's message_size_limit (10,240,000): refused at MAIL FROM with SIZE= (RFC 1870).
            raw=b"Subject: te groot\r\n\r\n" + b"x" * 76 + b"\r\n" * 0 + (b"y" * 998 + b"\r\n") * 10_500,
            status=OutboundStatus.QUEUED,
            attempts=0,
            next_attempt_at=now,
        )
        session.add(row)
    app.sender.drain()
    with app.factory() as session:
        [row] = session.scalars(select(OutboundMessage))
        [event] = session.scalars(select(BounceEvent))
    assert row.status == OutboundStatus.FAILED and row.last_error.startswith("552 5.3.4")  # type: ignore[union-attr]
    assert (event.kind, event.status, event.address, event.outbound_id) == ("sync", "5.3.4", user, row.id)


def _envelope(row: OutboundMessage):  # type: ignore[no-untyped-def]
    from mailservice.outbound.transports import Envelope

    return Envelope(row.id, row.to_addr, row.created_at, row.attempts, row.member_id, row.mailing_id)
