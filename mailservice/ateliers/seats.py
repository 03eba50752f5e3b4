"""Seats and the waiting list in the database: how many are taken, who moves up when one comes free."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice.ateliers.facts import atelier_context
from mailservice.ateliers.substitutes import display, invite_substitute, reachable
from mailservice.ateliers.waitlist import Waiting, promotions, seats
from mailservice.env import ActEnv
from mailservice.members import reply_language
from mailservice.store.models import (
    Atelier,
    AtelierState,
    InboundMessage,
    Rsvp,
    RsvpChange,
    RsvpStatus,
)

OPEN_STATES = (AtelierState.PLANNED, AtelierState.INVITED)


def next_open_atelier(session: Session, now: Any) -> Atelier | None:
    return session.scalars(
        select(Atelier)
        .where(Atelier.state.in_(OPEN_STATES), Atelier.starts_at > now)
        .order_by(Atelier.starts_at)
        .limit(1)
    ).first()


def seats_taken(session: Session, atelier: Atelier, *, besides: Rsvp | None = None) -> int:
    rows = session.scalars(select(Rsvp).where(Rsvp.atelier_id == atelier.id, Rsvp.status == RsvpStatus.ATTENDING))
    return sum(seats(r.guests) for r in rows if r is not besides)


def waiting_rank(session: Session, rsvp: Rsvp) -> int:
    positions = session.scalars(
        select(Rsvp.waitlist_position).where(Rsvp.atelier_id == rsvp.atelier_id, Rsvp.status == RsvpStatus.WAITING)
    ).all()
    return sum(
        1 for p in positions if p is not None and rsvp.waitlist_position is not None and p <= rsvp.waitlist_position
    )


def anyone_waiting(session: Session, atelier: Atelier) -> bool:
    return (
        session.scalars(
            select(Rsvp.id).where(Rsvp.atelier_id == atelier.id, Rsvp.status == RsvpStatus.WAITING).limit(1)
        ).first()
        is not None
    )


def next_position(session: Session, atelier: Atelier) -> int:
    positions = session.scalars(select(Rsvp.waitlist_position).where(Rsvp.atelier_id == atelier.id)).all()
    return max((p for p in positions if p is not None), default=0) + 1


def record_change(session: Session, env: ActEnv, rsvp: Rsvp, reason: str, inbound: InboundMessage | None) -> None:
    rsvp.updated_at = env.clock()
    session.add(
        RsvpChange(
            rsvp=rsvp,
            at=env.clock(),
            status=rsvp.status,
            guests=rsvp.guests,
            substitute=rsvp.substitute,
            waitlist_position=rsvp.waitlist_position,
            reason=reason[:2000],
            inbound_id=inbound.id if inbound is not None else None,
        )
    )


def promote(session: Session, env: ActEnv, atelier: Atelier) -> list[Rsvp]:
    """Move people up from the waiting list while seats allow; each is told."""
    session.flush()
    waiting = {
        r.id: r
        for r in session.scalars(select(Rsvp).where(Rsvp.atelier_id == atelier.id, Rsvp.status == RsvpStatus.WAITING))
    }
    moved = promotions(
        atelier.capacity,
        seats_taken(session, atelier),
        [Waiting(r.id, seats(r.guests), r.waitlist_position or 0) for r in waiting.values()],
    )
    promoted = []
    for key in moved:
        seat(session, env, atelier, waiting[key], "van de wachtlijst: er kwam een plaats vrij")
        promoted.append(waiting[key])
    return promoted


def seat(session: Session, env: ActEnv, atelier: Atelier, rsvp: Rsvp, reason: str) -> None:
    """Give someone on the waiting list their seat, and tell them (and invite their substitute)."""
    rsvp.status, rsvp.waitlist_position = RsvpStatus.ATTENDING, None
    record_change(session, env, rsvp, reason, None)
    env.outbox.add(
        session,
        "wachtlijst_plaats",
        to=rsvp.member.email,
        member=rsvp.member,
        auto_submitted="auto-generated",
        language=reply_language(None, rsvp.member),  # the member's own (issue 17); the atelier stays Dutch
        context=env.outbox.common_context(member_footer=True)
        | {
            "name": rsvp.member.name,
            "atelier": atelier_context(atelier),
            "guests": rsvp.guests,
            "substitute": display(rsvp),
            "substitute_invited": reachable(rsvp),
        },
    )
    invite_substitute(session, env, rsvp)  # the seat is the substitute's: they get the invitation now
