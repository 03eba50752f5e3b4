"""``mailservice members``: the secretariat's view of the membership."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import select

from mailservice import audit, exports
from mailservice.addresses import normalise, why_invalid
from mailservice.casework import members as casework
from mailservice.cli.choices import MEMBER_STATUS, ROLE
from mailservice.cli.common import CommandError, console, heading, open_app, printable, table
from mailservice.cli.export import CODES_OPTION, write_csv
from mailservice.clock import when
from mailservice.labels import ACTORS, LANGUAGES, dutch
from mailservice.members import find_member
from mailservice.store.db import transaction
from mailservice.store.models import Member, MemberEvent, MemberStatus

members_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None)

STATUS_OPTION = typer.Option(
    "--status",
    "-s",
    metavar="STATUS",
    parser=MEMBER_STATUS.parser(),
    help=f"Alleen leden met deze status: {MEMBER_STATUS.shown()}.",
)


def _address(value: str) -> str:
    address = normalise(value)
    if address is None:
        raise CommandError(f"'{value}' is geen geldig e-mailadres: {why_invalid(value) or 'het is leeg'}.")
    return address


@members_app.command("list", help="Toon de leden.")
def list_members(
    status: Annotated[str | None, STATUS_OPTION] = None,
) -> None:
    app = open_app()
    with app.factory() as session:
        query = select(Member).order_by(Member.email)
        if status is not None:
            query = query.where(Member.status == status)
        rows = list(session.scalars(query))
    view = table("nr", "e-mailadres", "naam", "organisatie", "rol", "status", "lid sinds", "afgemeld")
    for m in rows:
        view.add_row(
            str(m.id),
            m.email,
            m.name or "",
            m.organisation or "",
            dutch(m.role),
            dutch(m.status),
            when(m.confirmed_at),
            when(m.left_at),
        )
    console.print(view)
    console.print(f"{len(rows)} {'lid' if len(rows) == 1 else 'leden'}")
    app.close()


@members_app.command("show", help="Toon één lid met de hele geschiedenis (bewijs van toestemming).")
def show_member(email: Annotated[str, typer.Argument(metavar="E-MAILADRES", help="E-mailadres van het lid.")]) -> None:
    app = open_app()
    with app.factory() as session:
        member = find_member(session, email)
        if member is None:
            raise CommandError(f"geen lid met e-mailadres {email}")
        console.print(heading(member.email, member.name, member.organisation))
        console.print(
            f"status: {dutch(member.status)}  rol: {dutch(member.role)}  functie: {printable(member.function or '-')}"
            f"  taal: {LANGUAGES.get(member.language, member.language)}"
        )
        if member.registered_organisation is not None:
            console.print(f"gekoppelde organisatie: {member.registered_organisation.name}")
        console.print(
            f"aangemaakt: {when(member.created_at)}  bevestigd: {when(member.confirmed_at)}  "
            f"afgemeld: {when(member.left_at)}"
        )
        view = table("wanneer", "gebeurtenis", "door", "bericht in", "bericht uit", "toelichting")
        for ev in session.scalars(
            select(MemberEvent).where(MemberEvent.member_id == member.id).order_by(MemberEvent.id)
        ):
            inbound = f"#{ev.inbound_id} {ev.inbound.message_id or ''}" if ev.inbound else ""
            view.add_row(
                when(ev.at),
                dutch(ev.event),
                ACTORS.get(ev.actor, ev.actor),
                inbound,
                f"#{ev.outbound_id}" if ev.outbound_id else "",
                ev.detail or "",
            )
        console.print(view)
    app.close()


@members_app.command("add", help="Voeg een lid toe (door het secretariaat; stuurt een welkomstmail).")
def add_member(
    email: Annotated[str, typer.Argument(metavar="E-MAILADRES", help="E-mailadres.")],
    name: Annotated[str | None, typer.Option("--naam", help="Naam.")] = None,
    organisation: Annotated[str | None, typer.Option("--organisatie", help="Organisatie.")] = None,
    function: Annotated[str | None, typer.Option("--functie", help="Functie.")] = None,
    welcome: Annotated[bool, typer.Option("--welkom/--geen-welkom", help="Welkomstmail sturen.")] = True,
) -> None:
    address = _address(email)
    app = open_app()
    now = app.clock()
    with transaction(app.factory) as session:
        member = find_member(session, address)
        if member is not None and member.status == MemberStatus.ACTIVE:
            raise CommandError(f"{address} is al lid")
        if member is None:
            member = Member(email=address, created_at=now, role="member", status=MemberStatus.ACTIVE, updated_at=now)
            session.add(member)
        member.status, member.confirmed_at, member.left_at, member.updated_at = MemberStatus.ACTIVE, now, None, now
        member.name = name or member.name
        member.organisation = organisation or member.organisation
        member.function = function or member.function
        out = None
        if welcome:
            out = app.ingest.env.outbox.add(
                session,
                "welkom",
                to=address,
                member=member,
                auto_submitted="auto-generated",
                context={
                    "network_name": app.settings.service.network_name,
                    "service_address": app.settings.service.address,
                    "member_footer": True,
                    "name": member.name,
                },
            )
        session.add(
            MemberEvent(member=member, at=now, event="added", actor="cli", outbound=out, detail="door het secretariaat")
        )
        audit.record(session, audit.CLI, "lid", "lid toegevoegd", at=now, subject=address)
    if welcome:
        app.sender.drain()
    console.print(f"{address} is toegevoegd als lid{' en heeft een welkomstmail gekregen' if welcome else ''}.")
    app.close()


@members_app.command("remove", help="Meld een lid af (door het secretariaat; zonder mail).")
def remove_member(email: Annotated[str, typer.Argument(metavar="E-MAILADRES", help="E-mailadres.")]) -> None:
    app = open_app()
    with transaction(app.factory) as session:
        member = find_member(session, email)
        if member is None or member.status not in (MemberStatus.ACTIVE, MemberStatus.PENDING):
            raise CommandError(f"geen (actief) lid met e-mailadres {email}")
        # The casework's function, as the console's "beëindigen": open confirmations void, an audit row.
        casework.end(session, app.ingest.env, audit.CLI, member, reason="door het secretariaat")
    console.print(f"{email} is afgemeld.")
    app.close()


@members_app.command(
    "set-role", help="Zet de rol van een lid: lid of adviesraad (de Adviesraad krijgt de telling van de thema's)."
)
def set_role(
    email: Annotated[str, typer.Argument(metavar="E-MAILADRES", help="E-mailadres van het lid.")],
    role: Annotated[str, typer.Argument(metavar="ROL", parser=ROLE.parser(), help=f"{ROLE.shown()}.")],
) -> None:
    app = open_app()
    with transaction(app.factory) as session:
        member = find_member(session, email)
        if member is None:
            raise CommandError(f"geen lid met e-mailadres {email}")
        casework.edit(session, app.ingest.env, audit.CLI, member, casework.Edit(role=role))
    console.print(f"{email} heeft nu de rol {dutch(role)}.")
    app.close()


# The member export: the list and the proof of consent (when each joined and left).
EXPORT = exports.MEMBERS


@members_app.command("export", help="Exporteer de leden als CSV voor Excel (standaard naar het scherm).")
def export_members(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="CSV-bestand.")] = None,
    status: Annotated[str | None, STATUS_OPTION] = None,
    codes: Annotated[bool, CODES_OPTION] = False,
) -> None:
    app = open_app()
    with app.factory() as session:
        query = select(Member).order_by(Member.email)
        if status is not None:
            query = query.where(Member.status == status)
        count = write_csv(output, EXPORT, session.scalars(query), codes=codes)
    if output:
        console.print(f"{count} {'lid' if count == 1 else 'leden'} geëxporteerd naar {output}.")
    app.close()
