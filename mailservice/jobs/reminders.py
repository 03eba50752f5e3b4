"""Sign-ups that wait for confirmation (issue 7): one reminder after a few days, then expiry.

One reminder, never more: a person who does not confirm after two mails did not mean to join (or a colleague
signed them up), and more mail would be spam. The reminder carries a fresh reference with the same expiry as
the first (the hash of the first is all we stored). An expired sign-up gets no mail: it simply lapses.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailservice import tokens
from mailservice.env import ActEnv
from mailservice.store.models import Confirmation, Member, MemberEvent, MemberStatus


def _reminded_since(session: Session, member: Member, since: object) -> bool:
    return (
        session.scalars(
            select(MemberEvent.id)
            .where(MemberEvent.member_id == member.id, MemberEvent.event == "confirm_reminded", MemberEvent.at >= since)
            .limit(1)
        ).first()
        is not None
    )


def remind_unconfirmed(session: Session, env: ActEnv) -> int:
    days = env.settings.membership.reminder_after_days
    if days <= 0:
        return 0
    now = env.clock()
    sent = 0
    for member in session.scalars(select(Member).where(Member.status == MemberStatus.PENDING).order_by(Member.id)):
        first = session.scalars(
            select(Confirmation)
            .where(Confirmation.member_id == member.id, Confirmation.used_at.is_(None))
            .order_by(Confirmation.id.desc())
            .limit(1)
        ).first()
        if first is None or first.expires_at <= now or first.created_at > now - timedelta(days=days):
            continue
        if _reminded_since(session, member, first.created_at):
            continue
        token = tokens.generate()
        session.add(
            Confirmation(
                member=member,
                token_hash=tokens.digest(token),
                created_at=now,
                expires_at=first.expires_at,
                inbound_id=first.inbound_id,
            )
        )
        out = env.outbox.add(
            session,
            "herinnering_aanmelding",
            to=member.email,
            member=member,
            auto_submitted="auto-generated",
            context=env.outbox.common_context()
            | {
                "name": member.name,
                "token": token,
                "confirm_url": env.outbox.confirm_url(token),
                "expires_at": first.expires_at,
                "member_email": member.email,
            },
        )
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
                    MemberEvent.member_id == member.id, MemberEvent.event == "subscribe_requested"
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
