"""Every mail that answers a person, or goes to one member alone, in the person's language (issue 17), through the
real pipeline (store -> classify -> act -> outbox -> Maildir): an English writer, or a member who signed up in
English, gets it in English (Content-Language: en), a Dutch writer in Dutch. The language follows the writer's own
words where they are clear, else the member's stored language (``members.reply_language``). The network's
mailings (invitations, calls for themes) stay Dutch for everyone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice import audit
from mailservice.app import App, build
from mailservice.casework import approval
from mailservice.classify import Kind, rules
from mailservice.jobs.reminders import remind_unconfirmed
from mailservice.jobs.scheduler import Scheduler
from mailservice.store.db import transaction
from mailservice.store.models import Member
from tests.ateliers.helpers import add_atelier, add_members, make_app, reply, sent, utc
from tests.support import FakeClock, deliver, mail, make_settings, text_of

NETWORK = "Netwerk van directeuren van ambtelijke fusieorganisaties"
ADDRESS = "j.smith@gemeente-a.nl"
WRITER = f"John Smith <{ADDRESS}>"

# What the person writes, in each language: clear enough for classify.language to tell.
WORDS = {
    "sign_up": {
        "en": "Hello,\n\nPlease add me to the network of directors.\n\nKind regards,\nJohn Smith",
        "nl": "Goedemiddag,\n\nGraag meld ik mij aan voor het netwerk van directeuren.\n\nMet vriendelijke groet,\nJan",
    },
    "unsubscribe": {
        "en": "Please unsubscribe me from the network, I no longer wish to receive your e-mails.",
        "nl": "Graag wil ik mij afmelden voor het netwerk, ik wil geen e-mails meer ontvangen.",
    },
    "erasure": {
        "en": "Under Article 17 of the GDPR I ask you to erase all my personal data from your records.",
        "nl": "Op grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens uit uw administratie te verwijderen.",
    },
    "new_address": {
        "en": "As of 1 January my e-mail address changes to john.smith@werkorganisatie-b.nl. "
        "Would you please send all messages there from then on?",
        "nl": "Per 1 januari wijzigt mijn e-mailadres in john.smith@werkorganisatie-b.nl. "
        "Wilt u vanaf dan alle berichten daarheen sturen?",
    },
    "attend": {
        "en": "Thank you for the invitation. I will gladly attend the atelier.",
        "nl": "Dank voor de uitnodiging. Ik kom graag naar het atelier.",
    },
    "on_behalf": {
        "en": "Good afternoon,\n\nOn behalf of our director, Ms Anna Baker (a.baker@werkorganisatie-x.nl), I would "
        "like to register her for your network.\n\nKind regards,\nPetra de Vries",
        "nl": "Goedemiddag,\n\nNamens onze directeur, mevrouw Anna Baker (a.baker@werkorganisatie-x.nl), wil ik haar "
        "graag aanmelden voor het netwerk.\n\nMet vriendelijke groet,\nPetra de Vries",
    },
    "hand_over": {
        "en": "As of 1 March I am leaving the organisation. My successor is Ilse de Boer, i.deboer@gemeente-b.nl. "
        "Would you please invite her to the network?",
        "nl": "Per 1 maart vertrek ik bij de werkorganisatie. Mijn opvolger is Ilse de Boer, i.deboer@gemeente-b.nl. "
        "Wilt u haar uitnodigen voor het netwerk?",
    },
    "access": {
        "en": "What personal data do you hold about me? Please send me a copy (Article 15 of the GDPR).",
        "nl": "Op grond van artikel 15 AVG wil ik graag weten welke persoonsgegevens u van mij bewaart.",
    },
    "suggest": {
        "en": "My suggestions for the atelier:\n- the relationship with the municipal councils\n"
        "- digitalisation of our work processes",
        "nl": "Mijn suggesties voor het atelier:\n- de relatie met de gemeenteraden\n"
        "- digitalisering van werkprocessen",
    },
}
SIGNATURE = {"en": "Kind regards", "nl": "Met vriendelijke groet"}


def _in(language: str, message: EmailMessage) -> str:
    """The message's text, after checking it is written in ``language`` throughout (header, html, signature)."""
    assert message["Content-Language"] == language, (message["Subject"], message["Content-Language"])
    text = text_of(message)
    other = SIGNATURE["nl" if language == "en" else "en"]
    assert SIGNATURE[language] in text and other not in text, message["Subject"]
    html = message.get_body(("html",))
    assert html is not None and f'<html lang="{language}">' in html.get_content()
    return text


