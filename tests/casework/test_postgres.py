"""The casework again on PostgreSQL (tests/servers/postgres.py): the erasure searches and rewrites every column of
every table with generic SQL, the retention plan compares binary lengths; both must hold on the server too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mailservice.app import App, build
from tests.casework.test_members_and_addresses import (  # noqa: F401  (collected here, on PostgreSQL)
    test_a_new_address_by_mail_moves_the_member_after_the_new_address_confirms,
    test_an_address_change_keeps_the_history_and_waits_for_the_new_address,
)
from tests.casework.test_privacy import (  # noqa: F401
    test_an_access_request_by_mail_is_answered_with_the_export,
    test_an_erasure_confirmed_by_the_member_leaves_nothing_of_her,
    test_erasure_keeps_other_people,
)
from tests.casework.test_retention import (
    PERIODS,
    test_the_purge_removes_exactly_what_the_dry_run_listed,  # noqa: F401
)
from tests.servers.postgres import cluster, fresh_database  # noqa: F401  (the session's cluster)
from tests.support import FakeClock, make_settings


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock, cluster: str) -> Iterator[App]:
    application = build(make_settings(tmp_path, database={"url": fresh_database(cluster, "casework")}), clock=clock)
    assert application.engine.dialect.name == "postgresql"
    yield application
    application.close()


@pytest.fixture
def short(tmp_path: Path, clock: FakeClock, cluster: str) -> Iterator[App]:
    settings = make_settings(tmp_path, database={"url": fresh_database(cluster, "retention")}, privacy=PERIODS)
    application = build(settings, clock=clock)
    yield application
    application.close()
