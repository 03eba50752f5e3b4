"""Make the learned model's shipped examples (mailservice/classify/training.jsonl) from the labelled sets.

    .venv/bin/python scripts/training_data.py            # write the file
    .venv/bin/python scripts/training_data.py --check    # exit 1 when the file is not what the sets give
    .venv/bin/python scripts/training_data.py --measure  # 5-fold cross-validated accuracy of the choices

The examples come from the development sets (tests/classify/devset/, devset3/ to devset44/) and our labelled inbound
mail (tests/data/inbound/, bounces left out: the detector reads those). Never from the held-out sets: they measure.
Each example is what the model reads at run time (rules.model_text), so training and use see the same text.
"""

from __future__ import annotations

import json
import pathlib
import sys
from typing import Any

REPO = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from mailservice.classify import learned  # noqa: E402
from mailservice.classify.context import ThreadMatch  # noqa: E402
from mailservice.classify.rules import model_text  # noqa: E402
from tests.classify.devset.cases import CASES as DEVSET  # noqa: E402
from tests.classify.devset3.cases import CASES as DEVSET3  # noqa: E402
from tests.classify.devset4.cases import CASES as DEVSET4  # noqa: E402
from tests.classify.devset5.cases import CASES as DEVSET5  # noqa: E402
from tests.classify.devset6.cases import CASES as DEVSET6  # noqa: E402
from tests.classify.devset7.cases import CASES as DEVSET7  # noqa: E402
from tests.classify.devset8.cases import CASES as DEVSET8  # noqa: E402
from tests.classify.devset9.cases import CASES as DEVSET9  # noqa: E402
from tests.classify.devset10.cases import CASES as DEVSET10  # noqa: E402
from tests.classify.devset11.cases import CASES as DEVSET11  # noqa: E402
from tests.classify.devset12.cases import CASES as DEVSET12  # noqa: E402
from tests.classify.devset13.cases import CASES as DEVSET13  # noqa: E402
from tests.classify.devset14.cases import CASES as DEVSET14  # noqa: E402
from tests.classify.devset15.cases import CASES as DEVSET15  # noqa: E402
from tests.classify.devset16.cases import CASES as DEVSET16  # noqa: E402
from tests.classify.devset17.cases import CASES as DEVSET17  # noqa: E402
from tests.classify.devset18.cases import CASES as DEVSET18  # noqa: E402
from tests.classify.devset19.cases import CASES as DEVSET19  # noqa: E402
from tests.classify.devset20.cases import CASES as DEVSET20  # noqa: E402
from tests.classify.devset21.cases import CASES as DEVSET21  # noqa: E402
from tests.classify.devset22.cases import CASES as DEVSET22  # noqa: E402
from tests.classify.devset23.cases import CASES as DEVSET23  # noqa: E402
from tests.classify.devset24.cases import CASES as DEVSET24  # noqa: E402
from tests.classify.devset25.cases import CASES as DEVSET25  # noqa: E402
from tests.classify.devset26.cases import CASES as DEVSET26  # noqa: E402
from tests.classify.devset27.cases import CASES as DEVSET27  # noqa: E402
from tests.classify.devset28.cases import CASES as DEVSET28  # noqa: E402
from tests.classify.devset29.cases import CASES as DEVSET29  # noqa: E402
from tests.classify.devset30.cases import CASES as DEVSET30  # noqa: E402
from tests.classify.devset31.cases import CASES as DEVSET31  # noqa: E402
from tests.classify.devset32.cases import CASES as DEVSET32  # noqa: E402
from tests.classify.devset33.cases import CASES as DEVSET33  # noqa: E402
from tests.classify.devset34.cases import CASES as DEVSET34  # noqa: E402
from tests.classify.devset35.cases import CASES as DEVSET35  # noqa: E402
from tests.classify.devset36.cases import CASES as DEVSET36  # noqa: E402
from tests.classify.devset37.cases import CASES as DEVSET37  # noqa: E402
from tests.classify.devset38.cases import CASES as DEVSET38  # noqa: E402
from tests.classify.devset39.cases import CASES as DEVSET39  # noqa: E402
from tests.classify.devset40.cases import CASES as DEVSET40  # noqa: E402
from tests.classify.devset41.cases import CASES as DEVSET41  # noqa: E402
from tests.classify.devset42.cases import CASES as DEVSET42  # noqa: E402
from tests.classify.devset43.cases import CASES as DEVSET43  # noqa: E402
from tests.classify.devset44.cases import CASES as DEVSET44  # noqa: E402
from tests.classify.labelled import build  # noqa: E402

