"""Planning, changing and cancelling an atelier (issue 15), for the console and the CLI alike, each change in the
audit log; and the preview of every mail that a change will send, before anything goes out.

A preview runs the very change, and every step of the cycle as if it were due, in a transaction that is rolled
back: what it shows is what the service would write to the outbox (the same templates, contexts, recipients and
attachments), and nothing of it stays.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mailservice import audit
from mailservice.ateliers import CYCLE, STEP_NAMES, TEMPLATES
from mailservice.ateliers.facts import atelier_context, facts
from mailservice.ateliers.planning import Offsets
from mailservice.ateliers.seats import seat
from mailservice.ateliers.steps import (
    cancel_atelier,
    describe_changes,
    next_reference,
    plan_steps,
    replan,
    send_step,
    send_time,
    send_update,
)
from mailservice.ateliers.substitutes import display
from mailservice.env import ActEnv
from mailservice.exports import Column, Kind, csv_bytes
from mailservice.store.db import transaction
from mailservice.store.models import Atelier, AtelierState, OutboundMessage, Rsvp, RsvpStatus, StepState, Suggestion


class PlanError(ValueError):
    """A plan that cannot be: one Dutch sentence."""


@dataclass(frozen=True)
class Plan:
    """What the secretariat asks for: the atelier's facts and when the steps of its cycle go out."""

    title: str
    theme: str
    starts_at: datetime
    ends_at: datetime
    place: str | None = None
    online_url: str | None = None
    description: str | None = None
    capacity: int | None = None
    registration_deadline: datetime | None = None
    offsets: Offsets = field(default_factory=Offsets)
    practical: str | None = None  # reception, coffee, parking: in the reminder (issue 19, item 5)

    def check(self, now: datetime) -> None:
        if not self.title.strip():
            raise PlanError("Geef het atelier een titel.")
        if not self.place and not self.online_url:
            raise PlanError("Geef een plaats of een link om online deel te nemen, of beide.")
        if self.starts_at <= now:
            raise PlanError("Het atelier ligt in het verleden.")
        if self.ends_at <= self.starts_at:
            raise PlanError("De eindtijd ligt niet na de begintijd.")
        try:
            self.offsets.check()
        except ValueError as exc:
            raise PlanError(str(exc)[:1].upper() + str(exc)[1:] + ".") from None


def create(session: Session, env: ActEnv, actor: audit.Actor, plan: Plan) -> tuple[Atelier, list[str]]:
    """The atelier and its planned steps; suggestions made while none was planned belong to it. Returns notes
    (a step whose moment has passed goes out at once, and says so)."""
    now = env.clock()
    plan.check(now)
    atelier = Atelier(
        reference=next_reference(session, plan.starts_at),
        title=plan.title.strip(),
        theme=plan.theme,
        description=plan.description,
        starts_at=plan.starts_at,
        ends_at=plan.ends_at,
        place=plan.place,
        online_url=plan.online_url,
        capacity=plan.capacity,
        registration_deadline=plan.registration_deadline,
        practical=plan.practical,
        state=AtelierState.PLANNED,
        ics_sequence=0,
        created_at=now,
        updated_at=now,
    )
    session.add(atelier)
    notes = plan_steps(session, atelier, plan.offsets, send_time(env.settings), now)
    for suggestion in session.scalars(select(Suggestion).where(Suggestion.atelier_id.is_(None))):
        suggestion.atelier = atelier
    session.flush()
    audit.record(session, actor, "atelier", "atelier gepland", at=now, subject=atelier.reference, detail=atelier.title)
    return atelier, notes


def change(session: Session, env: ActEnv, actor: audit.Actor, atelier: Atelier, **updates: Any) -> list[str]:
    """Change facts of a planned or announced atelier; who got the invitation gets the updated one (with its
    calendar item) when time or place changed. Returns the changes as members read them."""
    if atelier.state in (AtelierState.CANCELLED, AtelierState.HELD):
        gone = "geannuleerd" if atelier.state == AtelierState.CANCELLED else "geweest"
        raise PlanError(f"Atelier {atelier.reference} is al {gone}.")
    now = env.clock()
    before = facts(atelier)
    for name, value in updates.items():
        if value is not None:
            setattr(atelier, name, value)
    if atelier.ends_at <= atelier.starts_at:
        raise PlanError("De eindtijd ligt niet na de begintijd.")
    changes = describe_changes(before, facts(atelier))
    if changes:
        atelier.ics_sequence += 1  # a later .ics for this UID must win in the calendars (RFC 5546 2.1.4)
        send_update(session, env, atelier, changes)
    replan(session, atelier, send_time(env.settings))
    atelier.updated_at = now
    done = changes or [f"{name} gewijzigd" for name, value in updates.items() if value is not None]
    audit.record(
        session, actor, "atelier", "atelier gewijzigd", at=now, subject=atelier.reference, detail="; ".join(done)
    )
    return changes


def cancel(session: Session, env: ActEnv, actor: audit.Actor, atelier: Atelier, reason: str | None) -> int:
    """Cancel it; who got the invitation gets the cancellation, with ``reason`` in it. Returns how many."""
    if atelier.state in (AtelierState.CANCELLED, AtelierState.HELD):
        raise PlanError(f"Atelier {atelier.reference} kan niet meer worden geannuleerd.")
    mailing = cancel_atelier(session, env, atelier, reason=(reason or "").strip() or None)
    audit.record(
        session, actor, "atelier", "atelier geannuleerd", at=env.clock(), subject=atelier.reference, detail=reason
    )
    return mailing.total if mailing is not None else 0


