"""Sign-ups that wait for confirmation (issue 7): one reminder after a few days, then expiry.

One reminder, never more: a person who does not confirm after two mails did not mean to join (or a colleague
signed them up), and more mail would be spam. The reminder carries a fresh reference with the same expiry as
the first (the hash of the first is all we stored). An expired sign-up gets no mail: it simply lapses.

No reminder either to someone who has answered since the request without confirming (issue 19, item 3: "Ik heb
mij helemaal niet aangemeld" got "Herinnering: bevestig uw aanmelding"): whatever the answer said, a person
reacted, and what the service could not act on is with the secretariat. An out-of-office or a bounce is no
answer. The skip is recorded once, with the message that caused it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from mailservice import tokens
from mailservice.classify.decision import Kind
from mailservice.env import ActEnv
from mailservice.members import reply_language
from mailservice.store.models import (
    Confirmation,
    ConfirmationPurpose,
    InboundMessage,
    Member,
    MemberEvent,
    MemberStatus,
)

# Events that settle the reminder of one request: sent, or decided against (both once).
_SETTLED = ("confirm_reminded", "confirm_reminder_skipped")
# What is no answer from a person: their mailbox answering by itself, or a delivery report.
_NOT_AN_ANSWER = (Kind.AUTOREPLY, Kind.BOUNCE)


def _reminded_since(session: Session, member: Member, since: datetime, now: datetime) -> bool:
    # Bounded above too: an event dated ahead by a test clock must not stand for a reminder now (issue 19, item 6).
    return (
        session.scalars(
            select(MemberEvent.id)
            .where(
                MemberEvent.member_id == member.id,
                MemberEvent.event.in_(_SETTLED),
                MemberEvent.at >= since,
                MemberEvent.at <= now,
            )
            .limit(1)
        ).first()
        is not None
    )


def _answer_since(session: Session, member: Member, request: Confirmation, now: datetime) -> InboundMessage | None:
    """A message from the person since the request (their address, or one the service tied to them), other than
    the sign-up itself and other than an automatic reply: the person answered without confirming."""
    tied = select(MemberEvent.inbound_id).where(MemberEvent.member_id == member.id, MemberEvent.inbound_id.is_not(None))
    return session.scalars(
        select(InboundMessage)
        .where(
            or_(InboundMessage.sender == member.email, InboundMessage.id.in_(tied)),
            InboundMessage.received_at >= request.created_at,
            InboundMessage.received_at <= now,
            InboundMessage.id != (request.inbound_id or 0),
            or_(InboundMessage.kind.is_(None), InboundMessage.kind.not_in([str(k) for k in _NOT_AN_ANSWER])),
        )
        .order_by(InboundMessage.id)
        .limit(1)
    ).first()


def remind_unconfirmed(session: Session, env: ActEnv) -> int:
    days = env.settings.membership.reminder_after_days
    if days <= 0:
        return 0
    now = env.clock()
    sent = 0
    for member in session.scalars(select(Member).where(Member.status == MemberStatus.PENDING).order_by(Member.id)):
        first = session.scalars(
            select(Confirmation)
            .where(
                Confirmation.member_id == member.id,
                Confirmation.used_at.is_(None),
                Confirmation.purpose == ConfirmationPurpose.SIGNUP,
            )
            .order_by(Confirmation.id.desc())
            .limit(1)
        ).first()
        if first is None or first.expires_at <= now or first.created_at > now - timedelta(days=days):
            continue
        if _reminded_since(session, member, first.created_at, now):
            continue
        if (answer := _answer_since(session, member, first, now)) is not None:
            session.add(
                MemberEvent(
                    member=member,
                    at=now,
                    event="confirm_reminder_skipped",
                    inbound=answer,
                    actor="system",
                    detail=f"geen herinnering: antwoord ontvangen zonder bevestiging (bericht {answer.id})",
                )
            )
            continue
        token = tokens.generate()
        reminder = Confirmation(
            member=member,
            token_hash=tokens.digest(token),
            created_at=now,
            expires_at=first.expires_at,
            inbound_id=first.inbound_id,
        )
        session.add(reminder)
        out = env.outbox.add(
            session,
            "herinnering_aanmelding",
            to=member.email,
            member=member,
            auto_submitted="auto-generated",
            language=reply_language(None, member),  # the sign-up's, which the pending member row keeps (issue 17)
            context=env.outbox.common_context()
            | {
                "name": member.name,
                "token": token,
                "confirm_url": env.outbox.confirm_url(token),
                "expires_at": first.expires_at,
                "member_email": member.email,
            },
        )
        reminder.language = out.language  # the confirmation page speaks it (issue 17)
        session.add(
            MemberEvent(
                member=member,
                at=now,
                event="confirm_reminded",
                outbound=out,
                actor="system",
                detail=f"{days} dagen na de aanmelding nog niet bevestigd",
            )
        )
        sent += 1
    return sent


def expire_pending(session: Session, env: ActEnv) -> int:
    now = env.clock()
    limit = now - timedelta(days=env.settings.membership.pending_expiry_days)
    expired = 0
    for member in session.scalars(select(Member).where(Member.status == MemberStatus.PENDING).order_by(Member.id)):
        # From the latest sign-up request, not the reminder's fresh reference: a reminder does not extend it.
        requested = (
            session.scalar(
                select(func.max(MemberEvent.at)).where(
                    MemberEvent.member_id == member.id,
                    MemberEvent.event.in_(("subscribe_requested", "invited")),  # an invitation is a sign-up too
                )
            )
            or member.created_at
        )
        if requested > limit:
            continue
        member.status, member.updated_at = MemberStatus.EXPIRED, now
        for conf in session.scalars(
            select(Confirmation).where(Confirmation.member_id == member.id, Confirmation.used_at.is_(None))
        ):
            conf.used_at = now  # a lapsed sign-up can no longer be confirmed; a new one starts afresh
        session.add(
            MemberEvent(
                member=member,
                at=now,
                event="signup_expired",
                actor="system",
                detail=f"niet bevestigd binnen {env.settings.membership.pending_expiry_days} dagen",
            )
        )
        expired += 1
    return expired
