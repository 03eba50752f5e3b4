"""A mail that asks for something the service does and also asks the secretariat a question (issue 17, "act only
when sure", "nothing into a void"): the whole mail goes to a person, with the question and the request as read in
its reason; nothing is done or answered by half. The person answers and does the request ("behandel als")."""

from __future__ import annotations

import pytest

from mailservice.app import App
from mailservice.classify import Kind, classify
from mailservice.classify.context import ThreadMatch
from mailservice.classify.rules import ASKS_RULE
from mailservice.inbox import waiting
from mailservice.store.models import InboundStatus
from tests.support import deliver, inbound_row, mail, outbox_messages

_inbound = inbound_row


def test_a_sign_up_with_a_question_waits_for_a_person_whole(app: App) -> None:
    body = "Graag meld ik mij aan voor het netwerk. Klopt het dat deelname kosteloos is?"
    inbound_id = deliver(app, mail(subject="Aanmelding", body=body))
    assert outbox_messages(app.settings.outbound.maildir) == []  # no confirmation request before a person read it
    row = _inbound(app, inbound_id)
    assert row.status == InboundStatus.UNHANDLED
    assert "Klopt het dat deelname kosteloos is?" in (row.reason or "")
    assert "gelezen als een aanmelding voor het netwerk" in (row.reason or "")
    with app.factory() as session:
        assert inbound_id in [m.id for m in waiting(session)]


def test_a_sign_up_without_a_question_is_simply_handled(app: App) -> None:
    inbound_id = deliver(app, mail(subject="Aanmelding", body="Graag meld ik mij aan voor het netwerk."))
    assert _inbound(app, inbound_id).status == InboundStatus.HANDLED


@pytest.mark.parametrize(
    ("thread", "body", "read"),
    [
        ("confirmation", "Ja, ik bevestig. Kunnen de berichten ook naar mijn secretaresse?", "een bevestiging"),
        ("invitation", "Ik kom graag. Kan mijn collega ook komen?", "een aanmelding voor het atelier"),
        ("invitation", "Helaas kan ik niet. Is er een verslag na afloop?", "een afmelding voor het atelier"),
        (
            "call_for_themes",
            "Mijn onderwerp: de regie op het sociaal domein. Mag ik het zelf inleiden?",
            "een themasuggestie",
        ),
    ],
)
def test_every_act_with_a_question_beside_it_goes_to_a_person(thread: str, body: str, read: str) -> None:
    decided = classify(
        mail(subject="RE: ons bericht", body=body, in_reply_to="<o@ambtelijkefusie.nl>"),
        thread=lambda ids: ThreadMatch(thread),
    )
    assert (decided.kind, decided.rule) == (Kind.OTHER, ASKS_RULE)
    assert f"gelezen als {read}" in decided.reason
    assert decided.extra["question"] in body


@pytest.mark.parametrize(
    "body",
    [
        "Kunt u mij aanmelden voor het netwerk?",
        "Ik wil graag meedoen met het netwerk, mag ik aanschuiven?",
        "Zet u mij op de lijst van het netwerk?",
    ],
)
def test_the_request_asked_politely_is_no_second_question(body: str) -> None:
    decided = classify(mail(subject="Aanmelding", body=body))
    assert decided.kind == Kind.SUBSCRIBE
    assert "question" not in decided.extra


def test_an_rsvp_asked_politely_is_no_question() -> None:
    decided = classify(
        mail(subject="RE: Uitnodiging", body="Noteert u mij voor 11 maart?", in_reply_to="<o@ambtelijkefusie.nl>"),
        thread=lambda ids: ThreadMatch("invitation"),
    )
    assert (decided.kind, decided.attending) == (Kind.RSVP, True)


def test_a_topic_put_as_a_question_is_no_question_to_us() -> None:
    decided = classify(
        mail(
            subject="RE: Welke thema's wilt u bespreken? [atelier:2027-1]",
            body="Hoe borgen we de kwaliteit van de dienstverlening?",
        ),
    )
    assert decided.kind == Kind.SUGGESTION
    assert "question" not in decided.extra


@pytest.mark.parametrize(
    ("thread", "body", "kind"),
    [
        (None, "Ik zou graag willen deelnemen aan het netwerk. Wat moet ik daarvoor doen?", Kind.SUBSCRIBE),
        (None, "I would like to join the network. How do I sign up?", Kind.SUBSCRIBE),
        ("invitation", "Beste Anja, ik kan er niet bij zijn. Wil jij ze laten weten dat ik niet kom?", Kind.RSVP),
    ],
)
def test_a_question_that_is_part_of_the_request_is_no_second_question(
    thread: str | None, body: str, kind: Kind
) -> None:
    decided = classify(
        mail(subject="Netwerk", body=body, in_reply_to="<o@ambtelijkefusie.nl>"),
        thread=(lambda ids: ThreadMatch(thread)) if thread else None,
    )
    assert decided.kind == kind


def test_a_hand_over_with_a_question_keeps_its_own_path() -> None:
    """An erasure or a hand-over goes to the secretariat on its own path; a question beside it changes nothing."""
    body = "Per 1 maart vertrek ik. Mijn opvolger is Ilse de Boer, i.deboer@wo.nl. Wilt u haar uitnodigen?"
    decided = classify(mail(subject="Opvolger", body=body))
    assert (decided.kind, decided.successor) == (Kind.UNSUBSCRIBE, "i.deboer@wo.nl")