def _last_to(app: App, address: str) -> EmailMessage:
    found = [m for m in sent(app) if m["To"] == address]
    assert found, f"nothing sent to {address}"
    return found[-1]


def _stored_language(app: App, address: str = ADDRESS) -> str:
    with app.factory() as session:
        return session.scalars(select(Member.language).where(Member.email == address)).one()


def _member(app: App, clock: FakeClock, language: str) -> EmailMessage:
    """A member who signed up in ``language`` and confirmed with a bare reply; returns the welcome."""
    deliver(app, mail(sender=WRITER, subject="Network", body=WORDS["sign_up"][language]))
    request = _last_to(app, ADDRESS)
    deliver(app, mail(sender=WRITER, subject=f"RE: {request['Subject']}", body="", in_reply_to=request["Message-ID"]))
    clock.advance(days=2)  # past the daily cap on answers to one address
    assert _stored_language(app) == language
    return _last_to(app, ADDRESS)


# -- one case per mail: (purpose, what the person does in ``language``) -> the mail we sent ---------------------
def _unsubscribe_question(app: App, clock: FakeClock, language: str) -> EmailMessage:
    """A member's address asks to leave without evidence that the member wrote it: we ask the member."""
    _member(app, clock, "nl")  # a Dutch member: the question follows the words of the request
    deliver(app, mail(sender=WRITER, subject="Membership", body=WORDS["unsubscribe"][language]))
    return _last_to(app, ADDRESS)


def _sign_up_reminder(app: App, clock: FakeClock, language: str) -> EmailMessage:
    """The reminder follows the language of the sign-up it reminds of: the pending member keeps it."""
    deliver(app, mail(sender=WRITER, subject="Network", body=WORDS["sign_up"][language]))
    clock.advance(days=app.settings.membership.reminder_after_days, hours=1)
    with transaction(app.factory) as session:
        assert remind_unconfirmed(session, app.ingest.env) == 1
    app.sender.drain()
    return _last_to(app, ADDRESS)


def _erasure_request(app: App, clock: FakeClock, language: str) -> EmailMessage:
    _member(app, clock, "nl")
    deliver(app, mail(sender=WRITER, subject="Personal data", body=WORDS["erasure"][language]))
    return _last_to(app, ADDRESS)


def _new_address_request(app: App, clock: FakeClock, language: str) -> EmailMessage:
    """A reply to our mail to the member is the evidence a new address needs; the new address is asked, in the
    member's language (the classifier reads the writer's language only for sign-ups, confirmations and leaving:
    ``test_the_writers_words_decide_where_the_classifier_reads_them``)."""
    welcome = _member(app, clock, language)
    deliver(
        app,
        mail(
            sender=WRITER,
            subject=f"RE: {welcome['Subject']}",
            body=WORDS["new_address"][language],
            in_reply_to=welcome["Message-ID"],
        ),
    )
    return _last_to(app, "john.smith@werkorganisatie-b.nl")


def _welcome_after_approval(app: App, clock: FakeClock, language: str) -> EmailMessage:
    """With approval on, the welcome goes out when the secretariat approves: in the sign-up's language."""
    _member(app, clock, language)
    with transaction(app.factory) as session:
        member = session.scalars(select(Member).where(Member.email == ADDRESS)).one()
        assert member.status == "approval"
        approval.approve(session, app.ingest.env, audit.CLI, member)
    app.sender.drain()
    return _last_to(app, ADDRESS)


def _not_a_member(app: App, clock: FakeClock, language: str) -> EmailMessage:
    deliver(app, mail(sender=WRITER, subject="Membership", body=WORDS["unsubscribe"][language]))
    return _last_to(app, ADDRESS)


