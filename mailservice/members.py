"""The member register, as every stage reads it: one lookup of a member by address, and the members mail goes to.

Addresses are stored lower-case; the lookup folds the address it is given the same way, so an action, the
bounce log and the CLI never disagree about who a member is.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice import tokens
from mailservice.outbound.render import DUTCH
from mailservice.store.models import (
    Confirmation,
    ConfirmationPurpose,
    Delivery,
    InboundMessage,
    Member,
    MemberStatus,
)


def find_member(session: Session, address: str | None) -> Member | None:
    key = (address or "").strip().lower()
    if not key:
        return None
    return session.scalars(select(Member).where(Member.email == key)).first()


def reply_language(written_in: str | None, member: Member | None) -> str:
    """The language of a mail to one person (issue 17): the language of their own words, where the mail it answers
    says it clearly (``classify.language``: Dutch or English); else the member's own (``members.language``, kept
    from the sign-up); else Dutch. A purpose without that translation still goes out in Dutch (``outbound.render``);
    the network's mailings (invitations, calls, digests) have none: the network is Dutch."""
    if written_in:
        return written_in
    return member.language if member is not None and member.language else DUTCH


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


def issue_reference(
    session: Session,
    member: Member,
    *,
    now: datetime,
    ttl_days: int,
    purpose: ConfirmationPurpose = ConfirmationPurpose.SIGNUP,
    inbound: InboundMessage | None = None,
    new_email: str | None = None,
) -> tuple[str, Confirmation]:
    """A new confirmation reference for ``member`` (a sign-up, an invitation, a new address, an erasure): the row
    keeps only the digest; the plain reference goes into the one mail that asks for the confirmation."""
    token = tokens.generate()
    conf = Confirmation(
        member=member,
        purpose=purpose,
        new_email=new_email,
        token_hash=tokens.digest(token),
        created_at=now,
        expires_at=now + timedelta(days=ttl_days),
        inbound=inbound,
    )
    session.add(conf)
    return token, conf
