"""Issue 14 in real headless Chromium against `mailservice run`: the secretariat logs in (and is refused with a
wrong password and after too many tries), finds a member and changes her name and address (history kept), reads an
unhandled message, treats one as an RSVP (it counts, the label is stored), answers another (threaded, in the
outbox), marks one handled, and finds each of these in the Logboek; an adviesraad account is refused the members
page. Every page passes axe-core's WCAG 2.1 AA checks; screenshots go where tests/web/conftest.py says."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from mailservice import accounts, audit
from mailservice.app import build
from mailservice.settings import Settings
from mailservice.store.db import transaction
from mailservice.store.models import (
    Atelier,
    AtelierState,
    InboundMessage,
    InboundStatus,
    Member,
    MemberStatus,
    Suggestion,
)
from tests.e2e.process import ServiceProcess
from tests.support import mail
from tests.web.test_browser import accessible

PASSWORD = "correct horse battery staple"
FAST = {"MAILSERVICE_CONSOLE__PASSWORD_TIME_COST": "1", "MAILSERVICE_CONSOLE__PASSWORD_MEMORY_KIB": "1024"}
ANNA = "a.de.wit@gemeente-a.nl"
WAITING = [  # (sender, subject, body): what the service left to a person
    (ANNA, "Atelier", "Ik schuif graag aan in maart, met een collega. Groet, Anna"),
    ("p.jansen@gemeente-b.nl", "Vraag", "Kunnen ook teamleiders deelnemen aan het netwerk?"),
    ("info@leverancier.example", "Samenwerking", "Wij presenteren graag ons product op uw atelier."),
]
# A topic in the writer's own words, longer than a label (issue 17): the list shows the label, the page it in full.
TOPIC = (
    "Hoe wij als directeuren de samenwerking met de gemeenteraden zo inrichten dat de raden zich eigenaar blijven "
    "voelen van de gezamenlijke dienstverlening"
)


def prepare(workdir: Path) -> None:
    """The database the service will open: two accounts, a member, an atelier with invitations out, three messages
    the service left to a person (stored as such: this tests the console, not the classifier)."""
    (workdir / "var").mkdir()
    settings = Settings(
        database={"url": f"sqlite:///{workdir / 'var' / 'mailservice.db'}"},
        console={"password_time_cost": 1, "password_memory_kib": 1024},
    )
    app = build(settings)
    now = datetime.now(UTC)
    with transaction(app.factory) as session:
        for username, name, role in (
            ("melanie", "Melanie Huurneman", "secretariaat"),
            ("raad", "Adviseur", "adviesraad"),
            ("stan", "Stan van de Laar", "beheerder"),
        ):
            accounts.create(session, settings.console, username, name, role, PASSWORD, actor=audit.CLI, now=now)
        anna = Member(
            email=ANNA,
            name="Anna de Wit",
            organisation="Werkorganisatie Duivenvoorde",
            status=MemberStatus.ACTIVE,
            role="member",
            created_at=now,
            updated_at=now,
            confirmed_at=now,
        )
        session.add(anna)
        session.add(
            Suggestion(created_at=now, member=anna, atelier=None, themes=["samenwerking"], topics=[TOPIC, "Eén loket"])
        )
        starts = now + timedelta(days=40)
        session.add(
            Atelier(
                reference="2027-1",
                title="Leer- en inspireer-atelier voorjaar",
                theme="samenwerking",
                starts_at=starts,
                ends_at=starts + timedelta(hours=3),
                state=AtelierState.INVITED,
                created_at=now,
                updated_at=now,
            )
        )
        for i, (sender, subject, body) in enumerate(WAITING):
            raw = mail(sender=sender, subject=subject, body=body, msgid=f"<wacht{i}@example.nl>")
            session.add(
                InboundMessage(
                    received_at=now - timedelta(hours=5 - i),
                    source="smtp",
                    sha256=hashlib.sha256(raw).hexdigest(),
                    size=len(raw),
                    raw=raw,
                    status=InboundStatus.UNHANDLED,
                    kind="other",
                    sender=sender,
                    subject=subject,
                    message_id=f"<wacht{i}@example.nl>",
                    reason="niet automatisch te verwerken",
                    processed_at=now,
                    attempts=1,
                )
            )
    app.close()


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ServiceProcess]:
    prepare(tmp_path)
    proc = ServiceProcess(tmp_path, env=FAST).start()
    yield proc
    proc.stop()


def db(service: ServiceProcess, query: str, *args: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(service.workdir / "var" / "mailservice.db") as conn:
        return list(conn.execute(query, args))


def log_in(page: Any, service: ServiceProcess, username: str, password: str = PASSWORD) -> None:
    page.goto(service.web_url + "/beheer/inloggen")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()


def look(page: Any, screenshots: Path, name: str) -> None:
    page.screenshot(path=str(screenshots / f"beheer-{name}.png"), full_page=True)
    accessible(page)


def test_the_secretariat_at_work(browser: Any, service: ServiceProcess, screenshots: Path) -> None:
    context = browser.new_context(bypass_csp=True, locale="nl-NL")  # bypass: axe is injected as a script
    page = context.new_page()

    log_in(page, service, "melanie", "verkeerd wachtwoord")
    assert "klopt niet" in page.inner_text("main")
    look(page, screenshots, "1-inloggen-fout")
    log_in(page, service, "melanie")
    assert page.url.endswith("/beheer/overzicht")  # the staff's start page (issue 15)
    page.get_by_role("link", name="Leden", exact=True).click()
    page.wait_for_load_state()

    page.get_by_label("Zoek op naam, e-mailadres of organisatie").fill("duivenvoorde")
    page.get_by_role("button", name="Zoeken").click()
    page.wait_for_load_state()
    look(page, screenshots, "2-leden")
    page.get_by_role("link", name="Anna de Wit").click()
    page.wait_for_load_state()
    page.get_by_label("Naam", exact=True).fill("Anna de Wit-Bakker")
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state()
    assert "De wijziging is opgeslagen" in page.inner_text("main")
    page.get_by_label("Nieuw e-mailadres").fill("anna.dewit@duivenvoorde.nl")
    page.get_by_role("button", name="Vraag het nieuwe adres om bevestiging").click()
    page.wait_for_load_state()
    history = page.inner_text("main")
    assert "gegevens gewijzigd (naam: 'Anna de Wit' -> 'Anna de Wit-Bakker')" in history
    assert "nieuw e-mailadres aangevraagd" in history and "door melanie (secretariaat)" in history
    assert "[ref:AF-" not in history or "*****" in history  # never a live reference on a page
    look(page, screenshots, "3-lid")
    assert db(service, "SELECT name FROM members WHERE email = ?", ANNA) == [("Anna de Wit-Bakker",)]
    asked = db(service, "SELECT to_addr FROM outbound_messages WHERE to_addr = 'anna.dewit@duivenvoorde.nl'")
    assert asked  # the new address is asked to confirm; until then the member keeps her address and history

    page.get_by_role("link", name="Onverwerkte berichten").click()
    page.wait_for_load_state()
    look(page, screenshots, "4-berichten")
    page.get_by_role("link", name="Atelier", exact=True).click()
    page.wait_for_load_state()
    assert "Ik schuif graag aan in maart" in page.inner_text("main")
    look(page, screenshots, "5-bericht")
    page.get_by_label("komt naar het atelier").check()
    page.get_by_label("Aantal gasten (bij komt)").fill("1")
    page.get_by_role("button", name="Behandel zo").click()
    page.wait_for_load_state()
    assert db(service, "SELECT status, guests FROM rsvps") == [("attending", 1)]
    assert db(service, "SELECT kind, by FROM labels") == [("rsvp", "melanie")]

    page.goto(service.web_url + "/beheer/berichten")
    page.get_by_role("link", name="Vraag").click()
    page.wait_for_load_state()
    page.get_by_label("Uw antwoord").fill("Beste heer Jansen,\n\nJa, ook teamleiders zijn welkom.")
    page.get_by_role("button", name="Verstuur antwoord").click()
    page.wait_for_load_state()
    answer = db(service, "SELECT in_reply_to, to_addr FROM outbound_messages WHERE purpose = 'antwoord_secretariaat'")
    assert answer == [("<wacht1@example.nl>", "p.jansen@gemeente-b.nl")]

    page.goto(service.web_url + "/beheer/berichten")
    page.get_by_role("link", name="Samenwerking").click()
    page.wait_for_load_state()
    page.get_by_label("Notitie (niet verplicht)").fill("Doorgestuurd naar de Adviesraad")
    page.get_by_role("button", name="Markeer als afgehandeld").click()
    page.wait_for_load_state()
    assert db(service, "SELECT handled_by FROM inbound_messages WHERE id = 3") == [("melanie",)]

    page.get_by_role("link", name="Logboek").click()
    page.wait_for_load_state()
    log = page.inner_text("main")
    for action in (
        "gegevens gewijzigd",
        "behandeld als komt naar het atelier",
        "beantwoord",
        "afgehandeld",
        "ingelogd",
    ):
        assert action in log, action
    look(page, screenshots, "6-logboek")
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_load_state()

    log_in(page, service, "raad")
    page.goto(service.web_url + "/beheer/leden")
    assert "Geen toegang" in page.inner_text("main")
    look(page, screenshots, "7-geweigerd")
    page.goto(service.web_url + "/beheer/suggesties")
    look(page, screenshots, "8-suggesties")
    context.close()


def test_too_many_tries_are_refused(browser: Any, service: ServiceProcess) -> None:
    page = browser.new_context().new_page()
    for _ in range(5):
        log_in(page, service, "melanie", "verkeerd wachtwoord")
    log_in(page, service, "melanie")
    assert "Te veel mislukte pogingen" in page.inner_text("main") and "/inloggen" in page.url


def test_planning_an_atelier_with_its_preview(browser: Any, service: ServiceProcess, screenshots: Path) -> None:
    context = browser.new_context(bypass_csp=True, locale="nl-NL")
    page = context.new_page()
    log_in(page, service, "melanie")
    page.goto(service.web_url + "/beheer/ateliers")
    look(page, screenshots, "9-ateliers")
    page.get_by_role("link", name="Een nieuw atelier plannen").click()
    page.wait_for_load_state()
    page.get_by_label("Titel (het gezamenlijke vraagstuk)").fill("Regie op de digitale dienstverlening")
    page.get_by_label("Thema").select_option("dienstverlening")
    page.get_by_label("Datum (dd-mm-jjjj)").fill((datetime.now(UTC) + timedelta(days=120)).strftime("%d-%m-%Y"))
    page.get_by_label("Begintijd (uu:mm)").fill("09:30")
    page.get_by_label("Plaats (adres)").fill("Stadhuis Zeist")
    look(page, screenshots, "10-atelier-nieuw")
    page.get_by_role("button", name="Toon het voorbeeld").click()
    page.wait_for_load_state()
    assert "Er is nog niets veranderd en niets verstuurd" in page.inner_text("main")
    assert db(service, "SELECT count(*) FROM ateliers") == [(1,)]  # the preview planned nothing
    look(page, screenshots, "11-voorbeeld")
    page.get_by_role("button", name="Bevestig: voer dit uit").click()
    page.wait_for_load_state()
    assert "Het atelier is gepland" in page.inner_text("main")
    assert db(service, "SELECT count(*) FROM ateliers") == [(2,)]
    look(page, screenshots, "12-atelier")
    page.goto(service.web_url + "/beheer/ateliers/2027-1/aanwezigheid")
    look(page, screenshots, "13-aanwezigheid")
    context.close()


def test_every_other_console_page_is_accessible(browser: Any, service: ServiceProcess, screenshots: Path) -> None:
    context = browser.new_context(bypass_csp=True, locale="nl-NL")
    page = context.new_page()
    log_in(page, service, "stan")
    page.goto(service.web_url + "/beheer/accounts")
    assert "melanie" in page.inner_text("main")
    look(page, screenshots, "30-accounts")
    page.goto(service.web_url + "/beheer/mededeling")
    look(page, screenshots, "31-mededeling")
    page.get_by_label("alle actieve leden").check()
    page.get_by_label("Onderwerp").fill("Nieuwe datum voor het voorjaarsatelier")
    page.locator("#tekst").fill("Het atelier verschuift een week.\n\nTot dan!")
    page.get_by_role("button", name="Toon het voorbeeld").click()
    page.wait_for_load_state()
    assert "Nieuwe datum voor het voorjaarsatelier" in page.inner_text("main")
    look(page, screenshots, "32-mededeling-voorbeeld")
    page.get_by_role("button", name="Bevestig: voer dit uit").click()
    page.wait_for_load_state()
    assert "verstuurd" in page.inner_text("main")
    look(page, screenshots, "33-mededeling-voortgang")
    page.goto(service.web_url + "/beheer/suggesties")
    listed = page.locator("ul.suggesties strong").first.inner_text()
    assert listed.startswith("Hoe wij als directeuren") and "…; Eén loket" in listed and TOPIC not in listed
    page.get_by_text("De onderwerpen voluit").click()
    assert TOPIC in page.inner_text("main")
    look(page, screenshots, "34-suggesties")
    page.goto(service.web_url + "/beheer/leden/99999")
    assert "Niet gevonden" in page.inner_text("main")
    look(page, screenshots, "35-niet-gevonden")
    page.goto(service.web_url + "/beheer/leden")
    page.locator("#uit-adres").fill("iemand@")
    page.locator("#uit-naam").fill("Iemand")
    page.locator("#uit-adres").evaluate("el => el.type = 'text'")  # past the browser's own check: the server's
    page.get_by_role("button", name="Verstuur uitnodiging").click()
    page.wait_for_load_state()
    assert "Niet gelukt" in page.inner_text("main")
    look(page, screenshots, "36-fout")
    context.close()
