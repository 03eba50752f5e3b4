"""``mailservice ateliers``, ``schedule`` and ``suggestions``: the secretariat plans ateliers and reads the themes."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.ateliers import STEP_NAMES, TALLY, THEMES
from mailservice.ateliers.audience import advisory_board, invited_members, rsvp_counts
from mailservice.ateliers.catalogue import Plan, PlanError, create
from mailservice.ateliers.facts import THEME_NAMES, facts
from mailservice.ateliers.planning import Offsets, local_datetime, parse_time
from mailservice.ateliers.planning import plan as plan_timing
from mailservice.ateliers.steps import (
    cancel_atelier,
    default_offsets,
    describe_changes,
    replan,
    send_time,
    send_update,
)
from mailservice.ateliers.suggestions import suggestions_for, tally_of
from mailservice.ateliers.tally import OTHER
from mailservice.classify.topics import label
from mailservice.cli.common import CommandError, console, day_text, heading, open_app, parse_day, printable, table
from mailservice.cli.export import CODES_OPTION, Column, Kind, write_csv
from mailservice.cli.progress import bar as progress_bar
from mailservice.clock import AMSTERDAM, when
from mailservice.labels import dutch
from mailservice.members import deliverable_members
from mailservice.store.db import transaction
from mailservice.store.models import (
    Atelier,
    AtelierState,
    Rsvp,
    RsvpStatus,
    ScheduledMailing,
    StepState,
    Suggestion,
)

ateliers_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None)

_STEP_BY_DUTCH = {"oproep": "call_for_themes", "telling": "tally", "uitnodiging": "invitation",
                  "herinnering": "reminder", "vervolg": "followup"}  # fmt: skip


_DATE_HELP = "Datum, bijvoorbeeld 11-03-2027 (2027-03-11 mag ook)."


def _clock_time(value: str, option: str) -> datetime:
    try:
        return datetime.combine(date.today(), parse_time(value))
    except ValueError:
        raise CommandError(f"{option}: '{value}' is geen tijd als 14:00") from None


def _theme(value: str) -> str:
    theme = value.strip().lower()
    if theme not in THEMES:
        raise CommandError(f"onbekend thema '{value}': kies uit {', '.join(THEMES)}")
    return theme


def _find(session: Session, reference: str) -> Atelier:
    atelier = session.scalars(select(Atelier).where(Atelier.reference == reference)).first()
    if atelier is None:
        raise CommandError(f"geen atelier met referentie {reference} (zie 'mailservice ateliers list')")
    return atelier


def _deadline(day: date) -> datetime:
    # "Aanmelden tot en met 1 maart": the whole of that day, Amsterdam time.
    return local_datetime(day + timedelta(days=1), parse_time("00:00")) - timedelta(seconds=1)


YES = typer.Option("--ja", help="Bevestig dat er meteen mail uitgaat (zonder --ja: alleen zeggen wat er uit zou gaan).")


def _audience(session: Session, step: str) -> int:
    """How many a cycle step would mail if it went out now."""
    return len(advisory_board(session)) + 1 if step == TALLY else len(list(deliverable_members(session)))


def _confirm(what: list[str], yes: bool) -> None:
    """Mail that would go out at once goes out only with --ja (issue 15): without it, nothing changes."""
    if what and not yes:
        raise CommandError(
            "dit verstuurt meteen e-mail (" + "; ".join(what) + "); er is niets veranderd: voeg --ja toe om het te doen"
        )


@ateliers_app.command("add", help="Plan een atelier; de mailings van de cyclus worden ingepland.")
def add_atelier(
    title: Annotated[str, typer.Option("--titel", help="Titel (het gezamenlijke vraagstuk).")],
    theme: Annotated[str, typer.Option("--thema", help="strategie, samenwerking, organisatie of dienstverlening.")],
    day: Annotated[str, typer.Option("--datum", metavar="DATUM", help=_DATE_HELP)],
    start: Annotated[
        str, typer.Option("--begin", metavar="TIJD", help="Begintijd (Amsterdamse tijd), bijvoorbeeld 14:00.")
    ],
    end: Annotated[
        str | None,
        typer.Option("--eind", metavar="TIJD", help="Eindtijd; standaard begin + ateliers.duration_minutes."),
    ] = None,
    place: Annotated[str | None, typer.Option("--plaats", help="Adres.")] = None,
    online: Annotated[str | None, typer.Option("--online", help="Link om online deel te nemen.")] = None,
    description: Annotated[
        str | None, typer.Option("--beschrijving", help="Korte beschrijving voor de uitnodiging.")
    ] = None,
    practical: Annotated[
        str | None,
        typer.Option("--praktisch", help="Praktische informatie (ontvangst, koffie, parkeren) voor de herinnering."),
    ] = None,
    capacity: Annotated[
        int | None, typer.Option("--capaciteit", min=1, help="Aantal plaatsen (gasten tellen mee).")
    ] = None,
    deadline: Annotated[
        str | None, typer.Option("--aanmelden-tot", metavar="DATUM", help="Laatste dag om aan te melden (11-03-2027).")
    ] = None,
    call_days: Annotated[
        int | None, typer.Option("--oproep-dagen", help="Oproep thema's: dagen vóór het atelier.")
    ] = None,
    tally_days: Annotated[int | None, typer.Option("--telling-dagen", help="Telling: dagen vóór het atelier.")] = None,
    invite_days: Annotated[int | None, typer.Option("--uitnodiging-dagen", help="Uitnodiging: dagen vóór.")] = None,
    remind_days: Annotated[int | None, typer.Option("--herinnering-dagen", help="Herinnering: dagen vóór.")] = None,
    follow_days: Annotated[
        int | None, typer.Option("--vervolg-dagen", help="Vervolgmail: dagen ná het atelier.")
    ] = None,
    yes: Annotated[bool, YES] = False,
) -> None:
    if not place and not online:
        raise CommandError("geef een plaats (--plaats) of een link (--online), of beide")
    app = open_app()
    settings = app.settings
    starts_at = local_datetime(parse_day(day, "--datum"), _clock_time(start, "--begin").time())
    ends_at = (
        local_datetime(parse_day(day, "--datum"), _clock_time(end, "--eind").time())
        if end
        else starts_at + timedelta(minutes=settings.ateliers.duration_minutes)
    )
    if ends_at <= starts_at:
        raise CommandError("--eind ligt niet na --begin")
    d = default_offsets(settings)
    offsets = Offsets(
        call_for_themes=-call_days if call_days is not None else d.call_for_themes,
        tally=-tally_days if tally_days is not None else d.tally,
        invitation=-invite_days if invite_days is not None else d.invitation,
        reminder=-remind_days if remind_days is not None else d.reminder,
        followup=follow_days if follow_days is not None else d.followup,
    )
    try:
        offsets.check()
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    now = app.clock()
    plan = Plan(
        title=title,
        theme=_theme(theme),
        starts_at=starts_at,
        ends_at=ends_at,
        place=place,
        online_url=online,
        description=description,
        practical=practical,
        capacity=capacity,
        registration_deadline=_deadline(parse_day(deadline, "--aanmelden-tot")) if deadline else None,
        offsets=offsets,
    )
    try:
        plan.check(now)
    except PlanError as exc:
        raise CommandError(str(exc)[:1].lower() + str(exc)[1:].rstrip(".")) from None
    # Issue 15: a step whose moment has passed goes out at once, to everyone: say so and ask first.
    env, timing = app.ingest.env, plan_timing(starts_at, offsets, send_time(settings))
    at_once = [step for step, (_, due) in timing.items() if due <= now]
    if at_once:
        with app.factory() as session:
            counts = {step: _audience(session, step) for step in at_once}
        _confirm(
            [
                f"{STEP_NAMES[step]}: direct, aan {counts[step]} {'ontvanger' if counts[step] == 1 else 'ontvangers'}"
                for step in at_once
            ],
            yes,
        )
    with transaction(app.factory) as session:
        atelier, notes = create(session, env, audit.CLI, plan)
        reference = atelier.reference
        steps = [(s.step, s.due_at, s.state) for s in atelier.steps]
        adopted = len(suggestions_for(session, atelier))
    console.print(f"Atelier {reference} gepland: {title}, {when(starts_at)}.")
    view = table("stap", "wanneer", "status")
    for step, due, state in sorted(steps, key=lambda s: s[1]):
        view.add_row(STEP_NAMES[step], when(due), dutch(state))
    console.print(view)
    for note in notes:
        console.print(f"let op: {note}")
    if adopted:
        console.print(f"{adopted} eerder ontvangen themasuggestie(s) horen nu bij dit atelier.")
    app.close()


@ateliers_app.command("list", help="Toon de ateliers met hun aanmeldingen.")
def list_ateliers() -> None:
    app = open_app()
    view = table("referentie", "wanneer", "titel", "thema", "status", "aangemeld", "plaatsen", "wachtlijst", "afgemeld")
    with app.factory() as session:
        for a in session.scalars(select(Atelier).order_by(Atelier.starts_at)):
            c = rsvp_counts(session, a)
            view.add_row(
                a.reference,
                when(a.starts_at),
                a.title,
                THEME_NAMES[a.theme],
                dutch(a.state),
                str(c["attending"]),
                f"{c['seats']}/{a.capacity}" if a.capacity else str(c["seats"]),
                str(c["waiting"]),
                str(c["declined"]),
            )
    console.print(view)
    app.close()


@ateliers_app.command("show", help="Toon één atelier: gegevens, planning en aanmeldingen.")
def show_atelier(
    reference: Annotated[str, typer.Argument(metavar="REFERENTIE", help="Referentie, bijvoorbeeld 2027-1.")],
) -> None:
    app = open_app()
    with app.factory() as session:
        a = _find(session, reference)
        console.print(heading(a.reference, a.title, f"({THEME_NAMES[a.theme]})", f"status: {dutch(a.state)}"))
        console.print(f"wanneer: {when(a.starts_at)} tot {when(a.ends_at)}")
        console.print(f"plaats: {printable(a.place or '-')}  online: {printable(a.online_url or '-')}")
        if a.practical:
            console.print(f"praktisch: {printable(a.practical)}")
        console.print(
            f"plaatsen: {a.capacity or 'onbeperkt'}  aanmelden tot: {day_text(a.registration_deadline) or '-'}  "
            f"verslag: {a.report_url or '-'}"
        )
        steps = table("stap", "wanneer", "status", "mailing", "toelichting")
        for s in a.steps:
            steps.add_row(
                STEP_NAMES.get(s.step, s.step),
                when(s.due_at),
                dutch(s.state),
                f"#{s.mailing_id}" if s.mailing_id else "",
                s.note or "",
            )
        console.print(steps)
        rsvps = table("lid", "antwoord", "gasten", "vervanger", "wachtlijst", "gewijzigd")
        labels = {RsvpStatus.ATTENDING: "komt", RsvpStatus.WAITING: "wachtlijst", RsvpStatus.DECLINED: "komt niet"}
        for r in session.scalars(
            select(Rsvp).where(Rsvp.atelier_id == a.id).order_by(Rsvp.status, Rsvp.waitlist_position, Rsvp.id)
        ):
            rsvps.add_row(
                r.member.email,
                labels[RsvpStatus(r.status)],
                str(r.guests or ""),
                r.substitute or "",
                str(r.waitlist_position or ""),
                when(r.updated_at),
            )
        console.print(rsvps)
        c = rsvp_counts(session, a)
        console.print(
            f"{c['attending']} aangemeld ({c['seats']} plaatsen), {c['waiting']} op de wachtlijst, "
            f"{c['declined']} afgemeld"
        )
    app.close()


@ateliers_app.command("edit", help="Wijzig een atelier; de planning van wat nog niet verstuurd is schuift mee.")
def edit_atelier(
    reference: Annotated[str, typer.Argument(metavar="REFERENTIE", help="Referentie, bijvoorbeeld 2027-1.")],
    title: Annotated[str | None, typer.Option("--titel", help="Nieuwe titel.")] = None,
    theme: Annotated[
        str | None, typer.Option("--thema", help="strategie, samenwerking, organisatie of dienstverlening.")
    ] = None,
    day: Annotated[
        str | None, typer.Option("--datum", metavar="DATUM", help=f"Nieuwe {_DATE_HELP[0].lower()}{_DATE_HELP[1:]}")
    ] = None,
    start: Annotated[
        str | None, typer.Option("--begin", metavar="TIJD", help="Nieuwe begintijd, bijvoorbeeld 14:00.")
    ] = None,
    end: Annotated[str | None, typer.Option("--eind", metavar="TIJD", help="Nieuwe eindtijd.")] = None,
    place: Annotated[str | None, typer.Option("--plaats", help="Nieuw adres.")] = None,
    online: Annotated[str | None, typer.Option("--online", help="Nieuwe link om online deel te nemen.")] = None,
    description: Annotated[str | None, typer.Option("--beschrijving", help="Nieuwe beschrijving.")] = None,
    practical: Annotated[
        str | None, typer.Option("--praktisch", help="Nieuwe praktische informatie voor de herinnering.")
    ] = None,
    capacity: Annotated[int | None, typer.Option("--capaciteit", min=1, help="Nieuw aantal plaatsen.")] = None,
    deadline: Annotated[
        str | None, typer.Option("--aanmelden-tot", metavar="DATUM", help="Nieuwe laatste dag om aan te melden.")
    ] = None,
    report: Annotated[
        str | None, typer.Option("--verslag", help="Link naar het verslag (voor de vervolgmail).")
    ] = None,
    again: Annotated[
        str | None,
        typer.Option(
            "--opnieuw", help="Verstuur een gemiste stap alsnog: oproep, telling, uitnodiging, herinnering of vervolg."
        ),
    ] = None,
    yes: Annotated[bool, YES] = False,
) -> None:
    app = open_app()
    now = app.clock()
    with transaction(app.factory) as session:
        a = _find(session, reference)
        if a.state in (AtelierState.CANCELLED, AtelierState.HELD) and again is None and report is None:
            raise CommandError(f"atelier {reference} is {dutch(a.state)}; alleen --verslag en --opnieuw kunnen nog")
        before = facts(a)
        local = a.starts_at.astimezone(AMSTERDAM)
        duration = a.ends_at - a.starts_at
        moved = day is not None or start is not None
        if moved:
            new_day = parse_day(day, "--datum") if day else local.date()
            new_start = _clock_time(start, "--begin").time() if start else local.time()
            a.starts_at = local_datetime(new_day, new_start)
            a.ends_at = a.starts_at + duration
        if end is not None:
            a.ends_at = local_datetime(a.starts_at.astimezone(AMSTERDAM).date(), _clock_time(end, "--eind").time())
        if a.ends_at <= a.starts_at:
            raise CommandError("de eindtijd ligt niet na de begintijd")
        for attr, value in (
            ("title", title),
            ("place", place),
            ("online_url", online),
            ("description", description),
            ("practical", practical),
            ("capacity", capacity),
            ("report_url", report),
        ):
            if value is not None:
                setattr(a, attr, value)
        if theme is not None:
            a.theme = _theme(theme)
        if deadline is not None:
            a.registration_deadline = _deadline(parse_day(deadline, "--aanmelden-tot"))
        changes = describe_changes(before, facts(a))
        updates = 0
        if changes and a.state == AtelierState.INVITED and (invited := invited_members(session, a)) is not None:
            _confirm([f"bijgewerkte uitnodiging aan {len(invited)} genodigden: " + "; ".join(changes)], yes)
        if changes:
            a.ics_sequence += 1  # a later .ics for this UID must win in the calendars (RFC 5546 2.1.4)
            with progress_bar("Bijgewerkte uitnodigingen klaarzetten"):
                mailing = send_update(session, app.ingest.env, a, changes)
            updates = mailing.total if mailing is not None else 0
        replan(session, a, send_time(app.settings))
        if again is not None:
            step = _STEP_BY_DUTCH.get(again.lower())
            row = next((s for s in a.steps if s.step == step), None)
            if row is None or row.state == StepState.SENT:
                raise CommandError(f"'{again}' is geen stap die opnieuw kan (al verstuurd of onbekend)")
            row.state, row.due_at, row.done_at = StepState.DUE, now, None
            row.note = "opnieuw ingepland door het secretariaat"
        a.updated_at = now
        if changes or again is not None:
            detail = "; ".join([*changes, *([f"stap opnieuw: {again}"] if again is not None else [])])
            audit.record(session, audit.CLI, "atelier", "atelier gewijzigd", at=now, subject=reference, detail=detail)
    console.print(f"Atelier {reference} is gewijzigd.")
    for change in changes:
        console.print(f"  {change}")
    if updates:
        console.print(
            f"{updates} bijgewerkte uitnodiging(en) met agenda-afspraak staan klaar voor verzending "
            "aan wie de uitnodiging kreeg."
        )
    app.close()


@ateliers_app.command("cancel", help="Annuleer een atelier; wie de uitnodiging kreeg, krijgt een annulering (.ics).")
def cancel_command(
    reference: Annotated[str, typer.Argument(metavar="REFERENTIE", help="Referentie, bijvoorbeeld 2027-1.")],
    yes: Annotated[bool, YES] = False,
) -> None:
    app = open_app()
    with transaction(app.factory) as session:
        a = _find(session, reference)
        if a.state in (AtelierState.CANCELLED, AtelierState.HELD):
            raise CommandError(f"atelier {reference} is al {dutch(a.state)}")
        if (invited := invited_members(session, a)) is not None:
            _confirm([f"annulering aan {len(invited)} genodigden"], yes)
        with progress_bar("Annuleringen klaarzetten"):
            mailing = cancel_atelier(session, app.ingest.env, a)
        total = mailing.total if mailing is not None else 0
        audit.record(session, audit.CLI, "atelier", "atelier geannuleerd", at=app.clock(), subject=reference)
    if mailing is not None:
        console.print(f"Atelier {reference} is geannuleerd; {total} annulering(en) staan klaar voor verzending.")
    else:
        console.print(f"Atelier {reference} is geannuleerd; er was nog geen uitnodiging verstuurd.")
    app.close()


def schedule_command(
    everything: Annotated[
        bool, typer.Option("--alles", help="Ook wat al verstuurd, gemist of geannuleerd is.")
    ] = False,
) -> None:
    app = open_app()
    view = table("wanneer", "stap", "atelier", "status", "toelichting")
    with app.factory() as session:
        query = select(ScheduledMailing).order_by(ScheduledMailing.due_at, ScheduledMailing.id)
        if not everything:
            query = query.where(ScheduledMailing.state == StepState.DUE)
        rows = list(session.scalars(query))
        for s in rows:
            atelier = f"{s.atelier.reference} {s.atelier.title}" if s.atelier else ""
            view.add_row(when(s.due_at), STEP_NAMES.get(s.step, s.step), atelier, dutch(s.state), s.note or "")
    console.print(view)
    console.print(f"{len(rows)} {'mailing' if len(rows) == 1 else 'mailings'}; tijden in Amsterdamse tijd.")
    app.close()


# Every suggestion as CSV: who, for which atelier, the themes (by name for people) and the topics.
SUGGESTIONS_EXPORT: list[Column[Suggestion]] = [
    Column("ontvangen", "created_at", lambda s: s.created_at, Kind.MOMENT),
    Column("e-mailadres", "email", lambda s: s.member.email),
    Column("naam", "name", lambda s: s.member.name),
    Column("organisatie", "organisation", lambda s: s.member.organisation),
    Column("atelier", "atelier", lambda s: s.atelier.reference if s.atelier else ""),
    Column(
        "thema's",
        "themes",
        lambda s: ",".join(s.themes or ()),
        words=lambda v: ", ".join(THEME_NAMES.get(t, t) for t in v.split(",")),
    ),
    Column("onderwerpen", "topics", lambda s: " | ".join(s.topics or ())),
]


def suggestions_command(
    reference: Annotated[str | None, typer.Option("--atelier", help="Alleen voor dit atelier (referentie).")] = None,
    export: Annotated[
        Path | None, typer.Option("--export", help="Alle suggesties als CSV naar dit bestand ('-': scherm).")
    ] = None,
    codes: Annotated[bool, CODES_OPTION] = False,
) -> None:
    app = open_app()
    with app.factory() as session:
        atelier = _find(session, reference) if reference else None
        items = (
            suggestions_for(session, atelier)
            if atelier
            else list(session.scalars(select(Suggestion).order_by(Suggestion.id)))
        )
        if export is not None:
            to_file = str(export) != "-"
            count = write_csv(export if to_file else None, SUGGESTIONS_EXPORT, items, codes=codes)
            if to_file:
                console.print(f"{count} suggestie(s) geëxporteerd naar {export}.")
            app.close()
            return
        result = tally_of(items)
    view = table("thema", "leden", "suggesties", "onderwerpen")
    for c in result.ranked():
        if c.suggestions or c.theme != OTHER:
            # One topic per line, by its label (the whole phrase is in the tally mail and the export); a label is
            # one line, so a mail cannot add lines of its own.
            topics = "\n".join(printable(label(t)) + (f" ({n}x)" if n > 1 else "") for t, n in c.named())
            view.add_row(THEME_NAMES[c.theme], str(c.member_count), str(c.suggestions), topics)
    console.print(view)
    where = f" voor atelier {reference}" if reference else ""
    console.print(
        f"{result.suggestions} suggestie(s) van {result.members} {'lid' if result.members == 1 else 'leden'}{where}."
    )
    app.close()


__all__ = ["ateliers_app", "schedule_command", "suggestions_command"]
