"""Suggesties (issue 14): what members proposed, per theme, readable by the Adviesraad as well (read only)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mailservice.member_data import moment
from mailservice.store.models import Member, Role, Suggestion
from mailservice.web.console.base import PREFIX, Console, Refused

THEMES = {
    "strategie": "Strategie",
    "samenwerking": "Samenwerking",
    "organisatie": "Organisatie",
    "dienstverlening": "Dienstverlening",
}


def per_theme(session: Session) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {name: [] for name in [*THEMES.values(), "Zonder thema"]}
    rows = session.execute(
        select(Suggestion, Member.name, Member.email).join(Member).order_by(Suggestion.created_at.desc())
    ).all()
    for suggestion, name, address in rows:
        item = {"when": moment(suggestion.created_at), "who": name or address, "topics": suggestion.topics}
        for theme in suggestion.themes or [""]:
            grouped[THEMES.get(theme, "Zonder thema")].append(item)
    return grouped


class Suggestions:
    def __init__(self, console: Console) -> None:
        self.c = console

    def routes(self) -> list[Route]:
        return [Route(PREFIX + "/suggesties", self.index, methods=["GET"])]

    async def index(self, request: Request) -> Response:
        try:
            current = await self.c.require(request, roles=[r.value for r in Role])
        except Refused as refused:
            return refused.response
        return self.c.page(request, "suggesties", current, themes=await self.c.read(per_theme))
