"""The network's organisations and municipalities on the command line (issue 16): ``municipalities import|list``,
``organisations add|municipalities|list|link`` and ``figures``; the console's overview shows the same figures
(``organisations.figures``)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.casework import members as casework
from mailservice.casework.record import CaseworkError
from mailservice.cli.common import CommandError, console, open_app, table
from mailservice.env import ActEnv
from mailservice.members import find_member
from mailservice.organisations import figures, municipalities, registry
from mailservice.store.db import transaction
from mailservice.text import counted

T = TypeVar("T")
municipalities_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None)
organisations_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None)

YES = typer.Option("--ja", help="Voer de wijziging uit (zonder --ja: alleen tonen wat er zou veranderen).")
SHOWN = 12  # municipalities named per kind of change; the rest is counted


def _run(work: Callable[[Session, ActEnv], T]) -> T:
    """``work`` in one transaction; a request that cannot be done is one Dutch line for the user."""
    app = open_app()
    try:
        with transaction(app.factory) as session:
            return work(session, app.ingest.env)
    except (registry.OrganisationError, CaseworkError) as exc:
        raise CommandError(str(exc)) from None
    finally:
        app.close()


def _entries(entries: list[municipalities.Entry]) -> str:
    named = ", ".join(f"{e.code} {e.name}" for e in entries[:SHOWN])
    return named + (f" en {len(entries) - SHOWN} meer" if len(entries) > SHOWN else "")


@municipalities_app.command(
    "import",
    help=(
        "Lees de gemeenten met hun CBS-code en inwoners in uit een bestand van het CBS (StatLine-CSV of de lijst "
        "'Gemeenten alfabetisch'). Vervangt de gemeenten van dat peiljaar; zonder --ja alleen tonen wat verandert."
    ),
)
def import_municipalities(
    file: Annotated[Path, typer.Argument(metavar="BESTAND", help="CSV van het CBS, of code,naam,inwoners.")],
    year: Annotated[
        int | None,
        typer.Option(
            "--jaar", min=1800, max=2999, help="Peiljaar (1 januari) als het bestand geen kolom Perioden heeft."
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--bron", help="Bron, bijvoorbeeld 'CBS StatLine 70072ned' (standaard: CBS, bestandsnaam)."),
    ] = None,
    yes: Annotated[bool, YES] = False,
) -> None:
    if not file.is_file():
        raise CommandError(f"{file} is geen leesbaar bestand")
    data = file.read_bytes()
    app = open_app()
    try:
        with transaction(app.factory) as session:
            todo = municipalities.plan(session, data, year=year, source=source or f"CBS, {file.name}")
            if yes and todo.applicable:
                municipalities.apply(session, audit.CLI, todo, at=app.clock())
    except municipalities.ImportFileError as exc:
        raise CommandError(str(exc).rstrip(".")) from None
    finally:
        app.close()
    for line, why in todo.refused:
        console.print(f"Regel {line}: {why}.", soft_wrap=True)
    for p in todo.years:
        compared = (
            "de gemeenten die er voor dat jaar al waren"
            if p.compared_with == p.year
            else (f"{p.compared_with}" if p.compared_with is not None else "niets (de eerste keer)")
        )
        console.print(
            f"{p.year}: {len(p.entries)} gemeenten, samen {figures.number(p.inhabitants)} inwoners; vergeleken met "
            f"{compared}: {len(p.added)} nieuw, {len(p.removed)} vervallen, {len(p.changed)} gewijzigd.",
            soft_wrap=True,
        )
        if p.compared_with is not None:
            if p.added:
                console.print(f"  Nieuw: {_entries(p.added)}.", soft_wrap=True)
            if p.removed:
                console.print(f"  Vervallen: {_entries(p.removed)}.", soft_wrap=True)
            for old, new in p.changed[:SHOWN]:
                what = [f"naam {old.name} -> {new.name}"] if old.name != new.name else []
                if old.inhabitants != new.inhabitants and p.compared_with == p.year:
                    what.append(f"inwoners {_figure(old.inhabitants)} -> {_figure(new.inhabitants)}")
                console.print(f"  Gewijzigd: {new.code} {new.name}: {', '.join(what)}.", soft_wrap=True)
            if len(p.changed) > SHOWN:
                console.print(f"  En nog {len(p.changed) - SHOWN} gewijzigd.", soft_wrap=True)
    if todo.other_regions:
        console.print(
            f"{counted(todo.other_regions, 'regel', 'regels')} zonder gemeente (land, provincie, landsdeel, noot) "
            "overgeslagen.",
            soft_wrap=True,
        )
    if not todo.years:
        raise CommandError("het bestand bevat geen gemeenten" + (f" voor {year}" if year else ""))
    if todo.refused:
        raise CommandError(
            f"{counted(len(todo.refused), 'regel', 'regels')} niet te lezen: er is niets ingelezen, want een "
            "onvolledige lijst zou gemeenten ten onrechte als vervallen tellen"
        )
    console.print("Ingelezen." if yes else "Er is niets veranderd: voeg --ja toe om dit in te lezen.", soft_wrap=True)


def _figure(value: int | None) -> str:
    return "onbekend" if value is None else figures.number(value)


@municipalities_app.command("list", help="Toon de gemeenten van het meest recente (of een gekozen) peiljaar.")
def list_municipalities(
    year: Annotated[int | None, typer.Option("--jaar", help="Peiljaar; standaard het meest recente.")] = None,
) -> None:
    app = open_app()
    with app.factory() as session:
        known = municipalities.years(session)
        chosen = year if year is not None else next(iter(known), None)
        rows = municipalities.of_year(session, chosen) if chosen in known else []
    app.close()
    if not rows:
        raise CommandError(
            figures.NO_DATA if not known else f"geen gemeenten voor {year} (wel voor {', '.join(map(str, known))})"
        )
    view = table("code", "gemeente", "inwoners", "bron")
    for m in rows:
        view.add_row(m.code, m.name, _figure(m.inhabitants), m.source)
    console.print(view)
    console.print(f"{len(rows)} gemeenten op 1 januari {chosen}.", soft_wrap=True)


ORGANISATION = typer.Argument(metavar="ORGANISATIE", help="Naam of korte naam van de organisatie.")
MUNICIPALITIES_HELP = "Gemeenten: CBS-codes (GM0363 of 363) of namen, gescheiden door komma's."


@organisations_app.command(
    "add", help="Registreer een organisatie (ambtelijke fusie) met de gemeenten die zij bedient."
)
def add_organisation(
    name: Annotated[str, typer.Argument(metavar="NAAM", help="Naam van de organisatie.")],
    places: Annotated[str, typer.Option("--gemeenten", metavar="GEMEENTEN", help=MUNICIPALITIES_HELP)],
    short_name: Annotated[str | None, typer.Option("--kort", help="Korte naam of afkorting.")] = None,
) -> None:
    def work(session: Session, env: ActEnv) -> list[str]:
        added = registry.add(
            session, audit.CLI, name, short_name=short_name, municipalities=registry.split_list(places), at=env.clock()
        )
        return [link.code for link in added.municipalities]

    codes = _run(work)
    console.print(
        f"Organisatie {' '.join(name.split())} geregistreerd met "
        f"{counted(len(codes), 'gemeente', 'gemeenten')}: {', '.join(codes)}.",
        soft_wrap=True,
    )


@organisations_app.command("municipalities", help="Vervang de gemeenten die een organisatie bedient.")
def set_municipalities(
    name: Annotated[str, ORGANISATION],
    places: Annotated[str, typer.Option("--gemeenten", metavar="GEMEENTEN", help=MUNICIPALITIES_HELP)],
) -> None:
    def work(session: Session, env: ActEnv) -> list[str]:
        organisation = registry.get(session, name)
        return registry.set_municipalities(
            session, audit.CLI, organisation, registry.split_list(places), at=env.clock()
        )

    codes = _run(work)
    served = counted(len(codes), "gemeente", "gemeenten")
    console.print(f"{name} bedient nu {served}: {', '.join(codes)}.", soft_wrap=True)


@organisations_app.command("list", help="Toon de organisaties met hun gemeenten, inwoners en actieve leden.")
def list_organisations() -> None:
    listed = _run(lambda session, env: registry.listing(session))
    if not listed:
        console.print("Er zijn nog geen organisaties geregistreerd (mailservice organisations add).", soft_wrap=True)
        return
    view = table("organisatie", "kort", "gemeenten", "inwoners", "actieve leden")
    for o in listed:
        places = ", ".join(f"{name or '(vervallen)'} ({code})" for code, name in o.municipalities)
        view.add_row(o.name, o.short_name, places, figures.number(o.inhabitants), str(o.active_members))
    console.print(view)
    console.print(f"{len(listed)} organisatie(s).", soft_wrap=True)


@organisations_app.command(
    "link",
    help=(
        "Koppel leden aan een organisatie: ORGANISATIE met e-mailadressen, of --voorstel: koppel ieder lid wiens "
        "opgegeven organisatie de naam of korte naam van een geregistreerde organisatie is (zonder --ja alleen tonen)."
    ),
)
def link_members(
    organisation: Annotated[str | None, typer.Argument(metavar="ORGANISATIE", help="Naam of korte naam.")] = None,
    addresses: Annotated[list[str] | None, typer.Argument(metavar="E-MAILADRES", help="De leden.")] = None,
    propose: Annotated[
        bool, typer.Option("--voorstel", help="Stel koppelingen voor op grond van de opgegeven organisatie.")
    ] = False,
    yes: Annotated[bool, YES] = False,
) -> None:
    if propose == bool(organisation):
        raise CommandError("geef een organisatie met e-mailadressen, of --voorstel")
    if not propose and not addresses:
        raise CommandError("geef de e-mailadressen van de leden die u aan de organisatie koppelt")

    def by_proposal(session: Session, env: ActEnv) -> list[tuple[str, str, str]]:
        found = registry.proposals(session)
        if yes:
            for p in found:
                casework.edit(session, env, audit.CLI, p.member, casework.Edit(linked=p.organisation.name))
        return [(p.member.email, p.member.organisation or "", p.organisation.name) for p in found]

    def by_address(session: Session, env: ActEnv) -> list[tuple[str, str, str]]:
        target = registry.get(session, organisation or "")
        done = []
        for address in addresses or []:
            member = find_member(session, address)
            if member is None:
                raise CaseworkError(f"geen lid met e-mailadres {address}")
            casework.edit(session, env, audit.CLI, member, casework.Edit(linked=target.name))
            done.append((member.email, member.organisation or "", target.name))
        return done

    done = _run(by_proposal if propose else by_address)
    for address, written, name in done:
        console.print(f"{address} ({written or 'geen organisatie opgegeven'}) -> {name}", soft_wrap=True)
    if propose and not yes:
        console.print(
            f"{len(done)} koppeling(en) voorgesteld; er is niets veranderd: voeg --ja toe om ze te maken.",
            soft_wrap=True,
        )
    else:
        console.print(f"{len(done)} {'lid' if len(done) == 1 else 'leden'} gekoppeld.", soft_wrap=True)


def figures_command(
    as_csv: Annotated[
        bool, typer.Option("--csv", help="Als CSV (onderdeel;aantal), met de getallen zonder punten.")
    ] = False,
) -> None:
    found = _run(lambda session, env: figures.gather(session))
    if found is None:
        console.print(figures.NO_DATA, soft_wrap=True)
        return
    if as_csv:
        writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        writer.writerow(["onderdeel", "aantal"])
        for (_, words), value in zip(found.brochure(), found.values(), strict=True):
            writer.writerow([words, value])
        writer.writerow(["peiljaar inwoners (1 januari)", found.year])
        return
    rows = found.brochure()
    width = max(len(figure) for figure, _ in rows)
    console.print(f"Het netwerk in cijfers (1 januari {found.year}):", soft_wrap=True)
    for figure, words in rows:
        console.print(f"{figure:>{width}}  {words}", soft_wrap=True)
    for note in found.notes():
        console.print(note, soft_wrap=True)
