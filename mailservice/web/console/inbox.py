"""Onverwerkte berichten (issue 14): the messages the service left to a person, the longest waiting first; each
with its text (as text: never the sender's HTML, scripts or remote images), attachments by name, the raw message
as a download, and three ways to deal with it: afgehandeld, behandel als ..., beantwoorden."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from typing import Any

import html2text
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailservice import inbox
from mailservice.member_data import moment
from mailservice.store.models import Atelier, AtelierState, InboundMessage
from mailservice.web.console.base import PREFIX, Console
from mailservice.web.responses import download

_TEXT_LIMIT = 200_000  # a page shows this much of a message; the whole one is the download


@dataclass
class Readable:
    sender: str
    to: str
    subject: str
    date: str
    text: str
    attachments: list[str] = field(default_factory=list)


def readable(raw: bytes) -> Readable:
    """A message as a person reads it: headers, the text (HTML turned into text), attachment names."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    text = ""
    try:
        body = msg.get_body(("plain", "html"))
        if body is not None:
            content = body.get_content()
            if body.get_content_type() == "text/html":
                converter = html2text.HTML2Text()
                converter.ignore_images = True  # never a remote image: not even its address is fetched
                converter.body_width = 0
                content = converter.handle(content)
            text = str(content)
    except (LookupError, ValueError, KeyError):  # a broken part or unknown charset: the raw download still has it
        text = "(De tekst van dit bericht kon niet worden gelezen; download het bericht om het te bekijken.)"
    names = []
    for part in msg.iter_attachments():
        names.append(part.get_filename() or f"(zonder naam, {part.get_content_type()})")
    return Readable(
        sender=str(msg.get("From", "")),
        to=str(msg.get("To", "")),
        subject=str(msg.get("Subject", "")),
        date=str(msg.get("Date", "")),
        text=text[:_TEXT_LIMIT],
        attachments=names,
    )


def _waited(received: datetime, now: datetime) -> str:
    hours = int((now - received).total_seconds() // 3600)
    if hours < 1:
        return "minder dan een uur"
    if hours < 48:
        return f"{hours} uur"
    return f"{hours // 24} dagen"


class Inbox:
    def __init__(self, console: Console) -> None:
        self.c = console

    def routes(self) -> list[Route]:
        base = PREFIX + "/berichten"
        return [
            Route(base, self.index, methods=["GET"]),
            Route(base + "/{inbound_id:int}", self.detail, methods=["GET"]),
            Route(base + "/{inbound_id:int}/bericht.eml", self.download, methods=["GET"]),
            Route(base + "/{inbound_id:int}/afgehandeld", self.handled, methods=["POST"]),
            Route(base + "/{inbound_id:int}/behandel", self.treat, methods=["POST"]),
            Route(base + "/{inbound_id:int}/antwoord", self.reply, methods=["POST"]),
        ]

    async def index(self, request: Request) -> Response:
        current = await self.c.require(request)
        now = self.c.env.clock()

        def load(session: Session) -> list[dict[str, Any]]:
            return [
                {
                    "id": m.id,
                    "sender": m.sender or m.envelope_from or "(onbekend)",
                    "subject": m.subject or "(geen onderwerp)",
                    "received": moment(m.received_at),
                    "waited": _waited(m.received_at, now),
                    "reason": m.reason or "",
                }
                for m in inbox.waiting(session)
            ]

        return self.c.page(request, "berichten", current, messages=await self.c.read(load))

    async def detail(self, request: Request) -> Response:
        current = await self.c.require(request)
        inbound_id = request.path_params["inbound_id"]

        def load(session: Session) -> dict[str, Any] | None:
            m = session.get(InboundMessage, inbound_id)
            if m is None:
                return None
            ateliers = session.scalars(
                select(Atelier)
                .where(Atelier.state.in_([AtelierState.PLANNED, AtelierState.INVITED]))
                .order_by(Atelier.starts_at)
            )
            return {
                "id": m.id,
                "message": readable(m.raw),
                "received": moment(m.received_at),
                "reason": m.reason or "",
                "message_status": m.status,
                "handled": m.handled_at is not None,
                "handled_by": m.handled_by,
                "handled_at": moment(m.handled_at),
                "handled_note": m.handled_note or "",
                "ateliers": [(a.reference, f"{a.title} ({moment(a.starts_at)[:10]})") for a in ateliers],
            }

        found = await self.c.read(load)
        if found is None:
            return self.c.page(request, "niet_gevonden", current, status=404)
        return self.c.page(
            request,
            "bericht",
            current,
            readings={key: spec.label for key, (_, spec) in inbox.READINGS.items()},
            notice=request.query_params.get("melding"),
            **found,
        )

    async def download(self, request: Request) -> Response:
        await self.c.require(request)
        inbound_id = request.path_params["inbound_id"]
        raw = await self.c.read(lambda s: m.raw if (m := s.get(InboundMessage, inbound_id)) else None)
        if raw is None:
            return Response("Bericht niet gevonden.", status_code=404)
        return download(raw, f"bericht-{inbound_id}.eml", "message/rfc822")

    async def _act(self, request: Request, work: Any, notice: str) -> Response:
        current = await self.c.require(request)
        form = await self.c.form(request, current)
        inbound_id = request.path_params["inbound_id"]
        actor = self.c.actor(request, current)
        try:
            result = await self.c.write(lambda s: work(s, inbound_id, form, actor))
        except inbox.CaseError as exc:
            return self.c.page(request, "fout", current, status=409, message=str(exc))
        return (
            RedirectResponse(f"{PREFIX}/berichten/{inbound_id}?melding={notice}", status_code=303)
            if result is None
            else result
        )

    async def handled(self, request: Request) -> Response:
        return await self._act(
            request,
            lambda s, i, f, a: inbox.mark_handled(s, self.c.env, i, a, f.get("notitie", "")),
            "afgehandeld",
        )

    async def treat(self, request: Request) -> Response:
        def work(s: Session, i: int, f: dict[str, str], a: Any) -> None:
            inbox.treat_as(s, self.c.env, i, f.get("keuze", ""), f, a)

        return await self._act(request, work, "behandeld")

    async def reply(self, request: Request) -> Response:
        def work(s: Session, i: int, f: dict[str, str], a: Any) -> None:
            inbox.reply(s, self.c.env, i, f.get("tekst", ""), a)

        return await self._act(request, work, "beantwoord")
