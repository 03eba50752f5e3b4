"""Issue 12, item 9: defects of the confirmation references, each with the test that showed it.

1. The forms of a reference the tokens module promises to accept (no dashes, lower case, spaces) were refused.
2. A reference issued before ``members remove`` (or any leaving) made the removed member active again.
3. A threaded "Ja" without reference was answered "wij kennen de referentie  niet" (an empty reference).
4. The stored copy of a sent confirmation request keeps the live reference (a proposal; outbound/ is not ours).
"""

from __future__ import annotations

import os
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice import tokens
from mailservice.app import App, build
from mailservice.outbound.render import Renderer
from mailservice.store.models import InboundMessage, Member, MemberEvent, OutboundMessage
from tests.support import FakeClock, deliver, mail, outbox_messages, text_of

JAN = "Jan Jansen <j.jansen@gemeente-a.nl>"
JAN_ADDRESS = "j.jansen@gemeente-a.nl"
TOKEN = "AF-7K3Q9-XM2PA-4RTZ8"


def _last_out(app: App) -> EmailMessage:
    msgs = outbox_messages(app.settings.outbound.maildir)
    assert msgs, "nothing in the outbox"
    return msgs[-1]


def _member(app: App, address: str = JAN_ADDRESS) -> Member:
    with app.factory() as s:
        member = s.scalars(select(Member).where(Member.email == address)).one()
        s.expunge(member)
        return member


def _reason(app: App, inbound_id: int) -> str:
    with app.factory() as s:
        row = s.get(InboundMessage, inbound_id)
        assert row is not None
        return row.reason or ""


def _request(app: App, sender: str = JAN, body: str = "Graag meld ik mij aan.") -> tuple[EmailMessage, str]:
    """A sign-up by mail: our confirmation request and the reference in it."""
    deliver(app, mail(sender=sender, body=body))
    request = _last_out(app)
    token = tokens.find(request["Subject"])
    assert token is not None
    return request, token


def _members_remove(app: App, address: str, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``mailservice members remove`` as the secretariat runs it, on the test's database and clock."""
    import mailservice.cli.common
    from mailservice.cli import main

    workdir = tmp_path / "cli"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    for name in list(os.environ):
        if name.startswith("MAILSERVICE_") and name != "MAILSERVICE_CORPUS":
            monkeypatch.delenv(name)
    monkeypatch.setenv("MAILSERVICE_DATABASE__URL", app.settings.database.url)
    monkeypatch.setenv("MAILSERVICE_OUTBOUND__MAILDIR", str(app.settings.outbound.maildir))
    monkeypatch.setattr(mailservice.cli.common, "build", lambda settings: build(settings, clock=clock))
    assert main(["members", "remove", address]) == 0


# -- 1. the forms of a reference the module promises ------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "AF7K3Q9XM2PA4RTZ8",  # the dashes dropped
        "af7k3q9xm2pa4rtz8",  # and lower case
        "ref: AF 7K3Q9 XM2PA 4RTZ8",  # retyped with spaces
        "af 7k3q9 xm2pa 4rtz8",
        "AF-7K3Q9 XM2PA 4RTZ8",
        "AF--7K3Q9--XM2PA--4RTZ8",  # doubled dashes
        "AF \u2013 7K3Q9 \u2013 XM2PA \u2013 4RTZ8",  # Outlook's AutoFormat made en dashes of them
        "AF\u00a07K3Q9\u00a0XM2PA\u00a04RTZ8",  # non-breaking spaces
        "[ref:AF-7K3Q9-\r\n XM2PA-4RTZ8]",  # a folded subject line
    ],
)
def test_the_forms_the_docstring_promises_are_found(written: str) -> None:
    assert tokens.find(f"Mijn referentie is {written}, dank u.") == TOKEN
    assert tokens.normalize(written) == TOKEN
    assert tokens.digest(written) == tokens.digest(TOKEN)


@pytest.mark.parametrize(
    "text",
    [
        "De afstandsbediening van de beamer doet het niet.",  # 17 letters after a word boundary: AF + 15
        "Mijn AFSTUDEEROPDRACHT gaat over fusies.",
        "Ik meld me af zeker weten nodig",  # three words of five after "af"
        "Ik haak af 12345 67890 1234",  # one character short
        "AF-7K3Q9-XM2PA-4RTZ8X",  # one character too many
        "XAF7K3Q9XM2PA4RTZ8",  # no word boundary before the prefix
        "AF-7K3Q9---XM2PA-4RTZ8",  # three dashes: not something a client does
        "AFOOOOOIIIIILLLLL",  # letters only and no dash: a word, even if look-alikes would make digits
    ],
)
def test_words_that_only_look_like_a_token_are_not_one(text: str) -> None:
    assert tokens.find(text) is None


