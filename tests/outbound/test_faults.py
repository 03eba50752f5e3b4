"""A mailing to 2,000 members through a sink that misbehaves ends with exactly one copy per member (issue 6)."""

from __future__ import annotations

import threading
import time

from sqlalchemy import func, select

from mailservice.store.models import (
    Mailing,
    MailingState,
    OutboundMessage,
    OutboundStatus,
)
from tests.outbound.conftest import add_members, drain_until_done, enqueue
from tests.outbound.sink import Faults, Sink, SinkHandler

MEMBERS = 2000


def test_every_member_gets_exactly_one_copy_despite_faults(smtp_app) -> None:  # type: ignore[no-untyped-def]
    # Drops every connection after 37 messages, 5% 451 at RCPT, 3% 421 after DATA (not accepted), and goes away
    # for 1.5 s once a quarter of the mailing is through.
    handler = SinkHandler(keep=False, faults=Faults(drop_after=37, p451_rcpt=0.05, p421_data=0.03))
    sink = Sink(handler).start()
    try:
        app = smtp_app(
            sink.port,
            outbound={
                "connections": 4,
                "batch_size": 50,
                "retry_base_seconds": 0.2,
                "retry_max_seconds": 1.0,
                "error_budget": 1000,
            },
        )
        add_members(app, MEMBERS)
        mailing_id = enqueue(app)
        outage: list[threading.Thread] = []

        def watch() -> None:
            while sum(handler.count.values()) < MEMBERS // 4:
                time.sleep(0.01)
            outage.append(sink.down_for(1.5))

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        rounds = drain_until_done(app, timeout=150)
        watcher.join(5)
        assert outage, "the outage never happened"
        outage[0].join(10)
    finally:
        sink.stop()
    counts = handler.count
    assert len(counts) == MEMBERS and set(counts.values()) == {1}, sink.duplicates
    with app.factory() as session:
        statuses = dict(
            session.execute(select(OutboundMessage.status, func.count()).group_by(OutboundMessage.status)).all()
        )
        retried = session.scalar(select(func.count()).select_from(OutboundMessage).where(OutboundMessage.attempts > 1))
        mailing = session.get(Mailing, mailing_id)
    assert statuses == {OutboundStatus.SENT: MEMBERS}
    assert retried and retried > 100  # the faults did hit
    assert mailing is not None and mailing.sent_count == MEMBERS
    print(f"\nfault sink: {MEMBERS} members, {retried} needed a retry, {rounds} drain rounds, 0 duplicates")
    app.sender.drain()
    with app.factory() as session:
        assert session.get(Mailing, mailing_id).state == MailingState.DONE  # type: ignore[union-attr]