def _on_behalf(app: App, clock: FakeClock, language: str) -> EmailMessage:
    """A secretary signs her director up: she hears it in her own words' language (the director is asked too)."""
    deliver(app, mail(sender="Petra de Vries <p.devries@werkorganisatie-x.nl>", body=WORDS["on_behalf"][language]))
    return _last_to(app, "p.devries@werkorganisatie-x.nl")


def _awaiting_approval(app: App, clock: FakeClock, language: str) -> EmailMessage:
    """With approval on, the confirmation (a bare reply) is answered in the sign-up's language."""
    deliver(app, mail(sender=WRITER, subject="Network", body=WORDS["sign_up"][language]))
    request = _last_to(app, ADDRESS)
    deliver(app, mail(sender=WRITER, subject=f"RE: {request['Subject']}", body="", in_reply_to=request["Message-ID"]))
    return _last_to(app, ADDRESS)


def _refused(app: App, clock: FakeClock, language: str) -> EmailMessage:
    _member(app, clock, language)
    with transaction(app.factory) as session:
        member = session.scalars(select(Member).where(Member.email == ADDRESS)).one()
        approval.refuse(session, app.ingest.env, audit.CLI, member, None)
    app.sender.drain()
    return _last_to(app, ADDRESS)


def _new_address_confirmed(app: App, clock: FakeClock, language: str) -> EmailMessage:
    """A bare reply from the new address to the request: answered in the request's language."""
    request = _new_address_request(app, clock, language)
    clock.advance(hours=1)
    deliver(
        app,
        mail(
            sender="John Smith <john.smith@werkorganisatie-b.nl>",
            subject=f"RE: {request['Subject']}",
            body="",
            in_reply_to=request["Message-ID"],
        ),
    )
    return _last_to(app, "john.smith@werkorganisatie-b.nl")


def _successor_invited(app: App, clock: FakeClock, language: str) -> EmailMessage:
    """The predecessor hears it in their words' language; the invitation to the successor is Dutch."""
    _member(app, clock, "nl")
    deliver(app, mail(sender=WRITER, subject="Successor", body=WORDS["hand_over"][language]))
    _in("nl", _last_to(app, "i.deboer@gemeente-b.nl"))
    subjects = ("Your successor has been invited", "Uw opvolger is uitgenodigd")
    return next(m for m in reversed(sent(app)) if m["To"] == ADDRESS and m["Subject"].startswith(subjects))


def _access(app: App, clock: FakeClock, language: str) -> EmailMessage:
    """The access request: answered in the member's language (the classifier reads none in kind ``other``)."""
    _member(app, clock, language)
    deliver(app, mail(sender=WRITER, subject="Personal data", body=WORDS["access"][language]))
    return _last_to(app, ADDRESS)


