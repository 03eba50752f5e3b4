"""A mail that asks for something the service does and also asks the secretariat a question (issue 17, "nothing into
a void"): the request is acted on (the confirmation request goes out) and the message waits for a person with the
question in its reason, in the console's list of what waits."""

from __future__ import annotations

from mailservice.app import App
from mailservice.classify import Kind, classify
from mailservice.classify.context import ThreadMatch
from mailservice.inbox import waiting
from mailservice.store.models import InboundStatus
from tests.support import deliver, inbound_row, mail, outbox_messages

_inbound = inbound_row


def test_a_sign_up_with_a_question_is_acted_on_and_the_question_waits(app: App) -> None:
    body = "Graag meld ik mij aan voor het netwerk. Klopt het dat deelname kosteloos is?"
    inbound_id = deliver(app, mail(subject="Aanmelding", body=body))
    sent = outbox_messages(app.settings.outbound.maildir)
    assert [m["Subject"].startswith("Bevestig uw aanmelding") for m in sent] == [True]
    row = _inbound(app, inbound_id)
    assert row.status == InboundStatus.UNHANDLED
    assert "Klopt het dat deelname kosteloos is?" in (row.reason or "")
    with app.factory() as session:
        assert inbound_id in [m.id for m in waiting(session)]


def test_a_sign_up_without_a_question_is_simply_handled(app: App) -> None:
    inbound_id = deliver(app, mail(subject="Aanmelding", body="Graag meld ik mij aan voor het netwerk."))
    assert _inbound(app, inbound_id).status == InboundStatus.HANDLED


def test_the_request_asked_politely_is_no_second_question() -> None:
    for body in ("Kunt u mij aanmelden voor het netwerk?", "Ik wil graag meedoen met het netwerk, mag ik aanschuiven?"):
        decided = classify(mail(subject="Aanmelding", body=body))
        assert decided.kind == Kind.SUBSCRIBE
        assert "question" not in decided.extra


def test_a_topic_put_as_a_question_is_no_question_to_us() -> None:
    decided = classify(
        mail(
            subject="RE: Welke thema's wilt u bespreken? [atelier:2027-1]",
            body="Hoe borgen we de kwaliteit van de dienstverlening?",
        ),
    )
    assert "question" not in decided.extra


def test_a_question_about_someone_else_coming_is_kept_for_a_person() -> None:
    decided = classify(
        mail(
            subject="RE: Uitnodiging",
            body="Ik kom graag. Kan mijn collega ook komen?",
            in_reply_to="<o@ambtelijkefusie.nl>",
        ),
        thread=lambda ids: ThreadMatch("invitation"),
    )
    assert (decided.kind, decided.extra.get("question")) == (Kind.RSVP, "Kan mijn collega ook komen?")
