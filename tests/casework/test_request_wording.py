"""What the classifier finds for the casework (issue 16): an AVG access request, a new address, and neither."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind, classify
from tests.support import mail

REQUESTS = [
    "Op grond van artikel 15 AVG verzoek ik u om inzage in de persoonsgegevens die u van mij verwerkt.",
    "Graag zou ik willen weten welke gegevens u van mij bewaart.",
    "Welke gegevens heeft het netwerk over mij?",
    "Hierbij dien ik een inzageverzoek in.",
    "Kunt u mij een kopie van mijn persoonsgegevens sturen?",
    "Ik wil graag inzage in mijn gegevens.",
    "I would like to make a subject access request under the GDPR.",
]
NOT_REQUESTS = [
    "Het verslag van het atelier ligt ter inzage bij het secretariaat.",
    "Welke gegevens moet ik aanleveren voor het atelier?",
    "Graag meld ik mij aan voor het netwerk.",
]


@pytest.mark.parametrize("body", REQUESTS)
def test_access_requests_are_recognised(body: str) -> None:
    decision = classify(mail(subject="Vraag", body=body))
    assert decision.kind == Kind.OTHER and decision.extra.get("access") is True, decision.reason
    assert decision.rule == "avg-inzage"


@pytest.mark.parametrize("body", NOT_REQUESTS)
def test_other_mail_is_no_access_request(body: str) -> None:
    assert not classify(mail(subject="Vraag", body=body)).extra.get("access")


def test_an_access_request_with_another_request_goes_to_a_person() -> None:
    decision = classify(
        mail(subject="Afmelden", body="Graag afmelden. Kunt u mij ook een kopie van mijn gegevens sturen?")
    )
    assert decision.kind == Kind.OTHER and not decision.extra.get("access")


NEW_ADDRESSES = [
    "Per 1 januari wijzigt mijn e-mailadres in k.smit@werkorganisatie-b.nl.",
    "Mijn nieuwe e-mailadres is k.smit@werkorganisatie-b.nl.",
    "Mijn e-mailadres verandert per 1 januari: k.smit@werkorganisatie-b.nl",
    "Vanaf 1 maart ben ik bereikbaar op k.smit@werkorganisatie-b.nl.",
    "My e-mail address is changing to k.smit@werkorganisatie-b.nl next month.",
]


@pytest.mark.parametrize("body", NEW_ADDRESSES)
def test_a_new_address_is_read_with_the_address(body: str) -> None:
    decision = classify(mail(sender="Karel Smit <k.smit@gemeente-b.nl>", subject="Nieuw adres", body=body))
    assert decision.kind == Kind.OTHER and decision.rule == "adreswijziging", decision.reason
    assert decision.extra.get("new_address") == "k.smit@werkorganisatie-b.nl"


def test_a_new_address_with_a_leave_goes_to_a_person() -> None:
    body = "Graag afmelden. Mijn nieuwe adres is k.smit@werkorganisatie-b.nl."
    decision = classify(mail(sender="Karel Smit <k.smit@gemeente-b.nl>", subject="Afmelden", body=body))
    assert not decision.extra.get("new_address")
