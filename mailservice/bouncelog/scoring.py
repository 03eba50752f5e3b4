"""The periodic job that turns recorded bounce events into decisions (STYLE.md habit 8, issue 4).

Rules, thresholds from ``settings.bounces``:
- A hard bounce (a permanent address error: user unknown, host unknown, mailbox disabled, "niet meer in
  gebruik") disables delivery at once. No warning: the address does not work.
- Soft bounces (mailbox full, greylisting, rate limits, policy and spam refusals: Mailman's issue #624 shows
  what counting 5.7.x as hard does) count once per calendar day. Soft bounces on ``soft_threshold`` different
  days within ``window_days`` disable delivery and warn the member, whose address still works partly.
- Decay: a quiet period of ``quiet_days`` without bounces starts the count again.
- Disabled for ``grace_days`` without being re-enabled: removed from the mailings; the secretariat is told.
- Delayed notices (RFC 3464 "delayed") are logged and never counted.
- Only a bounce that is ours for sure counts (issue 12): one that came back to our VERP return path or carries
  our signed X-Mailservice-Ref, or a refusal in our own SMTP session. A report found only by address, by a
  Message-ID in the returned text, or a "this address is no longer in use" reply, is kept in the log as
  evidence and shown, but never switches delivery off on its own: anyone can write such a mail.

Refusals at send time (the sender's kind "sync" rows) arrive without cause or severity: the job classifies
them with the same cause table as DSNs (mailservice.bounces.causes), so both paths end in one log and one
score (listmonk #2623 is the gap this closes). Everything runs in the caller's transaction: decisions and
the mails about them commit together (STYLE.md habit 6).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from mailservice.bouncelog import delivery
from mailservice.bouncelog.record import HARD, SOFT
from mailservice.bouncelog.words import describe
from mailservice.bounces import causes
from mailservice.clock import AMSTERDAM, Clock
from mailservice.members import find_member
from mailservice.outbound.outbox import Outbox
from mailservice.outbound.render import Renderer, render_globals
from mailservice.outbound.tags import Tagger, hmac_key
from mailservice.settings import BounceSettings, Settings
from mailservice.store.db import transaction
from mailservice.store.models import (
    BounceEvent,
    Delivery,
    Member,
    MemberEvent,
    MemberStatus,
)

log = logging.getLogger(__name__)


@dataclass
class ScoreResult:
    scored: int = 0  # events counted in this run
    disabled: list[str] = field(default_factory=list)
    warned: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    mails: int = 0  # outbox rows written (warnings, notice to the secretariat)

    def __bool__(self) -> bool:
        return bool(self.scored or self.disabled or self.removed or self.mails)


def score_bounces(session: Session, settings: Settings, clock: Clock, *, outbox: Outbox | None = None) -> ScoreResult:
    """Count new events, then decide for every member that has new events, a score, or a pending removal."""
    now = clock()
    cfg = settings.bounces
    result = ScoreResult()
    touched: set[int] = set()
    for event in session.scalars(select(BounceEvent).where(BounceEvent.scored_at.is_(None)).order_by(BounceEvent.id)):
        _complete(session, event)
        event.scored_at = now
        result.scored += 1
        if event.member_id is not None:
            touched.add(event.member_id)
    session.flush()
    touched |= set(
        session.scalars(select(Member.id).where(or_(Member.delivery == Delivery.DISABLED, Member.bounce_score > 0)))
    )
    if not touched:
        return result
    members = list(session.scalars(select(Member).where(Member.id.in_(touched)).order_by(Member.id)))
    events = _recent_events(session, [m.id for m in members], now - timedelta(days=cfg.window_days))
    removed: list[Member] = []
    box = outbox or _outbox(settings, clock)
    for member in members:
        _decide(session, member, events.get(member.id, []), now, cfg, box, result, removed)
    if removed:
        _tell_secretariat(session, box, settings, removed, now)
        result.mails += 1
    return result


def _complete(session: Session, event: BounceEvent) -> None:
    """Fill in what a refusal at send time lacks: cause, severity, layer, and the member by address."""
    if event.severity is None:
        diagnostic = event.diagnostic or ""
        event.reason = causes.reason_for(event.status or None, diagnostic)
        event.severity = HARD if causes.is_hard(event.reason, event.status or None, "failed") else SOFT
    if event.layer is None:
        event.layer = "smtp" if event.kind == "sync" else "onbekend"
    if event.member_id is None and event.address:
        member = find_member(session, event.address)
        if member is not None:
            event.member_id, event.attributed_by = member.id, "address"
    elif event.attributed_by is None and event.member_id is not None:
        event.attributed_by = "outbox"  # the sender knew the row and its member


def _recent_events(session: Session, member_ids: list[int], since: datetime) -> dict[int, list[BounceEvent]]:
    by_member: dict[int, list[BounceEvent]] = defaultdict(list)
    for i in range(0, len(member_ids), 500):
        for event in session.scalars(
            select(BounceEvent)
            .where(
                BounceEvent.member_id.in_(member_ids[i : i + 500]),
                BounceEvent.at >= since,
                BounceEvent.severity.in_([HARD, SOFT]),
            )
            .order_by(BounceEvent.at, BounceEvent.id)
        ):
            by_member[event.member_id].append(event)  # type: ignore[index]
    return by_member


# How an event was tied to our mail (BounceEvent.attributed_by) that a third party cannot forge: our HMAC-signed
# VERP return path or X-Mailservice-Ref, or our own SMTP session refusing the address ("outbox").
CONCLUSIVE = frozenset({"verp", "ref", "outbox"})


def conclusive(event: BounceEvent) -> bool:
    return event.kind == "sync" or event.attributed_by in CONCLUSIVE


def soft_days(events: list[BounceEvent], now: datetime, quiet: timedelta) -> list[str]:
    """Distinct calendar days (Amsterdam) of the current run of soft bounces: the run ends at a quiet gap."""
    soft = [e for e in events if e.severity == SOFT]
    if not soft or now - soft[-1].at > quiet:
        return []
    start = 0
    for i in range(1, len(soft)):
        if soft[i].at - soft[i - 1].at > quiet:
            start = i
    return sorted({e.at.astimezone(AMSTERDAM).date().isoformat() for e in soft[start:]})


def _decide(
    session: Session,
    member: Member,
    events: list[BounceEvent],
    now: datetime,
    cfg: BounceSettings,
    box: Outbox,
    result: ScoreResult,
    removed: list[Member],
) -> None:
    if member.bounces_counted_from is not None:
        events = [e for e in events if e.at >= member.bounces_counted_from]
    events = [e for e in events if conclusive(e)]  # the rest is evidence in the log, never a decision
    days = soft_days(events, now, timedelta(days=cfg.quiet_days))
    if member.bounce_score and not days:
        session.add(
            MemberEvent(
                member=member,
                at=now,
                event="bounce_score_reset",
                actor="system",
                detail=f"{cfg.quiet_days:g} dagen zonder bounce: telling ({member.bounce_score}) vervalt",
            )
        )
    member.bounce_score = len(days)
    if member.status == MemberStatus.UNSUBSCRIBED:
        return  # no longer a member: nothing is sent anyway, nobody to warn
    if member.delivery == Delivery.ENABLED:
        hard = next((e for e in reversed(events) if e.severity == HARD), None)
        if hard is not None:
            reason = f"harde bounce op {_date(hard.at)}: {_event_text(hard)}"
            delivery.disable(session, member, now=now, reason=reason)
            result.disabled.append(member.email)
            log.warning("delivery to %s disabled: %s", member.email, reason)
        elif len(days) >= cfg.soft_threshold:
            last = next(e for e in reversed(events) if e.severity == SOFT)
            reason = (
                f"zachte bounces op {len(days)} verschillende dagen binnen {cfg.window_days:g} dagen; "
                f"laatste op {_date(last.at)}: {_event_text(last)}"
            )
            delivery.disable(session, member, now=now, reason=reason)
            result.disabled.append(member.email)
            log.warning("delivery to %s disabled: %s", member.email, reason)
            if cfg.warn and member.status == MemberStatus.ACTIVE:
                _warn(session, box, member, cfg, days, last, now)
                result.warned.append(member.email)
                result.mails += 1
    elif (
        member.delivery == Delivery.DISABLED
        and member.delivery_since is not None
        and (now - member.delivery_since >= timedelta(days=cfg.grace_days))
    ):
        delivery.remove(
            session,
            member,
            now=now,
            reason=(
                f"na {cfg.grace_days:g} dagen nog steeds uitgeschakeld ({member.delivery_reason}); "
                "uit de mailings gehaald"
            ),
        )
        removed.append(member)
        result.removed.append(member.email)


def _date(at: datetime) -> str:
    return at.astimezone(AMSTERDAM).strftime("%d-%m-%Y")


def _event_text(event: BounceEvent) -> str:
    return f"{event.status or '?'} {event.reason or 'undefined'} ({describe(event.reason)}), {event.address}"


def _outbox(settings: Settings, clock: Clock) -> Outbox:
    """For callers without the service's outbox (a CLI run of the job): built the way mailservice.app does."""
    tagger = Tagger(hmac_key(settings), settings.service.domain)
    return Outbox(
        renderer=Renderer(globals_=render_globals(settings)),  # the configured signature, as in mailservice.app
        service=settings.service,
        clock=clock,
        outbound=settings.outbound,
        tagger=tagger,
        web=settings.web,
    )


