"""After the invitation: a change of time or place sends an updated calendar request; a substitute gets an
invitation of their own; a theme suggestion is thanked (a person only, never an automatic message)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice.app import App
from mailservice.ateliers.steps import cancel_atelier
from mailservice.cli import main
from mailservice.jobs.scheduler import Scheduler
from mailservice.store.db import transaction
from mailservice.store.models import Atelier, InboundMessage, Rsvp, ScheduledMailing
from tests.ateliers.helpers import (
    add_atelier,
    add_members,
    calendar_of,
    make_app,
    outlook_acceptance,
    per_recipient,
    reply,
    rows,
    sent,
    utc,
)
from tests.support import FakeClock, deliver, text_of

A, B, C, D = "a.jansen@gemeente-a.nl", "b.bakker@gemeente-b.nl", "c.visser@gemeente-c.nl", "d.smit@gemeente-d.nl"
PETRA = "p.dewit@gemeente-d.nl"
PEOPLE = (
    (A, "Anna Jansen", "member"),
    (B, "Bram Bakker", "member"),
    (C, "Carla Visser", "member"),
    (D, "Dirk Smit", "member"),
)


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The CLI in this process on the test's database and Maildir, at the test's time (``clock.file``)."""
    for name in list(os.environ):
        if name.startswith("MAILSERVICE_") and name != "MAILSERVICE_CORPUS":
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MAILSERVICE_DATABASE__URL", f"sqlite:///{tmp_path / 'mailservice.db'}")
    monkeypatch.setenv("MAILSERVICE_OUTBOUND__MAILDIR", str(tmp_path / "outbox"))
    monkeypatch.setenv("MAILSERVICE_CLOCK__FILE", str(tmp_path / "klok"))
    yield tmp_path / "klok"


def cli(capsys: pytest.CaptureFixture[str], clock_file: Path, clock: FakeClock, *args: str) -> str:
    clock_file.write_text(clock().isoformat())
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _invite(app: App, clock: FakeClock) -> dict:  # type: ignore[type-arg]
    clock.now = utc(2027, 1, 28, 8, 0)
    Scheduler(app.factory, app.ingest.env, clock).tick()
    app.sender.drain()
    return {m["To"]: m for m in sent(app) if m["Subject"].startswith("Uitnodiging")}


