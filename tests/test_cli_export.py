"""CSV exports open in Dutch Excel as they are (issue 19, item 13): UTF-8 with a byte order mark, semicolons,
Amsterdam dd-mm-jjjj times and Dutch words; ``--codes`` keeps a form for programs. Before: no mark (Excel showed
"CoÃ¶rdinator"), ISO UTC with microseconds ("2026-06-30T22:30:00.123456+00:00") and codes ("active", "member").
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailservice import settings as settings_mod
from mailservice.app import build
from mailservice.store.db import transaction
from mailservice.store.models import Member, MemberStatus, Suggestion
from tests.test_cli import run, workdir  # noqa: F401

# 22:30 UTC on 30 June is 00:30 on 1 July in Amsterdam (summer time): the day itself changes.
JOINED = datetime(2026, 6, 30, 22, 30, 0, 123456, tzinfo=UTC)


def _members() -> None:
    app = build(settings_mod.load())
    with transaction(app.factory) as session:
        session.add(
            Member(
                email="g.de.vries@gemeente-f.nl",
                name="Geëste de Vries",
                function="Coördinator",
                role="adviesraad",
                status=MemberStatus.ACTIVE,
                created_at=JOINED,
                confirmed_at=JOINED,
                updated_at=JOINED,
            )
        )
        member = Member(
            email="h.smit@gemeente-f.nl",
            role="member",
            status=MemberStatus.PENDING,
            created_at=JOINED,
            updated_at=JOINED,
        )
        session.add(member)
        session.add(
            Suggestion(created_at=JOINED, member=member, atelier=None, themes=["dienstverlening"], topics=["x"])
        )
    app.close()


def test_member_export_for_excel(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _members()
    code, out, err = run(capsys, "members", "export", "-o", "leden.csv")
    assert code == 0 and "2 leden geëxporteerd naar leden.csv" in out, err
    raw = (workdir / "leden.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfe-mailadres;naam;")  # the byte order mark, then semicolons
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    first = rows[0]
    assert first["naam"] == "Geëste de Vries" and first["functie"] == "Coördinator"
    assert first["rol"] == "Adviesraad" and first["status"] == "actief" and first["bezorging"] == "aan"
    assert first["aangemaakt"] == "01-07-2026 00:30" and first["bevestigd"] == "01-07-2026 00:30"
    assert first["afgemeld"] == ""
    assert rows[1]["status"] == "wacht op bevestiging" and rows[1]["rol"] == "lid"


def test_member_export_for_programs(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _members()
    code, out, err = run(capsys, "members", "export", "--codes", "--status", "actief")
    assert code == 0, err
    assert not out.startswith("\ufeff")
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert row["email"] == "g.de.vries@gemeente-f.nl" and row["role"] == "adviesraad" and row["status"] == "active"
    assert row["created_at"] == "2026-06-30T22:30:00+00:00"


def test_screen_export_has_no_mark(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Standard output is for reading and for other programs: the mark only goes into a file."""
    _members()
    _, out, _ = run(capsys, "members", "export")
    assert out.startswith("e-mailadres;naam;")


def test_suggestion_export_for_excel(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _members()
    code, _, err = run(capsys, "suggestions", "--export", "suggesties.csv")
    assert code == 0, err
    text = (workdir / "suggesties.csv").read_text(encoding="utf-8")
    assert text.startswith("\ufeffontvangen;e-mailadres;")
    [row] = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert row["ontvangen"] == "01-07-2026 00:30" and row["thema's"] == "Dienstverlening"
    code, out, _ = run(capsys, "suggestions", "--export", "-", "--codes")
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert row["themes"] == "dienstverlening" and row["created_at"].startswith("2026-06-30T22:30")
