"""The sources the settings ask for, built in one place for ``mailservice run`` and ``mailservice poll``.

The SMTP/LMTP receiver is not among them: it is pushed to, and ``mailservice.service`` runs it itself. Every
source only stores; ``on_stored`` is how it says so (the service wakes its ingest worker), and ``wake`` is how
the service tells a source that ingest recorded outcomes it may want to act on (IMAP files messages by them).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from mailservice.clock import Clock
from mailservice.settings import Settings
from mailservice.sources.imap import ImapSource
from mailservice.sources.maildir import MaildirSource


class Source(Protocol):
    name: str

    def poll_once(self) -> object: ...

    def run(self, stop: threading.Event) -> None: ...

    def wake(self) -> None: ...


def configured_sources(
    settings: Settings,
    factory: sessionmaker[Session],
    clock: Clock,
    *,
    on_stored: Callable[[], object] = lambda: None,
) -> list[Source]:
    sources: list[Source] = []
    if settings.imap.active:
        sources.append(ImapSource(settings.imap, factory, clock, on_stored=on_stored))
    if settings.maildir_source.path is not None:
        sources.append(MaildirSource(settings.maildir_source, factory, clock, on_stored=on_stored))
    return sources
