"""``mailservice bounces``: the bounce log for the secretariat, and ``mailservice members enable``.

Every event with member, address, date, kind (hard/zacht/vertraagd), status code, reason, the layer that
detected it, how it was attributed, the diagnostic, and the stored message it came from (issue 4).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import Result, Select, select

from mailservice import audit
from mailservice.bouncelog.export import COLUMNS
from mailservice.bouncelog.scoring import run_scoring
from mailservice.bouncelog.summary import wants_a_person
from mailservice.bouncelog.words import attribution, describe, layer, severity
from mailservice.casework.delivery import deliver_again
from mailservice.casework.record import CaseworkError
from mailservice.cli.common import CommandError, console, heading, open_app, parse_day, printable, table
from mailservice.cli.export import CODES_OPTION, write_csv
from mailservice.clock import AMSTERDAM, when
from mailservice.labels import ACTORS, dutch
from mailservice.members import find_member
from mailservice.store.db import transaction
from mailservice.store.models import BounceEvent, Delivery, Member, MemberEvent

bounces_app = typer.Typer(rich_markup_mode=None)

_DELIVERY: dict[str, str] = {
    Delivery.ENABLED: "aan",
    Delivery.DISABLED: "uitgeschakeld",
    Delivery.REMOVED: "van de verzendlijst",
}
# The member events about delivery that ``bounces show`` lists (their Dutch words: labels.DUTCH).
_EVENTS = ("delivery_disabled", "delivery_enabled", "delivery_removed", "bounce_warning", "bounce_score_reset")


def _since(value: str | None) -> datetime | None:
    """'7' (days back) or a date '01-11-2026' / '2026-11-01' (Amsterdam midnight)."""
    if value is None:
        return None
    if value.strip().isdigit():
        return datetime.now(AMSTERDAM) - timedelta(days=int(value))
    return datetime.combine(parse_day(value, "--sinds"), time(), AMSTERDAM)


def _query(
    member: Member | None, hard: bool, soft: bool, needs_action: bool, since: datetime | None
) -> Select[BounceEvent, Member]:
    query = select(BounceEvent, Member).outerjoin(Member, BounceEvent.member_id == Member.id)
    if member is not None:
        query = query.where(BounceEvent.member_id == member.id)
    if hard:
        query = query.where(BounceEvent.severity == "hard")
    if soft:
        query = query.where(BounceEvent.severity == "soft")
    if needs_action:
        query = query.where(wants_a_person())  # unattributed, or of a member whose delivery is still off
    if since is not None:
        query = query.where(BounceEvent.at >= since)
    return query.order_by(BounceEvent.at.desc(), BounceEvent.id.desc())


def _message(e: BounceEvent) -> str:
    if e.inbound_id:
        return f"in #{e.inbound_id}"
    return f"uit #{e.outbound_id}" if e.outbound_id else ""


def _row(e: BounceEvent, m: Member | None) -> list[str]:
    return [
        when(e.at),
        m.email if m else "(onbekend)",
        e.address or "?",
        severity(e.severity),
        e.status or "",
        f"{e.reason or '?'} ({describe(e.reason)})" if e.reason else "nog niet beoordeeld",
        layer(e.layer),
        attribution(e.attributed_by),
        " ".join((e.diagnostic or "").split())[:300],
        _message(e),
    ]


_HEADERS = (
    "wanneer",
    "lid",
    "adres",
    "soort",
    "status",
    "reden",
    "gevonden door",
    "toegewezen via",
    "diagnose",
    "bericht",
)


@bounces_app.callback(invoke_without_command=True)
def bounces(
    ctx: typer.Context,
    member: Annotated[str | None, typer.Option("--member", "--lid", "-m", help="Alleen dit lid (e-mailadres).")] = None,
    hard: Annotated[bool, typer.Option("--hard", help="Alleen harde bounces.")] = False,
    soft: Annotated[bool, typer.Option("--soft", "--zacht", help="Alleen zachte bounces.")] = False,
    needs_action: Annotated[
        bool,
        typer.Option(
            "--needs-action",
            "--actie",
            help="Alleen wat aandacht vraagt: niet toe te wijzen, of bezorging uitgeschakeld.",
        ),
    ] = False,
    since: Annotated[
        str | None, typer.Option("--since", "--sinds", help="Aantal dagen terug, of een datum (01-11-2026).")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Hoeveel meldingen.")] = 50,
    as_csv: Annotated[
        bool, typer.Option("--csv", help="Alles (zonder --limit) als CSV naar het scherm of --output.")
    ] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="CSV-bestand (met --csv).")] = None,
    codes: Annotated[bool, CODES_OPTION] = False,
) -> None:
    if ctx.invoked_subcommand is not None:
        return
    app = open_app()
    with app.factory() as session:
        found = find_member(session, member) if member else None
        if member and found is None:
            raise CommandError(f"geen lid met e-mailadres {member}")
        query = _query(found, hard, soft, needs_action, _since(since))
        if as_csv:
            _write_csv(session.execute(query), output, codes)
            app.close()
            return
        rows = session.execute(query.limit(limit)).all()
    view = table(*_HEADERS)
    for e, m in rows:
        view.add_row(*_row(e, m))
    console.print(view)
    if rows:
        console.print(
            f"{len(rows)} melding(en). Het opgeslagen bericht: mailservice inbox show NR; "
            "per lid: mailservice bounces show ADRES",
            highlight=False,
        )
    else:
        console.print("Geen bounces." if not needs_action else "Niets dat aandacht vraagt.")
    app.close()


def _write_csv(rows: Result[BounceEvent, Member], output: Path | None, codes: bool) -> None:
    count = write_csv(output, COLUMNS, ((e, m) for e, m in rows), codes=codes)
    if output:
        console.print(f"{count} bounce(s) geschreven naar {output}.")


@bounces_app.command("show", help="Toon de bezorgstatus en alle bounces van één lid.")
def show(member: Annotated[str, typer.Argument(metavar="E-MAILADRES", help="E-mailadres van het lid.")]) -> None:
    app = open_app()
    cfg = app.settings.bounces
    with app.factory() as session:
        m = find_member(session, member)
        if m is None:
            raise CommandError(f"geen lid met e-mailadres {member}")
        console.print(heading(m.email, m.name, m.organisation))
        console.print(
            f"lidmaatschap: {dutch(m.status)}  bezorging: {_DELIVERY.get(m.delivery, m.delivery)}"
            + (f" sinds {when(m.delivery_since)}" if m.delivery_since else ""),
            highlight=False,
        )
        if m.delivery_reason:
            console.print(f"reden: {printable(m.delivery_reason)}", highlight=False)
        console.print(
            f"zachte bounces: op {m.bounce_score} verschillende dag(en); grens {cfg.soft_threshold} "
            f"binnen {cfg.window_days:g} dagen",
            highlight=False,
        )
        view = table(*_HEADERS)
        for e, mm in session.execute(_query(m, False, False, False, None)):
            view.add_row(*_row(e, mm))
        console.print(view)
        history = table("wanneer", "gebeurtenis", "door", "toelichting")
        for ev in session.scalars(
            select(MemberEvent)
            .where(
                MemberEvent.member_id == m.id,
                MemberEvent.event.in_(list(_EVENTS)),
            )
            .order_by(MemberEvent.id)
        ):
            history.add_row(when(ev.at), dutch(ev.event), ACTORS.get(ev.actor, ev.actor), ev.detail or "")
        if history.row_count:
            console.print(history)
    app.close()


@bounces_app.command("score", help="Beoordeel nieuwe bounces nu (de dienst doet dit ook zelf, periodiek).")
def score() -> None:
    app = open_app()
    result = run_scoring(app.factory, app.settings, app.clock, app.outbox)
    if result.mails:
        app.sender.drain()
    console.print(
        f"{result.scored} nieuwe melding(en) beoordeeld; uitgeschakeld: {', '.join(result.disabled) or 'niemand'}; "
        f"gewaarschuwd: {', '.join(result.warned) or 'niemand'}; "
        f"van de verzendlijst: {', '.join(result.removed) or 'niemand'}",
        highlight=False,
    )
    app.close()


def enable_command(
    email: Annotated[str, typer.Argument(metavar="E-MAILADRES", help="E-mailadres van het lid.")],
) -> None:
    """``mailservice members enable``: delivery on again, with a clean bounce count."""
    app = open_app()
    try:
        with transaction(app.factory) as session:
            m = find_member(session, email)
            if m is None:
                raise CommandError(f"geen lid met e-mailadres {email}")
            deliver_again(session, app.ingest.env, audit.CLI, m)  # the console's button does the same
    except CaseworkError as exc:
        raise CommandError(str(exc)) from exc
    console.print(f"De bezorging aan {m.email} staat weer aan; eerdere bounces tellen niet meer mee.")
    app.close()
