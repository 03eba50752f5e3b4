"""Approving sign-ups (issue 16, ``membership.approval``; off by default): a confirmed sign-up waits in the state
"approval" until the secretariat approves it (the member is welcomed and receives the mailings) or refuses it (the
applicant is told, with the secretariat's reason). The CLI and the console call these."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.casework.record import CaseworkError, changed
from mailservice.env import ActEnv
from mailservice.members import reply_language
from mailservice.store.models import Member, MemberStatus


def _waiting(member: Member) -> None:
    if member.status != MemberStatus.APPROVAL:
        raise CaseworkError(f"de aanmelding van {member.email} wacht niet op goedkeuring")


def approve(session: Session, env: ActEnv, actor: audit.Actor, member: Member) -> None:
    _waiting(member)
    now = env.clock()
    member.status, member.updated_at = MemberStatus.ACTIVE, now
    out = env.outbox.add(
        session,
        "welkom",
        to=member.email,
        context=env.outbox.common_context(member_footer=True) | {"name": member.name},
        member=member,
        auto_submitted="auto-generated",
        language=reply_language(None, member),  # the sign-up's (issue 17)
    )
    changed(session, actor, member, "approved", "aanmelding goedgekeurd", at=now, outbound=out)


def refuse(session: Session, env: ActEnv, actor: audit.Actor, member: Member, reason: str | None) -> None:
    _waiting(member)
    now = env.clock()
    member.status, member.left_at, member.updated_at = MemberStatus.UNSUBSCRIBED, now, now
    out = env.outbox.add(
        session,
        "aanmelding_afgewezen",
        to=member.email,
        context=env.outbox.common_context() | {"name": member.name, "reason": (reason or "").strip() or None},
        member=member,
        auto_submitted="auto-generated",
        language=reply_language(None, member),  # the sign-up's (issue 17)
    )
    changed(session, actor, member, "refused", "aanmelding afgewezen", at=now, detail=reason, outbound=out)
