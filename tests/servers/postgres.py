"""A private, throw-away PostgreSQL cluster on loopback (../shared/docs/SERVERS.md), for the tests that run
the service's promises on PostgreSQL as well as SQLite: the scheduler's lease, the sender's claims.

``cluster`` (one per test session) gives "127.0.0.1:port"; ``fresh_database(cluster)`` a new, empty
database's SQLAlchemy URL.
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

from tests.servers import free_port


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


@pytest.fixture(scope="session")
def cluster() -> Iterator[str]:
    # No skip: psycopg is a declared dependency and `make test` installs the server (scripts/debian-packages.txt);
    # a missing one is a broken set-up, to be seen, not a test to pass over.
    assert (BIN / "initdb").exists(), f"PostgreSQL server not installed ({BIN}): run scripts/install-system-packages"
    base = Path(tempfile.mkdtemp(prefix="mailservice-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    port = free_port()
    data = base / "pg"
    subprocess.run(
        _as_server_user([str(BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]),
        check=True,
        capture_output=True,
    )
    # fsync off: a throw-away cluster; what is tested is locking, not durability.
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_server_user(
            [str(BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "pg.log"), "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield f"127.0.0.1:{port}"
    finally:
        subprocess.run(
            _as_server_user([str(BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


def fresh_database(cluster: str, prefix: str = "db") -> str:
    import psycopg

    name = f"{prefix}_{next(_numbers)}"
    with psycopg.connect(f"postgresql://postgres@{cluster}/postgres", autocommit=True) as conn:
        conn.execute(f"create database {name}")
    return f"postgresql+psycopg://postgres@{cluster}/{name}"
