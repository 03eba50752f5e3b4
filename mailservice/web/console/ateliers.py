"""Ateliers (issue 15): the list, one atelier whole (facts, every step of its cycle with its time and state, the
replies: attending, declined, waiting list in order, substitutes, guests), an attendance list for the day, and
planning, changing and cancelling with a preview of every mail before an explicit confirmation.

Nothing goes out from a form directly: the form leads to the preview (``ateliers.catalogue.preview``, the change
rolled back), and only its "Bevestig" button, which posts the same fields again, makes the change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailservice.ateliers import STEP_NAMES, THEMES
from mailservice.ateliers.catalogue import (
    Plan,
    PlanError,
    Preview,
    attendance,
    cancel,
    change,
    create,
    move_up,
    preview,
)
from mailservice.ateliers.facts import THEME_NAMES
from mailservice.ateliers.planning import local_datetime, parse_time
from mailservice.ateliers.steps import default_offsets
from mailservice.ateliers.substitutes import display
from mailservice.clock import AMSTERDAM
from mailservice.member_data import moment
from mailservice.store.models import Atelier, Rsvp, RsvpStatus
from mailservice.web.console.base import PREFIX, Console
from mailservice.web.responses import download

STATES = {"planned": "gepland", "invited": "uitgenodigd", "held": "geweest", "cancelled": "geannuleerd"}
STEP_STATES = {
    "due": "gepland",
    "sent": "verstuurd",
    "missed": "gemist",
    "skipped": "overgeslagen",
    "cancelled": "vervallen",
}
_FIELDS = (
    "titel",
    "thema",
    "datum",
    "begin",
    "eind",
    "plaats",
    "online",
    "beschrijving",
    "praktisch",
    "capaciteit",
    "aanmelden_tot",
    "reden",
)


def _day(value: str, label: str) -> date:
    for fmt in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise PlanError(f"{label}: '{value}' is geen datum; schrijf bijvoorbeeld 11-03-2027.")


def _time(value: str, label: str) -> Any:
    try:
        return parse_time(value.strip())
    except ValueError:
        raise PlanError(f"{label}: '{value}' is geen tijd; schrijf bijvoorbeeld 14:00.") from None


def _plan(form: dict[str, str], settings: Any) -> Plan:
    day = _day(form.get("datum", ""), "Datum")
    starts = local_datetime(day, _time(form.get("begin", ""), "Begintijd"))
    ends = (
        local_datetime(day, _time(form["eind"], "Eindtijd"))
        if form.get("eind")
        else starts + timedelta(minutes=settings.ateliers.duration_minutes)
    )
    theme = form.get("thema", "")
    if theme not in THEMES:
        raise PlanError("Kies een van de vier thema's.")
    capacity = form.get("capaciteit", "").strip()
    if capacity and not capacity.isdigit():
        raise PlanError("Het aantal plaatsen is een getal.")
    deadline = form.get("aanmelden_tot", "").strip()
    return Plan(
        title=form.get("titel", ""),
        theme=theme,
        starts_at=starts,
        ends_at=ends,
        place=form.get("plaats") or None,
        online_url=form.get("online") or None,
        description=form.get("beschrijving") or None,
        practical=form.get("praktisch") or None,
        capacity=int(capacity) if capacity else None,
        registration_deadline=local_datetime(_day(deadline, "Aanmelden tot") + timedelta(days=1), parse_time("00:00"))
        if deadline
        else None,
        offsets=default_offsets(settings),
    )


def _updates(form: dict[str, str], atelier: Atelier) -> dict[str, Any]:
    """The changed facts of an edit form (an empty field leaves a fact as it is)."""
    local = atelier.starts_at.astimezone(AMSTERDAM)
    day = _day(form["datum"], "Datum") if form.get("datum") else local.date()
    start = _time(form["begin"], "Begintijd") if form.get("begin") else local.time()
    starts = local_datetime(day, start)
    ends = (
        local_datetime(day, _time(form["eind"], "Eindtijd"))
        if form.get("eind")
        else starts + (atelier.ends_at - atelier.starts_at)
    )
    return {
        "title": form.get("titel") or None,
        "place": form.get("plaats") or None,
        "online_url": form.get("online") or None,
        "description": form.get("beschrijving") or None,
        "practical": form.get("praktisch") or None,
        "starts_at": starts if starts != atelier.starts_at else None,
        "ends_at": ends if ends != atelier.ends_at else None,
    }


@dataclass(frozen=True)
class Reply:
    id: int
    name: str
    email: str
    organisation: str
    status: str
    guests: int
    substitute: str
    position: int | None


def _facts(session: Session, atelier: Atelier) -> dict[str, Any]:
    rsvps = list(session.scalars(select(Rsvp).where(Rsvp.atelier_id == atelier.id)))
    replies = [
        Reply(
            r.id,
            r.member.name or "",
            r.member.email,
            r.member.organisation or "",
            r.status,
            r.guests,
            display(r) or "",
            r.waitlist_position,
        )
        for r in rsvps
    ]
    attending = [r for r in replies if r.status == RsvpStatus.ATTENDING]
    return {
        "reference": atelier.reference,
        "title": atelier.title,
        "theme": THEME_NAMES.get(atelier.theme, atelier.theme),
        "state": STATES.get(atelier.state, atelier.state),
        "open": atelier.state in ("planned", "invited"),
        "starts": moment(atelier.starts_at),
        "ends": moment(atelier.ends_at)[-5:],
        "place": atelier.place or "",
        "online": atelier.online_url or "",
        "description": atelier.description or "",
        "capacity": atelier.capacity,
        "steps": [
            (STEP_NAMES.get(s.step, s.step), moment(s.due_at), STEP_STATES.get(s.state, s.state), s.note or "")
            for s in sorted(atelier.steps, key=lambda s: s.due_at)
        ],
        "attending": sorted(attending, key=lambda r: r.name),
        "declined": sorted((r for r in replies if r.status == RsvpStatus.DECLINED), key=lambda r: r.name),
        "waiting": sorted((r for r in replies if r.status == RsvpStatus.WAITING), key=lambda r: r.position or 0),
        "seats": sum(1 + r.guests for r in attending),
    }


class Ateliers:
    def __init__(self, console: Console) -> None:
        self.c = console

    def routes(self) -> list[Route]:
        base = PREFIX + "/ateliers"
        return [
            Route(base, self.index, methods=["GET"]),
            Route(base + "/nieuw", self.new, methods=["GET"]),
            Route(base + "/nieuw", self.create, methods=["POST"]),
            Route(base + "/{reference}", self.detail, methods=["GET"]),
            Route(base + "/{reference}/aanwezigheid", self.attendance, methods=["GET"]),
            Route(base + "/{reference}/aanwezigheid.csv", self.attendance_csv, methods=["GET"]),
            Route(base + "/{reference}/wachtlijst", self.move_up, methods=["POST"]),
            Route(base + "/{reference}/wijzigen", self.edit, methods=["POST"]),
            Route(base + "/{reference}/annuleren", self.cancel, methods=["POST"]),
        ]

    async def index(self, request: Request) -> Response:
        current = await self.c.require(request)

        def load(session: Session) -> list[dict[str, Any]]:
            return [_facts(session, a) for a in session.scalars(select(Atelier).order_by(Atelier.starts_at.desc()))]

        return self.c.page(request, "ateliers", current, ateliers=await self.c.read(load))

    async def _atelier(self, request: Request, current: Any, template: str, **extra: Any) -> Response:
        reference = request.path_params["reference"]

        def load(session: Session) -> dict[str, Any] | None:
            atelier = session.scalars(select(Atelier).where(Atelier.reference == reference)).first()
            return _facts(session, atelier) if atelier is not None else None

        found = await self.c.read(load)
        if found is None:
            return self.c.page(request, "niet_gevonden", current, status=404)
        return self.c.page(request, template, current, atelier=found, **extra)

    async def detail(self, request: Request) -> Response:
        current = await self.c.require(request)
        return await self._atelier(request, current, "atelier", notice=request.query_params.get("melding"))

    async def attendance(self, request: Request) -> Response:
        current = await self.c.require(request)
        return await self._atelier(request, current, "aanwezigheid")

    async def attendance_csv(self, request: Request) -> Response:
        await self.c.require(request)
        reference = request.path_params["reference"]

        def load(session: Session) -> bytes | None:
            atelier = session.scalars(select(Atelier).where(Atelier.reference == reference)).first()
            return attendance(session, atelier) if atelier is not None else None

        body = await self.c.read(load)
        if body is None:
            return Response("Atelier niet gevonden.", status_code=404)
        return download(body, f"aanwezigheid-{reference}.csv")

    async def move_up(self, request: Request) -> Response:
        def work(session: Session, env: Any, actor: Any, atelier: Atelier, form: dict[str, str]) -> None:
            rsvp_id = form.get("rsvp", "")
            if not rsvp_id.isdigit():
                raise PlanError("Kies wie een plaats krijgt.")
            move_up(session, env, actor, atelier, int(rsvp_id))

        return await self._act(request, work, "wachtlijst", "geplaatst", confirm=False)

    async def new(self, request: Request) -> Response:
        current = await self.c.require(request)
        return self.c.page(request, "atelier_nieuw", current, form={}, themes=THEME_NAMES, error=None)

    def _previewed(
        self, request: Request, current: Any, previews: list[Preview], form: dict[str, str], action: str, title: str
    ) -> Response:
        now = self.c.env.clock()
        return self.c.page(
            request,
            "voorbeeld",
            current,
            previews=[(p, moment(p.when) if p.when and p.when > now else "direct na bevestigen") for p in previews],
            fields={k: v for k, v in form.items() if k in _FIELDS},
            action=action,
            title=title,
        )

    async def create(self, request: Request) -> Response:
        current = await self.c.require(request)
        form = await self.c.form(request, current)
        actor, env = self.c.actor(request, current), self.c.env
        try:
            plan = _plan(form, self.c.app.settings)
            if form.get("bevestigd") != "ja":  # the preview first: nothing is planned or sent yet
                previews = await run_in_threadpool(
                    preview, self.c.app.factory, lambda s: create(s, env, actor, plan)[0], env
                )
                return self._previewed(request, current, previews, form, "/beheer/ateliers/nieuw", "Nieuw atelier")
            reference = await self.c.write(lambda s: create(s, env, actor, plan)[0].reference)
        except PlanError as exc:
            return self.c.page(
                request, "atelier_nieuw", current, status=400, form=form, themes=THEME_NAMES, error=str(exc)
            )
        return RedirectResponse(f"{PREFIX}/ateliers/{reference}?melding=gepland", status_code=303)

    async def _act(self, request: Request, work: Any, what: str, notice: str, confirm: bool = True) -> Response:
        current = await self.c.require(request)
        form = await self.c.form(request, current)
        reference, actor, env = request.path_params["reference"], self.c.actor(request, current), self.c.env

        def act(session: Session) -> Atelier:
            atelier = session.scalars(select(Atelier).where(Atelier.reference == reference)).first()
            if atelier is None:
                raise PlanError(f"Atelier {reference} bestaat niet.")
            work(session, env, actor, atelier, form)
            return atelier

        try:
            if confirm and form.get("bevestigd") != "ja":
                previews = await run_in_threadpool(preview, self.c.app.factory, act, env)
                action = f"{PREFIX}/ateliers/{reference}/{what}"
                return self._previewed(request, current, previews, form, action, f"Atelier {reference}")
            await self.c.write(act)
        except PlanError as exc:
            return self.c.page(request, "fout", current, status=400, message=str(exc))
        return RedirectResponse(f"{PREFIX}/ateliers/{reference}?melding={notice}", status_code=303)

    async def edit(self, request: Request) -> Response:
        return await self._act(
            request,
            lambda s, env, actor, a, form: change(s, env, actor, a, **_updates(form, a)),
            "wijzigen",
            "gewijzigd",
        )

    async def cancel(self, request: Request) -> Response:
        return await self._act(
            request,
            lambda s, env, actor, a, form: cancel(s, env, actor, a, form.get("reden")),
            "annuleren",
            "geannuleerd",
        )
