"""Fuzz the running service with malformed mail (issue 12) and a bare receiver as the floor in the same run.

    .venv/bin/python bench/fuzz.py [--n 20000] [--seed 1] [--db sqlite|postgres|both] [--connections 4]

1. Baseline: a bare aiosmtpd sink in this process (the receiver's size and line limits, no storage, no parsing)
   receives the same N messages over the same client load; its rate is the floor's.
2. For each database: starts ``mailservice run`` in a scratch folder (embedded SQLite, or a private PostgreSQL
   cluster on loopback like ``tests/servers/postgres.py``), the receiver's limit set to ``--limit``, and sends N
   cases from ``tests/security/fuzzmail.py`` (random bytes, broken MIME, deep nesting, huge headers, bad
   charsets, NUL and control bytes, raw 8-bit headers, long values, mutated real messages; every 150th over
   the limit) on several SMTP sessions, then waits until none is left 'received'.
   Checked: the process is alive and answers, every 250 is a row holding exactly the bytes sent, no 4xx, no
   broken session, and the log has no traceback except for a message ingest quarantined.

Rates: ``received_per_s`` until the last reply, ``processed_per_s`` until every message was processed; the
ratio is processed against the bare sink. A failing case is rebuilt alone with ``fuzzmail.case(seed, index,
limit)``. The last line is one JSON object with the figures; the exit status is 1 when a check failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import smtplib
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP

from mailservice.sources.receiver import LINE_LENGTH_LIMIT
from tests.e2e.process import ServiceProcess, free_port
from tests.security.fuzzmail import TO, Case, Sent, audit, case, deliver, settle
from tests.servers.postgres import BIN, _as_server_user, fresh_database

CHUNK = 1000
SIGN_UP = (
    f"From: Warm <warm.fuzz@gemeente-h.nl>\r\nTo: {TO}\r\nSubject: Aanmelden\r\nMessage-ID: <warm.fuzz@gemeente-h.nl>"
    "\r\n\r\nGraag meld ik mij aan.\r\n"
).encode()


@contextmanager
def postgres_cluster() -> Iterator[str]:
    """A throw-away cluster, started as ``tests/servers/postgres.py``'s session fixture starts one."""
    base = Path(tempfile.mkdtemp(prefix="bench-fuzz-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    port, data = free_port(), base / "pg"
    subprocess.run(_as_server_user([str(BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]),
                   check=True, capture_output=True)  # fmt: skip
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
    start = [str(BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "pg.log"), "-w", "start"]
    subprocess.run(_as_server_user(start), check=True, capture_output=True)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        stop = [str(BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
        subprocess.run(_as_server_user(stop), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


class _Sink:
    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        return "250 OK"


class _SinkSMTP(SMTP):
    line_length_limit = LINE_LENGTH_LIMIT  # as the service's receiver: long lines allowed


class _SinkController(Controller):
    def factory(self) -> SMTP:
        return _SinkSMTP(self.handler, **self.SMTP_kwargs)


def send_in_chunks(port: int, batch: list[Case], connections: int, label: str) -> list[Sent]:
    sent: list[Sent] = []
    t0 = time.perf_counter()
    for start in range(0, len(batch), CHUNK):
        sent += deliver(port, batch[start : start + CHUNK], connections)
        accepted = sum(s.outcome == "accepted" for s in sent)
        rate = len(sent) / (time.perf_counter() - t0)
        print(f"  {label}: {len(sent)}/{len(batch)} sent, {accepted} accepted, {rate:.0f}/s", flush=True)
    return sent


def bench_bare(batch: list[Case], connections: int, limit: int) -> float:
    port = free_port()
    controller = _SinkController(
        _Sink(), hostname="127.0.0.1", port=port, data_size_limit=limit, enable_SMTPUTF8=True, decode_data=False
    )
    controller.start()
    try:
        t0 = time.perf_counter()
        send_in_chunks(port, batch, connections, "bare sink")
        return len(batch) / (time.perf_counter() - t0)
    finally:
        controller.stop()


def bench_ours(db: str, batch: list[Case], connections: int, limit: int, cluster: str | None) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix=f"bench-fuzz-{db}-") as tmp:
        env = {"MAILSERVICE_RECEIVER__MAX_MESSAGE_BYTES": str(limit)}
        if cluster is not None:
            url = env["MAILSERVICE_DATABASE__URL"] = fresh_database(cluster, "fuzz")
        else:
            url = f"sqlite:///{Path(tmp) / 'var' / 'mailservice.db'}"
        service = ServiceProcess(Path(tmp), env=env).start()
        try:
            warm = deliver(service.port, [Case(-1, "warm-up", SIGN_UP, "warm.fuzz@gemeente-h.nl", False)])
            settle(url, 1)
            t0 = time.perf_counter()
            sent = send_in_chunks(service.port, batch, connections, db)
            t1 = time.perf_counter()
            accepted = sum(s.outcome == "accepted" for s in sent) + 1
            rows = settle(url, accepted, timeout=max(120.0, len(batch) / 10))
            t2 = time.perf_counter()
            alive = service.proc is not None and service.proc.poll() is None
            try:
                with smtplib.SMTP("127.0.0.1", service.port, timeout=10) as smtp:
                    answers = smtp.noop()[0] == 250
            except (smtplib.SMTPException, OSError):
                answers = False
        finally:
            exit_status = service.stop()
        result = audit([*warm, *sent], rows, service.log.read_text(errors="replace"))
        if result.missing:
            print(f"  {db}: accepted but not recorded (case indexes): {result.missing[:20]}")
        for line in result.unexplained_tracebacks[:10]:
            print(f"  {db}: traceback not of a quarantined message: {line}")
        figures = result.figures()
        ok = (
            alive
            and answers
            and exit_status == 0
            and result.lost == 0
            and result.temp_failed_4xx == 0
            and result.recorded == result.accepted
            and len(rows) == result.accepted
            and result.left_received == 0
            and not result.unexplained_tracebacks
        )
        return {
            **figures,
            "alive": alive,
            "answers": answers,
            "exit_status": exit_status,
            "ok": ok,
            "received_per_s": round(len(batch) / (t1 - t0), 1),
            "processed_per_s": round(len(batch) / (t2 - t0), 1),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--limit", type=int, default=1024 * 1024, help="the receiver's max_message_bytes")
    args = parser.parse_args()

    t = time.perf_counter()
    batch = [case(args.seed, i, args.limit) for i in range(args.n)]
    size = sum(len(c.raw) for c in batch)
    print(f"generated {args.n} cases ({size / 1e6:.0f} MB) in {time.perf_counter() - t:.1f} s", flush=True)
    baseline = bench_bare(batch, args.connections, args.limit)
    print(f"bare sink: {baseline:.0f} messages/s", flush=True)
    out: dict[str, object] = {"bench": "fuzz", "n": args.n, "seed": args.seed, "limit": args.limit}
    out["baseline_per_s"] = round(baseline, 1)
    for db in ["sqlite", "postgres"] if args.db == "both" else [args.db]:
        if db == "postgres":
            with postgres_cluster() as cluster:
                figures = bench_ours(db, batch, args.connections, args.limit, cluster)
        else:
            figures = bench_ours(db, batch, args.connections, args.limit, None)
        figures["ratio"] = round(float(figures["processed_per_s"]) / baseline, 3)  # type: ignore[arg-type]
        print(f"{db}: {json.dumps(figures)}", flush=True)
        out[db] = figures
    failed = [db for db in ("sqlite", "postgres") if db in out and not out[db]["ok"]]  # type: ignore[index]
    print(json.dumps(out))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
