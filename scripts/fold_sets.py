"""Choose learned.REGULARISATION by classifying the development sets in folds of whole sets (issue 17).

    .venv/bin/python scripts/fold_sets.py 4 10 30 100     # FOLDS, then one C value each (minutes a value, two cores)

The development sets (and our labelled inbound mail) are dealt into FOLDS folds by their order. For each C, each fold
of sets is classified by the rules with a model trained on the other folds, as mail from writers the model has not met
would be; the line printed per C is the total over all folds: acted precision (wrong acts of acts), coverage,
wrongful unsubscribes and exact themes. Whole sets are left out, not random messages: a set's writers and wordings
stay apart from what the model learned, which is what the held-out sets measure. The held-out sets take no part.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import training_data

from mailservice.classify import learned
from mailservice.classify.rules import Reader
from tests.classify import sets
from tests.classify.labelled import Score, score

_ADDED = (
    "total",
    "kinds_right",
    "acted",
    "acted_wrong",
    "actionable",
    "covered",
    "wrongful_unsubscribes",
    "theme_cases",
    "themes_exact",
)


def _reader(model: learned.Model | None) -> Reader:
    return lambda: model


def _line(c: float, s: Score) -> str:
    figures = s.figures()
    return (
        f"C={c:g}: {figures['acted_precision']:.4f} ({s.acted_wrong} fout van {s.acted}) "
        f"dekking {figures['coverage']:.4f} onterecht afgemeld {s.wrongful_unsubscribes} "
        f"thema's exact {figures['themes_exact']:.4f}"
    )


def main(folds: int, values: Sequence[float]) -> int:
    found = sets.development()
    examples: dict[str, list[learned.Example]] = {}
    number = 0
    for name, cases in found.items():  # numbered as scripts/training_data.py numbers them
        examples[name] = [training_data.example_of(case, number + n) for n, case in enumerate(cases)]
        number += len(cases)
    inbound = training_data.inbound_examples()
    fold_of = {name: n % folds for n, name in enumerate(found)}
    chosen = learned.REGULARISATION
    try:
        for value in values:
            learned.REGULARISATION = value  # learned.pipeline() reads it when it builds the classifier
            total = Score()
            for fold in range(folds):
                rest = [e for name, rows in examples.items() if fold_of[name] != fold for e in rows] + inbound
                reader = _reader(learned.train([e for e in rest if e.label in learned.LABELS]))
                for name, cases in found.items():
                    if fold_of[name] == fold:
                        measured = score(cases, reader=reader)
                        for key in _ADDED:
                            setattr(total, key, getattr(total, key) + getattr(measured, key))
            print(_line(value, total), flush=True)
    finally:
        learned.REGULARISATION = chosen
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print("gebruik: scripts/fold_sets.py AANTAL-VOUWEN C [C ...]", file=sys.stderr)
        sys.exit(2)
    try:
        arguments = (int(sys.argv[1]), [float(x) for x in sys.argv[2:]])
    except ValueError:
        print("gebruik: scripts/fold_sets.py AANTAL-VOUWEN C [C ...] (getallen)", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*arguments))
