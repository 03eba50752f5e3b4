"""Delivery on again after bounces, by the secretariat (CLI or console): the bounce log's own ``enable`` (a clean
slate: earlier bounces no longer count), plus the audit row that says who did it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.bouncelog import enable
from mailservice.casework.record import KIND, CaseworkError
from mailservice.env import ActEnv
from mailservice.store.models import Delivery, Member

REASON = "weer aangezet door het secretariaat"


def deliver_again(session: Session, env: ActEnv, actor: audit.Actor, member: Member) -> None:
    if member.delivery == Delivery.ENABLED:
        raise CaseworkError(f"de bezorging aan {member.email} staat al aan")
    now = env.clock()
    was = member.delivery_reason or ""
    enable(session, member, now=now, reason=REASON, actor=actor.event_actor)
    audit.record(
        session,
        actor,
        KIND,
        "bezorging weer aan",
        at=now,
        subject=member.email,
        detail=f"was uit: {was}" if was else None,
    )
