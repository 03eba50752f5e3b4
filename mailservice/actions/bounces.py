"""Acting on bounces and retired-mailbox auto-replies: record one event per failed recipient (issue 4).

Recording only: the scoring job (mailservice.bouncelog.scoring) decides later, with thresholds from config
(STYLE.md habit 8). A bounce is never answered (RFC 3834; RFC 5321 4.5.5: its sender is the null path).

The classifier's Decision carries the detector's whole report (the recipients, the layer, and our tags: VERP
token, X-Mailservice-Ref, Message-ID of the returned original): the message is detected once, by the
classifier. The envelope recipient is our VERP address when the report came to the receiver directly: the most
exact tag of all.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mailservice.actions.base import Outcome
from mailservice.bouncelog import record
from mailservice.bounces import BounceReport
from mailservice.bounces.report import BounceRecipient
from mailservice.classify import Decision
from mailservice.env import ActEnv
from mailservice.store.models import InboundMessage, InboundStatus, OutboundMessage


def _envelope_to(inbound: InboundMessage) -> list[str]:
    return [a.strip() for a in (inbound.envelope_to or "").split(",") if a.strip()]


def _layer(report: BounceReport | None) -> str:
    """Which layer decided, and when our VERP tag decided, also the parser that read the failure."""
    if report is None:
        return "heuristiek"  # the classifier's "lijkt-bounce" rule: a bounce by its looks, nothing parsed
    if report.detector and report.detector != report.layer:
        return f"{report.layer}/{report.detector}"
    return report.layer


def bounce(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    report = decision.bounce
    recipients = report.recipients if report is not None else decision.recipients
    layer = _layer(report)
    tag = record.tagged(session, env.outbox.tags(), report, _envelope_to(inbound), env.settings.service.domain)
    events = record.events_for(
        session, now=env.clock(), inbound=inbound, kind="dsn", layer=layer, recipients=recipients, tag=tag
    )
    parts = [
        f"{e.address or '?'} {e.severity} {e.status or '-'} {e.reason} "
        + (f"(lid #{e.member_id} via {e.attributed_by})" if e.member_id else "(niet toe te wijzen)")
        for e in events
    ]
    return Outcome(
        InboundStatus.IGNORED,
        "bounce vastgelegd: " + "; ".join(parts[:5]) + (f" (+{len(parts) - 5})" if len(parts) > 5 else ""),
    )


def autoreply(session: Session, env: ActEnv, inbound: InboundMessage, decision: Decision) -> Outcome:
    """Never answered. A "this address is no longer in use" reply counts like a hard bounce (issue 4)."""
    if not decision.address_gone:
        return Outcome(InboundStatus.IGNORED, "automatisch antwoord: niet beantwoord")
    tag = _thread_tag(session, decision)
    address = (decision.sender or (tag.row.to_addr if tag and tag.row else "") or "").lower()
    # X.1.6: "destination mailbox has moved, no forwarding address" (RFC 3463), the nearest code.
    gone = BounceRecipient(
        address=address,
        status="5.1.6",
        action="failed",
        hard=True,
        reason="hasmoved",
        diagnostic=f"automatisch antwoord: {decision.reason}"[:1000],
    )
    events = record.events_for(
        session, now=env.clock(), inbound=inbound, kind="autoreply", layer="autoreply", recipients=[gone], tag=tag
    )
    who = f"lid #{events[0].member_id} via {events[0].attributed_by}" if events[0].member_id else "niet toe te wijzen"
    return Outcome(
        InboundStatus.IGNORED, f"automatisch antwoord: adres buiten gebruik; als harde bounce vastgelegd ({who})"
    )


def _thread_tag(session: Session, decision: Decision) -> record.Tagged | None:
    """The auto-reply answers one of our messages (In-Reply-To / References): that row names the member.

    The nearest of our mails in the thread, as ingest looked it up for the classifier (the Decision carries it)."""
    row = session.get(OutboundMessage, decision.thread[0]) if decision.thread else None
    if row is None or row.member_id is None:
        return None
    if decision.sender and row.to_addr.lower() != decision.sender.lower():
        return None  # somebody else's auto-reply in the thread: the address match below decides
    return record.Tagged("thread", row, row.member_id)
