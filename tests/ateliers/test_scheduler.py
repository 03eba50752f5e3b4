"""The scheduler's promises: restarts neither lose nor repeat a step (within and beyond the grace period),
one scheduler acts at a time (the lease), and a cancellation sends METHOD:CANCEL with the same UID."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from mailservice.ateliers.steps import cancel_atelier
from mailservice.env import ActEnv
from mailservice.jobs.scheduler import Scheduler, run_due, take_lease
from mailservice.store.db import transaction
from mailservice.store.models import Atelier, ScheduledMailing
from tests.ateliers.helpers import (
    add_atelier,
    add_members,
    calendar_of,
    make_app,
    per_recipient,
    rows,
    sent,
    utc,
)
from tests.support import FakeClock, text_of

MEMBERS = [(f"lid{i}@gemeente-{i}.nl", f"Lid {i}", "member") for i in range(5)]
CALL_DUE = utc(2026, 12, 31, 8, 0)  # atelier 11 March 2027: call for themes 70 days before at 09:00 local


def _step(app, step: str) -> ScheduledMailing:  # type: ignore[no-untyped-def]
    with app.factory() as session:
        return session.scalars(select(ScheduledMailing).where(ScheduledMailing.step == step)).one()


def test_stopped_before_the_send_time_started_within_grace_sends_late_once(tmp_path: Path) -> None:
    clock = FakeClock(CALL_DUE - timedelta(hours=1))
    first = make_app(tmp_path, clock)
    add_members(first, *MEMBERS)
    add_atelier(first, date(2027, 3, 11))
    Scheduler(first.factory, first.ingest.env, clock).tick()
    assert rows(first) == []
    first.close()  # the service stops before the send time ...
    clock.now = CALL_DUE + timedelta(hours=5)  # ... and starts again five hours after it (grace: 24 hours)
    second = make_app(tmp_path, clock)
    scheduler = Scheduler(second.factory, second.ingest.env, clock)
    scheduler.tick()
    scheduler.tick()
    second.sender.drain()
    assert per_recipient(second, "oproep_themas") == {m[0]: 1 for m in MEMBERS}
    step = _step(second, "call_for_themes")
    assert step.state == "sent" and "5 uur na het geplande tijdstip verstuurd" in (step.note or "")
    assert rows(second, "stap_gemist") == []
    second.close()


def test_started_beyond_grace_marks_missed_and_tells_the_secretariat(tmp_path: Path) -> None:
    clock = FakeClock(CALL_DUE - timedelta(hours=1))
    app = make_app(tmp_path, clock)
    add_members(app, *MEMBERS)
    add_atelier(app, date(2027, 3, 11))
    app.close()
    clock.now = CALL_DUE + timedelta(hours=30)
    app = make_app(tmp_path, clock)
    Scheduler(app.factory, app.ingest.env, clock).tick()
    app.sender.drain()
    assert rows(app, "oproep_themas") == []
    assert _step(app, "call_for_themes").state == "missed"
    [notice] = [m for m in sent(app) if m["Subject"].startswith("Niet verstuurd")]
    assert notice["To"] == "secretariaat@ambtelijkefusie.nl"
    assert "oproep thema's" in notice["Subject"] and "30 uur te laat" in text_of(notice)
    # The rest of the cycle is untouched: the tally is still due at its time.
    assert _step(app, "tally").state == "due"
    app.close()


def test_a_reminder_is_not_sent_once_the_atelier_has_begun(tmp_path: Path) -> None:
    clock = FakeClock(utc(2027, 3, 1, 8))
    app = make_app(tmp_path, clock, scheduler={"grace_hours": 200})
    add_members(app, *MEMBERS)
    add_atelier(app, date(2027, 3, 11))
    clock.now = utc(2027, 3, 11, 15)  # during the atelier: the reminder (8 March) is useless now
    run_due(app.factory, app.ingest.env, clock)
    assert _step(app, "reminder").state == "missed" and "al begonnen" in (_step(app, "reminder").note or "")
    app.close()


def test_two_schedulers_at_once_send_each_step_once(tmp_path: Path) -> None:
    clock = FakeClock(CALL_DUE - timedelta(hours=1))
    setup = make_app(tmp_path, clock)
    add_members(setup, *MEMBERS)
    add_atelier(setup, date(2027, 3, 11))
    setup.close()
    clock.now = CALL_DUE + timedelta(minutes=1)
    # Two Apps on one database: two engines and two lease holders, as two processes would have.
    apps = [make_app(tmp_path, clock) for _ in range(2)]
    schedulers = [Scheduler(a.factory, a.ingest.env, clock, holder=f"proces-{i}") for i, a in enumerate(apps)]
    barrier = threading.Barrier(2)
    results: list[object] = []

    def go(s: Scheduler) -> None:
        barrier.wait()
        for _ in range(5):
            results.append(s.tick())

    threads = [threading.Thread(target=go, args=(s,)) for s in schedulers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    # Without the lease, run_due alone still cannot send twice: each step is re-read in its own transaction.
    run_due(apps[1].factory, apps[1].ingest.env, clock)
    assert per_recipient(apps[0], "oproep_themas") == {m[0]: 1 for m in MEMBERS}
    assert sum(1 for r in results if r is None) >= 5  # the other process found the lease taken every time
    for a in apps:
        a.close()


def test_lease_passes_on_when_its_holder_dies(tmp_path: Path) -> None:
    clock = FakeClock(utc(2027, 1, 1))
    app = make_app(tmp_path, clock)
    assert take_lease(app.factory, "a", clock, 120) and take_lease(app.factory, "a", clock, 120)
    assert not take_lease(app.factory, "b", clock, 120)
    clock.advance(seconds=121)  # "a" stopped renewing (killed)
    assert take_lease(app.factory, "b", clock, 120)
    assert not take_lease(app.factory, "a", clock, 120)
    app.close()


def test_cancellation_sends_method_cancel_with_the_same_uid(tmp_path: Path) -> None:
    clock = FakeClock(utc(2027, 1, 28, 8))
    app = make_app(tmp_path, clock)
    add_members(app, *MEMBERS[:2])
    add_atelier(app, date(2027, 3, 11))
    Scheduler(app.factory, app.ingest.env, clock).tick()  # the invitation is due now
    app.sender.drain()
    invitation = next(m for m in sent(app) if m["Subject"].startswith("Uitnodiging"))
    request = calendar_of(invitation).walk("VEVENT")[0]
    clock.advance(days=3)
    env: ActEnv = app.ingest.env
    with transaction(app.factory) as session:
        mailing = cancel_atelier(session, env, session.scalars(select(Atelier)).one())
        assert mailing is not None and mailing.total == 2
    app.sender.drain()
    cancels = [m for m in sent(app) if m["Subject"].startswith("Geannuleerd")]
    assert sorted(m["To"] for m in cancels) == sorted(m[0] for m in MEMBERS[:2])
    cal = calendar_of(cancels[0])
    event = cal.walk("VEVENT")[0]
    assert str(cal["METHOD"]) == "CANCEL" and str(event["UID"]) == str(request["UID"])
    assert int(event["SEQUENCE"]) > int(request["SEQUENCE"])
    assert str(cal.walk("VTIMEZONE")[0]["TZID"]) == "Europe/Amsterdam"
    # The inline alternative carries the method too: that is what Outlook acts on (RFC 6047 2.4).
    assert any(
        p.get_content_type() == "text/calendar"
        and p.get_param("method") == "CANCEL"
        and p.get_content_disposition() is None
        for p in cancels[0].walk()
    )
    with app.factory() as session:
        states = {s.step: s.state for s in session.scalars(select(ScheduledMailing))}
    assert states["reminder"] == "cancelled" and states["followup"] == "cancelled" and states["cancellation"] == "sent"
    clock.advance(days=60)
    Scheduler(app.factory, app.ingest.env, clock).tick()
    assert rows(app, "herinnering_atelier") == []
    app.close()
