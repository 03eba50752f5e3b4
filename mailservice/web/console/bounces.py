"""Bounces (issue 15): the bounce log as the secretariat reads it. Who, which address, when, hard or soft, the cause
in Dutch, how the bounce was tied to a member, and that member's delivery state; filters by period, kind,
organisation and address; each report as it came in (the stored message, or the server's reply at send time); and
"bezorging weer aan" for a member, through the casework function the CLI's ``members enable`` shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailservice import exports
from mailservice.bouncelog.export import COLUMNS
from mailservice.bouncelog.scoring import conclusive
from mailservice.bouncelog.summary import wants_a_person
from mailservice.bouncelog.words import attribution, describe, layer, severity
from mailservice.casework.delivery import deliver_again
from mailservice.casework.record import CaseworkError
from mailservice.member_data import moment
from mailservice.store.models import BounceEvent, Delivery, InboundMessage, Member
from mailservice.web.console.base import PREFIX, Console
from mailservice.web.console.logbook import _day
from mailservice.web.console.members import DELIVERY
from mailservice.web.responses import download

PAGE = 200
KINDS = {"hard": "hard", "soft": "zacht", "delayed": "vertraagd"}
NEWEST = (BounceEvent.at.desc(), BounceEvent.id.desc())
_FILTERS = ("van", "tot", "soort", "organisatie", "adres", "aandacht", "pagina")
_DIAGNOSTIC = 300  # the page shows this much of the server's words; the download has all of it


@dataclass(frozen=True)
class Line:
    id: int
    when: str
    member_id: int | None
    who: str  # the member's name, or her address, or "(niet toegewezen)"
    organisation: str
    address: str
    kind: str  # the stored code: hard, soft, delayed (or "" before scoring)
    kind_words: str
    status: str  # the RFC 3463 code
    cause: str
    diagnostic: str
    attributed: str
    found_by: str  # which part of the detection read the failure
    counts: bool  # tied to our own mail beyond doubt: only such a bounce can switch delivery off
    delivery: str


@dataclass(frozen=True)
class Off:
    """A member whose delivery is off: who, since when and why, for the "bezorging weer aan" button."""

    id: int
    who: str
    email: str
    delivery: str
    since: str
    reason: str


def _like(value: str) -> str:
    return f"%{value.strip().lower().replace('%', '').replace('_', '')}%"


_Q = TypeVar("_Q", bound="Select[*tuple[Any, ...]]")


def _filtered(query: _Q, params: dict[str, str], events: bool) -> _Q:
    if organisation := params.get("organisatie", "").strip():
        query = query.where(func.lower(Member.organisation).like(_like(organisation)))
    if address := params.get("adres", "").strip():
        conditions = [func.lower(Member.email).like(_like(address))]
        if events:
            conditions.append(func.lower(BounceEvent.address).like(_like(address)))
        query = query.where(or_(*conditions))
    return query


def _selected(params: dict[str, str]) -> Select[BounceEvent, Member]:
    """The events the filters select, the newest first: the page shows them a page at a time, the CSV all."""
    query = _filtered(select(BounceEvent, Member).outerjoin(Member, BounceEvent.member_id == Member.id), params, True)
    if params.get("aandacht"):
        query = query.where(wants_a_person())
    if (kind := params.get("soort", "")) in KINDS:
        query = query.where(BounceEvent.severity == kind)
    if since := _day(params.get("van")):
        query = query.where(BounceEvent.at >= since)
    if until := _day(params.get("tot"), end=True):
        query = query.where(BounceEvent.at < until)
    return query


def events(session: Session, params: dict[str, str]) -> tuple[list[Line], int]:
    query = _selected(params)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = _page(params)
    rows = session.execute(query.order_by(*NEWEST).offset((page - 1) * PAGE).limit(PAGE)).all()
    lines = []
    for e, m in rows:
        diagnostic = " ".join((e.diagnostic or "").split())
        lines.append(
            Line(
                id=e.id,
                when=moment(e.at),
                member_id=m.id if m else None,
                who=(m.name or m.email) if m else "(niet toegewezen)",
                organisation=(m.organisation or "") if m else "",
                address=e.address or "",
                kind=e.severity or "",
                kind_words=severity(e.severity) if e.severity else "nog niet beoordeeld",
                status=e.status or "",
                cause=describe(e.reason) if e.reason else "nog niet beoordeeld",
                diagnostic=diagnostic[:_DIAGNOSTIC] + ("…" if len(diagnostic) > _DIAGNOSTIC else ""),
                attributed=attribution(e.attributed_by),
                found_by=layer(e.layer),
                counts=conclusive(e),
                delivery=DELIVERY.get(m.delivery, m.delivery) if m else "",
            )
        )
    return lines, total


def delivery_off(session: Session, params: dict[str, str]) -> list[Off]:
    query = _filtered(select(Member).where(Member.delivery != Delivery.ENABLED), params, False)
    return [
        Off(
            m.id,
            m.name or m.email,
            m.email,
            DELIVERY.get(m.delivery, m.delivery),
            moment(m.delivery_since),
            m.delivery_reason or "",
        )
        for m in session.scalars(query.order_by(Member.delivery_since.desc(), Member.id).limit(PAGE))
    ]


def _page(params: dict[str, str]) -> int:
    value = params.get("pagina", "")
    return int(value) if value.isdigit() and int(value) > 0 else 1


def export(session: Session, params: dict[str, str]) -> bytes:
    """The selected events as ``mailservice bounces --csv`` writes them: Excel-ready (mailservice.exports)."""
    rows = session.execute(_selected(params).order_by(*NEWEST))
    return exports.csv_bytes(COLUMNS, ((e, m) for e, m in rows))


def report(session: Session, event_id: int) -> tuple[bytes, str, str] | None:
    """The report as it came in: the stored message (.eml), or for a refusal at send time the server's reply."""
    event = session.get(BounceEvent, event_id)
    if event is None:
        return None
    if event.inbound_id and (inbound := session.get(InboundMessage, event.inbound_id)) is not None:
        return inbound.raw, "message/rfc822", f"bounce-{event_id}.eml"
    text = (
        f"Geweigerd bij verzenden aan {event.address} op {moment(event.at)}\n"
        f"Status: {event.status or '?'}\n\nAntwoord van de server:\n{event.diagnostic or '(geen)'}\n"
    )
    return text.encode(), "text/plain; charset=utf-8", f"bounce-{event_id}.txt"


