"""Issue 17: the pages a link opens speak the language of the mail the link came from, stored with the link or the
reference (migration 0016), against the real web server with a plain HTTP client. Not the member's stored language:
a Dutch member who wrote in English gets English mail, and its links open English pages; a Dutch mail's links open
Dutch pages. The Chromium walk through the English pages is in test_browser_language.py."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice.app import App, build
from mailservice.store.models import Member, MemberStatus
from tests.e2e.process import free_port
from tests.support import FakeClock, deliver, mail, make_settings
from tests.web.support import FORM, link, messages, one_click, request

ADDRESS = "j.smith@gemeente-a.nl"
SMITH = f"John Smith <{ADDRESS}>"
ENGLISH_SIGN_UP = "Hello,\n\nPlease add me to the network of directors.\n\nKind regards,\nJohn Smith"


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    from mailservice.web.server import WebServer, make_web_app

    application = build(make_settings(tmp_path, web={"bind": f"127.0.0.1:{free_port()}"}), clock=clock)
    server = WebServer(make_web_app(application), application.settings.web)
    server.start()
    yield application
    server.stop()
    application.close()


def _last(app: App) -> EmailMessage:
    app.sender.drain()  # what a page wrote to the outbox
    return messages(app.settings.outbound.maildir)[-1]


def _status(app: App) -> str:
    with app.factory() as session:
        return session.scalars(select(Member.status).where(Member.email == ADDRESS)).one()


def _english_member(app: App) -> EmailMessage:
    """Signed up in English, confirmed on the English page; returns the English welcome."""
    deliver(app, mail(sender=SMITH, subject="Network", body=ENGLISH_SIGN_UP))
    request_mail = _last(app)
    assert request_mail["Content-Language"] == "en"
    url = link(request_mail, "bevestigen")
    page = request("GET", url)
    assert page.status == 200 and '<html lang="en">' in page.body
    assert "Confirm your registration" in page.body and "Yes, I confirm my registration" in page.body
    done = _post_from_page(url, url)
    assert "Your registration has been confirmed" in done and "We have sent you a welcome message" in done
    assert _status(app) == MemberStatus.ACTIVE
    welcome = _last(app)
    assert welcome["Subject"].startswith("Welcome to the") and welcome["Content-Language"] == "en"
    return welcome


def _post_from_page(url: str, page: str, **fields: str) -> str:
    """A person's POST from our page: the CSRF cookie of the GET and the field in the form; the page after."""
    got = request("GET", page)
    csrf = got.cookie("csrf")
    assert csrf
    body = "&".join([f"csrf={csrf}", *(f"{k}={v}" for k, v in fields.items())]).encode()
    reply = request("POST", url, body, {**FORM, "cookie": f"csrf={csrf}"}, follow=True)
    assert reply.status == 200, reply.status
    return reply.body


def test_the_pages_of_an_english_mail_are_english(app: App) -> None:
    welcome = _english_member(app)
    data_url, unsubscribe_url = link(welcome, "gegevens"), link(welcome, "afmelden")

    data = request("GET", data_url)
    assert data.status == 200 and '<html lang="en">' in data.body
    assert "Your details held by the network" in data.body and "Download as JSON" in data.body
    assert "Uw gegevens" not in data.body

    page = request("GET", unsubscribe_url)
    assert "Unsubscribe from the network" in page.body and _status(app) == MemberStatus.ACTIVE
    reply = one_click(unsubscribe_url)  # RFC 8058, as a mail client sends it: the page it gets is English too
    assert reply.status == 200 and "You have been unsubscribed" in reply.body
    assert _status(app) == MemberStatus.UNSUBSCRIBED
    goodbye = _last(app)
    assert goodbye["Subject"].startswith("You have been unsubscribed") and goodbye["Content-Language"] == "en"

    undone = _post_from_page(f"{unsubscribe_url}/ongedaan", unsubscribe_url)
    assert "Your unsubscription has been undone" in undone and _status(app) == MemberStatus.ACTIVE


def test_a_form_not_sent_from_an_english_page_is_refused_in_english(app: App) -> None:
    welcome = _english_member(app)
    reply = request("POST", f"{link(welcome, 'gegevens')}/verwijderen", b"csrf=raden", FORM)
    assert reply.status == 403 and '<html lang="en">' in reply.body
    assert "This form could not be processed" in reply.body


def test_erasure_asked_on_the_english_page_is_confirmed_by_english_mail(app: App) -> None:
    welcome = _english_member(app)
    data_url = link(welcome, "gegevens")
    after = _post_from_page(f"{data_url}/verwijderen", data_url)
    assert "Please reply to it with ‘Yes’ to confirm your request" in after
    question = _last(app)
    assert question["Subject"].startswith("Please confirm your request to erase your details [ref:AF-")
    assert question["Content-Language"] == "en"


def test_the_link_decides_not_the_members_stored_language(app: App, clock: FakeClock) -> None:
    """A Dutch member who writes in English gets the English 'already a member'; its links open English pages.
    The Dutch welcome's links stay Dutch."""
    deliver(app, mail(sender=SMITH, subject="Aanmelden", body="Graag meld ik mij aan voor het netwerk."))
    dutch_url = link(_last(app), "bevestigen")
    assert "Aanmelding bevestigen" in request("GET", dutch_url).body
    _post_from_page(dutch_url, dutch_url)
    dutch_welcome = _last(app)
    assert dutch_welcome["Content-Language"] == "nl"
    clock.advance(days=2)

    deliver(app, mail(sender=SMITH, subject="Network", body="Please add me to the network of directors."))
    english = _last(app)
    assert english["Subject"].startswith("You are already a member") and english["Content-Language"] == "en"
    with app.factory() as session:
        assert session.scalars(select(Member.language).where(Member.email == ADDRESS)).one() == "nl"

    page = request("GET", link(english, "afmelden"))
    assert '<html lang="en">' in page.body and "Unsubscribe from the network" in page.body
    page = request("GET", link(dutch_welcome, "afmelden"))
    assert '<html lang="nl">' in page.body and "Afmelden voor het netwerk" in page.body
    # The confirmation page of a Dutch request, now used: Dutch, whatever was written since.
    assert "Uw aanmelding is bevestigd" in request("GET", dutch_url).body


def test_an_unknown_link_is_answered_in_dutch(app: App) -> None:
    page = request("GET", f"{app.settings.web.base_url}/afmelden/{'x' * 27}")
    assert page.status == 404 and '<html lang="nl">' in page.body and "Deze link kennen wij niet" in page.body


def test_the_new_address_page_of_an_english_request_is_english(app: App, clock: FakeClock) -> None:
    welcome = _english_member(app)
    clock.advance(days=2)
    deliver(
        app,
        mail(
            sender=SMITH,
            subject=f"RE: {welcome['Subject']}",
            body="As of 1 January my e-mail address changes to john.smith@werkorganisatie-b.nl. "
            "Would you please send all messages there from then on?",
            in_reply_to=welcome["Message-ID"],
        ),
    )
    request_mail = _last(app)
    assert request_mail["To"] == "john.smith@werkorganisatie-b.nl" and request_mail["Content-Language"] == "en"
    url = link(request_mail, "bevestigen")
    page = request("GET", url)
    assert '<html lang="en">' in page.body and "Confirm your new e-mail address" in page.body
    done = _post_from_page(url, url)
    assert "Your new e-mail address has been confirmed" in done and "john.smith@werkorganisatie-b.nl" in done
