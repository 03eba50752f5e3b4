"""Issue 15 at HTTP level, against the real web server: the staff's Overzicht (start page, numbers, charts), the
bounce log (filters, the report as it came in, delivery on again), and Verzending (resume, cancel, retry), each
change in the audit log; the Adviesraad is refused every one of them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select, update

from mailservice.app import App
from mailservice.outbound import mailings
from mailservice.outbound.outbox import LIMIT_REACHED
from mailservice.store.db import transaction
from mailservice.store.models import (
    AuditEntry,
    BounceEvent,
    Delivery,
    InboundMessage,
    Mailing,
    Member,
    MemberEvent,
    MemberStatus,
    OutboundMessage,
    OutboundStatus,
)
from tests.bouncelog.helpers import add_member, deliver, dsn, mailing, return_path, score
from tests.support import FakeClock, mail
from tests.support import deliver as deliver_mail
from tests.web.support import FORM, request
from tests.web.test_console import app, get, log_in, post, url  # noqa: F401  (app: the fixture)

ANNA, BOB, CARLA = "a.dewit@gemeente-a.nl", "b.bakker@gemeente-b.nl", "c.claes@gemeente-c.nl"
STAFF_PAGES = ("/beheer/overzicht", "/beheer/bounces", "/beheer/verzending")
FULL = {"status": "4.2.2", "diagnostic": "smtp; 452 4.2.2 Mailbox full", "action": "failed"}


def organisation(app: App, address: str, name: str) -> None:
    with transaction(app.factory) as session:
        session.execute(update(Member).where(Member.email == address).values(organisation=name))


def bounced(app: App) -> dict[str, int]:
    """Three members at two organisations; a mailing; Anna's copy bounces hard, Bob's soft, through the pipeline."""
    ids = {ANNA: add_member(app, ANNA, "Anna de Wit"), BOB: add_member(app, BOB, "Bob Bakker")}
    ids[CARLA] = add_member(app, CARLA, "Carla Claes")
    organisation(app, ANNA, "Werkorganisatie Duivenvoorde")
    organisation(app, BOB, "BUCH Werkorganisatie")
    organisation(app, CARLA, "BUCH Werkorganisatie")
    sent = mailing(app)
    deliver(app, dsn(sent[ANNA], ANNA), envelope_to=return_path(sent[ANNA]))
    deliver(app, dsn(sent[BOB], BOB, **FULL), envelope_to=return_path(sent[BOB]))
    score(app)
    return ids


def test_staff_start_on_the_overview_and_the_adviesraad_is_refused_each_page(app: App) -> None:
    for path in STAFF_PAGES:
        reply = request("GET", url(app, path))
        assert reply.status == 303 and reply.headers["location"].startswith("/beheer/inloggen?terug="), path
    status, melanie = log_in(app, "melanie")
    assert status == 303 and request("GET", url(app, "/beheer"), headers={"cookie": f"beheer={melanie}"}).headers[
        "location"
    ].endswith("/beheer/overzicht")
    _, raad = log_in(app, "raad")
    for path in STAFF_PAGES:
        status, body = get(app, path, raad)
        assert status == 403 and "Geen toegang" in body, path
    _, suggestions = get(app, "/beheer/suggesties", raad)
    assert ">Bounces<" not in suggestions and ">Verzending<" not in suggestions and ">Overzicht<" not in suggestions
    # A form from the Adviesraad changes nothing either, even with a valid token of its own session.
    for path in (
        "/beheer/bounces/bezorging/1",
        "/beheer/verzending/mailing/1/hervatten",
        "/beheer/verzending/bericht/1/opnieuw",
    ):
        assert post(app, path, raad, "/beheer/suggesties") == 403, path


def test_the_bounce_log_shows_each_report_with_its_cause_and_filters(app: App) -> None:
    bounced(app)
    _, melanie = log_in(app, "melanie")
    status, page = get(app, "/beheer/bounces", melanie)
    assert status == 200 and "2 meldingen gevonden" in page
    for text in (
        ANNA,
        BOB,
        "Anna de Wit",
        "adres bestaat niet (5.1.1)",
        "postvak vol (4.2.2)",
        "(5.1.1)",
        "VERP",
        "uit (bounces)",
    ):
        assert text in page, text
    assert ">hard<" in page and ">zacht<" in page
    assert "Werkorganisatie Duivenvoorde" in page and "telt niet mee" not in page  # both came back to our VERP
    hard = get(app, "/beheer/bounces?soort=hard", melanie)[1]
    assert "1 melding gevonden" in hard and ANNA in hard and "postvak vol (4.2.2)" not in hard
    buch = get(app, "/beheer/bounces?organisatie=buch", melanie)[1]
    assert "1 melding gevonden" in buch and "postvak vol (4.2.2)" in buch and "adres bestaat niet (5.1.1)" not in buch
    by_address = get(app, "/beheer/bounces?adres=dewit", melanie)[1]
    assert "1 melding gevonden" in by_address and "adres bestaat niet (5.1.1)" in by_address
    assert "0 meldingen gevonden" in get(app, "/beheer/bounces?van=01-01-2030", melanie)[1]
    # What wants a person (as `mailservice bounces --actie`): Anna's delivery is off; Bob's one soft bounce is not.
    attention = get(app, "/beheer/bounces?aandacht=1", melanie)[1]
    assert "1 melding gevonden" in attention and "adres bestaat niet (5.1.1)" in attention
    assert 'id="aandacht" name="aandacht" value="1" checked' in attention
    assert "2 meldingen gevonden" in get(app, "/beheer/bounces?van=01-11-2026&tot=02-11-2026", melanie)[1]


def test_the_raw_report_downloads_as_it_came_in(app: App) -> None:
    bounced(app)
    _, melanie = log_in(app, "melanie")
    with app.factory() as session:
        event = session.scalars(select(BounceEvent).where(BounceEvent.address == ANNA)).one()
        raw = session.get(InboundMessage, event.inbound_id).raw  # type: ignore[union-attr]
        event_id = event.id
    reply = request("GET", url(app, f"/beheer/bounces/{event_id}/melding"), headers={"cookie": f"beheer={melanie}"})
    assert reply.status == 200 and reply.body == raw.decode("utf-8", "replace")
    assert reply.headers["content-type"] == "message/rfc822" and "attachment" in reply.headers["content-disposition"]
    assert request("GET", url(app, f"/beheer/bounces/{event_id}/melding")).status == 303  # not without a login


def test_a_refusal_at_send_time_downloads_as_the_servers_reply(app: App, clock: FakeClock) -> None:
    member_id = add_member(app, ANNA)
    with transaction(app.factory) as session:
        session.add(
            BounceEvent(
                at=clock(),
                kind="sync",
                member_id=member_id,
                address=ANNA,
                status="5.1.1",
                diagnostic="550 5.1.1 <a.dewit@gemeente-a.nl>: Recipient address rejected",
                severity="hard",
                reason="userunknown",
                layer="smtp",
            )
        )
    _, melanie = log_in(app, "melanie")
    page = get(app, "/beheer/bounces", melanie)[1]
    assert "bij verzenden (SMTP)" in page and "telt niet mee" not in page  # our own session: it counts
    reply = request("GET", url(app, "/beheer/bounces/1/melding"), headers={"cookie": f"beheer={melanie}"})
    assert reply.status == 200 and "Recipient address rejected" in reply.body and "5.1.1" in reply.body


def test_delivery_on_again_through_the_casework_function_and_in_the_log(app: App) -> None:
    ids = bounced(app)
    _, melanie = log_in(app, "melanie")
    page = get(app, "/beheer/bounces", melanie)[1]
    assert f"/beheer/bounces/bezorging/{ids[ANNA]}" in page  # the hard bounce switched Anna's delivery off
    assert f"/beheer/bounces/bezorging/{ids[BOB]}" not in page  # one soft bounce does not
    status = post(app, f"/beheer/bounces/bezorging/{ids[ANNA]}", melanie, "/beheer/bounces", terug="soort%3Dhard")
    assert status == 303
    with app.factory() as session:
        anna = session.get(Member, ids[ANNA])
        assert anna is not None and anna.delivery == Delivery.ENABLED and anna.bounce_score == 0
        event = session.scalars(select(MemberEvent).where(MemberEvent.event == "delivery_enabled")).one()
        assert event.actor == "console:melanie"
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "bezorging weer aan")).one()
        assert (entry.actor, entry.subject, entry.kind) == ("melanie", ANNA, "lid")
    assert "bezorging weer aan" in get(app, "/beheer/logboek?wie=melanie", melanie)[1]
    again = post(app, f"/beheer/bounces/bezorging/{ids[ANNA]}", melanie, "/beheer/bounces")
    assert again == 409  # already on: said, not done twice


def test_the_redirect_after_delivery_keeps_only_the_pages_own_filters(app: App) -> None:
    ids = bounced(app)
    _, melanie = log_in(app, "melanie")
    _, page = get(app, "/beheer/bounces", melanie)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    body = f"csrf={csrf}&terug=soort%3Dhard%26next%3Dhttps%3A%2F%2Fevil.example".encode()
    reply = request(
        "POST", url(app, f"/beheer/bounces/bezorging/{ids[ANNA]}"), body, {**FORM, "cookie": f"beheer={melanie}"}
    )
    assert reply.status == 303 and reply.headers["location"] == "/beheer/bounces?soort=hard&melding=bezorging"


def test_the_overview_counts_what_the_database_holds(app: App, clock: FakeClock) -> None:
    bounced(app)
    add_member(app, "d.dekker@gemeente-d.nl", "Dirk Dekker", status=MemberStatus.PENDING)
    deliver_mail(app, mail(subject="Vraag", body="Kunnen ook teamleiders deelnemen aan het atelier?"))
    _, melanie = log_in(app, "melanie")
    status, page = get(app, "/beheer/overzicht", melanie)
    assert status == 200
    with app.factory() as session:
        active = session.scalar(select(func.count()).select_from(Member).where(Member.status == "active"))
        waiting = session.scalar(
            select(func.count()).select_from(InboundMessage).where(InboundMessage.status == "unhandled")
        )
    assert active == 3 and waiting == 1
    figures = dict(
        (label.strip(), int(number))
        for number, label in re.findall(r'<span class="getal">(\d+)</span> (?:<a [^>]+>)?([^<]+)', page)
    )
    assert figures["actieve leden"] == active and figures["organisaties"] == 2
    assert figures["aanmelding wacht op bevestiging"] == 1 and figures["bericht wacht op u"] == waiting
    assert '<span class="getal">1 / 1</span>' in page  # this week: one hard and one soft bounce
    assert page.count("<svg") == 3 and "<script" not in page
    # The charts' numbers are in their tables: this week, three members; the bounces, one hard and one soft.
    members = re.search(r"<caption>Leden aan het eind van elke week</caption>.*?</tbody>", page, re.S).group(0)  # type: ignore[union-attr]
    assert re.findall(r"<td>(\d+)</td></tr>", members)[-1] == "3"
    bounces = re.search(r"<caption>Bounces per week, hard en zacht</caption>.*?</tbody>", page, re.S).group(0)  # type: ignore[union-attr]
    assert re.findall(r"<td>(\d+)</td><td>(\d+)</td></tr>", bounces)[-1] == ("1", "1")
    assert page.count('<tr><th scope="row">', page.index("Bounces per week")) >= 13  # a quarter by default
    [inbound_id] = [m for m in re.findall(r"/beheer/berichten/(\d+)", get(app, "/beheer/berichten", melanie)[1])]
    post(app, f"/beheer/berichten/{inbound_id}/afgehandeld", melanie, f"/beheer/berichten/{inbound_id}")
    assert (
        '<span class="getal">0</span> <a href="/beheer/berichten">berichten wachten'
        in get(app, "/beheer/overzicht", melanie)[1]
    )  # handled: it waits no more
    wider = get(app, "/beheer/overzicht?weken=52", melanie)[1]
    assert "een jaar (52 weken)</option>" in wider and wider.count("<circle") == 52


def test_the_outbox_resumes_and_cancels_mailings_and_retries_messages(app: App, clock: FakeClock) -> None:
    for address in (ANNA, BOB, CARLA):
        add_member(app, address)
    with transaction(app.factory) as session:
        first = mailings.enqueue_mailing(
            session,
            "mededeling",
            session.scalars(select(Member)).all(),
            lambda m: {"name": m.name, "onderwerp": "Nieuws", "alineas": ["Tekst."]},
            outbox=app.outbox,
        )
        session.flush()
        mailings.pause(session, first.id, "5 weigeringen achter elkaar")
        first_id = first.id
        rows = session.scalars(select(OutboundMessage).where(OutboundMessage.mailing_id == first_id)).all()
        rows[0].status, rows[0].last_error = OutboundStatus.FAILED, "550 5.7.1 blocked"
        failed_id = rows[0].id
        queued_id = rows[1].id
        capped = app.outbox.add(
            session, "testbericht", to=ANNA, context=app.outbox.common_context() | {"sent_at": clock(), "route": "x"}
        )
        session.flush()
        capped.status, capped.last_error = OutboundStatus.CANCELLED, f"{LIMIT_REACHED}: al 5 antwoorden aan dit adres"
        capped_id = capped.id
    _, melanie = log_in(app, "melanie")
    page = get(app, "/beheer/verzending", melanie)[1]
    for text in (
        "stilgezet",
        "5 weigeringen achter elkaar",
        "Hervatten",
        "550 5.7.1 blocked",
        "Toch versturen",
        LIMIT_REACHED,
    ):
        assert text in page, text
    assert "<progress" in page
    # Mail by status: each count is a link to its messages, with the actions that status allows.
    assert 'href="/beheer/verzending?status=failed">mislukt: 1</a>' in page
    failed_page = get(app, "/beheer/verzending?status=failed", melanie)[1]
    assert "<h2>Berichten: mislukt</h2>" in failed_page and "550 5.7.1 blocked" in failed_page
    queued_page = get(app, "/beheer/verzending?status=queued", melanie)[1]
    section = queued_page.split("<h2>Berichten: in de wachtrij</h2>", 1)[1].split("<h2>", 1)[0]
    assert "Annuleren: bericht" in section and "Opnieuw versturen: bericht" not in section  # queued: cancel only
    assert "<h2>Berichten:" not in get(app, "/beheer/verzending?status=onzin", melanie)[1]
    assert post(app, f"/beheer/verzending/bericht/{queued_id}/opnieuw", melanie, "/beheer/verzending") == 409

    assert post(app, f"/beheer/verzending/mailing/{first_id}/hervatten", melanie, "/beheer/verzending") == 303
    assert post(app, f"/beheer/verzending/mailing/{first_id}/hervatten", melanie, "/beheer/verzending") == 409
    assert post(app, f"/beheer/verzending/bericht/{failed_id}/opnieuw", melanie, "/beheer/verzending") == 303
    assert post(app, f"/beheer/verzending/bericht/{capped_id}/opnieuw", melanie, "/beheer/verzending") == 303
    with app.factory() as session:
        assert session.get(Mailing, first_id).state == "sending"  # type: ignore[union-attr]
        assert session.get(OutboundMessage, failed_id).status == OutboundStatus.QUEUED  # type: ignore[union-attr]
        assert session.get(OutboundMessage, capped_id).status == OutboundStatus.QUEUED  # type: ignore[union-attr]
    assert post(app, f"/beheer/verzending/bericht/{failed_id}/annuleren", melanie, "/beheer/verzending") == 303
    assert post(app, f"/beheer/verzending/mailing/{first_id}/annuleren", melanie, "/beheer/verzending") == 303
    with app.factory() as session:
        assert session.get(Mailing, first_id).state == "cancelled"  # type: ignore[union-attr]
        left = session.scalars(select(OutboundMessage.status).where(OutboundMessage.mailing_id == first_id)).all()
        assert set(left) == {OutboundStatus.CANCELLED}
        actions = [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.actor == "melanie"))]
    assert [a for a in actions if a != "ingelogd"] == [
        f"mailing {first_id} hervat",
        f"bericht {failed_id} opnieuw verstuurd",
        f"bericht {capped_id} opnieuw verstuurd",
        f"bericht {failed_id} geannuleerd",
        f"mailing {first_id} geannuleerd",
    ]
    assert post(app, f"/beheer/verzending/mailing/{first_id}/annuleren", melanie, "/beheer/verzending") == 409
    assert post(app, "/beheer/verzending/bericht/999/opnieuw", melanie, "/beheer/verzending") == 409


def test_the_weekly_counts_are_those_of_each_row_by_hand(app: App, clock: FakeClock) -> None:
    """The database counts per week (a CASE per week): the same as looking at every row's moment."""
    from datetime import timedelta

    from mailservice.web.console.overview import gather, week_starts

    now = clock()
    moments = [now - timedelta(days=d, hours=h) for d in range(0, 120, 3) for h in (1, 13)]
    with transaction(app.factory) as session:
        for i, at in enumerate(moments):
            left = at + timedelta(days=10) if i % 3 == 0 and at + timedelta(days=10) < now else None
            session.add(
                Member(
                    email=f"lid{i}@gemeente.example",
                    status=MemberStatus.UNSUBSCRIBED if left else MemberStatus.ACTIVE,
                    role="member",
                    created_at=at,
                    updated_at=at,
                    confirmed_at=at,
                    left_at=left,
                )
            )
            session.add(
                BounceEvent(at=at, kind="dsn", address="x@y.nl", status="5.1.1", severity=("hard", "soft")[i % 2])
            )
    with app.factory() as session:
        found = gather(session, now, 13)
        members = session.execute(select(Member.confirmed_at, Member.left_at)).all()
    starts = week_starts(now, 13)
    ends = [*starts[1:], now + timedelta(seconds=1)]
    by_chart = {c.id: c for c in found.charts}
    expected_members = [sum(1 for j, g in members if j < end and (g is None or g >= end)) for end in ends]
    assert list(by_chart["leden"].series[0].values) == expected_members
    in_week = [[at for at in moments if s <= at < e] for s, e in zip(starts, ends, strict=True)]
    hard = [sum(1 for at in week if moments.index(at) % 2 == 0) for week in in_week]
    assert list(by_chart["bounces"].series[0].values) == hard
    assert list(by_chart["in-uit"].series[0].values) == [len(week) for week in in_week]


