"""Logboek (issue 14): every change, by a person (who, when, from which address) or by the service (which message,
which rule). People's changes are audit rows; what the service and members themselves did to memberships are
the members' events. Filters: kind, person, member address, period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mailservice.clock import AMSTERDAM
from mailservice.member_data import EVENTS, moment
from mailservice.store.models import AuditEntry, InboundMessage, Member, MemberEvent
from mailservice.web.console.base import PREFIX, Console

LIMIT = 500
# Member events that are not a person's console or CLI work (those are audit rows): the service, or the member.
_SERVICE_ACTORS = {"system": "dienst", "email": "lid (e-mail)", "web": "lid (website)"}
KINDS = {
    "lid": "leden",
    "bericht": "berichten",
    "account": "accounts",
    "atelier": "ateliers",
    "mailing": "mailings",
    "netwerk": "organisaties en gemeenten",  # issue 16: organisations.municipalities.AUDIT_KIND
}


@dataclass(frozen=True)
class Line:
    at: datetime
    when: str
    actor: str
    address: str
    kind: str
    action: str
    subject: str
    detail: str
    message: str  # "#12 (regel rsvp_ja)" when a message caused it


def _day(value: str | None, end: bool = False) -> datetime | None:
    for fmt in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            day = datetime.strptime((value or "").strip(), fmt).date()
        except ValueError:
            continue
        return datetime.combine(day + timedelta(days=1) if end else day, time(), tzinfo=AMSTERDAM)
    return None


def lines(session: Session, params: dict[str, str]) -> list[Line]:
    kind, actor = params.get("soort", ""), params.get("wie", "").strip().lower()
    subject = params.get("lid", "").strip().lower()
    since, until = _day(params.get("van")), _day(params.get("tot"), end=True)
    audit = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(LIMIT)
    events = (
        select(MemberEvent, Member.email)
        .join(Member, Member.id == MemberEvent.member_id)
        .where(MemberEvent.actor.in_(list(_SERVICE_ACTORS)))
        .order_by(MemberEvent.at.desc(), MemberEvent.id.desc())
        .limit(LIMIT)
    )
    if kind in KINDS:
        audit = audit.where(AuditEntry.kind == kind)
    if actor:
        audit = audit.where(AuditEntry.actor.contains(actor))
    if subject:
        audit = audit.where(AuditEntry.subject.contains(subject))
        events = events.where(Member.email.contains(subject))
    if since:
        audit, events = audit.where(AuditEntry.at >= since), events.where(MemberEvent.at >= since)
    if until:
        audit, events = audit.where(AuditEntry.at < until), events.where(MemberEvent.at < until)
    found = [
        Line(
            e.at,
            moment(e.at),
            e.actor,
            e.address or "",
            e.kind,
            e.action,
            e.subject or "",
            e.detail or "",
            f"#{e.inbound_id}" + (f" (regel {e.rule})" if e.rule else "") if e.inbound_id else "",
        )
        for e in session.scalars(audit)
    ]
    wants_members = kind in ("", "lid") and (not actor or any(actor in name for name in _SERVICE_ACTORS.values()))
    if wants_members:
        rules = {}
        rows = session.execute(events).all()
        ids = [ev.inbound_id for ev, _ in rows if ev.inbound_id]
        if ids:
            rules = dict(
                session.execute(select(InboundMessage.id, InboundMessage.rule).where(InboundMessage.id.in_(ids))).all()
            )
        for ev, address in rows:
            message = (
                f"#{ev.inbound_id}" + (f" (regel {rules[ev.inbound_id]})" if rules.get(ev.inbound_id) else "")
                if ev.inbound_id
                else ""
            )
            found.append(
                Line(
                    ev.at,
                    moment(ev.at),
                    _SERVICE_ACTORS[ev.actor],
                    "",
                    "lid",
                    EVENTS.get(ev.event, ev.event),
                    address,
                    ev.detail or "",
                    message,
                )
            )
    found.sort(key=lambda line: line.at, reverse=True)
    return found[:LIMIT]


class Logbook:
    def __init__(self, console: Console) -> None:
        self.c = console

    def routes(self) -> list[Route]:
        return [Route(PREFIX + "/logboek", self.index, methods=["GET"])]

    async def index(self, request: Request) -> Response:
        current = await self.c.require(request)
        params = dict(request.query_params)
        found = await self.c.read(lambda s: lines(s, params))
        return self.c.page(request, "logboek", current, lines=found, params=params, kinds=KINDS, limit=LIMIT)
