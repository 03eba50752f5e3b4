"""A message of kind ``other``: a person decides, unless the classifier found one of the requests below in it
(issue 16; the Decision's ``extra`` names it, no field of its own).

- An AVG access request (art. 15: "inzageverzoek", "welke gegevens heeft u van mij?") from a member's address is
  answered at once with everything the service stores about that member (``casework.privacy.send_export``): the
  export goes to the member's own address only, whoever put it in From, so answering needs no further evidence.
- A new address ("Per 1 januari wijzigt mijn e-mailadres in ..."): when the request is shown to come from the
  member (the evidence an unsubscribe needs: a reply to our mail to this member, or DMARC/DKIM pass by a trusted
  server), the new address is asked to confirm (``casework.addresses.request_change``); it moves only after that.
  Without evidence anyone could move a member's mail to their own mailbox: the secretariat decides.

From an address that is no member, either goes to the secretariat.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.actions.base import Outcome
from mailservice.actions.language import written_in
from mailservice.actions.membership import evidence
from mailservice.casework import addresses, privacy
from mailservice.casework.record import CaseworkError
from mailservice.classify import Decision
from mailservice.env import ActEnv
from mailservice.members import find_member
from mailservice.store.models import InboundMessage, InboundStatus, Member, MemberStatus

OTHER = "niet automatisch te verwerken"


def _access(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision, member: Member) -> Outcome:
    privacy.send_export(
        session, env, audit.SERVICE, member, inbound=inbound, in_reply_to=decision.message_id,
        references=decision.references, written_in=written_in(session, decision),
    )  # fmt: skip
    return Outcome(InboundStatus.HANDLED, f"AVG-inzageverzoek: gegevens gestuurd naar {member.email}")


def _new_address(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision, member: Member) -> Outcome:
    new = str(decision.extra["new_address"])
    command = f"mailservice members change-address {member.email} {new}"
    if member.status != MemberStatus.ACTIVE:
        return Outcome(
            InboundStatus.UNHANDLED, f"nieuw adres {new} voor {member.email}, geen actief lid: een mens kijkt"
        )
    shown = evidence(session, env, member, decision)
    if shown is None:
        return Outcome(
            InboundStatus.UNHANDLED,
            f"nieuw adres {new} gevraagd vanaf {member.email}, niet aantoonbaar van het lid: het secretariaat "
            f"beslist ('{command}')",
        )
    try:
        addresses.request_change(
            session, env, audit.SERVICE, member, new, inbound=inbound, written_in=written_in(session, decision)
        )
    except CaseworkError as exc:
        return Outcome(InboundStatus.UNHANDLED, f"nieuw adres {new}: {exc}; voor het secretariaat")
    return Outcome(InboundStatus.HANDLED, f"nieuw adres {new} ({shown}): het nieuwe adres moet bevestigen")


Request = Callable[[Session, ActEnv, InboundMessage, Decision, Member], Outcome]
# The extra the classifier sets -> the request it names, and how it reads for the secretariat.
REQUESTS: dict[str, tuple[Request, str]] = {
    "access": (_access, "AVG-inzageverzoek"),
    "new_address": (_new_address, "nieuw e-mailadres"),
}


def other(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    found = next(((key, *REQUESTS[key]) for key in REQUESTS if decision.extra.get(key)), None)
    if found is None:
        return Outcome(InboundStatus.UNHANDLED, OTHER)
    _, handle, what = found
    sender = (decision.sender or "").lower()
    member = find_member(session, sender)
    if member is None or privacy.is_erased(member):
        return Outcome(InboundStatus.UNHANDLED, f"{what} van {sender or '?'}, geen lid: voor het secretariaat")
    return handle(session, env, inbound, decision, member)
