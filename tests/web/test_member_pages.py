"""Issue 13: the pages members reach from their mail, against the real web server (uvicorn in a thread of this
test, as in ``mailservice run``), with a plain HTTP client: what a mail client, a link scanner or an attacker sends.
The browser tests (test_browser.py) walk the same pages as a person, in Chromium, against the real process."""

from __future__ import annotations

import email
import email.policy
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import func, select

from mailservice.app import App, build
from mailservice.outbound import links
from mailservice.store.models import LinkToken, Member, MemberEvent, MemberStatus, OutboundMessage
from mailservice.web.server import WebServer, make_web_app
from tests.bouncelog.helpers import add_member, mailing
from tests.e2e.process import free_port
from tests.support import FakeClock, deliver, mail, make_settings
from tests.web.support import FORM, link, messages, one_click, request, text

A = "j.jansen@gemeente-a.nl"


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    application = build(make_settings(tmp_path, web={"bind": f"127.0.0.1:{free_port()}"}), clock=clock)
    server = WebServer(make_web_app(application), application.settings.web)
    server.start()
    yield application
    server.stop()
    application.close()


def member(app: App, address: str = A) -> Member:
    with app.factory() as session:
        found = session.scalars(select(Member).where(Member.email == address)).one()
        session.expunge(found)
        return found


def sign_up(app: App) -> str:
    """A sign-up by mail; the confirmation link from the request."""
    deliver(app, mail())
    return link(messages(app.settings.outbound.maildir)[-1], "bevestigen")


def outgoing(app: App) -> int:
    with app.factory() as session:
        return session.scalar(select(func.count()).select_from(OutboundMessage)) or 0


def form_post(url: str, page: str, **fields: str) -> tuple[int, str]:
    """A person's POST from our page: the CSRF cookie of the GET and the field in the form."""
    got = request("GET", page)
    csrf = got.cookie("csrf")
    assert csrf
    body = "&".join([f"csrf={csrf}", *(f"{k}={v}" for k, v in fields.items())]).encode()
    reply = request("POST", url, body, {**FORM, "cookie": f"csrf={csrf}"}, follow=True)
    return reply.status, reply.body


# -- confirm ---------------------------------------------------------------------------------------------------
def test_confirm_page_shows_the_address_and_changes_nothing(app: App) -> None:
    url = sign_up(app)
    before = outgoing(app)
    for _ in range(3):
        page = request("GET", url)
        assert page.status == 200 and A in page.body and "Ja, ik bevestig mijn aanmelding" in page.body
    request("HEAD", url)
    assert member(app).status == MemberStatus.PENDING and outgoing(app) == before


def test_the_button_confirms_like_a_reply_and_a_second_press_reads_as_success(app: App) -> None:
    url = sign_up(app)
    status, body = form_post(url, url)
    assert status == 200 and "Uw aanmelding is bevestigd" in body
    confirmed = member(app)
    assert confirmed.status == MemberStatus.ACTIVE and confirmed.confirmed_at is not None
    app.sender.drain()
    welcome = messages(app.settings.outbound.maildir)[-1]
    assert welcome["Subject"].startswith("Welkom bij het") and welcome["To"] == A
    with app.factory() as session:
        event = session.scalars(select(MemberEvent).where(MemberEvent.event == "confirmed")).one()
        assert event.actor == "web" and event.outbound is not None
    sent = outgoing(app)
    status, body = form_post(url, url)  # again: success, no second welcome
    assert status == 200 and "Uw aanmelding is bevestigd" in body and outgoing(app) == sent
    assert "Uw aanmelding is bevestigd" in request("GET", url).body


def test_a_reply_first_then_the_link_reads_as_success(app: App) -> None:
    url = sign_up(app)
    request_mail = messages(app.settings.outbound.maildir)[-1]
    deliver(app, mail(subject=f"Re: {request_mail['Subject']}", body="Ja", in_reply_to=request_mail["Message-ID"]))
    assert member(app).status == MemberStatus.ACTIVE
    assert "Uw aanmelding is bevestigd" in request("GET", url).body


