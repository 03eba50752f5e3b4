"""``mailservice inbox``: what came in, what the service made of it, and why; ``inbox done`` marks a message the
service left to the secretariat as handled (``mailservice.inbox``, the same function the console uses)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import select

from mailservice import audit
from mailservice.cli.common import CommandError, console, open_app, printable, table
from mailservice.clock import when
from mailservice.inbox import WAITING, CaseError, mark_handled
from mailservice.labels import ACTORS, dutch
from mailservice.store.db import transaction
from mailservice.store.models import InboundMessage, Label

inbox_app = typer.Typer(rich_markup_mode=None)


@inbox_app.callback(invoke_without_command=True)
def inbox(
    ctx: typer.Context,
    unhandled: Annotated[
        bool, typer.Option("--af-te-handelen", "--unhandled", "-u", help="Alleen wat het secretariaat moet afhandelen.")
    ] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Hoeveel berichten.")] = 50,
) -> None:
    if ctx.invoked_subcommand is not None:
        return
    app = open_app()
    with app.factory() as session:
        query = select(InboundMessage).order_by(InboundMessage.id.desc()).limit(limit)
        if unhandled:
            # What waits for a person: left to the secretariat and not yet marked handled (``inbox done``).
            query = query.where(InboundMessage.status.in_(WAITING), InboundMessage.handled_at.is_(None))
        rows = list(session.scalars(query))
    view = table("nr", "ontvangen", "van", "onderwerp", "soort", "status", "reden")
    for r in rows:
        view.add_row(
            str(r.id),
            when(r.received_at),
            r.sender or r.envelope_from or "",
            r.subject or "",
            dutch(r.kind or ""),
            dutch(r.status),
            r.reason or "",
        )
    console.print(view)
    if not rows:
        console.print("Geen berichten." if not unhandled else "Niets af te handelen.")
    app.close()


@inbox_app.command("show", help="Toon één binnengekomen bericht met de reden van de beslissing.")
def show(inbound_id: Annotated[int, typer.Argument(metavar="NR", help="Nummer van het bericht.")]) -> None:
    app = open_app()
    with app.factory() as session:
        r = session.get(InboundMessage, inbound_id)
        if r is None:
            raise CommandError(f"geen bericht met nummer {inbound_id}")
        error_lines = (r.error or "").strip().splitlines()
        for label, value in [
            ("nummer", r.id),
            ("ontvangen", when(r.received_at)),
            ("bron", r.source),
            ("envelop-afzender", r.envelope_from),
            ("afzender", r.sender),
            ("onderwerp", r.subject),
            ("Message-ID", r.message_id),
            ("grootte", f"{r.size} bytes"),
            ("soort", dutch(r.kind)),
            ("regel", r.rule),
            ("status", dutch(r.status)),
            ("reden", r.reason),
            ("fout", error_lines[-1] if error_lines else None),
            (
                "afgehandeld",
                f"{when(r.handled_at)} door {ACTORS.get(r.handled_by or '', r.handled_by)}" if r.handled_at else None,
            ),
            ("notitie", r.handled_note),
        ]:
            console.print(f"{label:>16}: {printable(value)}", highlight=False)
    app.close()


@inbox_app.command("done", help="Markeer een bericht dat de dienst aan het secretariaat liet als afgehandeld.")
def done(
    inbound_id: Annotated[int, typer.Argument(metavar="NR", help="Nummer van het bericht.")],
    note: Annotated[str, typer.Option("--notitie", help="Wat er mee gedaan is (komt in het logboek).")] = "",
) -> None:
    app = open_app()
    try:
        with transaction(app.factory) as session:
            mark_handled(session, app.ingest.env, inbound_id, audit.CLI, note)
    except CaseError as exc:
        raise CommandError(str(exc).rstrip(".")) from None
    console.print(f"Bericht {inbound_id} is afgehandeld.")
    app.close()


@inbox_app.command(
    "export-labels",
    help="Schrijf de berichten die het secretariaat een soort gaf ('behandel als') naar een map: elk bericht als "
    ".eml en labels.json met de keuzes, om de classificatie van te leren.",
)
def export_labels(
    folder: Annotated[Path, typer.Argument(metavar="MAP", help="Map om in te schrijven (wordt aangemaakt).")],
) -> None:
    app = open_app()
    folder.mkdir(parents=True, exist_ok=True)
    labels = []
    with app.factory() as session:
        for label in session.scalars(select(Label).order_by(Label.id)):
            name = f"{label.inbound_id}.eml"
            (folder / name).write_bytes(label.inbound.raw)
            labels.append(
                {
                    "file": name,
                    "kind": label.kind,
                    "fields": label.fields,
                    "classifier_kind": label.classifier_kind,
                    "by": label.by,
                    "at": label.at.isoformat(timespec="seconds"),
                }
            )
    app.close()
    (folder / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2), encoding="utf-8")
    console.print(f"{len(labels)} {'bericht' if len(labels) == 1 else 'berichten'} met label geschreven naar {folder}.")
