"""The scheduler's promises again, on PostgreSQL 15: the lease is a conditional UPDATE and the step a row taken
FOR UPDATE, which PostgreSQL serialises with row locks where SQLite has one write lock (mailservice/jobs/scheduler.py).

A private throw-away cluster on loopback (../shared/docs/SERVERS.md), one fresh database per test; the tests
are test_scheduler.py's own, imported so that both databases run the same assertions. Skipped with a reason
when the server package (scripts/debian-packages.txt) or psycopg is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ateliers import helpers
from tests.ateliers.test_scheduler import (  # noqa: F401  (collected here, on PostgreSQL)
    test_a_reminder_is_not_sent_once_the_atelier_has_begun,
    test_cancellation_sends_method_cancel_with_the_same_uid,
    test_lease_passes_on_when_its_holder_dies,
    test_started_beyond_grace_marks_missed_and_tells_the_secretariat,
    test_stopped_before_the_send_time_started_within_grace_sends_late_once,
    test_two_schedulers_at_once_send_each_step_once,
)
from tests.servers.postgres import cluster, fresh_database  # noqa: F401  (the session's cluster)
from tests.support import FakeClock


@pytest.fixture(autouse=True)
def on_postgres(cluster: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's apps (helpers.make_app) on a fresh database of the cluster."""
    url = fresh_database(cluster, "sched")
    original = helpers.make_settings

    def make_settings(tmp: Path, **sections: dict):  # type: ignore[no-untyped-def]
        sections["database"] = {"url": url, **sections.get("database", {})}
        return original(tmp, **sections)

    monkeypatch.setattr(helpers, "make_settings", make_settings)


def test_these_apps_run_on_postgres(tmp_path: Path) -> None:
    app = helpers.make_app(tmp_path, FakeClock())
    assert app.engine.dialect.name == "postgresql"
    app.close()
