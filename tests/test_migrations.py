"""The Alembic migrations build exactly the schema the models describe, and run again harmlessly."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from mailservice.settings import DatabaseSettings
from mailservice.store import db
from mailservice.store.models import Base


def test_migrations_match_the_models(tmp_path: Path) -> None:
    engine = db.make_engine(DatabaseSettings(url=f"sqlite:///{tmp_path / 'm.db'}"))
    db.migrate(engine)
    db.migrate(engine)  # idempotent
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert diff == []
        assert set(inspect(conn).get_table_names()) >= {
            "members",
            "member_events",
            "confirmations",
            "inbound_messages",
            "outbound_messages",
        }
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()


def test_one_linear_history() -> None:
    script = ScriptDirectory(str(db.MIGRATIONS))
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
