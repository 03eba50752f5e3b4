"""The member pages under load (issue 13): ``mailservice run`` as a real process, requests over loopback.

    .venv/bin/python bench/web.py [--n 2000] [--clients 4]

Three routes, ``--n`` requests each over keep-alive connections: a tenth to warm up, half of the rest one at a
time (the latency a member meets: p50, p95), the other half from ``--clients`` threads at once (throughput):
  baseline:       GET /stijl.css, a static file through the same server and middleware (no database).
  confirm_get:    GET /bevestigen/<token> of a pending sign-up: the hashed token looked up, the page rendered.
  one_click_post: POST /afmelden/<token> with RFC 8058's body, each to another member: the unsubscribe written
                  (member, confirmations, event, goodbye mail, in one transaction on SQLite with synchronous=FULL).
Aim: p95 under 20 ms for the two token routes on this machine. Then the console's member list (issue 14) over
``--members`` members (default 5,000): the first page, a search with a filter, the last page; aim under 200 ms.
And the console's second half (issue 15) over those members and ``--bounces`` bounce events (default 20,000) spread
over a year: the Overzicht (a quarter, a year), the bounce log (first page, filtered) and Verzending; aim under 300 ms.
The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select, update

from mailservice import accounts, audit, tokens
from mailservice.app import build
from mailservice.outbound import links
from mailservice.settings import Settings
from mailservice.store.db import transaction
from mailservice.store.models import BounceEvent, Confirmation, Member, MemberStatus
from tests.e2e.process import ServiceProcess

Request = tuple[str, str, bytes | None, dict[str, str]]


def prepare(workdir: Path, n: int) -> tuple[list[str], list[str]]:
    """n pending sign-ups with their confirmation reference, n members with an unsubscribe link."""
    settings = Settings(database={"url": f"sqlite:///{workdir / 'var' / 'mailservice.db'}"})
    (workdir / "var").mkdir(parents=True, exist_ok=True)
    app = build(settings)
    now = app.clock()
    confirm, unsubscribe = [], []
    with transaction(app.factory) as session:
        for i in range(n):
            pending = Member(
                email=f"p{i}@gemeente.example", status=MemberStatus.PENDING, created_at=now, updated_at=now
            )
            token = tokens.generate()
            session.add(
                Confirmation(
                    member=pending, token_hash=tokens.digest(token), created_at=now, expires_at=now + timedelta(days=14)
                )
            )
            confirm.append(token)
            active = Member(
                email=f"a{i}@gemeente.example",
                status=MemberStatus.ACTIVE,
                created_at=now,
                updated_at=now,
                confirmed_at=now,
            )
            session.add(active)
            session.flush()
            link, row = links.issue(active.id, links.UNSUBSCRIBE, now, 365)
            links.store(session, [row])
            unsubscribe.append(link)
    app.close()
    return confirm, unsubscribe


CONSOLE_PASSWORD = "bench wachtwoord 1234"


def prepare_console(workdir: Path, members: int) -> None:
    """Members up to ``members`` in all, with names and organisations to search, and a console account."""
    settings = Settings(
        database={"url": f"sqlite:///{workdir / 'var' / 'mailservice.db'}"},
        console={"password_time_cost": 1, "password_memory_kib": 1024},
    )
    app = build(settings)
    now = app.clock()
    with transaction(app.factory) as session:
        present = session.scalar(select(func.count()).select_from(Member)) or 0
        for i in range(max(members - present, 0)):
            session.add(
                Member(
                    email=f"lid{i}@gemeente-{i % 97}.example",
                    name=f"Directeur {i}",
                    organisation=f"Werkorganisatie {i % 211}",
                    status=MemberStatus.ACTIVE if i % 7 else MemberStatus.UNSUBSCRIBED,
                    created_at=now,
                    updated_at=now,
                    confirmed_at=now,
                )
            )
        accounts.create(
            session, settings.console, "bench", "Bench", "secretariaat", CONSOLE_PASSWORD, actor=audit.CLI, now=now
        )
    app.close()


def prepare_monitoring(workdir: Path, bounces: int) -> None:
    """Members who joined over the last year (some left since), and ``bounces`` bounce events spread over that year,
    hard, soft and delayed, most of them attributed to a member."""
    settings = Settings(database={"url": f"sqlite:///{workdir / 'var' / 'mailservice.db'}"})
    app = build(settings)
    now = app.clock()
    with transaction(app.factory) as session:
        ids = list(session.scalars(select(Member.id).where(Member.email.like("lid%"))))
        for i, member_id in enumerate(ids):
            joined = now - timedelta(days=365 - i % 365)
            left = joined + timedelta(days=30) if i % 7 == 0 else None
            session.execute(update(Member).where(Member.id == member_id).values(confirmed_at=joined, left_at=left))
        kinds = ("hard", "soft", "soft", "delayed")
        session.execute(
            insert(BounceEvent),
            [
                {
                    "at": now - timedelta(minutes=26 * i),  # 20,000 events: back about a year
                    "kind": "dsn",
                    "member_id": ids[i % len(ids)] if i % 10 else None,
                    "address": f"lid{i % len(ids)}@gemeente-{i % 97}.example",
                    "status": "5.1.1" if i % 4 == 0 else "4.2.2",
                    "diagnostic": "smtp; 550 5.1.1 User unknown" if i % 4 == 0 else "smtp; 452 4.2.2 Mailbox full",
                    "severity": kinds[i % 4],
                    "reason": "userunknown" if i % 4 == 0 else "mailboxfull",
                    "layer": "verp/rfc3464",
                    "attributed_by": "verp" if i % 10 else None,
                    "scored_at": now,
                }
                for i in range(bounces)
            ],
        )
    app.close()


def console_session(port: int) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/beheer/inloggen")
    page = conn.getresponse()
    page.read()
    csrf = page.getheader("set-cookie", "").split("csrf=", 1)[1].split(";", 1)[0]
    body = f"csrf={csrf}&gebruikersnaam=bench&wachtwoord={CONSOLE_PASSWORD.replace(' ', '+')}".encode()
    headers = {"content-type": "application/x-www-form-urlencoded", "cookie": f"csrf={csrf}"}
    conn.request("POST", "/beheer/inloggen", body=body, headers=headers)
    reply = conn.getresponse()
    reply.read()
    conn.close()
    return reply.getheader("set-cookie", "").split("beheer=", 1)[1].split(";", 1)[0]


def load(port: int, requests: list[Request], clients: int) -> dict[str, float]:
    """Run the requests from ``clients`` threads (one keep-alive connection each); latency per request."""
    latencies: list[float] = []
    lock = threading.Lock()
    failures = []

    def worker(share: list[Request]) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        for method, path, body, headers in share:
            started = time.perf_counter()
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            mine.append(time.perf_counter() - started)
            if response.status != 200:
                failures.append(response.status)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker, args=(requests[i::clients],)) for i in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    assert not failures, f"{len(failures)} requests failed: {sorted(set(failures))}"
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "rps": round(len(ordered) / elapsed, 1),
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--members", type=int, default=5000, help="members in all, for the console's list")
    parser.add_argument("--bounces", type=int, default=20000, help="bounce events, for the overview and the log")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-web-"))
    try:
        confirm, unsubscribe = prepare(scratch, args.n)
        prepare_console(scratch, args.members)
        prepare_monitoring(scratch, args.bounces)
        proc = ServiceProcess(
            scratch,
            env={
                # The benchmark is one client address: the per-client limit would time the 429 page.
                "MAILSERVICE_WEB__REQUESTS_PER_MINUTE": str(10 * args.n),
                "MAILSERVICE_LOG__LEVEL": "WARNING",
            },
        ).start()
        try:
            form = {"content-type": "application/x-www-form-urlencoded"}
            routes: dict[str, Callable[[], list[Request]]] = {
                "baseline": lambda: [("GET", "/stijl.css", None, {})] * args.n,
                "confirm_get": lambda: [("GET", f"/bevestigen/{t}", None, {}) for t in confirm],
                "one_click_post": lambda: [
                    ("POST", f"/afmelden/{t}", b"List-Unsubscribe=One-Click", form) for t in unsubscribe
                ],
            }
            result: dict[str, object] = {"bench": "web", "n": args.n, "clients": args.clients}
            warm = max(50, args.n // 10)
            half = (args.n - warm) // 2
            for name, make in routes.items():
                requests = make()  # the one-click route acts once per member: each part gets its own members
                load(proc.web_port, requests[:warm], args.clients)
                # Latency as a member meets it: one request at a time; then throughput with --clients at once.
                alone = load(proc.web_port, requests[warm : warm + half], 1)
                together = load(proc.web_port, requests[warm + half :], args.clients)
                result[name] = {
                    "p50_ms": alone["p50_ms"],
                    "p95_ms": alone["p95_ms"],
                    "rps_1_client": alone["rps"],
                    f"rps_{args.clients}_clients": together["rps"],
                    f"p95_ms_{args.clients}_clients": together["p95_ms"],
                }
            result["aim_p95_ms"] = 20
            # Issue 14: the console's member list over --members members, whole and filtered, one request at a time.
            session = {"cookie": f"beheer={console_session(proc.web_port)}"}
            lists: dict[str, str] = {
                "console_members": "/beheer/leden",
                "console_members_search": "/beheer/leden?q=werkorganisatie+17&status=active",
                "console_members_last_page": "/beheer/leden?pagina=40",
            }
            for name, path in lists.items():
                requests = [("GET", path, None, session)] * 200
                load(proc.web_port, requests[:20], 1)
                measured = load(proc.web_port, requests, 1)
                result[name] = {"p50_ms": measured["p50_ms"], "p95_ms": measured["p95_ms"]}
            result["console_members_total"] = args.members
            result["console_aim_ms"] = 200
            # Issue 15: the overview, the bounce log and the outbox over --members members and --bounces events.
            pages: dict[str, str] = {
                "console_overview": "/beheer/overzicht",
                "console_overview_year": "/beheer/overzicht?weken=52",
                "console_bounces": "/beheer/bounces",
                "console_bounces_filtered": "/beheer/bounces?soort=hard&organisatie=werkorganisatie+17",
                "console_outbox": "/beheer/verzending",
            }
            for name, path in pages.items():
                requests = [("GET", path, None, session)] * 100
                load(proc.web_port, requests[:10], 1)
                measured = load(proc.web_port, requests, 1)
                result[name] = {"p50_ms": measured["p50_ms"], "p95_ms": measured["p95_ms"]}
            result["console_bounce_events"] = args.bounces
            result["console_overview_aim_ms"] = 300
            for name in ("baseline", "confirm_get", "one_click_post", *lists, *pages):
                print(f"{name}: {result[name]}")
        finally:
            proc.stop()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
