"""The pure parts: planning across daylight saving, the .ics, the waiting list, the tally."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from icalendar import Calendar

from mailservice.ateliers import ics
from mailservice.ateliers.planning import (
    AMSTERDAM,
    Offsets,
    local_datetime,
    next_weekly,
    plan,
)
from mailservice.ateliers.tally import Entry, tally
from mailservice.ateliers.waitlist import Waiting, promotions
from mailservice.classify.message import calendar_uid


def test_reminder_across_the_spring_switch_stays_at_nine_local() -> None:
    # Tuesday 30 March 2027 14:00 CEST; clocks go forward on Sunday 28 March: the reminder (3 days before)
    # falls in winter time, 09:00 CET = 08:00 UTC. UTC arithmetic (start - 72 h) would give 11:00 UTC.
    start = local_datetime(date(2027, 3, 30), time(14, 0))
    assert start == datetime(2027, 3, 30, 12, 0, tzinfo=UTC)
    steps = plan(start, Offsets(), time(9, 0))
    reminder = steps["reminder"][1]
    assert reminder == datetime(2027, 3, 27, 8, 0, tzinfo=UTC)
    assert reminder.astimezone(AMSTERDAM).hour == 9
    assert steps["followup"][1] == datetime(2027, 4, 1, 7, 0, tzinfo=UTC)  # summer time: 09:00 = 07:00 UTC


def test_autumn_switch_and_weekly_digest_slot() -> None:
    start = local_datetime(date(2026, 10, 27), time(14, 0))  # Tuesday after the switch (25 Oct): CET
    assert plan(start, Offsets(), time(9, 0))["reminder"][1] == datetime(2026, 10, 24, 7, 0, tzinfo=UTC)  # CEST
    # The next Monday 08:00 after Sunday 25 October 2026 12:00 UTC: 26 October 08:00 CET = 07:00 UTC.
    assert next_weekly(datetime(2026, 10, 25, 12, tzinfo=UTC), 1, time(8, 0)) == datetime(2026, 10, 26, 7, tzinfo=UTC)


def test_offsets_must_be_in_order() -> None:
    with pytest.raises(ValueError):
        Offsets(call_for_themes=-10, tally=-20).check()
    Offsets().check()


FACTS = ics.EventFacts(
    "2027-1",
    "Sturen op samenwerking",
    "Een middag.",
    datetime(2027, 3, 30, 12, tzinfo=UTC),
    datetime(2027, 3, 30, 15, tzinfo=UTC),
    "Stadskantoor, Utrecht",
    None,
    0,
)


def _facts(sequence: int) -> ics.EventFacts:
    from dataclasses import replace

    return replace(FACTS, sequence=sequence)


def test_ics_request_parses_with_vtimezone_and_stable_uid() -> None:
    data = ics.calendar(
        _facts(0),
        method="REQUEST",
        domain="ambtelijkefusie.nl",
        organizer=("info@ambtelijkefusie.nl", "Netwerk"),
        attendee=("a@gemeente-a.nl", "Anna"),
        now=datetime(2027, 1, 1, tzinfo=UTC),
    )
    cal = Calendar.from_ical(data)
    assert str(cal["METHOD"]) == "REQUEST"
    [tz] = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Amsterdam"
    [event] = cal.walk("VEVENT")
    assert str(event["UID"]) == "atelier-2027-1@ambtelijkefusie.nl"
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert event.decoded("DTSTART").astimezone(AMSTERDAM).hour == 14  # CEST: 12:00 UTC
    assert "RSVP=TRUE" in data.decode() and "mailto:info@ambtelijkefusie.nl" in str(event["ORGANIZER"])
    assert calendar_uid(data.decode()) == "atelier-2027-1@ambtelijkefusie.nl"
    assert ics.reference_from_uid("atelier-2027-1@ambtelijkefusie.nl", "ambtelijkefusie.nl") == "2027-1"


def test_ics_cancel_has_the_same_uid_and_a_higher_sequence() -> None:
    request = Calendar.from_ical(
        ics.calendar(
            _facts(0),
            method="REQUEST",
            domain="ambtelijkefusie.nl",
            organizer=("info@ambtelijkefusie.nl", "N"),
            attendee=None,
            now=datetime(2027, 1, 1, tzinfo=UTC),
        )
    ).walk("VEVENT")[0]
    cancel_cal = Calendar.from_ical(
        ics.calendar(
            _facts(1),
            method="CANCEL",
            domain="ambtelijkefusie.nl",
            organizer=("info@ambtelijkefusie.nl", "N"),
            attendee=None,
            now=datetime(2027, 2, 1, tzinfo=UTC),
        )
    )
    cancel = cancel_cal.walk("VEVENT")[0]
    assert str(cancel_cal["METHOD"]) == "CANCEL" and str(cancel["STATUS"]) == "CANCELLED"
    assert str(cancel["UID"]) == str(request["UID"])
    assert int(cancel["SEQUENCE"]) > int(request["SEQUENCE"])


def test_waiting_list_is_first_come_first_served() -> None:
    waiting = [Waiting(1, 2, 1), Waiting(2, 1, 2), Waiting(3, 1, 3)]
    assert promotions(3, 2, waiting) == []  # the first needs two seats: nobody jumps the line
    assert promotions(4, 2, waiting) == [1]
    assert promotions(None, 50, waiting) == [1, 2, 3]


def test_tally_counts_members_once_per_theme() -> None:
    result = tally(
        [
            Entry(1, ("organisatie",), ("Digitalisering van werkprocessen",)),
            Entry(1, ("organisatie",), ("Formatie en krapte",)),  # the same member again: still one member
            Entry(
                2, ("samenwerking", "organisatie"), ("Relatie met de gemeenteraden", "Digitalisering van werkprocessen")
            ),
            Entry(3, (), ("Iets zonder thema",)),
        ]
    )
    counts = {c.theme: c for c in result.ranked()}
    assert counts["organisatie"].member_count == 2 and counts["organisatie"].suggestions == 3
    assert counts["organisatie"].topics["digitalisering van werkprocessen"] == 2
    assert counts["samenwerking"].member_count == 1 and counts["strategie"].member_count == 0
    assert counts["overig"].member_count == 1
    assert result.ranked()[0].theme == "organisatie" and result.ranked()[-1].theme == "overig"
    assert (result.suggestions, result.members) == (4, 3)


def test_tally_shows_a_topic_in_the_words_of_who_wrote_it_first() -> None:
    """The same topic in another case or spacing is counted once, shown as first written (capitals kept: GGD)."""
    result = tally(
        [
            Entry(1, (), ("De rol van de GGD in de regio",)),
            Entry(2, (), ("de rol van de ggd  in de regio.",)),
        ]
    )
    counts = {c.theme: c for c in result.ranked()}
    assert counts["samenwerking"].named() == [("De rol van de GGD in de regio", 2)]
