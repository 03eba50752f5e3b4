"""Where sent mail went: a route stays on this machine (a Maildir, SMTP to loopback) or may have left it.

Each sent row records its transport's route (``OutboundMessage.route``). The test clock is refused on a
database whose mail has left this machine (issue 19, item 6): a rehearsal there would mark real atelier steps
as sent and date rows ahead, and real members would miss their mail.
"""

from __future__ import annotations

import ipaddress

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice.store.models import OutboundMessage, OutboundStatus


def leaves(route: str | None) -> bool:
    """True if mail sent on this route may have left this machine: SMTP to anything but a loopback address (a
    route recorded as plain "smtp", from before routes were recorded, counts as having left)."""
    if not route or route == "maildir":
        return False
    host = route.removeprefix("smtp://").rpartition(":")[0].strip("[]")
    if not host:
        return True
    if host.lower() == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


def routes_that_left(session: Session) -> list[str]:
    """The routes on which this database's sent mail may have left the machine, in order."""
    routes = session.scalars(
        select(OutboundMessage.route)
        .where(OutboundMessage.status == OutboundStatus.SENT, OutboundMessage.route.is_not(None))
        .distinct()
    )
    return sorted(r for r in routes if r is not None and leaves(r))
