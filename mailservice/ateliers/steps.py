"""An atelier's cycle in the database: planning its steps, sending each step, updates after a change of time or
place, substitutes' own invitations, cancelling (issue 7).

Each step is a ScheduledMailing row with its due time; ``send_step`` writes the step's mailing into the outbox
in the caller's transaction, in which the scheduler also marks the step sent: a step is sent once or not at all.
Pure decisions (timing, the .ics, the tally) live in mailservice.ateliers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice.ateliers import (
    CALL_FOR_THEMES,
    CANCELLATION,
    FOLLOWUP,
    INVITATION,
    REMINDER,
    STEP_NAMES,
    TALLY,
    TEMPLATES,
    UPDATE,
    ics,
)
from mailservice.ateliers.audience import (
    advisory_board,
    attendees,
    invited_members,
    substitutes,
)
from mailservice.ateliers.facts import atelier_context, calendar_attachment
from mailservice.ateliers.planning import Offsets, due_at, parse_time, plan
from mailservice.ateliers.substitutes import display, mail_substitute
from mailservice.ateliers.suggestions import suggestions_for, tally_context, tally_of
from mailservice.clock import hour_minute, local
from mailservice.env import ActEnv
from mailservice.members import deliverable_members
from mailservice.outbound.compose import Attachment
from mailservice.outbound.mailings import enqueue_mailing
from mailservice.outbound.render import datum
from mailservice.settings import Settings
from mailservice.store.models import (
    Atelier,
    AtelierState,
    Mailing,
    Member,
    Rsvp,
    RsvpStatus,
    ScheduledMailing,
    StepState,
)


def default_offsets(settings: Settings) -> Offsets:
    a = settings.ateliers
    return Offsets(
        call_for_themes=-a.call_for_themes_days_before,
        tally=-a.tally_days_before,
        invitation=-a.invitation_days_before,
        reminder=-a.reminder_days_before,
        followup=a.followup_days_after,
    )


def next_reference(session: Session, starts_at: datetime) -> str:
    year = local(starts_at).year
    taken = session.scalars(select(Atelier.reference).where(Atelier.reference.like(f"{year}-%"))).all()
    numbers = [int(r.split("-", 1)[1]) for r in taken]
    return f"{year}-{max(numbers, default=0) + 1}"


def plan_steps(session: Session, atelier: Atelier, offsets: Offsets, send_time: time, now: datetime) -> list[str]:
    """Add the cycle's steps; returns notes about steps whose time had already passed (for the CLI).

    A step whose time lies in the past when the atelier is planned is not sent at all, except the invitation:
    an atelier planned at short notice must still be announced, so it goes out at once. (Asking for themes
    and counting them in the same minute would be theatre.)
    """
    notes: list[str] = []
    for step, (days, due) in plan(atelier.starts_at, offsets, send_time).items():
        row = ScheduledMailing(atelier=atelier, step=step, offset_days=days, due_at=due, state=StepState.DUE)
        if due <= now and step == INVITATION and atelier.starts_at > now:
            row.due_at, row.note = now, "tijdstip lag al in het verleden: direct verstuurd"
            notes.append(f"{STEP_NAMES[step]}: tijdstip lag al in het verleden, wordt direct verstuurd")
        elif due <= now:
            row.state, row.done_at = StepState.CANCELLED, now
            row.note = "tijdstip lag bij het plannen al in het verleden"
            notes.append(f"{STEP_NAMES[step]}: tijdstip lag al in het verleden, wordt niet verstuurd")
        session.add(row)
    return notes


def replan(session: Session, atelier: Atelier, send_time: time, offsets: dict[str, int] | None = None) -> None:
    """After a change of date or offsets: new due times for the steps that have not gone out yet."""
    for row in atelier.steps:
        if row.state != StepState.DUE or row.offset_days is None:
            continue
        if offsets and row.step in offsets:
            row.offset_days = offsets[row.step]
        row.due_at = due_at(atelier.starts_at, row.offset_days, send_time)


def send_time(settings: Settings) -> time:
    return parse_time(settings.ateliers.send_time)


def _atelier_mailing(
    session: Session,
    env: ActEnv,
    step: str,
    atelier: Atelier,
    members: Sequence[Member],
    extra: dict[str, Any],
    method: str | None = None,
    per_member: Callable[[Member], dict[str, Any]] | None = None,
) -> Mailing:
    base = {"atelier": atelier_context(atelier), **extra}

    def context(member: Member) -> dict[str, Any]:
        return {**base, "name": member.name, **(per_member(member) if per_member is not None else {})}

    def calendar(member: Member) -> tuple[Attachment, ...]:
        # Per member: the .ics names them as ATTENDEE, so Outlook's Accept answers for that person.
        return (calendar_attachment(env, atelier, method, (member.email, member.name)),) if method else ()

    return enqueue_mailing(session, TEMPLATES[step], members, context, outbox=env.outbox, attachments_fn=calendar)


def send_step(session: Session, env: ActEnv, row: ScheduledMailing) -> Mailing | None:
    """Write the step's mail to the outbox (in the caller's transaction); the caller marks the row sent."""
    atelier = row.atelier
    assert atelier is not None
    now = env.clock()
    if row.step == CALL_FOR_THEMES:
        tally_step = next((s for s in atelier.steps if s.step == TALLY), None)
        reply_before = tally_step.due_at if tally_step is not None else atelier.starts_at
        return _atelier_mailing(
            session, env, row.step, atelier, list(deliverable_members(session)), {"reply_before": reply_before}
        )
    if row.step == TALLY:
        counted = tally_context(tally_of(suggestions_for(session, atelier)))
        env.outbox.add(
            session,
            TEMPLATES[TALLY],
            to=env.settings.service.secretariat,
            auto_submitted="auto-generated",
            context=env.outbox.common_context()
            | {"atelier": atelier_context(atelier), "name": None, "secretariat": True, **counted},
        )
        return _atelier_mailing(
            session, env, row.step, atelier, advisory_board(session), {"secretariat": False, **counted}
        )
    if row.step == INVITATION:
        if atelier.state == AtelierState.PLANNED:
            atelier.state, atelier.updated_at = AtelierState.INVITED, now
        return _atelier_mailing(
            session, env, row.step, atelier, list(deliverable_members(session)), {}, method="REQUEST"
        )
    if row.step == REMINDER:
        return _reminder(session, env, atelier)
    if row.step == FOLLOWUP:
        if atelier.state in (AtelierState.PLANNED, AtelierState.INVITED):
            atelier.state, atelier.updated_at = AtelierState.HELD, now
        return _followup(session, env, atelier)
    raise ValueError(f"onbekende stap {row.step}")


def _seats(session: Session, atelier: Atelier) -> tuple[dict[int, Rsvp], list[Rsvp]]:
    """The attending RSVPs by member, and those whose seat a substitute we write to takes (issue 19, item 4)."""
    rsvps = {
        r.member_id: r
        for r in session.scalars(select(Rsvp).where(Rsvp.atelier_id == atelier.id, Rsvp.status == RsvpStatus.ATTENDING))
    }
    return rsvps, substitutes(session, atelier)


def _reminder(session: Session, env: ActEnv, atelier: Atelier) -> Mailing:
    """To whoever comes: the member in person, or the substitute we invited in the member's place (the absent
    member gets no reminder); a member whose substitute we cannot write to is asked to pass it on."""
    rsvps, by_substitute = _seats(session, atelier)
    away = {r.member_id for r in by_substitute}
    base = {"atelier": atelier_context(atelier), "substitute_for": None}

    def context(member: Member) -> dict[str, Any]:
        r = rsvps[member.id]
        return {**base, "name": member.name, "guests": r.guests, "substitute": display(r)}

    coming = [m for m in attendees(session, atelier) if m.id not in away]
    mailing = enqueue_mailing(session, TEMPLATES[REMINDER], coming, context, outbox=env.outbox)
    for rsvp in by_substitute:
        extra = {"substitute": None, "substitute_for": rsvp.member.name or rsvp.member.email}
        mail_substitute(session, env, rsvp, TEMPLATES[REMINDER], None, extra)
    return mailing


def _followup(session: Session, env: ActEnv, atelier: Atelier) -> Mailing:
    """To whoever held a seat: members who came in person and the substitutes who came in a member's place; not
    to a member who sent someone else. Nobody's presence is recorded, so its words assume none."""
    rsvps, by_substitute = _seats(session, atelier)
    in_person = [m for m in attendees(session, atelier) if not rsvps[m.id].substitute]
    mailing = _atelier_mailing(session, env, FOLLOWUP, atelier, in_person, {"substitute_for": None})
    for rsvp in by_substitute:
        extra = {"substitute_for": rsvp.member.name or rsvp.member.email}
        mail_substitute(session, env, rsvp, TEMPLATES[FOLLOWUP], None, extra)
    return mailing