def test_changed_time_and_place_send_an_updated_request(
    tmp_path: Path, cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FakeClock(utc(2027, 1, 20, 9, 0))
    app = make_app(tmp_path, clock)
    add_members(app, *PEOPLE)
    ref = add_atelier(app, date(2027, 3, 11))

    # Before the invitation a change sends nothing: the invitation will carry it.
    out = cli(capsys, cli_env, clock, "ateliers", "edit", ref, "--begin", "15:00")
    assert (
        "tijd: donderdag 11 maart 2027, 15.00 tot 18.00 uur (was: donderdag 11 maart 2027, 14.00 tot 17.00 uur)" in out
    )
    assert "bijgewerkte" not in out and rows(app) == []
    invitations = _invite(app, clock)
    first = calendar_of(invitations[A]).walk("VEVENT")[0]
    assert int(first["SEQUENCE"]) == 1 and first.decoded("DTSTART").isoformat() == "2027-03-11T15:00:00+01:00"

    deliver(app, reply(invitations[A], A, "Ja, ik kom graag."))
    deliver(app, reply(invitations[B], B, "Ik ben helaas verhinderd."))
    deliver(app, reply(invitations[D], D, f"Ik kan niet, mijn collega Petra de Wit ({PETRA}) komt in mijn plaats."))

    # What the calendar does not hold changes nothing for the members.
    assert "bijgewerkte" not in cli(capsys, cli_env, clock, "ateliers", "edit", ref, "--capaciteit", "30")
    assert rows(app, "wijziging_atelier") == []

    out = cli(
        capsys,
        cli_env,
        clock,
        "ateliers",
        "edit",
        ref,
        "--datum",
        "2027-03-18",
        "--plaats",
        "Provinciehuis, Pythagoraslaan 101, Utrecht",
        "--ja",  # issue 15: mail that goes out at once needs it
    )
    assert "4 bijgewerkte uitnodiging(en)" in out
    app.sender.drain()
    # Everyone invited, once, and the substitute holding D's seat.
    assert per_recipient(app, "wijziging_atelier") == {A: 1, B: 1, C: 1, D: 1, PETRA: 1}
    updates = {m["To"]: m for m in sent(app) if m["Subject"].startswith("Gewijzigd: Leer- en inspireer-atelier")}
    assert updates[A]["Subject"] == "Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]"
    cal = calendar_of(updates[C])
    event = cal.walk("VEVENT")[0]
    assert str(cal["METHOD"]) == "REQUEST" and str(event["UID"]) == str(first["UID"])
    assert int(event["SEQUENCE"]) == 2 and event.decoded("DTSTART").isoformat() == "2027-03-18T15:00:00+01:00"
    assert str(event["LOCATION"]) == "Provinciehuis, Pythagoraslaan 101, Utrecht"
    assert "mailto:" + C in str(event["ATTENDEE"])
    text = text_of(updates[C])
    assert (
        "- datum en tijd: donderdag 18 maart 2027, 15.00 tot 18.00 uur "
        "(was: donderdag 11 maart 2027, 15.00 tot 18.00 uur)"
    ) in text
    assert "- plaats: Provinciehuis, Pythagoraslaan 101, Utrecht (was: Stadskantoor, Vredenburg 3, Utrecht)" in text
    # The facts block below the list of changes shows the new moment and place, not the old ones.
    assert "Wanneer: donderdag 18 maart 2027, 15.00 tot 18.00 uur" in text
    assert "Waar:    Provinciehuis, Pythagoraslaan 101, Utrecht" in text
    assert "Komt u? Beantwoord deze e-mail" in text
    assert "Uw aanmelding blijft staan" in text_of(updates[A])
    assert "U had zich afgemeld" in text_of(updates[B])
    assert "U komt in plaats van Dirk Smit" in text_of(updates[PETRA])
    assert "mailto:" + PETRA in str(calendar_of(updates[PETRA]).walk("VEVENT")[0]["ATTENDEE"])
    with app.factory() as session:
        steps = {s.step: s for s in session.scalars(select(ScheduledMailing))}
        assert steps["reminder"].due_at == utc(2027, 3, 15, 8, 0)  # the reminder moved with the date
        assert steps["update"].state == "sent" and "SEQUENCE 2" in (steps["update"].note or "")
    # A reply to the update is an RSVP for this atelier (found through the update's mailing).
    deliver(app, reply(updates[B], B, "Op de nieuwe datum kan ik wel, ik kom graag."))
    assert per_recipient(app, "bevestiging_rsvp")[B] == 2
    app.close()


def test_a_substitute_gets_an_invitation_of_their_own(tmp_path: Path) -> None:
    clock = FakeClock(utc(2027, 1, 28, 8, 0))
    app = make_app(tmp_path, clock)
    add_members(app, *PEOPLE)
    add_atelier(app, date(2027, 3, 11))
    invitations = _invite(app, clock)
    deliver(
        app, reply(invitations[D], D, f"Ik kan helaas niet. Mijn collega Petra de Wit ({PETRA}) komt in mijn plaats.")
    )
    [row] = rows(app, "uitnodiging_vervanger")
    assert row.to_addr == PETRA and row.member_id is None  # her bounces must not count against Dirk
    [mail] = [m for m in sent(app) if m["To"] == PETRA]
    assert mail["Subject"] == "Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
    text = text_of(mail)
    assert text.startswith("Beste Petra de Wit,")  # greeted by the name Dirk gave (issue 19, item 4)
    assert 'Dirk Smit kan zelf niet naar het Leer- en inspireer-atelier "Sturen op samenwerking" komen' in text
    assert "donderdag 11 maart 2027, 14.00 tot 17.00 uur" in text and "Afmelden?" not in text
    event = calendar_of(mail).walk("VEVENT")[0]
    assert "mailto:" + PETRA in str(event["ATTENDEE"])
    # Dirk's confirmation asks nothing of him any more than it did; saying it again sends Petra nothing new.
    deliver(app, reply(invitations[D], D, f"Nogmaals: {PETRA} komt in mijn plaats."))
    assert len(rows(app, "uitnodiging_vervanger")) == 1
    # Petra accepts in Outlook: recognised as Dirk's substitute, no work for the secretariat.
    deliver(app, outlook_acceptance(PETRA, str(event["UID"]), str(event["SUMMARY"])))
    with app.factory() as session:
        last = session.scalars(select(InboundMessage).order_by(InboundMessage.id.desc())).first()
        assert last is not None and last.status == "handled" and f"vervanger {PETRA}" in (last.reason or "")
    # A cancellation reaches her calendar too: METHOD:CANCEL, same UID.
    with transaction(app.factory) as session:
        cancel_atelier(session, app.ingest.env, session.scalars(select(Atelier)).one())
    app.sender.drain()
    [cancelled] = [m for m in sent(app) if m["To"] == PETRA and m["Subject"].startswith("Geannuleerd")]
    cal = calendar_of(cancelled)
    assert str(cal["METHOD"]) == "CANCEL" and str(cal.walk("VEVENT")[0]["UID"]) == str(event["UID"])
    app.close()


def test_a_substitute_no_longer_needed_is_told_and_the_calendar_item_withdrawn(tmp_path: Path) -> None:
    clock = FakeClock(utc(2027, 1, 28, 8, 0))
    app = make_app(tmp_path, clock)
    add_members(app, *PEOPLE)
    add_atelier(app, date(2027, 3, 11))
    invitations = _invite(app, clock)
    deliver(
        app, reply(invitations[D], D, f"Ik kan helaas niet. Mijn collega Petra de Wit ({PETRA}) komt in mijn plaats.")
    )
    [invited] = [m for m in sent(app) if m["To"] == PETRA]
    uid = str(calendar_of(invited).walk("VEVENT")[0]["UID"])
    deliver(app, reply(invitations[D], D, "Goed nieuws: ik kan toch zelf komen, ik ben erbij."))
    [released] = [m for m in sent(app) if m["To"] == PETRA and m["Subject"].startswith("U hoeft niet te komen")]
    assert "Dirk Smit heeft ons laten weten dat u niet meer in zijn of haar plaats" in text_of(released)
    cal = calendar_of(released)
    assert str(cal["METHOD"]) == "CANCEL" and str(cal.walk("VEVENT")[0]["UID"]) == uid
    with app.factory() as session:
        rsvp = session.scalars(select(Rsvp)).one()
        assert rsvp.status == "attending" and rsvp.substitute is None
    # Saying it again tells Petra nothing new.
    deliver(app, reply(invitations[D], D, "Nogmaals: ik kom zelf."))
    assert len([m for m in sent(app) if m["To"] == PETRA]) == 2
    app.close()


def test_a_suggestion_is_thanked_an_automatic_one_is_not(tmp_path: Path) -> None:
    clock = FakeClock(utc(2026, 12, 1, 8, 0))
    app = make_app(tmp_path, clock)
    add_members(app, *PEOPLE)
    add_atelier(app, date(2027, 3, 11))
    clock.now = utc(2026, 12, 31, 8, 0)  # the call for themes
    Scheduler(app.factory, app.ingest.env, clock).tick()
    app.sender.drain()
    calls = {m["To"]: m for m in sent(app) if m["Subject"].startswith("Welke thema's")}
    deliver(
        app,
        reply(calls[A], A, "Mijn suggesties:\n- de relatie met de gemeenteraden\n- digitalisering van werkprocessen"),
    )
    assert per_recipient(app, "bedankt_suggestie") == {A: 1}
    [thanks] = [m for m in sent(app) if m["Subject"].startswith("Dank voor uw themasuggestie")]
    assert thanks["Subject"] == "Dank voor uw themasuggestie [atelier:2027-1]"
    assert thanks["In-Reply-To"] and thanks["Auto-Submitted"] == "auto-replied"
    text = text_of(thanks)
    assert "- thema's: Samenwerking, Organisatie" in text
    assert "- De relatie met de gemeenteraden" in text and "- Digitalisering van werkprocessen" in text
    assert "Op 21 januari 2027 tellen wij alle suggesties" in text

    # The same suggestion from an automatic sender (RFC 3834) is stored or not, but never answered.
    auto = reply(calls[B], B, "Mijn suggesties:\n- digitalisering van werkprocessen")
    auto = auto.replace(b"\nSubject:", b"\nAuto-Submitted: auto-generated\nSubject:", 1)
    deliver(app, auto)
    assert per_recipient(app, "bedankt_suggestie") == {A: 1}
    assert B not in {r.to_addr for r in rows(app) if r.purpose != "oproep_themas"}
    app.close()