def _cli(app: App, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILSERVICE_")}
    env["MAILSERVICE_DATABASE__URL"] = app.settings.database.url
    return subprocess.run(
        [sys.executable, "-m", "mailservice", *args], env=env, capture_output=True, text=True, timeout=60
    )


def test_the_bounce_csv_is_the_command_lines_export_of_the_same_selection(app: App, tmp_path: Path) -> None:
    bounced(app)
    _, melanie = log_in(app, "melanie")
    page = get(app, "/beheer/bounces?soort=hard", melanie)[1]
    assert 'href="/beheer/bounces/bounces.csv?soort=hard"' in page
    reply = request("GET", url(app, "/beheer/bounces/bounces.csv?soort=hard"), headers={"cookie": f"beheer={melanie}"})
    assert reply.status == 200 and reply.headers["content-type"].startswith("text/csv")
    assert 'filename="bounces.csv"' in reply.headers["content-disposition"]
    lines = reply.body.splitlines()
    assert lines[0].startswith("\ufeffwanneer;lid;adres;soort;status;reden") and len(lines) == 2  # Excel-ready
    assert f";{ANNA};{ANNA};hard;5.1.1;userunknown (adres bestaat niet);" in lines[1]
    assert re.match(r"\d\d-\d\d-\d{4} \d\d:\d\d;", lines[1])
    done = _cli(app, "bounces", "--csv", "--hard", "-o", str(tmp_path / "cli.csv"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "cli.csv").read_bytes() == reply.body.encode("utf-8")  # one export, two doors
    assert request("GET", url(app, "/beheer/bounces/bounces.csv")).status == 303  # not without a login


def test_the_command_line_does_what_the_console_does_and_says_so_in_the_log(app: App) -> None:
    ids = bounced(app)
    with transaction(app.factory) as session:
        mailing = mailings.enqueue_mailing(
            session,
            "mededeling",
            session.scalars(select(Member).where(Member.email == BOB)).all(),
            lambda m: {"name": m.name, "onderwerp": "Nieuws", "alineas": ["Tekst."]},
            outbox=app.outbox,
        )
        session.flush()
        mailings.pause(session, mailing.id, "geweigerd")
        mailing_id = mailing.id
    assert _cli(app, "members", "enable", ANNA).returncode == 0
    again = _cli(app, "members", "enable", ANNA)
    assert again.returncode == 1 and "staat al aan" in again.stderr
    assert _cli(app, "outbox", "resume", str(mailing_id)).returncode == 0
    with app.factory() as session:
        assert session.get(Member, ids[ANNA]).delivery == Delivery.ENABLED  # type: ignore[union-attr]
        rows = session.execute(select(AuditEntry.actor, AuditEntry.action).where(AuditEntry.actor == "cli")).all()
    assert ("cli", "bezorging weer aan") in rows and ("cli", f"mailing {mailing_id} hervat") in rows
