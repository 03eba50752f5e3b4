"""Check the form of a labelled set before it is measured (tests/classify/BRIEF.md); it does not classify.

    .venv/bin/python scripts/check_set.py devset105 heldout32

Every case of a new set (some early sets label more loosely) must have a known kind, the keys its kind needs, a
unique id, a known quoted mail, quote style and thread, and must build into mail. Prints one line per set and each
fault; exits 1 when a set has one.
"""

from __future__ import annotations

import json
import pathlib
import sys
from collections import Counter
from typing import Any

REPO = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.classify import sets  # noqa: E402
from tests.classify.labelled import QUOTED_MAILS, STYLES, build  # noqa: E402

KINDS = {"subscribe", "confirm", "unsubscribe", "rsvp", "suggestion", "autoreply", "bounce", "other"}
THREADS = {"confirmation", "welcome", "goodbye", "invitation", "reminder", "call_for_themes", "followup"}
THEMES = {"strategie", "samenwerking", "organisatie", "dienstverlening"}
KEYS = {
    "id",
    "kind",
    "attending",
    "erase",
    "themes",
    "body",
    "quoted",
    "quote",
    "thread",
    "subject",
    "sender",
    "headers",
}


def faults(case: dict[str, Any], quoted: set[str]) -> list[str]:
    found = [f"onbekende sleutel {key!r}" for key in case if key not in KEYS]
    kind = case.get("kind")
    if kind not in KINDS:
        found.append(f"onbekende soort {kind!r}")
    if not isinstance(case.get("body"), str):
        found.append("geen body")
    if ("attending" in case) != (kind == "rsvp") or case.get("attending") not in (None, True, False):
        found.append("attending hoort bij een rsvp, als True of False")
    if "erase" in case and (kind != "unsubscribe" or case["erase"] not in (True, False)):
        found.append("erase hoort bij een unsubscribe, als True of False")
    themes = case.get("themes")
    if (themes is not None) != (kind == "suggestion"):
        found.append("themes hoort bij een suggestion")
    elif themes is not None and (not themes or set(themes) - THEMES):
        found.append(f"themes moet een of meer van {sorted(THEMES)} zijn")
    if case.get("quoted") is not None and case["quoted"] not in quoted:
        found.append(f"onbekende geciteerde mail {case['quoted']!r}")
    if case.get("quote", "outlook-nl") not in set(STYLES) | {"none"}:
        found.append(f"onbekende citeerstijl {case['quote']!r}")
    if case.get("thread") is not None and case["thread"] not in THREADS:
        found.append(f"onbekende draad {case['thread']!r}")
    return found


def check(name: str) -> bool:
    quoted = set(json.loads(QUOTED_MAILS.read_text(encoding="utf-8")))
    cases = sets.cases(name)
    ok = True
    for number, case in enumerate(cases):
        problems = faults(case, quoted)
        if not problems:
            try:
                build(case, number)
            except Exception as error:  # report any fault of the case, then go on
                problems.append(f"bouwt geen mail: {error}")
        for problem in problems:
            ok = False
            print(f"{name} {case.get('id', number)}: {problem}")
    ids = Counter(case.get("id") for case in cases)
    for twice in [i for i, n in ids.items() if n > 1]:
        ok = False
        print(f"{name}: id {twice!r} komt {ids[twice]} keer voor")
    kinds = Counter(case.get("kind") for case in cases)
    print(f"{name}: {len(cases)} gevallen, {dict(sorted(kinds.items()))}{'' if ok else ' - NIET IN ORDE'}")
    return ok


if __name__ == "__main__":
    names = sys.argv[1:]
    if not names:
        sys.exit("Noem een of meer sets, bijvoorbeeld: scripts/check_set.py devset105")
    results = [check(name) for name in names]  # every set, also after one with a fault
    sys.exit(0 if all(results) else 1)
