"""Time comes from one injectable function, so tests can move the clock; the network lives in Amsterdam time.

``FileClock`` is the test clock of a *running* service (``clock.file``): tests and rehearsals write a moment into
a file and the service, its scheduler and every CLI command started with the same setting live at that moment.
Wired in one place (mailservice.app.make_clock), and refused unless outgoing mail stays on this machine: a
service that believes it is March would otherwise send real members March's reminders in January.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

Clock = Callable[[], datetime]

# Every moment is stored in UTC; members and the secretariat read it in Dutch local time.
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

log = logging.getLogger(__name__)


def system_clock() -> datetime:
    return datetime.now(UTC)


def local(moment: datetime) -> datetime:
    """The moment on a Dutch wall clock."""
    return moment.astimezone(AMSTERDAM)


def log_timestamp(seconds: float) -> str:
    """A log line's time: the Amsterdam wall clock with its offset, so whoever reads the log knows the zone
    (issue 19, item 10): '2026-12-04 23:00:01.123+01:00'."""
    return datetime.fromtimestamp(seconds, AMSTERDAM).isoformat(sep=" ", timespec="milliseconds")


def hour_minute(moment: datetime) -> str:
    """'14.00': how a Dutch text writes a time of day."""
    return local(moment).strftime("%H.%M")


def parse_clock_text(text: str) -> datetime | timedelta:
    """An ISO 8601 moment with its UTC offset (the clock stands still there), or a signed number of seconds
    (``+86400``: the real time shifted by that much, and running)."""
    value = text.strip()
    if value[:1] in "+-" and value[1:].replace(".", "", 1).isdigit():
        return timedelta(seconds=float(value))
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"'{value[:40]}' is geen tijdstip als 2027-01-28T09:00+01:00 en geen verschuiving als +3600"
        ) from None
    if moment.tzinfo is None:
        # A moment without offset is ambiguous around the daylight-saving switch, which the tests exercise.
        raise ValueError(f"'{value[:40]}' mist de tijdzone (bijvoorbeeld +01:00 of Z)")
    return moment.astimezone(UTC)


class FileClock:
    """The time written in a file, re-read whenever the file changes (tests replace it atomically with rename).

    Cached on (inode, mtime, size): the clock is read many times per message, a stat is cheap, a read is not.
    A file that becomes unreadable or wrong mid-run keeps the last good time (logged once); a wrong file at
    start-up stops the start (``__init__`` raises).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._value: datetime | timedelta = parse_clock_text(path.read_text(encoding="utf-8"))
        self._key = self._stat_key()
        self._warned = False

    def _stat_key(self) -> tuple[int, int, int]:
        st = os.stat(self.path)
        return st.st_ino, st.st_mtime_ns, st.st_size

    def __call__(self) -> datetime:
        try:
            key = self._stat_key()
            if key != self._key:
                self._value = parse_clock_text(self.path.read_text(encoding="utf-8"))
                self._key = key
                self._warned = False
        except (OSError, ValueError) as exc:
            if not self._warned:
                log.warning("test clock %s unreadable (%s); keeping the last time", self.path, exc)
                self._warned = True
        value = self._value
        return value if isinstance(value, datetime) else datetime.now(UTC) + value


def when(value: datetime | None) -> str:
    """A moment as the secretariat and members read it: Amsterdam time, dd-mm-jjjj uu:mm ("" for none)."""
    return value.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M") if value else ""
