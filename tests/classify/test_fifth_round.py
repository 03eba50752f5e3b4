"""Issue 17, the rounds of stop 25 (devset18's rest, devset21 to devset24): one regression test per class of failure
they showed (the phrasings are illustrations, not the sets' messages)."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind
from tests.classify.replies import reply_to

_in = reply_to


@pytest.mark.parametrize(
    "body",
    [
        "Graag afmelden. Niet alleen voor het atelier, maar voor het hele netwerk.",
        "Ik meld me af. Ook voor het netwerk.",
        "Afmelden graag, niet alleen voor het atelier maar ook voor het netwerk.",
    ],
)
def test_the_network_added_as_an_afterthought_to_a_decline_is_a_leave(body: str) -> None:
    assert _in("invitation", body).kind == Kind.UNSUBSCRIBE


def test_not_only_is_no_negation() -> None:
    decided = _in(None, "Ik wil mij niet alleen voor het atelier afmelden, maar ook voor het netwerk.")
    assert decided.kind == Kind.UNSUBSCRIBE


def test_a_person_reporting_a_dead_mailbox_and_asking_for_themself_is_no_responder() -> None:
    body = (
        "Beste mensen,\n\nOnze directeur is per direct vertrokken. Zijn adres wordt niet meer gelezen. "
        "Kunnen jullie de mail voor het netwerk voortaan naar mij sturen? Ik neem waar.\n\nKees"
    )
    assert _in(None, body).kind == Kind.OTHER


def test_a_responder_that_tells_where_to_write_is_still_a_responder() -> None:
    body = "Dit adres wordt niet meer gelezen. Stuur uw bericht naar info@werkorganisatie-oost.nl."
    assert _in(None, body).kind == Kind.AUTOREPLY
