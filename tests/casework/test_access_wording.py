"""An AVG access request is recognised in the ways people write it, and nothing else is (issue 16)."""

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
