"""A member's delivery state: who gets mailings, and the two ways back after bounces.

Every change writes a MemberEvent with its reason (STYLE.md habit 3): "why does she get no mail?" is answered
by ``mailservice members show``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, update
from sqlalchemy.orm import Session

from mailservice.members import find_member
from mailservice.store.models import (
    Delivery,
    InboundMessage,
    Member,
    MemberEvent,
    OutboundMessage,
    OutboundStatus,
)


def _event(
    session: Session,
    member: Member,
    now: datetime,
    event: str,
    detail: str,
    actor: str,
    inbound: InboundMessage | None = None,
) -> None:
    session.add(MemberEvent(member=member, at=now, event=event, detail=detail, actor=actor, inbound=inbound))


def disable(session: Session, member: Member, *, now: datetime, reason: str, actor: str = "system") -> int:
    """Stop mailings to ``member``; returns how many queued mailing rows for them were cancelled."""
    member.delivery = Delivery.DISABLED
    member.delivery_reason = reason
    member.delivery_since = now
    member.updated_at = now
    _event(session, member, now, "delivery_disabled", reason, actor)
    # Rows of a mailing queued before the bounce would only bounce again. Answers to the member's own mail
    # (mailing_id NULL) still go: writing in is how a member gets delivery back.
    result = cast(  # an UPDATE gives a CursorResult; Session.execute is typed for any statement
        CursorResult[Any],
        session.execute(
            update(OutboundMessage)
            .where(
                OutboundMessage.member_id == member.id,
                OutboundMessage.mailing_id.is_not(None),
                OutboundMessage.status.in_([OutboundStatus.QUEUED, OutboundStatus.DEFERRED]),
            )
            .values(
                status=OutboundStatus.CANCELLED, last_error=f"niet verstuurd: bezorging uitgeschakeld ({reason})"[:500]
            )
        ),
    )
    return result.rowcount or 0


def remove(session: Session, member: Member, *, now: datetime, reason: str) -> None:
    member.delivery = Delivery.REMOVED
    member.delivery_reason = reason
    member.updated_at = now
    _event(session, member, now, "delivery_removed", reason, "system")


def enable(
    session: Session, member: Member, *, now: datetime, reason: str, actor: str, inbound: InboundMessage | None = None
) -> None:
    """Deliver again, with a clean slate: bounces before ``now`` no longer count."""
    member.delivery = Delivery.ENABLED
    member.delivery_reason = reason
    member.delivery_since = now
    member.bounce_score = 0
    member.bounces_counted_from = now
    member.updated_at = now
    _event(session, member, now, "delivery_enabled", reason, actor, inbound)


def member_wrote_in(session: Session, sender: str | None, inbound: InboundMessage, now: datetime) -> Member | None:
    """A person wrote to us from an address whose delivery is off: it works again, so deliver again (issue 4).

    Called for messages written by people only; a bounce or an auto-reply proves nothing about the mailbox.
    """
    if not sender:
        return None
    member = find_member(session, sender)
    if member is None or member.delivery == Delivery.ENABLED:
        return None
    enable(
        session,
        member,
        now=now,
        actor="email",
        inbound=inbound,
        reason=f"lid schreef opnieuw vanaf dit adres (bericht #{inbound.id})",
    )
    return member