def cancel_atelier(session: Session, env: ActEnv, atelier: Atelier, reason: str | None = None) -> Mailing | None:
    """Cancel the atelier and its unsent steps; when invitations went out, send METHOD:CANCEL to the same people.

    Sent to everyone who got the invitation (not only those who said yes): the request is in their calendars,
    tentative, until a CANCEL with the same UID and a higher SEQUENCE removes it.
    """
    now = env.clock()
    invited = invited_members(session, atelier)
    atelier.state, atelier.updated_at = AtelierState.CANCELLED, now
    for row in atelier.steps:
        if row.state == StepState.DUE:
            row.state, row.done_at, row.note = StepState.CANCELLED, now, "atelier geannuleerd"
    if invited is None:
        return None
    atelier.ics_sequence += 1
    why = {"reason": reason}  # the secretariat's words, in the cancellation mail (issue 15)
    mailing = _atelier_mailing(session, env, CANCELLATION, atelier, invited, why, method="CANCEL")
    for rsvp in substitutes(session, atelier):
        mail_substitute(session, env, rsvp, TEMPLATES[CANCELLATION], "CANCEL", why)
    session.add(
        ScheduledMailing(
            atelier=atelier,
            step=CANCELLATION,
            offset_days=None,
            due_at=now,
            state=StepState.SENT,
            mailing=mailing,
            done_at=now,
            note="annulering met METHOD:CANCEL aan wie de uitnodiging kreeg",
        )
    )
    return mailing


