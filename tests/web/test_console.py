"""Issue 14: the console's access rules against the real web server, with a plain HTTP client: login and its limits,
server-side sessions (logout and disable take effect at once), CSRF on every form, and what each role may see."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mailservice import accounts, audit
from mailservice.app import App, build
from mailservice.store.db import transaction
from mailservice.store.models import AuditEntry, InboundMessage, Label, OutboundMessage
from mailservice.web.server import WebServer, make_web_app
from tests.e2e.process import free_port
from tests.support import FakeClock, deliver, mail, make_settings
from tests.web.support import FORM, request

PASSWORD = "correct horse battery staple"
FAST = {"password_time_cost": 1, "password_memory_kib": 1024}  # argon2id, cheap for tests


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    application = build(make_settings(tmp_path, web={"bind": f"127.0.0.1:{free_port()}"}, console=FAST), clock=clock)
    with transaction(application.factory) as session:
        for username, role in (("melanie", "secretariaat"), ("stan", "beheerder"), ("raad", "adviesraad")):
            accounts.create(
                session,
                application.settings.console,
                username,
                username.title(),
                role,
                PASSWORD,
                actor=audit.CLI,
                now=clock(),
            )
    server = WebServer(make_web_app(application), application.settings.web)
    server.start()
    yield application
    server.stop()
    application.close()


def url(app: App, path: str) -> str:
    return app.settings.web.base_url + path


def log_in(app: App, username: str, password: str = PASSWORD, code: str = "") -> tuple[int, str | None]:
    page = request("GET", url(app, "/beheer/inloggen"))
    csrf = page.cookie("csrf")
    body = f"csrf={csrf}&gebruikersnaam={username}&wachtwoord={password.replace(' ', '+')}&code={code}".encode()
    reply = request("POST", url(app, "/beheer/inloggen"), body, {**FORM, "cookie": f"csrf={csrf}"})
    return reply.status, reply.cookie("beheer")


def get(app: App, path: str, session: str | None) -> tuple[int, str]:
    reply = request("GET", url(app, path), headers={"cookie": f"beheer={session}"} if session else {})
    return reply.status, reply.body


def post(app: App, path: str, session: str, form_page: str, **fields: str) -> int:
    _, page = get(app, form_page, session)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    body = "&".join([f"csrf={csrf}", *(f"{k}={v}" for k, v in fields.items())]).encode()
    return request("POST", url(app, path), body, {**FORM, "cookie": f"beheer={session}"}).status


def test_every_page_needs_a_login(app: App) -> None:
    for path in ("/beheer/leden", "/beheer/berichten", "/beheer/logboek", "/beheer/suggesties", "/beheer/leden/1"):
        reply = request("GET", url(app, path))
        assert reply.status == 303 and reply.headers["location"].startswith("/beheer/inloggen?terug=")


def test_wrong_password_and_too_many_tries_are_refused(app: App, clock: FakeClock) -> None:
    status, session = log_in(app, "melanie", "fout wachtwoord!!")
    assert status == 401 and session is None
    status, session = log_in(app, "niemand", PASSWORD)
    assert status == 401 and session is None  # the same answer as a wrong password
    for _ in range(app.settings.console.login_failures_per_account - 1):
        log_in(app, "melanie", "fout wachtwoord!!")
    status, session = log_in(app, "melanie")  # now even the right password is refused for a while
    assert status == 429 and session is None
    clock.advance(minutes=app.settings.console.login_window_minutes + 1)
    status, session = log_in(app, "melanie")
    assert status == 303 and session


def test_too_many_tries_from_one_address_over_many_accounts(app: App) -> None:
    for i in range(app.settings.console.login_failures_per_address):
        log_in(app, f"gok{i}", "fout wachtwoord!!")
    assert log_in(app, "stan")[0] == 429


def test_roles_see_only_what_they_may(app: App) -> None:
    _, raad = log_in(app, "raad")
    for path in ("/beheer/leden", "/beheer/berichten", "/beheer/logboek", "/beheer/accounts"):
        status, body = get(app, path, raad)
        assert status == 403 and "Geen toegang" in body, path
    assert get(app, "/beheer/suggesties", raad)[0] == 200
    _, melanie = log_in(app, "melanie")
    assert get(app, "/beheer/leden", melanie)[0] == 200 and get(app, "/beheer/accounts", melanie)[0] == 403
    _, stan = log_in(app, "stan")
    assert get(app, "/beheer/accounts", stan)[0] == 200
    status, body = get(app, "/beheer/leden", raad)
    assert ">Leden<" not in body  # not even in the menu


def test_logout_and_disable_end_the_session_at_once(app: App, clock: FakeClock) -> None:
    _, melanie = log_in(app, "melanie")
    assert melanie and post(app, "/beheer/uitloggen", melanie, "/beheer/leden") == 303
    assert get(app, "/beheer/leden", melanie)[0] == 303
    _, melanie = log_in(app, "melanie")
    with transaction(app.factory) as session:
        accounts.disable(session, "melanie", actor=audit.CLI, now=clock())
    assert get(app, "/beheer/leden", melanie)[0] == 303
    assert log_in(app, "melanie")[0] == 401


def test_sessions_expire_when_idle(app: App, clock: FakeClock) -> None:
    _, melanie = log_in(app, "melanie")
    clock.advance(minutes=app.settings.console.session_minutes + 1)
    assert get(app, "/beheer/leden", melanie)[0] == 303


def test_a_form_without_the_sessions_token_changes_nothing(app: App) -> None:
    deliver(app, mail(subject="Vraag", body="Kunnen ook teamleiders deelnemen aan het atelier?"))
    _, melanie = log_in(app, "melanie")
    reply = request(
        "POST",
        url(app, "/beheer/berichten/1/afgehandeld"),
        b"csrf=geraden&notitie=x",
        {**FORM, "cookie": f"beheer={melanie}"},
    )
    assert reply.status == 403
    with app.factory() as session:
        assert session.get(InboundMessage, 1).handled_at is None  # type: ignore[union-attr]


def test_handled_treated_and_answered_and_each_in_the_log(app: App) -> None:
    for body in ("Kunnen ook teamleiders deelnemen?", "Ik stuur u graag een voorstel voor een spreker.", "Tot dan!"):
        deliver(app, mail(subject="Vraag", body=body))
    _, melanie = log_in(app, "melanie")
    assert post(app, "/beheer/berichten/1/afgehandeld", melanie, "/beheer/berichten/1", notitie="Gebeld") == 303
    assert post(app, "/beheer/berichten/2/antwoord", melanie, "/beheer/berichten/2", tekst="Dank+u+wel.") == 303
    assert post(app, "/beheer/berichten/3/behandel", melanie, "/beheer/berichten/3", keuze="aanmelding") == 303
    with app.factory() as session:
        inbound = {m.id: m for m in session.scalars(select(InboundMessage))}
        assert inbound[1].handled_by == "melanie" and inbound[1].handled_note == "Gebeld"
        answer = session.scalars(
            select(OutboundMessage).where(OutboundMessage.purpose == "antwoord_secretariaat")
        ).one()
        assert answer.in_reply_to == inbound[2].message_id and "Dank u wel." in answer.raw.decode()
        label = session.scalars(select(Label)).one()
        assert label.inbound_id == 3 and label.kind == "subscribe" and label.by == "melanie"
        assert inbound[3].status == "handled"
        actions = [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.actor == "melanie"))]
    assert {"afgehandeld", "beantwoord", "behandeld als aanmelding"} <= set(actions)
    _, log = get(app, "/beheer/logboek?wie=melanie", melanie)
    assert "beantwoord" in log and "127.0.0.1" in log
    assert get(app, "/beheer/berichten", melanie)[1].count("/beheer/berichten/") == 0  # nothing waits any more


def test_message_text_is_shown_as_text_never_as_html(app: App) -> None:
    hostile = (
        b"From: X <x@gemeente-a.nl>\r\nTo: info@ambtelijkefusie.nl\r\nSubject: <script>alert(1)</script>\r\n"
        b"Message-ID: <h@gemeente-a.nl>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<p>Beste,</p><script>alert(2)</script><img src='https://tracker.example/p.gif'><p>Vraag over het atelier</p>"
    )
    deliver(app, hostile)
    _, melanie = log_in(app, "melanie")
    status, body = get(app, "/beheer/berichten/1", melanie)
    assert status == 200 and "Vraag over het atelier" in body
    assert "<script>" not in body and "tracker.example" not in body and "<img" not in body


def test_mails_to_the_secretariat_link_to_the_console(app: App) -> None:
    from tests.test_templates import CONTEXTS

    console = app.settings.web.base_url + "/beheer"
    for purpose, link in (
        ("weekoverzicht", "/berichten/"),
        ("bounces_verwijderd", "/leden"),
        ("mailing_gepauzeerd", "/verzending"),
    ):
        rendered = app.renderer.render(purpose, **(CONTEXTS[purpose] | app.outbox.common_context()))
        assert console + link in rendered.text and console + link in rendered.html, purpose
        assert "mailservice " in rendered.text  # the CLI stays named as the alternative
    without = app.renderer.render(
        "weekoverzicht", **(CONTEXTS["weekoverzicht"] | app.outbox.common_context() | {"console_url": None})
    )
    assert "/beheer" not in without.text  # no web part: only the CLI


def test_labels_are_exported_for_the_classifier(app: App, tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    deliver(app, mail(subject="Atelier", body="Ik schuif graag aan."))
    _, melanie = log_in(app, "melanie")
    post(app, "/beheer/berichten/1/behandel", melanie, "/beheer/berichten/1", keuze="komt", guests="2")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILSERVICE_")}
    env["MAILSERVICE_DATABASE__URL"] = app.settings.database.url
    done = subprocess.run(
        [sys.executable, "-m", "mailservice", "inbox", "export-labels", str(tmp_path / "labels")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    labels = json.loads((tmp_path / "labels" / "labels.json").read_text(encoding="utf-8"))
    assert (
        labels[0]["kind"] == "rsvp" and labels[0]["fields"]["attending"] is True and labels[0]["fields"]["guests"] == 2
    )
    assert (tmp_path / "labels" / labels[0]["file"]).read_bytes().startswith(b"From:") or b"Ik schuif" in (
        tmp_path / "labels" / labels[0]["file"]
    ).read_bytes()


def test_a_second_factor_when_switched_on(app: App, clock: FakeClock) -> None:
    import pyotp

    with transaction(app.factory) as session:
        uri = accounts.enable_totp(session, "stan", actor=audit.CLI, now=clock())
    secret = pyotp.parse_uri(uri).secret
    status, session_cookie = log_in(app, "stan")
    assert status == 401 and session_cookie is None  # the password alone is not enough
    status, session_cookie = log_in(app, "stan", code="000000")
    assert session_cookie is None
    status, session_cookie = log_in(app, "stan", code=pyotp.TOTP(secret).at(clock()))
    assert status == 303 and session_cookie


def test_changes_to_ateliers_and_mailings_are_in_the_log(app: App) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILSERVICE_")}
    env["MAILSERVICE_DATABASE__URL"] = app.settings.database.url

    def cli(*args: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "mailservice", *args], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr

    cli(
        "ateliers",
        "add",
        "--titel",
        "Samen sturen",
        "--thema",
        "samenwerking",
        "--datum",
        "11-03-2030",
        "--begin",
        "14:00",
        "--plaats",
        "Zeist",
    )
    cli("ateliers", "edit", "2030-1", "--plaats", "Utrecht")
    cli("ateliers", "cancel", "2030-1")
    _, melanie = log_in(app, "melanie")
    _, log = get(app, "/beheer/logboek?soort=atelier", melanie)
    for action in ("atelier gepland", "atelier gewijzigd", "atelier geannuleerd"):
        assert action in log, action
    assert "Utrecht" in log and ">cli<" in log


def test_end_erase_and_invite_through_the_casework_functions(app: App) -> None:
    from tests.bouncelog.helpers import add_member

    anna = add_member(app, "a.de.wit@gemeente-a.nl", name="Anna de Wit")
    bob = add_member(app, "b.bakker@gemeente-b.nl", name="Bob Bakker")
    _, melanie = log_in(app, "melanie")
    page = f"/beheer/leden/{anna}"
    assert post(app, f"{page}/beeindigen", melanie, page, reden="Met+pensioen") == 303
    assert post(app, f"/beheer/leden/{bob}/verwijderen", melanie, f"/beheer/leden/{bob}") == 303  # asked by mail
    refused = post(app, f"/beheer/leden/{bob}/verwijderen", melanie, f"/beheer/leden/{bob}", nu="1", hoe="telefoon")
    assert refused == 400  # not without saying the request is the member's own
    ok = post(
        app, f"/beheer/leden/{bob}/verwijderen", melanie, f"/beheer/leden/{bob}", nu="1", hoe="telefoon", zeker="1"
    )
    assert ok == 303
    assert (
        post(
            app,
            "/beheer/leden/uitnodigen",
            melanie,
            "/beheer/leden",
            adres="c.claes%40gemeente-c.nl",
            naam="Carla+Claes",
        )
        == 303
    )
    with app.factory() as session:
        from mailservice.store.models import Member

        members = {m.id: m for m in session.scalars(select(Member))}
        assert members[anna].status == "unsubscribed"
        assert "bakker" not in (members[bob].email + (members[bob].name or "")).lower()  # erased
        invited = [m for m in members.values() if m.email == "c.claes@gemeente-c.nl"]
        assert invited and invited[0].status == "pending" and invited[0].name == "Carla Claes"
        actors = {e.actor for e in session.scalars(select(AuditEntry).where(AuditEntry.kind == "lid"))}
    assert "melanie" in actors


def test_members_export_opens_in_dutch_excel(app: App) -> None:
    from tests.bouncelog.helpers import add_member

    add_member(app, "a.de.wit@gemeente-a.nl", name="Anna de Wit")
    add_member(app, "=cmd@gemeente-b.nl", name='=HYPERLINK("http://x")')
    _, melanie = log_in(app, "melanie")
    reply = request("GET", url(app, "/beheer/leden.csv?status=active"), headers={"cookie": f"beheer={melanie}"})
    assert reply.status == 200 and "attachment" in reply.headers["content-disposition"]
    lines = reply.body.splitlines()
    assert lines[0].startswith("\ufeffe-mailadres;naam;organisatie") and "actief" in lines[1]
    assert "'=HYPERLINK" in reply.body  # never a formula in a cell
    assert request("GET", url(app, "/beheer/leden.csv")).status == 303  # behind the login


def test_an_announcement_is_previewed_then_sent_with_personal_links(app: App) -> None:
    from mailservice.store.models import Mailing
    from tests.bouncelog.helpers import add_member

    for i in range(3):
        add_member(app, f"lid{i}@gemeente-{i}.nl", name=f"Directeur {i}")
    _, melanie = log_in(app, "melanie")
    fields = {"doelgroep": "leden", "onderwerp": "Nieuwe+datum", "tekst": "Het+atelier+verschuift.%0D%0A%0D%0ATot+dan."}
    status = post(app, "/beheer/mededeling", melanie, "/beheer/mededeling", **fields)
    assert status == 200
    with app.factory() as session:
        assert session.scalar(select(func.count()).select_from(Mailing)) == 0  # the preview sent nothing
    assert post(app, "/beheer/mededeling", melanie, "/beheer/mededeling", **fields, bevestigd="ja") == 303
    with app.factory() as session:
        mailing = session.scalars(select(Mailing)).one()
        rows = session.scalars(select(OutboundMessage).where(OutboundMessage.mailing_id == mailing.id)).all()
    assert mailing.total == 3 and len({r.to_addr for r in rows}) == 3
    assert all(b"/afmelden/" in r.raw and b"Tot dan." in r.raw for r in rows)
    status, page = get(app, f"/beheer/mededeling/{mailing.id}", melanie)
    assert status == 200 and "van 3 verstuurd" in page


def test_a_malformed_form_is_refused_without_an_error(app: App) -> None:
    _, melanie = log_in(app, "melanie")
    broken = {"content-type": "multipart/form-data; boundary=x", "cookie": f"beheer={melanie}"}
    for path in ("/beheer/berichten/1/afgehandeld", "/beheer/inloggen", "/beheer/mededeling"):
        reply = request("POST", url(app, path), b"--x\r\nContent-Disposition: form-data\r\n\r\n\xff", broken)
        assert reply.status in (400, 403) and "Traceback" not in reply.body, path


def test_suggestions_per_theme_with_chart_export_and_the_tally_before_it_is_sent(app: App) -> None:
    from mailservice.store.models import Suggestion
    from tests.bouncelog.helpers import add_member

    add_member(app, "a.de.wit@gemeente-a.nl", name="Anna de Wit")
    deliver(
        app,
        mail(
            sender="Anna de Wit <a.de.wit@gemeente-a.nl>",
            subject="Thema voor het atelier",
            body="Graag bespreek ik:\n- digitalisering van werkprocessen in de hele fusieorganisatie",
        ),
    )
    with app.factory() as session:
        assert session.scalar(select(func.count()).select_from(Suggestion)) == 1
    _, raad = log_in(app, "raad")
    status, page = get(app, "/beheer/suggesties", raad)  # the Adviesraad reads it too
    assert status == 200 and "<svg" in page and "Anna de Wit" in page
    assert "digitalisering van werkprocessen in de hele fusieorganisatie" in page  # the whole text, never cut
    export = request("GET", url(app, "/beheer/suggesties.csv"), headers={"cookie": f"beheer={raad}"})
    assert export.body.startswith("\ufeffdatum;lid;organisatie") and "Anna de Wit" in export.body


def test_a_long_topic_is_labelled_in_the_list_and_whole_in_full_and_in_the_export(app: App) -> None:
    """Issue 17: the list shows a short label; the topic in full and the CSV keep the writer's whole phrase."""
    import csv
    import html
    import io

    from mailservice.classify.topics import MAX_LABEL, label
    from tests.bouncelog.helpers import add_member

    phrase = (
        "Hoe wij als directeuren van de werkorganisaties de samenwerking met de gemeenteraden van de deelnemende "
        "gemeenten zo inrichten dat de raden zich eigenaar blijven voelen, terwijl wij de dienstverlening aan "
        "inwoners samen organiseren"
    )
    add_member(app, "a.de.wit@gemeente-a.nl", name="Anna de Wit")
    deliver(
        app,
        mail(
            sender="Anna de Wit <a.de.wit@gemeente-a.nl>",
            subject="Thema voor het atelier",
            body=f"Graag bespreek ik:\n- {phrase}\n- Eén loket voor ondernemers",
        ),
    )
    _, melanie = log_in(app, "melanie")
    status, page = get(app, "/beheer/suggesties", melanie)
    assert status == 200
    shown = html.unescape(page)
    listed = re.search(r'<ul class="suggesties"><li><strong>(.*?)</strong>', shown, re.S)
    assert listed and listed.group(1) == f"{label(phrase)}; Eén loket voor ondernemers"
    assert len(label(phrase)) <= MAX_LABEL and label(phrase).endswith("…")
    full = re.search(r"<summary>De onderwerpen voluit</summary><ul>(.*?)</ul>", shown, re.S)
    assert full and f"<li>{phrase}</li>" in full.group(1)
    export = request("GET", url(app, "/beheer/suggesties.csv"), headers={"cookie": f"beheer={melanie}"})
    [row] = list(csv.DictReader(io.StringIO(export.body.lstrip("\ufeff")), delimiter=";"))
    assert row["onderwerpen"] == f"{phrase} | Eén loket voor ondernemers"


