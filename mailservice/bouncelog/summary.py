"""The bounce section of the secretariat's digest (issue 4; the scheduler issue sends the digest).

Plain data, so the digest template decides the wording: what came in since the last digest, what the
scoring job decided, and what needs a person (unattributed bounces, members still disabled).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from mailservice.store.models import BounceEvent, Delivery, Member, MemberEvent


@dataclass(frozen=True, slots=True)
class BounceSummary:
    since: datetime
    by_severity: dict[str, int] = field(default_factory=dict)  # hard / soft / delayed -> count
    unattributed: int = 0  # kept for the secretariat: ``mailservice bounces --needs-action``
    disabled: tuple[str, ...] = ()  # addresses whose delivery was switched off in the period
    removed: tuple[str, ...] = ()  # taken off the mailings in the period
    still_disabled: int = 0  # all members whose delivery is off now

    @property
    def empty(self) -> bool:
        return not (self.by_severity or self.unattributed or self.disabled or self.removed or self.still_disabled)


def wants_a_person() -> ColumnElement[bool]:
    """The bounces a person should look at (``mailservice bounces --actie``, the console's filter): not a delay, and
    either tied to no member, or of a member whose delivery is off and not yet back on. Needs ``Member`` joined
    (outer) on ``BounceEvent.member_id``."""
    return and_(
        or_(BounceEvent.severity.is_(None), BounceEvent.severity != "delayed"),
        or_(BounceEvent.member_id.is_(None), Member.delivery != Delivery.ENABLED),
    )


def summary(session: Session, since: datetime) -> BounceSummary:
    severities = Counter(
        dict(
            session.execute(
                select(BounceEvent.severity, func.count()).where(BounceEvent.at >= since).group_by(BounceEvent.severity)
            ).all()
        )
    )
    unattributed = (
        session.scalar(
            select(func.count())
            .select_from(BounceEvent)
            .where(BounceEvent.at >= since, BounceEvent.member_id.is_(None))
        )
        or 0
    )

    def changed(event: str) -> tuple[str, ...]:
        return tuple(
            session.scalars(
                select(Member.email)
                .join(MemberEvent, MemberEvent.member_id == Member.id)
                .where(MemberEvent.event == event, MemberEvent.at >= since)
                .order_by(MemberEvent.id)
            )
        )

    still = session.scalar(select(func.count()).select_from(Member).where(Member.delivery != Delivery.ENABLED)) or 0
    return BounceSummary(
        since=since,
        by_severity={str(k or "onbeoordeeld"): v for k, v in severities.items()},
        unattributed=unattributed,
        disabled=changed("delivery_disabled"),
        removed=changed("delivery_removed"),
        still_disabled=still,
    )