INBOUND = REPO / "tests" / "data" / "inbound"
TARGET = REPO / "mailservice" / "classify" / learned.SHIPPED


def _lookup(purpose: str | None):  # type: ignore[no-untyped-def]
    return (lambda ids: ThreadMatch(purpose)) if purpose else None


def development_sets() -> dict[str, list[dict[str, Any]]]:
    """The development sets by name, in the order their examples are written."""
    sets = [DEVSET, DEVSET3, DEVSET4, DEVSET5, DEVSET6, DEVSET7, DEVSET8, DEVSET9, DEVSET10, DEVSET11, DEVSET12]
    sets += [DEVSET13, DEVSET14, DEVSET15, DEVSET16, DEVSET17, DEVSET18, DEVSET19, DEVSET20]
    sets += [DEVSET21, DEVSET22, DEVSET23, DEVSET24]
    sets += [DEVSET25, DEVSET26, DEVSET27, DEVSET28]
    sets += [DEVSET29, DEVSET30, DEVSET31]
    sets += [DEVSET32, DEVSET33, DEVSET34, DEVSET35, DEVSET36, DEVSET37, DEVSET38]
    sets += [DEVSET39, DEVSET40, DEVSET41]
    sets += [DEVSET42, DEVSET43, DEVSET44]
    names = ["devset"] + [f"devset{n}" for n in range(3, 3 + len(sets) - 1)]
    return dict(zip(names, sets, strict=True))


def inbound_examples() -> list[learned.Example]:
    """Our labelled inbound mail (tests/data/inbound/), bounces left out: the detector reads those."""
    found = []
    for line in (INBOUND / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["kind"] == "bounce":
            continue
        raw = (INBOUND / row["file"]).read_bytes()
        text = model_text(raw, thread=_lookup(row.get("thread")))
        expect = row.get("expect", {})
        label = learned.label_of(row["kind"], expect.get("attending"))
        found.append(learned.Example(text, label, tuple(sorted(expect.get("themes", ())))))
    return [e for e in found if e.label in learned.LABELS]


def example_of(case: dict[str, Any], number: int) -> learned.Example:
    """What the model reads of a labelled case at run time, with its label and themes."""
    built = build(case, number)
    text = model_text(built.raw, thread=_lookup(built.thread))
    label = learned.label_of(case["kind"], case.get("attending"))
    return learned.Example(text, label, tuple(sorted(case.get("themes", ()))))


def examples() -> list[learned.Example]:
    cases = (case for cases in development_sets().values() for case in cases)
    found = [example_of(case, number) for number, case in enumerate(cases)]
    # an RSVP labelled without its answer teaches nothing
    return [e for e in found if e.label in learned.LABELS] + inbound_examples()


def measure(rows: list[learned.Example]) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.pipeline import make_pipeline

    texts, labels = [e.text for e in rows], [e.label for e in rows]
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    choices = {
        "gekozen (tekens 2-5 en woorden 1-2)": learned.pipeline(),
        "tekens 2-5": make_pipeline(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
            LogisticRegression(C=10, max_iter=3000),
        ),
        "woorden 1-2": make_pipeline(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), LogisticRegression(C=10, max_iter=3000)
        ),
        "tekens 3-6": make_pipeline(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 6), sublinear_tf=True),
            LogisticRegression(C=10, max_iter=3000),
        ),
    }
    for name, pipe in choices.items():
        score = cross_val_score(pipe, texts, labels, cv=folds).mean()
        print(f"{name:30} {score:.3f}")


def main() -> int:
    rows = examples()
    text = learned.dump_examples(rows)
    if "--measure" in sys.argv:
        measure(rows)
        return 0
    if "--check" in sys.argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is niet wat de gelabelde sets geven: draai scripts/training_data.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"{len(rows)} voorbeelden geschreven naar {TARGET.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
