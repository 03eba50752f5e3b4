"""Issue 19, item 3 (the reminder job's side): someone who answered a confirmation request without confirming gets
no "Herinnering: bevestig uw aanmelding"; an out-of-office is no answer, and neither is a test clock's future."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from mailservice.app import App
from mailservice.jobs.reminders import remind_unconfirmed
from mailservice.store.models import MemberEvent
from tests.support import FakeClock, deliver, mail, outbox_messages

JAN = "Jan Jansen <j.jansen@gemeente-a.nl>"


def _request(app: App) -> tuple[str, str]:
    deliver(app, mail(sender=JAN, body="Graag meld ik mij aan."))
    request = outbox_messages(app.settings.outbound.maildir)[-1]
    return request["Message-ID"], request["Subject"]


def _remind(app: App, clock: FakeClock) -> int:
    clock.advance(days=app.settings.membership.reminder_after_days + 1)
    with app.factory() as s, s.begin():
        return remind_unconfirmed(s, app.ingest.env)


def _events(app: App) -> list[str]:
    with app.factory() as s:
        return [e.event for e in s.scalars(select(MemberEvent).order_by(MemberEvent.id))]


def test_a_denial_stops_the_reminder(app: App, clock: FakeClock) -> None:
    message_id, subject = _request(app)
    deliver(
        app,
        mail(sender=JAN, subject=f"RE: {subject}", body="Ik heb mij helemaal niet aangemeld.", in_reply_to=message_id),
    )
    assert _remind(app, clock) == 0
    assert "confirm_reminded" not in _events(app)


def test_any_answer_without_a_confirmation_stops_the_reminder(app: App, clock: FakeClock) -> None:
    """Whatever the classifier makes of it (here a question for the secretariat): the person reacted."""
    message_id, subject = _request(app)
    deliver(
        app,
        mail(sender=JAN, subject=f"RE: {subject}", body="Wat houdt dit netwerk precies in?", in_reply_to=message_id),
    )
    assert _remind(app, clock) == 0
    assert _events(app)[-1] == "confirm_reminder_skipped"
    assert _remind(app, clock) == 0  # recorded once, and it stays that way
    assert _events(app).count("confirm_reminder_skipped") == 1


def test_an_out_of_office_is_no_answer(app: App, clock: FakeClock) -> None:
    message_id, subject = _request(app)
    deliver(
        app,
        mail(
            sender=JAN,
            subject=f"Automatisch antwoord: {subject}",
            body="Ik ben afwezig tot en met maandag.",
            in_reply_to=message_id,
            headers={"Auto-Submitted": "auto-replied"},
        ),
    )
    assert _remind(app, clock) == 1


def test_a_reminder_dated_ahead_by_a_test_clock_does_not_count(app: App, clock: FakeClock) -> None:
    _request(app)
    with app.factory() as s, s.begin():  # what a rehearsal a year ahead left in this database
        member_id = s.scalars(select(MemberEvent.member_id)).first()
        s.add(MemberEvent(member_id=member_id, at=clock.now + timedelta(days=400), event="confirm_reminded"))
    assert _remind(app, clock) == 1