CASES: dict[str, tuple[Callable[[App, FakeClock, str], EmailMessage], dict[str, dict[str, object]]]] = {
    "afmelding_vraag": (_unsubscribe_question, {}),
    "herinnering_aanmelding": (_sign_up_reminder, {}),
    "bevestiging_verwijdering": (_erasure_request, {}),
    "bevestiging_adreswijziging": (_new_address_request, {}),
    "welkom": (_welcome_after_approval, {"membership": {"approval": True}}),
    "niet_aangemeld": (_not_a_member, {}),
    "aanmelding_namens_ontvangen": (_on_behalf, {}),
    "aanmelding_in_behandeling": (_awaiting_approval, {"membership": {"approval": True}}),
    "aanmelding_afgewezen": (_refused, {"membership": {"approval": True}}),
    "adreswijziging_bevestigd": (_new_address_confirmed, {}),
    "opvolger_uitgenodigd": (_successor_invited, {}),
    "inzage_gegevens": (_access, {}),
}
SUBJECTS = {
    ("afmelding_vraag", "en"): "Would you like to unsubscribe? [afmelden:",
    ("afmelding_vraag", "nl"): "Wilt u zich afmelden? [afmelden:",
    ("herinnering_aanmelding", "en"): "Reminder: please confirm your registration [ref:AF-",
    ("herinnering_aanmelding", "nl"): "Herinnering: bevestig uw aanmelding [ref:AF-",
    ("bevestiging_verwijdering", "en"): "Please confirm your request to erase your details [ref:AF-",
    ("bevestiging_verwijdering", "nl"): "Bevestig uw verzoek: uw gegevens verwijderen [ref:AF-",
    ("bevestiging_adreswijziging", "en"): "Please confirm your new e-mail address [ref:AF-",
    ("bevestiging_adreswijziging", "nl"): "Bevestig uw nieuwe e-mailadres [ref:AF-",
    ("welkom", "en"): f"Welcome to the {NETWORK}",
    ("welkom", "nl"): f"Welkom bij het {NETWORK}",
    ("niet_aangemeld", "en"): "Your unsubscribe request: no membership found",
    ("niet_aangemeld", "nl"): "Uw afmelding: geen lidmaatschap gevonden",
    ("aanmelding_namens_ontvangen", "en"): "Registration received for ",
    ("aanmelding_namens_ontvangen", "nl"): "Aanmelding ontvangen voor ",
    ("aanmelding_in_behandeling", "en"): "Your registration has been confirmed and is being reviewed",
    ("aanmelding_in_behandeling", "nl"): "Uw aanmelding is bevestigd en in behandeling",
    ("aanmelding_afgewezen", "en"): f"Your registration for the {NETWORK}",
    ("aanmelding_afgewezen", "nl"): f"Uw aanmelding bij het {NETWORK}",
    ("adreswijziging_bevestigd", "en"): "Your new e-mail address has been confirmed",
    ("adreswijziging_bevestigd", "nl"): "Uw nieuwe e-mailadres is bevestigd",
    ("opvolger_uitgenodigd", "en"): f"Your successor has been invited to the {NETWORK}",
    ("opvolger_uitgenodigd", "nl"): f"Uw opvolger is uitgenodigd voor het {NETWORK}",
    ("inzage_gegevens", "en"): f"Your details held by the {NETWORK}",
    ("inzage_gegevens", "nl"): f"Uw gegevens bij het {NETWORK}",
}


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("purpose", sorted(CASES))
def test_the_answer_is_in_the_persons_language(tmp_path: Path, clock: FakeClock, purpose: str, language: str) -> None:
    act, settings = CASES[purpose]
    app = build(make_settings(tmp_path, **settings), clock=clock)
    try:
        message = act(app, clock, language)
        assert message["Subject"].startswith(SUBJECTS[purpose, language]), message["Subject"]
        _in(language, message)
    finally:
        app.close()


def test_an_english_erasure_is_confirmed_by_an_english_yes(app: App, clock: FakeClock) -> None:
    """The whole way: the English request, then the member's 'Yes' erases (nothing is sent after an erasure)."""
    question = _erasure_request(app, clock, "en")
    text = _in("en", question)
    assert "reply to this e-mail with 'Yes'" in text and "Dear John Smith," in text
    deliver(
        app,
        mail(sender=WRITER, subject=f"RE: {question['Subject']}", body="Yes", in_reply_to=question["Message-ID"]),
    )
    with app.factory() as session:
        assert session.scalars(select(Member).where(Member.email == ADDRESS)).first() is None


def test_an_english_unsubscribe_question_is_answered_by_a_reply(app: App, clock: FakeClock) -> None:
    question = _unsubscribe_question(app, clock, "en")
    assert "Then simply reply to this e-mail, leaving the subject as it is." in _in("en", question)
    clock.advance(days=2)
    deliver(
        app,
        mail(
            sender=WRITER,
            subject=f"RE: {question['Subject']}",
            body="",  # a bare reply: no language of its own, but it answers an English mail
            in_reply_to=question["Message-ID"],
        ),
    )
    goodbye = _last_to(app, ADDRESS)
    assert goodbye["Subject"] == f"You have been unsubscribed from the {NETWORK}"
    assert _stored_language(app) == "nl"  # what the member keeps is the sign-up's


