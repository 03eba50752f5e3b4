"""Retention (issue 16): the purge removes exactly what its dry run listed, after the periods in [privacy]."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from mailservice import audit
from mailservice.app import App, build
from mailservice.casework import retention
from mailservice.cli import main
from mailservice.store.models import AuditEntry, BounceEvent, InboundMessage, Member, OutboundMessage
from tests.casework.helpers import join, last_to, member
from tests.support import FakeClock, deliver, mail, make_settings

PERIODS = {"pending_signup_days": 10, "raw_message_days": 30, "former_member_days": 60, "bounce_event_days": 30}


@pytest.fixture
def short(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    application = build(make_settings(tmp_path, privacy=PERIODS), clock=clock)
    yield application
    application.close()


def _raws(app: App) -> dict[str, dict[int, bytes]]:
    with app.factory() as s:
        return {
            "in": {i: bytes(r) for i, r in s.execute(select(InboundMessage.id, InboundMessage.raw))},
            "out": {i: bytes(r) for i, r in s.execute(select(OutboundMessage.id, OutboundMessage.raw))},
        }


def _old_world(app: App, clock: FakeClock) -> None:
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<j1@gemeente-b.nl>")
    deliver(app, mail(sender="Piet Jansen <p.jansen@gemeente-c.nl>", msgid="<p1@gemeente-c.nl>"))  # never confirms
    join(app, "Ilse de Boer <i.deboer@gemeente-b.nl>", "<j2@gemeente-b.nl>")
    welcome = last_to(app, "i.deboer@gemeente-b.nl")  # a reply to our mail to her is the evidence to leave at once
    deliver(
        app,
        mail(
            sender="Ilse de Boer <i.deboer@gemeente-b.nl>",
            subject=f"RE: {welcome['Subject']}",
            body="Graag afmelden voor het netwerk.",
            in_reply_to=welcome["Message-ID"],
        ),
    )
    left = member(app, "i.deboer@gemeente-b.nl")
    assert left is not None and left.status == "unsubscribed"
    with app.factory() as s, s.begin():
        karel = s.scalars(select(Member).where(Member.email == "k.smit@gemeente-b.nl")).one()
        s.add(
            BounceEvent(
                at=clock(), kind="dsn", member_id=karel.id, address=karel.email, status="4.2.2", scored_at=clock()
            )
        )
    clock.advance(days=40)
    deliver(app, mail(sender="Karel Smit <k.smit@gemeente-b.nl>", subject="Vraag", body="Is er parkeergelegenheid?"))


def test_the_purge_removes_exactly_what_the_dry_run_listed(short: App, clock: FakeClock) -> None:
    _old_world(short, clock)
    before = _raws(short)
    with short.factory() as s:
        todo = retention.plan(s, short.ingest.env)
    counts = todo.counts()
    assert counts[retention.PENDING] == 1 and counts[retention.FORMER] == 0  # Ilse left 40 days ago: not yet
    assert counts[retention.BOUNCE] == 1 and counts[retention.RAW_IN] >= 4 and counts[retention.RAW_OUT] >= 4
    listed_in = {i.id for i in todo.of(retention.RAW_IN)}
    listed_out = {i.id for i in todo.of(retention.RAW_OUT)}
    newest = max(before["in"])
    assert newest not in listed_in  # Karel's question of today stays

    with short.factory() as s, s.begin():
        done = retention.purge(s, short.ingest.env, audit.CLI, todo)
    assert done == counts
    after = _raws(short)
    for side, listed in (("in", listed_in), ("out", listed_out)):
        changed = {i for i, raw in before[side].items() if after[side].get(i) != raw}
        assert changed == listed, side  # exactly the listed copies: emptied, or gone with the never-confirmed Piet
    assert after["in"][newest] == before["in"][newest]
    assert member(short, "p.jansen@gemeente-c.nl") is None
    karel, ilse = member(short, "k.smit@gemeente-b.nl"), member(short, "i.deboer@gemeente-b.nl")
    assert karel is not None and karel.name == "Karel Smit" and karel.status == "active"
    assert ilse is not None and ilse.name == "Ilse de Boer"  # a former member, within her period
    with short.factory() as s:
        assert s.scalars(select(BounceEvent)).all() == []
        again = retention.plan(s, short.ingest.env)
    assert again.items == []

    clock.advance(days=30)  # now Ilse left 70 days ago
    with short.factory() as s, s.begin():
        later = retention.plan(s, short.ingest.env)
        assert [i.kind for i in later.items if i.kind == retention.FORMER] == [retention.FORMER]
        retention.purge(s, short.ingest.env, audit.CLI, later)
    assert member(short, "i.deboer@gemeente-b.nl") is None


def test_purge_dry_run_on_the_command_line_changes_nothing(
    short: App, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _old_world(short, clock)
    before = _raws(short)
    moment = tmp_path / "clock"
    moment.write_text(clock().isoformat())
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("MAILSERVICE_") and name != "MAILSERVICE_CORPUS":
            monkeypatch.delenv(name)
    monkeypatch.setenv("MAILSERVICE_DATABASE__URL", short.settings.database.url)
    monkeypatch.setenv("MAILSERVICE_OUTBOUND__MAILDIR", str(short.settings.outbound.maildir))
    monkeypatch.setenv("MAILSERVICE_CLOCK__FILE", str(moment))
    for key, value in PERIODS.items():
        monkeypatch.setenv(f"MAILSERVICE_PRIVACY__{key.upper()}", str(value))
    assert main(["privacy", "purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "nooit bevestigde aanmeldingen: 1" in out and "p.jansen@gemeente-c.nl" in out
    assert "Niets verwijderd (--dry-run)." in out
    assert _raws(short) == before
    assert main(["privacy", "purge"]) == 0
    assert "Verwijderd: " in capsys.readouterr().out
    assert member(short, "p.jansen@gemeente-c.nl") is None


def test_the_scheduler_applies_the_periods_once_a_day(short: App, clock: FakeClock) -> None:
    from mailservice.jobs.scheduler import Scheduler

    _old_world(short, clock)
    scheduler = Scheduler(short.factory, short.ingest.env, clock)
    scheduler.tick()
    assert member(short, "p.jansen@gemeente-c.nl") is None  # the never-confirmed sign-up went
    with short.factory() as s:
        assert [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.kind == "privacy"))] == [
            "bewaartermijnen toegepast"
        ]
    deliver(short, mail(sender="Piet Jansen <p.jansen@gemeente-c.nl>", msgid="<p2@gemeente-c.nl>"))
    clock.advance(days=10, hours=1)  # his new sign-up is due now, but the scheduler purged less than a day ago
    with short.factory() as s, s.begin():
        s.execute(update(Member).values(updated_at=clock()))  # a later touch of the row does not restart the period
    scheduler._purged_at = clock() - timedelta(hours=23)
    scheduler.tick()
    assert member(short, "p.jansen@gemeente-c.nl") is not None
    clock.advance(hours=1)
    scheduler.tick()
    assert member(short, "p.jansen@gemeente-c.nl") is None