def test_expired_unknown_and_withdrawn_links_explain_what_to_do(app: App, clock: FakeClock) -> None:
    url = sign_up(app)
    unknown = request("GET", url[:-5] + "22222")
    assert unknown.status == 404 and "Deze link kennen wij niet" in unknown.body and "Traceback" not in unknown.body
    garbage = request("GET", url.rsplit("/", 1)[0] + "/%3Cscript%3E")
    assert garbage.status == 404 and "<script>" not in garbage.body
    clock.advance(days=app.settings.membership.token_ttl_days + 1)
    expired = request("GET", url)
    assert expired.status == 410 and "Deze link is verlopen" in expired.body and "Aanmelden" in expired.body
    form_post(url, url)
    assert member(app).status == MemberStatus.PENDING  # an expired link confirms nothing


def test_a_post_without_the_form_token_is_refused(app: App) -> None:
    url = sign_up(app)
    reply = request("POST", url, b"csrf=raden", FORM)
    assert reply.status == 403 and member(app).status == MemberStatus.PENDING
    forged = request("GET", url)
    csrf = forged.cookie("csrf")
    other_site = {**FORM, "cookie": f"csrf={csrf}", "origin": "https://aanvaller.example"}
    assert request("POST", url, f"csrf={csrf}".encode(), other_site).status == 403
    assert member(app).status == MemberStatus.PENDING


# -- one-click unsubscribe (RFC 8058) --------------------------------------------------------------------------
def _member_mail(app: App) -> tuple[str, str]:
    add_member(app, A)
    sent = mailing(app)
    msg = email.message_from_bytes(sent[A], policy=email.policy.default)
    return link(msg, "afmelden"), link(msg, "gegevens")  # type: ignore[arg-type]


def test_one_click_post_unsubscribes_and_is_idempotent(app: App) -> None:
    url, _ = _member_mail(app)
    for _ in range(2):
        assert request("GET", url).status == 200
    assert member(app).status == MemberStatus.ACTIVE  # looking changes nothing
    reply = one_click(url)
    assert reply.status == 200 and "U bent afgemeld" in reply.body
    assert member(app).status == MemberStatus.UNSUBSCRIBED
    sent = outgoing(app)
    assert one_click(url).status == 200 and outgoing(app) == sent  # again: success, no second mail
    app.sender.drain()
    goodbye = messages(app.settings.outbound.maildir)[-1]
    assert goodbye["Subject"].startswith("Uw afmelding") and url in text(goodbye)  # the way back
    with app.factory() as session:
        event = session.scalars(select(MemberEvent).where(MemberEvent.event == "unsubscribed")).one()
        assert event.actor == "web" and "afmeldlink" in (event.detail or "")


def test_one_click_as_multipart_as_rfc_8058_recommends(app: App) -> None:
    url, _ = _member_mail(app)
    body = b'--grens\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--grens--\r\n'
    reply = request("POST", url, body, {"content-type": "multipart/form-data; boundary=grens"})
    assert reply.status == 200 and member(app).status == MemberStatus.UNSUBSCRIBED


def test_a_post_without_the_one_click_body_changes_nothing(app: App) -> None:
    url, _ = _member_mail(app)
    for body, headers in (
        (b"", FORM),
        (b"List-Unsubscribe=Nee", FORM),
        (b"\xff\x00garbage", {"content-type": "multipart/form-data"}),
    ):
        assert request("POST", url, body, headers).status == 400
    assert member(app).status == MemberStatus.ACTIVE


def test_undo_after_unsubscribing(app: App) -> None:
    url, _ = _member_mail(app)
    one_click(url)
    page = request("GET", url)
    assert "Toch lid blijven" in page.body
    status, body = form_post(url + "/ongedaan", url)
    assert status == 200 and "Uw afmelding is ongedaan gemaakt" in body
    assert member(app).status == MemberStatus.ACTIVE


def test_a_token_works_only_for_its_own_page(app: App) -> None:
    unsubscribe, data = _member_mail(app)
    base = app.settings.web.base_url
    token_u, token_d = unsubscribe.rsplit("/", 1)[1], data.rsplit("/", 1)[1]
    assert request("GET", f"{base}/gegevens/{token_u}").status == 404
    assert one_click(f"{base}/afmelden/{token_d}").status == 404
    assert request("GET", f"{base}/bevestigen/{token_u}").status == 404
    assert member(app).status == MemberStatus.ACTIVE


