"""Announcements ("Mededeling", issues 15 and 16): a message from the secretariat to all active members or to the
Adviesraad, sent as a mailing with each member's own unsubscribe and data links, after a preview and an explicit
confirmation (the console), recorded in the audit log."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.ateliers.audience import advisory_board
from mailservice.env import ActEnv
from mailservice.members import deliverable_members
from mailservice.outbound.mailings import enqueue_mailing
from mailservice.store.models import Mailing, Member

TEMPLATE = "mededeling"
AUDIENCES = {"leden": "alle actieve leden", "adviesraad": "de leden van de Adviesraad"}


class AnnouncementError(ValueError):
    """A message that cannot go out as written: one Dutch sentence."""


def recipients(session: Session, audience: str) -> Sequence[Member]:
    if audience == "adviesraad":
        return advisory_board(session)
    if audience == "leden":
        return list(deliverable_members(session))
    raise AnnouncementError("Kies aan wie de mededeling gaat: alle actieve leden of de Adviesraad.")


def paragraphs(text: str) -> list[str]:
    """The text as paragraphs: a blank line starts a new one; lines within a paragraph are joined."""
    blocks = [" ".join(block.split()) for block in text.replace("\r\n", "\n").split("\n\n")]
    return [block for block in blocks if block]


def announce(session: Session, env: ActEnv, actor: audit.Actor, audience: str, subject: str, text: str) -> Mailing:
    subject, body = " ".join(subject.split()), paragraphs(text)
    if not subject:
        raise AnnouncementError("Geef de mededeling een onderwerp.")
    if not body:
        raise AnnouncementError("De mededeling heeft nog geen tekst.")
    members = recipients(session, audience)
    if not members:
        raise AnnouncementError(f"Er is niemand om de mededeling aan te sturen ({AUDIENCES[audience]}).")
    mailing = enqueue_mailing(
        session,
        TEMPLATE,
        members,
        lambda member: {"name": member.name, "onderwerp": subject, "alineas": body},
        outbox=env.outbox,
    )
    audit.record(
        session,
        actor,
        "mailing",
        f"mededeling aan {AUDIENCES[audience]}",
        at=env.clock(),
        subject=subject,
        detail=f"{mailing.total} ontvangers",
    )
    return mailing
