"""A message of kind ``other``: a person decides, unless it is an AVG access request (issue 16).

An access request (art. 15: "inzageverzoek", "welke gegevens heeft u van mij?") from a member's address is answered
at once with everything the service stores about that member (``casework.privacy.send_export``): the export goes
to the member's own address only, whoever put it in From, so answering needs no further evidence. From an address
that is no member it goes to the secretariat, which answers that we store nothing, or finds the person.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.actions.base import Outcome
from mailservice.casework import privacy
from mailservice.classify import Decision
from mailservice.env import ActEnv
from mailservice.members import find_member
from mailservice.store.models import InboundMessage, InboundStatus

OTHER = "niet automatisch te verwerken"


def other(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    if not decision.extra.get("access"):
        return Outcome(InboundStatus.UNHANDLED, OTHER)
    sender = (decision.sender or "").lower()
    member = find_member(session, sender)
    if member is None or privacy.is_erased(member):
        return Outcome(
            InboundStatus.UNHANDLED, f"AVG-inzageverzoek van {sender or '?'}, geen lid: voor het secretariaat"
        )
    privacy.send_export(
        session, env, audit.SERVICE, member, inbound=inbound, in_reply_to=decision.message_id,
        references=decision.references,
    )  # fmt: skip
    return Outcome(InboundStatus.HANDLED, f"AVG-inzageverzoek: gegevens gestuurd naar {member.email}")