def test_a_reference_retyped_without_dashes_confirms(app: App) -> None:
    _, token = _request(app)
    retyped = token.replace("-", "").lower()
    inbound_id = deliver(app, mail(subject="Bevestiging", body=f"Hierbij bevestig ik: {retyped}"))
    assert _member(app).status == "active"
    assert _last_out(app)["Subject"].startswith("Welkom bij het")
    assert token in _reason(app, inbound_id)


# -- 2. a reference from before the member left -------------------------------------------------------------


def test_a_reference_from_before_members_remove_does_not_make_the_member_active_again(
    app: App, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, first = _request(app)
    clock.advance(hours=1)
    request, second = _request(app, body="Nogmaals: graag aanmelden.")  # still pending: a second reference
    clock.advance(hours=1)
    deliver(app, mail(subject=f"RE: {request['Subject']}", body="", in_reply_to=request["Message-ID"]))
    assert _member(app).status == "active"
    clock.advance(hours=1)
    _members_remove(app, JAN_ADDRESS, clock, tmp_path, monkeypatch)
    assert _member(app).status == "unsubscribed"

    clock.advance(hours=1)
    inbound_id = deliver(app, mail(subject=f"RE: Bevestig uw aanmelding [ref:{first}]", body=""))
    member = _member(app)
    assert member.status == "unsubscribed" and member.left_at is not None
    answer = _last_out(app)
    assert answer["Subject"] == "Uw bevestiging kon niet worden verwerkt"
    assert f"de referentie {first} is niet meer geldig" in " ".join(text_of(answer).split())
    assert "Aanmelden" in text_of(answer)
    reason = _reason(app, inbound_id)
    assert f"referentie {first} ongeldig: uitgegeven vóór de afmelding van {JAN_ADDRESS}" in reason
    # The reference that was used, after the removal: the same answer, not "al eerder gebruikt".
    deliver(app, mail(subject=f"RE: Bevestig uw aanmelding [ref:{second}]", body=""))
    assert _member(app).status == "unsubscribed"
    assert "niet meer geldig" in text_of(_last_out(app))

    # A new sign-up after the removal is a new consent: its reference confirms. (A day later: five answers
    # to one address in 24 hours is the limit of OutboundSettings.answers_per_day.)
    clock.advance(days=1)
    _, third = _request(app, body="Ik wil toch weer lid worden.")
    deliver(app, mail(subject=f"RE: Bevestig uw aanmelding [ref:{first}]", body=""))  # the old one still not
    assert _member(app).status == "pending"
    deliver(app, mail(subject=f"RE: Bevestig uw aanmelding [ref:{third}]", body=""))
    assert _member(app).status == "active"


def test_a_reference_from_before_an_unsubscribe_by_mail_says_why(app: App, clock: FakeClock) -> None:
    request, _ = _request(app)
    clock.advance(hours=1)
    deliver(app, mail(subject="Afmelden", body="Graag toch afmelden."))
    clock.advance(hours=1)
    inbound_id = deliver(app, mail(subject=f"RE: {request['Subject']}", body=""))
    assert _member(app).status == "unsubscribed"
    assert "niet meer geldig" in text_of(_last_out(app))  # was: "is al eerder gebruikt", never true
    assert "vóór de afmelding" in _reason(app, inbound_id)


# -- 3. a threaded "Ja" without reference -------------------------------------------------------------------


def _yes(app: App, request: EmailMessage, sender: str = JAN) -> int:
    """ "Ja" in reply to our request, from a client that kept the thread but cut the reference off the subject."""
    return deliver(
        app, mail(sender=sender, subject="Re: Bevestig uw aanmelding", body="Ja", in_reply_to=request["Message-ID"])
    )


def test_a_threaded_yes_without_reference_confirms_the_member_it_went_to(app: App) -> None:
    request, _ = _request(app)
    inbound_id = _yes(app, request)
    assert _member(app).status == "active"
    assert _last_out(app)["Subject"].startswith("Welkom bij het")
    assert "bevestigd (antwoord zonder referentie)" in _reason(app, inbound_id)
    with app.factory() as s:
        events = s.scalars(select(MemberEvent).order_by(MemberEvent.id)).all()
        assert [e.event for e in events] == ["subscribe_requested", "confirmed"]
        assert events[-1].inbound_id == inbound_id  # the proof of consent: this reply


def test_a_threaded_yes_to_the_reminder_confirms(app: App, clock: FakeClock) -> None:
    from mailservice.jobs.reminders import remind_unconfirmed

    _request(app)
    clock.advance(days=app.settings.membership.reminder_after_days + 1)
    with app.factory() as s, s.begin():
        assert remind_unconfirmed(s, app.ingest.env) == 1
    app.sender.drain()
    reminder = _last_out(app)
    assert reminder["Subject"].startswith("Herinnering")
    _yes(app, reminder)
    assert _member(app).status == "active"


def test_a_threaded_yes_from_another_address_is_explained_without_an_empty_reference(app: App) -> None:
    request, _ = _request(app)
    inbound_id = _yes(app, request, sender="Secretariaat <secretariaat@gemeente-a.nl>")
    assert _member(app).status == "pending"
    answer = _last_out(app)
    assert answer["To"] == "secretariaat@gemeente-a.nl"
    text = " ".join(text_of(answer).split())
    assert "ander e-mailadres" in text
    assert "referentie  " not in text_of(answer) and "referentie niet" not in text
    assert JAN_ADDRESS not in text  # the member's address is not told to someone else
    assert f"het bevestigingsverzoek ging naar {JAN_ADDRESS}" in _reason(app, inbound_id)


def test_a_threaded_yes_to_an_expired_request_names_no_empty_reference(app: App, clock: FakeClock) -> None:
    request, _ = _request(app)
    clock.advance(days=app.settings.membership.token_ttl_days + 1)
    _yes(app, request)
    assert _member(app).status == "pending"
    text = " ".join(text_of(_last_out(app)).split())
    assert "het bevestigingsverzoek is verlopen" in text and "referentie" not in text


def test_a_yes_without_reference_and_without_a_request_is_not_an_unknown_empty_reference(app: App) -> None:
    from mailservice import ingest
    from mailservice.actions import membership
    from mailservice.classify import Decision, Kind

    inbound_id = ingest.store(app.factory, mail(body="Ja"), source="test", clock=app.clock)
    decision = Decision(kind=Kind.CONFIRM, reason="test", sender=JAN_ADDRESS, message_id="<ja@a>", thread=(999,))
    with app.factory() as s, s.begin():
        outcome = membership.confirm(s, app.ingest.env, s.get(InboundMessage, inbound_id), decision)
    app.sender.drain()
    assert "geen bevestigingsverzoek in de thread" in outcome.reason
    text = " ".join(text_of(_last_out(app)).split())
    assert "wij konden uw antwoord niet koppelen aan een openstaande aanmelding" in text
    assert "referentie" not in text


@pytest.mark.parametrize("problem", ["unknown", "used", "expired", "withdrawn", "other_sender"])
def test_the_invalid_reference_note_never_prints_an_empty_reference(problem: str) -> None:
    from datetime import UTC, datetime

    rendered = Renderer().render(
        "referentie_ongeldig",
        network_name="Netwerk",
        service_address="info@ambtelijkefusie.nl",
        member_footer=False,
        name=None,
        token="",
        problem=problem,
        expires_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    for part in (rendered.text, rendered.html):
        assert "referentie  " not in part and "referentie niet" not in part and "referentie is" not in part


# -- 4. the stored copy of a sent request (proposal; mailservice/outbound/ is not edited here) ----------------


def test_the_stored_copy_of_a_sent_request_holds_no_live_reference(app: App) -> None:
    _, token = _request(app)  # delivered and sent (drained)
    with app.factory() as s:
        row = s.scalars(select(OutboundMessage).where(OutboundMessage.purpose == "bevestiging_aanmelding")).one()
        assert row.status == "sent"
        assert token.encode() not in row.raw and token.replace("-", "").encode() not in row.raw


def test_the_stored_subject_of_a_sent_request_holds_no_live_reference(app: App) -> None:
    _, token = _request(app)
    with app.factory() as s:
        row = s.scalars(select(OutboundMessage).where(OutboundMessage.purpose == "bevestiging_aanmelding")).one()
        assert row.status == "sent"
        assert token not in row.subject