def test_every_console_page_has_a_plain_title(app: App) -> None:
    _, stan = log_in(app, "stan")
    for path in (
        "/beheer/leden",
        "/beheer/berichten",
        "/beheer/ateliers",
        "/beheer/mededeling",
        "/beheer/logboek",
        "/beheer/suggesties",
        "/beheer/accounts",
        "/beheer/overzicht",
        "/beheer/bounces",
        "/beheer/verzending",
    ):
        status, page = get(app, path, stan)
        title = re.search(r"<title>(.*?)</title>", page, re.S)
        assert status == 200 and title and "<" not in title.group(1) and "\\n" not in title.group(1), path


def test_approving_a_sign_up_in_the_console(app: App) -> None:
    app.settings.membership.approval = True  # issue 16: the secretariat approves confirmed sign-ups
    deliver(app, mail())
    from tests.web.support import link, messages

    confirm = link(messages(app.settings.outbound.maildir)[-1], "bevestigen")
    page = request("GET", confirm)
    csrf = page.cookie("csrf")
    request("POST", confirm, f"csrf={csrf}".encode(), {**FORM, "cookie": f"csrf={csrf}"})
    assert "Het secretariaat bekijkt nog" in request("GET", confirm).body  # confirmed, and told it waits
    _, melanie = log_in(app, "melanie")
    status, listing = get(app, "/beheer/leden?status=approval", melanie)
    assert status == 200 and "j.jansen@gemeente-a.nl" in listing and "wacht op goedkeuring" in listing
    member_id = re.search(r'href="/beheer/leden/(\d+)"', listing).group(1)  # type: ignore[union-attr]
    page_path = f"/beheer/leden/{member_id}"
    assert post(app, f"{page_path}/goedkeuring", melanie, page_path, besluit="goedkeuren") == 303
    with app.factory() as session:
        from mailservice.store.models import Member

        assert session.get(Member, int(member_id)).status == "active"  # type: ignore[union-attr]


