"""What every console page shares: who is signed in, what their role may see, CSRF on every form, the frame."""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.templating import Jinja2Templates

from mailservice import accounts, audit
from mailservice.app import App
from mailservice.store.db import transaction
from mailservice.store.models import Role

SESSION_COOKIE = "beheer"
PREFIX = "/beheer"
_T = TypeVar("_T")

# The menu: (path, label, the roles that see it). A role sees only what it may; the pages check it again.
MENU: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("/overzicht", "Overzicht", frozenset({Role.SECRETARIAAT, Role.BEHEERDER})),
    ("/leden", "Leden", frozenset({Role.SECRETARIAAT, Role.BEHEERDER})),
    ("/berichten", "Onverwerkte berichten", frozenset({Role.SECRETARIAAT, Role.BEHEERDER})),
    ("/ateliers", "Ateliers", frozenset({Role.SECRETARIAAT, Role.BEHEERDER})),
    ("/mededeling", "Mededeling", frozenset({Role.SECRETARIAAT, Role.BEHEERDER})),
    ("/suggesties", "Suggesties", frozenset({Role.SECRETARIAAT, Role.BEHEERDER, Role.ADVIESRAAD})),
    ("/bounces", "Bounces", frozenset({Role.SECRETARIAAT, Role.BEHEERDER})),
    ("/verzending", "Verzending", frozenset({Role.SECRETARIAAT, Role.BEHEERDER})),
    ("/logboek", "Logboek", frozenset({Role.SECRETARIAAT, Role.BEHEERDER})),
    ("/accounts", "Accounts", frozenset({Role.BEHEERDER})),
)
STAFF = frozenset({Role.SECRETARIAAT, Role.BEHEERDER})


class Refused(Exception):
    """The request may not go on; ``response`` says why (a login page, a 403, a refused form). Raised anywhere in
    a page's handler, it becomes that response (the application's exception handler, web.server)."""

    def __init__(self, response: Response) -> None:
        self.response = response


class Console:
    def __init__(self, app: App, templates: Jinja2Templates, on_enqueued: Callable[[], None]) -> None:
        self.app = app
        self.env = app.ingest.env
        self.settings = app.settings.console
        self.templates = templates
        self.on_enqueued = on_enqueued
        self.https = app.settings.web.base_url.startswith("https://")

    # -- database, in a worker thread ------------------------------------------------------------------------
    async def read(self, work: Callable[[Session], _T]) -> _T:
        def run() -> _T:
            with self.app.factory() as session:
                return work(session)

        return await run_in_threadpool(run)

    async def write(self, work: Callable[[Session], _T]) -> _T:
        def run() -> _T:
            with transaction(self.app.factory) as session:
                return work(session)

        result = await run_in_threadpool(run)
        self.on_enqueued()
        return result

    # -- who is asking -----------------------------------------------------------------------------------------
    @staticmethod
    def address(request: Request) -> str:
        return request.client.host if request.client else "?"

    async def who(self, request: Request) -> accounts.Current | None:
        token = request.cookies.get(SESSION_COOKIE)
        if not token:
            return None
        now = self.env.clock()
        found = await self.read(lambda s: accounts.current(s, token, now=now))
        if found is not None and found.stale:
            await self.write(lambda s: accounts.touch(s, self.settings, token, now=now))
        return found

    async def require(self, request: Request, roles: Iterable[str] = STAFF) -> accounts.Current:
        """The signed-in person, if their role may see this page; else a login page or a refusal."""
        current = await self.who(request)
        if current is None:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise Refused(RedirectResponse(f"{PREFIX}/inloggen?terug={target}", status_code=303))
        if current.role not in set(roles):
            raise Refused(self.page(request, "geweigerd", current, status=403))
        return current

    @staticmethod
    def actor(request: Request, current: accounts.Current) -> audit.Actor:
        return audit.Actor(current.username, Console.address(request))

    async def form(self, request: Request, current: accounts.Current) -> dict[str, str]:
        """The posted form, after the CSRF check: the session's token in the form, and our own origin."""
        try:
            form = await request.form(max_files=0, max_fields=50, max_part_size=64 * 1024)
        except Exception:  # a malformed or oversized body (python-multipart's errors): no form, nothing done
            raise Refused(self.page(request, "formulier_verlopen", current, status=400)) from None
        fields = {k: v for k, v in form.items() if isinstance(v, str)}
        origin = request.headers.get("origin")
        same_origin = origin is None or origin.split("://", 1)[-1] == request.headers.get("host", "")
        if not (same_origin and hmac.compare_digest(fields.get("csrf", ""), current.csrf)):
            raise Refused(self.page(request, "formulier_verlopen", current, status=403))
        return fields

    # -- the frame ----------------------------------------------------------------------------------------------
    def page(
        self, request: Request, name: str, current: accounts.Current | None, status: int = 200, **context: Any
    ) -> Response:
        menu = [(PREFIX + path, label) for path, label, roles in MENU if current and current.role in roles]
        response = self.templates.TemplateResponse(
            request,
            f"beheer/{name}.html.j2",
            {
                "network_name": self.app.settings.service.network_name,
                "service_address": self.app.settings.service.address,
                "prefix": "",
                "current": current,
                "menu": menu,
                "here": request.url.path,
                "csrf": current.csrf if current else "",
                **context,
            },
            status_code=status,
        )
        response.headers["cache-control"] = "no-store"
        return response
