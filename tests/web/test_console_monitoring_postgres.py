"""The console's second half (issue 15) on PostgreSQL: the weekly counts (a CASE per week, count filters), the
bounce log's filters and CSV, and Verzending's queries give what they give on SQLite (tests/servers/postgres.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mailservice.app import App, build
from mailservice.store.db import transaction
from mailservice.store.models import BounceEvent, Member, MemberStatus
from mailservice.web.console import bounces, outbox
from tests.servers.postgres import cluster, fresh_database  # noqa: F401  (the session's cluster)
from tests.support import FakeClock, make_settings
from tests.web.test_console_monitoring import (  # noqa: F401  (collected here, on PostgreSQL)
    test_the_weekly_counts_are_those_of_each_row_by_hand,
)


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock, cluster: str) -> Iterator[App]:
    application = build(make_settings(tmp_path, database={"url": fresh_database(cluster, "console")}), clock=clock)
    assert application.engine.dialect.name == "postgresql"
    yield application
    application.close()


def test_the_bounce_log_filters_and_exports(app: App, clock: FakeClock) -> None:
    with transaction(app.factory) as session:
        for i, (address, organisation, severity) in enumerate(
            (
                ("a@duivenvoorde.nl", "Duivenvoorde", "hard"),
                ("b@buch.nl", "BUCH", "soft"),
                ("c@buch.nl", "BUCH", "hard"),
            )
        ):
            member = Member(
                email=address,
                organisation=organisation,
                status=MemberStatus.ACTIVE,
                role="member",
                created_at=clock(),
                updated_at=clock(),
            )
            session.add(member)
            session.flush()
            session.add(
                BounceEvent(
                    at=clock(),
                    kind="dsn",
                    member_id=member.id,
                    address=address,
                    status="5.1.1",
                    severity=severity,
                    attributed_by="verp" if i else "address",
                )
            )
    with app.factory() as session:
        assert bounces.events(session, {})[1] == 3
        assert bounces.events(session, {"soort": "hard", "organisatie": "buch"})[1] == 1
        assert bounces.events(session, {"adres": "DUIVEN", "van": "02-11-2026", "tot": "02-11-2026"})[1] == 1
        assert bounces.events(session, {"van": "03-11-2026"})[1] == 0
        assert bounces.export(session, {"soort": "soft"}).decode("utf-8-sig").count("\r\n") == 2
        assert outbox.gather(session)["mailings"] == []
