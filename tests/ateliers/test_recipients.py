"""Issue 19, items 1, 4 and 5: every atelier step goes only to who may receive it at that moment, a substitute is
invited once and named by name, reminder and follow-up reach whoever comes, and the follow-up's words fit the
atelier (its part of the day, nobody's presence assumed); practical details come from the atelier record."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from sqlalchemy import select

from mailservice.app import App
from mailservice.ateliers.steps import cancel_atelier, send_update
from mailservice.jobs.scheduler import Scheduler
from mailservice.store.db import transaction
from mailservice.store.models import Atelier, Delivery, Member, MemberStatus, Rsvp
from tests.ateliers.helpers import add_atelier, add_members, make_app, per_recipient, reply, sent, utc
from tests.support import FakeClock, deliver, text_of

A, B, C, D = "a.jansen@gemeente-a.nl", "b.bakker@gemeente-b.nl", "c.visser@gemeente-c.nl", "d.smit@gemeente-d.nl"
PETRA = "p.dewit@gemeente-d.nl"
PEOPLE = (
    (A, "Anna Jansen", "member"),
    (B, "Bram Bakker", "member"),
    (C, "Carla Visser", "member"),
    (D, "Dirk Smit", "member"),
)


def _at(app: App, clock: FakeClock, moment: object) -> None:
    clock.now = moment  # type: ignore[assignment]
    Scheduler(app.factory, app.ingest.env, clock).tick()
    app.sender.drain()


def _invitations(app: App) -> dict:  # type: ignore[type-arg]
    return {m["To"]: m for m in sent(app) if m["Subject"].startswith("Uitnodiging")}


def _set_member(app: App, address: str, **values: object) -> None:
    with transaction(app.factory) as session:
        member = session.scalars(select(Member).where(Member.email == address)).one()
        for key, value in values.items():
            setattr(member, key, value)


def _cycle(tmp_path: Path, start: time = time(14, 0)) -> tuple[App, FakeClock]:
    clock = FakeClock(utc(2027, 1, 20, 9, 0))
    app = make_app(tmp_path, clock)
    add_members(app, *PEOPLE)
    add_atelier(app, date(2027, 3, 11), start)
    _at(app, clock, utc(2027, 1, 28, 8, 0))  # the invitation
    return app, clock


def test_update_and_cancellation_skip_who_left_or_bounces(tmp_path: Path) -> None:
    app, _ = _cycle(tmp_path)
    invitations = _invitations(app)
    assert set(invitations) == {A, B, C, D}
    deliver(app, reply(invitations[D], D, f"Ik kan niet, mijn collega Petra de Wit ({PETRA}) komt in mijn plaats."))
    # B leaves the network, C's mail bounces (delivery off), D (whose seat Petra holds) leaves too.
    _set_member(app, B, status=MemberStatus.UNSUBSCRIBED)
    _set_member(app, C, delivery=Delivery.DISABLED)
    _set_member(app, D, status=MemberStatus.UNSUBSCRIBED)
    with transaction(app.factory) as session:
        atelier = session.scalars(select(Atelier)).one()
        atelier.ics_sequence += 1
        send_update(session, app.ingest.env, atelier, ["plaats: Provinciehuis (was: Stadskantoor)"])
    app.sender.drain()
    assert per_recipient(app, "wijziging_atelier") == {A: 1}
    with transaction(app.factory) as session:
        cancel_atelier(session, app.ingest.env, session.scalars(select(Atelier)).one())
    app.sender.drain()
    assert per_recipient(app, "annulering_atelier") == {A: 1}
    app.close()


def test_reminder_and_followup_go_to_who_comes(tmp_path: Path) -> None:
    app, clock = _cycle(tmp_path)
    invitations = _invitations(app)
    deliver(app, reply(invitations[A], A, "Ja, ik kom graag."))
    deliver(app, reply(invitations[B], B, "Ja, ik kom graag."))
    deliver(app, reply(invitations[C], C, "Ja, ik kom graag."))
    deliver(app, reply(invitations[D], D, f"Ik kan niet, mijn collega Petra de Wit ({PETRA}) komt in mijn plaats."))
    _set_member(app, B, status=MemberStatus.UNSUBSCRIBED)  # left after saying yes
    _set_member(app, C, delivery=Delivery.DISABLED)  # mail to C bounces
    _at(app, clock, utc(2027, 3, 8, 8, 0))
    assert per_recipient(app, "herinnering_atelier") == {A: 1, PETRA: 1}
    _at(app, clock, utc(2027, 3, 13, 8, 0))
    assert per_recipient(app, "vervolg_atelier") == {A: 1, PETRA: 1}
    follow_petra = next(m for m in sent(app) if m["To"] == PETRA and m["Subject"].startswith("Terugblik"))
    assert text_of(follow_petra).startswith("Beste Petra de Wit,")
    app.close()


def test_the_member_is_not_asked_to_forward_what_we_sent_the_substitute(tmp_path: Path) -> None:
    app, _ = _cycle(tmp_path)
    invitations = _invitations(app)
    deliver(app, reply(invitations[D], D, f"Ik kan niet, mijn collega Petra de Wit ({PETRA}) komt in mijn plaats."))
    [answer] = [m for m in sent(app) if m["To"] == D and m["Subject"].startswith("Uw vervanger voor het atelier")]
    text = text_of(answer)
    assert "doorsturen" not in text
    assert f"Petra de Wit ({PETRA}) komt in uw plaats" in text
    assert "Wij hebben uw vervanger zelf uitgenodigd" in text
    with app.factory() as session:
        rsvp = session.scalars(select(Rsvp)).one()
        assert (rsvp.substitute, rsvp.substitute_name) == (PETRA, "Petra de Wit")
    # Named again without a name: the name stays; another substitute: the old name goes.
    deliver(app, reply(invitations[D], D, f"Nogmaals: {PETRA} komt in mijn plaats."))
    with app.factory() as session:
        assert session.scalars(select(Rsvp)).one().substitute_name == "Petra de Wit"
    deliver(app, reply(invitations[D], D, "Ik kan niet; mijn collega k.hof@gemeente-d.nl komt in mijn plaats."))
    with app.factory() as session:
        rsvp = session.scalars(select(Rsvp)).one()
        assert (rsvp.substitute, rsvp.substitute_name) == ("k.hof@gemeente-d.nl", None)
    app.close()


def _followup_text(tmp_path: Path, start: time) -> str:
    app, clock = _cycle(tmp_path, start)
    deliver(app, reply(_invitations(app)[A], A, "Ja, ik kom graag."))
    _at(app, clock, utc(2027, 3, 13, 8, 0))
    [follow] = [m for m in sent(app) if m["To"] == A and m["Subject"].startswith("Terugblik")]
    app.close()
    return text_of(follow)


def test_followup_fits_the_part_of_day_and_assumes_no_presence(tmp_path: Path) -> None:
    for start, part in ((time(9, 30), "ochtend"), (time(14, 0), "middag"), (time(19, 0), "avond")):
        text = _followup_text(tmp_path / part, start)
        assert f"een {part} vol inzichten" in text
        assert "Dank voor uw komst" not in text and "dank voor uw deelname" not in text.lower()


def test_practical_details_come_from_the_atelier(tmp_path: Path) -> None:
    app, clock = _cycle(tmp_path)
    deliver(app, reply(_invitations(app)[A], A, "Ja, ik kom graag."))
    deliver(app, reply(_invitations(app)[B], B, "Ja, ik kom graag."))
    with transaction(app.factory) as session:
        session.scalars(select(Atelier)).one().practical = "Inloop vanaf 13.30 uur; parkeren in garage Vredenburg."
    _at(app, clock, utc(2027, 3, 8, 8, 0))
    text = text_of(next(m for m in sent(app) if m["To"] == A and m["Subject"].startswith("Herinnering")))
    assert "Inloop vanaf 13.30 uur; parkeren in garage Vredenburg." in text
    assert "koffie en thee" not in text  # no longer fixed in the template
    app.close()
