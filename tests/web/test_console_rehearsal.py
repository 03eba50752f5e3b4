"""Issue 15 with data the service made itself: an atelier planned in the console of `mailservice run`, rehearsed
with the test clock (``clock.file``) to its invitation, members answering by mail over SMTP, and then the
console's pages in Chromium show the replies as the database holds them. Nothing goes out before the
confirmation; the invitation goes out when the scheduler's clock reaches it."""

from __future__ import annotations

import os
import smtplib
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from mailservice import accounts, audit
from mailservice.app import build
from mailservice.settings import Settings
from mailservice.store.db import transaction
from tests.ateliers.helpers import reply, utc
from tests.e2e.process import ServiceProcess
from tests.web.support import messages
from tests.web.test_browser import accessible
from tests.web.test_console_browser import FAST, PASSWORD, log_in

MEMBERS = {f"lid{i}@gemeente-{i}.nl": f"Directeur {i}" for i in range(4)}
START = utc(2026, 11, 2, 10, 0)


def set_clock(path: Path, moment: datetime) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(moment.isoformat(), encoding="utf-8")
    os.replace(tmp, path)


@pytest.fixture
def rehearsal(tmp_path: Path) -> Iterator[tuple[ServiceProcess, Path]]:
    clock = tmp_path / "testklok"
    set_clock(clock, START)
    (tmp_path / "var").mkdir()
    settings = Settings(
        database={"url": f"sqlite:///{tmp_path / 'var' / 'mailservice.db'}"},
        console={"password_time_cost": 1, "password_memory_kib": 1024},
    )
    app = build(settings, clock=lambda: START)
    with transaction(app.factory) as session:
        accounts.create(
            session, settings.console, "melanie", "Melanie", "secretariaat", PASSWORD, actor=audit.CLI, now=START
        )
    app.close()
    env = FAST | {
        "MAILSERVICE_CLOCK__FILE": str(clock),
        "MAILSERVICE_SCHEDULER__TICK_SECONDS": "0.2",
        "MAILSERVICE_SCHEDULER__LEASE_SECONDS": "60",
        "MAILSERVICE_SCHEDULER__DIGEST": "false",
        "MAILSERVICE_OUTBOUND__RATE_PER_MINUTE": "0",
    }
    proc = ServiceProcess(tmp_path, env=env).start()
    for address, name in MEMBERS.items():
        proc.cli("members", "add", address, "--naam", name, "--geen-welkom")
    yield proc, clock
    proc.stop()


def db(proc: ServiceProcess, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(proc.workdir / "var" / "mailservice.db") as conn:
        return list(conn.execute(sql))


def wait_for(check: Any, what: str, timeout: float = 20) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"{what} did not happen")


def test_a_rehearsed_cycle_seen_in_the_console(browser: Any, rehearsal: tuple[ServiceProcess, Path]) -> None:
    proc, clock = rehearsal
    context = browser.new_context(bypass_csp=True, locale="nl-NL")
    page = context.new_page()
    log_in(page, proc, "melanie")
    page.goto(proc.web_url + "/beheer/ateliers/nieuw")
    page.get_by_label("Titel (het gezamenlijke vraagstuk)").fill("Sturen op samenwerking")
    page.get_by_label("Thema").select_option("samenwerking")
    page.get_by_label("Datum (dd-mm-jjjj)").fill("11-03-2027")
    page.get_by_label("Begintijd (uu:mm)").fill("14:00")
    page.get_by_label("Plaats (adres)").fill("Stadskantoor, Utrecht")
    page.get_by_role("button", name="Toon het voorbeeld").click()
    page.wait_for_load_state()
    assert "4 ontvangers" in page.inner_text("main")
    time.sleep(1)  # a few scheduler ticks: a preview plans and sends nothing
    assert db(proc, "SELECT count(*) FROM ateliers") == [(0,)] and not messages(proc.workdir / "var" / "outbox")
    page.get_by_role("button", name="Bevestig: voer dit uit").click()
    page.wait_for_load_state()
    reference = db(proc, "SELECT reference FROM ateliers")[0][0]
    (invitation_due,) = db(proc, "SELECT due_at FROM scheduled_mailings WHERE step = 'invitation'")[0]
    (call_due,) = db(proc, "SELECT due_at FROM scheduled_mailings WHERE step = 'call_for_themes'")[0]

    # The rehearsal, first the call for themes: a member answers it with a topic, by mail.
    set_clock(clock, datetime.fromisoformat(call_due).replace(tzinfo=START.tzinfo) + timedelta(minutes=1))

    def sent_calls() -> dict[str, Any] | None:
        found = {m["To"]: m for m in messages(proc.workdir / "var" / "outbox") if str(m["Subject"]).startswith("Welke")}
        return found if len(found) == len(MEMBERS) else None

    calls = wait_for(sent_calls, "the call for themes")
    topic = "Graag bespreek ik:\n- de samenwerking tussen de fusiegemeenten en hun raden"
    with smtplib.SMTP("127.0.0.1", proc.port, timeout=30) as smtp:
        smtp.sendmail(
            "lid2@gemeente-2.nl",
            ["info@ambtelijkefusie.nl"],
            reply(calls["lid2@gemeente-2.nl"], "lid2@gemeente-2.nl", topic),
        )
    wait_for(lambda: db(proc, "SELECT count(*) FROM suggestions")[0][0] == 1, "the suggestion")

    # Then the invitation's moment (the tally, skipped over by more than a day, is marked missed).
    set_clock(clock, datetime.fromisoformat(invitation_due).replace(tzinfo=START.tzinfo) + timedelta(minutes=1))

    def sent_invitations() -> dict[str, Any] | None:
        found = {m["To"]: m for m in messages(proc.workdir / "var" / "outbox") if str(m["Subject"]).startswith("Uitn")}
        return found if len(found) == len(MEMBERS) else None

    invitations = wait_for(sent_invitations, "the invitations")
    answers = {"lid0@gemeente-0.nl": "Ja, ik kom graag, met een collega.", "lid1@gemeente-1.nl": "Helaas verhinderd."}
    with smtplib.SMTP("127.0.0.1", proc.port, timeout=30) as smtp:
        for member, text in answers.items():
            smtp.sendmail(member, ["info@ambtelijkefusie.nl"], reply(invitations[member], member, text))
    wait_for(lambda: db(proc, "SELECT count(*) FROM rsvps")[0][0] == 2, "the two replies")

    log_in(page, proc, "melanie")  # months later by the test clock: the session of before has lapsed
    page.goto(f"{proc.web_url}/beheer/ateliers/{reference}")
    main = page.inner_text("main")
    attending = db(proc, "SELECT count(*) FROM rsvps WHERE status = 'attending'")[0][0]
    declined = db(proc, "SELECT count(*) FROM rsvps WHERE status = 'declined'")[0][0]
    assert f"Komen ({attending})" in main and f"Komen niet ({declined})" in main and (attending, declined) == (1, 1)
    assert "Directeur 0" in main and "+1 gast" in main and "verstuurd" in main  # the sent steps in the cycle table
    accessible(page)
    page.goto(f"{proc.web_url}/beheer/suggesties?atelier={reference}")
    suggestions = page.inner_text("main")
    assert f"{db(proc, 'SELECT count(*) FROM suggestions')[0][0]} suggestie" in suggestions
    assert "De samenwerking tussen de fusiegemeenten en hun raden" in suggestions and "Directeur 2" in suggestions
    accessible(page)
    page.goto(proc.web_url + "/beheer/overzicht")
    accessible(page)
    context.close()
