"""An AVG erasure (mailservice.casework.privacy.erase) on a database with many stored messages, against the least
any erasure must do: read every stored raw message once and look for the person's address in it.

The erasure also decodes each message (quoted-printable, base64, RFC 2047) to find the person where a literal
search cannot, rewrites what names them, deletes their own rows and searches every text column of every table.
The database: ``--members`` members, each with ``--messages-per-member`` stored messages in (about 2 kB, half of them
quoted-printable) and as many out; one member is erased per round, a fresh copy of the database each round.

    .venv/bin/python bench/erasure.py [--members 500] [--messages-per-member 10] [--rounds 3]

The last line is one JSON object: {"bench": "erasure", ...}.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailservice import audit
from mailservice.app import build
from mailservice.casework import privacy
from mailservice.store.models import InboundMessage, Member, MemberStatus, OutboundMessage
from tests.support import FakeClock, make_settings

TEXT = (
    "Beste secretariaat,\n\nGraag denk ik mee over het thema samenwerking tussen de deelnemende gemeenten. "
    "Wij hebben goede ervaringen met een gezamenlijke agenda. "
) * 12


def _raw(sender: str, name: str, i: int, qp: bool) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>"
    msg["To"] = "info@ambtelijkefusie.nl"
    msg["Subject"] = f"Bericht {i}"
    msg["Message-ID"] = f"<b{i}.{sender}>"
    msg.set_content(TEXT + f"\nMet vriendelijke groet,\n{name}\n", cte="quoted-printable" if qp else "7bit")
    return msg.as_bytes()


def build_database(folder: Path, members: int, per_member: int) -> Path:
    clock = FakeClock()
    app = build(make_settings(folder), clock=clock)
    now = clock()
    with app.factory() as s, s.begin():
        for m in range(members):
            address, name = f"lid{m}@gemeente-{m % 40}.nl", f"Directeur Nummer{m}"
            member = Member(
                email=address, name=name, status=MemberStatus.ACTIVE, created_at=now, confirmed_at=now,
                updated_at=now, role="member",
            )  # fmt: skip
            s.add(member)
            for i in range(per_member):
                raw = _raw(address, name, m * per_member + i, qp=i % 2 == 0)
                s.add(
                    InboundMessage(
                        received_at=now - timedelta(days=i), source="bench", sha256=f"{m}-{i}", size=len(raw),
                        raw=raw, status="handled", sender=address, subject=f"Bericht {i}",
                    )
                )  # fmt: skip
                s.add(
                    OutboundMessage(
                        created_at=now, purpose="welkom", to_addr=address, subject="Welkom", raw=raw,
                        message_id=f"<o{m}.{i}@ambtelijkefusie.nl>", status="sent", next_attempt_at=now,
                        member=member,
                    )
                )  # fmt: skip
    app.close()
    return folder / "mailservice.db"


def erase_once(db: Path, work: Path, target: str) -> float:
    shutil.copy(db, work / "mailservice.db")
    app = build(make_settings(work), clock=FakeClock(datetime(2026, 11, 3, tzinfo=UTC)))
    with app.factory() as s, s.begin():
        member = s.scalars(select(Member).where(Member.email == target)).one()
        start = time.perf_counter()
        privacy.erase(s, app.ingest.env, audit.CLI, member, how="bench")
        s.flush()
        took = time.perf_counter() - start
    app.close()
    return took


def scan_once(db: Path, work: Path, target: str) -> float:
    shutil.copy(db, work / "mailservice.db")
    app = build(make_settings(work), clock=FakeClock())
    needle = target.encode()
    with app.factory() as s:
        start = time.perf_counter()
        found = 0
        for model in (InboundMessage, OutboundMessage):
            for (raw,) in s.execute(select(model.raw).execution_options(yield_per=200)):
                found += needle in bytes(raw).lower()
        took = time.perf_counter() - start
    app.close()
    assert found
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--messages-per-member", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "db").mkdir()
        db = build_database(base / "db", args.members, args.messages_per_member)
        ours, bare = [], []
        for r in range(args.rounds):
            target = f"lid{r * 7 % args.members}@gemeente-{r * 7 % args.members % 40}.nl"
            for side, into in ((erase_once, ours), (scan_once, bare)) if r % 2 == 0 else (
                (scan_once, bare), (erase_once, ours)):  # fmt: skip
                work = base / f"w{r}{side.__name__}"
                work.mkdir()
                into.append(side(db, work, target))
        stored = 2 * args.members * args.messages_per_member
        result = {
            "bench": "erasure",
            "stored_messages": stored,
            "erase_s": round(statistics.median(ours), 3),
            "baseline_scan_s": round(statistics.median(bare), 3),
            "ratio": round(statistics.median(ours) / statistics.median(bare), 2),
        }
        print(f"erase one member among {stored} stored messages: {result['erase_s']} s")
        print(f"bare scan of every raw message: {result['baseline_scan_s']} s")
        print(json.dumps(result))


if __name__ == "__main__":
    main()