def _moment(f: ics.EventFacts) -> str:
    return f"{datum(f.starts_at, weekday=True)}, {hour_minute(f.starts_at)} tot {hour_minute(f.ends_at)} uur"


def describe_changes(before: ics.EventFacts, after: ics.EventFacts) -> list[str]:
    """What changed that a calendar holds (time, place, link), in Dutch for the members; empty when nothing."""
    changes = []
    if (before.starts_at, before.ends_at) != (after.starts_at, after.ends_at):
        same_day = local(before.starts_at).date() == local(after.starts_at).date()
        changes.append(f"{'tijd' if same_day else 'datum en tijd'}: {_moment(after)} (was: {_moment(before)})")
    if before.place != after.place:
        changes.append(f"plaats: {after.place or 'geen (alleen online)'} (was: {before.place or 'geen'})")
    if before.online_url != after.online_url:
        changes.append(
            f"link om online deel te nemen: {after.online_url or 'geen'} (was: {before.online_url or 'geen'})"
        )
    return changes


def send_update(session: Session, env: ActEnv, atelier: Atelier, changes: Sequence[str]) -> Mailing | None:
    """After a change of time or place: an updated METHOD:REQUEST to everyone who got the invitation.

    Same UID, SEQUENCE already raised by the caller: Outlook and Gmail move the event in the calendar instead of
    adding a second one (RFC 5546 2.1.4 and 3.2.2). Everyone invited gets it, also who declined by mail (the
    tentative item may still be in their calendar, and the new moment may suit them); each reads what their
    own answer now means. Substitutes holding a seat get it too. Before the invitation: None (it will carry
    the new facts itself).
    """
    invited = invited_members(session, atelier)
    if invited is None or atelier.state != AtelierState.INVITED:
        return None
    now = env.clock()
    rsvps = {r.member_id: r for r in session.scalars(select(Rsvp).where(Rsvp.atelier_id == atelier.id))}
    waiting = sorted(
        (r for r in rsvps.values() if r.status == RsvpStatus.WAITING), key=lambda r: r.waitlist_position or 0
    )

    def answer(member: Member) -> dict[str, Any]:
        r = rsvps.get(member.id)
        position = next((i for i, w in enumerate(waiting, 1) if w is r), None)
        return {"status": str(r.status) if r is not None else None, "position": position, "substitute_for": None}

    common = {"changes": list(changes)}
    mailing = _atelier_mailing(session, env, UPDATE, atelier, invited, common, method="REQUEST", per_member=answer)
    for rsvp in substitutes(session, atelier):
        who = rsvp.member.name or rsvp.member.email
        mail_substitute(
            session,
            env,
            rsvp,
            TEMPLATES[UPDATE],
            "REQUEST",
            common | {"status": "substitute", "position": None, "substitute_for": who},
        )
    session.add(
        ScheduledMailing(
            atelier=atelier,
            step=UPDATE,
            offset_days=None,
            due_at=now,
            state=StepState.SENT,
            mailing=mailing,
            done_at=now,
            note=f"bijgewerkte uitnodiging (SEQUENCE {atelier.ics_sequence}): " + "; ".join(changes),
        )
    )
    return mailing
