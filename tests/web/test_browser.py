"""Issue 13, in real headless Chromium against `mailservice run` as a real process: a member takes the links from
the mail in var/outbox and acts as a person would. Every page passes axe-core's WCAG 2.1 AA checks, and a
screenshot of each is saved (tests/web/conftest.py: SCREENSHOTS)."""

from __future__ import annotations

import json
import smtplib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.process import ServiceProcess
from tests.support import mail
from tests.web.support import link, messages, one_click, request

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
A = "j.jansen@gemeente-a.nl"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ServiceProcess]:
    proc = ServiceProcess(tmp_path).start()
    yield proc
    proc.stop()


def send(service: ServiceProcess, raw: bytes) -> None:
    with smtplib.SMTP("127.0.0.1", service.port, timeout=30) as smtp:
        smtp.sendmail(A, ["info@ambtelijkefusie.nl"], raw)


def wait_for_mail(service: ServiceProcess, subject_start: str, timeout: float = 20) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for msg in reversed(messages(service.workdir / "var" / "outbox")):
            if str(msg["Subject"]).startswith(subject_start):
                return msg
        time.sleep(0.05)
    raise AssertionError(f"no mail '{subject_start}' in var/outbox")


def status(service: ServiceProcess) -> str:
    with sqlite3.connect(service.workdir / "var" / "mailservice.db") as db:
        return str(db.execute("SELECT status FROM members WHERE email = ?", (A,)).fetchone()[0])


def accessible(page: Any) -> None:
    """axe-core in the page; any WCAG 2.1 A or AA violation fails, with what and where."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA)
    problems = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
    assert problems == [], problems


def look(page: Any, screenshots: Path, name: str) -> None:
    page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)
    accessible(page)


def test_a_member_confirms_reads_and_takes_their_data_and_leaves(
    browser: Any, service: ServiceProcess, screenshots: Path
) -> None:
    # axe is injected as a script: the context ignores our CSP (which allows no script at all) for that only.
    context = browser.new_context(bypass_csp=True, accept_downloads=True, locale="nl-NL")
    page = context.new_page()
    send(service, mail(subject="Aanmelden", body="Graag meld ik mij aan voor het netwerk."))
    confirm_url = link(wait_for_mail(service, "Bevestig uw aanmelding"), "bevestigen")

    page.goto(confirm_url)  # opening the link changes nothing
    assert A in page.inner_text("main") and status(service) == "pending"
    look(page, screenshots, "1-bevestigen")
    page.get_by_role("button", name="Ja, ik bevestig mijn aanmelding").click()
    page.wait_for_load_state()
    assert "Uw aanmelding is bevestigd" in page.inner_text("main") and status(service) == "active"
    look(page, screenshots, "2-bevestigd")
    page.goto(confirm_url)  # again: success, never an error
    assert "Uw aanmelding is bevestigd" in page.inner_text("main")

    welcome = wait_for_mail(service, "Welkom bij het")
    data_url, unsubscribe_url = link(welcome, "gegevens"), link(welcome, "afmelden")
    page.goto(data_url)
    main = page.inner_text("main")
    assert A in main and "aanmelding bevestigd" in main and "via de website" in main
    look(page, screenshots, "3-gegevens")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download als JSON").click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["e_mailadres"] == A and data["status"] == "lid"
    assert [e["gebeurtenis"] for e in data["geschiedenis"]][:2] == ["aanmelding ontvangen", "aanmelding bevestigd"]

    page.goto(unsubscribe_url)  # looking changes nothing
    assert "Afmelden voor het netwerk" in page.inner_text("main") and status(service) == "active"
    look(page, screenshots, "4-afmelden")
    reply = one_click(unsubscribe_url)  # RFC 8058 from a plain HTTP client, as a mail client sends it
    assert reply.status == 200 and status(service) == "unsubscribed"
    assert request("GET", unsubscribe_url).status == 200 and status(service) == "unsubscribed"
    page.goto(unsubscribe_url)
    assert "U bent afgemeld" in page.inner_text("main")
    look(page, screenshots, "5-afgemeld")
    goodbye = wait_for_mail(service, "Uw afmelding")
    assert unsubscribe_url in goodbye.get_body(("plain",)).get_content()  # the mail offers the way back too
    page.get_by_role("button", name="Toch lid blijven").click()
    page.wait_for_load_state()
    assert "ongedaan gemaakt" in page.inner_text("main") and status(service) == "active"
    look(page, screenshots, "6-ongedaan")

    page.goto(confirm_url[:-5] + "22222")
    assert "Deze link kennen wij niet" in page.inner_text("main")
    look(page, screenshots, "7-onbekend")
    page.goto(service.web_url + "/")
    look(page, screenshots, "8-start")
    context.close()


def test_pages_fit_a_phone(browser: Any, service: ServiceProcess, screenshots: Path) -> None:
    context = browser.new_context(bypass_csp=True, viewport={"width": 360, "height": 740}, device_scale_factor=2)
    page = context.new_page()
    send(service, mail(subject="Aanmelden"))
    page.goto(link(wait_for_mail(service, "Bevestig uw aanmelding"), "bevestigen"))
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360  # nothing wider than the screen: no sideways scrolling
    look(page, screenshots, "9-telefoon")
    context.close()
