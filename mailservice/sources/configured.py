"""The sources the settings ask for, built in one place for ``mailservice run`` and ``mailservice poll``.

The SMTP/LMTP receiver is not among them: it is pushed to, and ``mailservice.service`` runs it itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from mailservice.app import App


class Source(Protocol):
    name: str

    def poll_once(self) -> object: ...

    def run(self, stop: threading.Event) -> None: ...


def configured_sources(
    app: App, *, on_stored: Callable[[], None] = lambda: None, on_processed: Callable[[], None] = lambda: None
) -> list[Source]:
    settings = app.settings
    sources: list[Source] = []
    if settings.imap.active:
        from mailservice.sources.imap import ImapSource

        sources.append(
            ImapSource(
                settings.imap,
                app.factory,
                app.ingest,
                app.clock,
                process=settings.ingest.process,
                on_processed=on_processed,
            )
        )
    if settings.maildir_source.path is not None:
        from mailservice.sources.maildir import MaildirSource

        sources.append(MaildirSource(settings.maildir_source, app.factory, app.clock, on_stored=on_stored))
    return sources
