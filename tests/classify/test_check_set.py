"""The form check a new labelled set passes before it is measured (scripts/check_set.py, tests/classify/BRIEF.md),
and the split of the development sets into those the shipped model is trained on and those that wait."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from types import ModuleType

from tests.classify import sets
from tests.classify.conftest import REPO

SCRIPT = REPO / "scripts" / "check_set.py"


def _check_set() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_set", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_well_formed_case_has_no_fault() -> None:
    check = _check_set()
    case = {"id": "x-1", "kind": "rsvp", "attending": True, "body": "Ik kom.", "thread": "invitation"}
    assert check.faults(case, {"uitnodiging_atelier"}) == []
    case = {"id": "x-2", "kind": "suggestion", "themes": ["organisatie"], "body": "Over de formatie."}
    assert check.faults(case, set()) == []


def test_faults_are_named_in_dutch() -> None:
    check = _check_set()
    found = check.faults(
        {"kind": "rsvp", "body": "Ja", "themes": ["strategie"], "thread": "uitnodiging", "quote": "telex", "x": 1},
        set(),
    )
    assert "attending hoort bij een rsvp, als True of False" in found
    assert "themes hoort bij een suggestion" in found
    assert "onbekende draad 'uitnodiging'" in found
    assert "onbekende citeerstijl 'telex'" in found
    assert "onbekende sleutel 'x'" in found
    assert check.faults({"kind": "verzoek", "body": "?"}, set()) == ["onbekende soort 'verzoek'"]


def test_the_script_checks_a_set_and_refuses_no_argument() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "heldout2"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("heldout2: ")
    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, check=False)
    assert done.returncode == 1 and "Noem een of meer sets" in done.stderr


def test_only_sets_up_to_the_last_trained_train_the_model() -> None:
    assert sets.TRAINING
    assert set(sets.TRAINING) <= set(sets.DEVELOPMENT)
    waiting = set(sets.DEVELOPMENT) - set(sets.TRAINING)
    assert "devset104" in sets.TRAINING and "devset105" in waiting
    assert list(sets.training()) == list(sets.TRAINING)
