"""The test clock of a running service (``clock.file``): what the file may say, re-reading it, and its refusal
when outgoing mail could leave this machine."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mailservice.app import make_clock
from mailservice.clock import FileClock, parse_clock_text, system_clock
from mailservice.settings import SettingsError
from tests.support import make_settings


def test_what_the_file_may_say() -> None:
    assert parse_clock_text("2027-01-28T09:00+01:00\n") == datetime(2027, 1, 28, 8, 0, tzinfo=UTC)
    assert parse_clock_text("2027-01-28T08:00:00Z") == datetime(2027, 1, 28, 8, 0, tzinfo=UTC)
    assert parse_clock_text("+3600") == timedelta(hours=1)
    assert parse_clock_text("-1.5") == timedelta(seconds=-1.5)
    with pytest.raises(ValueError, match="mist de tijdzone"):
        parse_clock_text("2027-01-28T09:00")
    with pytest.raises(ValueError, match="geen tijdstip"):
        parse_clock_text("morgen")


def test_the_clock_follows_the_file(tmp_path: Path) -> None:
    path = tmp_path / "klok"
    path.write_text("2027-01-28T09:00+01:00")
    clock = FileClock(path)
    assert clock() == datetime(2027, 1, 28, 8, 0, tzinfo=UTC)
    tmp = tmp_path / "klok.tmp"
    tmp.write_text("2027-03-08T09:00+01:00")
    os.replace(tmp, path)
    assert clock() == datetime(2027, 3, 8, 8, 0, tzinfo=UTC)
    path.write_text("onzin")  # a bad write mid-run keeps the last good time
    assert clock() == datetime(2027, 3, 8, 8, 0, tzinfo=UTC)
    path.write_text("+86400")  # a shift: the real time a day ahead, running
    assert abs(clock() - (datetime.now(UTC) + timedelta(days=1))) < timedelta(seconds=5)


def test_only_while_outgoing_mail_stays_local(tmp_path: Path) -> None:
    path = tmp_path / "klok"
    path.write_text("2027-01-28T09:00+01:00")
    assert make_clock(make_settings(tmp_path)) is system_clock
    assert make_clock(make_settings(tmp_path, clock={"file": str(path)}))() == datetime(2027, 1, 28, 8, tzinfo=UTC)
    loopback = make_settings(
        tmp_path, clock={"file": str(path)}, outbound={"transport": "smtp"}, smtp={"host": "127.0.0.1"}
    )
    assert isinstance(make_clock(loopback), FileClock)
    remote = make_settings(
        tmp_path,
        clock={"file": str(path)},
        outbound={"transport": "smtp"},
        smtp={"host": "smtp.office365.com"},
        web={"public_url": "https://leden.ambtelijkefusie.nl"},  # mail that leaves needs links members can open
    )
    with pytest.raises(SettingsError, match="alleen voor tests en oefenruns"):
        make_clock(remote)
    with pytest.raises(SettingsError, match="bestaat niet"):
        make_clock(make_settings(tmp_path, clock={"file": str(tmp_path / "weg")}))
