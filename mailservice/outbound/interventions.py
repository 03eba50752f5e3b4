"""What a person does to outgoing mail (issue 6, issue 15): retry or cancel one message, resume or cancel a mailing.

One function per act, each in the caller's transaction with the audit row that says who did it, so the console's
"Verzending" page and ``mailservice outbox`` do the same thing in the same words. A request that cannot be done
raises ``OutboxError`` with one Dutch sentence.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.labels import dutch
from mailservice.outbound import mailings
from mailservice.store.models import Mailing, MailingState, OutboundMessage, OutboundStatus

KIND = "mailing"  # the audit log's kind
CANCELLABLE = (OutboundStatus.QUEUED, OutboundStatus.DEFERRED, OutboundStatus.FAILED)
RETRYABLE = (OutboundStatus.DEFERRED, OutboundStatus.FAILED, OutboundStatus.CANCELLED)
_NOT_AGAIN: dict[str, str] = {
    OutboundStatus.SENT: "al verstuurd",
    OutboundStatus.SENDING: "nu onderweg",
    OutboundStatus.QUEUED: "al in de wachtrij",
}


class OutboxError(ValueError):
    """A request that cannot be done: one Dutch sentence."""


def retry(session: Session, actor: audit.Actor, row_id: int, now: datetime) -> OutboundMessage:
    """Send a failed, deferred or cancelled message again, as soon as possible."""
    row = session.get(OutboundMessage, row_id)
    if row is None:
        raise OutboxError(f"bericht {row_id} bestaat niet")
    if row.status not in RETRYABLE:
        raise OutboxError(f"bericht {row_id} is {_NOT_AGAIN.get(row.status, dutch(row.status))}")
    row.status, row.next_attempt_at, row.attempts = OutboundStatus.QUEUED, now, 0
    # The retry deadline counts from created_at: moved to now, or a mail that failed after 3 days of 4xx would fail
    # again at its first new 4xx. The message itself (Date, Message-ID) stays as written.
    row.created_at = now
    audit.record(session, actor, KIND, f"bericht {row_id} opnieuw verstuurd", at=now, subject=row.to_addr)
    return row


def cancel(session: Session, actor: audit.Actor, row_id: int, now: datetime) -> OutboundMessage:
    """Do not send a message that waits (queued, deferred) or failed."""
    row = session.get(OutboundMessage, row_id)
    if row is None:
        raise OutboxError(f"bericht {row_id} bestaat niet")
    if row.status not in CANCELLABLE:
        raise OutboxError(f"bericht {row_id} is {dutch(row.status)} en kan niet meer worden geannuleerd")
    row.status, row.last_error = OutboundStatus.CANCELLED, "geannuleerd door het secretariaat"
    audit.record(session, actor, KIND, f"bericht {row_id} geannuleerd", at=now, subject=row.to_addr)
    return row


def resume_mailing(session: Session, actor: audit.Actor, mailing_id: int, now: datetime) -> Mailing:
    mailing = session.get(Mailing, mailing_id)
    if mailing is None:
        raise OutboxError(f"mailing {mailing_id} bestaat niet")
    if mailing.state != MailingState.PAUSED:
        raise OutboxError(f"mailing {mailing_id} is niet stilgezet maar {dutch(mailing.state)}")
    mailings.resume(session, mailing_id)
    audit.record(session, actor, KIND, f"mailing {mailing_id} hervat", at=now, subject=mailing.subject)
    return mailing


def cancel_mailing(session: Session, actor: audit.Actor, mailing_id: int, now: datetime) -> int:
    """Cancel what has not gone out yet; returns how many messages will not go out."""
    mailing = session.get(Mailing, mailing_id)
    if mailing is None:
        raise OutboxError(f"mailing {mailing_id} bestaat niet")
    if mailing.state in (MailingState.DONE, MailingState.CANCELLED):
        raise OutboxError(
            f"mailing {mailing_id} is al {'klaar' if mailing.state == MailingState.DONE else 'geannuleerd'}"
        )
    count = mailings.cancel(session, mailing_id)
    message = f"Mailing {mailing_id} geannuleerd: {count} bericht(en) gaan niet meer uit."
    audit.record(
        session, actor, KIND, f"mailing {mailing_id} geannuleerd", at=now, subject=mailing.subject, detail=message
    )
    return count
