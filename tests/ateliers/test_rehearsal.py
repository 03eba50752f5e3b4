"""Issue 19, item 6: a rehearsal with the test clock is refused, in one sentence, on a database whose mail has
left this machine; every sent row records the route it took."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from mailservice.app import build
from mailservice.ateliers import DIGEST
from mailservice.jobs import digest
from mailservice.jobs.scheduler import take_lease
from mailservice.outbound.routes import leaves
from mailservice.settings import SettingsError
from mailservice.store.db import transaction
from mailservice.store.models import OutboundMessage, ScheduledMailing, StepState
from tests.support import FakeClock, make_settings


def _send_one(tmp_path: Path, route: str | None = None) -> str | None:
    """Send one mail through the Maildir; ``route``: then pretend it went there. Returns the recorded route."""
    app = build(make_settings(tmp_path), clock=FakeClock())
    with transaction(app.factory) as session:
        app.outbox.add(session, "welkom", to="a@gemeente-a.nl", context=app.outbox.common_context() | {"name": None})
    app.sender.drain()
    with transaction(app.factory) as session:
        if route is not None:
            session.execute(update(OutboundMessage).values(route=route))
        recorded = session.scalars(select(OutboundMessage.route)).one()
    app.close()
    return recorded


def _rehearse(tmp_path: Path) -> None:
    clock_file = tmp_path / "klok"
    clock_file.write_text("2027-01-28T09:00+01:00")
    build(make_settings(tmp_path, clock={"file": str(clock_file)})).close()


def test_every_sent_row_records_its_route(tmp_path: Path) -> None:
    assert _send_one(tmp_path) == "maildir"


def test_a_test_clock_on_a_database_that_sent_real_mail_is_refused(tmp_path: Path) -> None:
    _send_one(tmp_path, route="smtp://smtp.office365.com:587")
    with pytest.raises(SettingsError) as refused:
        _rehearse(tmp_path)
    sentence = str(refused.value)
    assert sentence.startswith("Instelling clock.file: deze database heeft al echte mail verstuurd")
    assert "smtp://smtp.office365.com:587" in sentence and sentence.count(". ") == 0


@pytest.mark.parametrize("route", ["maildir", "smtp://127.0.0.1:2525", "smtp://[::1]:25", "smtp://localhost:25"])
def test_a_rehearsal_database_may_rehearse_again(tmp_path: Path, route: str) -> None:
    _send_one(tmp_path, route=route)
    _rehearse(tmp_path)


def test_which_routes_leave_the_machine() -> None:
    assert [leaves(r) for r in ("maildir", None, "smtp://127.0.0.1:25", "smtp://10.0.0.5:25", "smtp")] == [
        False,
        False,
        False,
        True,
        True,  # recorded before routes were: it may have left
    ]


def test_a_lease_taken_under_a_test_clock_does_not_keep_the_real_scheduler_out(tmp_path: Path) -> None:
    real = FakeClock()
    app = build(make_settings(tmp_path), clock=real)
    rehearsal = FakeClock(real.now + timedelta(days=365))
    assert take_lease(app.factory, "oefenrun", rehearsal, 120)
    assert take_lease(app.factory, "dienst", real, 120)
    assert not take_lease(app.factory, "ander", real, 120)  # a lease of now still holds
    app.close()


def test_a_digest_slot_planned_under_a_test_clock_does_not_hold_back_the_real_one(tmp_path: Path) -> None:
    real = FakeClock()
    app = build(make_settings(tmp_path), clock=real)
    rehearsal = FakeClock(real.now + timedelta(days=365))
    with transaction(app.factory) as session:
        digest.ensure_next(session, app.settings, rehearsal.now)
    with transaction(app.factory) as session:
        digest.ensure_next(session, app.settings, real.now)
    with app.factory() as session:
        rows = {r.state: r for r in session.scalars(select(ScheduledMailing).where(ScheduledMailing.step == DIGEST))}
        assert rows[StepState.DUE].due_at <= real.now + timedelta(days=7)
        assert rows[StepState.CANCELLED].due_at > rehearsal.now and "testklok" in (rows[StepState.CANCELLED].note or "")
    app.close()
