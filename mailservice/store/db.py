"""Engine, sessions and schema migration. Created by the entry point, never at import time."""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from mailservice.settings import DatabaseSettings

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(settings: DatabaseSettings) -> Engine:
    url = make_url(settings.url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None hands transaction control to us, so we can BEGIN IMMEDIATE below.
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, isolation_level=None)
    synchronous = settings.sqlite_synchronous

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        # WAL: readers never block the writer, and the CLI can read while the service runs.
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA synchronous={synchronous}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        # A write transaction (see ``transaction``) takes SQLite's write lock up front: a deferred one that
        # reads and then writes fails with SQLITE_BUSY_SNAPSHOT (busy_timeout cannot help) when another
        # process committed in between. Read-only sessions stay deferred and never block a writer (WAL).
        conn.exec_driver_sql("BEGIN IMMEDIATE" if getattr(_local, "writing", False) else "BEGIN")

    _WRITE_LOCKS[engine] = threading.Lock()
    return engine


# SQLite allows one writer at a time, and a writer that finds the database locked sleeps in steps of up to
# 100 ms (sqlite3 busy handler) instead of being woken when the lock is free. Writers in this process
# therefore queue on a Python lock, which hands over at once; busy_timeout still covers other processes
# (the CLI beside the service). PostgreSQL engines get no lock: they have real row-level concurrency.
_WRITE_LOCKS: weakref.WeakKeyDictionary[Engine, threading.Lock] = weakref.WeakKeyDictionary()
_local = threading.local()


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def _writing(engine: Engine) -> Iterator[None]:
    """This process's write lock (SQLite only), with the thread marked so that its next BEGIN is IMMEDIATE."""
    lock = _WRITE_LOCKS.get(engine)
    if lock is None:
        yield
        return
    with lock:
        _local.writing = True
        try:
            yield
        finally:
            _local.writing = False


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work that writes: commit on success, roll back on any exception."""
    with _writing(factory.kw["bind"]), factory() as session, session.begin():
        yield session


@contextmanager
def write_connection(factory: sessionmaker[Session], connection: Connection | None = None) -> Iterator[Connection]:
    """``transaction`` for Core-only hot paths (the sender's bookkeeping, hundreds a second): one write
    transaction on a Connection, with the same lock and BEGIN IMMEDIATE, without the ORM session's cost.

    ``connection``: one the caller holds open across many transactions (no pool checkout each time).
    """
    engine = factory.kw["bind"]
    with (
        _writing(engine),
        nullcontext(connection) if connection is not None else engine.connect() as conn,
        conn.begin(),
    ):
        yield conn


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (creates it on a new database)."""
    command.upgrade(alembic_config(engine), "head")
