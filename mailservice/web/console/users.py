"""Accounts (issue 14), for the beheerder only: who may use the console, with which role, last seen when.
Accounts are made and changed with `mailservice users ...`; this page shows them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mailservice.member_data import moment
from mailservice.store.models import Role, User
from mailservice.web.console.base import PREFIX, Console


def listing(session: Session) -> list[dict[str, Any]]:
    return [
        {
            "username": u.username,
            "name": u.name,
            "role": u.role,
            "totp": bool(u.totp_secret),
            "last_login": moment(u.last_login_at) or "nooit",
            "disabled": moment(u.disabled_at),
        }
        for u in session.scalars(select(User).order_by(User.username))
    ]


class Users:
    def __init__(self, console: Console) -> None:
        self.c = console

    def routes(self) -> list[Route]:
        return [Route(PREFIX + "/accounts", self.index, methods=["GET"])]

    async def index(self, request: Request) -> Response:
        current = await self.c.require(request, roles=[Role.BEHEERDER])
        return self.c.page(request, "accounts", current, users=await self.c.read(listing))
