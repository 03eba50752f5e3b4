"""Acting on a classified message: the route table from kind to handler (STYLE.md habit 1).

A handler runs inside the inbound message's transaction and returns an Outcome: the new status of the
inbound record and the reason, which is stored. Outgoing mail goes through ``env.outbox`` in that same
transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from mailservice.actions import ateliers, bounces, leaving, membership, other
from mailservice.actions.base import Outcome
from mailservice.bouncelog import member_wrote_in
from mailservice.classify import Decision, Kind
from mailservice.env import ActEnv
from mailservice.store.models import InboundMessage, InboundStatus

Handler = Callable[[Session, ActEnv, InboundMessage, Decision], Outcome]

ROUTES: dict[Kind, Handler] = {
    Kind.SUBSCRIBE: membership.subscribe,
    Kind.CONFIRM: membership.confirm,
    # Leaving, and what a leave may ask besides: an AVG erasure or a hand-over to a successor (issue 16).
    Kind.UNSUBSCRIBE: leaving.leave,
    # Recorded as bounce events now, decided on by the scoring job (mailservice.bouncelog, issue 4).
    Kind.BOUNCE: bounces.bounce,
    Kind.AUTOREPLY: bounces.autoreply,  # never answered; "address no longer in use" counts as a hard bounce
    # Issue 7: stored per member, and RSVPs answered; what they cannot match goes to the secretariat.
    Kind.SUGGESTION: ateliers.suggestion,
    Kind.RSVP: ateliers.rsvp,
    # A person decides; but an AVG access request or a new address the classifier found (issue 16).
    Kind.OTHER: other.other,
}


# Written by a person: a member whose delivery bounced and who writes in from that address gets it back.
_FROM_PEOPLE = frozenset(Kind) - {Kind.BOUNCE, Kind.AUTOREPLY}


def act(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    if decision.kind == Kind.UNSUBSCRIBE and decision.attending is False:
        outcome = _leave_and_decline(session, env, inbound, decision)
    elif decision.kind == Kind.SUGGESTION and decision.attending is not None:
        outcome = _answer_and_suggest(session, env, inbound, decision)
    else:
        outcome = ROUTES[decision.kind](session, env, inbound, decision)
    if decision.kind in _FROM_PEOPLE and not decision.no_reply:
        member_wrote_in(session, decision.sender, inbound, env.clock())
    return outcome


def _leave_and_decline(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    """Leaving the network and declining the atelier in one message (issue 17): both are acted on. The decline
    first, while the writer is still a member (it frees the seat); then the leave, weighed like any other (an
    erasure or a hand-over still goes to the secretariat). If either needs a person, the message does."""
    declined = ateliers.rsvp(session, env, inbound, decision.replace(kind=Kind.RSVP))
    left = leaving.leave(session, env, inbound, decision)
    status = left.status if declined.status == InboundStatus.HANDLED else declined.status
    return Outcome(status, f"{left.reason}; ook voor het atelier: {declined.reason}")


def _answer_and_suggest(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    """An answer to the invitation with a topic beside it ("Ik kom graag. Voor een volgend atelier wil ik het hebben
    over ..."): the answer is recorded and confirmed, the topic stored and thanked for. If either needs a person,
    the message does."""
    answered = ateliers.rsvp(session, env, inbound, decision.replace(kind=Kind.RSVP))
    suggested = ateliers.suggestion(session, env, inbound, decision)
    status = suggested.status if answered.status == InboundStatus.HANDLED else answered.status
    return Outcome(status, f"{suggested.reason}; en voor het atelier: {answered.reason}")


__all__ = ["ROUTES", "Outcome", "act"]
