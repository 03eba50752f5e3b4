"""Issue 17, in real headless Chromium against `mailservice run` as a real process: a director who writes in English
takes the links from the English mail in var/outbox and finds English pages, each passing axe-core's WCAG 2.1 AA
checks (which include a page's language: html lang="en"), with a screenshot of each (tests/web/conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.e2e.process import ServiceProcess
from tests.support import mail
from tests.web.support import link
from tests.web.test_browser import look, send, service, status, wait_for_mail

__all__ = ["service"]  # the fixture, shared with test_browser.py

ENGLISH_SIGN_UP = "Hello,\n\nPlease add me to the network of directors.\n\nKind regards,\nJan Jansen"


def test_an_english_writer_confirms_reads_their_data_and_leaves_in_english(
    browser: Any, service: ServiceProcess, screenshots: Path
) -> None:
    context = browser.new_context(bypass_csp=True, accept_downloads=True, locale="en-GB")
    page = context.new_page()
    send(service, mail(subject="Membership", body=ENGLISH_SIGN_UP))
    request = wait_for_mail(service, "Please confirm your registration")
    assert request["Content-Language"] == "en"
    confirm_url = link(request, "bevestigen")

    page.goto(confirm_url)  # opening the link changes nothing
    assert page.get_attribute("html", "lang") == "en" and status(service) == "pending"
    assert "Would you like to become a member" in page.inner_text("main")
    look(page, screenshots, "en-1-confirm")
    page.get_by_role("button", name="Yes, I confirm my registration").click()
    page.wait_for_load_state()
    assert "Your registration has been confirmed" in page.inner_text("main") and status(service) == "active"
    look(page, screenshots, "en-2-confirmed")

    welcome = wait_for_mail(service, "Welcome to the")
    assert welcome["Content-Language"] == "en"
    page.goto(link(welcome, "gegevens"))
    main = page.inner_text("main")
    assert "Your details held by the network" in main and "What we know about you" in main
    look(page, screenshots, "en-3-details")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download as JSON").click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["e_mailadres"] == "j.jansen@gemeente-a.nl"

    page.goto(link(welcome, "afmelden"))
    assert "Unsubscribe from the network" in page.inner_text("main") and status(service) == "active"
    look(page, screenshots, "en-4-unsubscribe")
    page.get_by_role("button", name="Unsubscribe", exact=True).click()
    page.wait_for_load_state()
    assert "You have been unsubscribed" in page.inner_text("main") and status(service) == "unsubscribed"
    look(page, screenshots, "en-5-unsubscribed")
    assert wait_for_mail(service, "You have been unsubscribed")["Content-Language"] == "en"
    page.get_by_role("button", name="Remain a member").click()
    page.wait_for_load_state()
    assert "Your unsubscription has been undone" in page.inner_text("main") and status(service) == "active"
    look(page, screenshots, "en-6-undone")
    context.close()
