"""A whole atelier cycle with a controllable clock: each mail once, at its time, to the right people, in Dutch;
RSVPs by reply (several phrasings, an Outlook acceptance, a change of mind, a substitute), the waiting list,
the tally per theme."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from mailservice.jobs.scheduler import Scheduler
from mailservice.store.models import (
    Atelier,
    AtelierState,
    InboundMessage,
    Rsvp,
    ScheduledMailing,
    Suggestion,
)
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
SECRETARIAT = "secretariaat@ambtelijkefusie.nl"


def test_whole_cycle(tmp_path: Path) -> None:
    clock = FakeClock(utc(2026, 11, 2, 9))
    app = make_app(tmp_path, clock)
    add_members(
        app,
        (A, "Anna Jansen", "member"),
        (B, "Bram Bakker", "member"),
        (C, "Carla Visser", "member"),
        (D, "Dirk Smit", "adviesraad"),
    )
    ref = add_atelier(app, date(2027, 3, 11), capacity=3)  # Thursday 14:00 CET = 13:00 UTC
    assert ref == "2027-1"
    scheduler = Scheduler(app.factory, app.ingest.env, clock)

    def at(moment) -> None:  # type: ignore[no-untyped-def]
        clock.now = moment
        scheduler.tick()
        app.sender.drain()

    # Nothing before its time: one minute before the call for themes (09:00 Amsterdam = 08:00 UTC).
    at(utc(2026, 12, 31, 7, 59))
    assert rows(app) == []

    # 1. The call for themes, 10 weeks before, to every active member, once.
    at(utc(2026, 12, 31, 8, 0))
    at(utc(2026, 12, 31, 8, 1))  # a second tick sends nothing again
    assert per_recipient(app, "oproep_themas") == {A: 1, B: 1, C: 1, D: 1}
    calls = {m["To"]: m for m in sent(app)}
    call = calls[A]
    assert call["Subject"].startswith("Welke thema's wilt u bespreken?") and "[atelier:2027-1]" in call["Subject"]
    assert "De leden bepalen samen de gespreksthema's" in text_of(call)
    assert "21 januari 2027" in text_of(call)  # answer before the tally

    # Replies become suggestions per member, with themes and topics.
    deliver(app, reply(calls[A], A, "Graag bespreek ik:\n- digitalisering van werkprocessen"))
    deliver(
        app,
        reply(calls[B], B, "Mijn suggesties:\n- de relatie met de gemeenteraden\n- digitalisering van werkprocessen"),
    )
    deliver(app, reply(calls[C], C, "- lange termijn visie en bestuurlijke prioriteiten"))
    with app.factory() as session:
        stored = {s.member.email: s for s in session.scalars(select(Suggestion))}
        assert set(stored) == {A, B, C}
        assert "organisatie" in stored[A].themes and "samenwerking" in stored[B].themes
        assert all(s.atelier is not None and s.atelier.reference == ref for s in stored.values())

    # 2. The tally, 7 weeks before, to the secretariat and the Adviesraad only.
    at(utc(2027, 1, 21, 8, 0))
    assert per_recipient(app, "telling_themas") == {SECRETARIAT: 1, D: 1}
    tally_mail = next(m for m in sent(app) if m["To"] == SECRETARIAT and "Telling" in m["Subject"])
    text = text_of(tally_mail)
    assert "3 leden hebben samen 3 suggesties gestuurd" in text
    assert "Organisatie: 2 leden" in text and "Digitalisering van werkprocessen (2x)" in text  # as first written
    assert "Samenwerking: 1 lid" in text and "Strategie: 1 lid" in text

    # The Adviesraad's answer to the tally is advice for the secretariat, not a suggestion (issue 16).
    board_tally = next(m for m in sent(app) if m["To"] == D and "Telling" in m["Subject"])
    before = len(sent(app))
    advice = deliver(app, reply(board_tally, D, "Graag bespreek ik:\n- digitalisering van werkprocessen"))
    with app.factory() as session:
        inbound = session.get(InboundMessage, advice)
        assert inbound is not None and inbound.status == "unhandled" and "telling" in (inbound.reason or "")
        # Read as a suggestion all the same, it still goes to the secretariat as advice.
        from mailservice.actions.ateliers import suggestion
        from mailservice.classify import Kind, classify
        from mailservice.ingest import thread_match

        decision = classify(inbound.raw, thread=lambda ids: thread_match(session, ids))
        outcome = suggestion(
            session, app.ingest.env, inbound, decision.replace(kind=Kind.SUGGESTION, themes=("organisatie",))
        )
        assert outcome.status == "unhandled" and "advies van de Adviesraad" in outcome.reason
        assert {s.member.email for s in session.scalars(select(Suggestion))} == {A, B, C}
    assert len(sent(app)) == before  # not thanked as a suggestion

    # 3. The invitation, 6 weeks before, to every member, with an .ics meeting request.
    at(utc(2027, 1, 28, 8, 0))
    assert per_recipient(app, "uitnodiging_atelier") == {A: 1, B: 1, C: 1, D: 1}
    invitations = {m["To"]: m for m in sent(app) if m["Subject"].startswith("Uitnodiging")}
    cal = calendar_of(invitations[B])
    event = cal.walk("VEVENT")[0]
    assert str(cal["METHOD"]) == "REQUEST" and str(event["UID"]) == "atelier-2027-1@ambtelijkefusie.nl"
    assert "mailto:" + B in str(event["ATTENDEE"])
    with app.factory() as session:
        assert session.scalars(select(Atelier)).one().state == AtelierState.INVITED

    # 4. RSVPs. Capacity 3: A says yes, B accepts in Outlook, C comes with a colleague (2 seats: waiting list),
    # D sends a substitute (waits behind C: nobody jumps the line).
    deliver(app, reply(invitations[A], A, "Ja, ik kom graag!"))
    deliver(app, outlook_acceptance(B, str(event["UID"]), str(event["SUMMARY"])))
    deliver(app, reply(invitations[C], C, "Ik ben er graag bij, met een collega."))
    deliver(
        app,
        reply(
            invitations[D],
            D,
            "Ik kan helaas niet. Mijn collega Petra de Wit (p.dewit@gemeente-d.nl) komt in mijn plaats.",
        ),
    )
    answers = {
        m["To"]: m
        for m in sent(app)
        if "[atelier:2027-1]" in m["Subject"]
        and (m["Subject"].startswith(("Uw aanmelding", "U staat op de wachtlijst", "Uw afmelding")))
    }
    assert answers[A]["Subject"].startswith("Uw aanmelding") and "U bent aangemeld" in text_of(answers[A])
    assert answers[B]["Subject"].startswith("Uw aanmelding")
    assert answers[C]["Subject"].startswith("U staat op de wachtlijst") and "plaats 1" in text_of(answers[C])
    assert answers[D]["Subject"].startswith("U staat op de wachtlijst") and "plaats 2" in text_of(answers[D])
    status = _statuses(app)
    assert status == {
        A: ("attending", 0, None),
        B: ("attending", 0, None),
        C: ("waiting", 1, None),
        D: ("waiting", 0, "p.dewit@gemeente-d.nl"),
    }
    assert rows(app, "uitnodiging_vervanger") == []  # the substitute hears from us once the seat is theirs

    # A changes her mind: her seat and the one left make two, so C (with a guest) moves up and is told; D, next
    # in line, still waits (3 of 3 seats). Then B cannot either: D's substitute gets the seat.
    deliver(app, reply(answers[A], A, "Ik moet mij helaas afmelden voor het atelier."))
    status = _statuses(app)
    assert status[A][0] == "declined" and status[C] == ("attending", 1, None) and status[D][0] == "waiting"
    assert per_recipient(app, "wachtlijst_plaats") == {C: 1}
    deliver(app, reply(answers[B], B, "Helaas, ik kan toch niet aanwezig zijn."))
    status = _statuses(app)
    assert status[B][0] == "declined" and status[D] == ("attending", 0, "p.dewit@gemeente-d.nl")
    assert per_recipient(app, "wachtlijst_plaats") == {C: 1, D: 1}
    assert per_recipient(app, "uitnodiging_vervanger") == {"p.dewit@gemeente-d.nl": 1}
    moved = next(m for m in sent(app) if m["To"] == C and m["Subject"].startswith("Er is een plaats vrij"))
    assert "met 1 gast" in text_of(moved)
    with app.factory() as session:
        a_rsvp = session.scalars(select(Rsvp).where(Rsvp.member.has(email=A))).one()
        assert [c.status for c in a_rsvp.changes] == ["attending", "declined"]  # the history is kept
        reasons = [i.reason for i in session.scalars(select(InboundMessage))]
        assert any("UID atelier-2027-1@ambtelijkefusie.nl" in (r or "") for r in reasons)

    # 5. The reminder, 3 days before at 09:00, to those who come: C (with a guest) and D's substitute in D's
    # place, not D, who will not be there (issue 19, item 4).
    at(utc(2027, 3, 8, 8, 0))
    petra = "p.dewit@gemeente-d.nl"
    assert per_recipient(app, "herinnering_atelier") == {C: 1, petra: 1}
    reminder_petra = next(m for m in sent(app) if m["To"] == petra and m["Subject"].startswith("Herinnering"))
    assert "U komt in plaats van Dirk Smit" in text_of(reminder_petra)
    assert "doorsturen" not in text_of(reminder_petra)
    assert "donderdag 11 maart 2027, 14.00 tot 17.00 uur" in text_of(reminder_petra)

    # 6. The follow-up, 2 days after, to those who held a seat (C, and Petra in D's place); the atelier is held.
    at(utc(2027, 3, 13, 8, 0))
    assert per_recipient(app, "vervolg_atelier") == {C: 1, petra: 1}
    follow = next(m for m in sent(app) if m["To"] == C and m["Subject"].startswith("Terugblik"))
    assert "een middag vol inzichten" in text_of(follow)  # the atelier began at 14.00
    assert "Het verslag volgt binnenkort" in text_of(follow)
    with app.factory() as session:
        assert session.scalars(select(Atelier)).one().state == AtelierState.HELD
        steps = list(session.scalars(select(ScheduledMailing).where(ScheduledMailing.atelier_id.is_not(None))))
        assert {s.step: s.state for s in steps} == dict.fromkeys(
            ("call_for_themes", "tally", "invitation", "reminder", "followup"), "sent"
        )
        # Each step went out at its time: the rows were written at the tick of the due minute.
        for s in steps:
            assert s.done_at == s.due_at
    # A reply to the follow-up is a suggestion for the next atelier (none planned yet).
    deliver(app, reply(follow, C, "Een goed onderwerp voor de volgende keer: informatieveiligheid en cyber."))
    with app.factory() as session:
        later = session.scalars(select(Suggestion).order_by(Suggestion.id.desc())).first()
        assert later is not None and later.atelier_id is None and "organisatie" in later.themes
    app.close()


def _statuses(app) -> dict[str, tuple[str, int, str | None]]:  # type: ignore[no-untyped-def]
    with app.factory() as session:
        return {r.member.email: (r.status, r.guests, r.substitute) for r in session.scalars(select(Rsvp))}


def test_rsvp_phrasings_and_unclear_cases(tmp_path: Path) -> None:
    clock = FakeClock(utc(2027, 1, 28, 8, 0))
    app = make_app(tmp_path, clock)
    people = [(f"lid{i}@gemeente-{i}.nl", f"Lid {i}", "member") for i in range(6)]
    add_members(app, *people)
    add_atelier(app, date(2027, 3, 11))  # invitation due now (42 days before)
    Scheduler(app.factory, app.ingest.env, clock).tick()
    app.sender.drain()
    invitations = {m["To"]: m for m in sent(app)}
    phrasings = {
        "lid0@gemeente-0.nl": ("Ik neem graag deel.", "attending"),
        "lid1@gemeente-1.nl": ("Wij zijn erbij met z'n tweeën.", "attending"),
        "lid2@gemeente-2.nl": ("Ik ben helaas verhinderd.", "declined"),
        "lid3@gemeente-3.nl": ("Ik kan er helaas niet bij zijn.", "declined"),
    }
    for address, (body, _) in phrasings.items():
        deliver(app, reply(invitations[address], address, body))
    status = _statuses(app)
    assert {a: s for a, (s, _, _) in status.items()} == {a: want for a, (_, want) in phrasings.items()}
    assert status["lid1@gemeente-1.nl"][1] == 1
    # Unclear: no yes or no; and a non-member: both for the secretariat.
    deliver(app, reply(invitations["lid4@gemeente-4.nl"], "lid4@gemeente-4.nl", "Wat is het adres precies?"))
    deliver(app, reply(invitations["lid5@gemeente-5.nl"], "onbekend@elders.nl", "Ja, ik kom graag."))
    with app.factory() as session:
        last = list(session.scalars(select(InboundMessage).order_by(InboundMessage.id.desc()).limit(2)))
        assert [m.status for m in last] == ["handled", "unhandled"]  # newest first
    # A secretary answering in the director's thread counts for the director (our mail went to that member).
    assert "lid5@gemeente-5.nl" in _statuses(app)
    app.close()
