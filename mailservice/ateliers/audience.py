"""Who gets an atelier mail: the members a step goes to, and the count of answers per atelier.

Every step goes only to people who may receive it at that moment (issue 19, item 1): members who are active
with delivery on, and who were invited (an update, a cancellation) or hold a seat (a reminder, a follow-up) as
the step needs; a substitute only while the member who named them is still a member.
"""

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
    OutboundStatus,
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
    """The members who got the invitation and may still get mail now (active, delivery on); None while the
    invitation has not gone out. A member who left since, or whose mail bounces, gets no update or cancellation
    (issue 19, item 1); an invitation row that was cancelled before sending invited nobody."""
    invited_step = next((s for s in atelier.steps if s.step == INVITATION and s.state == StepState.SENT), None)
    if invited_step is None or invited_step.mailing_id is None:
        return None
    return list(
        session.scalars(
            select(Member)
            .join(OutboundMessage, OutboundMessage.member_id == Member.id)
            .where(
                OutboundMessage.mailing_id == invited_step.mailing_id,
                OutboundMessage.status != OutboundStatus.CANCELLED,
                Member.status == MemberStatus.ACTIVE,
                Member.delivery == Delivery.ENABLED,
            )
            .order_by(Member.id)
        )
    )


def substitutes(session: Session, atelier: Atelier) -> list[Rsvp]:
    """Attending RSVPs whose seat goes to a substitute with an address we can write to, of members who are still
    members (the seat is the member's: it lapses when they leave)."""
    return [
        r
        for r in session.scalars(
            select(Rsvp)
            .join(Member, Member.id == Rsvp.member_id)
            .where(
                Rsvp.atelier_id == atelier.id,
                Rsvp.status == RsvpStatus.ATTENDING,
                Rsvp.substitute.is_not(None),
                Member.status == MemberStatus.ACTIVE,
            )
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
