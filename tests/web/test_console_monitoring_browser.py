"""Issue 15 in real headless Chromium against `mailservice run`: the secretariat starts on the Overzicht (its numbers
are the database's), reads the bounce log (bounces from the shared corpus, through the pipeline and the scoring
job), filters it, downloads a report as it came in and switches a member's delivery on again; on Verzending she
resumes a paused mailing; each change is in the Logboek; the Adviesraad is refused all three pages. Every page passes
axe-core's WCAG 2.1 AA checks; screenshots go where tests/web/conftest.py says."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mailservice import accounts, audit, ingest
from mailservice.app import build
from mailservice.ateliers import catalogue
from mailservice.bouncelog.scoring import run_scoring
from mailservice.members import deliverable_members
from mailservice.outbound import mailings
from mailservice.settings import Settings
from mailservice.store.db import transaction
from mailservice.store.models import Member, MemberStatus, OutboundMessage, OutboundStatus
from tests.bouncelog.helpers import deliver, dsn, return_path
from tests.bouncelog.helpers import mailing as send_mailing
from tests.e2e.process import ServiceProcess
from tests.support import corpus_root
from tests.web.test_browser import accessible
from tests.web.test_console_browser import FAST, PASSWORD, log_in

ORGANISATIONS = ("Werkorganisatie Duivenvoorde", "BUCH Werkorganisatie", "Werkorganisatie HLTsamen")
CORPUS_BOUNCES = 8  # reports from the shared corpus, hard and soft, one recipient each


def corpus_reports() -> list[tuple[Path, str]]:
    """Single-recipient reports from the shared corpus, hard and soft alike, each for a different address."""
    folder = corpus_root() / "bounces"
    chosen: list[tuple[Path, str]] = []
    seen: set[str] = set()
    hard = soft = 0
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        address = (label.get("recipient") or "").lower()
        if label.get("kind") != "bounce" or len(label.get("recipients", [])) != 1 or address in seen:
            continue
        if (hard if label.get("hard") else soft) >= CORPUS_BOUNCES // 2:
            continue
        hard, soft = (hard + 1, soft) if label.get("hard") else (hard, soft + 1)
        seen.add(address)
        chosen.append((folder / label["file"], address))
    return chosen


def prepare(workdir: Path) -> None:
    """What the service itself made: members (some of them the corpus reports' recipients), the corpus reports through
    ingest and the scoring job, a mailing the sender paused, a planned atelier with its steps, a waiting sign-up."""
    (workdir / "var").mkdir()
    settings = Settings(
        database={"url": f"sqlite:///{workdir / 'var' / 'mailservice.db'}"},
        outbound={"maildir": str(workdir / "var" / "outbox")},
        console={"password_time_cost": 1, "password_memory_kib": 1024},
    )
    app = build(settings)
    now = datetime.now(UTC)
    reports = corpus_reports()
    with transaction(app.factory) as session:
        for username, name, role in (
            ("melanie", "Melanie Huurneman", "secretariaat"),
            ("raad", "Adviseur", "adviesraad"),
        ):
            accounts.create(session, settings.console, username, name, role, PASSWORD, actor=audit.CLI, now=now)
        addresses = [address for _, address in reports] + [f"lid{i}@gemeente-{i}.nl" for i in range(6)]
        for i, address in enumerate(addresses):
            joined = now - timedelta(weeks=20 - i)
            session.add(
                Member(
                    email=address,
                    name=f"Lid {i + 1}",
                    organisation=ORGANISATIONS[i % len(ORGANISATIONS)],
                    status=MemberStatus.ACTIVE,
                    role="member",
                    created_at=joined,
                    updated_at=joined,
                    confirmed_at=joined,
                )
            )
        session.add(
            Member(
                email="nieuw@gemeente-z.nl", status=MemberStatus.PENDING, role="member", created_at=now, updated_at=now
            )
        )
    # The corpus reports are tied to members by address only: logged, never acted on. Two of our own mailing's
    # copies bounce back through the VERP return path, hard: those switch delivery off.
    sent = send_mailing(app)
    for address in ("lid0@gemeente-0.nl", "lid1@gemeente-1.nl"):
        deliver(app, dsn(sent[address], address), envelope_to=return_path(sent[address]))
    for path, _ in reports:
        ingest.store(app.factory, path.read_bytes(), source="test", clock=app.clock, envelope_from="")
    app.ingest.process_pending()
    run_scoring(app.factory, app.settings, app.clock, app.outbox)
    with transaction(app.factory) as session:
        mailing = mailings.enqueue_mailing(
            session,
            "mededeling",
            deliverable_members(session),
            lambda m: {"name": m.name, "onderwerp": "Nieuws uit het netwerk", "alineas": ["Graag tot ziens."]},
            outbox=app.outbox,
        )
        session.flush()
        mailings.pause(session, mailing.id, "5 berichten achter elkaar geweigerd (550 5.7.1 blocked)")
        first = session.scalars(select(OutboundMessage).where(OutboundMessage.mailing_id == mailing.id)).first()
        assert first is not None
        first.status, first.last_error = OutboundStatus.FAILED, "550 5.7.1 Message rejected as spam"
        starts = (now + timedelta(days=120)).replace(hour=13, minute=0, second=0, microsecond=0)
        catalogue.create(
            session,
            app.ingest.env,
            audit.CLI,
            catalogue.Plan(
                "Sturen op samenwerking", "samenwerking", starts, starts + timedelta(hours=3), place="Zeist"
            ),
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


def look(page: Any, screenshots: Path, name: str) -> None:
    page.screenshot(path=str(screenshots / f"beheer-{name}.png"), full_page=True)
    accessible(page)


def test_the_secretariat_follows_the_network_its_bounces_and_its_mail(
    browser: Any, service: ServiceProcess, screenshots: Path
) -> None:
    context = browser.new_context(bypass_csp=True, locale="nl-NL", accept_downloads=True)  # axe is a script
    page = context.new_page()
    log_in(page, service, "melanie")
    assert page.url.endswith("/beheer/overzicht")
    main = page.inner_text("main")
    [(active,)] = db(service, "SELECT count(*) FROM members WHERE status = 'active'")
    [(hard, soft)] = db(
        service,
        "SELECT sum(severity = 'hard'), sum(severity = 'soft') FROM bounce_events WHERE severity IN ('hard', 'soft')",
    )
    assert hard and soft  # the corpus gave both kinds
    assert f"{active}\nactieve leden" in main or f"{active} actieve leden" in main
    assert f"{hard} / {soft}" in main and "Sturen op samenwerking" in main and "oproep thema's" in main
    assert page.locator("figure.grafiek svg[role=img]").count() == 3
    look(page, screenshots, "20-overzicht")
    page.get_by_label("Periode").select_option("52")
    page.get_by_role("button", name="Toon").click()
    page.wait_for_load_state()
    assert page.locator("figure.grafiek").first.locator("circle").count() == 52
    page.locator("details summary").first.click()  # the numbers of the first chart, opened
    look(page, screenshots, "21-overzicht-jaar")

    page.get_by_role("link", name="Bounces", exact=True).click()
    page.wait_for_load_state()
    [(events,)] = db(service, "SELECT count(*) FROM bounce_events")
    main = page.inner_text("main")
    assert events >= CORPUS_BOUNCES and f"{events} meldingen gevonden" in main
    [(by_address,)] = db(service, "SELECT count(*) FROM bounce_events WHERE attributed_by = 'address'")
    assert by_address and main.count("telt niet mee") == by_address  # the corpus reports: logged, not acted on
    look(page, screenshots, "22-bounces")
    page.get_by_label("Soort").select_option("hard")
    page.get_by_role("button", name="Filteren").click()
    page.wait_for_load_state()
    [(hard_events,)] = db(service, "SELECT count(*) FROM bounce_events WHERE severity = 'hard'")
    assert f"{hard_events} {'melding' if hard_events == 1 else 'meldingen'} gevonden" in page.inner_text("main")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download").first.click()
    saved = download.value.path()
    event_id = int(download.value.suggested_filename.split("-")[1].split(".")[0])
    [(raw,)] = db(
        service,
        "SELECT raw FROM inbound_messages WHERE id = (SELECT inbound_id FROM bounce_events WHERE id = ?)",
        event_id,
    )
    assert Path(saved).read_bytes() == raw  # the report exactly as it came in

    off = db(service, "SELECT id, email FROM members WHERE delivery != 'enabled' ORDER BY delivery_since DESC, id")
    assert off  # the hard bounces switched delivery off
    page.get_by_role("button", name=f"Bezorging weer aan voor {off[0][1]}").click()
    page.wait_for_load_state()
    assert "De bezorging staat weer aan" in page.inner_text("main") and "soort=hard" in page.url
    assert db(service, "SELECT delivery FROM members WHERE id = ?", off[0][0]) == [("enabled",)]
    look(page, screenshots, "23-bounces-bezorging")

    page.get_by_role("link", name="Verzending").click()
    page.wait_for_load_state()
    main = page.inner_text("main")
    assert "stilgezet" in main and "550 5.7.1 Message rejected as spam" in main
    look(page, screenshots, "24-verzending")
    [(mailing_id,)] = db(service, "SELECT id FROM mailings WHERE state = 'paused'")
    page.get_by_role("button", name=f"Hervatten: mailing {mailing_id}").click()
    page.wait_for_load_state()
    assert "De mailing wordt verder verstuurd" in page.inner_text("main")
    assert db(service, "SELECT state FROM mailings WHERE id = ?", mailing_id) in ([("sending",)], [("done",)])

    page.get_by_role("link", name="Logboek").click()
    page.wait_for_load_state()
    log = page.inner_text("main")
    assert "bezorging weer aan" in log and f"mailing {mailing_id} hervat" in log
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_load_state()

    log_in(page, service, "raad")
    for path in ("/beheer/overzicht", "/beheer/bounces", "/beheer/verzending"):
        page.goto(service.web_url + path)
        assert "Geen toegang" in page.inner_text("main"), path
    context.close()
