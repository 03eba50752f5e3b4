"""The atelier's iCalendar file (RFC 5545) as an iMIP message part (RFC 6047).

METHOD:REQUEST, not PUBLISH. Outlook treats a PUBLISH as a read-only calendar item: it can be added, but
there is no Accept/Decline and no answer to us. A REQUEST with the member as ATTENDEE (RSVP=TRUE) and us as
ORGANIZER is a meeting request: Outlook, Exchange and Gmail show Accept/Decline, put it in the calendar as
tentative, and send "Geaccepteerd: ..." with a METHOD:REPLY to info@, which the classifier reads as an RSVP.
A later METHOD:CANCEL with the same UID and a higher SEQUENCE removes it again (RFC 5546 3.2.5); Outlook
ignores a CANCEL or update whose SEQUENCE is not higher than what it has (RFC 5546 2.1.4).

The UID is derived from the atelier's reference, so every mail about one atelier names the same event.
DTSTART/DTEND carry TZID=Europe/Amsterdam with a VTIMEZONE: Outlook shows local time in the member's zone, and
the event stays at 14:00 Amsterdam time if the rules change (UTC times would not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
    vText,
)

from mailservice.clock import AMSTERDAM

PRODID = "-//Netwerk van directeuren van ambtelijke fusieorganisaties//mailservice//NL"


@dataclass(frozen=True, slots=True)
class EventFacts:
    reference: str
    title: str
    description: str | None
    starts_at: datetime
    ends_at: datetime
    place: str | None
    online_url: str | None
    sequence: int


def uid(reference: str, domain: str) -> str:
    return f"atelier-{reference}@{domain}"


def reference_from_uid(value: str, domain: str) -> str | None:
    m = re.fullmatch(rf"atelier-(\d{{4}}-\d{{1,2}})@{re.escape(domain)}", value.strip(), re.I)
    return m.group(1) if m else None


def amsterdam_vtimezone() -> Timezone:
    """Europe/Amsterdam as RRULEs (EU rule since 1996: last Sunday of March and of October, 01:00 UTC).

    Written out rather than generated from the tz database (icalendar's from_tzid lists each switch as an
    RDATE for a limited span): Outlook itself writes this RRULE form and reads it most reliably.
    """
    tz = Timezone()
    tz.add("tzid", "Europe/Amsterdam")
    tz.add("x-lic-location", "Europe/Amsterdam")
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("tzoffsetfrom", timedelta(hours=1))
    summer.add("tzoffsetto", timedelta(hours=2))
    summer.add("dtstart", datetime(1970, 3, 29, 2, 0, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("tzoffsetfrom", timedelta(hours=2))
    winter.add("tzoffsetto", timedelta(hours=1))
    winter.add("dtstart", datetime(1970, 10, 25, 3, 0, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    tz.add_component(summer)
    tz.add_component(winter)
    return tz


def calendar(
    facts: EventFacts,
    *,
    method: str,
    domain: str,
    organizer: tuple[str, str],
    attendee: tuple[str, str | None] | None,
    now: datetime,
) -> bytes:
    """A VCALENDAR with one VEVENT; ``method`` is REQUEST or CANCEL."""
    if method not in ("REQUEST", "CANCEL"):
        raise ValueError(f"onbekende METHOD {method}")
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    start = facts.starts_at.astimezone(AMSTERDAM)
    cal.add_component(amsterdam_vtimezone())
    event = Event()
    event.add("uid", uid(facts.reference, domain))
    event.add("sequence", facts.sequence)
    event.add("dtstamp", now)
    event.add("dtstart", start)
    event.add("dtend", facts.ends_at.astimezone(AMSTERDAM))
    event.add("summary", f"Leer- en inspireer-atelier: {facts.title}")
    where = facts.place or facts.online_url
    if where:
        event.add("location", where)
    if facts.online_url:
        event.add("url", facts.online_url)
    description = facts.description or ""
    if facts.online_url:
        description = f"{description}\n\nOnline deelnemen: {facts.online_url}".strip()
    if description:
        event.add("description", description)
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    event.add("transp", "OPAQUE")
    org = vCalAddress(f"mailto:{organizer[0]}")
    org.params["cn"] = vText(organizer[1])
    event.add("organizer", org)
    if attendee is not None:
        who = vCalAddress(f"mailto:{attendee[0]}")
        if attendee[1]:
            who.params["cn"] = vText(attendee[1])
        who.params["role"] = vText("REQ-PARTICIPANT")
        who.params["partstat"] = vText("NEEDS-ACTION")
        who.params["rsvp"] = vText("TRUE")
        event.add("attendee", who)
    cal.add_component(event)
    ical: bytes = cal.to_ical()
    return ical
