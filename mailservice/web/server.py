"""The web part of ``mailservice run`` (issue 13): a Starlette application on uvicorn, in a thread of the service.

Why these: Starlette is routing, requests and responses and nothing else we would carry (FastAPI adds a
validation and OpenAPI layer that server-rendered forms do not use); uvicorn is the ASGI server it is made for,
plain (no uvloop or httptools: bench/web.py measures it). It shares the service's settings, database and outbox:
an act on a page is the same domain function, in the same kind of transaction, as the act by mail.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from pathlib import Path

import uvicorn
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import func, select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Receive, Scope, Send

from mailservice.app import App
from mailservice.mail_templates import TEMPLATES
from mailservice.settings import WebSettings
from mailservice.store.models import User
from mailservice.web.console.announcements import Announcements
from mailservice.web.console.ateliers import Ateliers
from mailservice.web.console.auth import Auth
from mailservice.web.console.base import Console, Refused
from mailservice.web.console.bounces import Bounces
from mailservice.web.console.inbox import Inbox
from mailservice.web.console.logbook import Logbook
from mailservice.web.console.members import Members
from mailservice.web.console.outbox import OutboxPage
from mailservice.web.console.overview import OverviewPage
from mailservice.web.console.suggestions import Suggestions
from mailservice.web.console.users import Users
from mailservice.web.guard import Guard
from mailservice.web.member_pages import MemberPages

log = logging.getLogger(__name__)

PAGES = TEMPLATES / "web"


def _templates(directory: Path = PAGES) -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(directory),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=env)


def make_web_app(app: App, on_enqueued: Callable[[], None] = lambda: None) -> ASGIApp:
    templates = _templates()
    settings = app.settings
    common = {"network_name": settings.service.network_name, "service_address": settings.service.address}

    def page(request: Request, name: str, status: int, **context: object) -> Response:
        return templates.TemplateResponse(request, f"{name}.html.j2", {**common, **context}, status_code=status)

    async def home(request: Request) -> Response:
        return page(request, "home", 200)

    async def stylesheet(request: Request) -> Response:
        return FileResponse(PAGES / "stijl.css", media_type="text/css", headers={"cache-control": "max-age=3600"})

    async def not_found(request: Request, exc: Exception) -> Response:
        return page(request, "melding", 404, state="unknown")

    async def refused(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Refused)
        return exc.response

    async def server_error(request: Request, exc: Exception) -> Response:
        log.error("web: %s failed: %s", request.method, type(exc).__name__)
        return page(request, "melding", 500, state="error")

    members = MemberPages(app, templates, on_enqueued)
    console = Console(app, templates, on_enqueued)
    with app.factory() as session:
        if not session.scalar(select(func.count()).select_from(User)):  # the first run: say how to get in
            log.warning(
                "the console at %s/beheer has no account yet; make one: mailservice users add NAME --naam 'Naam'",
                settings.web.base_url,
            )
    starlette = Starlette(
        routes=[
            Route("/", home, methods=["GET", "HEAD"]),
            Route("/stijl.css", stylesheet, methods=["GET", "HEAD"]),
            *members.routes(),
            # The secretariat's console (issue 14), under /beheer.
            *[
                route
                for part in (
                    Auth,
                    OverviewPage,
                    Members,
                    Inbox,
                    Ateliers,
                    Announcements,
                    Bounces,
                    OutboxPage,
                    Logbook,
                    Suggestions,
                    Users,
                )
                for route in part(console).routes()
            ],
        ],
        # A console page that may not go on (no login, a role that may not see it, a stale form) raises Refused
        # with the page that says so (web.console.base); no handler repeats that check's except clause.
        exception_handlers={404: not_found, 405: not_found, 500: server_error, Refused: refused},
    )

    def too_many(scope: Scope) -> ASGIApp:
        async def refuse(scope: Scope, receive: Receive, send: Send) -> None:
            response = page(Request(scope, receive), "melding", 429, state="too_many")
            response.headers["retry-after"] = "60"
            await response(scope, receive, send)

        return refuse

    return Guard(
        starlette,
        per_minute=settings.web.requests_per_minute,
        refuse=too_many,
        https=settings.web.base_url.startswith("https://"),
    )


class WebServer:
    """uvicorn in a thread; the socket is bound first, so a taken or wrong address stops the start at once."""

    def __init__(self, asgi: ASGIApp, web: WebSettings) -> None:
        self.web = web
        self.config = uvicorn.Config(
            asgi,
            proxy_headers=True,
            forwarded_allow_ips=web.trusted_proxies,
            access_log=False,  # Guard logs each request without its token
            log_config=None,
            lifespan="off",
            server_header=False,
            date_header=True,
        )
        # uvicorn's own access log would write each address, token and all; Guard logs requests instead.
        access = logging.getLogger("uvicorn.access")
        access.handlers, access.propagate, access.disabled = [], False, True
        self.server = uvicorn.Server(self.config)
        self.thread: threading.Thread | None = None
        self.sock: socket.socket | None = None

    def start(self) -> None:
        family = socket.AF_INET6 if ":" in self.web.host else socket.AF_INET
        # IPPROTO_TCP named, not 0: asyncio sets TCP_NODELAY only on sockets that say so, and without it a kept-alive
        # connection waits 40 ms on every response (Nagle against delayed ACK; bench/web.py showed it).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.web.host, self.web.port))
            sock.listen(128)
        except OSError as exc:
            sock.close()
            raise OSError(
                f"het webadres {self.web.bind} (instelling web.bind) is niet te gebruiken: {exc.strerror}"
            ) from None
        sock.set_inheritable(True)
        self.sock = sock
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, name="web", daemon=True)
        self.thread.start()
        log.info("web pages on http://%s (links in mail: %s)", self.web.bind, self.web.base_url)

    def stop(self) -> None:
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=10)
        if self.sock is not None:
            self.sock.close()
