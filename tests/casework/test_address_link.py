"""A new address confirmed with the link in the request (issue 16), on the web pages of the running server: the
page names both addresses and changes nothing; the button moves the member; a second press reads as success."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice import audit
from mailservice.app import App, build
from mailservice.casework import addresses, privacy
from mailservice.store.models import Member
from mailservice.web.server import WebServer, make_web_app
from tests.casework.helpers import events, join, last_to, member
from tests.e2e.process import free_port
from tests.support import FakeClock, deliver, mail, make_settings
from tests.web.support import link, request
from tests.web.test_member_pages import form_post


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    application = build(make_settings(tmp_path, web={"bind": f"127.0.0.1:{free_port()}"}), clock=clock)
    server = WebServer(make_web_app(application), application.settings.web)
    server.start()
    yield application
    server.stop()
    application.close()


def test_the_new_address_confirms_with_the_button(app: App) -> None:
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<j1@gemeente-b.nl>")
    with app.factory() as s, s.begin():
        addresses.request_change(s, app.ingest.env, audit.CLI, s.scalars(select(Member)).one(), "karel@bbr.nl")
    app.sender.drain()
    url = link(last_to(app, "karel@bbr.nl"), "bevestigen")
    page = request("GET", url)
    assert page.status == 200 and "Ja, dit is mijn nieuwe e-mailadres" in page.body
    assert "k.smit@gemeente-b.nl" in page.body and "karel@bbr.nl" in page.body
    assert member(app, "karel@bbr.nl") is None  # looking changes nothing

    status, body = form_post(url, url)
    assert status == 200 and "Uw nieuwe e-mailadres is bevestigd" in body
    moved = member(app, "karel@bbr.nl")
    assert moved is not None and ("address_changed", "web") in events(app, moved.id)
    assert "Uw nieuwe e-mailadres is bevestigd" in request("GET", url).body  # again: success, nothing twice
    app.sender.drain()
    assert last_to(app, "karel@bbr.nl")["Subject"] == "Uw nieuwe e-mailadres is bevestigd"


def test_an_erasure_reference_opens_no_page(app: App) -> None:
    """An erasure is confirmed only by a reply in the member's own words: its reference is no link."""
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<j1@gemeente-b.nl>")
    with app.factory() as s, s.begin():
        privacy.request_erasure(s, app.ingest.env, audit.CLI, s.scalars(select(Member)).one())
    app.sender.drain()
    ask = last_to(app, "k.smit@gemeente-b.nl")
    token = ask["Subject"].split("[ref:")[1].rstrip("]")
    page = request("GET", f"http://{app.settings.web.bind}/bevestigen/{token}")
    assert page.status in (200, 404) and "Deze link kennen wij niet" in page.body


def test_the_data_pages_erasure_button_and_the_members_yes_erase(app: App) -> None:
    """The button asks as a request by mail does (one way, issue 16); the member's "Ja" erases."""
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<j1@gemeente-b.nl>")
    data = link(last_to(app, "k.smit@gemeente-b.nl"), "gegevens")
    status, _ = form_post(data + "/verwijderen", data)
    assert status == 200
    app.sender.drain()
    ask = last_to(app, "k.smit@gemeente-b.nl")
    assert ask["Subject"].startswith("Bevestig uw verzoek: uw gegevens verwijderen [ref:AF-")
    deliver(
        app,
        mail(sender="k.smit@gemeente-b.nl", subject=f"RE: {ask['Subject']}", body="Ja", in_reply_to=ask["Message-ID"]),
    )
    assert member(app, "k.smit@gemeente-b.nl") is None
