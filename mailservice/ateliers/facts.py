"""What the mails say about an atelier: the template context, the calendar facts and the .ics attachment."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from mailservice.ateliers import (
    THEMES,
    ics,
)
from mailservice.clock import hour_minute, local
from mailservice.env import ActEnv
from mailservice.outbound.compose import Attachment
from mailservice.store.models import (
    Atelier,
)

THEME_NAMES = {t: t.capitalize() for t in THEMES} | {"overig": "Overig"}

# The part of the day an atelier starts in, on the Amsterdam clock: (from hour, word), the last that fits wins.
# The follow-up looks back on "een ochtend", "een middag" or "een avond" (issue 19, item 5).
PARTS_OF_DAY = ((0, "ochtend"), (12, "middag"), (18, "avond"))


def part_of_day(moment: datetime) -> str:
    hour = local(moment).hour
    return [word for start, word in PARTS_OF_DAY if hour >= start][-1]


def atelier_context(atelier: Atelier) -> dict[str, Any]:
    return {
        "reference": atelier.reference,
        "title": atelier.title,
        "theme": THEME_NAMES.get(atelier.theme, atelier.theme),
        "description": atelier.description or "",
        "starts_at": atelier.starts_at,
        "ends_at": atelier.ends_at,
        "time_range": f"{hour_minute(atelier.starts_at)} tot {hour_minute(atelier.ends_at)} uur",
        "place": atelier.place,
        "online_url": atelier.online_url,
        "capacity": atelier.capacity,
        "registration_deadline": atelier.registration_deadline,
        "report_url": atelier.report_url,
        "practical": atelier.practical,
        "part_of_day": part_of_day(atelier.starts_at),
    }


def facts(atelier: Atelier) -> ics.EventFacts:
    return ics.EventFacts(
        reference=atelier.reference,
        title=atelier.title,
        description=atelier.description,
        starts_at=atelier.starts_at,
        ends_at=atelier.ends_at,
        place=atelier.place,
        online_url=atelier.online_url,
        sequence=atelier.ics_sequence,
    )


def calendar_attachment(
    env: ActEnv, atelier: Atelier, method: str, attendee: tuple[str, str | None] | None
) -> Attachment:
    """The .ics for one person (address, name): Outlook's Accept then answers for that person."""
    service = env.settings.service
    data = ics.calendar(
        facts(atelier),
        method=method,
        domain=service.domain,
        organizer=(service.address, service.from_name),
        attendee=attendee,
        now=env.clock(),
    )
    name = "uitnodiging.ics" if method == "REQUEST" else "annulering.ics"
    return Attachment(name, f"text/calendar; method={method}", data, alternative=True)
