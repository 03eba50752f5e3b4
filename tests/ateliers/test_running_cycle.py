"""Issue 7's first "must hold": a whole atelier cycle against the running service (``mailservice run`` as a
process), its clock moved by the test through ``clock.file``, every mail sent over SMTP to an aiosmtpd sink.

Members sign up by mail over SMTP; the secretariat's steps are CLI commands on the same settings. At each step
the test sets the clock one minute before the send time (nothing arrives), then to the send time (each
recipient gets the mail once, dated that minute). Replies go to the service over SMTP like a member's mail.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import os
import smtplib
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.ateliers.helpers import calendar_of, outlook_acceptance, reply, utc
from tests.e2e.process import ServiceProcess
from tests.outbound.sink import Sink
from tests.support import mail, text_of

pytestmark = pytest.mark.slow

A, B, C, D, E, F = (
    f"{x}@gemeente-{x[0]}.nl"
    for x in ("anna.jansen", "bram.bakker", "carla.visser", "dirk.smit", "eva.mulder", "frank.degroot")
)
NAMES = {A: "Anna Jansen", B: "Bram Bakker", C: "Carla Visser", D: "Dirk Smit", E: "Eva Mulder", F: "Frank de Groot"}
MEMBERS = (A, B, C, D, E)
SECRETARIAT = "secretariaat@ambtelijkefusie.nl"
PETRA = "p.dewit@gemeente-d.nl"
TICK = 0.2  # scheduler tick in real seconds; "nothing yet" waits a few ticks


class Inbox:
    """What the sink accepted, parsed; one entry per (message, recipient)."""

    def __init__(self, sink: Sink) -> None:
        self.sink = sink

    def all(self) -> list[tuple[str, EmailMessage]]:
        with self.sink.handler.lock:
            accepted = list(self.sink.handler.messages)
        out = []
        for _, rcpts, raw in accepted:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            out += [(rcpt, msg) for rcpt in rcpts]
        return out  # type: ignore[return-value]

    def find(self, prefix: str) -> dict[str, EmailMessage]:
        found = {}
        for rcpt, msg in self.all():
            if msg["Subject"].startswith(prefix):
                assert rcpt not in found, f"{prefix!r} twice to {rcpt}"
                found[rcpt] = msg
        return found

    def wait(self, prefix: str, recipients: set[str], timeout: float = 15) -> dict[str, EmailMessage]:
        """Wait until ``recipients`` have the mail, then a few ticks more: nobody else, nobody twice."""
        wait_until(lambda: set(self.find(prefix)) >= recipients, f"{prefix} to {sorted(recipients)}", timeout)
        time.sleep(3 * TICK)
        found = self.find(prefix)
        assert set(found) == recipients, f"{prefix}: {sorted(found)}"
        return found


def wait_until(check: Callable[[], object], what: str, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def running(tmp_path: Path) -> Iterator[tuple[ServiceProcess, Inbox, Callable[[datetime], None]]]:
    sink = Sink().start()
    clock_file = tmp_path / "testklok"

    def set_clock(moment: datetime) -> None:
        # Atomic: the service must never read a half-written time.
        tmp = clock_file.with_suffix(".tmp")
        tmp.write_text(moment.isoformat(), encoding="utf-8")
        os.replace(tmp, clock_file)

    set_clock(utc(2026, 11, 2, 10, 0))
    proc = ServiceProcess(
        tmp_path,
        env={
            "MAILSERVICE_CLOCK__FILE": str(clock_file),
            "MAILSERVICE_OUTBOUND__TRANSPORT": "smtp",
            "MAILSERVICE_SMTP__HOST": "127.0.0.1",
            "MAILSERVICE_SMTP__PORT": str(sink.port),
            # The clock stands still between steps: a per-minute window would never empty.
            "MAILSERVICE_OUTBOUND__RATE_PER_MINUTE": "0",
            "MAILSERVICE_OUTBOUND__RATE_PER_DAY": "0",
            "MAILSERVICE_SCHEDULER__TICK_SECONDS": str(TICK),
            "MAILSERVICE_SCHEDULER__LEASE_SECONDS": "60",
            "MAILSERVICE_SCHEDULER__DIGEST": "false",
        },
    )
    proc.start()
    try:
        yield proc, Inbox(sink), set_clock
    finally:
        proc.stop()
        sink.stop()


def send(proc: ServiceProcess, raw: bytes, sender: str) -> None:
    with smtplib.SMTP("127.0.0.1", proc.port, timeout=30) as smtp:
        smtp.sendmail(sender, ["info@ambtelijkefusie.nl"], raw)


def sent_at(msg: EmailMessage) -> datetime:
    return email.utils.parsedate_to_datetime(msg["Date"])


def count(proc: ServiceProcess, sql: str) -> int:
    with proc.db() as db:
        return db.execute(sql).fetchone()[0]


def test_whole_cycle_against_the_running_service(running) -> None:  # type: ignore[no-untyped-def]
    proc, inbox, set_clock = running

    # Six people sign up by mail; five confirm, one (F) never does.
    for who in (*MEMBERS, F):
        send(proc, mail(sender=f"{NAMES[who]} <{who}>", subject="Aanmelden"), who)
    requests = inbox.wait("Bevestig uw aanmelding", {*MEMBERS, F})
    for who in MEMBERS:
        send(
            proc,
            mail(
                sender=who, subject=f"RE: {requests[who]['Subject']}", body="", in_reply_to=requests[who]["Message-ID"]
            ),
            who,
        )
    inbox.wait("Welkom bij het", set(MEMBERS))
    proc.cli("members", "set-role", D, "adviesraad")
    out = proc.cli(
        "ateliers",
        "add",
        "--titel",
        "Sturen op samenwerking",
        "--thema",
        "samenwerking",
        "--datum",
        "2027-03-11",
        "--begin",
        "14:00",
        "--plaats",
        "Stadskantoor, Vredenburg 3, Utrecht",
        "--capaciteit",
        "3",
        "--beschrijving",
        "Hoe houdt u de couleur locale in het oog?",
    )
    assert "Atelier 2027-1 gepland" in out

    def step(due: datetime, prefix: str, recipients: set[str]) -> dict[str, EmailMessage]:
        """One minute early nothing; at ``due`` each recipient once, dated ``due``."""
        set_clock(due - timedelta(minutes=1))
        time.sleep(3 * TICK)
        assert inbox.find(prefix) == {}, f"{prefix} before its time"
        set_clock(due)
        found = inbox.wait(prefix, recipients)
        assert {sent_at(m) for m in found.values()} == {due}
        return found

    # The unconfirmed sign-up: one reminder after three days, then it lapses after thirty (without mail).
    step(utc(2026, 11, 5, 10, 0), "Herinnering: bevestig uw aanmelding", {F})
    set_clock(utc(2026, 12, 2, 10, 0))
    wait_until(
        lambda: count(proc, f"select count(*) from members where email = '{F}' and status = 'expired'"),
        "the sign-up to lapse",
    )

    # 1. Call for themes, 10 weeks before at 09:00 Amsterdam time (08:00 UTC), to the five active members.
    calls = step(utc(2026, 12, 31, 8, 0), "Welke thema's wilt u bespreken?", set(MEMBERS))
    assert "De leden bepalen samen de gespreksthema's" in text_of(calls[A])
    assert "21 januari 2027" in text_of(calls[A])
    send(proc, reply(calls[A], A, "Graag bespreek ik:\n- digitalisering van werkprocessen"), A)
    send(
        proc,
        reply(calls[B], B, "Mijn suggesties:\n- de relatie met de gemeenteraden\n- digitalisering van werkprocessen"),
        B,
    )
    send(proc, reply(calls[C], C, "- lange termijn visie en bestuurlijke prioriteiten"), C)
    thanks = inbox.wait("Dank voor uw themasuggestie", {A, B, C})
    assert "- thema's: Samenwerking, Organisatie" in text_of(thanks[B])
    assert count(proc, "select count(*) from suggestions") == 3

    # 2. The tally, 7 weeks before, to the secretariat and the Adviesraad (D) only.
    tallies = step(utc(2027, 1, 21, 8, 0), "Telling themasuggesties", {SECRETARIAT, D})
    text = text_of(tallies[SECRETARIAT])
    assert "3 leden hebben samen 3 suggesties gestuurd" in text
    assert "Organisatie: 2 leden" in text and "Digitalisering van werkprocessen (2x)" in text  # as first written
    assert "Samenwerking: 1 lid" in text and "Strategie: 1 lid" in text
    assert "Organisatie: 2 leden" in text_of(tallies[D])

    # 3. The invitation, 6 weeks before, with an .ics meeting request naming each member.
    invitations = step(utc(2027, 1, 28, 8, 0), "Uitnodiging Leer- en inspireer-atelier", set(MEMBERS))
    assert "donderdag 11 maart 2027, 14.00 tot 17.00 uur" in text_of(invitations[A])
    event = calendar_of(invitations[B]).walk("VEVENT")[0]
    assert str(event["UID"]) == "atelier-2027-1@ambtelijkefusie.nl" and "mailto:" + B in str(event["ATTENDEE"])
    assert event.decoded("DTSTART").isoformat() == "2027-03-11T14:00:00+01:00"

    # 4. RSVPs by reply over SMTP. Capacity 3: A yes, B accepts in Outlook, C brings a colleague (2 seats: the
    # waiting list), D sends a substitute (waits behind C), E declines.
    send(proc, reply(invitations[A], A, "Ja, ik kom graag!"), A)
    send(proc, outlook_acceptance(B, str(event["UID"]), str(event["SUMMARY"])), B)
    send(proc, reply(invitations[C], C, "Ik ben er graag bij, met een collega."), C)
    send(
        proc,
        reply(invitations[D], D, f"Ik kan helaas niet. Mijn collega Petra de Wit ({PETRA}) komt in mijn plaats."),
        D,
    )
    send(proc, reply(invitations[E], E, "Ik ben helaas verhinderd."), E)
    registered = inbox.wait("Uw aanmelding voor het atelier", {A, B})
    waiting = inbox.wait("U staat op de wachtlijst", {C, D})
    declined = inbox.wait("Uw afmelding voor het atelier", {E})
    assert "U bent aangemeld" in text_of(registered[A])
    assert "plaats 1" in text_of(waiting[C]) and "plaats 2" in text_of(waiting[D])
    assert "Jammer dat u er niet bij kunt zijn" in text_of(declined[E])

    # Changes of mind: A cannot after all, so C (with a guest) moves up; then B cannot, so D's substitute does.
    send(proc, reply(registered[A], A, "Ik moet mij helaas afmelden voor het atelier."), A)
    moved = inbox.wait("Er is een plaats vrij", {C})
    assert "met 1 gast" in text_of(moved[C])
    assert inbox.find("Namens Dirk Smit") == {}  # Petra hears from us once the seat is hers
    send(proc, reply(registered[B], B, "Helaas, ik kan toch niet aanwezig zijn."), B)
    inbox.wait("Er is een plaats vrij", {C, D})
    petra = inbox.wait("Namens Dirk Smit: uitnodiging", {PETRA})[PETRA]
    assert "mailto:" + PETRA in str(calendar_of(petra).walk("VEVENT")[0]["ATTENDEE"])
    with proc.db() as db:
        rsvps = dict(
            db.execute(
                "select m.email, r.status || '/' || r.guests || '/' || coalesce(r.substitute, '') "
                "from rsvps r join members m on m.id = r.member_id"
            ).fetchall()
        )
    assert rsvps == {A: "declined/0/", B: "declined/0/", C: "attending/1/", D: f"attending/0/{PETRA}", E: "declined/0/"}

    # 5. The reminder, 3 days before, to those who come (Petra in Dirk's place, not Dirk), with the details.
    reminders = step(utc(2027, 3, 8, 8, 0), "Herinnering: Leer- en inspireer-atelier", {C, PETRA})
    assert "U komt in plaats van Dirk Smit" in text_of(reminders[PETRA])
    assert "Stadskantoor, Vredenburg 3, Utrecht" in text_of(reminders[C])

    # 6. The follow-up, 2 days after, to those who held a seat: the report, themes for the next one.
    follow = step(utc(2027, 3, 13, 8, 0), "Terugblik: Leer- en inspireer-atelier", {C, PETRA})
    assert "Het verslag volgt binnenkort" in text_of(follow[C])

    # Over the whole run: nobody got any mail twice, and the cycle's steps are all sent.
    copies = Counter((rcpt, msg["Subject"]) for rcpt, msg in inbox.all())
    assert [key for key, n in copies.items() if n > 1] == []
    with proc.db() as db:
        steps = dict(db.execute("select step, state from scheduled_mailings where atelier_id is not null").fetchall())
        state = db.execute("select state from ateliers").fetchone()[0]
    assert steps == dict.fromkeys(("call_for_themes", "tally", "invitation", "reminder", "followup"), "sent")
    assert state == "held"
    shown = proc.cli("ateliers", "show", "2027-1")
    assert "2 aangemeld (3 plaatsen), 0 op de wachtlijst, 3 afgemeld" in shown
