"""Issue 19, item 4: the substitute's name as the member wrote it next to the address."""

from __future__ import annotations

import pytest

from mailservice.classify.people import name_of

CASES = [
    ("Ik kan niet, mijn collega Petra de Wit (p.dewit@gemeente-d.nl) komt in mijn plaats.", "Petra de Wit"),
    ("Helaas. Mevrouw J. van der Berg <j.berg@gemeente-x.nl> gaat in mijn plaats.", "J. van der Berg"),
    ("Ik stuur p.dewit@gemeente-d.nl (Petra de Wit) in mijn plaats.", "Petra de Wit"),
    ("Graag Ömer Çelik, o.celik@gemeente-x.nl, komt voor mij.", "Ömer Çelik"),
    ("Mijn vervanger: Kees van 't Hof via k.hof@gemeente-y.nl", "Kees van 't Hof"),
    ("Mijn collega p.dewit@gemeente-d.nl komt in mijn plaats.", None),
    ("Nogmaals: p.dewit@gemeente-d.nl komt in mijn plaats.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_name_next_to_the_address(text: str, expected: str | None) -> None:
    address = next(w.strip("(),<>.") for w in text.split() if "@" in w)
    assert name_of(text, address) == expected
