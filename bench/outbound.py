"""Outbound benchmark (issue 6): a personalised mailing to 10,000 members into an aiosmtpd sink that only counts.

Reported side by side, in the same run, against the same sink (a separate process):
- ours: ``enqueue_mailing`` (render + compose + store one row per member, one transaction) and then the
  sender's ``drain`` (claim, VERP, send, record), end to end, with the default SQLite settings (synchronous FULL)
  and the default render workers (mailservice.outbound.render_pool: cores - 1; they start during the first round's
  mailing, which pays for that, and stay, as in the running service);
- bare: a plain smtplib loop sending the same pre-rendered messages over one connection;
- alternating, ``--rounds`` times: ours, then bare on the rows ours just queued; the ratio is taken over all
  rounds (this shared machine's speed drifts within a minute; each round's own ratio is printed too);
- ours with DKIM on (2048-bit RSA), against the same bare figure;
- peak memory (max RSS of a fresh process, and of each render worker) of a mailing to 100,000 members:
  enqueue and, with --full, sending.

    .venv/bin/python bench/outbound.py [--members 10000] [--connections 8] [--rounds 2]
        [--memory-members 100000] [--full]

The last line is one JSON object: {"bench": "outbound", ...}.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import smtplib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select

from mailservice.app import App, build
from mailservice.outbound.mailings import enqueue_mailing
from mailservice.settings import Settings
from mailservice.store.db import transaction
from mailservice.store.models import Member, MemberStatus, OutboundMessage


# -- the sink: its own process, counts messages and nothing else ----------------------------------------------
def _sink(
    port: int, counter: multiprocessing.sharedctypes.Synchronized, ready: multiprocessing.synchronize.Event
) -> None:  # type: ignore[name-defined]
    from aiosmtpd.controller import Controller

    class Count:
        async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
            counter.value += 1  # one process, one event loop: no lock needed
            return "250 2.0.0 Ok"

    controller = Controller(Count(), hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    while True:
        time.sleep(3600)


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux /proc): shows whether the sink is the bottleneck."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


SINK_PID = 0


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- setup ----------------------------------------------------------------------------------------------------
def make_app(workdir: Path, port: int, connections: int, dkim_key: Path | None = None) -> App:
    settings = Settings(
        database={"url": f"sqlite:///{workdir / 'bench.db'}"},
        outbound={
            "transport": "smtp",
            "rate_per_minute": 0,
            "rate_per_day": 0,
            "connections": connections,
        },
        web={"public_url": "https://ambtelijkefusie.nl"},
        smtp={"host": "127.0.0.1", "port": port, "messages_per_connection": 1_000_000},
        dkim={"key_file": str(dkim_key)} if dkim_key else {},
    )
    return build(settings)


def add_members(app: App, count: int) -> None:
    now = app.clock()
    with transaction(app.factory) as session:
        for start in range(0, count, 5000):
            session.execute(
                insert(Member),
                [
                    {
                        "email": f"directeur{i}@gemeente{i % 342}.nl",
                        "name": f"Directeur {i}",
                        "status": MemberStatus.ACTIVE,
                        "role": "member",
                        "created_at": now,
                        "confirmed_at": now,
                        "updated_at": now,
                    }
                    for i in range(start, min(count, start + 5000))
                ],
            )


def context(member: Member) -> dict[str, object]:
    return {
        "name": member.name,
        "onderwerp": "Uitnodiging Leer- en inspireer-atelier 12 maart",
        "alineas": [
            "Graag nodigen wij u uit voor het volgende Leer- en inspireer-atelier, op donderdag 12 maart van 14.00 "
            "tot 17.00 uur in Utrecht. Het thema is 'Samenwerking in de regio: wat vraagt dat van de directie?'.",
            "Wilt u laten weten of u komt? Beantwoord deze e-mail met 'ja' of 'nee'.",
        ],
    }


def enqueue(app: App) -> int:
    with transaction(app.factory) as session:
        members = session.scalars(select(Member).order_by(Member.id).execution_options(yield_per=1000))
        return enqueue_mailing(session, "mededeling", members, context, outbox=app.outbox).id


def run_ours(app: App, counter, members: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    counter.value = 0
    t0 = time.perf_counter()
    mailing_id = enqueue(app)
    t1 = time.perf_counter()
    sink0, own0 = cpu_seconds(SINK_PID), time.process_time()
    app.sender.drain()
    t2 = time.perf_counter()
    assert counter.value == members, (counter.value, members)
    return {
        "mailing_id": mailing_id,
        "enqueue_s": t1 - t0,
        "send_s": t2 - t1,
        "total_s": t2 - t0,
        "msgs_per_s": members / (t2 - t0),
        "send_only_msgs_per_s": members / (t2 - t1),
        "sink_busy": (cpu_seconds(SINK_PID) - sink0) / (t2 - t1),
        "client_cpu_ms": (time.process_time() - own0) / members * 1000,
    }


def run_bare(app: App, mailing_id: int, port: int, counter, members: int) -> float:  # type: ignore[no-untyped-def]
    with app.factory() as session:
        messages = [
            (f"bounces+{r.id}@ambtelijkefusie.nl", r.to_addr, r.raw)
            for r in session.execute(
                select(OutboundMessage.id, OutboundMessage.to_addr, OutboundMessage.raw).where(
                    OutboundMessage.mailing_id == mailing_id
                )
            )
        ]
    counter.value = 0
    t0 = time.perf_counter()
    sink0, own0 = cpu_seconds(SINK_PID), time.process_time()
    with smtplib.SMTP("127.0.0.1", port, local_hostname="ambtelijkefusie.nl") as smtp:
        for envelope_from, to, raw in messages:
            smtp.sendmail(envelope_from, [to], raw)
    elapsed = time.perf_counter() - t0
    assert counter.value == members
    print(
        f"bare loop: sink busy {(cpu_seconds(SINK_PID) - sink0) / elapsed:.0%} of a core, "
        f"client {(time.process_time() - own0) / members * 1000:.2f} ms CPU per message"
    )
    return members / elapsed


def memory_child(members: int, full: bool, port: int) -> None:
    """Runs in a fresh process: enqueue (and with full, send) a mailing to ``members``; prints peak RSS in MB."""
    with tempfile.TemporaryDirectory() as tmp:
        app = make_app(Path(tmp), port, connections=4)
        add_members(app, members)
        t0 = time.perf_counter()
        enqueue(app)
        t1 = time.perf_counter()
        if full:
            app.sender.drain()
        t2 = time.perf_counter()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        pool = app.outbox.render_pool
        workers = [_peak_kb(w.process.pid) / 1024 for w in (pool._workers if pool is not None else [])]
        print(
            json.dumps(
                {
                    "peak_mb": round(peak, 1),
                    "worker_peak_mb": [round(w, 1) for w in workers],
                    "enqueue_s": round(t1 - t0, 1),
                    "send_s": round(t2 - t1, 1),
                }
            )
        )
        app.close()


def _peak_kb(pid: int) -> int:
    """Peak resident memory of a running process (VmHWM), for the render workers."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument(
        "--connections",
        type=int,
        default=8,
        help="the sender's SMTP connections (4: the sink ~90%% busy, 8: ~95%%, 12: ~97%%)",
    )
    parser.add_argument("--rounds", type=int, default=2, help="rounds of (ours, bare), alternating")
    parser.add_argument("--memory-members", type=int, default=100_000)
    parser.add_argument("--full", action="store_true", help="also send the 100,000 (takes minutes)")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child, args.full, args.port)
        return

    port = free_port()
    counter = multiprocessing.Value("l", 0, lock=False)
    ready = multiprocessing.Event()
    sink = multiprocessing.Process(target=_sink, args=(port, counter, ready), daemon=True)
    sink.start()
    ready.wait(10)
    global SINK_PID
    SINK_PID = sink.pid or 0
    result: dict[str, object] = {"bench": "outbound", "members": args.members, "connections": args.connections}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            from cryptography.hazmat.primitives import serialization
            from cryptography.hazmat.primitives.asymmetric import rsa

            key = Path(tmp) / "dkim.pem"
            key.write_bytes(
                rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
                    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                )
            )
            app = make_app(Path(tmp), port, args.connections)
            add_members(app, args.members)
            # Rounds of (ours, bare), each bare loop sending the rows ours just queued: this shared machine's
            # speed drifts by a fifth within a minute, and alternating keeps that drift out of the ratio.
            ours_runs: list[dict[str, float]] = []
            bare_runs: list[float] = []
            for _ in range(args.rounds):
                ours_runs.append(run_ours(app, counter, args.members))
                bare_runs.append(run_bare(app, int(ours_runs[-1]["mailing_id"]), port, counter, args.members))
            app.close()
            signed_app = make_app(Path(tmp), port, args.connections, dkim_key=key)
            signed = run_ours(signed_app, counter, args.members)
            signed_app.close()
        # Over all rounds: messages over total time (the same number of messages in each round).
        bare = len(bare_runs) / sum(1 / b for b in bare_runs)
        ours = {
            k: sum(r[k] for r in ours_runs) / len(ours_runs)
            for k in ("enqueue_s", "send_s", "total_s", "sink_busy", "client_cpu_ms")
        }
        ours["msgs_per_s"] = args.members / ours["total_s"]
        ours["send_only_msgs_per_s"] = args.members / ours["send_s"]
        for i, (o, b) in enumerate(zip(ours_runs, bare_runs, strict=True), 1):
            print(
                f"round {i}: ours {o['msgs_per_s']:6.0f} msgs/s"
                f" (enqueue {o['enqueue_s']:.2f} s, send {o['send_s']:.2f} s),"
                f" bare {b:6.0f} msgs/s, ratio {o['msgs_per_s'] / b:.2f}"
            )
        print(f"bare smtplib loop, 1 connection, pre-rendered: {bare:8.0f} msgs/s")
        for label, r in (("ours", ours), ("ours + DKIM", signed)):
            print(
                f"{label:12s} end to end: {r['msgs_per_s']:8.0f} msgs/s  ratio {r['msgs_per_s'] / bare:.2f}   "
                f"(enqueue {r['enqueue_s']:.1f} s, send {r['send_s']:.1f} s = {r['send_only_msgs_per_s']:.0f} msgs/s,"
                f" send-only ratio {r['send_only_msgs_per_s'] / bare:.2f}; sink busy {r['sink_busy']:.0%},"
                f" client {r['client_cpu_ms']:.2f} ms CPU per message)"
            )
        result |= {
            "rounds": args.rounds,
            "round_ratios": [round(o["msgs_per_s"] / b, 2) for o, b in zip(ours_runs, bare_runs, strict=True)],
            "bare_msgs_per_s": round(bare),
            "ours_msgs_per_s": round(ours["msgs_per_s"]),
            "ratio": round(ours["msgs_per_s"] / bare, 2),
            "ours_send_only_msgs_per_s": round(ours["send_only_msgs_per_s"]),
            "send_only_ratio": round(ours["send_only_msgs_per_s"] / bare, 2),
            "enqueue_s": round(ours["enqueue_s"], 2),
            "send_s": round(ours["send_s"], 2),
            "dkim_msgs_per_s": round(signed["msgs_per_s"]),
            "dkim_ratio": round(signed["msgs_per_s"] / bare, 2),
            "dkim_send_only_ratio": round(signed["send_only_msgs_per_s"] / bare, 2),
            "sink_busy_ours": round(ours["sink_busy"], 2),
            "client_cpu_ms_per_msg": round(ours["client_cpu_ms"], 2),
        }
        if args.memory_members:
            child = subprocess.run(
                [sys.executable, __file__, "--memory-child", str(args.memory_members), "--port", str(port)]
                + (["--full"] if args.full else []),
                capture_output=True,
                text=True,
                check=True,
            )
            mem = json.loads(child.stdout.strip().splitlines()[-1])
            print(
                f"peak memory at {args.memory_members} members ({'enqueue + send' if args.full else 'enqueue'}): "
                f"{mem['peak_mb']} MB, render workers {mem['worker_peak_mb']} MB (enqueue {mem['enqueue_s']} s)"
            )
            result |= {
                "memory_members": args.memory_members,
                "peak_mb": mem["peak_mb"],
                "worker_peak_mb": mem["worker_peak_mb"],
                "memory_mode": "enqueue+send" if args.full else "enqueue",
            }
    finally:
        sink.kill()
    result["cpus"] = os.cpu_count()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
