"""Choose weigh.DOUBT by leaving each development set out in turn (issue 17).

    .venv/bin/python scripts/doubt_bars.py 0.95:0.95 0.95:0.8 0.8:0.8    # LEAVING:OTHERS, one column each

For every development set: train the model on the other sets and our labelled inbound mail (as
scripts/training_data.py makes them), classify the set with each pair of bars (how sure the model must be of
another reading to stop a leave, and any other act, the rules read from words), and print acted precision, coverage
and wrongful unsubscribes; then the totals over all sets. The held-out sets take no part: they measure the choice.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import training_data

from mailservice.classify import Kind, learned, weigh
from mailservice.classify.rules import classify, model_text
from tests.classify.labelled import Built, acted, build, right


@dataclass
class Tally:
    acted: int = 0
    wrong: int = 0
    actionable: int = 0
    covered: int = 0
    wrongful: int = 0

    def add(self, other: Tally) -> None:
        for key in vars(self):
            setattr(self, key, getattr(self, key) + getattr(other, key))

    def __str__(self) -> str:
        precision = 1 - self.wrong / self.acted if self.acted else 1.0
        return (
            f"{precision:.4f} ({self.wrong} fout van {self.acted}) dekking {self.covered / self.actionable:.4f} "
            f"onterecht afgemeld {self.wrongful}"
        )


def _example(case: dict[str, Any], built: Built) -> learned.Example:
    text = model_text(built.raw, thread=training_data._lookup(built.thread))
    return learned.Example(text, learned.label_of(case["kind"], case.get("attending")), ())


def _score(cases: Sequence[tuple[dict[str, Any], Built]], model: learned.Model | None) -> Tally:
    tally = Tally()
    for case, built in cases:
        decided = classify(built.raw, thread=training_data._lookup(built.thread), reader=lambda: model)
        ok = right(case, decided)
        if acted(decided):
            tally.acted += 1
            tally.wrong += not ok
        if case["kind"] != "other":
            tally.actionable += 1
            tally.covered += ok
        tally.wrongful += decided.kind == Kind.UNSUBSCRIBE and case["kind"] != "unsubscribe"
    return tally


def main(pairs: Sequence[str]) -> int:
    bars = [tuple(float(x) for x in pair.split(":")) for pair in pairs]
    sets = training_data.development_sets()
    built = {name: [(c, build(c, i)) for i, c in enumerate(cases)] for name, cases in sets.items()}
    examples = {name: [_example(c, b) for c, b in rows] for name, rows in built.items()}
    inbound = training_data.inbound_examples()
    totals = [Tally() for _ in bars]
    for name in sets:
        rest = [e for other, rows in examples.items() if other != name for e in rows] + inbound
        model = learned.train([e for e in rest if e.label in learned.LABELS])
        line = []
        for (leaving, others), total in zip(bars, totals, strict=True):
            weigh.DOUBT, weigh.DOUBT_OTHERWISE = {"unsubscribe": leaving}, others
            tally = _score(built[name], model)
            total.add(tally)
            line.append(f"{leaving}:{others} {tally}")
        print(f"{name:9} " + " | ".join(line), flush=True)
    for (leaving, others), total in zip(bars, totals, strict=True):
        print(f"totaal {leaving}:{others} {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or ["0.95:0.95", "0.8:0.8"]))
