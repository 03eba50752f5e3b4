"""Acting on a classified message: the route table from kind to handler (STYLE.md habit 1).

A handler runs inside the inbound message's transaction and returns an Outcome: the new status of the
inbound record and the reason, which is stored. Outgoing mail goes through ``env.outbox`` in that same
transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from mailservice.actions import membership
from mailservice.actions.base import ActEnv, Outcome, needs_human, recorded
from mailservice.classify import Decision, Kind
from mailservice.models import InboundMessage

Handler = Callable[[Session, ActEnv, InboundMessage, Decision], Outcome]

ROUTES: dict[Kind, Handler] = {
    Kind.SUBSCRIBE: membership.subscribe,
    Kind.CONFIRM: membership.confirm,
    Kind.UNSUBSCRIBE: membership.unsubscribe,
    # Recorded now, acted on by the bounce issue's scoring job.
    Kind.BOUNCE: recorded("bounce vastgelegd"),
    Kind.AUTOREPLY: recorded("automatisch antwoord: niet beantwoord"),
    # Not automated yet: the secretariat reads them (the ateliers issue acts on them).
    Kind.SUGGESTION: needs_human("themasuggestie: voor het secretariaat"),
    Kind.RSVP: needs_human("reactie op uitnodiging: voor het secretariaat"),
    Kind.OTHER: needs_human("niet automatisch te verwerken"),
}


def act(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    return ROUTES[decision.kind](session, env, inbound, decision)


__all__ = ["ROUTES", "ActEnv", "Outcome", "act"]
