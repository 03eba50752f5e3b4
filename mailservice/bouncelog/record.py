"""From a detected bounce to bounce events: which outgoing message, which member, which failure.

Attribution, most exact first, and the event stores which one decided (``attributed_by``):
1. ``verp``: the token of our return path ``bounces+<row>.<member>.<mac>@domain`` (mailservice.outbound.tags), from
   the address the report was delivered to (envelope or Delivered-To) or the returned original's headers;
2. ``ref``: the same token in the X-Mailservice-Ref header of the returned original;
3. ``message-id``: the Message-ID of our outgoing row, found in the returned original;
4. ``address``: the failed recipient's address is a member's address.
Of a forwarded or expanded recipient the report gives two addresses (Final-Recipient and Original-Recipient,
"expanded from"): the one we actually mailed wins (issue 18), the tagged row's address in its thread, else an
address our outbox has sent to, so the event is recorded for the address the member gave us.
A token whose HMAC does not verify is ignored, so nobody can pin a bounce on another member. A bounce that
no step attributes is still recorded (member NULL): the secretariat sees it in ``mailservice bounces
--needs-action``, never lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailservice.bounces import BounceReport
from mailservice.bounces.report import BounceRecipient
from mailservice.bounces.verp import verp_token
from mailservice.members import find_member
from mailservice.outbound.tags import Tagger
from mailservice.store.models import (
    BounceEvent,
    InboundMessage,
    Member,
    OutboundMessage,
)

HARD, SOFT, DELAYED = "hard", "soft", "delayed"


@dataclass(frozen=True, slots=True)
class Tagged:
    """What our own tag says: the outgoing row (if still there) and the member it was for."""

    by: str
    row: OutboundMessage | None
    member_id: int | None


def severity(recipient: BounceRecipient) -> str:
    # RFC 3464 2.3.3: "delayed" is a warning that delivery goes on; it is logged, never counted.
    if recipient.action == "delayed":
        return DELAYED
    return HARD if recipient.hard else SOFT


def tagged(
    session: Session, tagger: Tagger, report: BounceReport | None, envelope_to: Iterable[str], domain: str
) -> Tagged | None:
    tokens: list[tuple[str, str]] = []
    for address in envelope_to:
        if token := verp_token(address, domain=domain):
            tokens.append(("verp", token))
    if report is not None:
        if report.verp_token:
            tokens.append(("verp", report.verp_token))
        if report.mailservice_ref:
            tokens.append(("ref", report.mailservice_ref))
    for by, token in tokens:
        parsed = tagger.parse_verp_token(token)
        if parsed is not None:
            row_id, member_id = parsed
            if member_id is not None and session.get(Member, member_id) is None:
                member_id = None  # erased since (AVG): the bounce is kept, attributed to nobody
            return Tagged(by, session.get(OutboundMessage, row_id), member_id)
    if report is not None and report.original_message_id:
        row = session.scalars(
            select(OutboundMessage).where(OutboundMessage.message_id == f"<{report.original_message_id}>")
        ).first()
        if row is not None:
            return Tagged("message-id", row, row.member_id)
    return None


def _matches(tag: Tagged, addresses: Sequence[str], only_one: bool) -> bool:
    """Does the tag speak of this failed recipient? We send one message per recipient, so with one failure
    it does; with several (a forwarding chain), only the one whose address (or alias) the row was sent to."""
    if only_one:
        return True
    return tag.row is not None and tag.row.to_addr.lower() in addresses


def _candidates(recipient: BounceRecipient) -> list[str]:
    """The recipient's address and its alias (the other address the report gives for the same failure)."""
    found = [(recipient.address or "").strip().lower()]
    alias = (recipient.alias or "").strip().lower()
    if alias and alias not in found:
        found.append(alias)
    return found


def _mailed(session: Session, tag: Tagged | None, candidates: Sequence[str]) -> str | None:
    """Of the report's addresses for one failure, the one we actually mailed: the tagged row's address in that
    thread, else one our outbox has sent to. None when we mailed none of them (or there is only one)."""
    if len(candidates) < 2:
        return None
    if tag is not None and tag.row is not None and tag.row.to_addr.lower() in candidates:
        return tag.row.to_addr.lower()
    sent = set(
        session.scalars(
            select(func.lower(OutboundMessage.to_addr)).where(func.lower(OutboundMessage.to_addr).in_(candidates))
        )
    )
    return next((a for a in candidates if a in sent), None)


def events_for(
    session: Session,
    *,
    now: datetime,
    inbound: InboundMessage,
    kind: str,
    layer: str,
    recipients: Sequence[BounceRecipient],
    tag: Tagged | None,
) -> list[BounceEvent]:
    """One event per failed or delayed recipient (or one for the tagged row when the report names nobody)."""
    if not recipients and tag is not None and tag.row is not None:
        recipients = [
            BounceRecipient(
                address=tag.row.to_addr,
                action="failed",
                hard=False,
                reason="undefined",
                diagnostic="de melding noemt geen ontvanger; adres uit ons eigen kenmerk",
            )
        ]
    if not recipients:
        recipients = [
            BounceRecipient(
                address="",
                action="failed",
                hard=False,
                reason="undefined",
                diagnostic="geen ontvanger gevonden in de melding",
            )
        ]
    events: list[BounceEvent] = []
    wanted = [r for r in recipients if r.action not in ("delivered", "relayed", "expanded")]
    for recipient in wanted:
        candidates = _candidates(recipient)
        address = _mailed(session, tag, candidates) or candidates[0]
        member_id: int | None = None
        outbound_id: int | None = None
        by: str | None = None
        if tag is not None and _matches(tag, candidates, len(wanted) == 1):
            outbound_id = tag.row.id if tag.row is not None else None
            member_id = tag.member_id or (tag.row.member_id if tag.row is not None else None)
            by = tag.by
            if not address and tag.row is not None:
                address = tag.row.to_addr.lower()
        if member_id is None:
            for candidate in dict.fromkeys([address, *candidates]):
                if candidate and (member := find_member(session, candidate)) is not None:
                    # attributed_by names how the *member* was found; the event keeps that member's address
                    member_id, by, address = member.id, "address", candidate
                    break
        events.append(
            BounceEvent(
                at=now,
                kind=kind,
                member_id=member_id,
                address=address[:320],
                outbound_id=outbound_id,
                inbound_id=inbound.id,
                status=(recipient.status or "")[:20],
                diagnostic=recipient.diagnostic,
                severity=severity(recipient),
                reason=(recipient.reason or "undefined")[:40],
                layer=layer[:40],
                attributed_by=by,
            )
        )
    session.add_all(events)
    return events
