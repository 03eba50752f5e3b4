"""Issue 15: ateliers in the console. Planning, changing and cancelling show every mail first and act only on an
explicit confirmation; before it, nothing is planned, changed or written to the outbox."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mailservice import accounts, audit
from mailservice.app import App, build
from mailservice.ateliers.steps import send_step
from mailservice.store.db import transaction
from mailservice.store.models import Atelier, OutboundMessage, Rsvp, RsvpStatus
from mailservice.web.server import WebServer, make_web_app
from tests.bouncelog.helpers import add_member
from tests.e2e.process import free_port
from tests.support import FakeClock, make_settings
from tests.web.support import FORM, request
from tests.web.test_console import FAST, PASSWORD, log_in

PLAN = {
    "titel": "Samen sturen op dienstverlening",
    "thema": "dienstverlening",
    "datum": "11-03-2027",
    "begin": "14:00",
    "plaats": "Stadhuis Zeist",
}


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    application = build(make_settings(tmp_path, web={"bind": f"127.0.0.1:{free_port()}"}, console=FAST), clock=clock)
    with transaction(application.factory) as session:
        accounts.create(
            session,
            application.settings.console,
            "melanie",
            "Melanie",
            "secretariaat",
            PASSWORD,
            actor=audit.CLI,
            now=clock(),
        )
    for i in range(3):
        add_member(application, f"lid{i}@gemeente-{i}.nl", name=f"Directeur {i}")
    server = WebServer(make_web_app(application), application.settings.web)
    server.start()
    yield application
    server.stop()
    application.close()


def count(app: App, model: type) -> int:
    with app.factory() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def submit(app: App, session: str, path: str, page: str, fields: dict[str, str]) -> tuple[int, str]:
    form = request("GET", app.settings.web.base_url + page, headers={"cookie": f"beheer={session}"}).body
    csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    body = "&".join(f"{k}={v.replace(' ', '+')}" for k, v in {"csrf": csrf, **fields}.items()).encode()
    reply = request(
        "POST", app.settings.web.base_url + path, body, {**FORM, "cookie": f"beheer={session}"}, follow=True
    )
    return reply.status, reply.body


def test_planning_shows_every_mail_and_plans_only_when_confirmed(app: App) -> None:
    _, melanie = log_in(app, "melanie")
    status, page = submit(app, melanie, "/beheer/ateliers/nieuw", "/beheer/ateliers/nieuw", PLAN)
    assert status == 200 and "Voorbeeld" in page
    for step in ("Oproep", "Uitnodiging", "Herinnering"):
        assert step.lower() in page.lower(), step
    assert "3 ontvangers" in page and "Samen sturen op dienstverlening" in page
    assert count(app, Atelier) == 0 and count(app, OutboundMessage) == 0  # the preview changed nothing
    status, page = submit(app, melanie, "/beheer/ateliers/nieuw", "/beheer/ateliers/nieuw", PLAN | {"bevestigd": "ja"})
    assert status == 200 and "Het atelier is gepland" in page
    assert count(app, Atelier) == 1 and count(app, OutboundMessage) == 0  # planned; the scheduler sends in time
    _, log = submit(app, melanie, "/beheer/ateliers/nieuw", "/beheer/ateliers/nieuw", PLAN | {"datum": "gisteren"})
    assert "geen datum" in log


def test_changing_and_cancelling_preview_first(app: App, clock: FakeClock) -> None:
    _, melanie = log_in(app, "melanie")
    submit(app, melanie, "/beheer/ateliers/nieuw", "/beheer/ateliers/nieuw", PLAN | {"bevestigd": "ja"})
    with transaction(app.factory) as session:  # the invitation went out (as the scheduler sends it), one said yes
        atelier = session.scalars(select(Atelier)).one()
        invitation = next(s for s in atelier.steps if s.step == "invitation")
        invitation.mailing = send_step(session, app.ingest.env, invitation)
        invitation.state, invitation.done_at = "sent", clock()
        from mailservice.store.models import Member

        first = session.scalars(select(Member)).first()
        session.add(
            Rsvp(
                atelier=atelier,
                member=first,
                status=RsvpStatus.ATTENDING,
                guests=1,
                created_at=clock(),
                updated_at=clock(),
            )
        )
        reference = atelier.reference
    page_path = f"/beheer/ateliers/{reference}"
    invited = count(app, OutboundMessage)
    status, page = submit(app, melanie, f"{page_path}/wijzigen", page_path, {"plaats": "Provinciehuis Utrecht"})
    assert status == 200 and "Provinciehuis Utrecht" in page and "3 ontvangers" in page
    assert count(app, OutboundMessage) == invited  # previewed only
    status, page = submit(
        app, melanie, f"{page_path}/wijzigen", page_path, {"plaats": "Provinciehuis Utrecht", "bevestigd": "ja"}
    )
    assert "Het atelier is gewijzigd" in page and count(app, OutboundMessage) == invited + 3
    sent = count(app, OutboundMessage)
    reason = "De zaal is niet beschikbaar."
    status, page = submit(app, melanie, f"{page_path}/annuleren", page_path, {"reden": reason})
    assert reason in page and count(app, OutboundMessage) == sent  # previewed: the reason is in the mail
    submit(app, melanie, f"{page_path}/annuleren", page_path, {"reden": reason, "bevestigd": "ja"})
    with app.factory() as session:
        assert session.scalars(select(Atelier)).one().state == "cancelled"
        cancellations = session.scalars(select(OutboundMessage).where(OutboundMessage.purpose == "annulering_atelier"))
        assert all(
            reason.encode() in row.raw or b"zaal is niet" in row.raw.replace(b"=\r\n", b"") for row in cancellations
        )
    listing = request(
        "GET", app.settings.web.base_url + f"{page_path}/aanwezigheid", headers={"cookie": f"beheer={melanie}"}
    ).body
    assert "Directeur 0" in listing and "Handtekening" in listing


def test_move_up_by_hand_and_the_attendance_list(app: App, clock: FakeClock) -> None:
    _, melanie = log_in(app, "melanie")
    submit(app, melanie, "/beheer/ateliers/nieuw", "/beheer/ateliers/nieuw", PLAN | {"bevestigd": "ja"})
    from mailservice.store.models import Member

    with transaction(app.factory) as session:
        atelier = session.scalars(select(Atelier)).one()
        atelier.capacity = 1
        first, second = session.scalars(select(Member).order_by(Member.id)).all()[:2]
        session.add(
            Rsvp(
                atelier=atelier,
                member=first,
                status=RsvpStatus.ATTENDING,
                guests=0,
                created_at=clock(),
                updated_at=clock(),
            )
        )
        waiting = Rsvp(
            atelier=atelier,
            member=second,
            status=RsvpStatus.WAITING,
            guests=0,
            waitlist_position=1,
            created_at=clock(),
            updated_at=clock(),
        )
        session.add(waiting)
        session.flush()
        reference, rsvp_id = atelier.reference, waiting.id
    page_path = f"/beheer/ateliers/{reference}"
    status, page = submit(app, melanie, f"{page_path}/wachtlijst", page_path, {"rsvp": str(rsvp_id)})
    assert status == 200 and "De plaats is gegeven" in page
    with app.factory() as session:
        assert session.get(Rsvp, rsvp_id).status == "attending"  # type: ignore[union-attr]
        told = session.scalars(select(OutboundMessage).where(OutboundMessage.purpose == "wachtlijst_plaats")).all()
        assert [row.to_addr for row in told] == ["lid1@gemeente-1.nl"]
    listing = request(
        "GET", app.settings.web.base_url + f"{page_path}/aanwezigheid.csv", headers={"cookie": f"beheer={melanie}"}
    )
    lines = listing.body.splitlines()
    assert lines[0].startswith("\ufeffnaam;organisatie;e-mailadres;gasten") and len(lines) == 3


def test_the_preview_is_the_mail_that_is_then_sent(app: App) -> None:
    import email
    import email.policy
    import html

    _, melanie = log_in(app, "melanie")
    _, page = submit(app, melanie, "/beheer/ateliers/nieuw", "/beheer/ateliers/nieuw", PLAN)
    previewed = html.unescape(page)
    submit(app, melanie, "/beheer/ateliers/nieuw", "/beheer/ateliers/nieuw", PLAN | {"bevestigd": "ja"})
    with transaction(app.factory) as session:
        atelier = session.scalars(select(Atelier)).one()
        for row in atelier.steps:
            if row.step in ("call_for_themes", "invitation"):
                send_step(session, app.ingest.env, row)
    with app.factory() as session:
        sent = session.scalars(select(OutboundMessage).where(OutboundMessage.to_addr == "lid0@gemeente-0.nl")).all()
    assert len(sent) == 2
    for row in sent:
        msg = email.message_from_bytes(row.raw, policy=email.policy.default)
        assert str(msg["Subject"]) in previewed
        text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        body = [
            line for line in text.splitlines() if line.strip() and "/afmelden/" not in line and "/gegevens/" not in line
        ]
        assert all(line in previewed for line in body), [line for line in body if line not in previewed][:3]


def test_the_tally_can_be_read_before_it_is_sent(app: App) -> None:
    from tests.support import deliver, mail

    _, melanie = log_in(app, "melanie")
    submit(app, melanie, "/beheer/ateliers/nieuw", "/beheer/ateliers/nieuw", PLAN | {"bevestigd": "ja"})
    deliver(
        app,
        mail(
            sender="Directeur 0 <lid0@gemeente-0.nl>",
            subject="Thema",
            body="Graag bespreek ik:\n- de samenwerking met de gemeenteraden",
        ),
    )
    page = request("GET", app.settings.web.base_url + "/beheer/suggesties", headers={"cookie": f"beheer={melanie}"})
    assert "De telling zoals de Adviesraad die krijgt" in page.body and "Samenwerking: 1 lid" in page.body
    assert count(app, OutboundMessage) == 1  # only the thank-you for the suggestion: reading the tally sends nothing


def test_practical_details_belong_to_the_atelier(app: App) -> None:
    _, melanie = log_in(app, "melanie")
    details = "Ontvangst vanaf 13.30 uur met koffie; parkeren in de garage onder het stadhuis."
    _, page = submit(app, melanie, "/beheer/ateliers/nieuw", "/beheer/ateliers/nieuw", PLAN | {"praktisch": details})
    assert details in page  # the reminder in the preview carries them
    submit(
        app,
        melanie,
        "/beheer/ateliers/nieuw",
        "/beheer/ateliers/nieuw",
        PLAN | {"praktisch": details, "bevestigd": "ja"},
    )
    with app.factory() as session:
        assert session.scalars(select(Atelier)).one().practical == details
