"""English writers get the membership mails in English, through the real pipeline (issue 17): store -> classify ->
act -> outbox -> Maildir. Everyone else, and every member the secretariat adds, keeps Dutch."""

from __future__ import annotations

from email.message import EmailMessage

from sqlalchemy import select

from mailservice import audit
from mailservice.app import App
from mailservice.casework import invitations
from mailservice.store.db import transaction
from mailservice.store.models import Member
from tests.support import FakeClock, deliver, mail, outbox_messages, text_of

SMITH = "John Smith <j.smith@gemeente-a.nl>"
ADDRESS = "j.smith@gemeente-a.nl"
NETWORK = "Netwerk van directeuren van ambtelijke fusieorganisaties"


def _last(app: App) -> EmailMessage:
    messages = outbox_messages(app.settings.outbound.maildir)
    assert messages, "nothing in the outbox"
    return messages[-1]


def _language(app: App, address: str = ADDRESS) -> str:
    with app.factory() as session:
        return session.scalars(select(Member.language).where(Member.email == address)).one()


def _english(message: EmailMessage) -> str:
    assert message["Content-Language"] == "en", message["Subject"]
    text = text_of(message)
    assert "Kind regards" in text and "Met vriendelijke groet" not in text
    return text


def _dutch(message: EmailMessage) -> str:
    assert message["Content-Language"] == "nl", message["Subject"]
    text = text_of(message)
    assert "Met vriendelijke groet" in text
    return text


def _sign_up_in_english(app: App) -> EmailMessage:
    deliver(
        app,
        mail(
            sender=SMITH,
            subject="Membership",
            body="Hello,\n\nPlease add me to the network.\n\nKind regards,\nJohn Smith",
            msgid="<signup-en@gemeente-a.nl>",
        ),
    )
    return _last(app)


def test_an_english_sign_up_is_confirmed_and_welcomed_in_english(app: App) -> None:
    request = _sign_up_in_english(app)
    assert request["To"] == ADDRESS and request["In-Reply-To"] == "<signup-en@gemeente-a.nl>"
    assert request["Subject"].startswith("Please confirm your registration [ref:AF-")
    text = _english(request)
    assert "Dear John Smith," in text and "Thank you for registering" in text
    assert _language(app) == "en"

    # An empty reply above the quoted request says nothing of a language: the sign-up's is remembered.
    quoted = "\n".join("> " + line for line in text_of(request).splitlines())
    deliver(
        app,
        mail(
            sender=SMITH, subject=f"RE: {request['Subject']}", body=f"\n\n{quoted}", in_reply_to=request["Message-ID"]
        ),
    )
    welcome = _last(app)
    assert welcome["Subject"] == f"Welcome to the {NETWORK}"
    assert "you are now a member" in _english(welcome)
    assert "To leave the network, reply to this e-mail with 'unsubscribe from the network'" in text_of(welcome)
    with app.factory() as session:
        assert session.scalars(select(Member.status).where(Member.email == ADDRESS)).one() == "active"


def test_an_english_unsubscribe_gets_the_english_goodbye(app: App, clock: FakeClock) -> None:
    request = _sign_up_in_english(app)
    deliver(app, mail(sender=SMITH, subject=f"RE: {request['Subject']}", body="Yes", in_reply_to=request["Message-ID"]))
    welcome = _last(app)
    clock.advance(days=2)  # past the daily cap on answers to our answers
    # A reply to our mail to this member is the evidence an unsubscribe needs (issue 12).
    deliver(
        app,
        mail(
            sender=SMITH,
            subject=f"RE: {welcome['Subject']}",
            body="Please unsubscribe me from the network.",
            in_reply_to=welcome["Message-ID"],
        ),
    )
    goodbye = _last(app)
    assert goodbye["Subject"] == f"You have been unsubscribed from the {NETWORK}"
    assert "You are no longer a member" in _english(goodbye) and "'stay a member'" in text_of(goodbye)


def test_a_dutch_member_who_writes_english_is_answered_in_english(app: App) -> None:
    """The answer follows the writer's words; what is remembered for later mail stays the sign-up's."""
    deliver(app, mail(sender=SMITH, subject="Aanmelden", body="Graag meld ik mij aan voor het netwerk."))
    request = _last(app)
    _dutch(request)
    deliver(app, mail(sender=SMITH, subject=f"RE: {request['Subject']}", body="", in_reply_to=request["Message-ID"]))
    _dutch(_last(app))

    deliver(app, mail(sender=SMITH, subject="Network", body="Please add me to the network of directors."))
    note = _last(app)
    assert note["Subject"] == f"You are already a member of the {NETWORK}"
    assert "You are already a member" in _english(note)
    assert _language(app) == "nl"


def test_an_unknown_reference_is_explained_in_english(app: App) -> None:
    deliver(
        app,
        mail(
            sender=SMITH,
            subject="Confirmation",
            body="Hello, I would like to confirm my registration with the reference AF-7K3Q9-XM2PA-4RTZ8. Thank you.",
        ),
    )
    answer = _last(app)
    assert answer["Subject"] == "Your confirmation could not be processed"
    assert "we do not recognise the reference AF-7K3Q9-XM2PA-4RTZ8" in _english(answer)


def test_an_expired_reference_is_explained_in_the_language_of_the_sign_up(app: App, clock: FakeClock) -> None:
    request = _sign_up_in_english(app)
    clock.advance(days=15)
    deliver(app, mail(sender=SMITH, subject=f"RE: {request['Subject']}", body=""))
    answer = _last(app)
    assert answer["Subject"] == "Your confirmation could not be processed"
    assert "has expired" in _english(answer)


def test_a_dutch_sign_up_with_a_few_english_words_stays_dutch(app: App) -> None:
    deliver(app, mail(sender=SMITH, subject="Aanmelden", body="Graag aanmelden, thanks!"))
    request = _last(app)
    assert request["Subject"].startswith("Bevestig uw aanmelding [ref:AF-")
    _dutch(request)
    assert _language(app) == "nl"


def test_an_english_out_of_office_quoted_below_a_dutch_request_stays_dutch(app: App) -> None:
    body = (
        "Goedemiddag,\n\nGraag meld ik mij aan voor het netwerk.\n\nMet vriendelijke groet,\nJohn Smith\n\n"
        "From: Petra de Wit <p.dewit@gemeente-b.nl>\nSent: Monday, 2 November 2026 09:00\n"
        "To: John Smith <j.smith@gemeente-a.nl>\nSubject: Automatic reply: our meeting\n\n"
        "Thank you for your e-mail. I am out of the office until Monday 9 November with limited access to e-mail. "
        "For urgent matters, please contact the front desk.\n"
    )
    deliver(app, mail(sender=SMITH, subject="Aanmelden", body=body))
    request = _last(app)
    assert request["Subject"].startswith("Bevestig uw aanmelding [ref:AF-")
    _dutch(request)
    assert _language(app) == "nl"


def test_a_member_the_secretariat_invites_stays_dutch(app: App) -> None:
    with transaction(app.factory) as session:
        invitations.invite(session, app.ingest.env, audit.CLI, ADDRESS, name="John Smith")
    app.sender.drain()
    invitation = _last(app)
    _dutch(invitation)
    deliver(
        app,
        mail(
            sender=SMITH,
            subject=f"Re: {invitation['Subject']}",
            body="Yes, I accept, thank you for the invitation.",
            in_reply_to=invitation["Message-ID"],
        ),
    )
    welcome = _last(app)
    assert welcome["Subject"] == f"Welkom bij het {NETWORK}"
    _dutch(welcome)
    assert _language(app) == "nl"