def test_tokens_are_stored_hashed_and_masked_in_the_sent_copy(app: App) -> None:
    unsubscribe, data = _member_mail(app)
    tokens_sent = [unsubscribe.rsplit("/", 1)[1], data.rsplit("/", 1)[1]]
    with app.factory() as session:
        stored = session.scalars(select(LinkToken)).all()
        assert {row.token_hash for row in stored} >= {links.digest(t) for t in tokens_sent}
        raws = [row.raw for row in session.scalars(select(OutboundMessage))]
    for token in tokens_sent:
        assert not any(token.encode() in raw for raw in raws)  # the stored copy of the sent mail is masked
    assert any(b"/afmelden/" + t[:4].encode() + b"*" in raw for raw in raws for t in tokens_sent[:1])


def test_links_expire(app: App, clock: FakeClock) -> None:
    unsubscribe, data = _member_mail(app)
    clock.advance(days=app.settings.web.data_link_days + 1)
    assert request("GET", data).status == 410
    clock.advance(days=app.settings.web.unsubscribe_link_days)
    assert one_click(unsubscribe).status == 410 and member(app).status == MemberStatus.ACTIVE


# -- the member's own data -------------------------------------------------------------------------------------
def test_data_page_shows_the_consent_record_and_downloads(app: App) -> None:
    url = sign_up(app)
    form_post(url, url)
    app.sender.drain()
    welcome = messages(app.settings.outbound.maildir)[-1]
    data = link(welcome, "gegevens")
    page = request("GET", data)
    assert page.status == 200 and A in page.body and "Jan Jansen" in page.body
    assert "aanmelding ontvangen" in page.body and "aanmelding bevestigd" in page.body and "via de website" in page.body
    assert "uw e-mail &#39;Aanmelden&#39;" in page.body  # which message: the sign-up itself
    as_json = request("GET", data + "/gegevens.json")
    assert as_json.status == 200 and "attachment" in as_json.headers["content-disposition"]
    assert '"e_mailadres": "j.jansen@gemeente-a.nl"' in as_json.body
    as_csv = request("GET", data + "/gegevens.csv")
    assert as_csv.body.startswith("\ufeffonderdeel;gegeven;waarde") and "j.jansen@gemeente-a.nl" in as_csv.body


def test_erasure_is_asked_by_mail_and_nothing_is_erased(app: App) -> None:
    _, data = _member_mail(app)
    status, body = form_post(data + "/verwijderen", data)
    assert status == 200 and "Wij hebben u een e-mail gestuurd" in body
    form_post(data + "/verwijderen", data)  # a second press within a day: no second mail
    app.sender.drain()
    asked = [m for m in messages(app.settings.outbound.maildir) if "verwijderen" in m["Subject"]]
    # The same request as by mail (issue 16): its own reference, and the member's "Ja" erases.
    assert len(asked) == 1 and asked[0]["To"] == A and "[ref:AF-" in asked[0]["Subject"]
    assert "Beantwoord deze e-mail dan met ‘Ja’" in " ".join(text(asked[0]).split())
    assert member(app).status == MemberStatus.ACTIVE


def test_stop_receiving_from_the_data_page(app: App) -> None:
    _, data = _member_mail(app)
    status, body = form_post(data + "/afmelden", data)
    assert status == 200 and "U bent afgemeld" in body and member(app).status == MemberStatus.UNSUBSCRIBED
    assert "Afmelden voor het netwerk</button>" not in body  # nothing left to stop


# -- what every page gets --------------------------------------------------------------------------------------
def test_security_headers_and_no_store_on_token_pages(app: App) -> None:
    url = sign_up(app)
    page = request("GET", url)
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "script-src" not in csp
    assert page.headers["referrer-policy"] == "same-origin" and page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["cache-control"] == "no-store"
    assert "httponly" in page.headers["set-cookie"].lower() and "samesite=strict" in page.headers["set-cookie"].lower()
    assert "http" not in page.body.split("<body>", 1)[0].replace("http-equiv", "")  # nothing from elsewhere
    assert request("GET", app.settings.web.base_url + "/stijl.css").status == 200


