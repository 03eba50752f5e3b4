"""Sign-ups end to end through the running service, and a bare receiver as the floor in the same run.

    .venv/bin/python bench/signups.py [--n 300] [--latency 50] [--connections 8]

1. Starts ``mailservice run`` on embedded defaults (SQLite with synchronous=FULL, Maildir outbox) in a
   scratch folder, sends N sign-ups from different addresses over SMTP (several client connections), and
   times until all N confirmations are in var/outbox/new.
2. Sends one sign-up at a time, ``--latency`` times: from the start of the SMTP transaction to the
   confirmation file appearing (median and p95).
3. Baseline: a bare aiosmtpd server in this process that writes each received message straight into a
   Maildir (no database, no parsing): the same client load, the same count.

For comparison (measured on this kind of machine, not in this run): GNU Mailman 3 handles 5.4 sign-ups/s
with p95 2.2 s from delivery to confirmation. Aim: >= 110/s and p95 < 0.1 s.
The last line is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import mailbox
import os
import smtplib
import statistics
import sys
import tempfile
import threading
import time
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiosmtpd.controller import Controller

from tests.e2e.process import ServiceProcess, free_port


def signup(i: int, tag: str) -> tuple[str, bytes]:
    sender = f"directeur{i}.{tag}@gemeente-{i % 59}.nl"
    msg = EmailMessage()
    msg["From"] = f"Directeur {i} <{sender}>"
    msg["To"] = "info@ambtelijkefusie.nl"
    msg["Subject"] = "Aanmelden"
    msg["Message-ID"] = f"<{tag}.{i}@gemeente-{i % 59}.nl>"
    msg.set_content(
        "Goedemiddag,\n\nGraag meld ik mij aan voor het netwerk van directeuren.\n\n"
        f"Met vriendelijke groet,\nDirecteur {i}\nWerkorganisatie {i % 59}\n"
    )
    return sender, msg.as_bytes()


def send_all(port: int, messages: list[tuple[str, bytes]], connections: int) -> None:
    chunks = [messages[i::connections] for i in range(connections)]

    def worker(chunk: list[tuple[str, bytes]]) -> None:
        with smtplib.SMTP("127.0.0.1", port, timeout=60) as smtp:
            for sender, raw in chunk:
                smtp.sendmail(sender, ["info@ambtelijkefusie.nl"], raw)

    threads = [threading.Thread(target=worker, args=(c,)) for c in chunks if c]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def count(folder: Path) -> int:
    try:
        return len(os.listdir(folder))
    except FileNotFoundError:
        return 0


def wait_for(folder: Path, n: int, timeout: float = 120.0, every: float = 0.0005) -> float:
    """When ``n`` files are in ``folder``. Throughput runs look every 10 ms: listing a growing folder every
    0.5 ms would take a core away from the service on a 2-core machine (at most 10 ms on seconds of run)."""
    deadline = time.perf_counter() + timeout
    while count(folder) < n:
        if time.perf_counter() > deadline:
            raise SystemExit(f"timed out: {count(folder)} of {n} in {folder}")
        time.sleep(every)
    return time.perf_counter()


class _BareHandler:
    """The floor: take the message and write a reply-sized file into a Maildir. No DB, no parsing."""

    def __init__(self, path: Path) -> None:
        self.box = mailbox.Maildir(path, create=True)
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        with self.lock:
            self.box.add(envelope.original_content)
        return "250 OK"


def bench_ours(n: int, latency_n: int, connections: int) -> tuple[float, list[float]]:
    with tempfile.TemporaryDirectory(prefix="bench-signups-") as tmp:
        proc = ServiceProcess(Path(tmp), env={"MAILSERVICE_LOG__LEVEL": "WARNING"}).start()
        try:
            outbox = Path(tmp) / "var" / "outbox" / "new"
            # Warm up: one sign-up, so start-up costs are not counted.
            send_all(proc.port, [signup(0, "warm")], 1)
            wait_for(outbox, 1)
            messages = [signup(i, "bulk") for i in range(n)]
            t0 = time.perf_counter()
            send_all(proc.port, messages, connections)
            t1 = wait_for(outbox, n + 1, every=0.01)
            rate = n / (t1 - t0)
            latencies = []
            have = n + 1
            with smtplib.SMTP("127.0.0.1", proc.port, timeout=60) as smtp:
                for i in range(latency_n):
                    sender, raw = signup(i, "lat")
                    start = time.perf_counter()
                    smtp.sendmail(sender, ["info@ambtelijkefusie.nl"], raw)
                    have += 1
                    latencies.append(wait_for(outbox, have) - start)
        finally:
            proc.stop()
    return rate, latencies


def bench_bare(n: int, connections: int) -> float:
    with tempfile.TemporaryDirectory(prefix="bench-bare-") as tmp:
        port = free_port()
        controller = Controller(_BareHandler(Path(tmp) / "box"), hostname="127.0.0.1", port=port)
        controller.start()
        try:
            messages = [signup(i, "bare") for i in range(n)]
            t0 = time.perf_counter()
            send_all(port, messages, connections)
            t1 = wait_for(Path(tmp) / "box" / "new", n, every=0.01)
        finally:
            controller.stop()
    return n / (t1 - t0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--latency", type=int, default=50)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()

    baseline = bench_bare(args.n, args.connections)
    ours, latencies = bench_ours(args.n, args.latency, args.connections)
    latencies.sort()
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    median = statistics.median(latencies)
    print(f"ours: {ours:.1f} sign-ups/s; bare receiver floor: {baseline:.1f}/s; ratio {ours / baseline:.3f}")
    print(f"latency (one at a time, n={len(latencies)}): median {median * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms")
    print("GNU Mailman 3 on this kind of machine (not this run): 5.4/s, p95 2.2 s")
    print(
        json.dumps(
            {
                "bench": "signups",
                "n": args.n,
                "ours_per_s": round(ours, 1),
                "baseline_per_s": round(baseline, 1),
                "ratio": round(ours / baseline, 3),
                "latency_n": len(latencies),
                "latency_median_s": round(median, 4),
                "latency_p95_s": round(p95, 4),
                "mailman3_per_s": 5.4,
                "mailman3_p95_s": 2.2,
            }
        )
    )


if __name__ == "__main__":
    main()
