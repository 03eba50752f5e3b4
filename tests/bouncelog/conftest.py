"""Fixtures for the bounce-log tests: an App that sends over SMTP, the session's real Dovecot and Postfix."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mailservice.app import App, build
from mailservice.clock import system_clock
from tests.servers.fixtures import dovecot, postfix  # noqa: F401  (session fixtures, started on first use)
from tests.support import make_settings


@pytest.fixture
def smtp_app(tmp_path: Path) -> Iterator[Callable[..., App]]:
    """``smtp_app(port)`` -> an App that sends to 127.0.0.1:port, without rate limits."""
    apps: list[App] = []

    def make(port: int, **sections: dict[str, Any]) -> App:
        base: dict[str, dict[str, Any]] = {
            "outbound": {"transport": "smtp", "rate_per_minute": 0, "rate_per_day": 0},
            "smtp": {"host": "127.0.0.1", "port": port, "timeout": 10},
        }
        for key, value in sections.items():
            base.setdefault(key, {}).update(value)
        app = build(make_settings(tmp_path, **base), clock=system_clock)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


def cli_config(tmp_path: Path, app: App) -> Path:
    """A config file that points the CLI at the test's database."""
    path = tmp_path / "cli.toml"
    path.write_text(
        f'[database]\nurl = "{app.settings.database.url}"\n[outbound]\nmaildir = "{tmp_path / "cli-outbox"}"\n'
    )
    return path
