"""Logging in and out of the console (issue 14). Wrong account, password or code get one answer; too many failed
attempts for an account or from an address are refused for a while (``accounts.login``)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailservice import accounts
from mailservice.store.models import Role
from mailservice.web.console.base import PREFIX, SESSION_COOKIE, Console
from mailservice.web.guard import CSRF_FIELD, csrf_ok, csrf_token, set_csrf_cookie

_MESSAGES = {
    accounts.LoginResult.WRONG: "De gebruikersnaam, het wachtwoord of de code klopt niet.",
    accounts.LoginResult.LOCKED: (
        "Te veel mislukte pogingen. Probeer het over een kwartier opnieuw, of vraag de beheerder om hulp."
    ),
    accounts.LoginResult.CODE_NEEDED: "Vul ook de code uit uw authenticator-app in.",
}


def _back(value: str | None, role: str) -> str:
    """Where to go after logging in: back to the page asked for, only ever within the console."""
    if value and value.startswith(PREFIX + "/") and not value.startswith("//") and "\\" not in value:
        return value
    return PREFIX + ("/suggesties" if role == Role.ADVIESRAAD else "/overzicht")


class Auth:
    def __init__(self, console: Console) -> None:
        self.c = console

    def routes(self) -> list[Route]:
        return [
            Route(PREFIX, self.home, methods=["GET"]),
            Route(PREFIX + "/", self.home, methods=["GET"]),
            Route(PREFIX + "/inloggen", self.login_page, methods=["GET"]),
            Route(PREFIX + "/inloggen", self.login, methods=["POST"]),
            Route(PREFIX + "/uitloggen", self.logout, methods=["POST"]),
        ]

    async def home(self, request: Request) -> Response:
        current = await self.c.who(request)
        if current is None:
            return RedirectResponse(PREFIX + "/inloggen", status_code=303)
        return RedirectResponse(_back(None, current.role), status_code=303)

    def _login_page(self, request: Request, status: int = 200, **context: object) -> Response:
        token = csrf_token(request)
        response = self.c.page(request, "inloggen", None, status=status, login_csrf=token, **context)
        set_csrf_cookie(response, token, self.c.https)
        return response

    async def login_page(self, request: Request) -> Response:
        return self._login_page(request, terug=request.query_params.get("terug", ""), username="", code_needed=False)

    async def login(self, request: Request) -> Response:
        try:
            form = await request.form(max_files=0, max_fields=10, max_part_size=4096)
        except Exception:  # a malformed body: treated as an empty form (refused below)
            form = None
        fields = {k: v for k, v in form.items() if isinstance(v, str)} if form is not None else {}
        if not csrf_ok(request, fields.get(CSRF_FIELD)):
            return self._login_page(
                request,
                403,
                message="Het formulier was verlopen; probeer het nog eens.",
                username="",
                terug="",
                code_needed=False,
            )
        username, address, now = fields.get("gebruikersnaam", ""), self.c.address(request), self.c.env.clock()
        settings = self.c.settings

        def attempt(session):  # type: ignore[no-untyped-def]
            result, user = accounts.login(
                session,
                settings,
                username,
                fields.get("wachtwoord", ""),
                fields.get("code") or None,
                address=address,
                now=now,
            )
            if result != accounts.LoginResult.OK or user is None:
                return result, None, None
            session.flush()
            return result, accounts.start_session(session, settings, user, address=address, now=now), user.role

        result, started, role = await self.c.write(attempt)
        if started is None:
            return self._login_page(
                request,
                401 if result != accounts.LoginResult.LOCKED else 429,
                message=_MESSAGES[result],
                username=username,
                terug=fields.get("terug", ""),
                code_needed=result == accounts.LoginResult.CODE_NEEDED,
            )
        response = RedirectResponse(_back(fields.get("terug"), role), status_code=303)
        response.set_cookie(
            SESSION_COOKIE, started.token, httponly=True, samesite="strict", secure=self.c.https, path=PREFIX
        )
        return response

    async def logout(self, request: Request) -> Response:
        current = await self.c.require(request, roles=[r.value for r in Role])
        await self.c.form(request, current)
        token, now = request.cookies.get(SESSION_COOKIE), self.c.env.clock()
        await self.c.write(lambda s: accounts.end_session(s, token, now=now))
        response = RedirectResponse(PREFIX + "/inloggen", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path=PREFIX)
        return response
