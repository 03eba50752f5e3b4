"""The sender on PostgreSQL: claims, results, the error budget and the render workers, against a real aiosmtpd
sink. On SQLite one write lock serialises claims; on PostgreSQL two senders claim at the same moment, and
FOR UPDATE SKIP LOCKED is what keeps them off each other's rows (mailservice/outbound/sender.py)."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from mailservice.store.models import (
    Mailing,
    MailingState,
    OutboundMessage,
    OutboundStatus,
)
from tests.outbound.conftest import add_members, drain_until_done, enqueue
from tests.outbound.sink import Sink, SinkHandler
from tests.servers.postgres import cluster, fresh_database  # noqa: F401  (the session's cluster)


def test_two_senders_at_once_send_each_member_one_copy(cluster: str, sink: Sink, smtp_app) -> None:  # type: ignore[no-untyped-def]
    database = {"url": fresh_database(cluster, "sender")}
    first = smtp_app(
        sink.port,
        database=database,
        outbound={"connections": 3, "batch_size": 20, "render_workers": 1, "render_pool_from": 50},
    )  # the render workers on PostgreSQL too
    second = smtp_app(sink.port, database=database, outbound={"connections": 3, "batch_size": 20})
    assert first.engine.dialect.name == "postgresql"
    add_members(first, 400)
    mailing_id = enqueue(first)
    threads = [threading.Thread(target=drain_until_done, args=(app,)) for app in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    counts = sink.handler.count
    assert len(counts) == 400 and set(counts.values()) == {1}, [a for a, n in counts.items() if n > 1][:5]
    with first.factory() as session:
        mailing = session.get(Mailing, mailing_id)
        assert mailing is not None and mailing.sent_count == 400
        assert (
            session.scalar(
                select(func.count()).select_from(OutboundMessage).where(OutboundMessage.status == OutboundStatus.SENT)
            )
            == 400
        )
    drain_until_done(first)  # the next claim finds nothing due and closes the mailing
    with first.factory() as session:
        assert session.get(Mailing, mailing_id).state == MailingState.DONE  # type: ignore[union-attr]


def test_the_error_budget_pauses_a_mailing_on_postgres(cluster: str, smtp_app) -> None:  # type: ignore[no-untyped-def]
    refusing = Sink(SinkHandler(reject_all="550 5.7.1 Afgewezen door beleid")).start()
    try:
        app = smtp_app(refusing.port, database={"url": fresh_database(cluster, "sender")}, outbound={"error_budget": 5})
        add_members(app, 30)
        mailing_id = enqueue(app)
        app.sender.drain()
        with app.factory() as session:
            mailing = session.get(Mailing, mailing_id)
            assert mailing is not None and mailing.state == MailingState.PAUSED
            assert "5 mislukte verzendingen op rij" in (mailing.paused_reason or "")
            notice = session.scalars(
                select(OutboundMessage).where(OutboundMessage.purpose == "mailing_gepauzeerd")
            ).one()
            assert notice.to_addr == app.settings.service.secretariat
    finally:
        refusing.stop()
