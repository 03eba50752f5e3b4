"""The organisations' domain functions again on PostgreSQL (tests/servers/postgres.py): migration 0014's tables and
its check on a code, the figures' count filters and subqueries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from mailservice.app import App, build
from mailservice.store.db import transaction
from mailservice.store.models import Municipality
from tests.organisations.test_domain import (  # noqa: F401  (collected here, on PostgreSQL)
    test_an_import_replaces_its_year_and_keeps_the_others,
    test_figures_from_the_domain_functions,
)
from tests.servers.postgres import cluster, fresh_database  # noqa: F401  (the session's cluster)
from tests.support import FakeClock, make_settings


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock, cluster: str) -> Iterator[App]:
    application = build(
        make_settings(tmp_path, database={"url": fresh_database(cluster, "organisations")}), clock=clock
    )
    assert application.engine.dialect.name == "postgresql"
    yield application
    application.close()


def test_the_database_refuses_a_code_that_is_none(app: App) -> None:
    with pytest.raises(IntegrityError), transaction(app.factory) as session:
        session.add(Municipality(year=2024, code="PV20", name="x", source="x", imported_at=datetime.now(UTC)))
