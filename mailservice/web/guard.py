"""What every response and every form of the web part gets (issue 13): security headers, a rate limit per client
address on the pages with a token, CSRF protection on forms, and a log line without the token.

Pure ASGI middleware (no BaseHTTPMiddleware: it buffers and costs a task per request). The client address is the
one uvicorn's proxy-headers support sets: X-Forwarded-For is believed only from ``web.trusted_proxies``.
"""

from __future__ import annotations

import hmac
import logging
import secrets
import time
from collections.abc import Callable
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("mailservice.web")

# No script, no frames, no other origin: the pages are plain HTML with one stylesheet of our own.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
_HEADERS = (
    ("content-security-policy", CSP),
    ("x-frame-options", "DENY"),
    ("x-content-type-options", "nosniff"),
    # A token in the address never travels to another site in a Referer; "no-referrer" would also make the
    # browser send "Origin: null" with our own forms, which the CSRF check must then refuse.
    ("referrer-policy", "same-origin"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=()"),
    ("cross-origin-opener-policy", "same-origin"),
)
# Pages whose address holds a token: never cached by a browser or a proxy.
TOKEN_PREFIXES = ("/bevestigen/", "/afmelden/", "/gegevens/")


def _is_token_path(path: str) -> bool:
    return path.startswith(TOKEN_PREFIXES)


def shown_path(path: str) -> str:
    """The path as the log shows it: the token left out (issue 13: no token in logs)."""
    for prefix in TOKEN_PREFIXES:
        if path.startswith(prefix):
            rest = path[len(prefix) :]
            _, slash, tail = rest.partition("/")
            return f"{prefix}…{slash}{tail}"
    return path


class Guard:
    """Headers on every response, the rate limit on token pages, and one log line per request."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        per_minute: int,
        refuse: Callable[[Scope], ASGIApp],
        https: bool,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app = app
        self.per_minute = per_minute
        self.refuse = refuse  # the page for a client over the limit
        self.https = https
        self.clock = clock
        self._counts: dict[str, tuple[int, int]] = {}  # client address -> (minute, requests in it)

    def _over_limit(self, client: str) -> bool:
        minute = int(self.clock() // 60)
        if len(self._counts) > 10_000:  # forget earlier minutes; bounded memory whatever the traffic
            self._counts = {k: v for k, v in self._counts.items() if v[0] == minute}
        seen_minute, count = self._counts.get(client, (minute, 0))
        count = count + 1 if seen_minute == minute else 1
        self._counts[client] = (minute, count)
        return count > self.per_minute

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        token_page = _is_token_path(path)
        client = (scope.get("client") or ("?", 0))[0]
        started = time.perf_counter()
        status = 0

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = MutableHeaders(scope=message)
                for name, value in _HEADERS:
                    headers.setdefault(name, value)
                if self.https:
                    headers.setdefault("strict-transport-security", "max-age=31536000")
                if token_page or status >= 400:
                    headers["cache-control"] = "no-store"
            await send(message)

        app = self.refuse(scope) if token_page and self._over_limit(client) else self.app
        try:
            await app(scope, receive, send_with_headers)
        finally:
            log.info(
                "%s %s %s %s %.1f ms",
                client,
                scope["method"],
                shown_path(path),
                status,
                (time.perf_counter() - started) * 1000,
            )


# -- CSRF: a synchronizer token in a cookie and in the form (double submit), plus an Origin check ---------------
CSRF_COOKIE = "csrf"
CSRF_FIELD = "csrf"


def csrf_token(request: Request) -> str:
    """The visitor's CSRF token: the cookie's, or a new one that ``set_csrf_cookie`` sends along."""
    existing = request.cookies.get(CSRF_COOKIE, "")
    return existing if len(existing) == 43 else secrets.token_urlsafe(32)


def set_csrf_cookie(response: Any, token: str, https: bool) -> None:
    response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", secure=https, path="/")


def csrf_ok(request: Request, form_value: str | None) -> bool:
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not form_value or not hmac.compare_digest(cookie, form_value):
        return False
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None  # an old browser sends none; "null" is an opaque (sandboxed, data:) origin
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1] == host
