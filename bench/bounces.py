"""Bounce detection speed: our ``detect`` against flufl.bounce's ``all_failures`` (what Mailman uses),
over the same parsed corpus messages in the same run.

    .venv/bin/python bench/bounces.py [--rounds N]

The last line is one JSON object: {"bench": "bounces", "n", "ours_per_s", "baseline_per_s", "ratio"}.
Parsing is done once up front and not timed: both sides get the same ``email.message.Message`` objects.
"""

from __future__ import annotations

import argparse
import contextlib
import email
import email.policy
import json
import os
import sys
import time
import warnings
from email.message import Message
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from mailservice.bounces import detect

POLICY = email.policy.default.clone(raise_on_defect=False)


def corpus_messages() -> list[Message]:
    root = Path(os.environ.get("MAILSERVICE_CORPUS", REPO.parent / "shared" / "corpus")).resolve()
    files = sorted((root / "bounces").glob("*.eml")) + sorted((root / "postfix-real").glob("*.eml"))
    if not files:
        raise SystemExit(f"no corpus at {root} (set MAILSERVICE_CORPUS)")
    return [email.message_from_bytes(f.read_bytes(), policy=POLICY) for f in files]


def rate(func, messages: list[Message], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for msg in messages:
            with contextlib.suppress(Exception):  # flufl.bounce raises on some real bounces; the time still counts
                func(msg)
        best = min(best, time.perf_counter() - start)
    return len(messages) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from flufl.bounce import all_failures

    messages = corpus_messages()
    warnings.simplefilter("ignore")
    ours = rate(detect, messages, args.rounds)
    baseline = rate(all_failures, messages, args.rounds)
    print(f"ours (mailservice.bounces.detect): {ours:10.1f} msg/s")
    print(f"baseline (flufl.bounce.all_failures): {baseline:10.1f} msg/s")
    print(
        json.dumps(
            {
                "bench": "bounces",
                "n": len(messages),
                "ours_per_s": round(ours, 1),
                "baseline_per_s": round(baseline, 1),
                "ratio": round(ours / baseline, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
