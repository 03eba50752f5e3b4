"""One change to a member, written twice in the caller's transaction: as the member's history (``MemberEvent``,
with the message that caused it) and as an audit row (who did it, for the console's "Logboek")."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.store.models import InboundMessage, Member, MemberEvent, OutboundMessage

KIND = "lid"  # the audit log's kind for changes to members


class CaseworkError(Exception):
    """A request that cannot be done as asked, in one Dutch sentence for the secretariat (CLI and console)."""


def changed(
    session: Session,
    actor: audit.Actor,
    member: Member,
    event: str,
    action: str,
    *,
    at: datetime,
    detail: str | None = None,
    inbound: InboundMessage | None = None,
    outbound: OutboundMessage | None = None,
    rule: str | None = None,
) -> None:
    """``event`` is the history's code (``member_data.EVENTS`` says it in Dutch); ``action`` the audit log's words."""
    session.add(
        MemberEvent(
            member=member,
            at=at,
            event=event,
            detail=detail,
            inbound=inbound,
            outbound=outbound,
            actor=actor.event_actor,
        )
    )
    audit.record(session, actor, KIND, action, at=at, subject=member.email, detail=detail, inbound=inbound, rule=rule)
