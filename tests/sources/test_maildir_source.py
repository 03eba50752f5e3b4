"""The Maildir source: files dropped in a folder (or delivered into new/) are stored, then moved to cur/."""

from __future__ import annotations

import os
import time
from pathlib import Path

from sqlalchemy import select

from mailservice import ingest
from mailservice.app import App
from mailservice.settings import MaildirSourceSettings
from mailservice.sources.maildir import MaildirSource
from mailservice.store.models import InboundMessage
from tests.support import mail, outbox_messages


def source(app: App, path: Path) -> MaildirSource:
    return MaildirSource(MaildirSourceSettings(path=path, settle_seconds=0.5), app.factory, app.clock)


def test_dropped_and_delivered_files_are_stored_once_and_moved_to_cur(app: App, tmp_path: Path) -> None:
    box = tmp_path / "inbox"
    src = source(app, box)
    (box / "aanmelding.eml").write_bytes(mail(sender="m1@gemeente-m.nl"))
    (box / "new" / "1700000000.M1.host").write_bytes(mail(sender="m2@gemeente-m.nl"))
    assert src.poll_once() == 1  # the dropped file is still settling; the Maildir one is complete
    old = time.time() - 5
    os.utime(box / "aanmelding.eml", (old, old))
    assert src.poll_once() == 1
    assert src.poll_once() == 0
    assert list(box.glob("*.eml")) == [] and list((box / "new").iterdir()) == []
    names = sorted(p.name for p in (box / "cur").iterdir())
    assert len(names) == 2 and all(n.endswith(":2,S") for n in names) and "1700000000.M1.host:2,S" in names
    app.ingest.process_pending()
    app.sender.drain()
    assert sorted(m["To"] for m in outbox_messages(app.settings.outbound.maildir)) == [
        "m1@gemeente-m.nl",
        "m2@gemeente-m.nl",
    ]


def test_a_crash_between_commit_and_rename_does_not_store_twice(app: App, tmp_path: Path) -> None:
    box = tmp_path / "inbox"
    src = source(app, box)
    raw = mail(sender="m3@gemeente-m.nl")
    (box / "new" / "1700000001.M2.host").write_bytes(raw)
    # What poll_once had done when the process died: stored (committed), not yet renamed.
    ingest.store(app.factory, raw, source="maildir", clock=app.clock, source_ref="new/1700000001.M2.host")
    assert src.poll_once() == 0
    assert list((box / "new").iterdir()) == []
    with app.factory() as session:
        assert len(list(session.scalars(select(InboundMessage.id)))) == 1