def _warn(
    session: Session,
    box: Outbox,
    member: Member,
    cfg: BounceSettings,
    days: list[str],
    last: BounceEvent,
    now: datetime,
) -> None:
    out = box.add(
        session,
        "bounce_waarschuwing",
        to=member.email,
        member=member,
        auto_submitted="auto-generated",
        context=box.common_context(member_footer=True)
        | {
            "name": member.name,
            "member_email": member.email,
            "days": len(days),
            "window_days": int(cfg.window_days),
            "reason_text": describe(last.reason),
            "removal_at": now + timedelta(days=cfg.grace_days),
        },
    )
    session.add(
        MemberEvent(
            member=member,
            at=now,
            event="bounce_warning",
            actor="system",
            outbound=out,
            detail=f"waarschuwing: bezorging uitgeschakeld na zachte bounces op {len(days)} dagen",
        )
    )


def _tell_secretariat(session: Session, box: Outbox, settings: Settings, removed: list[Member], now: datetime) -> None:
    box.add(
        session,
        "bounces_verwijderd",
        to=settings.service.secretariat,
        auto_submitted="auto-generated",
        context=box.common_context()
        | {
            "grace_days": int(settings.bounces.grace_days),
            "members": [
                {
                    "email": m.email,
                    "name": m.name or "",
                    "organisation": m.organisation or "",
                    "reason": m.delivery_reason or "",
                    "since": m.delivery_since,
                }
                for m in removed
            ],
        },
    )


def run_scoring(factory: sessionmaker[Session], settings: Settings, clock: Clock, outbox: Outbox) -> ScoreResult:
    """One tick of the job in its own transaction (the service's worker and ``mailservice bounces score``)."""
    with transaction(factory) as session:
        result = score_bounces(session, settings, clock, outbox=outbox)
    if result.disabled or result.removed:
        log.info("bounce scoring: %d event(s); disabled %s; removed %s", result.scored, result.disabled, result.removed)
    return result
