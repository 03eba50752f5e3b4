"""Issue 17, the rounds of stop 26: one regression test per class of failure the new sets showed (the phrasings are
illustrations, not the sets' messages)."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind
from tests.classify.replies import reply_to

_in = reply_to

_QUESTION = "> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.\n"


@pytest.mark.parametrize(
    "body",
    [
        f"> Komt u?\nNee, helaas.\n\n{_QUESTION}Ja: Wilma Bakker, w.bakker@gemeente-x.nl\n\nGroet, Henk",
        f"Nee\n{_QUESTION}Ja, Wilma Bakker (w.bakker@gemeente-x.nl)\n",
        "Ik kan zelf niet. Vervanger: Wilma Bakker, w.bakker@gemeente-x.nl",
        "Helaas verhinderd. Wel komt Wilma Bakker (w.bakker@gemeente-x.nl).",
        "Nee helaas.\nWilma Bakker, w.bakker@gemeente-x.nl gaat wel.",
        "Ik moet afzeggen. In mijn plaats: Wilma Bakker <w.bakker@gemeente-x.nl>",
    ],
)
def test_a_substitute_named_without_the_usual_words_is_read(body: str) -> None:
    decided = _in("invitation", body)
    assert decided.kind == Kind.RSVP, decided.reason
    assert decided.attending is False
    assert decided.substitute == "w.bakker@gemeente-x.nl", decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Nee, helaas. Mijn secretaresse (s.boer@gemeente-x.nl) plant graag een nieuwe afspraak met u.",
        "Helaas, ik kan niet. Wilt u de stukken naar s.boer@gemeente-x.nl sturen?",
        "Nee, helaas.\nJa, de stukken graag naar s.boer@gemeente-x.nl.",
    ],
)
def test_another_address_beside_a_decline_is_no_substitute(body: str) -> None:
    decided = _in("invitation", body)
    assert decided.substitute is None, decided.reason
