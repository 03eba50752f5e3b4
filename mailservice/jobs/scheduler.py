"""The scheduler (issue 7): APScheduler ticks; the database says what is due and what was sent.

Why the truth lives in the database and not in APScheduler's job store: a restart must neither forget a step
nor send it twice, and two processes started by mistake must not both send (APScheduler issues #160/#655: jobs
running four times under several workers). So APScheduler only drives a periodic ``tick``; each tick
1. takes or renews the lease (one row, taken with a conditional UPDATE in a transaction: atomic under SQLite's
   write lock and under PostgreSQL's row lock, which re-checks the WHERE clause after waiting); only the holder
   acts, and another process takes over once a crashed holder's lease expires;
2. sends each due step in its own transaction that re-checks the lease, re-reads the step, writes the mailing
   to the outbox and marks the step sent: committed together or not at all (STYLE.md habit 6);
3. a step found late is still sent within ``scheduler.grace_hours``; later, or when the atelier it prepares has
   begun, it is marked missed and the secretariat is told (listmonk #1801: a campaign sent hours late).
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from mailservice import audit
from mailservice.ateliers import DIGEST, FOLLOWUP, STEP_NAMES
from mailservice.ateliers.facts import atelier_context
from mailservice.ateliers.steps import send_step
from mailservice.casework import retention
from mailservice.clock import Clock, hour_minute
from mailservice.env import ActEnv
from mailservice.jobs import digest, reminders
from mailservice.store.db import transaction
from mailservice.store.models import (
    Atelier,
    AtelierState,
    ScheduledMailing,
    SchedulerLease,
    StepState,
)

if TYPE_CHECKING:
    from apscheduler.schedulers.background import BackgroundScheduler  # imported in start(), its only user

log = logging.getLogger(__name__)

LEASE_ID = 1


def new_holder() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


# -- the lease ------------------------------------------------------------------------------------------------


def take_lease(factory: sessionmaker[Session], holder: str, clock: Clock, seconds: float) -> bool:
    """Take the lease if it is free, expired or ours, and extend it; True when we hold it now."""
    now = clock()
    with transaction(factory) as session:
        result = cast(  # an UPDATE gives a CursorResult; Session.execute is typed for any statement
            CursorResult[Any],
            session.execute(
                update(SchedulerLease)
                .where(
                    SchedulerLease.id == LEASE_ID,
                    or_(
                        SchedulerLease.holder == holder,
                        SchedulerLease.holder.is_(None),
                        SchedulerLease.expires_at < now,
                        # A lease that runs out further ahead than any lease is given (twice the term, for clock
                        # skew between machines) was taken under a test clock: void (issue 19, item 6), or a
                        # rehearsal a year ahead would keep the real scheduler out for that year.
                        SchedulerLease.expires_at > now + timedelta(seconds=2 * seconds),
                    ),
                )
                .values(holder=holder, expires_at=now + timedelta(seconds=seconds))
                .execution_options(synchronize_session=False)
            ),
        )
        return (result.rowcount or 0) == 1


def release_lease(factory: sessionmaker[Session], holder: str) -> None:
    """On a clean stop: let another process take over at once instead of after the expiry."""
    with transaction(factory) as session:
        session.execute(
            update(SchedulerLease)
            .where(SchedulerLease.id == LEASE_ID, SchedulerLease.holder == holder)
            .values(holder=None, expires_at=None)
            .execution_options(synchronize_session=False)
        )


def holds_lease(session: Session, holder: str, now: datetime) -> bool:
    """Inside a sending transaction: is the lease still ours? (A paused process must not act on a lapsed lease.)"""
    lease = session.get(SchedulerLease, LEASE_ID, with_for_update=True)
    return lease is not None and lease.holder == holder and lease.expires_at is not None and lease.expires_at > now


# -- due steps ----------------------------------------------------------------------------------------------


@dataclass
class Done:
    sent: list[int] = field(default_factory=list)  # step ids
    missed: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.sent or self.missed or self.skipped)


def run_due(factory: sessionmaker[Session], env: ActEnv, clock: Clock, *, holder: str | None = None) -> Done:
    """Send every due step once. With ``holder``, each step's transaction first checks that lease."""
    done = Done()
    now = clock()
    with factory() as session:
        ids = list(
            session.scalars(
                select(ScheduledMailing.id)
                .where(ScheduledMailing.state == StepState.DUE, ScheduledMailing.due_at <= now)
                .order_by(ScheduledMailing.due_at, ScheduledMailing.id)
            )
        )
    for step_id in ids:
        with transaction(factory) as session:
            if holder is not None and not holds_lease(session, holder, clock()):
                log.warning("scheduler lease lost; another process continues")
                break
            row = session.get(ScheduledMailing, step_id, with_for_update=True)
            if row is None or row.state != StepState.DUE:
                continue  # another process (or an earlier tick) got it first
            outcome = _run_one(session, env, row, clock())
        getattr(done, outcome).append(step_id)
    return done


def _too_late(row: ScheduledMailing, now: datetime, grace: timedelta) -> str | None:
    late = now - row.due_at
    if late > grace:
        return f"{_duration(late)} te laat, meer dan de toegestane {_duration(grace)}"
    atelier = row.atelier
    if atelier is not None and row.step != FOLLOWUP and now >= atelier.starts_at:
        return "het atelier is al begonnen"
    return None


