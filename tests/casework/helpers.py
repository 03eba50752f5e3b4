"""What the casework tests share: a member who signed up and confirmed by mail, and reading the outbox."""

from __future__ import annotations

from email.message import EmailMessage

from sqlalchemy import select

from mailservice.app import App
from mailservice.store.models import AuditEntry, Member, MemberEvent
from tests.support import deliver, mail, outbox_messages


def sent(app: App) -> list[EmailMessage]:
    return outbox_messages(app.settings.outbound.maildir)


def last_to(app: App, address: str) -> EmailMessage:
    found = [m for m in sent(app) if m["To"] == address]
    assert found, f"nothing sent to {address}"
    return found[-1]


def join(app: App, sender: str, msgid: str) -> None:
    """Sign up by mail and confirm by replying to the request: an active member with the whole history."""
    address = sender.rsplit("<", 1)[-1].rstrip(">")
    deliver(app, mail(sender=sender, msgid=msgid))
    request = last_to(app, address)
    deliver(app, mail(sender=sender, subject=f"RE: {request['Subject']}", body="Ja", in_reply_to=request["Message-ID"]))


def member(app: App, address: str) -> Member | None:
    with app.factory() as s:
        return s.scalars(select(Member).where(Member.email == address)).first()


def events(app: App, member_id: int) -> list[tuple[str, str]]:
    with app.factory() as s:
        return [
            (e.event, e.actor)
            for e in s.scalars(select(MemberEvent).where(MemberEvent.member_id == member_id).order_by(MemberEvent.id))
        ]


def audit_rows(app: App) -> list[AuditEntry]:
    with app.factory() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
