"""Issue 12, items 1, 6 and 8: hostile or unusual values in a mail never stop ingest, and never reach our mail.

Against the running service (``mailservice run`` as a process, its SMTP receiver) on PostgreSQL, which refuses
NUL and over-long values where SQLite keeps them silently; and the same messages through ingest on SQLite.
"""

from __future__ import annotations

import smtplib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from mailservice.app import App, build
from mailservice.store.models import InboundMessage, InboundStatus, Member
from tests.e2e.process import ServiceProcess
from tests.servers.postgres import cluster, fresh_database  # noqa: F401  (the session's cluster)
from tests.support import FakeClock, deliver, mail, make_settings, outbox_messages

pytestmark = pytest.mark.slow


def _raw(sender: str, subject: str = "Aanmelden", msgid: str | None = None, body: str | None = None) -> bytes:
    head = [
        f"From: {sender}",
        "To: info@ambtelijkefusie.nl",
        f"Subject: {subject}",
        f"Message-ID: {msgid or '<h' + str(time.monotonic_ns()) + '@gemeente-h.nl>'}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    text = body or "Graag meld ik mij aan voor het netwerk."
    return ("\r\n".join(head) + "\r\n\r\n" + text + "\r\n").encode("utf-8")


# Each of these stopped all ingest on PostgreSQL (issue 12, item 1) or crashed processing (item 6).
HOSTILE = {
    "long display name": _raw(f"{'Jan ' * 75}<lang.naam@gemeente-h.nl>"),
    "long Message-ID": _raw("a.b@gemeente-h.nl", msgid=f"<{'x' * 1200}@gemeente-h.nl>"),
    "long sender address": _raw(f"{'a' * 400}@gemeente-h.nl"),
    "NUL in Subject": _raw("nul.onderwerp@gemeente-h.nl", subject="Aanmelden\x00nu"),
    "NUL in Message-ID": _raw("nul.id@gemeente-h.nl", msgid="<ab\x00cd@gemeente-h.nl>"),
    "controls in the name": _raw("\x1b[2J\x07Piet\x00 <piet.ctrl@gemeente-h.nl>"),
    "long name in the body": _raw(
        "c.d@gemeente-h.nl", body="Graag meld ik mij aan.\n\nMet vriendelijke groet,\n\n" + "Naam" * 1400
    ),
}
UTF8_SENDER = "josé.müller@gemeente-ä.nl"  # RFC 6532: the receiver offers SMTPUTF8
LAST = "laatste.aanmelding@gemeente-h.nl"


def _send(port: int, raw: bytes, envelope_from: str) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
        options = ["SMTPUTF8", "BODY=8BITMIME"] if not envelope_from.isascii() else ["BODY=8BITMIME"]
        smtp.sendmail(envelope_from, ["info@ambtelijkefusie.nl"], raw, mail_options=options)


def _check_outcome(statuses: dict[str, str], messages: list) -> None:  # type: ignore[type-arg]
    # Every message ended in a recorded state: none left waiting in front of the others.
    assert InboundStatus.RECEIVED not in statuses.values()
    to = sorted(str(m["To"]) for m in messages)
    # The message after the hostile ones, and the UTF-8 sender, were answered.
    assert LAST in to
    assert any("josé.müller@" in t for t in to)
    for message in messages:
        for name, value in message.items():
            assert len(f"{name}: {value}") <= 998
            assert not any(ord(c) < 32 and c not in "\t" for c in str(value)), (name, value)
        if "Beste" in (body := message.get_body(preferencelist=("plain",)).get_content()):  # type: ignore[union-attr]
            greeting = next(line for line in body.splitlines() if line.startswith("Beste"))
            assert len(greeting) < 120 and "\x1b" not in greeting


def test_hostile_values_on_postgres_do_not_stop_the_running_service(tmp_path: Path, cluster: str) -> None:
    url = fresh_database(cluster, "hostile")
    service = ServiceProcess(tmp_path, env={"MAILSERVICE_DATABASE__URL": url}).start()
    try:
        for raw in HOSTILE.values():
            _send(service.port, raw, "afzender@gemeente-h.nl")
        _send(service.port, _raw(f"José Müller <{UTF8_SENDER}>"), UTF8_SENDER)
        _send(service.port, _raw(f"Laatste <{LAST}>"), LAST)
        deadline = time.monotonic() + 30
        engine = create_engine(url)
        while time.monotonic() < deadline:
            with engine.connect() as conn:
                rows = conn.execute(select(InboundMessage.id, InboundMessage.status)).all()
            if len(rows) == len(HOSTILE) + 2 and all(s != InboundStatus.RECEIVED for _, s in rows):
                break
            time.sleep(0.2)
        statuses = {str(i): s for i, s in rows}
        time.sleep(1.0)  # the sender writes the answers into the outbox
        _check_outcome(statuses, service.outbox_messages())
        with engine.connect() as conn:
            names = conn.execute(select(Member.name)).scalars().all()
        assert all(name is None or len(name) <= 100 for name in names)
        engine.dispose()
    finally:
        assert service.stop() == 0
    log = service.log.read_text()
    assert "Traceback" not in log


@pytest.fixture
def sqlite_app(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    application = build(make_settings(tmp_path), clock=clock)
    yield application
    application.close()


def test_the_same_values_through_ingest_on_sqlite(sqlite_app: App) -> None:
    for raw in HOSTILE.values():
        deliver(sqlite_app, raw)
    deliver(sqlite_app, _raw(f"José Müller <{UTF8_SENDER}>"))
    deliver(sqlite_app, _raw(f"Laatste <{LAST}>"))
    with sqlite_app.factory() as session:
        rows = session.execute(select(InboundMessage.id, InboundMessage.status, InboundMessage.message_id)).all()
        members = session.scalars(select(Member)).all()
    _check_outcome({str(i): s for i, s, _ in rows}, outbox_messages(sqlite_app.settings.outbound.maildir))
    assert all(m is None or ("\x00" not in m and len(m) <= 998) for _, _, m in rows)
    assert all(m.name is None or (len(m.name) <= 100 and "\x1b" not in m.name) for m in members)
    assert UTF8_SENDER in {m.email for m in members}


def test_a_value_the_database_refuses_quarantines_only_that_message(tmp_path: Path, cluster: str) -> None:
    """Defence in depth: should a value still reach PostgreSQL that it refuses, that message is quarantined and
    the rest of its batch is processed."""
    from sqlalchemy import text

    app = build(make_settings(tmp_path, database={"url": fresh_database(cluster, "refuse")}), clock=FakeClock())
    try:
        with app.engine.begin() as conn:  # a narrower column than the model's, as an older schema might have
            conn.execute(text("alter table inbound_messages alter column sender type varchar(10)"))
        first = deliver(app, mail(sender="Lang Adres <een.lang.adres@gemeente-h.nl>"))
        second = deliver(app, mail(sender="a@b.nl"))
        with app.factory() as session:
            got = {i: (s, r) for i, s, r in session.execute(
                select(InboundMessage.id, InboundMessage.status, InboundMessage.reason))}  # fmt: skip
        assert got[first][0] == InboundStatus.QUARANTINED and "database weigerde" in (got[first][1] or "")
        assert got[second][0] == InboundStatus.HANDLED
    finally:
        app.close()
