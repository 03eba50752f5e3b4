"""The scheduler's promises again, on PostgreSQL 15: the lease is a conditional UPDATE and the step a row taken
FOR UPDATE, which PostgreSQL serialises with row locks where SQLite has one write lock (mailservice/scheduler.py).

A private throw-away cluster on loopback (../shared/docs/SERVERS.md), one fresh database per test; the tests
are test_scheduler.py's own, imported so that both databases run the same assertions. Skipped with a reason
when the server package (scripts/debian-packages.txt) or psycopg is missing.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
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
from tests.servers import free_port
from tests.support import FakeClock

def _server_bin() -> Path:
    """Debian's PostgreSQL server programs, whichever major version the distribution ships."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


BIN = _server_bin()
_numbers = itertools.count(1)


def _as_server_user(args: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root (CI runs as root): then as the package's postgres user.
    if os.geteuid() != 0:
        return args
    return ["su", "postgres", "-c", " ".join(f"'{a}'" for a in args)]


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    # No skip: psycopg is a declared dependency and `make test` installs the server (scripts/debian-packages.txt);
    # a missing one is a broken set-up, to be seen, not a test to pass over.
    assert (BIN / "initdb").exists(), f"PostgreSQL server not installed ({BIN}): run scripts/install-system-packages"
    base = Path(tempfile.mkdtemp(prefix="mailservice-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    port = free_port()
    data = base / "pg"
    subprocess.run(_as_server_user([str(BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]),
                   check=True, capture_output=True)
    # fsync off: a throw-away cluster; what is tested is locking, not durability.
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(_as_server_user([str(BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "pg.log"),
                                    "-w", "start"]), check=True, capture_output=True)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        subprocess.run(_as_server_user([str(BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(autouse=True)
def on_postgres(cluster: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's apps (helpers.make_app) on a fresh database of the cluster."""
    import psycopg

    name = f"sched_{next(_numbers)}"
    with psycopg.connect(f"postgresql://postgres@{cluster}/postgres", autocommit=True) as conn:
        conn.execute(f"create database {name}")
    url = f"postgresql+psycopg://postgres@{cluster}/{name}"
    original = helpers.make_settings

    def make_settings(tmp: Path, **sections: dict):  # type: ignore[no-untyped-def]
        sections["database"] = {"url": url, **sections.get("database", {})}
        return original(tmp, **sections)

    monkeypatch.setattr(helpers, "make_settings", make_settings)


def test_these_apps_run_on_postgres(tmp_path: Path) -> None:
    app = helpers.make_app(tmp_path, FakeClock())
    assert app.engine.dialect.name == "postgresql"
    app.close()
