"""Maildir source for local use: drop .eml files into a folder (or deliver into its Maildir new/).

Read: ``new/*`` (Maildir: a file appears there complete, renamed from tmp/, https://cr.yp.to/proto/maildir.html)
and ``*.eml`` straight in the folder, once they have not changed for ``settle_seconds`` (a copy may still be
running). Each file is stored (commit) and only then renamed into ``cur/`` with the Maildir "seen" flag; the
ingest worker processes it. A crash between commit and rename leaves the file; the next scan recognises it
by content hash (``ingest.store_once``) and only renames it.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from mailservice import ingest
from mailservice.clock import Clock
from mailservice.settings import MaildirSourceSettings

log = logging.getLogger(__name__)

SOURCE = "maildir"


class MaildirSource:
    name = SOURCE

    def __init__(
        self,
        settings: MaildirSourceSettings,
        factory: sessionmaker[Session],
        clock: Clock,
        *,
        on_stored: Callable[[], object] = lambda: None,
    ) -> None:
        assert settings.path is not None, "maildir_source.path is not set"
        self.root = settings.path
        self.settings = settings
        self.factory = factory
        self.clock = clock
        self.on_stored = on_stored
        for sub in ("tmp", "new", "cur"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)

    def waiting(self) -> list[Path]:
        settled = time.time() - self.settings.settle_seconds
        dropped = [p for p in self.root.glob("*.eml") if p.is_file() and p.stat().st_mtime <= settled]
        delivered = [p for p in (self.root / "new").iterdir() if p.is_file() and not p.name.startswith(".")]
        return sorted(delivered + dropped, key=lambda p: (p.stat().st_mtime, p.name))

    def poll_once(self) -> int:
        """Store every waiting file and move it to cur/; returns how many were newly stored."""
        stored = 0
        for path in self.waiting():
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                continue  # taken away meanwhile
            ref = str(path.relative_to(self.root))
            saved = ingest.store_once(self.factory, raw, source=SOURCE, clock=self.clock, source_ref=ref)
            if saved.new:
                stored += 1
                log.info("Maildir: %s opgeslagen als #%s", ref, saved.id)
            else:
                log.info("Maildir: %s was al opgeslagen als #%s; alleen nog verplaatst", ref, saved.id)
            self._done(path)
        if stored:
            self.on_stored()
        return stored

    def wake(self) -> None:
        """Nothing to do: a Maildir file is moved to cur/ as soon as it is stored, whatever its outcome."""

    def _done(self, path: Path) -> None:
        name = path.name if path.parent.name == "new" else f"{path.stem}.{int(time.time())}.{os.getpid()}"
        # ":2,S" is the Maildir info for "seen" (a mail program shows it as read).
        os.replace(path, self.root / "cur" / f"{name.split(':', 1)[0]}:2,S")

    def run(self, stop: threading.Event) -> None:
        log.info("Maildir: lezen van %s (elke %.1f s)", self.root, self.settings.poll_seconds)
        while not stop.is_set():
            try:
                self.poll_once()
            except Exception:  # a full disk or a database fault: log, wait, try again
                log.exception("Maildir: ronde mislukt; nieuwe poging over %.1f s", self.settings.poll_seconds)
            stop.wait(self.settings.poll_seconds)
