"""Mededeling (issue 15): write a message to all active members or to the Adviesraad, see it as they will, confirm,
and follow its sending. The preview runs the mailing in a transaction that is rolled back."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailservice import announcements
from mailservice.ateliers.catalogue import preview
from mailservice.store.models import Mailing
from mailservice.web.console.base import PREFIX, Console


class Announcements:
    def __init__(self, console: Console) -> None:
        self.c = console

    def routes(self) -> list[Route]:
        base = PREFIX + "/mededeling"
        return [
            Route(base, self.form, methods=["GET"]),
            Route(base, self.send, methods=["POST"]),
            Route(base + "/{mailing_id:int}", self.progress, methods=["GET"]),
        ]

    def _form(
        self, request: Request, current: Any, fields: dict[str, str], error: str | None, status: int = 200
    ) -> Response:
        return self.c.page(
            request, "mededeling", current, status=status, fields=fields, audiences=announcements.AUDIENCES, error=error
        )

    async def form(self, request: Request) -> Response:
        current = await self.c.require(request)
        return self._form(request, current, {"doelgroep": "leden"}, None)

    async def send(self, request: Request) -> Response:
        current = await self.c.require(request)
        form = await self.c.form(request, current)
        actor, env = self.c.actor(request, current), self.c.env
        audience, subject, text = form.get("doelgroep", ""), form.get("onderwerp", ""), form.get("tekst", "")

        def work(session: Session) -> int:
            mailing = announcements.announce(session, env, actor, audience, subject, text)
            session.flush()
            return mailing.id

        try:
            if form.get("bevestigd") != "ja":

                def rehearse(session: Session) -> None:
                    work(session)

                previews = await run_in_threadpool(preview, self.c.app.factory, rehearse, env)
                return self.c.page(
                    request,
                    "voorbeeld",
                    current,
                    previews=[(p, "direct na bevestigen") for p in previews],
                    fields={"doelgroep": audience, "onderwerp": subject, "tekst": text},
                    action=PREFIX + "/mededeling",
                    title="Mededeling",
                )
            mailing_id = await self.c.write(work)
        except announcements.AnnouncementError as exc:
            return self._form(request, current, form, str(exc), status=400)
        return RedirectResponse(f"{PREFIX}/mededeling/{mailing_id}", status_code=303)

    async def progress(self, request: Request) -> Response:
        current = await self.c.require(request)
        mailing_id = request.path_params["mailing_id"]

        def load(session: Session) -> dict[str, Any] | None:
            m = session.get(Mailing, mailing_id)
            if m is None:
                return None
            return {"id": m.id, "subject": m.subject or "", "total": m.total, "sent": m.sent_count,
                    "failed": m.failed_count, "state": m.state, "paused_reason": m.paused_reason or ""}  # fmt: skip

        found = await self.c.read(load)
        if found is None:
            return self.c.page(request, "niet_gevonden", current, status=404)
        return self.c.page(request, "mededeling_voortgang", current, mailing=found)
