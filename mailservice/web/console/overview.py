"""Overzicht (issue 15), the staff's start page: the network in numbers (members by status, organisations, sign-ups
waiting for confirmation, messages waiting for a person, this week's bounces), the network's figures as the brochure
shows them (issue 16, ``organisations.figures``, the same as ``mailservice figures``), charts per week over a chosen
period (members, new members and leaves, hard and soft bounces), and the next scheduled mailings.

Weeks are Amsterdam calendar weeks from Monday; the last one is the current week, so far. The member counts follow
from when each member joined (confirmed) and left; the week buckets are counted here rather than in SQL, so SQLite
and PostgreSQL give the same weeks (bench/web.py measures the page over 5,000 members and 20,000 bounces).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mailservice.ateliers import STEP_NAMES
from mailservice.clock import AMSTERDAM
from mailservice.inbox import waiting_count
from mailservice.member_data import moment
from mailservice.organisations import figures
from mailservice.store.models import (
    Atelier,
    BounceEvent,
    Member,
    MemberStatus,
    ScheduledMailing,
    StepState,
)
from mailservice.web.console import charts
from mailservice.web.console.base import PREFIX, Console
from mailservice.web.console.members import STATUS

PERIODS = {8: "8 weken", 13: "een kwartaal (13 weken)", 26: "een half jaar (26 weken)", 52: "een jaar (52 weken)"}
DEFAULT_WEEKS = 13
NEXT_MAILINGS = 8


@dataclass(frozen=True)
class Upcoming:
    when: str
    step: str
    atelier: str
    note: str


@dataclass(frozen=True)
class Overview:
    by_status: list[tuple[str, str, int]]  # (code, Dutch word, count), in the members page's order
    active: int
    organisations: int
    pending: int
    waiting: int
    bounces_hard: int
    bounces_soft: int
    week_start: str
    charts: list[charts.Chart]
    upcoming: list[Upcoming]
    network: figures.Figures | None  # the brochure's figures (issue 16); None before CBS's municipalities are in


def next_mailings(session: Session, limit: int) -> list[Upcoming]:
    """The scheduled steps that wait for their time, the first first (the scheduler's truth: ScheduledMailing)."""
    return [
        Upcoming(
            moment(step.due_at),
            STEP_NAMES.get(step.step, step.step),
            f"{atelier.title} ({moment(atelier.starts_at)[:10]})" if atelier else "",
            step.note or "",
        )
        for step, atelier in session.execute(
            select(ScheduledMailing, Atelier)
            .outerjoin(Atelier, ScheduledMailing.atelier_id == Atelier.id)
            .where(ScheduledMailing.state == StepState.DUE)
            .order_by(ScheduledMailing.due_at, ScheduledMailing.id)
            .limit(limit)
        )
    ]


def week_starts(now: datetime, count: int) -> list[datetime]:
    """The Mondays (00:00 Amsterdam) of the last ``count`` weeks, oldest first; the last is this week's."""
    today = now.astimezone(AMSTERDAM).date()
    monday = today - timedelta(days=today.weekday())
    return [datetime.combine(monday - timedelta(weeks=count - 1 - i), time(), AMSTERDAM) for i in range(count)]


def _per_week(session: Session, starts: list[datetime], at: Any, where: Any) -> list[int]:
    """How many rows fall in each week, counted by the database: one pass, a CASE for the week (the same SQL on
    SQLite and PostgreSQL), rather than every moment fetched and converted in Python (bench/web.py: 20,000 bounces)."""
    week = case(*[(at < start, i) for i, start in enumerate(starts[1:])], else_=len(starts) - 1)
    found: dict[int, int] = dict(
        session.execute(select(week, func.count()).where(where, at >= starts[0]).group_by(week)).all()
    )
    return [found.get(i, 0) for i in range(len(starts))]


def gather(session: Session, now: datetime, weeks: int) -> Overview:
    starts = week_starts(now, weeks)
    labels = [s.strftime("%d-%m") for s in starts]
    by_status = dict(session.execute(select(Member.status, func.count()).group_by(Member.status)).all())
    organisations = session.scalar(
        select(func.count(func.distinct(func.lower(Member.organisation)))).where(
            Member.status == MemberStatus.ACTIVE, Member.organisation.is_not(None)
        )
    )
    waiting = waiting_count(session)

    # Members: joined when confirmed (added by the secretariat: when created), left when they left.
    member_rows = Member.status.in_([MemberStatus.ACTIVE, MemberStatus.UNSUBSCRIBED])
    joined_at = func.coalesce(Member.confirmed_at, Member.created_at)
    left_rows = Member.status == MemberStatus.UNSUBSCRIBED
    joined = _per_week(session, starts, joined_at, member_rows)
    left = _per_week(session, starts, Member.left_at, left_rows)
    before = session.execute(
        select(
            func.count().filter(member_rows, joined_at < starts[0]),
            func.count().filter(left_rows, Member.left_at < starts[0]),
        )
    ).one()
    members = list(accumulate((j - g for j, g in zip(joined, left, strict=True)), initial=before[0] - before[1]))[1:]
    hard = _per_week(session, starts, BounceEvent.at, BounceEvent.severity == "hard")
    soft = _per_week(session, starts, BounceEvent.at, BounceEvent.severity == "soft")

    period = PERIODS[weeks]
    drawn = [
        charts.lines(
            "leden",
            "Leden aan het eind van elke week",
            f"Lijngrafiek van het aantal leden per week, over {period}: van {members[0]} naar {members[-1]}.",
            labels,
            [charts.Series("Leden", members)],
        ),
        charts.bars(
            "in-uit",
            "Nieuwe leden en afmeldingen per week",
            f"Staafgrafiek per week over {period}: {sum(joined)} nieuwe leden en {sum(left)} afmeldingen.",
            labels,
            [
                charts.Series("Nieuwe leden", joined),
                charts.Series("Afmeldingen", left),
            ],
        ),
        charts.bars(
            "bounces",
            "Bounces per week, hard en zacht",
            f"Staafgrafiek per week over {period}: {sum(hard)} harde en {sum(soft)} zachte bounces.",
            labels,
            [charts.Series("Hard", hard), charts.Series("Zacht", soft)],
        ),
    ]
    upcoming = next_mailings(session, NEXT_MAILINGS)
    return Overview(
        by_status=[(code, word, by_status.get(code, 0)) for code, word in STATUS.items()],
        active=by_status.get(MemberStatus.ACTIVE, 0),
        organisations=organisations or 0,
        pending=by_status.get(MemberStatus.PENDING, 0),
        waiting=waiting or 0,
        bounces_hard=hard[-1],
        bounces_soft=soft[-1],
        week_start=moment(starts[-1])[:10],
        charts=drawn,
        upcoming=upcoming,
        network=figures.gather(session),
    )


class OverviewPage:
    def __init__(self, console: Console) -> None:
        self.c = console

    def routes(self) -> list[Route]:
        return [Route(PREFIX + "/overzicht", self.index, methods=["GET"])]

    async def index(self, request: Request) -> Response:
        current = await self.c.require(request)
        chosen = request.query_params.get("weken", "")
        weeks = int(chosen) if chosen.isdigit() and int(chosen) in PERIODS else DEFAULT_WEEKS
        now = self.c.env.clock()
        found: Any = await self.c.read(lambda s: gather(s, now, weeks))
        return self.c.page(
            request, "overzicht", current, o=found, weeks=weeks, periods=PERIODS, no_figures=figures.NO_DATA
        )
