"""``mailservice poll``: fetch what waits in the configured sources (IMAP, Maildir), process it, send the answers.

For cron users and tests; the running service (``mailservice run``) does the same continuously, with IDLE.
"""

from __future__ import annotations

import time
from typing import Annotated

import typer
from imapclient.exceptions import IMAPClientError

from mailservice.cli.common import CommandError, console, open_app
from mailservice.cli.progress import bar as progress_bar
from mailservice.sources.configured import Source, configured_sources
from mailservice.sources.imap import AuthFailed, FolderMissing, ImapSource, PollResult


def poll_command(
    once: Annotated[bool, typer.Option("--once", help="Eén keer ophalen en verwerken, dan stoppen.")] = False,
    interval: Annotated[
        float, typer.Option("--interval", min=1.0, help="Seconden tussen rondes (zonder --once).")
    ] = 60.0,
) -> None:
    app = open_app()
    processed = 0

    def process_now() -> None:
        # A source stores, then calls this before it files: the same pass processes the mail, answers it and
        # (IMAP) moves it to the folder for its outcome.
        nonlocal processed
        processed += app.ingest.process_pending()
        app.sender.drain()

    try:
        sources = configured_sources(app.settings, app.factory, app.clock, on_stored=process_now)
        if not sources:
            raise CommandError(
                "geen bron ingesteld: zet MAILSERVICE_IMAP__HOST (met __USER en __PASSWORD) "
                "of MAILSERVICE_MAILDIR_SOURCE__PATH"
            )
        while True:
            with progress_bar("Mail ophalen en verwerken"):  # on a terminal: how many are processed so far
                for source in sources:
                    console.print(f"{source.name}: {_poll(source)}", highlight=False)
                process_now()  # also what an earlier run stored but did not process
            if processed:
                console.print(f"verwerkt: {processed}", highlight=False)
                processed = 0
            if once:
                return
            time.sleep(interval)
    finally:
        app.close()


def _poll(source: Source) -> str:
    # Only the IMAP source has a login and a server to name in an error.
    imap = source.settings if isinstance(source, ImapSource) else None
    try:
        result = source.poll_once()
    except AuthFailed as exc:
        user = imap.user if imap is not None else ""
        raise CommandError(f"IMAP: inloggen als {user} geweigerd ({exc}); controleer gebruiker en wachtwoord") from None
    except FolderMissing as exc:
        raise CommandError(f"IMAP: de map {exc} bestaat niet (MAILSERVICE_IMAP__FOLDER)") from None
    except (IMAPClientError, OSError) as exc:
        where = f"{imap.host}:{imap.effective_port}" if imap is not None else ""
        raise CommandError(f"{source.name}: {where} niet bereikbaar of fout ({type(exc).__name__}: {exc})") from None
    if isinstance(result, PollResult):
        return result.summary()
    return f"{result} nieuw opgeslagen"
