"""Benchmark the classifier on the shared corpus against a bare stdlib parse of the same files (issue 3).

    .venv/bin/python bench/classify.py [CORPUS_DIR]

Prints messages per second for ``classify`` and for ``email.message_from_bytes(policy=default)`` + ``get_body()``
in the same run, then the ratio; the last line is one JSON object. The aim is a ratio of at least 0.5.

Then the figures of issue 17 on the labelled sets that tests/classify/sets.py finds (heldout*/, never tuned on, each
and all together as ``all_heldout``; devset*/, tuned on): kinds right, acted precision (of the messages acted on
without a person, the share acted on rightly), coverage (actionable messages handled rightly), wrongful unsubscribes
and exact themes.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import json
import os
import pathlib
import sys
import time
from collections.abc import Callable

REPO = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from mailservice.classify import classify
from tests.classify import sets
from tests.classify.labelled import score

ROUNDS = 3


def _baseline(raw: bytes) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    with contextlib.suppress(Exception):
        msg.get_body(preferencelist=("plain", "html"))  # type: ignore[attr-defined]


def _rate(fn: Callable[[bytes], object], messages: list[bytes]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):  # best of a few rounds: least disturbed by other work on the machine
        start = time.perf_counter()
        for raw in messages:
            fn(raw)
        best = min(best, time.perf_counter() - start)
    return len(messages) / best


def main() -> int:
    default = pathlib.Path(os.environ.get("MAILSERVICE_CORPUS", REPO.parent / "shared" / "corpus")) / "bounces"
    corpus = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else default
    files = sorted(corpus.glob("*.eml"))
    if not files:
        print(f"geen .eml-bestanden in {corpus}", file=sys.stderr)
        return 1
    messages = [f.read_bytes() for f in files]
    ours = _rate(classify, messages)
    baseline = _rate(_baseline, messages)
    ratio = ours / baseline
    print(f"corpus: {corpus} ({len(messages)} berichten)")
    print(f"classify:                     {ours:10.1f} berichten/s")
    print(f"message_from_bytes+get_body:  {baseline:10.1f} berichten/s")
    print(f"verhouding:                   {ratio:10.2f} (doel >= 0.5)")
    heldout = sets.heldout()
    labelled = {name: score(cases).figures() for name, cases in heldout.items()}
    labelled["all_heldout"] = score([case for cases in heldout.values() for case in cases]).figures()
    labelled |= {name: score(cases).figures() for name, cases in sets.development().items()}
    for name, figures in labelled.items():
        print(
            f"{name:11} n={figures['n']}: soorten {figures['kinds']:.3f}, "
            f"juist gehandeld {figures['acted_precision']:.3f} "
            f"({figures['wrong_acts']} fout van {figures['acted']}), dekking {figures['coverage']:.3f}, "
            f"onterecht afgemeld {figures['wrongful_unsubscribes']}, thema's exact {figures['themes_exact']:.3f}"
        )
    print(
        json.dumps(
            {
                "bench": "classify",
                "n": len(messages),
                "ours_per_s": round(ours, 1),
                "baseline_per_s": round(baseline, 1),
                "ratio": round(ratio, 3),
                **labelled,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
