"""Building blocks for the bounce-log tests: members, a mailing through the Maildir transport, DSNs."""

from __future__ import annotations

import email
import email.policy
from email.utils import make_msgid

from sqlalchemy import select

from mailservice import ingest
from mailservice.app import App
from mailservice.bouncelog.scoring import ScoreResult, run_scoring
from mailservice.members import deliverable_members
from mailservice.outbound.mailings import enqueue_mailing
from mailservice.store.db import transaction
from mailservice.store.models import BounceEvent, Member, MemberStatus


def add_member(app: App, address: str, name: str = "Anna de Wit", status: str = MemberStatus.ACTIVE) -> int:
    now = app.clock()
    with transaction(app.factory) as session:
        member = Member(
            email=address,
            name=name,
            status=status,
            role="member",
            created_at=now,
            updated_at=now,
            confirmed_at=now if status == MemberStatus.ACTIVE else None,
        )
        session.add(member)
        session.flush()
        return member.id


def mailing(app: App) -> dict[str, bytes]:
    """A mailing to every deliverable member, sent into the Maildir; returns address -> message as delivered."""
    before = _files(app)
    with transaction(app.factory) as session:
        enqueue_mailing(
            session,
            "mededeling",
            deliverable_members(session),
            lambda m: {"name": m.name, "onderwerp": "Uitnodiging atelier", "alineas": ["Graag tot ziens."]},
            outbox=app.outbox,
        )
    app.sender.drain()
    sent: dict[str, bytes] = {}
    for path in sorted(set(_files(app)) - set(before)):
        raw = path.read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        sent[str(msg["To"]).strip().lower()] = raw
    return sent


def _files(app: App) -> list:  # type: ignore[type-arg]
    new = app.settings.outbound.maildir / "new"
    return sorted(new.iterdir()) if new.exists() else []


def return_path(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    return str(msg["Return-Path"]).strip("<> ")


def dsn(
    original: bytes,
    recipient: str,
    *,
    status: str = "5.1.1",
    action: str = "failed",
    diagnostic: str | None = None,
    to: str = "bounces@ambtelijkefusie.nl",
    headers_only: bool = False,
) -> bytes:
    """An RFC 3464 report as Postfix writes it, returning ``original`` (or only its headers)."""
    diagnostic = diagnostic or f"smtp; 550 {status} <{recipient}>: Recipient address rejected: User unknown"
    if headers_only:
        returned = "Content-Type: text/rfc822-headers\r\n\r\n" + original.split(b"\r\n\r\n", 1)[0].decode() + "\r\n"
    else:
        returned = "Content-Type: message/rfc822\r\n\r\n" + original.decode("utf-8", "replace")
    subject = "Undelivered Mail Returned to Sender" if action == "failed" else "Delayed Mail (still being retried)"
    text = (
        "From: MAILER-DAEMON@mail.gemeente.example (Mail Delivery System)\r\n"
        f"To: {to}\r\n"
        f"Subject: {subject}\r\n"
        f"Message-ID: {make_msgid(domain='mail.gemeente.example')}\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"\r\n'
        "\r\n"
        "--BOUNDARY\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host mail.gemeente.example.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n"
        "--BOUNDARY\r\n"
        "Content-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mail.gemeente.example\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\n"
        f"Original-Recipient: rfc822;{recipient}\r\n"
        f"Action: {action}\r\n"
        f"Status: {status}\r\n"
        f"Diagnostic-Code: {diagnostic}\r\n\r\n"
        "--BOUNDARY\r\n"
        f"{returned}\r\n"
        "--BOUNDARY--\r\n"
    )
    return text.encode()


def deliver(app: App, raw: bytes, envelope_to: str | None = None, envelope_from: str = "") -> int:
    """Store and process one message as the receiver would (bounces come from the null sender <>)."""
    inbound_id = ingest.store(
        app.factory,
        raw,
        source="test",
        clock=app.clock,
        envelope_from=envelope_from,
        envelope_to=[envelope_to] if envelope_to else [],
    )
    app.ingest.process_pending()
    return inbound_id


def score(app: App) -> ScoreResult:
    result = run_scoring(app.factory, app.settings, app.clock, app.outbox)
    app.sender.drain()
    return result


def events(app: App) -> list[BounceEvent]:
    with app.factory() as session:
        return list(session.scalars(select(BounceEvent).order_by(BounceEvent.id)))


def member(app: App, address: str) -> Member:
    with app.factory() as session:
        found = session.scalars(select(Member).where(Member.email == address)).one()
        return found
