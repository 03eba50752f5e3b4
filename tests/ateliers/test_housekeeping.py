"""Sign-up reminders and expiry, the weekly digest, and the secretariat's commands."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice.cli import main
from mailservice.jobs.scheduler import Scheduler
from mailservice.store.models import Member, MemberEvent, ScheduledMailing
from tests.ateliers.helpers import make_app, rows, sent, utc
from tests.support import FakeClock, deliver, mail, text_of


def test_one_reminder_to_confirm_then_expiry(tmp_path: Path) -> None:
    clock = FakeClock(utc(2026, 11, 2, 9))
    app = make_app(tmp_path, clock)
    deliver(app, mail(sender="Jan Jansen <j.jansen@gemeente-a.nl>", subject="Aanmelden"))
    scheduler = Scheduler(app.factory, app.ingest.env, clock)
    clock.advance(days=2)
    scheduler.tick()
    assert rows(app, "herinnering_aanmelding") == []
    clock.advance(days=1, minutes=1)
    scheduler.tick()
    clock.advance(days=1)
    scheduler.tick()
    app.sender.drain()
    [reminder] = [m for m in sent(app) if m["Subject"].startswith("Herinnering: bevestig uw aanmelding")]
    assert "Dit is de enige herinnering" in text_of(reminder)
    # Its reference works: replying to the reminder confirms the sign-up.
    deliver(
        app,
        mail(
            sender="j.jansen@gemeente-a.nl",
            subject=f"RE: {reminder['Subject']}",
            body="",
            in_reply_to=reminder["Message-ID"],
        ),
    )
    with app.factory() as session:
        assert session.scalars(select(Member)).one().status == "active"
    # Another sign-up that nobody confirms lapses after pending_expiry_days, without mail.
    deliver(app, mail(sender="p.pietersen@gemeente-b.nl", subject="Aanmelden"))
    clock.advance(days=4)
    scheduler.tick()  # the one reminder
    clock.advance(days=27)
    before = len(rows(app))
    scheduler.tick()
    with app.factory() as session:
        lapsed = session.scalars(select(Member).where(Member.email == "p.pietersen@gemeente-b.nl")).one()
        assert lapsed.status == "expired"
        events = [e.event for e in session.scalars(select(MemberEvent).where(MemberEvent.member_id == lapsed.id))]
    assert events == ["subscribe_requested", "confirm_reminded", "signup_expired"]
    assert len(rows(app)) == before  # the reminder went out days ago; expiry sends nothing
    app.close()


def test_weekly_digest_on_its_day_and_skipped_when_empty(tmp_path: Path) -> None:
    clock = FakeClock(utc(2026, 11, 2, 9))  # Monday 10:00 Amsterdam: this week's slot (08:00) has passed
    app = make_app(tmp_path, clock, scheduler={"digest": True})
    scheduler = Scheduler(app.factory, app.ingest.env, clock)
    scheduler.tick()
    with app.factory() as session:
        [slot] = session.scalars(select(ScheduledMailing).where(ScheduledMailing.step == "digest")).all()
        assert slot.due_at == utc(2026, 11, 9, 7)  # next Monday 08:00 CET
    clock.now = utc(2026, 11, 9, 7)
    scheduler.tick()  # nothing happened that week: skipped
    assert rows(app, "weekoverzicht") == []
    deliver(app, mail(sender="x.de.vries@gemeente-c.nl", subject="Vraag", body="Wanneer is de volgende bijeenkomst?"))
    clock.now = utc(2026, 11, 16, 7)
    scheduler.tick()
    scheduler.tick()
    app.sender.drain()
    [digest] = [m for m in sent(app) if m["Subject"].startswith("Weekoverzicht")]
    assert digest["To"] == "secretariaat@ambtelijkefusie.nl"
    assert "Berichten die op u wachten (1" in text_of(digest) and "x.de.vries@gemeente-c.nl" in text_of(digest)
    with app.factory() as session:
        states = [s.state for s in session.scalars(select(ScheduledMailing).order_by(ScheduledMailing.id))]
    assert states == ["skipped", "sent", "due"]
    app.close()


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("MAILSERVICE_") and name != "MAILSERVICE_CORPUS":
            monkeypatch.delenv(name)
    yield tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_cli_plan_show_edit_cancel_and_roles(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "members", "add", "d.smit@gemeente-d.nl", "--naam", "Dirk Smit", "--geen-welkom")
    assert "Adviesraad" in run(capsys, "members", "set-role", "d.smit@gemeente-d.nl", "adviesraad")
    assert main(["members", "set-role", "d.smit@gemeente-d.nl", "voorzitter"]) == 2  # a wrong argument, like any other
    day = date.today() + timedelta(days=120)
    out = run(
        capsys,
        "ateliers",
        "add",
        "--titel",
        "Sturen op samenwerking",
        "--thema",
        "Samenwerking",
        "--datum",
        day.isoformat(),
        "--begin",
        "14:00",
        "--online",
        "https://teams.example/abc",
        "--herinnering-dagen",
        "5",
    )
    ref = f"{day.year}-1"
    assert f"Atelier {ref} gepland" in out and "oproep thema's" in out
    assert "Sturen op samenwerking" in run(capsys, "ateliers", "list")
    shown = run(capsys, "ateliers", "show", ref)
    assert "herinnering" in shown and "onbeperkt" in shown
    run(capsys, "ateliers", "edit", ref, "--capaciteit", "25", "--begin", "15:00")
    assert "25" in run(capsys, "ateliers", "show", ref)
    assert (
        main(
            [
                "ateliers",
                "add",
                "--titel",
                "x",
                "--thema",
                "sport",
                "--datum",
                day.isoformat(),
                "--begin",
                "14:00",
                "--plaats",
                "Utrecht",
            ]
        )
        == 1
    )
    schedule = run(capsys, "schedule")
    assert "uitnodiging" in schedule and "5 mailings" in schedule
    assert "geannuleerd" in run(capsys, "ateliers", "cancel", ref)
    assert "0 mailings" in run(capsys, "schedule")


def test_cli_suggestions_table_and_export(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mailservice import settings as settings_mod
    from mailservice.app import build
    from mailservice.store.db import transaction
    from mailservice.store.models import MemberStatus, Suggestion

    app = build(settings_mod.load())
    now = app.clock()
    with transaction(app.factory) as session:
        for i, (themes, topics) in enumerate(
            [(["organisatie"], ["Digitalisering"]), (["organisatie", "strategie"], ["Digitalisering", "Koers"])]
        ):
            m = Member(email=f"l{i}@g.nl", role="member", status=MemberStatus.ACTIVE, created_at=now, updated_at=now)
            session.add(Suggestion(created_at=now, member=m, atelier=None, themes=themes, topics=topics))
    app.close()
    out = run(capsys, "suggestions")
    assert "Organisatie" in out and "Digitalisering (2x)" in out and "2 suggestie(s) van 2 leden" in out
    exported = run(capsys, "suggestions", "--export", "-")
    table = list(csv.reader(io.StringIO(exported), delimiter=";"))
    assert table[0][:2] == ["ontvangen", "e-mailadres"] and len(table) == 3 and table[2][5] == "Organisatie, Strategie"
