"""Helpers for the atelier tests: members, an atelier planned as the CLI plans it, outbox views, replies."""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from datetime import UTC, date, datetime, time
from email.message import EmailMessage
from pathlib import Path

from icalendar import Calendar

from mailservice.app import App, build
from mailservice.ateliers.planning import Offsets, local_datetime
from mailservice.ateliers.steps import (
    default_offsets,
    next_reference,
    plan_steps,
    send_time,
)
from mailservice.store.db import transaction
from mailservice.store.models import (
    Atelier,
    AtelierState,
    Member,
    MemberStatus,
    OutboundMessage,
)
from tests.support import FakeClock, make_settings


def make_app(tmp: Path, clock: FakeClock, **sections: dict) -> App:
    sections.setdefault("scheduler", {})
    sections["scheduler"] = {"digest": False, **sections["scheduler"]}
    return build(make_settings(tmp, **sections), clock=clock)


def add_members(app: App, *people: tuple[str, str, str]) -> None:
    """(email, name, role) rows, active from the start."""
    now = app.clock()
    with transaction(app.factory) as session:
        for address, name, role in people:
            session.add(
                Member(
                    email=address,
                    name=name,
                    role=role,
                    status=MemberStatus.ACTIVE,
                    created_at=now,
                    confirmed_at=now,
                    updated_at=now,
                )
            )


def add_atelier(
    app: App,
    day: date,
    start: time = time(14, 0),
    *,
    capacity: int | None = None,
    offsets: Offsets | None = None,
    title: str = "Sturen op samenwerking",
    theme: str = "samenwerking",
) -> str:
    starts = local_datetime(day, start)
    now = app.clock()
    with transaction(app.factory) as session:
        atelier = Atelier(
            reference=next_reference(session, starts),
            title=title,
            theme=theme,
            description="Hoe houdt u de couleur locale van de gemeentebesturen in het oog?",
            starts_at=starts,
            ends_at=local_datetime(day, time(start.hour + 3, start.minute)),
            place="Stadskantoor, Vredenburg 3, Utrecht",
            online_url=None,
            capacity=capacity,
            registration_deadline=None,
            state=AtelierState.PLANNED,
            ics_sequence=0,
            created_at=now,
            updated_at=now,
        )
        session.add(atelier)
        plan_steps(session, atelier, offsets or default_offsets(app.settings), send_time(app.settings), now)
        return atelier.reference


def sent(app: App) -> list[EmailMessage]:
    box = Path(app.settings.outbound.maildir) / "new"
    files = sorted(box.iterdir(), key=lambda p: p.stat().st_mtime_ns) if box.exists() else []
    return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default) for p in files]  # type: ignore[misc]


def rows(app: App, purpose: str | None = None) -> list[OutboundMessage]:
    with app.factory() as session:
        query = session.query(OutboundMessage).order_by(OutboundMessage.id)
        if purpose:
            query = query.filter(OutboundMessage.purpose == purpose)
        return list(query)


def per_recipient(app: App, purpose: str) -> Counter[str]:
    return Counter(r.to_addr for r in rows(app, purpose))


def calendar_of(msg: EmailMessage) -> Calendar:
    """The .ics attachment (the file, not the inline alternative), parsed with icalendar."""
    for part in msg.walk():
        if part.get_content_disposition() == "attachment" and part.get_content_type() == "text/calendar":
            return Calendar.from_ical(part.get_payload(decode=True))
    raise AssertionError("no .ics attachment")


def reply(original: EmailMessage, sender: str, body: str, subject: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "info@ambtelijkefusie.nl"
    msg["Subject"] = subject or f"RE: {original['Subject']}"
    msg["Message-ID"] = email.utils.make_msgid(domain="gemeente.nl")
    msg["In-Reply-To"] = original["Message-ID"]
    msg["References"] = original["Message-ID"]
    msg.set_content(
        body + "\n\n-----Oorspronkelijk bericht-----\nVan: info@ambtelijkefusie.nl\n"
        f"Onderwerp: {original['Subject']}\n\n> (uitnodiging)\n"
    )
    return msg.as_bytes()


def outlook_acceptance(sender: str, uid: str, summary: str) -> bytes:
    """What Outlook sends when a member clicks Accept: no In-Reply-To, a METHOD:REPLY with the UID."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "info@ambtelijkefusie.nl"
    msg["Subject"] = f"Geaccepteerd: {summary}"
    msg["Message-ID"] = email.utils.make_msgid(domain="gemeente.nl")
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content("")
    ical = (
        "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
        f"BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:{sender}\r\nSUMMARY:{summary}\r\nUID:{uid}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    msg.add_attachment(ical.encode(), maintype="text", subtype="calendar", params={"method": "REPLY"})
    return msg.as_bytes()


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)