class Bounces:
    def __init__(self, console: Console) -> None:
        self.c = console

    def routes(self) -> list[Route]:
        base = PREFIX + "/bounces"
        return [
            Route(base, self.index, methods=["GET"]),
            Route(base + "/bounces.csv", self.csv, methods=["GET"]),
            Route(base + "/{event_id:int}/melding", self.download, methods=["GET"]),
            Route(base + "/bezorging/{member_id:int}", self.deliver_again, methods=["POST"]),
        ]

    async def index(self, request: Request) -> Response:
        current = await self.c.require(request)
        params = dict(request.query_params)

        def load(session: Session) -> tuple[tuple[list[Line], int], list[Off]]:
            return events(session, params), delivery_off(session, params)

        (lines, total), off = await self.c.read(load)
        page = _page(params)
        query = {k: v for k, v in params.items() if k not in ("pagina", "melding") and v}
        return self.c.page(
            request,
            "bounces",
            current,
            lines=lines,
            total=total,
            off=off,
            limit=PAGE,
            params=params,
            kinds=KINDS,
            page=page,
            pages=max((total + PAGE - 1) // PAGE, 1),
            query=query,
            back=urlencode({k: v for k, v in params.items() if k in _FILTERS and v}),
            notice=params.get("melding"),
        )

    async def csv(self, request: Request) -> Response:
        await self.c.require(request)
        params = dict(request.query_params)
        body = await self.c.read(lambda s: export(s, params))
        return download(body, "bounces.csv")

    async def download(self, request: Request) -> Response:
        await self.c.require(request)
        event_id = request.path_params["event_id"]
        found = await self.c.read(lambda s: report(s, event_id))
        if found is None:
            return Response("Melding niet gevonden.", status_code=404)
        body, media, name = found
        return download(body, name, media)

    async def deliver_again(self, request: Request) -> Response:
        current = await self.c.require(request)
        form = await self.c.form(request, current)
        member_id, actor = request.path_params["member_id"], self.c.actor(request, current)

        def work(session: Session) -> bool:
            member = session.get(Member, member_id)
            if member is None:
                return False
            deliver_again(session, self.c.env, actor, member)
            return True

        try:
            found = await self.c.write(work)
        except CaseworkError as exc:
            return self.c.page(request, "fout", current, status=409, message=str(exc)[:1].upper() + str(exc)[1:] + ".")
        if not found:
            return self.c.page(request, "niet_gevonden", current, status=404)
        # Back to the same filters: only the page's own fields, encoded anew (never a URL of the form's choosing).
        back = {k: v for k, v in parse_qsl(form.get("terug", "")) if k in _FILTERS}
        return RedirectResponse(f"{PREFIX}/bounces?{urlencode({**back, 'melding': 'bezorging'})}", status_code=303)
