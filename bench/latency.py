"""Latency from submission to our answer: a sign-up sent to Postfix, until the confirmation is written to the
service's outbox (the embedded Maildir transport), with ``mailservice run`` as a real process.

    .venv/bin/python bench/latency.py [--n 50]

Two routes, one message at a time:
  imap_idle: Postfix -> Dovecot (LMTP) -> the service's IMAP source, woken by IDLE. Aim: p95 < 1.0 s
             (Dovecot batches IDLE notifications by about 0.5 s; polling every 30 s would be the naive design).
  lmtp:      Postfix -> the service's LMTP receiver directly.                         Aim: p95 < 0.1 s
The time is taken from just before smtplib submits to the outbox file's mtime.
The last line is one JSON object: {"bench": "latency", ...}.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from _servers import imap_env, servers

from tests.e2e.process import ServiceProcess
from tests.servers.postfix import Postfix
from tests.support import mail

# The outgoing rate limit (Microsoft 365's 30 a minute) would time the limiter, not the inbound path.
NO_RATE_LIMIT = {"MAILSERVICE_OUTBOUND__RATE_PER_MINUTE": "0"}


def measure(proc: ServiceProcess, postfix: Postfix, to: str, n: int, tag: str) -> list[float]:
    latencies = []
    outbox = proc.outbox
    for i in range(n):
        before = len(list(outbox.iterdir())) if outbox.exists() else 0
        sender = f"{tag}{i}@gemeente-bench.nl"
        raw = mail(sender=sender, msgid=f"<{tag}{i}.{time.time_ns()}@gemeente-bench.nl>")
        start = time.time()
        postfix.send(raw, to, sender=sender)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            files = list(outbox.iterdir()) if outbox.exists() else []
            if len(files) > before:
                break
            time.sleep(0.002)
        else:
            raise SystemExit(f"{tag}: no answer to message {i} within 30 s; see {proc.log}")
        newest = max(f.stat().st_mtime for f in files)
        latencies.append(newest - start)
    return latencies


def summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median_s": round(statistics.median(ordered), 4),
        "p95_s": round(ordered[max(0, int(len(ordered) * 0.95 + 0.5) - 1)], 4),
        "max_s": round(ordered[-1], 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=50)
    args = parser.parse_args()
    result: dict[str, object] = {"bench": "latency", "n": args.n}
    scratch = tempfile.mkdtemp(prefix="mailservice-latency-")  # kept on failure, for the logs
    with servers() as (dovecot, postfix):
        assert postfix is not None
        user = dovecot.new_user()
        env = (
            imap_env(dovecot, user) | NO_RATE_LIMIT | {"MAILSERVICE_IMAP__POLL_SECONDS": "600"}
        )  # only IDLE is this quick
        proc = ServiceProcess(Path(scratch) / "imap", env=env)
        proc.workdir.mkdir()
        proc.start()
        try:
            time.sleep(0.5)  # connected and idling
            idle = measure(proc, postfix, user, args.n, "idle")
        finally:
            proc.stop()
        result["imap_idle"] = summary(idle) | {"aim_p95_s": 1.0}
        print(f"imap_idle: {result['imap_idle']}")

        lmtp = ServiceProcess(Path(scratch) / "lmtp", port=postfix.lmtp_port, env=NO_RATE_LIMIT)
        lmtp.workdir.mkdir()
        lmtp.start(MAILSERVICE_RECEIVER__PROTOCOL="lmtp")
        try:
            direct = measure(lmtp, postfix, "info@ambtelijkefusie.nl", args.n, "lmtp")
        finally:
            lmtp.stop()
        result["lmtp"] = summary(direct) | {"aim_p95_s": 0.1}
        print(f"lmtp: {result['lmtp']}")
    shutil.rmtree(scratch, ignore_errors=True)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
