"""``mailservice outbox``: the secretariat's view of outgoing mail, and ``mailservice send-test``.

``outbox`` alone lists rows by status; ``retry`` and ``cancel`` act on one row, ``resume``/``cancel --mailing``
on a whole mailing (issue 6). Every change is one transaction and says what it did.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, TypeVar

import typer
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.cli.choices import OUTBOUND_STATUS
from mailservice.cli.common import CommandError, console, open_app, table
from mailservice.clock import when
from mailservice.labels import dutch
from mailservice.outbound import interventions
from mailservice.store.db import transaction
from mailservice.store.models import Mailing, OutboundMessage, OutboundStatus

_T = TypeVar("_T")

outbox_app = typer.Typer(rich_markup_mode=None, invoke_without_command=True)

STATUS_OPTION = typer.Option(
    "--status",
    "-s",
    metavar="STATUS",
    parser=OUTBOUND_STATUS.parser(),
    help=f"Alleen berichten met deze status: {OUTBOUND_STATUS.shown()}.",
)


def counts_line(counts: dict[str, int]) -> str:
    """ "verstuurd: 68  uitgesteld: 1  mislukt: 2": every status in Dutch, in the order of the mail's way out."""
    order = {str(status): i for i, status in enumerate(OutboundStatus)}
    ranked = sorted(counts.items(), key=lambda item: (order.get(item[0], 99), item[0]))
    return "  ".join(f"{dutch(status)}: {count}" for status, count in ranked)


@outbox_app.callback()
def _default(
    ctx: typer.Context,
    status: Annotated[str | None, STATUS_OPTION] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Hoeveel regels.")] = 50,
) -> None:
    if ctx.invoked_subcommand is None:
        list_rows(status, limit)


@outbox_app.command("list", help="Toon uitgaande berichten per status (ook: 'mailservice outbox' zonder meer).")
def list_rows(
    status: Annotated[str | None, STATUS_OPTION] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Hoeveel regels.")] = 50,
) -> None:
    app = open_app()
    with app.factory() as session:
        counts = dict(
            session.execute(select(OutboundMessage.status, func.count()).group_by(OutboundMessage.status)).all()
        )
        query = select(OutboundMessage).order_by(OutboundMessage.id.desc()).limit(limit)
        if status is not None:
            query = query.where(OutboundMessage.status == status)
        rows = table("nr", "aangemaakt", "aan", "onderwerp", "status", "pogingen", "volgende poging", "antwoord / fout")
        for row in session.scalars(query):
            retry = when(row.next_attempt_at) if row.status == OutboundStatus.DEFERRED else ""
            rows.add_row(
                str(row.id),
                when(row.created_at),
                row.to_addr,
                row.subject,
                dutch(row.status),
                str(row.attempts),
                retry,
                row.last_error or row.server_reply or "",
            )
        running = list(session.scalars(select(Mailing).order_by(Mailing.id.desc()).limit(5)))
    console.print(counts_line(counts) or "De outbox is leeg.")
    console.print(rows)
    if running:
        overview = table("mailing", "onderwerp", "staat", "totaal", "verstuurd", "mislukt", "reden")
        for m in running:
            overview.add_row(
                str(m.id),
                m.subject or m.purpose,
                dutch(m.state),
                str(m.total),
                str(m.sent_count),
                str(m.failed_count),
                m.paused_reason or "",
            )
        console.print(overview)
    app.close()


@outbox_app.command("retry", help="Verstuur een mislukt, uitgesteld of geannuleerd bericht opnieuw, zo snel mogelijk.")
def retry(
    row_id: Annotated[int, typer.Argument(metavar="NR", help="Nummer van het bericht (zie 'mailservice outbox').")],
) -> None:
    row = _act(lambda s, now: interventions.retry(s, audit.CLI, row_id, now))
    console.print(f"Bericht {row_id} aan {row.to_addr} staat weer in de wachtrij.")


@outbox_app.command("cancel", help="Verstuur een bericht (of met --mailing: de rest van een mailing) niet.")
def cancel(
    row_id: Annotated[
        int, typer.Argument(metavar="NR", help="Nummer van het bericht, of van de mailing met --mailing.")
    ],
    mailing: Annotated[bool, typer.Option("--mailing", help="Het nummer is dat van een mailing.")] = False,
) -> None:
    if mailing:
        count = _act(lambda s, now: interventions.cancel_mailing(s, audit.CLI, row_id, now))
        console.print(f"Mailing {row_id} geannuleerd: {count} bericht(en) gaan niet meer uit.")
    else:
        row = _act(lambda s, now: interventions.cancel(s, audit.CLI, row_id, now))
        console.print(f"Bericht {row_id} aan {row.to_addr} gaat niet uit.")


@outbox_app.command("resume", help="Hervat een stilgezette mailing.")
def resume(mailing_id: Annotated[int, typer.Argument(metavar="NR", help="Nummer van de mailing.")]) -> None:
    _act(lambda s, now: interventions.resume_mailing(s, audit.CLI, mailing_id, now))
    console.print(f"Mailing {mailing_id} wordt verder verstuurd.")


def _act(work: Callable[[Session, datetime], _T]) -> _T:
    """One change through mailservice.outbound.interventions (the console's Verzending page does the same), in one
    transaction with its audit row; a request that cannot be done is one line for the user."""
    app = open_app()
    try:
        with transaction(app.factory) as session:
            return work(session, app.clock())
    except interventions.OutboxError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        app.close()


def send_test_command(
    address: Annotated[str, typer.Argument(metavar="E-MAILADRES", help="Naar dit adres gaat het testbericht.")],
) -> None:
    """Send a test mail through the configured route now and show the server's answer."""
    app = open_app()
    s = app.settings
    route = str(s.outbound.maildir) if s.outbound.transport == "maildir" else f"smtp://{s.smtp.host}:{s.smtp.port}"
    with transaction(app.factory) as session:
        row = app.outbox.add(
            session,
            "testbericht",
            to=address.strip(),
            auto_submitted="auto-generated",
            context=app.outbox.common_context() | {"sent_at": app.clock(), "route": route},
        )
        session.flush()
        row_id = row.id
    result = app.sender.send_now(row_id)
    app.close()
    if result is None:
        raise CommandError(f"bericht {row_id} kon niet worden opgepakt")
    labels = {"sent": "verstuurd", "deferred": "uitgesteld (wordt later opnieuw geprobeerd)", "failed": "geweigerd"}
    console.print(f"Testbericht {row_id} aan {address} via {route}: {labels.get(result.status, result.status)}")
    console.print(f"Antwoord: {result.reply}")
    if result.status != "sent":
        raise typer.Exit(1)
