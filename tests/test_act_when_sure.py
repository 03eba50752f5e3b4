"""Issue 17 and issue 19 items 2 and 3, through the real pipeline: what the second-generation classifier decides is
acted on as a whole (leaving and declining in one reply both), a denial withdraws a pending sign-up so that no
reminder follows, and a reply "afmelden voor het netwerk" to an atelier mail leaves the network."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from mailservice.app import App
from mailservice.jobs.reminders import remind_unconfirmed
from mailservice.store.db import transaction
from mailservice.store.models import InboundStatus, Member, MemberStatus, Rsvp, RsvpStatus
from tests.ateliers.helpers import add_atelier, add_members, make_app, reply, sent, utc
from tests.support import FakeClock, deliver, inbound_row, mail, outbox_messages

A, B = "a.jansen@gemeente-a.nl", "b.bakker@gemeente-b.nl"


def _invited(tmp_path: Path) -> tuple[App, dict]:  # type: ignore[type-arg]
    from mailservice.jobs.scheduler import Scheduler

    clock = FakeClock(utc(2027, 1, 20, 9, 0))
    app = make_app(tmp_path, clock)
    add_members(app, (A, "Anna Jansen", "member"), (B, "Bram Bakker", "member"))
    add_atelier(app, date(2027, 3, 11))
    clock.now = utc(2027, 1, 28, 8, 0)
    Scheduler(app.factory, app.ingest.env, clock).tick()
    app.sender.drain()
    return app, {m["To"]: m for m in sent(app) if m["Subject"].startswith("Uitnodiging")}


def _status(app: App, address: str) -> str:
    with app.factory() as session:
        return str(session.scalars(select(Member.status).where(Member.email == address)).one())


def _rsvp(app: App, address: str) -> str | None:
    with app.factory() as session:
        row = session.scalars(select(Rsvp).join(Member).where(Member.email == address)).first()
        return str(row.status) if row is not None else None


_inbound = inbound_row


def test_leaving_and_declining_in_one_reply_are_both_acted_on(tmp_path: Path) -> None:
    app, invitations = _invited(tmp_path)
    deliver(app, reply(invitations[A], A, "Ik kom graag!"))
    assert _rsvp(app, A) == str(RsvpStatus.ATTENDING)
    inbound = deliver(
        app, reply(invitations[A], A, "Ik kan toch niet komen en wil me ook afmelden voor het netwerk: ik ga weg.")
    )
    row = _inbound(app, inbound)
    assert (row.kind, row.status) == ("unsubscribe", InboundStatus.HANDLED), row.reason
    assert _status(app, A) == str(MemberStatus.UNSUBSCRIBED)  # a reply to our mail to A: evidence enough
    assert _rsvp(app, A) == str(RsvpStatus.DECLINED)  # and the seat is free again
    assert "ook voor het atelier" in (row.reason or "")
    app.close()


def test_network_footer_reply_to_an_atelier_mail_leaves_the_network(tmp_path: Path) -> None:
    """Issue 19, item 2: the footer under atelier mails says "afmelden voor het netwerk"; so answered, it is so."""
    app, invitations = _invited(tmp_path)
    deliver(app, reply(invitations[B], B, "Afmelden voor het netwerk"))
    assert _status(app, B) == str(MemberStatus.UNSUBSCRIBED)
    deliver(app, reply(invitations[A], A, "Afmelden"))  # a bare "afmelden" there stays a decline
    assert _status(app, A) == str(MemberStatus.ACTIVE)
    assert _rsvp(app, A) == str(RsvpStatus.DECLINED)
    app.close()


def test_a_denial_withdraws_the_sign_up_and_no_reminder_follows(app: App, clock: FakeClock) -> None:
    """Issue 19, item 3: "Ik heb mij helemaal niet aangemeld" in answer to our request."""
    deliver(app, mail(sender="Collega <secretariaat@gemeente-a.nl>", body="Graag meld ik j.jansen@gemeente-a.nl aan."))
    request = outbox_messages(app.settings.outbound.maildir)[-1]
    assert request["To"] == "j.jansen@gemeente-a.nl"
    inbound = deliver(
        app,
        mail(
            sender="Jan Jansen <j.jansen@gemeente-a.nl>",
            subject=f"RE: {request['Subject']}",
            body="Ik heb mij helemaal niet aangemeld.",
            in_reply_to=request["Message-ID"],
        ),
    )
    assert _inbound(app, inbound).kind == "unsubscribe"
    assert _status(app, "j.jansen@gemeente-a.nl") == str(MemberStatus.UNSUBSCRIBED)
    clock.advance(days=5)
    with transaction(app.factory) as session:
        assert remind_unconfirmed(session, app.ingest.env) == 0
    app.sender.drain()
    assert not [m for m in outbox_messages(app.settings.outbound.maildir) if m["Subject"].startswith("Herinnering")]


def test_a_denial_from_a_confirmed_member_goes_to_the_secretariat(app: App) -> None:
    deliver(app, mail())
    request = outbox_messages(app.settings.outbound.maildir)[-1]
    deliver(app, mail(subject=f"RE: {request['Subject']}", body="Ja", in_reply_to=request["Message-ID"]))
    assert _status(app, "j.jansen@gemeente-a.nl") == str(MemberStatus.ACTIVE)
    inbound = deliver(app, mail(subject="Lidmaatschap", body="Ik heb mij nooit aangemeld voor dit netwerk."))
    row = _inbound(app, inbound)
    assert row.status == InboundStatus.UNHANDLED, row.reason
    assert _status(app, "j.jansen@gemeente-a.nl") == str(MemberStatus.ACTIVE)


def test_an_answer_with_a_topic_beside_it_is_recorded_as_both(tmp_path: Path) -> None:
    # (issue 17, BRIEF.md: a topic under the invitation is a suggestion; the answer beside it is not lost)
    from mailservice.store.models import Suggestion

    app, invitations = _invited(tmp_path)
    body = (
        "Ik kom graag op 11 maart.\n\nEn voor een volgend atelier wil ik een onderwerp aandragen: hoe houd je de "
        "gemeenteraden van vier gemeenten even goed betrokken bij de werkorganisatie?"
    )
    row = _inbound(app, deliver(app, reply(invitations[A], A, body)))
    assert (row.kind, row.status) == ("suggestion", InboundStatus.HANDLED), row.reason
    assert _rsvp(app, A) == str(RsvpStatus.ATTENDING)
    with app.factory() as session:
        (stored,) = session.scalars(select(Suggestion)).all()
        assert stored.themes == ["samenwerking"]
    assert "voor het atelier" in (row.reason or "")