def test_the_member_page_names_the_language_of_the_members_mail(app: App) -> None:
    """Issue 17: whoever signed up in English gets the refusal in English, so the reason is asked in English."""
    app.settings.membership.approval = True
    deliver(app, mail(subject="Network", body="Hello,\n\nPlease add me to the network of directors.\n\nJan"))
    from tests.web.support import link, messages

    confirm = link(messages(app.settings.outbound.maildir)[-1], "bevestigen")
    csrf = request("GET", confirm).cookie("csrf")
    request("POST", confirm, f"csrf={csrf}".encode(), {**FORM, "cookie": f"csrf={csrf}"})
    _, melanie = log_in(app, "melanie")
    _, listing = get(app, "/beheer/leden?status=approval", melanie)
    member_id = re.search(r'href="/beheer/leden/(\d+)"', listing).group(1)  # type: ignore[union-attr]
    _, page = get(app, f"/beheer/leden/{member_id}", melanie)
    assert "<dt>Taal van de berichten</dt><dd>Engels</dd>" in page
    assert "dat in het Engels gaat: schrijf de reden in het Engels" in page


def test_a_session_in_use_stays_live(app: App, clock: FakeClock) -> None:
    _, melanie = log_in(app, "melanie")
    half = app.settings.console.session_minutes * 0.6
    clock.advance(minutes=half)
    assert get(app, "/beheer/leden", melanie)[0] == 200  # used: its expiry moves on
    clock.advance(minutes=half)
    assert get(app, "/beheer/leden", melanie)[0] == 200  # past the first expiry, still live
    clock.advance(minutes=app.settings.console.session_minutes + 1)
    assert get(app, "/beheer/leden", melanie)[0] == 303  # idle too long
