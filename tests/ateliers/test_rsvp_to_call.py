"""Issue 17: coming to the atelier, said in reply to the call for themes for it, registers the member for that
atelier (rule rsvp-op-themavraag); a remark about another atelier stays with the secretariat."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from mailservice.jobs.scheduler import Scheduler
from mailservice.store.models import InboundMessage, Rsvp, RsvpStatus
from tests.ateliers.helpers import add_atelier, add_members, make_app, reply, sent, utc
from tests.support import FakeClock, deliver

A, B = "a.jansen@gemeente-a.nl", "b.bakker@gemeente-b.nl"


def test_coming_said_in_reply_to_the_call_registers_for_that_atelier(tmp_path: Path) -> None:
    clock = FakeClock(utc(2026, 11, 2, 9))
    app = make_app(tmp_path, clock)
    add_members(app, (A, "Anna Jansen", "member"), (B, "Bram Bakker", "member"))
    ref = add_atelier(app, date(2027, 3, 11), capacity=10)
    scheduler = Scheduler(app.factory, app.ingest.env, clock)
    scheduler.tick()
    clock.now = utc(2026, 12, 31, 8, 0)  # the call for themes, 10 weeks before
    scheduler.tick()
    app.sender.drain()
    calls = {m["To"]: m for m in sent(app) if m["Subject"].startswith("Welke thema's")}

    coming = "Geen onderwerp van mijn kant deze ronde, wel ben ik er op 11 maart zeker bij."
    yes = deliver(app, reply(calls[A], A, coming))
    later = deliver(app, reply(calls[B], B, "Het volgende atelier in september sla ik helaas over."))
    with app.factory() as session:
        rsvps = {r.member.email: r for r in session.scalars(select(Rsvp))}
        assert set(rsvps) == {A} and rsvps[A].status == RsvpStatus.ATTENDING and rsvps[A].atelier.reference == ref
        registered = session.get(InboundMessage, yes)
        assert registered is not None and registered.rule == "rsvp-op-themavraag"
        other = session.get(InboundMessage, later)
        assert other is not None and other.status == "unhandled"


def test_an_answer_forwarded_by_an_assistant_counts_for_the_director_it_names(tmp_path: Path) -> None:
    """rules._passed_on carries the forwarded writer's address (issue 17); the assistant is no member."""
    from mailservice.actions.ateliers import find_member_for
    from mailservice.classify import Decision, Kind

    app = make_app(tmp_path, FakeClock(utc(2026, 11, 2, 9)))
    add_members(app, (A, "Anna Jansen", "member"))
    forwarded = Decision(kind=Kind.RSVP, reason="test", sender="secretariaat@gemeente-a.nl", member_email=A)
    with app.factory() as session:
        member, why = find_member_for(session, forwarded)
        assert member is not None and member.email == A
        assert "doorgestuurd, via secretariaat@gemeente-a.nl" in why
        alone, _ = find_member_for(
            session, Decision(kind=Kind.RSVP, reason="test", sender="secretariaat@gemeente-a.nl")
        )
        assert alone is None
