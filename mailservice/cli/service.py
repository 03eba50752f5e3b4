"""Commands that run the pipeline: run, ingest (outbox: mailservice.cli.outbox)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mailservice import ingest
from mailservice.cli.common import (
    CommandError,
    console,
    open_app,
    table,
)
from mailservice.cli.progress import bar as progress_bar
from mailservice.labels import dutch
from mailservice.store.models import InboundMessage


def run_command() -> None:
    from mailservice.service import Service

    try:
        service = Service(open_app())
        service.run_forever()
    except OSError as exc:
        raise CommandError(f"kan de dienst niet starten: {exc}") from None


def ingest_command(
    files: Annotated[
        list[Path], typer.Argument(metavar="BESTAND", help="Ruwe berichten (.eml-bestanden).", show_default=False)
    ],
) -> None:
    for path in files:
        if not path.is_file():
            raise CommandError(f"{path} is geen leesbaar bestand")
    app = open_app()
    ids: list[tuple[Path, int]] = []
    with progress_bar("Berichten opslaan", total=len(files)) as advance:
        for path in files:
            stored = ingest.store(app.factory, path.read_bytes(), source="cli", clock=app.clock, source_ref=str(path))
            ids.append((path, stored))
            advance(1)
    with progress_bar("Berichten verwerken", total=len(ids)):
        app.ingest.process_pending()
    with progress_bar("Antwoorden versturen"):
        app.sender.drain()
    view = table("bestand", "nr", "soort", "status", "reden")
    with app.factory() as session:
        for path, inbound_id in ids:
            row = session.get(InboundMessage, inbound_id)
            assert row is not None
            view.add_row(str(path), str(row.id), dutch(row.kind or ""), dutch(row.status), row.reason or "")
    console.print(view)
    app.close()
