"""Verzending (issue 15): outgoing mail as the secretariat follows it. Mailings with their progress and state (a
paused one with "hervatten" and "annuleren"), the messages that failed or wait for another try (with their reason,
"opnieuw versturen" and "annuleren"), the answers the per-address limits held back, and what the schedule sends
next. Every change goes through mailservice.outbound.interventions, the functions ``mailservice outbox`` shares,
which write the audit row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailservice.labels import dutch
from mailservice.member_data import moment
from mailservice.outbound import interventions
from mailservice.outbound.outbox import LIMIT_REACHED
from mailservice.store.models import Mailing, MailingState, OutboundMessage, OutboundStatus
from mailservice.web.console.base import PREFIX, Console
from mailservice.web.console.overview import next_mailings

MAILINGS, MESSAGES, CAPPED, SCHEDULE = 20, 200, 50, 20


@dataclass(frozen=True)
class MailingLine:
    id: int
    created: str
    subject: str
    state: str
    state_words: str
    total: int
    sent: int
    failed: int
    done: int  # sent, failed or cancelled: what the progress bar shows
    reason: str
    open: bool  # something can still go out: it may be cancelled


@dataclass(frozen=True)
class MessageLine:
    id: int
    created: str
    to: str
    subject: str
    status: str
    status_words: str
    attempts: int
    next_try: str
    reason: str


def _message(row: OutboundMessage) -> MessageLine:
    return MessageLine(
        row.id,
        moment(row.created_at),
        row.to_addr,
        row.subject,
        row.status,
        dutch(row.status),
        row.attempts,
        moment(row.next_attempt_at) if row.status == OutboundStatus.DEFERRED else "",
        row.last_error or row.server_reply or "",
    )


def _rows(session: Session, *where: Any, limit: int = MESSAGES) -> list[MessageLine]:
    """The newest messages that match, without their stored copy (a mailing's rows are large)."""
    query = select(OutboundMessage).options(defer(OutboundMessage.raw)).where(*where)
    return [_message(r) for r in session.scalars(query.order_by(OutboundMessage.id.desc()).limit(limit))]


def gather(session: Session, status: str | None = None) -> dict[str, Any]:
    counts = dict(session.execute(select(OutboundMessage.status, func.count()).group_by(OutboundMessage.status)).all())
    cancelled_rows = dict(
        session.execute(
            select(OutboundMessage.mailing_id, func.count())
            .where(OutboundMessage.mailing_id.is_not(None), OutboundMessage.status == OutboundStatus.CANCELLED)
            .group_by(OutboundMessage.mailing_id)
        ).all()
    )
    mailings = [
        MailingLine(
            m.id,
            moment(m.created_at),
            m.subject or m.purpose,
            m.state,
            dutch(m.state),
            m.total,
            m.sent_count,
            m.failed_count,
            min(m.sent_count + m.failed_count + cancelled_rows.get(m.id, 0), m.total),
            m.paused_reason or "",
            m.state in (MailingState.QUEUED, MailingState.SENDING, MailingState.PAUSED),
        )
        for m in session.scalars(select(Mailing).order_by(Mailing.id.desc()).limit(MAILINGS))
    ]
    return {
        # Every status there is, in the order of the way out; each a link to its messages.
        "counts": [(str(s), dutch(s), counts[s]) for s in OutboundStatus if counts.get(s)],
        "shown": status,
        "shown_word": dutch(status) if status else "",
        "chosen": _rows(session, OutboundMessage.status == status) if status else [],
        "mailings": mailings,
        "trouble": _rows(session, OutboundMessage.status.in_([OutboundStatus.FAILED, OutboundStatus.DEFERRED])),
        "capped": _rows(
            session,
            OutboundMessage.status == OutboundStatus.CANCELLED,
            OutboundMessage.last_error.startswith(LIMIT_REACHED),
            limit=CAPPED,
        ),
        "retryable": [str(s) for s in interventions.RETRYABLE],
        "cancellable": [str(s) for s in interventions.CANCELLABLE],
        "schedule": next_mailings(session, SCHEDULE),
    }


class OutboxPage:
    def __init__(self, console: Console) -> None:
        self.c = console

    def routes(self) -> list[Route]:
        base = PREFIX + "/verzending"
        return [
            Route(base, self.index, methods=["GET"]),
            Route(base + "/bericht/{row_id:int}/opnieuw", self.retry, methods=["POST"]),
            Route(base + "/bericht/{row_id:int}/annuleren", self.cancel, methods=["POST"]),
            Route(base + "/mailing/{row_id:int}/hervatten", self.resume_mailing, methods=["POST"]),
            Route(base + "/mailing/{row_id:int}/annuleren", self.cancel_mailing, methods=["POST"]),
        ]

    async def index(self, request: Request) -> Response:
        current = await self.c.require(request)
        chosen = request.query_params.get("status", "")
        status = chosen if chosen in {str(s) for s in OutboundStatus} else None
        found = await self.c.read(lambda s: gather(s, status))
        return self.c.page(request, "verzending", current, notice=request.query_params.get("melding"), **found)

    async def retry(self, request: Request) -> Response:
        return await self._act(request, interventions.retry, "opnieuw")

    async def cancel(self, request: Request) -> Response:
        return await self._act(request, interventions.cancel, "geannuleerd")

    async def resume_mailing(self, request: Request) -> Response:
        return await self._act(request, interventions.resume_mailing, "hervat")

    async def cancel_mailing(self, request: Request) -> Response:
        return await self._act(request, interventions.cancel_mailing, "mailing_geannuleerd")

    async def _act(self, request: Request, act: Any, notice: str) -> Response:
        current = await self.c.require(request)
        await self.c.form(request, current)
        row_id, actor, now = request.path_params["row_id"], self.c.actor(request, current), self.c.env.clock()
        try:
            await self.c.write(lambda s: act(s, actor, row_id, now))
        except interventions.OutboxError as exc:
            text = str(exc)
            return self.c.page(request, "fout", current, status=409, message=text[:1].upper() + text[1:] + ".")
        return RedirectResponse(f"{PREFIX}/verzending?melding={notice}", status_code=303)
