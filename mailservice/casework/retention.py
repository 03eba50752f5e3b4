"""Retention (issue 16, AVG art. 5(1)(e)): what the service no longer needs goes, after periods from the settings.

``plan`` lists what is due (``mailservice privacy purge --dry-run`` prints it); ``purge`` removes exactly the
items of a plan, no more: the daily job and the command both plan first and purge that plan. The periods
(``[privacy]``) are the ones the mails name (``privacy.periods``):

- a sign-up or invitation never confirmed, untouched for ``pending_signup_days``: removed entirely (there is no
  consent to prove);
- a former member, ``former_member_days`` after leaving: erased as on request (``privacy.erase``), the proof of
  consent and its withdrawal kept;
- the raw copy of a processed message, in or out, after ``raw_message_days``: emptied; the row with its kind,
  rule and reason stays (the history and the inbox still say what happened);
- a bounce event the scoring job has counted, after ``bounce_event_days``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from mailservice import audit, progress
from mailservice.casework import privacy
from mailservice.clock import local
from mailservice.env import ActEnv
from mailservice.store.models import (
    BounceEvent,
    InboundMessage,
    InboundStatus,
    Member,
    MemberEvent,
    MemberStatus,
    OutboundMessage,
    OutboundStatus,
)

PENDING, FORMER, RAW_IN, RAW_OUT, BOUNCE = "aanmelding", "oud-lid", "bericht-in", "bericht-uit", "bounce"
# How each kind of item reads in the listing, in the order the purge applies them (messages before people: a
# person's erasure removes their messages too, and a message already emptied is simply skipped).
KINDS = {
    RAW_IN: "ontvangen berichten (ruwe kopie)",
    RAW_OUT: "verstuurde berichten (ruwe kopie)",
    BOUNCE: "bounces",
    PENDING: "nooit bevestigde aanmeldingen",
    FORMER: "oud-leden",
}
SIGNUP_EVENTS = ("subscribe_requested", "invited")
_FINISHED_OUT = (OutboundStatus.SENT, OutboundStatus.FAILED, OutboundStatus.CANCELLED)


@dataclass(frozen=True)
class Item:
    kind: str
    id: int
    what: str  # one line for the secretariat


@dataclass
class Plan:
    at: datetime
    items: list[Item] = field(default_factory=list)

    def of(self, kind: str) -> list[Item]:
        return [i for i in self.items if i.kind == kind]

    def counts(self) -> dict[str, int]:
        return {kind: len(self.of(kind)) for kind in KINDS}


def _day(value: datetime | None) -> str:
    return local(value).strftime("%d-%m-%Y") if value is not None else "?"


def plan(session: Session, env: ActEnv) -> Plan:
    now, p = env.clock(), env.settings.privacy
    result = Plan(now)
    raw_before = now - timedelta(days=p.raw_message_days)
    for row_id, at, sender in session.execute(
        select(InboundMessage.id, InboundMessage.received_at, InboundMessage.sender)
        .where(
            InboundMessage.received_at < raw_before,
            InboundMessage.status != InboundStatus.RECEIVED,
            func.length(InboundMessage.raw) > 0,
        )
        .order_by(InboundMessage.id)
    ):
        result.items.append(Item(RAW_IN, row_id, f"bericht #{row_id} van {sender or '?'}, ontvangen {_day(at)}"))
    for row_id, at, to in session.execute(
        select(OutboundMessage.id, OutboundMessage.created_at, OutboundMessage.to_addr)
        .where(
            OutboundMessage.created_at < raw_before,
            OutboundMessage.status.in_(_FINISHED_OUT),
            func.length(OutboundMessage.raw) > 0,
        )
        .order_by(OutboundMessage.id)
    ):
        result.items.append(Item(RAW_OUT, row_id, f"bericht #{row_id} aan {to}, gemaakt {_day(at)}"))
    for row_id, at, address in session.execute(
        select(BounceEvent.id, BounceEvent.at, BounceEvent.address)
        .where(BounceEvent.at < now - timedelta(days=p.bounce_event_days), BounceEvent.scored_at.is_not(None))
        .order_by(BounceEvent.id)
    ):
        result.items.append(Item(BOUNCE, row_id, f"bounce #{row_id} van {address}, {_day(at)}"))
    not_erased = ~Member.email.like(f"%@{privacy._ERASED_DOMAIN}")
    # Counted from the latest sign-up or invitation, not from a later change of the row (lapsing touches it too).
    asked = (
        select(func.max(MemberEvent.at))
        .where(MemberEvent.member_id == Member.id, MemberEvent.event.in_(SIGNUP_EVENTS))
        .correlate(Member)
        .scalar_subquery()
    )
    for member in session.scalars(
        select(Member)
        .where(
            Member.confirmed_at.is_(None),
            Member.status != MemberStatus.ACTIVE,
            func.coalesce(asked, Member.created_at) < now - timedelta(days=p.pending_signup_days),
            not_erased,
        )
        .order_by(Member.id)
    ):
        result.items.append(
            Item(PENDING, member.id, f"{member.email}: aangemeld {_day(member.created_at)}, nooit bevestigd")
        )
    for member in session.scalars(
        select(Member)
        .where(
            Member.confirmed_at.is_not(None),
            Member.status.in_((MemberStatus.UNSUBSCRIBED, MemberStatus.EXPIRED)),
            Member.left_at < now - timedelta(days=p.former_member_days),
            not_erased,
        )
        .order_by(Member.id)
    ):
        result.items.append(Item(FORMER, member.id, f"{member.email}: afgemeld {_day(member.left_at)}"))
    return result


def purge(session: Session, env: ActEnv, actor: audit.Actor, todo: Plan) -> dict[str, int]:
    """Remove the items of ``todo``, and nothing else; returns how many of each kind went."""
    done = dict.fromkeys(KINDS, 0)
    for table, kind in ((InboundMessage, RAW_IN), (OutboundMessage, RAW_OUT)):
        ids = [i.id for i in todo.of(kind)]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            values = {"raw": b"", "size": 0} if table is InboundMessage else {"raw": b""}
            result = session.execute(update(table).where(table.id.in_(chunk)).values(values))
            done[kind] += result.rowcount  # type: ignore[attr-defined]
            progress.step(len(chunk))  # a command that waits for this shows how far it is (cli.progress)
    ids = [i.id for i in todo.of(BOUNCE)]
    for start in range(0, len(ids), 500):
        result = session.execute(delete(BounceEvent).where(BounceEvent.id.in_(ids[start : start + 500])))
        done[BOUNCE] += result.rowcount  # type: ignore[attr-defined]
        progress.step(len(ids[start : start + 500]))
    p = env.settings.privacy
    for kind, keep_proof, why in (
        (PENDING, False, f"bewaartermijn: niet bevestigd binnen {p.pending_signup_days} dagen"),
        (FORMER, True, f"bewaartermijn: {p.former_member_days} dagen na het vertrek"),
    ):
        for item in todo.of(kind):
            member = session.get(Member, item.id)
            if member is None or privacy.is_erased(member):
                continue
            privacy.erase(session, env, actor, member, how=why, keep_proof=keep_proof)
            done[kind] += 1
            progress.step()
    if any(done.values()):
        summary = ", ".join(f"{n} {KINDS[k]}" for k, n in done.items() if n)
        audit.record(session, actor, "privacy", "bewaartermijnen toegepast", at=todo.at, detail=summary)
    return done
