"""Membership by e-mail through the real pipeline (store -> classify -> act -> outbox -> Maildir), in-process."""

from __future__ import annotations

from sqlalchemy import select

from mailservice import tokens
from mailservice.app import App
from mailservice.store.models import (
    Confirmation,
    InboundMessage,
    Member,
    MemberEvent,
    OutboundMessage,
)
from tests.support import FakeClock, deliver, mail, outbox_messages, text_of


def _last_out(app: App):
    msgs = outbox_messages(app.settings.outbound.maildir)
    assert msgs, "nothing in the outbox"
    return msgs[-1]


def _member(app: App, address: str) -> Member | None:
    with app.factory() as s:
        return s.scalars(select(Member).where(Member.email == address)).first()


def _events(app: App, address: str) -> list[str]:
    with app.factory() as s:
        return list(
            s.scalars(select(MemberEvent.event).join(Member).where(Member.email == address).order_by(MemberEvent.id))
        )


def _signup_and_confirm(app: App, sender: str = "Jan Jansen <j.jansen@gemeente-a.nl>") -> None:
    deliver(app, mail(sender=sender, msgid="<signup-1@gemeente-a.nl>"))
    request = _last_out(app)
    deliver(app, mail(sender=sender, subject=f"RE: {request['Subject']}", body="", in_reply_to=request["Message-ID"]))


def test_signup_confirm_welcome_unsubscribe(app: App) -> None:
    deliver(app, mail(msgid="<signup-1@gemeente-a.nl>"))
    request = _last_out(app)
    assert request["To"] == "j.jansen@gemeente-a.nl"
    assert request["Subject"].startswith("Bevestig uw aanmelding [ref:AF-")
    assert request["Auto-Submitted"] == "auto-replied"
    assert request["In-Reply-To"] == "<signup-1@gemeente-a.nl>"
    assert request["Message-ID"].endswith("@ambtelijkefusie.nl>")
    assert "Beste Jan Jansen" in text_of(request)
    assert _member(app, "j.jansen@gemeente-a.nl").status == "pending"

    # An Outlook reply: "RE:" and the quoted original below an empty answer.
    quoted = "\n".join("> " + line for line in text_of(request).splitlines())
    deliver(app, mail(subject=f"RE: {request['Subject']}", body=f"\n\n{quoted}", in_reply_to=request["Message-ID"]))
    welcome = _last_out(app)
    assert welcome["Subject"] == "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
    assert "Afmelden voor het netwerk?" in text_of(welcome)
    member = _member(app, "j.jansen@gemeente-a.nl")
    assert member.status == "active" and member.confirmed_at is not None

    # Nothing proves that an unsubscribe with only the member's From came from the member (issue 12): the member
    # is asked at that address, and answering the question (its reference in the subject) is the proof.
    deliver(app, mail(subject="Afmelden", body="Graag afmelden, ik ga met pensioen."))
    question = _last_out(app)
    assert question["Subject"].startswith("Wilt u zich afmelden? [afmelden:")
    assert _member(app, "j.jansen@gemeente-a.nl").status == "active"
    deliver(app, mail(subject=f"RE: {question['Subject']}", body="Ja.", in_reply_to=question["Message-ID"]))
    goodbye = _last_out(app)
    assert goodbye["Subject"].startswith("Uw afmelding") and "lid blijven" in text_of(goodbye)
    assert _member(app, "j.jansen@gemeente-a.nl").status == "unsubscribed"
    assert _events(app, "j.jansen@gemeente-a.nl") == [
        "subscribe_requested",
        "confirmed",
        "unsubscribe_asked",
        "unsubscribed",
    ]
    with app.factory() as s:  # the proof of consent points at the messages
        events = s.scalars(select(MemberEvent).order_by(MemberEvent.id)).all()
        assert all(e.inbound_id and e.outbound_id for e in events)


def test_plain_reply_in_any_client_confirms(app: App) -> None:
    for i, prefix in enumerate(["Antw:", "Re:", "RE: RE:", "AW:", "SV:"]):
        sender = f"dir{i}@gemeente-b.nl"
        deliver(app, mail(sender=sender))
        request = _last_out(app)
        deliver(app, mail(sender=sender, subject=f"{prefix} {request['Subject']}", body="Akkoord!"))
        assert _member(app, sender).status == "active", prefix


def test_already_a_member_gets_a_kind_note_not_a_second_membership(app: App) -> None:
    _signup_and_confirm(app)
    deliver(app, mail(subject="Aanmelding netwerk", body="Ik wil mij graag aanmelden."))
    note = _last_out(app)
    assert note["Subject"].startswith("U bent al aangemeld")
    with app.factory() as s:
        assert s.query(Member).count() == 1


