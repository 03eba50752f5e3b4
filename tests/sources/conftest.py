"""Fixtures for the source tests: the session's real Dovecot and Postfix, and an IMAP source per test."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mailservice.app import App
from mailservice.settings import ImapSettings
from mailservice.sources.imap import ImapSource
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.fixtures import dovecot, postfix  # noqa: F401  (session fixtures)


def imap_settings(dovecot: Dovecot, user: str, *, port: int | None = None, **overrides: Any) -> ImapSettings:
    values: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": port or dovecot.imap_port,
        "tls": "none",
        "user": user,
        "password": PASSWORD,
        "timeout": 5.0,
        "reconnect_max_seconds": 0.5,
        "auth_retry_seconds": 0.5,
        "poll_seconds": 30.0,
    }
    values.update(overrides)
    return ImapSettings(**values)


def make_source(app: App, settings: ImapSettings, cls: type[ImapSource] = ImapSource) -> ImapSource:
    """A source whose stored mail is processed (and answered) at once, as ``mailservice poll --once`` does, so
    that one pass stores and files it; the running service processes in its own ingest worker instead."""

    def process_now() -> None:
        app.ingest.process_pending()
        app.sender.drain()

    return cls(settings, app.factory, app.clock, on_stored=process_now)


class Running:
    """An IMAP source's ``run`` loop in a thread, stopped at the end of the test."""

    def __init__(self, source: ImapSource) -> None:
        self.source = source
        self.stop = threading.Event()
        self.thread = threading.Thread(target=source.run, args=(self.stop,), daemon=True)

    def __enter__(self) -> Running:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(10)
        assert not self.thread.is_alive()


@pytest.fixture
def running() -> Callable[[ImapSource], Running]:
    return Running


def wait_until(condition: Callable[[], object], timeout: float = 15.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def user(dovecot: Dovecot) -> str:
    return dovecot.new_user()


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
