"""Substitutes: a member who cannot come names someone in their place, who gets mail of their own."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from mailservice.ateliers.facts import atelier_context, calendar_attachment
from mailservice.env import ActEnv
from mailservice.store.models import (
    OutboundMessage,
    Rsvp,
    RsvpStatus,
)


def display(rsvp: Rsvp) -> str | None:
    """How a mail names the substitute: by name when the member gave one, with the address (issue 19, item 4)."""
    if not rsvp.substitute:
        return None
    if rsvp.substitute_name:
        return f"{rsvp.substitute_name} ({rsvp.substitute})" if "@" in rsvp.substitute else rsvp.substitute_name
    return rsvp.substitute


def reachable(rsvp: Rsvp) -> bool:
    """The service writes to the substitute itself (and so has invited them): an address was given."""
    return bool(rsvp.substitute and "@" in rsvp.substitute)


def mail_substitute(
    session: Session,
    env: ActEnv,
    rsvp: Rsvp,
    purpose: str,
    method: str | None,
    extra: dict[str, Any],
    substitute: str | None = None,
) -> OutboundMessage:
    """One mail to the substitute (``substitute``, else the RSVP's), with an .ics naming them when ``method`` is
    given. Not tied to the member (member=None): a bounce of the substitute's address must not count against
    the member, and the substitute gets no member footer."""
    to = substitute or rsvp.substitute
    assert to is not None
    member = rsvp.member
    # Greeted by name when the member named them, and this mail goes to the substitute the name belongs to.
    name = rsvp.substitute_name if to == rsvp.substitute else None
    return env.outbox.add(
        session,
        purpose,
        to=to,
        auto_submitted="auto-generated",
        context=env.outbox.common_context()
        | {
            "name": name,
            "atelier": atelier_context(rsvp.atelier),
            "member_name": member.name or member.email,
            "guests": rsvp.guests,
            **extra,
        },
        attachments=(calendar_attachment(env, rsvp.atelier, method, (to, name)),) if method else (),
    )


def release_substitute(session: Session, env: ActEnv, rsvp: Rsvp, substitute: str) -> OutboundMessage | None:
    """A substitute who held the member's seat and is no longer needed (the member comes after all, names
    someone else, or cancels): told so, with METHOD:CANCEL for the same UID so the calendar item goes away."""
    if "@" not in substitute:
        return None
    return mail_substitute(session, env, rsvp, "vervanger_vervalt", "CANCEL", {}, substitute=substitute)


def invite_substitute(session: Session, env: ActEnv, rsvp: Rsvp) -> OutboundMessage | None:
    """The substitute named in an RSVP that holds a seat gets the invitation of their own (details and .ics)."""
    if not reachable(rsvp) or rsvp.status != RsvpStatus.ATTENDING:
        return None
    return mail_substitute(session, env, rsvp, "uitnodiging_vervanger", "REQUEST", {})
