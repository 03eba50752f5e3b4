"""Issue 19, item 6: a sent row names the route it took, so the test clock can refuse a database whose mail left."""

from __future__ import annotations

from sqlalchemy import select

from mailservice.store.db import transaction
from mailservice.store.models import OutboundMessage, OutboundStatus
from tests.outbound.sink import Sink


def test_smtp_rows_name_the_server(sink: Sink, smtp_app) -> None:  # type: ignore[no-untyped-def]
    app = smtp_app(sink.port)
    with transaction(app.factory) as session:
        app.outbox.add(session, "welkom", to="a@gemeente-a.nl", context=app.outbox.common_context() | {"name": None})
    app.sender.drain()
    with app.factory() as session:
        row = session.scalars(select(OutboundMessage)).one()
        assert (row.status, row.route) == (OutboundStatus.SENT, f"smtp://127.0.0.1:{sink.port}")
