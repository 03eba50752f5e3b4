"""`mailservice members import`: the network's existing member list, with where its consent comes from (issue 16)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mailservice import audit, imports
from mailservice.cli.common import CommandError, console, open_app, parse_day
from mailservice.cli.progress import bar as progress_bar
from mailservice.store.db import transaction
from mailservice.text import counted


def import_members(
    file: Annotated[
        Path, typer.Argument(metavar="BESTAND", help="CSV met een kolom e-mailadres (en naam, organisatie, functie).")
    ],
    source: Annotated[str, typer.Option("--bron", help="Waar de lijst vandaan komt, bijvoorbeeld 'ledenlijst 2026'.")],
    basis: Annotated[
        str, typer.Option("--grondslag", help="toestemming of gerechtvaardigd-belang (AVG art. 6 lid 1).")
    ] = "toestemming",
    day: Annotated[
        str | None,
        typer.Option("--datum", metavar="DATUM", help="Datum van de toestemming of lijst (standaard: vandaag)."),
    ] = None,
    note: Annotated[str, typer.Option("--notitie", help="Vrije toelichting bij de herkomst.")] = "",
    ask: Annotated[
        bool, typer.Option("--vraag-toestemming", help="Vraag ieder per e-mail om te bevestigen (dubbele opt-in).")
    ] = False,
    dry: Annotated[bool, typer.Option("--droog", help="Alleen controleren en melden; niets inlezen.")] = False,
) -> None:
    if not file.is_file():
        raise CommandError(f"{file} is geen leesbaar bestand")
    if basis not in imports.BASES:
        raise CommandError(f"onbekende grondslag '{basis}': kies {' of '.join(imports.BASES)}")
    app = open_app()
    data = file.read_bytes()
    provenance = imports.Provenance(
        source=source, day=parse_day(day, "--datum") if day else app.clock().date(), basis=basis, note=note
    )
    try:
        with transaction(app.factory) as session:
            if dry:
                report = imports.check(session, data)
            else:
                with progress_bar("Leden inlezen"):
                    report = imports.run(session, app.ingest.env, audit.CLI, data, provenance, ask=ask)
        if not dry:
            app.sender.drain()
    except imports.ImportError_ as exc:
        raise CommandError(str(exc).rstrip(".")) from None
    finally:
        app.close()
    for line, why in report.refused:
        console.print(f"regel {line}: {why}")
    done = len(report.ok) if dry else report.done
    verb = "kunnen worden ingelezen" if dry else ("uitgenodigd om te bevestigen" if ask else "ingelezen")
    skipped = counted(len(report.refused), "regel", "regels")
    console.print(f"{counted(done, 'lid', 'leden')} {verb}; {skipped} overgeslagen.")
