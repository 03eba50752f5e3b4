"""The audit log (issue 14): every change by a person or by the service, as rows the console's "Logboek" filters.

Domain functions that change members, ateliers, mailings, accounts or settings call ``record`` in the transaction
of the change, with the ``Actor`` their caller passes down: a console user (with the client address), the CLI
(``CLI``), a member acting through a link (``MEMBER``) or the service itself acting on a message (``SERVICE``, with
the message and the classifier's rule).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from mailservice.store.models import AuditEntry, InboundMessage


@dataclass(frozen=True)
class Actor:
    name: str  # a console username, or one of the fixed actors below
    address: str | None = None  # the client address of a person on the web

    @property
    def event_actor(self) -> str:
        """How MemberEvent.actor names this actor ("email", "web", "cli", "system", or "console:<username>")."""
        return _EVENT_ACTORS.get(self.name, f"console:{self.name}")


SERVICE = Actor("dienst")
CLI = Actor("cli")
MEMBER = Actor("lid")
_EVENT_ACTORS = {SERVICE.name: "system", CLI.name: "cli", MEMBER.name: "web"}


def record(
    session: Session,
    actor: Actor,
    kind: str,
    action: str,
    *,
    at: datetime,
    subject: str | None = None,
    detail: str | None = None,
    inbound: InboundMessage | None = None,
    rule: str | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        at=at,
        actor=actor.name,
        address=actor.address,
        kind=kind,
        action=action,
        subject=subject,
        detail=detail,
        inbound_id=inbound.id if inbound is not None else None,
        rule=rule,
    )
    session.add(entry)
    return entry
