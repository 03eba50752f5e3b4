"""Issue 15: planning an atelier close by, or changing or cancelling one whose invitations went out, mails people
at once; the CLI does that only with --ja, and without it says what would go out and changes nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path


def cli(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILSERVICE_")}
    return subprocess.run(
        [sys.executable, "-m", "mailservice", *args], cwd=workdir, env=env, capture_output=True, text=True, timeout=60
    )


def test_a_near_atelier_is_planned_only_with_ja(tmp_path: Path) -> None:
    assert cli(tmp_path, "members", "add", "a.de.wit@gemeente-a.nl", "--geen-welkom").returncode == 0
    day = (datetime.now(UTC) + timedelta(days=20)).strftime("%d-%m-%Y")
    plan = ("ateliers", "add", "--titel", "Samen sturen", "--thema", "samenwerking", "--datum", day, "--begin", "14:00",
            "--plaats", "Zeist")  # fmt: skip
    refused = cli(tmp_path, *plan)
    assert (
        refused.returncode == 1 and "voeg --ja toe" in refused.stderr and "uitnodiging: direct, aan 1" in refused.stderr
    )
    with sqlite3.connect(tmp_path / "var" / "mailservice.db") as db:
        assert db.execute("SELECT count(*) FROM ateliers").fetchone() == (0,)
    assert cli(tmp_path, *plan, "--ja").returncode == 0
    later = (datetime.now(UTC) + timedelta(days=200)).strftime("%d-%m-%Y")
    quiet = cli(tmp_path, *plan[:7], later, *plan[8:])  # far ahead: nothing goes out now, no --ja needed
    assert quiet.returncode == 0, quiet.stderr