def test_no_token_in_the_log(app: App, caplog: pytest.LogCaptureFixture) -> None:
    url = sign_up(app)
    token = url.rsplit("/", 1)[1]
    with caplog.at_level(logging.DEBUG):
        request("GET", url)
        one_click(url.replace("/bevestigen/", "/afmelden/"))
    assert caplog.records and all(token not in r.getMessage() for r in caplog.records)
    assert any("/bevestigen/…" in r.getMessage() for r in caplog.records)


def test_token_pages_are_rate_limited_per_client(tmp_path: Path, clock: FakeClock) -> None:
    application = build(
        make_settings(tmp_path, web={"bind": f"127.0.0.1:{free_port()}", "requests_per_minute": 5}), clock=clock
    )
    server = WebServer(make_web_app(application), application.settings.web)
    server.start()
    try:
        base = application.settings.web.base_url
        statuses = [request("GET", f"{base}/afmelden/{'x' * 27}").status for _ in range(7)]
        assert statuses[:5] == [404] * 5 and statuses[5:] == [429, 429]
        assert request("GET", base + "/").status == 200  # only the token pages count
    finally:
        server.stop()
        application.close()


def test_forwarded_for_is_believed_only_from_a_trusted_proxy(tmp_path: Path, clock: FakeClock) -> None:
    """An attacker cannot escape the limit by inventing X-Forwarded-For; behind the proxy each client counts."""
    for trusted, expect in (([], [404, 404, 429]), (["127.0.0.1"], [404, 404, 404])):
        application = build(
            make_settings(
                tmp_path / str(bool(trusted)),
                web={"bind": f"127.0.0.1:{free_port()}", "requests_per_minute": 2, "trusted_proxies": trusted},
            ),
            clock=clock,
        )
        server = WebServer(make_web_app(application), application.settings.web)
        server.start()
        try:
            base = application.settings.web.base_url
            got = [
                request("GET", f"{base}/afmelden/{'x' * 27}", headers={"x-forwarded-for": f"192.0.2.{i}"}).status
                for i in range(3)
            ]
            assert got == expect
        finally:
            server.stop()
            application.close()


def test_https_public_url_puts_signed_one_click_headers_on_mailings(tmp_path: Path, clock: FakeClock) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    (tmp_path / "dkim.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    settings = make_settings(
        tmp_path,
        web={"public_url": "https://leden.ambtelijkefusie.nl"},
        dkim={"key_file": str(tmp_path / "dkim.pem"), "selector": "mail", "domain": "ambtelijkefusie.nl"},
    )
    application = build(settings, clock=clock)
    try:
        add_member(application, A)
        raw = mailing(application)[A]
        # Both list headers are signed (RFC 8058 4: a receiver acts on one-click only when DKIM covers them).
        signer = application.sender.signer
        assert signer is not None
        record = signer.public_record().encode()
        assert dkim.verify(re.sub(rb"\r?\n", b"\r\n", raw), dnsfunc=lambda name, timeout=5: record)
        signed = re.search(rb"\bh=([^;]+);", re.sub(rb"\s+", b"", raw.split(b"DKIM-Signature:", 1)[1]))
        assert signed and {b"list-unsubscribe", b"list-unsubscribe-post"} <= set(signed.group(1).lower().split(b":"))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        header = str(msg["List-Unsubscribe"])
        assert header.startswith("<https://leden.ambtelijkefusie.nl/afmelden/") and "<mailto:" in header
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    finally:
        application.close()
    plain = build(make_settings(tmp_path / "http"), clock=clock)  # http (this machine only): no one-click header
    try:
        add_member(plain, A)
        msg = email.message_from_bytes(mailing(plain)[A], policy=email.policy.default)
        assert "List-Unsubscribe-Post" not in msg and "https" not in str(msg["List-Unsubscribe"])
        assert "/afmelden/" in text(msg)  # the page link is in the footer all the same
    finally:
        plain.close()