def _run_one(session: Session, env: ActEnv, row: ScheduledMailing, now: datetime) -> str:
    settings = env.settings.scheduler
    atelier = row.atelier
    if atelier is not None and atelier.state == AtelierState.CANCELLED:
        row.state, row.done_at, row.note = StepState.CANCELLED, now, "atelier geannuleerd"
        return "skipped"
    why = _too_late(row, now, timedelta(hours=settings.grace_hours))
    if why is not None:
        row.state, row.done_at, row.note = StepState.MISSED, now, f"gemist: {why}"
        log.warning("step #%s (%s) missed: %s", row.id, row.step, why)
        if row.step != DIGEST:  # a missed digest needs no mail about it: the next one covers its week
            env.outbox.add(
                session,
                "stap_gemist",
                to=env.settings.service.secretariat,
                auto_submitted="auto-generated",
                context=env.outbox.common_context()
                | {
                    "name": None,
                    "step": STEP_NAMES.get(row.step, row.step),
                    "due_at": row.due_at,
                    "due_time": hour_minute(row.due_at),
                    "noticed_at": now,
                    "noticed_time": hour_minute(now),
                    "reason": why,
                    "grace_hours": settings.grace_hours,
                    "atelier": atelier_context(atelier) if atelier is not None else None,
                },
            )
        return "missed"
    if row.step == DIGEST:
        if not digest.send_digest(session, env, row):
            row.state, row.done_at, row.note = StepState.SKIPPED, now, "niets te melden"
            return "skipped"
        mailing = None
    else:
        mailing = send_step(session, env, row)
    late = now - row.due_at
    row.state, row.done_at, row.mailing = StepState.SENT, now, mailing
    if late > timedelta(seconds=2 * settings.tick_seconds):
        row.note = f"{_duration(late)} na het geplande tijdstip verstuurd (de dienst lag stil)"
    log.info("step #%s (%s) sent%s", row.id, row.step, f"; {row.note}" if row.note else "")
    return "sent"


def _duration(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 120:
        return f"{minutes} minuten"
    hours = minutes // 60
    return f"{hours} uur" if hours < 48 else f"{hours // 24} dagen"


def mark_held(session: Session, now: datetime) -> int:
    """Ateliers whose end has passed are held (the follow-up marks it too; this covers one without)."""
    n = 0
    for atelier in session.scalars(
        select(Atelier).where(Atelier.state.in_([AtelierState.PLANNED, AtelierState.INVITED]), Atelier.ends_at < now)
    ):
        atelier.state, atelier.updated_at = AtelierState.HELD, now
        n += 1
    return n


# -- the tick and APScheduler ---------------------------------------------------------------------------------


class Scheduler:
    """One tick: lease, then housekeeping, then due steps. ``start`` runs it under APScheduler."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        env: ActEnv,
        clock: Clock,
        *,
        holder: str | None = None,
        on_enqueued: Callable[[], object] = lambda: None,
    ) -> None:
        self.factory = factory
        self.env = env
        self.clock = clock
        self.holder = holder or new_holder()
        self.on_enqueued = on_enqueued
        self._aps: BackgroundScheduler | None = None
        self._purged_at: datetime | None = None

    def tick(self) -> Done | None:
        """Returns what was done, or None when another process holds the lease."""
        settings = self.env.settings
        if not take_lease(self.factory, self.holder, self.clock, settings.scheduler.lease_seconds):
            log.debug("scheduler lease held by another process")
            return None
        with transaction(self.factory) as session:
            if not holds_lease(session, self.holder, self.clock()):
                return None
            now = self.clock()
            mark_held(session, now)
            if settings.scheduler.digest:
                digest.ensure_next(session, settings, now)
            mailed = reminders.remind_unconfirmed(session, self.env) + reminders.expire_pending(session, self.env)
        done = run_due(self.factory, self.env, self.clock, holder=self.holder)
        if done or mailed:
            self.on_enqueued()
        self._retention()
        return done

    def _retention(self) -> None:
        """Once a day, the retention periods of [privacy] (issue 16): what ``mailservice privacy purge`` does, in a
        transaction of its own, so that a failure here never undoes the tick's reminders or steps."""
        now = self.clock()
        if not self.env.settings.privacy.purge_daily or (
            self._purged_at is not None and timedelta(0) <= now - self._purged_at < timedelta(days=1)
        ):
            return
        self._purged_at = now
        try:
            with transaction(self.factory) as session:
                if not holds_lease(session, self.holder, now):
                    return
                todo = retention.plan(session, self.env)
                if todo.items:
                    done = retention.purge(session, self.env, audit.SERVICE, todo)
                    log.info("retention: %s", ", ".join(f"{n} {retention.KINDS[k]}" for k, n in done.items() if n))
        except Exception:  # tried again tomorrow; the plan is made afresh from the database
            log.exception("retention purge failed")

    def _safe_tick(self) -> None:
        try:
            self.tick()
        except Exception:  # the next tick tries again; the database still says what is due
            log.exception("scheduler tick failed")

    def start(self) -> None:
        from apscheduler.schedulers.background import BackgroundScheduler
        from apscheduler.triggers.interval import IntervalTrigger

        aps = BackgroundScheduler(timezone=UTC)
        # coalesce + max_instances=1: a slow tick is never run twice at once, and missed ticks collapse into one.
        aps.add_job(
            self._safe_tick,
            IntervalTrigger(seconds=self.env.settings.scheduler.tick_seconds),
            id="tick",
            next_run_time=datetime.now(UTC),
            coalesce=True,
            max_instances=1,
            misfire_grace_time=None,
        )
        aps.start()
        self._aps = aps
        log.info("scheduler started (tick every %ss, holder %s)", self.env.settings.scheduler.tick_seconds, self.holder)

    def shutdown(self) -> None:
        if self._aps is not None:
            self._aps.shutdown(wait=True)
            self._aps = None
        try:
            release_lease(self.factory, self.holder)
        except Exception:
            log.exception("could not release the scheduler lease; it expires by itself")


__all__ = ["Done", "Scheduler", "holds_lease", "release_lease", "run_due", "take_lease"]
