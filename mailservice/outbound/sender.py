"""The sender: drains due outbox rows through transports and records every outcome (issue 6).

Flow of one ``drain``: the main thread claims due rows (status ``sending``, committed) and queues them; one
thread per connection takes a row, adds what depends on the row and the moment (VERP return path,
X-Mailservice-Ref, DKIM signature) and hands it to its transport; the main thread commits results as they
come back, in small groups (a group is whatever arrived while the previous commit ran).

Crash safety, and why at most the messages in flight can go out twice: a row is ``sending`` from its claim
until its result is committed. On restart ``recover`` puts ``sending`` rows back in the queue. Of those,
the ones never handed to a server are simply sent once; the only ones that can arrive twice are those the
server accepted (final "." sent) while we had not yet committed "sent": one per connection in the middle
of DATA, plus the results of the current group commit (``outbound.commit_interval_ms``, 5 ms: at most a
few messages; 0 commits each group at once, at about half the throughput on a 2-core machine). SMTP cannot
tell us afterwards whether a message arrived (RFC 5321 has no "did you get it?"; RFC 1047 describes the same
window), so no design closes this window; keeping it a few messages wide is what we can do.
tests/outbound/test_kill.py measures it.

Failures: 4xx and network errors go to ``deferred`` with exponential backoff and jitter until the deadline;
5xx (and the deadline) to ``failed`` plus a bounce event of kind "sync" (STYLE.md habit 7). Mailings spend
an error budget on permanent failures in a row and pause when it is gone (see mailservice.outbound.mailings).
"""

from __future__ import annotations

import logging
import queue
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import BindParameter, Connection, CursorResult, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from mailservice import audit, backoff, tokens
from mailservice.clock import Clock
from mailservice.outbound import links
from mailservice.outbound.dkim import DkimSigner
from mailservice.outbound.outbox import Outbox
from mailservice.outbound.tags import Tagger
from mailservice.outbound.transports import (
    Envelope,
    PermanentFailure,
    TemporaryFailure,
    Transport,
)
from mailservice.settings import OutboundSettings
from mailservice.store.db import transaction, write_connection
from mailservice.store.models import (
    BounceEvent,
    Mailing,
    MailingState,
    OutboundMessage,
    OutboundStatus,
)

log = logging.getLogger(__name__)

RELEASED = "released"  # handed back unsent (stop, pause, route down): queued again, attempt not counted
_ENHANCED = re.compile(r"\b([245]\.\d{1,3}\.\d{1,3})\b")
_WAITING = (OutboundStatus.QUEUED, OutboundStatus.DEFERRED, OutboundStatus.SENDING)


# The bookkeeping runs once per group of results, often a few hundred times a second, on the thread that
# competes with the SMTP threads for the GIL: plain Core statements built once here, executed on a bare
# Connection (mailservice.store.db.write_connection), no ORM session or objects. Profiled: building an UPDATE per
# call and the session's commit cost more than the SMTP client itself.
# A declarative class's __table__ is typed FromClause (it could be mapped to a join or a select); ours are Tables.
_T = cast(Table, OutboundMessage.__table__)
_M = cast(Table, Mailing.__table__)
_IDS: BindParameter[int] = bindparam("ids", expanding=True)  # a list of ids, each compared as the id column
_BY_ID = _T.c.id == bindparam("_id")
_SENT = update(_T).where(_BY_ID).values(status=OutboundStatus.SENT, last_error=None)
_DEFERRED = update(_T).where(_BY_ID).values(status=OutboundStatus.DEFERRED)
_FAILED = update(_T).where(_BY_ID).values(status=OutboundStatus.FAILED)
_RELEASED = update(_T).where(_BY_ID).values(status=OutboundStatus.QUEUED)
_COUNT_SENT = (
    update(_M)
    .where(_M.c.id == bindparam("_mailing"))
    .values(sent_count=_M.c.sent_count + bindparam("_n"), failures_in_row=0)
)
_CLAIM = update(_T).where(_T.c.id.in_(_IDS)).values(status=OutboundStatus.SENDING, attempts=_T.c.attempts + 1)
_CLAIMED = select(
    _T.c.id, _T.c.to_addr, _T.c.created_at, _T.c.attempts, _T.c.member_id, _T.c.mailing_id, _T.c.raw
).where(_T.c.id.in_(_IDS))
_START = update(_M).where(_M.c.id.in_(_IDS), _M.c.state == MailingState.QUEUED).values(state=MailingState.SENDING)
_RUNNING = select(_M.c.id).where(_M.c.state.in_([MailingState.QUEUED, MailingState.SENDING])).order_by(_M.c.id)


