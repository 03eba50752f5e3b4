"""Make the learned model's shipped examples (mailservice/classify/training.jsonl) from the labelled sets.

    .venv/bin/python scripts/training_data.py            # write the file
    .venv/bin/python scripts/training_data.py --check    # exit 1 when the file is not what the sets give
    .venv/bin/python scripts/training_data.py --measure  # 5-fold cross-validated accuracy of the choices

The examples come from the development sets the model is trained on (tests/classify/devset*/ up to
sets.LAST_TRAINED, as tests/classify/sets.py finds them) and our labelled inbound mail (tests/data/inbound/, bounces
left out: the detector reads those). Never from the held-out sets: they measure. Each example is what the model
reads at run time (rules.model_text), so training and use see the same text.
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
from tests.classify import sets  # noqa: E402
from tests.classify.labelled import build  # noqa: E402

INBOUND = REPO / "tests" / "data" / "inbound"
TARGET = REPO / "mailservice" / "classify" / learned.SHIPPED
FIGURES = REPO / "mailservice" / "classify" / learned.SHIPPED_FIGURES


def _lookup(purpose: str | None):  # type: ignore[no-untyped-def]
    return (lambda ids: ThreadMatch(purpose)) if purpose else None


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
    cases = (case for cases in sets.training().values() for case in cases)
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
            LogisticRegression(C=learned.REGULARISATION, max_iter=3000),
        ),
        "woorden 1-2": make_pipeline(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
            LogisticRegression(C=learned.REGULARISATION, max_iter=3000),
        ),
        "tekens 3-6": make_pipeline(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 6), sublinear_tf=True),
            LogisticRegression(C=learned.REGULARISATION, max_iter=3000),
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
        figures = json.loads(FIGURES.read_text(encoding="utf-8")) if FIGURES.exists() else {}
        if figures.get("examples") != learned.examples_digest(rows):
            print(f"{FIGURES} hoort niet bij deze voorbeelden: draai scripts/training_data.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"{len(rows)} voorbeelden geschreven naar {TARGET.relative_to(REPO)}")
    # the "before" of every `classify --learn` on the shipped examples alone (minutes to measure)
    measured = learned.cross_validated(rows, 5)
    figures = {"examples": learned.examples_digest(rows), "cross_validated": {"5": measured}}
    FIGURES.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    print(f"kruisvalidatie (5 delen) {measured:.3f}, geschreven naar {FIGURES.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
