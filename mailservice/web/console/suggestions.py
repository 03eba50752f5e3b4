"""Suggesties (issues 14 and 15): what members proposed for an atelier, per theme, with a bar chart of the four
themes, each topic (by its label, and in full where the label leaves words out) with who suggested it and the whole
text they wrote, a CSV download with the topics in full, and the tally as the Adviesraad will receive it, before it
is sent. Readable by the Adviesraad as well (read only)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mailservice import exports
from mailservice.ateliers import TALLY, TEMPLATES, THEMES
from mailservice.ateliers.facts import THEME_NAMES, atelier_context
from mailservice.ateliers.seats import next_open_atelier
from mailservice.ateliers.suggestions import suggestions_for, tally_context, tally_of
from mailservice.classify.quotes import own_text
from mailservice.classify.topics import label, label_leaves_out
from mailservice.member_data import moment
from mailservice.store.models import Atelier, InboundMessage, Role, Suggestion
from mailservice.web.console import charts
from mailservice.web.console.base import PREFIX, Console
from mailservice.web.console.inbox import readable
from mailservice.web.responses import download

EVERYONE = [r.value for r in Role]


@dataclass(frozen=True)
class Topic:
    whole: str  # the writer's phrase as stored
    label: str  # its short form for the list (mailservice.classify.topics.label)
    shortened: bool  # the label leaves words out


@dataclass(frozen=True)
class Item:
    when: str
    who: str
    organisation: str
    topics: list[Topic]
    text: str  # what the member wrote, their own words (our quoted mail left out)

    @property
    def shortened(self) -> bool:
        """Whether a label leaves words out: the page then offers the topics in full as well."""
        return any(t.shortened for t in self.topics)


def _atelier(session: Session, reference: str | None, now: Any) -> Atelier | None:
    if reference:
        return session.scalars(select(Atelier).where(Atelier.reference == reference)).first()
    return next_open_atelier(session, now)


def _text(inbound: InboundMessage | None) -> str:
    if inbound is None:
        return ""
    return own_text(readable(inbound.raw).text).text


def gather(session: Session, env: Any, reference: str | None) -> dict[str, Any]:
    atelier = _atelier(session, reference, env.clock())
    found = suggestions_for(session, atelier)
    grouped: dict[str, list[Item]] = {name: [] for name in [*(THEME_NAMES[t] for t in THEMES), "Zonder thema"]}
    counts = {t: 0 for t in THEMES}
    for s in found:
        item = Item(
            moment(s.created_at),
            s.member.name or s.member.email,
            s.member.organisation or "",
            [Topic(t, label(t), label_leaves_out(t)) for t in s.topics or []],
            _text(session.get(InboundMessage, s.inbound_id) if s.inbound_id else None),
        )
        for theme in s.themes or [""]:
            grouped[THEME_NAMES.get(theme, "Zonder thema")].append(item)
            if theme in counts:
                counts[theme] += 1
    chart = charts.bars(
        "themas",
        "Suggesties per thema",
        "Hoeveel suggesties elk van de vier thema's kreeg.",
        [THEME_NAMES[t] for t in THEMES],
        [charts.Series("Suggesties", [counts[t] for t in THEMES])],
    )
    tally = None
    if atelier is not None:
        context = env.outbox.common_context() | {
            "atelier": atelier_context(atelier),
            "name": None,
            "secretariat": False,
        }
        tally = env.outbox.renderer.render(TEMPLATES[TALLY], **context, **tally_context(tally_of(found))).text
    ateliers = [(a.reference, f"{a.title} ({moment(a.starts_at)[:10]})") for a in session.scalars(
        select(Atelier).order_by(Atelier.starts_at.desc()))]  # fmt: skip
    return {
        "atelier": atelier.reference if atelier else None,
        "atelier_title": atelier.title if atelier else None,
        "themes": grouped,
        "chart": chart,
        "tally": tally,
        "ateliers": ateliers,
        "count": len(found),
    }


COLUMNS: list[exports.Column[tuple[Suggestion, str]]] = [
    exports.Column("datum", "created_at", lambda r: r[0].created_at, exports.Kind.MOMENT),
    exports.Column("lid", "member", lambda r: r[0].member.name or r[0].member.email),
    exports.Column("organisatie", "organisation", lambda r: r[0].member.organisation),
    exports.Column("thema's", "themes", lambda r: ", ".join(THEME_NAMES.get(t, t) for t in r[0].themes or [])),
    exports.Column("onderwerpen", "topics", lambda r: " | ".join(r[0].topics or [])),
    exports.Column("tekst", "text", lambda r: r[1]),
]


class Suggestions:
    def __init__(self, console: Console) -> None:
        self.c = console

    def routes(self) -> list[Route]:
        return [
            Route(PREFIX + "/suggesties", self.index, methods=["GET"]),
            Route(PREFIX + "/suggesties.csv", self.export, methods=["GET"]),
        ]

    async def index(self, request: Request) -> Response:
        current = await self.c.require(request, roles=EVERYONE)
        reference = request.query_params.get("atelier")
        found = await self.c.read(lambda s: gather(s, self.c.env, reference))
        return self.c.page(request, "suggesties", current, **found)

    async def export(self, request: Request) -> Response:
        await self.c.require(request, roles=EVERYONE)
        reference = request.query_params.get("atelier")

        def build(session: Session) -> bytes:
            atelier = _atelier(session, reference, self.c.env.clock())
            rows = [
                (s, _text(session.get(InboundMessage, s.inbound_id) if s.inbound_id else None))
                for s in suggestions_for(session, atelier)
            ]
            return exports.csv_bytes(COLUMNS, rows)

        body = await self.c.read(build)
        return download(body, f"suggesties-{reference or 'volgend'}.csv")