def _due_query(of_mailing: bool) -> Any:
    """Due rows of one status, answers to people (no mailing) or one mailing, in ix_outbound_claim order.

    FOR UPDATE SKIP LOCKED: on PostgreSQL two senders (two service processes) claim at the same moment, and
    each must pass over the rows the other is claiming instead of taking them too (tests/outbound/
    test_postgres.py failed without it). SQLite has no row locks and needs none: BEGIN IMMEDIATE already lets
    one claim at a time; SQLAlchemy leaves the clause out there.
    """
    of_class = _T.c.mailing_id == bindparam("mailing") if of_mailing else _T.c.mailing_id.is_(None)
    return (
        select(_T.c.id)
        .where(_T.c.status == bindparam("status"), of_class, _T.c.next_attempt_at <= bindparam("now"))
        .order_by(_T.c.next_attempt_at, _T.c.id)
        .limit(bindparam("limit"))
        .with_for_update(skip_locked=True)
    )


_DUE_ANSWERS, _DUE_MAILING = _due_query(False), _due_query(True)


def masked(raw: bytes) -> tuple[bytes | None, bool]:
    """The stored copy of a finished mail without live secrets (issues 12 and 13): the member has the mail;
    anyone who reads the database or a backup later must not be able to confirm a sign-up or an address, unsubscribe
    a member or open their data page with it. (None when nothing changes, and whether a reference was masked:
    then the subject holds it too.) Worked out by the sending thread, outside the write lock."""
    links_masked = links.mask_raw(raw)
    both = tokens.mask_raw(links_masked)
    return (both if both != raw else None), both != links_masked


_MASK_RAW = update(_T).where(_BY_ID).values(raw=bindparam("raw"))


def _mask_subjects(conn: Connection, ids: list[int]) -> None:
    """Rows whose reference was masked in the body: their subject ("[ref:AF-...]") is masked too."""
    for row_id, subject in conn.execute(select(_T.c.id, _T.c.subject).where(_T.c.id.in_(ids))).all():
        conn.execute(update(_T).where(_T.c.id == row_id).values(subject=tokens.mask(subject)))


@dataclass(frozen=True, slots=True)
class Job:
    envelope: Envelope
    raw: bytes


@dataclass(frozen=True, slots=True)
class Result:
    envelope: Envelope
    status: str  # sent, deferred, failed or released
    reply: str
    connect: bool = False  # the route is down (no session could be opened)
    route: str | None = None  # where a sent message went (Transport.route)
    masked: bytes | None = None  # the stored copy without live secrets, once the mail is finished (``masked``)
    reference: bool = False  # a confirmation reference was among them (the subject holds it too)


@dataclass(frozen=True, slots=True)
class Policy:
    connections: int = 1
    batch_size: int = 100
    rate_per_minute: int = 0
    rate_per_day: int = 0
    retry_base: float = 60.0
    retry_max: float = 3600.0
    retry_deadline: timedelta = timedelta(days=3)
    error_budget: int = 20
    commit_interval: float = 0.005

    @classmethod
    def from_settings(cls, s: OutboundSettings) -> Policy:
        return cls(
            connections=s.connections,
            batch_size=s.batch_size,
            rate_per_minute=s.rate_per_minute,
            rate_per_day=s.rate_per_day,
            retry_base=s.retry_base_seconds,
            retry_max=s.retry_max_seconds,
            retry_deadline=timedelta(hours=s.retry_deadline_hours),
            error_budget=s.error_budget,
            commit_interval=s.commit_interval_ms / 1000,
        )


