"""The sender: drains due outbox rows through a transport and records every outcome.

A row is claimed (``sending``) and committed before the transport sees it, and marked ``sent`` right
after. A crash between the two leaves the row ``sending``; ``recover`` requeues it at start-up. So nothing
queued is lost, and the only mail that can go out twice is what was in flight at the moment of a crash:
the Maildir transport is idempotent per row (zero duplicates); over SMTP the server may have accepted the
message without our recording it, and no protocol lets us ask (RFC 5321 has no "did you get it?").
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from mailservice.clock import Clock
from mailservice.db import transaction
from mailservice.models import OutboundMessage, OutboundStatus
from mailservice.transports import PermanentFailure, TemporaryFailure, Transport

log = logging.getLogger(__name__)


@dataclass
class Sender:
    factory: sessionmaker[Session]
    transport: Transport
    clock: Clock
    domain: str
    batch_size: int = 100
    retry_deadline: timedelta = timedelta(days=3)

    def envelope_from(self, row: OutboundMessage) -> str:
        # VERP (https://cr.yp.to/proto/verp.txt): a bounce names the row it belongs to.
        return f"bounces+{row.id}@{self.domain}"

    def recover(self) -> int:
        """Requeue rows a crash left in ``sending``."""
        with transaction(self.factory) as session:
            result = session.execute(
                update(OutboundMessage)
                .where(OutboundMessage.status == OutboundStatus.SENDING)
                .values(status=OutboundStatus.QUEUED)
            )
            count = result.rowcount or 0
        if count:
            log.warning("requeued %d outgoing message(s) left in flight by an earlier stop", count)
        return count

    def _claim(self) -> list[OutboundMessage]:
        now = self.clock()
        with transaction(self.factory) as session:
            rows = list(
                session.scalars(
                    select(OutboundMessage)
                    .where(
                        OutboundMessage.status.in_([OutboundStatus.QUEUED, OutboundStatus.DEFERRED]),
                        OutboundMessage.next_attempt_at <= now,
                    )
                    .order_by(OutboundMessage.next_attempt_at, OutboundMessage.id)
                    .limit(self.batch_size)
                )
            )
            for row in rows:
                row.status = OutboundStatus.SENDING
                row.attempts += 1
        return rows

    def drain(self) -> int:
        """Send everything that is due; returns the number of rows that reached a final or deferred state."""
        total = 0
        while rows := self._claim():
            results: list[tuple[int, OutboundStatus, str]] = []
            try:
                for row in rows:
                    results.append(self._deliver(row))
            finally:
                self._record(rows, results)
                self.transport.close()
            total += len(results)
            if any(status == OutboundStatus.DEFERRED for _, status, _ in results):
                break  # the route is unwell: leave the rest for the next tick
        return total

    def _deliver(self, row: OutboundMessage) -> tuple[int, OutboundStatus, str]:
        try:
            reply = self.transport.deliver(row, self.envelope_from(row))
            return row.id, OutboundStatus.SENT, reply
        except TemporaryFailure as exc:
            return row.id, OutboundStatus.DEFERRED, str(exc)
        except PermanentFailure as exc:
            return row.id, OutboundStatus.FAILED, str(exc)

    def _record(self, rows: list[OutboundMessage], results: list[tuple[int, OutboundStatus, str]]) -> None:
        now = self.clock()
        by_id = {row.id: row for row in rows}
        with transaction(self.factory) as session:
            for row_id, status, reply in results:
                row = session.get(OutboundMessage, row_id)
                if row is None:
                    continue
                if status == OutboundStatus.SENT:
                    row.status, row.sent_at, row.server_reply, row.last_error = status, now, reply, None
                elif status == OutboundStatus.FAILED:
                    row.status, row.last_error = status, reply
                    log.warning("outbox #%s to %s failed: %s", row.id, row.to_addr, reply)
                else:
                    attempts = by_id[row_id].attempts
                    if now - row.created_at > self.retry_deadline:
                        row.status, row.last_error = OutboundStatus.FAILED, f"opgegeven na {attempts} pogingen: {reply}"
                    else:
                        # Exponential backoff with full jitter, capped at an hour.
                        delay = min(3600.0, 30.0 * 2 ** min(attempts, 10)) * random.uniform(0.5, 1.0)
                        row.status, row.last_error = OutboundStatus.DEFERRED, reply
                        row.next_attempt_at = now + timedelta(seconds=delay)
            # Claimed rows we did not get to (an exception mid-batch) go back to the queue.
            done = {row_id for row_id, _, _ in results}
            for row in rows:
                if row.id not in done:
                    fresh = session.get(OutboundMessage, row.id)
                    if fresh is not None and fresh.status == OutboundStatus.SENDING:
                        fresh.status = OutboundStatus.QUEUED
