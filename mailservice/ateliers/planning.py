"""When each step of an atelier's cycle goes out: local calendar days from the atelier's day, at a local time.

Computed in Europe/Amsterdam, then converted to UTC for storage: "3 days before at 09:00" stays 09:00 on the
clock of the reader when the daylight-saving switch lies in between. Plain UTC arithmetic (start - 72 hours)
would send it at 08:00 or 10:00 local time instead, and shift the time of day the secretariat chose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from mailservice.ateliers import CALL_FOR_THEMES, FOLLOWUP, INVITATION, REMINDER, TALLY
from mailservice.clock import AMSTERDAM


@dataclass(frozen=True, slots=True)
class Offsets:
    """Days relative to the atelier's local day (negative: before). Defaults come from settings."""

    call_for_themes: int = -70
    tally: int = -49
    invitation: int = -42
    reminder: int = -3
    followup: int = 2

    def as_dict(self) -> dict[str, int]:
        return {CALL_FOR_THEMES: self.call_for_themes, TALLY: self.tally, INVITATION: self.invitation,
                REMINDER: self.reminder, FOLLOWUP: self.followup}  # fmt: skip

    def check(self) -> None:
        """The order must make sense: themes are asked, counted, then the invitation; a reminder before, a
        follow-up after."""
        if not (self.call_for_themes < self.tally < self.invitation < self.reminder < 0 < self.followup):
            raise ValueError(
                "de volgorde klopt niet: oproep thema's, telling, uitnodiging en herinnering moeten in die volgorde "
                "vóór het atelier liggen, en de vervolgmail erna"
            )


def parse_time(value: str) -> time:
    hours, _, minutes = value.partition(":")
    return time(int(hours), int(minutes or 0))


def local_datetime(day: date, at: time) -> datetime:
    """A wall-clock moment in Amsterdam, as UTC. In the autumn hour that occurs twice, the first (summer time)."""
    return datetime.combine(day, at, tzinfo=AMSTERDAM).astimezone(UTC)


def due_at(starts_at: datetime, offset_days: int, send_time: time) -> datetime:
    local_day = starts_at.astimezone(AMSTERDAM).date() + timedelta(days=offset_days)
    return local_datetime(local_day, send_time)


def plan(starts_at: datetime, offsets: Offsets, send_time: time) -> dict[str, tuple[int, datetime]]:
    """step -> (offset in days, due time in UTC)."""
    return {step: (days, due_at(starts_at, days, send_time)) for step, days in offsets.as_dict().items()}


def next_weekly(now: datetime, weekday: int, at: time) -> datetime:
    """The first moment after ``now`` that is ``weekday`` (ISO, 1 = Monday) at ``at``, Amsterdam time, as UTC."""
    today = now.astimezone(AMSTERDAM).date()
    for days in range(0, 8):
        day = today + timedelta(days=days)
        if day.isoweekday() == weekday and (moment := local_datetime(day, at)) > now:
            return moment
    raise AssertionError("unreachable: a weekday recurs within 8 days")
