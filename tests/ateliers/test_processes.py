"""Real ``mailservice run`` processes on one database: two at once send each mailing once; a restart after
the send time sends within the grace period and reports beyond it. Real time, so the scheduler ticks fast."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.process import ServiceProcess, free_port
from tests.e2e.test_service import send
from tests.support import mail

pytestmark = pytest.mark.slow

FAST = {
    "MAILSERVICE_SCHEDULER__TICK_SECONDS": "0.3",
    "MAILSERVICE_SCHEDULER__LEASE_SECONDS": "3",
    "MAILSERVICE_SCHEDULER__DIGEST": "false",
}
MEMBERS = ["a.jansen@gemeente-a.nl", "b.bakker@gemeente-b.nl", "c.visser@gemeente-c.nl"]


def cli(workdir: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "mailservice", *args], cwd=workdir, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _subjects(proc: ServiceProcess, prefix: str) -> list[str]:
    return [m["To"] for m in proc.outbox_messages() if m["Subject"].startswith(prefix)]


def _wait(proc: ServiceProcess, prefix: str, count: int, timeout: float = 20) -> list[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = _subjects(proc, prefix)
        if len(found) >= count:
            return found
        time.sleep(0.05)
    raise AssertionError(f"{prefix}: {len(_subjects(proc, prefix))} of {count}")


def test_two_processes_then_a_restart(tmp_path: Path) -> None:
    for address in MEMBERS:
        cli(tmp_path, "members", "add", address, "--geen-welkom")
    day = (datetime.now(UTC) + timedelta(days=21)).date()
    out = cli(
        tmp_path,
        "ateliers",
        "add",
        "--titel",
        "Sturen op samenwerking",
        "--thema",
        "samenwerking",
        "--datum",
        day.isoformat(),
        "--begin",
        "14:00",
        "--plaats",
        "Stadskantoor, Utrecht",
        "--capaciteit",
        "20",
        "--ja",  # issue 15: a near date sends the first steps at once
    )
    assert "uitnodiging: tijdstip lag al in het verleden, wordt direct verstuurd" in out
    assert "uitnodiging" in cli(tmp_path, "schedule")

    # Two services started by mistake on one database: the invitation goes out once per member.
    one = ServiceProcess(tmp_path, free_port(), env=FAST).start()
    two = ServiceProcess(tmp_path, free_port(), env=FAST).start()
    try:
        invited = _wait(one, "Uitnodiging", len(MEMBERS))
        time.sleep(1.5)  # several more ticks of both processes
        assert sorted(_subjects(one, "Uitnodiging")) == sorted(MEMBERS) == sorted(invited)
        # An RSVP over SMTP to either process is answered once.
        invitation = next(m for m in one.outbox_messages() if m["To"] == MEMBERS[0])
        send(
            two.port,
            mail(
                sender=MEMBERS[0],
                subject=f"RE: {invitation['Subject']}",
                body="Ja, ik kom graag.",
                in_reply_to=invitation["Message-ID"],
            ),
            sender=MEMBERS[0],
        )
        _wait(one, "Uw aanmelding", 1)
    finally:
        one.stop()
        two.stop()

    # Stopped; meanwhile the reminder's time passed (10 minutes ago: within the grace period) and the
    # follow-up's long ago (beyond it). Started again: the reminder goes out late, the follow-up is reported.
    now = datetime.now(UTC).replace(tzinfo=None)
    with one.db() as db:
        db.execute(
            "update scheduled_mailings set due_at = ? where step = 'reminder'",
            ((now - timedelta(minutes=10)).strftime("%Y-%m-%d %H:%M:%S.%f"),),
        )
        db.execute(
            "update scheduled_mailings set due_at = ? where step = 'followup'",
            ((now - timedelta(days=3)).strftime("%Y-%m-%d %H:%M:%S.%f"),),
        )
    again = ServiceProcess(tmp_path, free_port(), env=FAST).start()
    try:
        assert _wait(again, "Herinnering", 1) == [MEMBERS[0]]  # only who said yes
        assert _wait(again, "Niet verstuurd: vervolgmail", 1) == ["secretariaat@ambtelijkefusie.nl"]
        time.sleep(1)
        assert len(_subjects(again, "Herinnering")) == 1 and len(_subjects(again, "Uitnodiging")) == len(MEMBERS)
    finally:
        again.stop()
    shown = cli(tmp_path, "schedule", "--alles")
    assert "gemist" in shown and "verstuurd" in shown
    assert date.fromisoformat(day.isoformat()) == day