def move_up(session: Session, env: ActEnv, actor: audit.Actor, atelier: Atelier, rsvp_id: int) -> Rsvp:
    """The secretariat gives someone on the waiting list a seat by hand (an extra chair, a priority), whatever
    the capacity says; they are told as when a seat comes free."""
    rsvp = session.get(Rsvp, rsvp_id)
    if rsvp is None or rsvp.atelier_id != atelier.id or rsvp.status != RsvpStatus.WAITING:
        raise PlanError("Deze persoon staat niet (meer) op de wachtlijst van dit atelier.")
    seat(session, env, atelier, rsvp, "door het secretariaat van de wachtlijst gehaald")
    audit.record(
        session,
        actor,
        "atelier",
        "van de wachtlijst gehaald",
        at=env.clock(),
        subject=rsvp.member.email,
        detail=f"atelier {atelier.reference}",
    )
    return rsvp


# What the attendance list holds (the console's download; the printable page shows the same).
ATTENDANCE: list[Column[Rsvp]] = [
    Column("naam", "name", lambda r: display(r) or r.member.name or r.member.email),
    Column("organisatie", "organisation", lambda r: r.member.organisation),
    Column("e-mailadres", "email", lambda r: r.substitute or r.member.email),
    Column("gasten", "guests", lambda r: r.guests, Kind.NUMBER),
    Column("komt in plaats van", "substitute_for", lambda r: (r.member.name or r.member.email) if r.substitute else ""),
    Column("handtekening", "signature", lambda r: ""),
]


def attendance(session: Session, atelier: Atelier) -> bytes:
    rows = session.scalars(
        select(Rsvp).where(Rsvp.atelier_id == atelier.id, Rsvp.status == RsvpStatus.ATTENDING).order_by(Rsvp.id)
    )
    return csv_bytes(ATTENDANCE, sorted(rows, key=lambda r: (display(r) or r.member.name or r.member.email).lower()))


# -- preview ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Preview:
    step: str  # what it is, in Dutch
    when: datetime | None  # when it goes out (None: at once)
    recipients: int
    subject: str
    to: str
    text: str
    html: str
    attachments: list[str]


class _RolledBack(Exception):
    def __init__(self, result: Any) -> None:
        self.result = result


def _read(raw: bytes) -> tuple[str, str, list[str]]:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    text_part, html_part = msg.get_body(("plain",)), msg.get_body(("html",))
    text = text_part.get_content() if text_part is not None else ""
    html = html_part.get_content() if html_part is not None else ""
    names = [part.get_filename() or part.get_content_type() for part in msg.iter_attachments()]
    return text, html, names


def _written(session: Session, since_id: int) -> list[OutboundMessage]:
    return list(
        session.scalars(select(OutboundMessage).where(OutboundMessage.id > since_id).order_by(OutboundMessage.id))
    )


def _previews(rows: list[OutboundMessage], step: str, when: datetime | None) -> list[Preview]:
    """One preview per kind of mail the rows hold, from its first row (a member's mail as sent, links and all)."""
    by_purpose: dict[str, list[OutboundMessage]] = {}
    for row in rows:
        by_purpose.setdefault(row.purpose, []).append(row)
    out = []
    for purpose, group in by_purpose.items():
        text, html, names = _read(group[0].raw)
        label = step if len(by_purpose) == 1 else f"{step} ({purpose.replace('_', ' ')})"
        out.append(Preview(label, when, len(group), group[0].subject, group[0].to_addr, text, html, names))
    return out


def preview(factory: sessionmaker[Session], work: Callable[[Session], Atelier | None], env: ActEnv) -> list[Preview]:
    """Every mail ``work`` writes at once, and every step of the atelier's cycle still to come as if it were due,
    rendered for their first recipient; all in a transaction that is rolled back."""
    try:
        with transaction(factory) as session:
            start = session.scalar(select(func.coalesce(func.max(OutboundMessage.id), 0))) or 0
            atelier = work(session)
            session.flush()
            found = _previews(_written(session, start), "Nu", None)
            if atelier is not None and atelier.state not in (AtelierState.CANCELLED, AtelierState.HELD):
                for row in sorted(atelier.steps, key=lambda s: s.due_at):
                    if row.state != StepState.DUE or row.step not in CYCLE:
                        continue
                    mark = session.scalar(select(func.coalesce(func.max(OutboundMessage.id), 0))) or 0
                    send_step(session, env, row)
                    session.flush()
                    rows = _written(session, mark)
                    step = STEP_NAMES.get(row.step, row.step)
                    found += _previews(rows, step, row.due_at) or [_empty(env, atelier, row.step, step, row.due_at)]
            raise _RolledBack(found)
    except _RolledBack as done:
        return list(done.result)


def _empty(env: ActEnv, atelier: Atelier, step: str, label: str, when: datetime) -> Preview:
    """A step nobody would get today (the reminder before anyone said yes): its mail for an example reader."""
    context = env.outbox.common_context(member_footer=True) | {
        "atelier": atelier_context(atelier),
        "name": "(naam van de ontvanger)",
        "guests": 0,
        "substitute": None,
        "substitute_for": None,
        "unsubscribe_url": None,
        "data_url": None,
        "unsubscribe_mailto": f"mailto:{env.settings.service.address}",
    }
    rendered = env.outbox.renderer.render(TEMPLATES[step], **context)
    return Preview(f"{label} (nu nog niemand)", when, 0, rendered.subject, "", rendered.text, rendered.html, [])
