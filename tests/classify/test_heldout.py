"""Issue 17: the classifier on labelled mail it was not tuned on (heldout/) and on its development set (devset/).

The figures are printed (``pytest -s``) and held to floors. The held-out set was written before the second
generation and is never tuned on case by case: when a floor here fails, find the class of failure with new cases in
devset/, not by reading the held-out misses. Held-out figures before the second generation: kinds 0.701, acted
precision 0.813 (20 wrong of 107 acts), coverage 0.700, 1 wrongful unsubscribe, exact themes 0.625; after it (December
2026): 0.955, 0.992 (1 of 120), 0.946, none, 0.938.
"""

from __future__ import annotations

import pytest

from tests.classify.devset.cases import CASES as DEV
from tests.classify.heldout.cases import CASES as HELDOUT
from tests.classify.labelled import score

# (set, floors): kinds, acted precision, coverage, exact themes; wrongful unsubscribes must be 0.
FLOORS = {
    "heldout": (HELDOUT, {"kinds": 0.93, "acted_precision": 0.98, "coverage": 0.92, "themes_exact": 0.9}),
    "devset": (DEV, {"kinds": 0.97, "acted_precision": 0.98, "coverage": 0.97, "themes_exact": 0.95}),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_hold_their_floors(name: str) -> None:
    cases, floors = FLOORS[name]
    figures = score(cases).figures()
    print(f"\n{name}: {figures}")
    assert figures["wrongful_unsubscribes"] == 0, figures
    for key, floor in floors.items():
        assert figures[key] >= floor, (key, figures)


def test_sets_are_large_varied_and_apart() -> None:
    assert len(HELDOUT) >= 150
    assert {c["kind"] for c in HELDOUT} >= {"subscribe", "unsubscribe", "confirm", "rsvp", "suggestion", "other"}
    styles = {c.get("quote") for c in HELDOUT if c.get("quoted")}
    assert styles >= {"groupwise", "notes", "notes-wrote", "doorgestuurd", "ongemarkeerd", "outlook-nl", "gmail"}
    themes = {t for c in HELDOUT for t in c.get("themes", ())}
    assert themes == {"strategie", "samenwerking", "organisatie", "dienstverlening"}
    bodies = {c["body"] for c in HELDOUT}
    assert not bodies & {c["body"] for c in DEV}
