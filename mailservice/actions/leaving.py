"""A message that leaves the network, and what it may ask besides (issue 16): an AVG erasure, or a hand-over.

- An erasure ("artikel 17 AVG", "verwijder al mijn gegevens") is asked back at the member's own address with a
  reference of its own; only the member's reply with it and a yes of their own erases (``membership.confirm``).
  From someone who is no member, or an address we do not know, it goes to the secretariat.
- A hand-over ("Mijn opvolger is Ilse de Boer, i.deboer@..."): the successor is invited with double opt-in, naming
  the predecessor, and the predecessor is told (``casework.invitations.hand_over``); the predecessor's own leave is
  then weighed like any unsubscribe (``membership.unsubscribe``: evidence, or the question at their address).
- Anything else: ``membership.unsubscribe``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.actions import membership
from mailservice.actions.base import Outcome
from mailservice.actions.language import written_in
from mailservice.casework import invitations, privacy
from mailservice.casework.record import CaseworkError
from mailservice.classify import Decision
from mailservice.env import ActEnv
from mailservice.members import find_member
from mailservice.store.models import InboundMessage, InboundStatus, MemberStatus


def leave(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    if decision.erase:
        return _erasure(session, env, inbound, decision)
    if decision.successor:
        return _hand_over(session, env, inbound, decision)
    return membership.unsubscribe(session, env, inbound, decision)


def _erasure(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    sender = (decision.sender or "").lower()
    member = find_member(session, sender)
    if member is None or privacy.is_erased(member):
        return Outcome(
            InboundStatus.UNHANDLED, f"AVG-verwijderverzoek van {sender or '?'}, geen lid: voor het secretariaat"
        )
    privacy.request_erasure(
        session, env, audit.SERVICE, member, inbound=inbound, in_reply_to=decision.message_id,
        references=decision.references, written_in=written_in(session, decision),
    )  # fmt: skip
    return Outcome(
        InboundStatus.HANDLED, f"AVG-verwijderverzoek: bevestiging gevraagd aan {member.email}; nog niets verwijderd"
    )


def _hand_over(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    sender = (decision.sender or "").lower()
    predecessor = find_member(session, sender)
    successor = decision.successor or ""
    if predecessor is None or predecessor.status != MemberStatus.ACTIVE:
        return Outcome(
            InboundStatus.UNHANDLED,
            f"opvolger {successor} genoemd door {sender or '?'}, geen actief lid: voor het secretariaat",
        )
    try:
        invitations.hand_over(
            session, env, audit.SERVICE, predecessor, successor, successor_name=decision.name, inbound=inbound,
            in_reply_to=decision.message_id, references=decision.references,
            written_in=written_in(session, decision),
        )  # fmt: skip
    except CaseworkError as exc:
        return Outcome(InboundStatus.UNHANDLED, f"opvolger {successor} genoemd, maar: {exc}; voor het secretariaat")
    left = membership.unsubscribe(session, env, inbound, decision.replace(successor=None))
    return Outcome(left.status, f"opvolger {successor} uitgenodigd (wacht op eigen bevestiging); {left.reason}")
