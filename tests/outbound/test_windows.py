"""Issue 19, item 6: a window over past sending has two ends. Rows a rehearsal with the test clock dated a year
ahead must not count as "sent in the last minute" (the rate limits) or "answered in the last 24 hours" (the
per-address answer limits) for real sending now."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from mailservice.app import App
from mailservice.outbound.outbox import LIMIT_REACHED
from mailservice.store.db import transaction
from mailservice.store.models import OutboundMessage, OutboundStatus
from tests.outbound.conftest import add_members, enqueue
from tests.outbound.sink import Sink
from tests.support import FakeClock, deliver, mail


def _rehearsal_ahead(app: App, clock: FakeClock, days: int = 400) -> None:
    """What a rehearsal leaves: every row so far dated ``days`` ahead of the real time."""
    later = clock.now + timedelta(days=days)
    with transaction(app.factory) as session:
        session.execute(update(OutboundMessage).values(created_at=later, sent_at=later))


def test_rows_dated_ahead_do_not_throttle_real_sending(sink: Sink, smtp_app) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    app = smtp_app(sink.port, clock=clock, outbound={"rate_per_minute": 4, "rate_per_day": 10})
    add_members(app, 10)
    enqueue(app)
    app.sender.drain()
    clock.advance(seconds=61)
    app.sender.drain()
    assert sum(sink.handler.count.values()) == 8
    _rehearsal_ahead(app, clock)  # the 8 sent now lie a year ahead
    enqueue(app)
    clock.advance(seconds=61)
    app.sender.drain()
    assert sum(sink.handler.count.values()) == 12  # 4 a minute, as if the rehearsal never happened


def test_answers_dated_ahead_do_not_fill_the_answer_limits(app: App, clock: FakeClock) -> None:
    limit = app.settings.outbound.confirmations_per_day
    for _ in range(limit):
        deliver(app, mail(body="Graag meld ik mij aan."))
    _rehearsal_ahead(app, clock)
    deliver(app, mail(body="Graag meld ik mij aan."))
    with app.factory() as session:
        last = session.scalars(select(OutboundMessage).order_by(OutboundMessage.id.desc())).first()
        assert last is not None and last.purpose == "bevestiging_aanmelding"
        assert last.status != OutboundStatus.CANCELLED, last.last_error
        assert not (last.last_error or "").startswith(LIMIT_REACHED)
