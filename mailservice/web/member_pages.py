"""The pages members reach from their mail (issue 13): confirm, unsubscribe (RFC 8058 one-click) and their own data.

Thin: each handler reads the form, calls one function of ``mailservice.actions.by_link`` in one transaction (in a
worker thread: the database calls block) and shows the page for the state it returns. A GET only reads.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from mailservice import member_data
from mailservice.actions import by_link
from mailservice.actions.by_link import LinkState, LinkView
from mailservice.app import App
from mailservice.outbound import links
from mailservice.store.db import transaction
from mailservice.store.models import MemberStatus
from mailservice.web.guard import CSRF_FIELD, csrf_ok, csrf_token, set_csrf_cookie
from mailservice.web.responses import CSV, download

_MAX_FORM = 16 * 1024  # our forms hold a few short fields; RFC 8058's body is one
# What a page says after a form sent the visitor back to it (?melding=...); anything else in the query is ignored.
_NOTICES = {
    "ongedaan": "ongedaan",
    "afgemeld": "afgemeld",
    "verwijderen": "verwijderen",
}


class MemberPages:
    def __init__(self, app: App, templates: Jinja2Templates, on_enqueued: Callable[[], None]) -> None:
        self.app = app
        self.env = app.ingest.env
        self.templates = templates
        self.on_enqueued = on_enqueued  # wakes the sender: a confirmation's welcome goes out at once
        self.https = app.settings.web.base_url.startswith("https://")
        # The path the proxy serves us under ("" or "/leden"): links on the pages and redirects start with it.
        self.prefix = urllib.parse.urlsplit(app.settings.web.base_url).path.rstrip("/")
        # The pages that also speak another language (issue 17): "afmelden.en.html.j2" is (afmelden, en).
        self.translations = {
            tuple(name.removesuffix(".html.j2").split(".", 1))
            for name in templates.env.list_templates()
            if name.count(".") == 3 and not name.startswith("_")
        }

    def _back(self, page: str, token: str, notice: str | None = None) -> Response:
        """303 to the page itself after a form (a reload then posts nothing again)."""
        query = f"?melding={notice}" if notice else ""
        return RedirectResponse(f"{self.prefix}/{page}/{token}{query}", status_code=303)

    def routes(self) -> list[Route]:
        return [
            Route("/bevestigen/{token}", self.confirm_page, methods=["GET", "HEAD"]),
            Route("/bevestigen/{token}", self.confirm, methods=["POST"]),
            Route("/afmelden/{token}", self.unsubscribe_page, methods=["GET", "HEAD"]),
            Route("/afmelden/{token}", self.one_click, methods=["POST"]),
            Route("/afmelden/{token}/ongedaan", self.undo, methods=["POST"]),
            Route("/gegevens/{token}", self.data_page, methods=["GET", "HEAD"]),
            Route("/gegevens/{token}/gegevens.json", self.download_json, methods=["GET"]),
            Route("/gegevens/{token}/gegevens.csv", self.download_csv, methods=["GET"]),
            Route("/gegevens/{token}/afmelden", self.leave_from_data_page, methods=["POST"]),
            Route("/gegevens/{token}/verwijderen", self.erasure, methods=["POST"]),
        ]

    # -- plumbing ------------------------------------------------------------------------------------------
    async def _read(self, act: Callable[[Session, str], LinkView], token: str) -> tuple[LinkView, dict[str, Any]]:
        def work() -> tuple[LinkView, dict[str, Any]]:
            with self.app.factory() as session:
                view = act(session, token)
                return view, self._facts(view)

        return await run_in_threadpool(work)

    async def _write(self, act: Callable[[Session, str], LinkView], token: str) -> tuple[LinkView, dict[str, Any]]:
        def work() -> tuple[LinkView, dict[str, Any]]:
            with transaction(self.app.factory) as session:
                view = act(session, token)
                facts = self._facts(view)
            return view, facts

        result = await run_in_threadpool(work)
        self.on_enqueued()
        return result

    @staticmethod
    def _facts(view: LinkView) -> dict[str, Any]:
        """What a page shows, read while the session is open."""
        member = view.member
        return {
            "state": view.state.value,
            "email": member.email if member else None,
            "name": member.name if member else None,
            "expires_at": member_data.moment(view.expires_at) if view.expires_at else None,
            "can_undo": view.can_undo,
            "receives": view.receives,
            "awaiting": member is not None and member.status == MemberStatus.APPROVAL,  # issue 16: approval
            "purpose": str(view.purpose),  # the confirmation page: a sign-up, or a new address (issue 16)
            "new_email": view.new_email,
            "language": view.language,  # of the mail whose link opened the page (issue 17)
        }

    def _page(self, request: Request, template: str, status: int = 200, **context: Any) -> Response:
        csrf = csrf_token(request)
        status = {"unknown": 404, "expired": 410}.get(context.get("state", ""), status)
        # The page in the language of the mail its link came from, where the page has it; else Dutch.
        language = context.get("language", "")
        name = f"{template}.{language}" if (template, language) in self.translations else template
        response = self.templates.TemplateResponse(
            request,
            f"{name}.html.j2",
            {
                "network_name": self.app.settings.service.network_name,
                "service_address": self.app.settings.service.address,
                "csrf": csrf,
                "prefix": self.prefix,
                "token": request.path_params.get("token", ""),
                "notice": _NOTICES.get(request.query_params.get("melding", "")),
                **context,
            },
            status_code=status,
        )
        set_csrf_cookie(response, csrf, self.https)
        return response

    async def _form(self, request: Request) -> dict[str, str]:
        if int(request.headers.get("content-length") or 0) > _MAX_FORM:
            return {}
        try:
            form = await request.form(max_files=0, max_fields=20, max_part_size=_MAX_FORM)
        except Exception:  # a malformed body is no request: treated as an empty form, and the page says what to do
            return {}
        return {key: value for key, value in form.items() if isinstance(value, str)}

    async def _refused(self, request: Request, template: str, view: Callable[[Session, str], LinkView]) -> Response:
        """A form not sent from our page: refused, on the page in its own language."""
        shown, _ = await self._read(view, request.path_params["token"])
        return self._page(request, template, status=403, state="csrf", language=shown.language)

    # -- confirm -------------------------------------------------------------------------------------------
    async def confirm_page(self, request: Request) -> Response:
        _, facts = await self._read(lambda s, t: by_link.confirm_view(s, self.env, t), request.path_params["token"])
        return self._page(request, "bevestigen", **facts)

    async def confirm(self, request: Request) -> Response:
        form = await self._form(request)
        if not csrf_ok(request, form.get(CSRF_FIELD)):
            return await self._refused(request, "bevestigen", lambda s, t: by_link.confirm_view(s, self.env, t))
        token = request.path_params["token"]
        await self._write(lambda s, t: by_link.confirm(s, self.env, t), token)
        return self._back(links.CONFIRM, token)

    # -- unsubscribe ---------------------------------------------------------------------------------------
    async def unsubscribe_page(self, request: Request) -> Response:
        _, facts = await self._read(lambda s, t: by_link.unsubscribe_view(s, self.env, t), request.path_params["token"])
        return self._page(request, "afmelden", **facts)

    async def one_click(self, request: Request) -> Response:
        """RFC 8058: ``List-Unsubscribe=One-Click`` in the body, no cookie, no login, no CSRF token (the only
        form route without one: a mail client posts it, and the token in the address is the secret)."""
        form = await self._form(request)
        token = request.path_params["token"]
        if form.get("List-Unsubscribe") != "One-Click":
            _, facts = await self._read(lambda s, t: by_link.unsubscribe_view(s, self.env, t), token)
            return self._page(request, "afmelden", status=400, **facts)
        undo_url = links.url(self.app.settings.web.base_url, links.UNSUBSCRIBE, token)
        _, facts = await self._write(lambda s, t: by_link.unsubscribe(s, self.env, t, undo_url), token)
        if form.get("pagina"):  # the button on our own page: back to it (a reload then posts nothing again)
            return self._back(links.UNSUBSCRIBE, token)
        return self._page(request, "afmelden", **facts)

    async def undo(self, request: Request) -> Response:
        form = await self._form(request)
        if not csrf_ok(request, form.get(CSRF_FIELD)):
            return await self._refused(request, "afmelden", lambda s, t: by_link.unsubscribe_view(s, self.env, t))
        token = request.path_params["token"]
        view, _ = await self._write(lambda s, t: by_link.undo_unsubscribe(s, self.env, t), token)
        return self._back(links.UNSUBSCRIBE, token, "ongedaan" if view.state == LinkState.UNDONE else None)

    # -- own data ------------------------------------------------------------------------------------------
    async def _data(self, token: str) -> tuple[LinkView, dict[str, Any], member_data.MemberData | None]:
        def work() -> tuple[LinkView, dict[str, Any], member_data.MemberData | None]:
            with self.app.factory() as session:
                view = by_link.data_view(session, self.env, token)
                data = (
                    member_data.gather(session, view.member) if view.state == LinkState.OPEN and view.member else None
                )
                return view, self._facts(view), data

        return await run_in_threadpool(work)

    async def data_page(self, request: Request) -> Response:
        _, facts, data = await self._data(request.path_params["token"])
        return self._page(request, "gegevens", data=data, **facts)

    async def _download(self, request: Request, kind: str) -> Response:
        _, facts, data = await self._data(request.path_params["token"])
        if data is None:
            return self._page(request, "gegevens", data=None, **facts)
        body, media = (
            (data.as_json().encode(), "application/json; charset=utf-8") if kind == "json" else (data.as_csv(), CSV)
        )
        return download(body, f"mijn-gegevens.{kind}", media)

    async def download_json(self, request: Request) -> Response:
        return await self._download(request, "json")

    async def download_csv(self, request: Request) -> Response:
        return await self._download(request, "csv")

    async def leave_from_data_page(self, request: Request) -> Response:
        form = await self._form(request)
        if not csrf_ok(request, form.get(CSRF_FIELD)):
            return await self._refused(request, "gegevens", lambda s, t: by_link.data_view(s, self.env, t))
        token = request.path_params["token"]
        await self._write(lambda s, t: by_link.leave_from_data_page(s, self.env, t), token)
        return self._back(links.DATA, token, "afgemeld")

    async def erasure(self, request: Request) -> Response:
        form = await self._form(request)
        if not csrf_ok(request, form.get(CSRF_FIELD)):
            return await self._refused(request, "gegevens", lambda s, t: by_link.data_view(s, self.env, t))
        token = request.path_params["token"]
        await self._write(lambda s, t: by_link.request_erasure(s, self.env, t), token)
        return self._back(links.DATA, token, "verwijderen")
