"""Shared fixtures: an App on a private SQLite file and Maildir, and a clock the test controls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mailservice.app import App, build
from tests.support import FakeClock, make_settings


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    application = build(make_settings(tmp_path), clock=clock)
    yield application
    application.close()
