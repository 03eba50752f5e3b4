"""Leden (issue 14): find members by name, address or organisation, filter them, and see one whole: data, history,
bounce state, atelier replies. Changes go through the casework functions the CLI uses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailservice import audit, exports, member_data
from mailservice.casework import addresses, approval, invitations, privacy
from mailservice.casework import members as casework
from mailservice.casework.members import Edit
from mailservice.casework.record import CaseworkError
from mailservice.labels import LANGUAGES
from mailservice.organisations import registry
from mailservice.store.models import Delivery, Member, MemberStatus
from mailservice.web.console.base import PREFIX, Console
from mailservice.web.responses import download

PAGE = 100
STATUS = {
    "pending": "wacht op bevestiging",
    "approval": "wacht op goedkeuring",
    "active": "actief",
    "unsubscribed": "afgemeld",
    "expired": "verlopen",
}
ROLES = {"member": "lid", "adviesraad": "Adviesraad"}
DELIVERY = {"enabled": "aan", "disabled": "uit (bounces)", "removed": "van de verzendlijst"}


@dataclass(frozen=True)
class Row:
    id: int
    email: str
    name: str
    organisation: str
    status: str
    role: str
    delivery: str


def _query(params: dict[str, str]) -> Any:
    query = select(Member)
    if q := params.get("q", "").strip().lower():
        like = f"%{q.replace('%', '').replace('_', '')}%"
        query = query.where(
            or_(
                func.lower(Member.email).like(like),
                func.lower(Member.name).like(like),
                func.lower(Member.organisation).like(like),
            )
        )
    for field, column, allowed in (
        ("status", Member.status, MemberStatus),
        ("rol", Member.role, ("member", "adviesraad")),
        ("bezorging", Member.delivery, Delivery),
    ):
        if (value := params.get(field)) and value in {str(a) for a in allowed}:
            query = query.where(column == value)
    return query


def search(session: Session, params: dict[str, str]) -> tuple[list[Row], int]:
    query = _query(params)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = max(int(params.get("pagina", "1") or 1) if params.get("pagina", "1").isdigit() else 1, 1)
    rows = session.scalars(query.order_by(Member.name, Member.email).offset((page - 1) * PAGE).limit(PAGE))
    return [
        Row(
            m.id,
            m.email,
            m.name or "",
            m.organisation or "",
            STATUS.get(m.status, m.status),
            ROLES.get(m.role, m.role),
            DELIVERY.get(m.delivery, m.delivery),
        )
        for m in rows
    ], total


def _sentence(exc: Exception) -> str:
    text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


class Members:
    def __init__(self, console: Console) -> None:
        self.c = console

    def routes(self) -> list[Route]:
        return [
            Route(PREFIX + "/leden", self.index, methods=["GET"]),
            Route(PREFIX + "/leden.csv", self.export, methods=["GET"]),
            Route(PREFIX + "/leden/{member_id:int}", self.detail, methods=["GET"]),
            Route(PREFIX + "/leden/{member_id:int}/bewerken", self.edit, methods=["POST"]),
            Route(PREFIX + "/leden/{member_id:int}/adres", self.change_address, methods=["POST"]),
            Route(PREFIX + "/leden/{member_id:int}/beeindigen", self.end, methods=["POST"]),
            Route(PREFIX + "/leden/{member_id:int}/goedkeuring", self.approve, methods=["POST"]),
            Route(PREFIX + "/leden/{member_id:int}/verwijderen", self.erasure, methods=["POST"]),
            Route(PREFIX + "/leden/uitnodigen", self.invite, methods=["POST"]),
        ]

    async def index(self, request: Request) -> Response:
        current = await self.c.require(request)
        params = dict(request.query_params)
        rows, total = await self.c.read(lambda s: search(s, params))
        page = int(params["pagina"]) if params.get("pagina", "").isdigit() and int(params["pagina"]) > 0 else 1
        return self.c.page(
            request,
            "leden",
            current,
            rows=rows,
            total=total,
            params=params,
            page=page,
            pages=max((total + PAGE - 1) // PAGE, 1),
            statuses=STATUS,
            roles=ROLES,
            deliveries=DELIVERY,
        )

    async def export(self, request: Request) -> Response:
        """The members the filters select, as the CLI's export writes them (Excel-ready: mailservice.exports)."""
        await self.c.require(request)
        params = dict(request.query_params)
        body = await self.c.read(
            lambda s: exports.csv_bytes(exports.MEMBERS, s.scalars(_query(params).order_by(Member.email)))
        )
        return download(body, "leden.csv")

    async def detail(self, request: Request, notice: str | None = None) -> Response:
        current = await self.c.require(request)
        member_id = request.path_params["member_id"]

        def load(session: Session) -> tuple[dict[str, Any], member_data.MemberData] | None:
            member = session.get(Member, member_id)
            if member is None:
                return None
            facts = {
                "id": member.id,
                "email": member.email,
                "name": member.name or "",
                "organisation": member.organisation or "",
                "linked": member.registered_organisation.name if member.registered_organisation else "",
                "organisations": registry.names(session),
                "function": member.function or "",
                "role": member.role,
                "status": STATUS.get(member.status, member.status),
                "delivery": DELIVERY.get(member.delivery, member.delivery),
                "delivery_reason": member.delivery_reason or "",
                "bounce_score": member.bounce_score,
                "awaiting": member.status == "approval",
                "language": LANGUAGES.get(member.language, member.language),  # of the member's own mail (issue 17)
                "english": member.language == "en",
            }
            return facts, member_data.gather(session, member)

        found = await self.c.read(load)
        if found is None:
            return self.c.page(request, "niet_gevonden", current, status=404)
        facts, data = found
        return self.c.page(
            request,
            "lid",
            current,
            member=facts,
            data=data,
            roles=ROLES,
            notice=request.query_params.get("melding"),
        )

    async def edit(self, request: Request) -> Response:
        def work(session: Session, member: Member, form: dict[str, str], actor: audit.Actor) -> None:
            change = Edit(
                name=form.get("naam"),
                organisation=form.get("organisatie"),
                function=form.get("functie"),
                role=form.get("rol") or None,
                linked=form.get("koppel"),  # absent while no organisation is registered: the link stays
            )
            casework.edit(session, self.c.env, actor, member, change)

        return await self._change(request, work, "opgeslagen")

    async def change_address(self, request: Request) -> Response:
        def work(session: Session, member: Member, form: dict[str, str], actor: audit.Actor) -> None:
            addresses.request_change(session, self.c.env, actor, member, form.get("adres", ""))

        return await self._change(request, work, "adres")

    async def end(self, request: Request) -> Response:
        def work(session: Session, member: Member, form: dict[str, str], actor: audit.Actor) -> None:
            casework.end(
                session, self.c.env, actor, member, reason=form.get("reden") or None, notify=bool(form.get("bericht"))
            )

        return await self._change(request, work, "beeindigd")

    async def approve(self, request: Request) -> Response:
        def work(session: Session, member: Member, form: dict[str, str], actor: audit.Actor) -> str:
            if form.get("besluit") == "afwijzen":
                approval.refuse(session, self.c.env, actor, member, form.get("reden"))
                return "afgewezen"
            approval.approve(session, self.c.env, actor, member)
            return "goedgekeurd"

        return await self._change(request, work, "goedgekeurd")

    async def erasure(self, request: Request) -> Response:
        def work(session: Session, member: Member, form: dict[str, str], actor: audit.Actor) -> str | None:
            if form.get("nu"):  # the secretariat has the member's confirmation already (by phone, letter, in person)
                if not form.get("zeker"):
                    raise CaseworkError("vink aan dat het verzoek aantoonbaar van het lid komt, of vraag bevestiging")
                privacy.erase(session, self.c.env, actor, member, how=form.get("hoe") or "via de beheerpagina")
                return "verwijderd"
            privacy.request_erasure(session, self.c.env, actor, member)
            return None

        return await self._change(request, work, "verwijderen")

    async def invite(self, request: Request) -> Response:
        current = await self.c.require(request)
        form = await self.c.form(request, current)
        actor = self.c.actor(request, current)

        def work(session: Session) -> int:
            member = invitations.invite(
                session,
                self.c.env,
                actor,
                form.get("adres", ""),
                name=form.get("naam") or None,
                organisation=form.get("organisatie") or None,
                function=form.get("functie") or None,
                requested_by=form.get("namens") or None,
            )
            session.flush()
            return member.id

        try:
            member_id = await self.c.write(work)
        except CaseworkError as exc:
            return self.c.page(request, "fout", current, status=400, message=_sentence(exc))
        return RedirectResponse(f"{PREFIX}/leden/{member_id}?melding=uitgenodigd", status_code=303)

    async def _change(self, request: Request, work: Any, notice: str) -> Response:
        """A change through the casework functions the CLI uses (issue 16), as the signed-in person."""
        current = await self.c.require(request)
        form = await self.c.form(request, current)
        member_id, actor = request.path_params["member_id"], self.c.actor(request, current)

        def run(session: Session) -> str | bool:
            member = session.get(Member, member_id)
            if member is None:
                return False
            return work(session, member, form, actor) or True

        try:
            found = await self.c.write(run)
        except CaseworkError as exc:
            return self.c.page(request, "fout", current, status=400, message=_sentence(exc))
        if not found:
            return self.c.page(request, "niet_gevonden", current, status=404)
        return RedirectResponse(f"{PREFIX}/leden/{member_id}?melding={notice}", status_code=303)
