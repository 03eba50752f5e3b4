"""Who gets an atelier mail: the members a step goes to, and the count of answers per atelier."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailservice.ateliers import (
    INVITATION,
)
from mailservice.members import deliverable_members
from mailservice.store.models import (
    Atelier,
    Delivery,
    Member,
    MemberStatus,
    OutboundMessage,
    Rsvp,
    RsvpStatus,
    StepState,
)


def attendees(session: Session, atelier: Atelier) -> list[Member]:
    return list(
        session.scalars(
            select(Member)
            .join(Rsvp, Rsvp.member_id == Member.id)
            .where(
                Rsvp.atelier_id == atelier.id,
                Rsvp.status == RsvpStatus.ATTENDING,
                Member.status == MemberStatus.ACTIVE,
                Member.delivery == Delivery.ENABLED,
            )
            .order_by(Member.id)
        )
    )


def advisory_board(session: Session) -> list[Member]:
    return [m for m in deliverable_members(session) if m.role == "adviesraad"]


def invited_members(session: Session, atelier: Atelier) -> list[Member] | None:
    """The members who got the invitation; None while it has not gone out."""
    invited_step = next((s for s in atelier.steps if s.step == INVITATION and s.state == StepState.SENT), None)
    if invited_step is None or invited_step.mailing_id is None:
        return None
    return list(
        session.scalars(
            select(Member)
            .join(OutboundMessage, OutboundMessage.member_id == Member.id)
            .where(OutboundMessage.mailing_id == invited_step.mailing_id)
            .order_by(Member.id)
        )
    )


def substitutes(session: Session, atelier: Atelier) -> list[Rsvp]:
    """Attending RSVPs whose seat goes to a substitute with an address we can write to."""
    return [
        r
        for r in session.scalars(
            select(Rsvp)
            .where(Rsvp.atelier_id == atelier.id, Rsvp.status == RsvpStatus.ATTENDING, Rsvp.substitute.is_not(None))
            .order_by(Rsvp.id)
        )
        if r.substitute and "@" in r.substitute
    ]


def rsvp_counts(session: Session, atelier: Atelier) -> dict[str, int]:
    """Members and seats per answer: attending (seats include guests), waiting, declined."""
    rows = session.execute(
        select(Rsvp.status, func.count(), func.coalesce(func.sum(Rsvp.guests), 0))
        .where(Rsvp.atelier_id == atelier.id)
        .group_by(Rsvp.status)
    ).all()
    counts = {"attending": 0, "seats": 0, "waiting": 0, "declined": 0}
    for status, n, guests in rows:
        counts[status] = n
        if status == RsvpStatus.ATTENDING:
            counts["seats"] = n + int(guests)
    return counts
