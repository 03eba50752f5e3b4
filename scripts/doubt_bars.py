"""Choose weigh.DOUBT by leaving each development set out in turn (issue 17).

    .venv/bin/python scripts/doubt_bars.py 0.95:0.95 0.95:0.8 0.8:0.8    # LEAVING:OTHERS, one column each
    .venv/bin/python scripts/doubt_bars.py 0.8:0.8:0.6 0.8:0.8:0.7       # and the bar to act alone (weigh.ADOPT)
    .venv/bin/python scripts/doubt_bars.py 0.8:0.8:0.6:0.85 0.8:0.8:0.6:2  # and to ask about leaving (2: never)

For every development set: train the model on the other sets and our labelled inbound mail (as
scripts/training_data.py makes them), classify the set with each pair of bars (how sure the model must be of
another reading to stop a leave, and any other act, the rules read from words; optionally how sure it must be to act
where no rule fired), and print acted precision, coverage and wrongful unsubscribes; then the totals over all sets.
The held-out sets take no part: they measure the choice.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import training_data

from mailservice.classify import learned, weigh
from mailservice.classify.rules import Reader
from tests.classify import sets
from tests.classify.labelled import Score, score


def _reader(model: learned.Model | None) -> Reader:
    return lambda: model


def _line(s: Score) -> str:
    precision = 1 - s.acted_wrong / s.acted if s.acted else 1.0
    return (
        f"{precision:.4f} ({s.acted_wrong} fout van {s.acted}) dekking {s.covered / s.actionable:.4f} "
        f"onterecht afgemeld {s.wrongful_unsubscribes}"
    )


def main(pairs: Sequence[str]) -> int:
    bars = [tuple(float(x) for x in pair.split(":")) for pair in pairs]
    adopt = dict(weigh.ADOPT)
    found = sets.development()
    examples = {name: [training_data.example_of(c, n) for n, c in enumerate(cases)] for name, cases in found.items()}
    inbound = training_data.inbound_examples()
    totals = [Score() for _ in bars]
    for name, cases in found.items():
        rest = [e for other, rows in examples.items() if other != name for e in rows] + inbound
        model = learned.train([e for e in rest if e.label in learned.LABELS])
        reader = _reader(model)
        line = []
        for bar, total in zip(bars, totals, strict=True):
            weigh.DOUBT, weigh.DOUBT_OTHERWISE = {"unsubscribe": bar[0]}, bar[1]
            table = {label: (bar[2], threads) for label, (_, threads) in adopt.items()} if len(bar) > 2 else dict(adopt)
            table["unsubscribe"] = (bar[3], None) if len(bar) > 3 else adopt["unsubscribe"]
            weigh.ADOPT = table
            found = score(cases, reader=reader)
            for key in ("acted", "acted_wrong", "actionable", "covered", "wrongful_unsubscribes"):
                setattr(total, key, getattr(total, key) + getattr(found, key))
            line.append(f"{':'.join(map(str, bar))} {_line(found)}")
        print(f"{name:9} " + " | ".join(line), flush=True)
    for bar, total in zip(bars, totals, strict=True):
        print(f"totaal {':'.join(map(str, bar))} {_line(total)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or ["0.95:0.95", "0.8:0.8"]))
