"""The member register, as every stage reads it: one lookup of a member by address, and the members mail goes to.

Addresses are stored lower-case; the lookup folds the address it is given the same way, so an action, the
bounce log and the CLI never disagree about who a member is.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice.store.models import Delivery, Member, MemberStatus


def find_member(session: Session, address: str | None) -> Member | None:
    key = (address or "").strip().lower()
    if not key:
        return None
    return session.scalars(select(Member).where(Member.email == key)).first()


def deliverable_members(session: Session) -> Iterator[Member]:
    """Active members whose delivery is enabled, by id, streamed: the recipients of a mailing: confirmed, not
    left, and mail to them not switched off after bounces (issue 4)."""
    return iter(
        session.scalars(
            select(Member)
            .where(Member.status == MemberStatus.ACTIVE, Member.delivery == Delivery.ENABLED)
            .order_by(Member.id)
            .execution_options(yield_per=500)
        )
    )
