"""The weekly digest to the secretariat (issue 7): what happened since the last one, skipped when nothing did.

Its slot (weekday and local time from settings) is a ScheduledMailing row like an atelier's steps, so a restart
neither sends it twice nor forgets it, and the lease keeps a second process from sending it too.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailservice.ateliers import DIGEST, THEMES
from mailservice.ateliers.audience import rsvp_counts
from mailservice.ateliers.facts import THEME_NAMES
from mailservice.ateliers.planning import next_weekly, parse_time
from mailservice.env import ActEnv
from mailservice.outbound.outbox import LIMIT_REACHED
from mailservice.settings import Settings
from mailservice.store.models import (
    Atelier,
    AtelierState,
    Delivery,
    InboundMessage,
    InboundStatus,
    Member,
    MemberStatus,
    OutboundMessage,
    OutboundStatus,
    ScheduledMailing,
    StepState,
    Suggestion,
)


def ensure_next(session: Session, settings: Settings, now: datetime) -> None:
    """There is always one digest slot waiting (the next one), unless one is still due."""
    # A slot more than a week ahead was planned under a test clock (issue 19, item 6): it would hold the real
    # digest back until then. It is cancelled, with the reason, and the real next slot planned.
    horizon = now + timedelta(days=8)
    for ahead in session.scalars(
        select(ScheduledMailing).where(
            ScheduledMailing.step == DIGEST, ScheduledMailing.state == StepState.DUE, ScheduledMailing.due_at > horizon
        )
    ):
        ahead.state, ahead.done_at = StepState.CANCELLED, now
        ahead.note = "vooruit gepland onder een testklok: vervallen"
    session.flush()
    waiting = session.scalars(
        select(ScheduledMailing.id)
        .where(ScheduledMailing.step == DIGEST, ScheduledMailing.state == StepState.DUE)
        .limit(1)
    ).first()
    if waiting is None:
        s = settings.scheduler
        # The slot after the last one, so a tick that comes late still finds this week's slot due; but not one
        # older than the grace period (after weeks of downtime, no string of missed digests), nor one a test
        # clock dated ahead.
        last = session.scalar(
            select(func.max(ScheduledMailing.due_at)).where(
                ScheduledMailing.step == DIGEST, ScheduledMailing.due_at <= now
            )
        )
        after = max(last, now - timedelta(hours=s.grace_hours)) if last is not None else now
        due = next_weekly(after, s.digest_weekday, parse_time(s.digest_time))
        session.add(ScheduledMailing(atelier_id=None, step=DIGEST, offset_days=None, due_at=due, state=StepState.DUE))


def _since(session: Session, row: ScheduledMailing, now: datetime) -> datetime:
    # The last digest sent before now: one a test clock dated ahead does not start this one's period.
    last = session.scalar(
        select(func.max(ScheduledMailing.done_at)).where(
            ScheduledMailing.step == DIGEST,
            ScheduledMailing.state == StepState.SENT,
            ScheduledMailing.id != row.id,
            ScheduledMailing.done_at <= now,
        )
    )
    return last or row.due_at - timedelta(days=7)


def gather(session: Session, since: datetime, now: datetime) -> dict[str, Any]:
    joined = list(
        session.scalars(
            select(Member)
            .where(Member.confirmed_at >= since, Member.confirmed_at < now, Member.status == MemberStatus.ACTIVE)
            .order_by(Member.confirmed_at)
        )
    )
    left = list(
        session.scalars(select(Member).where(Member.left_at >= since, Member.left_at < now).order_by(Member.left_at))
    )
    unhandled = list(
        session.scalars(
            select(InboundMessage)
            .where(
                InboundMessage.status.in_([InboundStatus.UNHANDLED, InboundStatus.QUARANTINED]),
                InboundMessage.received_at >= since,
                InboundMessage.received_at <= now,
            )
            .order_by(InboundMessage.id)
        )
    )
    bounced = list(
        session.scalars(
            select(Member)
            .where(Member.delivery != Delivery.ENABLED, Member.delivery_since >= since, Member.delivery_since <= now)
            .order_by(Member.email)
        )
    )
    # Answers that a per-address limit kept back (issue 12): how many, to whom, and the last reason.
    capped: dict[str, list[str]] = {}
    for to, why in session.execute(
        select(OutboundMessage.to_addr, OutboundMessage.last_error)
        .where(
            OutboundMessage.status == OutboundStatus.CANCELLED,
            OutboundMessage.last_error.startswith(LIMIT_REACHED),
            OutboundMessage.created_at >= since,
            OutboundMessage.created_at <= now,
        )
        .order_by(OutboundMessage.id)
    ):
        capped.setdefault(to, []).append(why or "")
    suggestions = list(
        session.scalars(select(Suggestion).where(Suggestion.created_at >= since, Suggestion.created_at <= now))
    )
    per_theme = {THEME_NAMES[t]: sum(1 for s in suggestions if t in (s.themes or ())) for t in THEMES}
    upcoming = list(
        session.scalars(
            select(Atelier)
            .where(Atelier.state.in_([AtelierState.PLANNED, AtelierState.INVITED]), Atelier.starts_at > now)
            .order_by(Atelier.starts_at)
        )
    )
    ateliers = [
        {
            "reference": a.reference,
            "title": a.title,
            "starts_at": a.starts_at,
            "capacity": a.capacity,
            **rsvp_counts(session, a),
        }
        for a in upcoming
        if a.state == AtelierState.INVITED
    ]
    return {
        "since": since,
        "until": now,
        "joined": [{"email": m.email, "name": m.name or "", "organisation": m.organisation or ""} for m in joined],
        "left": [{"email": m.email, "name": m.name or ""} for m in left],
        "unhandled": [
            {
                "id": i.id,
                "sender": i.sender or i.envelope_from or "?",
                "subject": i.subject or "",
                "reason": i.reason or "",
            }
            for i in unhandled
        ],
        "bounced": [{"email": m.email, "delivery": m.delivery, "reason": m.delivery_reason or ""} for m in bounced],
        "capped": [{"to": to, "count": len(whys), "reason": whys[-1]} for to, whys in capped.items()],
        "suggestions": len(suggestions),
        "suggestions_per_theme": per_theme,
        "ateliers": ateliers,
    }


def has_news(data: dict[str, Any]) -> bool:
    # RSVP counts alone are not news: they are shown with the rest, but do not make a digest worth sending.
    return any(data[k] for k in ("joined", "left", "unhandled", "bounced", "capped", "suggestions"))


def send_digest(session: Session, env: ActEnv, row: ScheduledMailing) -> bool:
    """Write the digest to the outbox; False (nothing sent) when there is nothing to say."""
    now = env.clock()
    data = gather(session, _since(session, row, now), now)
    if not has_news(data):
        return False
    env.outbox.add(
        session,
        "weekoverzicht",
        to=env.settings.service.secretariat,
        auto_submitted="auto-generated",
        context=env.outbox.common_context() | {"name": None, **data},
    )
    return True
