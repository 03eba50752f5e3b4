"""Inbound throughput: N varied messages waiting in Dovecot, fetched and handled by ``mailservice poll --once``
(store, classify, act, file by outcome, write the answers), next to the bare floor measured in the same run:
imapclient fetching the same messages with BODY.PEEK[] plus stdlib parsing, no database.

    .venv/bin/python bench/inbound.py [--n 2000]

Messages: the labelled samples in tests/data/inbound (sign-ups, confirmations, bounces, auto-replies, ...),
each copy with its own Message-ID. The last line is one JSON object: {"bench": "inbound", ...}.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _servers import REPO, imap_env, servers

SAMPLES = REPO / "tests" / "data" / "inbound"
BATCH = 50  # the IMAP source's default batch_size


def messages(n: int) -> list[bytes]:
    samples = [p.read_bytes() for p in sorted(SAMPLES.glob("*.eml"))]
    out = []
    for i in range(n):
        raw = samples[i % len(samples)]
        mid = f"<bench{i}.{i % len(samples)}@bench.ambtelijkefusie.nl>".encode()
        raw, found = re.subn(rb"(?im)^message-id:[^\r\n]*", b"Message-ID: " + mid, raw, count=1)
        out.append(raw if found else b"Message-ID: " + mid + b"\r\n" + raw)
    return out


def load(dovecot, user: str, raws: list[bytes]) -> None:  # type: ignore[no-untyped-def]
    with dovecot.client(user) as c:
        for raw in raws:
            c.append("INBOX", raw)


def floor(dovecot, user: str) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    with dovecot.client(user) as c:
        c.select_folder("INBOX", readonly=True)
        uids = sorted(c.search(["ALL"]))
        parsed = 0
        for i in range(0, len(uids), BATCH):
            for data in c.fetch(uids[i : i + BATCH], ["BODY.PEEK[]"]).values():
                msg = email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default)
                msg.get_body(preferencelist=("plain", "html"))
                parsed += 1
    return parsed, time.perf_counter() - start


def poll(workdir: Path, env: dict[str, str]) -> tuple[float, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MAILSERVICE_")} | env
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mailservice", "poll", "--once"],
        cwd=workdir,
        env=environment,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"poll --once failed ({result.returncode}): {result.stderr[-2000:]}")
    return elapsed, result.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="mailservice-inbound-"))
    # The outgoing rate limit (Microsoft 365's 30 a minute) would hold the answers back, not time the inbound path.
    extra = {"MAILSERVICE_OUTBOUND__RATE_PER_MINUTE": "0", "MAILSERVICE_OUTBOUND__RATE_PER_DAY": "0"}
    with servers(with_postfix=False) as (dovecot, _):
        user, empty = dovecot.new_user(), dovecot.new_user()
        t = time.perf_counter()
        load(dovecot, user, messages(args.n))
        print(f"loaded {args.n} messages in {time.perf_counter() - t:.1f} s")
        parsed, floor_s = floor(dovecot, user)
        assert parsed == args.n, parsed
        # Start-up (interpreter, imports, migration, login) measured on an empty mailbox, to show it apart.
        (scratch / "warm").mkdir()
        startup_s, _ = poll(scratch / "warm", imap_env(dovecot, empty) | extra)
        (scratch / "run").mkdir()
        poll_s, out = poll(scratch / "run", imap_env(dovecot, user) | extra)
        print(out.strip())
        left = dovecot.folder_counts(user, "INBOX")["INBOX"]
        answers = len(list((scratch / "run/var/outbox/new").iterdir()))
    shutil.rmtree(scratch, ignore_errors=True)
    result = {
        "bench": "inbound",
        "n": args.n,
        "left_in_inbox": left,
        "answers_written": answers,
        "poll_once_s": round(poll_s, 2),
        "startup_s": round(startup_s, 2),
        "ours_per_s": round(args.n / poll_s, 1),
        "ours_per_s_without_startup": round(args.n / max(1e-9, poll_s - startup_s), 1),
        "floor_s": round(floor_s, 2),
        "baseline_per_s": round(args.n / floor_s, 1),
        # ours / baseline, like every bench (the floor stores and answers nothing, so well under 1 is expected)
        "ratio": round(floor_s / poll_s, 3),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