def smtp_status(reply: str) -> str:
    """The RFC 3463 status of a reply: its enhanced code, else one derived from the basic code."""
    if match := _ENHANCED.search(reply):
        return match.group(1)
    code = reply[:1]
    return f"{code}.0.0" if code in "45" and code else "4.0.0"


class Sender:
    def __init__(
        self,
        factory: sessionmaker[Session],
        transport_factory: Callable[[], Transport],
        clock: Clock,
        *,
        tagger: Tagger,
        outbox: Outbox,
        secretariat: str,
        policy: Policy = Policy(),
        signer: DkimSigner | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.factory = factory
        self.transport_factory = transport_factory
        self.clock = clock
        self.tagger = tagger
        self.outbox = outbox
        self.secretariat = secretariat
        self.policy = policy
        self.signer = signer
        self.rng = rng or random.Random()

    # -- start-up --------------------------------------------------------------------------------------
    def recover(self) -> int:
        """Requeue rows a crash left in ``sending`` (see the module docstring for what that can duplicate)."""
        with transaction(self.factory) as session:
            result = cast(  # an UPDATE gives a CursorResult; Session.execute is typed for any statement
                CursorResult[Any],
                session.execute(
                    update(OutboundMessage)
                    .where(OutboundMessage.status == OutboundStatus.SENDING)
                    .values(status=OutboundStatus.QUEUED)
                ),
            )
            count = result.rowcount or 0
        if count:
            log.warning("requeued %d outgoing message(s) left in flight by an earlier stop", count)
        return count

    # -- what goes on the wire ------------------------------------------------------------------------
    def envelope_from(self, envelope: Envelope) -> str:
        return self.tagger.return_path(envelope.id, envelope.member_id)

    def wire_bytes(self, job: Job) -> bytes:
        token = self.tagger.verp_token(job.envelope.id, job.envelope.member_id)
        data = f"X-Mailservice-Ref: {token}\r\n".encode() + job.raw
        return self.signer.sign(data) if self.signer is not None else data

    def _deliver(self, transport: Transport, job: Job) -> Result:
        env = job.envelope
        try:
            reply = transport.deliver(env, self.envelope_from(env), self.wire_bytes(job))
            return Result(env, OutboundStatus.SENT, reply, route=transport.route, masked=(m := masked(job.raw))[0],
                          reference=m[1])  # fmt: skip
        except TemporaryFailure as exc:  # (masked too: past the retry deadline a deferral is final)
            copy, reference = masked(job.raw)
            return Result(env, OutboundStatus.DEFERRED, str(exc), connect=exc.connect, masked=copy, reference=reference)
        except PermanentFailure as exc:
            copy, reference = masked(job.raw)
            return Result(env, OutboundStatus.FAILED, str(exc), masked=copy, reference=reference)
        except Exception as exc:  # a bug or an odd server must cost one retry, never the worker thread
            log.exception("outbox #%s: unexpected error while sending", env.id)
            return Result(env, OutboundStatus.DEFERRED, f"interne fout: {exc!r}")

    # -- drain -------------------------------------------------------------------------------------------
    def drain(self, stop: Callable[[], bool] | None = None) -> int:
        """Send everything that is due (within the rate limits); returns the number of results recorded."""
        should_stop = stop or (lambda: False)
        n = self.policy.connections
        jobs: queue.Queue[Job | None] = queue.Queue()
        results: queue.Queue[Result] = queue.Queue()
        halt = threading.Event()  # set: workers hand back what they still hold, unsent
        paused: set[int] = set()  # mailings paused during this drain
        workers = [
            threading.Thread(target=self._work, args=(jobs, results, halt, paused), name=f"sender-{i}", daemon=True)
            for i in range(n)
        ]
        for worker in workers:
            worker.start()
        pending = total = 0
        claiming = True
        last_commit = 0.0
        # One connection for this drain's claims and results: a pool checkout per group commit costs as much
        # as the statements themselves.
        conn = self.factory.kw["bind"].connect()
        try:
            while True:
                if not halt.is_set() and should_stop():
                    halt.set()  # what is claimed but not yet sent goes back to the queue
                if halt.is_set():
                    claiming = False
                # Keep a little more queued than the connections can take, no more: what is claimed but not
                # sent costs nothing at a crash (requeued), but it is held back from other senders.
                if claiming and pending <= 2 * n:
                    limit = min(self.policy.batch_size, self._allowance(pending))
                    claimed = self._claim(limit, conn=conn) if limit > 0 else []
                    if len(claimed) < limit:
                        # Nothing more is due now: no second, empty claim (a write transaction) before we finish.
                        # Rows queued meanwhile wake the sender again (Service.sender.wake).
                        claiming = False
                    for job in claimed:
                        jobs.put(job)
                    pending += len(claimed)
                if pending == 0:
                    break
                try:
                    group = [results.get(timeout=0.5)]
                except queue.Empty:
                    continue
                # Group commit: gather what arrives until ``commit_interval`` has passed since the last commit
                # (or everything is back). Each commit costs an fsync; the interval bounds both that cost and
                # the results a kill can catch unrecorded (see the module docstring).
                wait_until = last_commit + self.policy.commit_interval
                while len(group) < pending:
                    try:
                        group.append(results.get(timeout=max(0.0, wait_until - time.monotonic())))
                    except queue.Empty:
                        break
                pending -= len(group)
                total += len(group)
                if any(r.connect for r in group):
                    claiming = False  # the route is down: hand back the rest, try again on the next tick
                    halt.set()
                self._record(group, paused, conn)
                last_commit = time.monotonic()
        except BaseException:
            halt.set()
            raise
        finally:
            for _ in workers:
                jobs.put(None)
            for worker in workers:
                worker.join()
            conn.close()
        return total

    def _work(
        self, jobs: queue.Queue[Job | None], results: queue.Queue[Result], halt: threading.Event, paused: set[int]
    ) -> None:
        transport: Transport | None = None
        try:
            while (job := jobs.get()) is not None:
                if halt.is_set() or job.envelope.mailing_id in paused:
                    results.put(Result(job.envelope, RELEASED, ""))
                    continue
                if transport is None:
                    try:
                        transport = self.transport_factory()
                    except Exception as exc:  # e.g. an unwritable Maildir: a result all the same, never a hang
                        log.exception("cannot open the outgoing route")
                        halt.set()
                        results.put(Result(job.envelope, OutboundStatus.DEFERRED, f"route: {exc}", connect=True))
                        continue
                result = self._deliver(transport, job)
                if result.connect:
                    halt.set()  # no session to be had: the other threads hand back their rows untried
                results.put(result)
        finally:
            if transport is not None:
                transport.close()

    def send_now(self, row_id: int) -> Result | None:
        """Send one queued row at once, outside the rate limits (``mailservice send-test``)."""
        jobs = self._claim(1, only=row_id)
        if not jobs:
            return None
        transport = self.transport_factory()
        try:
            result = self._deliver(transport, jobs[0])
        finally:
            transport.close()
        self._record([result], set())
        return result

    # -- claiming ------------------------------------------------------------------------------------------
    def _allowance(self, pending: int) -> int:
        """How many more messages the rate limits allow now (messages in flight count as sent)."""
        p = self.policy
        if not p.rate_per_minute and not p.rate_per_day:
            return p.batch_size
        now = self.clock()
        allowed = p.batch_size + pending
        with self.factory() as session:
            for limit, window in ((p.rate_per_minute, timedelta(minutes=1)), (p.rate_per_day, timedelta(days=1))):
                if limit:
                    sent = (
                        session.scalar(
                            select(func.count())
                            .select_from(OutboundMessage)
                            # Bounded above: rows a test clock dated ahead must not count as sent within
                            # the last minute for weeks (issue 19, item 6).
                            .where(OutboundMessage.sent_at > now - window, OutboundMessage.sent_at <= now)
                        )
                        or 0
                    )
                    allowed = min(allowed, limit - sent)
        return allowed - pending

    def _claim(self, limit: int, only: int | None = None, conn: Connection | None = None) -> list[Job]:
        now = self.clock()
        with write_connection(self.factory, conn) as conn:
            if only is not None:
                ids = list(
                    conn.scalars(
                        select(_T.c.id)
                        .where(_T.c.id == only, _T.c.status.in_([OutboundStatus.QUEUED, OutboundStatus.DEFERRED]))
                        .with_for_update(skip_locked=True)
                    )
                )
            else:
                ids = self._due(conn, limit, now)
            if not ids:
                return []
            conn.execute(_CLAIM, {"ids": ids})
            rows = conn.execute(_CLAIMED, {"ids": ids}).all()
            mailing_ids = {r.mailing_id for r in rows if r.mailing_id is not None}
            if mailing_ids:
                conn.execute(_START, {"ids": list(mailing_ids)})
        order = {row_id: i for i, row_id in enumerate(ids)}
        jobs = [
            Job(Envelope(r.id, r.to_addr, r.created_at, r.attempts, r.member_id, r.mailing_id), r.raw) for r in rows
        ]
        return sorted(jobs, key=lambda j: order[j.envelope.id])

    def _due(self, conn: Connection, limit: int, now: datetime) -> list[int]:
        """Due rows: answers to people first, then each running mailing in turn; retries before first tries.

        One indexed query per (class, status) in ix_outbound_claim order, so a confirmation never waits
        behind a 100,000-member mailing and no claim sorts the whole queue.
        """
        ids: list[int] = []
        for mailing_id in [None, *conn.scalars(_RUNNING)]:
            found = 0
            for status in (OutboundStatus.DEFERRED, OutboundStatus.QUEUED):
                if len(ids) >= limit:
                    return ids
                params = {"status": status, "now": now, "limit": limit - len(ids), "mailing": mailing_id}
                batch = list(conn.scalars(_DUE_ANSWERS if mailing_id is None else _DUE_MAILING, params))
                found += len(batch)
                ids += batch
            if mailing_id is not None and not found:
                self._maybe_finish(conn, mailing_id, now)
        return ids

    @staticmethod
    def _maybe_finish(conn: Connection, mailing_id: int, now: datetime) -> None:
        left = conn.scalar(select(_T.c.id).where(_T.c.mailing_id == mailing_id, _T.c.status.in_(_WAITING)).limit(1))
        if left is None:
            conn.execute(update(_M).where(_M.c.id == mailing_id).values(state=MailingState.DONE, finished_at=now))

    # -- recording --------------------------------------------------------------------------------------
    def _backoff(self, attempts: int) -> float:
        # After an outage the deferred messages come back spread out, not all at once (mailservice.backoff).
        return backoff.delay(attempts - 1, self.policy.retry_base, self.policy.retry_max, self.rng)

    def _record(self, group: list[Result], paused: set[int], conn: Connection | None = None) -> None:
        now = self.clock()
        sent: list[dict[str, Any]] = []
        deferred: list[dict[str, Any]] = []
        failed: list[dict[str, Any]] = []
        released: list[dict[str, Any]] = []
        bounces: list[dict[str, Any]] = []
        outcome: list[tuple[int, bool]] = []  # (mailing id, success) in order, for the error budget
        masks: list[dict[str, Any]] = []  # finished rows whose stored copy loses its live secrets
        references: list[int] = []  # ... and whose subject too
        for r in group:
            env = r.envelope
            status, reply = r.status, r.reply
            if status == OutboundStatus.DEFERRED and now - env.created_at >= self.policy.retry_deadline:
                status = OutboundStatus.FAILED
                reply = f"opgegeven na {env.attempts} pogingen: {reply}"
            if status in (OutboundStatus.SENT, OutboundStatus.FAILED) and r.masked is not None:
                masks.append({"_id": env.id, "raw": r.masked})
                if r.reference:
                    references.append(env.id)
            if status == OutboundStatus.SENT:
                sent.append({"_id": env.id, "sent_at": now, "server_reply": reply, "route": r.route})
            elif status == RELEASED:
                released.append({"_id": env.id, "attempts": env.attempts - 1})
                continue
            elif status == OutboundStatus.DEFERRED:
                deferred.append(
                    {
                        "_id": env.id,
                        "last_error": reply,
                        "next_attempt_at": now + timedelta(seconds=self._backoff(env.attempts)),
                    }
                )
                continue  # a retry is not a verdict: it neither spends nor restores the error budget
            else:
                failed.append({"_id": env.id, "last_error": reply})
                bounces.append(
                    {
                        "at": now,
                        "kind": "sync",
                        "member_id": env.member_id,
                        "address": env.to_addr,
                        "outbound_id": env.id,
                        "inbound_id": None,
                        "status": smtp_status(reply),
                        "diagnostic": f"smtp; {reply}",
                    }
                )
                log.warning("outbox #%s to %s failed: %s", env.id, env.to_addr, reply)
            if env.mailing_id is not None:
                outcome.append((env.mailing_id, status == OutboundStatus.SENT))
        with write_connection(self.factory, conn) as conn:
            for statement, rows in ((_SENT, sent), (_DEFERRED, deferred), (_FAILED, failed), (_RELEASED, released)):
                if rows:
                    conn.execute(statement, rows)  # one executemany per kind of outcome
            if bounces:
                conn.execute(insert(cast(Table, BounceEvent.__table__)), bounces)
            if masks:
                conn.execute(_MASK_RAW, masks)
            if references:
                _mask_subjects(conn, references)
            if outcome and all(ok for _, ok in outcome):  # the usual case: counters only, no objects loaded
                per_mailing = Counter(mailing_id for mailing_id, _ in outcome)
                conn.execute(_COUNT_SENT, [{"_mailing": m, "_n": n} for m, n in per_mailing.items()])
            elif outcome:
                # Failures: the error budget may pause a mailing and tell the secretariat through the outbox,
                # ORM work in this same transaction (the session joins the connection's transaction).
                with Session(bind=conn) as session:
                    self._spend_budget(session, outcome, paused)
                    session.flush()

    def _spend_budget(self, session: Session, outcome: list[tuple[int, bool]], paused: set[int]) -> None:
        mailings = {m.id: m for m in session.scalars(select(Mailing).where(Mailing.id.in_({m for m, _ in outcome})))}
        for mailing_id, ok in outcome:
            mailing = mailings[mailing_id]
            if ok:
                mailing.sent_count += 1
                mailing.failures_in_row = 0
                continue
            mailing.failed_count += 1
            mailing.failures_in_row += 1
            if mailing.failures_in_row >= self.policy.error_budget and mailing.state in (
                MailingState.QUEUED,
                MailingState.SENDING,
            ):
                self._pause(session, mailing)
                paused.add(mailing_id)

    def _pause(self, session: Session, mailing: Mailing) -> None:
        last = session.scalar(
            select(OutboundMessage.last_error)
            .where(OutboundMessage.mailing_id == mailing.id, OutboundMessage.status == OutboundStatus.FAILED)
            .order_by(OutboundMessage.id.desc())
            .limit(1)
        )
        mailing.state = MailingState.PAUSED
        mailing.paused_reason = f"{mailing.failures_in_row} mislukte verzendingen op rij; laatste: {last}"
        log.error("mailing #%s paused: %s", mailing.id, mailing.paused_reason)
        audit.record(
            session,
            audit.SERVICE,
            "mailing",
            f"mailing {mailing.id} stilgezet",
            at=self.clock(),
            detail=mailing.paused_reason,
        )
        waiting = session.scalar(
            select(func.count())
            .select_from(OutboundMessage)
            .where(OutboundMessage.mailing_id == mailing.id, OutboundMessage.status.in_(_WAITING))
        )
        # Through the outbox, in this same transaction: the pause and the message about it are one fact.
        self.outbox.add(
            session,
            "mailing_gepauzeerd",
            to=self.secretariat,
            auto_submitted="auto-generated",
            context=self.outbox.common_context()
            | {
                "mailing_id": mailing.id,
                "mailing_subject": mailing.subject or mailing.purpose,
                "failures": mailing.failures_in_row,
                "last_error": last or "",
                "sent": mailing.sent_count,
                "failed": mailing.failed_count,
                "waiting": waiting or 0,
                "total": mailing.total,
            },
        )