def test_token_expires_and_is_single_use(app: App, clock: FakeClock) -> None:
    deliver(app, mail())
    request = _last_out(app)
    clock.advance(days=15)
    deliver(app, mail(subject=f"RE: {request['Subject']}", body=""))
    late = _last_out(app)
    assert late["Subject"] == "Uw bevestiging kon niet worden verwerkt"
    assert "verlopen" in text_of(late) and "Aanmelden" in text_of(late)
    assert _member(app, "j.jansen@gemeente-a.nl").status == "pending"

    deliver(app, mail(body="Dan meld ik mij opnieuw aan."))
    request = _last_out(app)
    deliver(app, mail(subject=f"RE: {request['Subject']}", body=""))
    assert _member(app, "j.jansen@gemeente-a.nl").status == "active"
    # The same reply again: already a member, not an error.
    deliver(app, mail(subject=f"RE: {request['Subject']}", body="nogmaals"))
    assert _last_out(app)["Subject"].startswith("U bent al aangemeld")


def test_unknown_token_gets_an_explanation(app: App) -> None:
    deliver(app, mail(subject=f"RE: Bevestig uw aanmelding [ref:{tokens.generate()}]", body=""))
    assert "wij kennen de referentie" in text_of(_last_out(app))


def test_tokens_are_stored_hashed(app: App) -> None:
    deliver(app, mail())
    token = tokens.find(_last_out(app)["Subject"])
    with app.factory() as s:
        conf = s.scalars(select(Confirmation)).one()
        assert conf.token_hash == tokens.digest(token)
        raw_db = app.settings.database.url.removeprefix("sqlite:///")
    with open(raw_db, "rb") as db_file:
        assert token.encode() not in db_file.read()


def test_secretary_signs_up_a_director_and_the_director_confirms(app: App) -> None:
    from mailservice import ingest
    from mailservice.actions import membership
    from mailservice.classify import Decision, Kind
    from mailservice.store.models import InboundStatus

    # The classifier issue extracts member_email from the text; here the action is given the decision.
    inbound_id = ingest.store(app.factory, mail(sender="secretariaat@gemeente-c.nl"), source="test", clock=app.clock)
    decision = Decision(
        kind=Kind.SUBSCRIBE,
        reason="test",
        sender="secretariaat@gemeente-c.nl",
        member_email="p.bakker@gemeente-c.nl",
        name="Piet Bakker",
        message_id="<x@c>",
    )
    with app.factory() as s, s.begin():
        outcome = membership.subscribe(s, app.ingest.env, s.get(InboundMessage, inbound_id), decision)
    assert outcome.status == InboundStatus.HANDLED
    app.sender.drain()
    sent = {m["To"]: m for m in outbox_messages(app.settings.outbound.maildir)}
    request = sent["p.bakker@gemeente-c.nl"]  # double opt-in goes to the address being enrolled
    assert "Via secretariaat@gemeente-c.nl" in text_of(request)
    # The requester gets a short acknowledgement (issue 16), naming whom and that they must confirm themselves.
    ack = sent["secretariaat@gemeente-c.nl"]
    assert ack["Subject"] == "Aanmelding ontvangen voor Piet Bakker"
    assert "zelf is bevestigd" in text_of(ack)


def test_unsubscribe_of_a_non_member_is_answered_kindly(app: App) -> None:
    deliver(app, mail(sender="onbekend@gemeente-d.nl", subject="uitschrijven", body="Graag uitschrijven."))
    assert _last_out(app)["Subject"] == "Uw afmelding: geen lidmaatschap gevonden"
    assert _member(app, "onbekend@gemeente-d.nl") is None


def test_machines_are_never_answered(app: App) -> None:
    deliver(app, mail(sender="MAILER-DAEMON@mx.gemeente-a.nl", subject="Aanmelden"))
    deliver(app, mail(sender="noreply@leverancier.nl", subject="Aanmelden voor onze webinar"))
    deliver(app, mail(subject="Automatisch antwoord: Aanmelden", headers={"Auto-Submitted": "auto-replied"}))
    deliver(app, mail(subject="Aanmelden", headers={"List-Id": "<nieuws.leverancier.nl>"}))
    deliver(app, mail(sender="iemand@gemeente-e.nl", subject="Aanmelden"), envelope_from="<>")
    assert outbox_messages(app.settings.outbound.maildir) == []
    with app.factory() as s:
        statuses = [r.status for r in s.scalars(select(InboundMessage))]
        assert "handled" not in statuses and len(statuses) == 5


def test_unclear_mail_goes_to_the_secretariat_with_a_reason(app: App) -> None:
    deliver(app, mail(subject="Vraag over het atelier", body="Is er parkeergelegenheid bij de locatie?"))
    with app.factory() as s:
        row = s.scalars(select(InboundMessage)).one()
        assert row.status == "unhandled" and row.reason
    assert outbox_messages(app.settings.outbound.maildir) == []


def test_the_same_message_delivered_twice_is_processed_once(app: App) -> None:
    raw = mail(msgid="<dubbel@gemeente-a.nl>")
    deliver(app, raw)
    deliver(app, raw)
    assert len(outbox_messages(app.settings.outbound.maildir)) == 1
    with app.factory() as s:
        assert [r.status for r in s.scalars(select(InboundMessage).order_by(InboundMessage.id))] == [
            "handled",
            "ignored",
        ]
        assert s.query(OutboundMessage).count() == 1