def test_the_writers_words_decide_where_the_classifier_reads_them(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the Decision names the writer's language, every answer follows it, also for a request the classifier
    does not read the language of today (a new address: kind ``other``). Made to read it here."""
    monkeypatch.setattr(rules, "_ANSWERED_IN_THEIR_LANGUAGE", (*rules._ANSWERED_IN_THEIR_LANGUAGE, Kind.OTHER))
    request = _new_address_request_from_a_dutch_member(app, clock)
    assert request["Subject"].startswith("Please confirm your new e-mail address [ref:AF-")
    assert "to move your membership of the" in _in("en", request)
    assert _stored_language(app) == "nl"


def _new_address_request_from_a_dutch_member(app: App, clock: FakeClock) -> EmailMessage:
    welcome = _member(app, clock, "nl")
    deliver(
        app,
        mail(
            sender=WRITER,
            subject=f"RE: {welcome['Subject']}",
            body=WORDS["new_address"]["en"],
            in_reply_to=welcome["Message-ID"],
        ),
    )
    return _last_to(app, "john.smith@werkorganisatie-b.nl")


# -- the atelier's answers: the invitation and the call are Dutch for everyone, the answer follows the writer -------
def _atelier_app(tmp_path: Path, language: str) -> tuple[App, FakeClock]:
    """A member who signed up in ``language`` (the classifier reads no language in an RSVP or a suggestion, so
    the member's decides) and an atelier planned."""
    clock = FakeClock(utc(2026, 12, 1, 8, 0))
    app = make_app(tmp_path, clock)
    _member(app, clock, language)
    add_atelier(app, date(2027, 3, 11))
    return app, clock


def _network_mail(app: App, clock: FakeClock, when: tuple[int, int, int], subject: str) -> EmailMessage:
    clock.now = utc(*when, 8, 0)
    Scheduler(app.factory, app.ingest.env, clock).tick()
    app.sender.drain()
    [found] = [m for m in sent(app) if m["Subject"].startswith(subject) and m["To"] == ADDRESS]
    return found


@pytest.mark.parametrize("language", ["en", "nl"])
def test_an_rsvp_is_confirmed_in_the_members_language(tmp_path: Path, language: str) -> None:
    app, clock = _atelier_app(tmp_path, language)
    invitation = _network_mail(app, clock, (2027, 1, 28), "Uitnodiging")
    _in("nl", invitation)  # a network mailing: Dutch, also for a member who signed up in English
    deliver(app, reply(invitation, WRITER, WORDS["attend"][language]))
    answer = _last_to(app, ADDRESS)
    text = _in(language, answer)
    if language == "en":
        assert answer["Subject"] == "Your registration for the atelier on 11 March 2027 [atelier:2027-1]"
        assert 'You are registered for the Leer- en inspireer-atelier "Sturen op samenwerking".' in text
        assert "When:    Thursday 11 March 2027, 14:00 to 17:00" in text and "Theme:   Collaboration" in text
    else:
        assert answer["Subject"] == "Uw aanmelding voor het atelier van 11 maart 2027 [atelier:2027-1]"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_suggestion_is_thanked_in_the_members_language(tmp_path: Path, language: str) -> None:
    app, clock = _atelier_app(tmp_path, language)
    call = _network_mail(app, clock, (2026, 12, 31), "Welke thema's")
    _in("nl", call)
    deliver(app, reply(call, WRITER, WORDS["suggest"][language]))
    thanks = _last_to(app, ADDRESS)
    text = _in(language, thanks)
    if language == "en":
        assert thanks["Subject"] == "Thank you for your theme suggestion [atelier:2027-1]"
        assert "On 21 January 2027 we will count all the suggestions" in text
    else:
        assert thanks["Subject"] == "Dank voor uw themasuggestie [atelier:2027-1]"


def test_the_phrases_the_english_rsvp_confirmation_suggests_are_understood(tmp_path: Path) -> None:
    """'Has anything changed? ... "I will be there after all" or "I can't make it after all"': both act."""
    app, clock = _atelier_app(tmp_path, "en")
    invitation = _network_mail(app, clock, (2027, 1, 28), "Uitnodiging")
    deliver(app, reply(invitation, WRITER, WORDS["attend"]["en"]))
    confirmation = _last_to(app, ADDRESS)
    text = _in("en", confirmation)
    for phrase, subject in (
        ("I can't make it after all", "Your apologies for the atelier"),
        ("I will be there after all", "Your registration for the atelier"),
    ):
        assert f'"{phrase}"' in text
        clock.advance(days=1)
        deliver(app, reply(confirmation, WRITER, phrase))
        confirmation = _last_to(app, ADDRESS)
        assert confirmation["Subject"].startswith(subject), (phrase, confirmation["Subject"])
        text = _in("en", confirmation)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_place_from_the_waiting_list_is_told_in_the_members_language(tmp_path: Path, language: str) -> None:
    clock = FakeClock(utc(2026, 12, 1, 8, 0))
    app = make_app(tmp_path, clock)
    add_members(app, ("a.jansen@gemeente-a.nl", "Anna Jansen", "member"))
    _member(app, clock, language)
    add_atelier(app, date(2027, 3, 11), capacity=1)
    invitation = _network_mail(app, clock, (2027, 1, 28), "Uitnodiging")
    anna = next(m for m in sent(app) if m["To"] == "a.jansen@gemeente-a.nl" and m["Subject"].startswith("Uitnod"))
    deliver(app, reply(anna, "Anna Jansen <a.jansen@gemeente-a.nl>", "Ik kom graag naar het atelier."))
    deliver(app, reply(invitation, WRITER, WORDS["attend"][language]))
    waiting = _last_to(app, ADDRESS)
    assert "[atelier:2027-1]" in waiting["Subject"] and _in(language, waiting)
    clock.advance(days=1)
    deliver(app, reply(anna, "Anna Jansen <a.jansen@gemeente-a.nl>", "Helaas kan ik toch niet komen."))
    seated = _last_to(app, ADDRESS)
    expected = {"en": "A place has become available", "nl": "Er is een plaats vrij"}[language]
    assert seated["Subject"].startswith(expected), seated["Subject"]
    text = _in(language, seated)
    if language == "en":  # the answer it suggests gives the place back
        assert '"Unfortunately I can\'t make it"' in text
        clock.advance(days=1)
        deliver(app, reply(seated, WRITER, "Unfortunately I can't make it"))
        assert _last_to(app, ADDRESS)["Subject"].startswith("Your apologies for the atelier on 11 March 2027")


@pytest.mark.parametrize(
    ("words", "member_language", "language"),
    [
        ("Dear Mr Smith,\n\nThank you for your question. Yes, you are welcome to bring your deputy.", "nl", "en"),
        ("Beste heer Smith,\n\nDank voor uw vraag. Ja, u mag uw plaatsvervanger meenemen.", "en", "nl"),
        ("Done, thanks!", "en", "en"),  # too short to tell: the member's language
        ("Done, thanks!", "nl", "nl"),
    ],
)
def test_the_secretariats_answer_is_signed_in_the_language_it_is_written_in(
    app: App, clock: FakeClock, words: str, member_language: str, language: str
) -> None:
    from mailservice import inbox
    from mailservice.store.models import InboundMessage

    _member(app, clock, member_language)
    deliver(app, mail(sender=WRITER, subject="", body="Is it possible to bring a deputy to the atelier, or not?"))
    with transaction(app.factory) as session:
        inbound_id = session.scalars(select(InboundMessage.id).order_by(InboundMessage.id.desc())).first()
        assert inbound_id is not None
        inbox.reply(session, app.ingest.env, inbound_id, words, audit.CLI)
    app.sender.drain()
    answer = _last_to(app, ADDRESS)
    assert words.splitlines()[-1] in _in(language, answer)
    expected = {"en": f"Your message to the {NETWORK}", "nl": f"Uw bericht aan het {NETWORK}"}[language]
    assert answer["Subject"] == expected


def test_a_dutch_member_who_answers_an_invitation_in_english_is_answered_in_english(tmp_path: Path) -> None:
    """The writer's words decide for an RSVP too (the classifier reads the language of every kind it answers)."""
    app, clock = _atelier_app(tmp_path, "nl")
    invitation = _network_mail(app, clock, (2027, 1, 28), "Uitnodiging")
    deliver(app, reply(invitation, WRITER, WORDS["attend"]["en"]))
    answer = _last_to(app, ADDRESS)
    assert answer["Subject"] == "Your registration for the atelier on 11 March 2027 [atelier:2027-1]"
    _in("en", answer)
    assert _stored_language(app) == "nl"
