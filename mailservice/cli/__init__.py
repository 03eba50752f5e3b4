"""``mailservice``: the command line for the service and the secretariat (Dutch, like all it shows).

Explicit wiring: each command loads the settings and builds the parts it needs through ``mailservice.app``.
Wrong arguments and wrong settings give one clear line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from mailservice.cli import casework, common, poll
from mailservice.cli.ateliers import ateliers_app, schedule_command, suggestions_command
from mailservice.cli.bounces import bounces_app, enable_command
from mailservice.cli.dutch import dutch_commands, error_message
from mailservice.cli.imports import import_members
from mailservice.cli.inbox import inbox_app
from mailservice.cli.members import members_app
from mailservice.cli.organisations import figures_command, municipalities_app, organisations_app
from mailservice.cli.outbox import outbox_app, send_test_command
from mailservice.cli.service import ingest_command, run_command
from mailservice.cli.users import users_app
from mailservice.settings import SettingsError

# Typer vendors click since 0.2x and re-exports only some of its exceptions; these two are the bases of
# every usage error and every error click prints itself (typer.BadParameter -> UsageError -> ClickException).
_UsageError: type[Exception] = typer.BadParameter.__mro__[1]
_ClickException: type[Exception] = typer.BadParameter.__mro__[2]

app = typer.Typer(
    name="mailservice",
    help=(
        "Aanmeld- en mailingdienst van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n\n"
        "Leest de mail aan info@ambtelijkefusie.nl, verwerkt aanmeldingen, bevestigingen en afmeldingen, "
        "en verstuurt de antwoorden. Zonder instellingen draait alles lokaal: database var/mailservice.db, "
        "ontvangst op 127.0.0.1:2525, uitgaande mail in de Maildir var/outbox/."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _root(
    config: Annotated[
        Path | None,
        typer.Option(
            "--config", "-c", help="TOML-instellingenbestand (standaard: config/mailservice.toml als dat bestaat)."
        ),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Meer logregels (DEBUG).")] = False,
) -> None:
    common.STATE.config = config
    common.STATE.verbose = verbose


app.command("run", help="Start de dienst: ontvangen, verwerken en versturen, tot Ctrl-C of SIGTERM.")(run_command)
app.command("ingest", help="Verwerk .eml-bestanden alsof ze per mail binnenkwamen.")(ingest_command)
app.add_typer(
    outbox_app, name="outbox", help="Uitgaande berichten per status; opnieuw versturen, annuleren, mailing hervatten."
)
app.command("send-test", help="Stuur een testbericht via de ingestelde route en toon het antwoord van de server.")(
    send_test_command
)
app.command("poll", help="Haal wachtende mail op uit de ingestelde bronnen (IMAP, Maildir) en verwerk die.")(
    poll.poll_command
)
app.add_typer(members_app, name="members", help="Leden bekijken, toevoegen, afmelden en exporteren.")
app.add_typer(users_app, name="users", help="Accounts voor de beheerpagina's (/beheer): aanmaken, tonen, uitschakelen.")
app.add_typer(inbox_app, name="inbox", help="Binnengekomen berichten met soort, status en reden.")
app.add_typer(bounces_app, name="bounces", help="Het bouncelogboek: wie, welk adres, wanneer, hard of zacht, waarom.")
members_app.command(
    "import",
    help="Lees een bestaande ledenlijst (CSV) in, met de herkomst van de toestemming; --droog controleert alleen.",
)(import_members)
members_app.command("enable", help="Zet de bezorging aan een lid weer aan (na bounces).")(enable_command)
# Casework (issue 16): the same functions the console calls.
members_app.command(
    "edit", help="Wijzig naam, organisatie, functie of rol van een lid, of koppel het aan een organisatie."
)(casework.edit_command)
members_app.command("end", help="Beëindig een lidmaatschap (of trek een aanmelding in).")(casework.end_command)
members_app.command("approve", help="Keur een bevestigde aanmelding goed (met membership.approval).")(
    casework.approve_command
)
members_app.command("refuse", help="Wijs een bevestigde aanmelding af, met een reden (met membership.approval).")(
    casework.refuse_command
)
members_app.command("change-address", help="Zet een lid over naar een nieuw adres; het nieuwe adres bevestigt eerst.")(
    casework.change_address_command
)
members_app.command("invite", help="Nodig iemand uit om lid te worden (wordt lid na eigen bevestiging).")(
    casework.invite_command
)
app.add_typer(casework.privacy_app, name="privacy", help="AVG: inzage, verwijderen en de bewaartermijnen toepassen.")
# The network's organisations, the municipalities they serve and its figures (issue 16).
app.add_typer(
    organisations_app,
    name="organisations",
    help="Organisaties (ambtelijke fusies) met hun gemeenten; leden aan hun organisatie koppelen.",
)
app.add_typer(
    municipalities_app,
    name="municipalities",
    help="De gemeenten met CBS-code en inwoners, uit een bestand van het CBS.",
)
app.command(
    "figures",
    help=(
        "Het netwerk in cijfers zoals de brochure ze toont: organisaties met ten minste één actief lid, hun "
        "gemeenten, het aandeel van alle Nederlandse gemeenten, de inwoners (CBS) en de actieve leden."
    ),
)(figures_command)
app.add_typer(
    ateliers_app, name="ateliers", help="Leer- en inspireer-ateliers plannen, bekijken, wijzigen en annuleren."
)
app.command("schedule", help="Toon wat de planner wanneer verstuurt (Amsterdamse tijd).")(schedule_command)
app.command("suggestions", help="Themasuggesties per thema, met de onderwerpen; --export voor een CSV.")(
    suggestions_command
)


@app.command("classify", help="Classificeer berichten (bestanden of Maildir-mappen) zonder database.")
def classify_command(
    paths: Annotated[
        list[Path] | None, typer.Argument(metavar="PAD", help="Bestanden of mappen met berichten.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Eén JSON-object per bericht (JSON Lines).")] = False,
    learn: Annotated[
        Path | None,
        typer.Option(
            "--learn",
            metavar="MAP",
            help="Leer van de labels van het secretariaat (een map van 'inbox export-labels'); toont de cijfers "
            "voor en na.",
        ),
    ] = None,
) -> None:
    if learn is not None:
        from mailservice.cli.learn import run_learn

        raise typer.Exit(run_learn(learn))
    if not paths:
        raise common.CommandError("noem een bestand of map met berichten, of gebruik --learn MAP")
    from mailservice.cli.classify import run_classify

    ingest = common.load_settings().ingest
    raise typer.Exit(run_classify(paths, as_json, learned_examples=ingest.learned_examples, cache=ingest.model_cache))


def main(argv: list[str] | None = None) -> int:
    # Typer's click command tree, with Dutch help screens (cli.dutch); built per call, like app() would.
    command = dutch_commands(typer.main.get_command(app))
    try:
        result = command.main(args=argv, prog_name="mailservice", standalone_mode=False)
    except _UsageError as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # a group called without a command: show its help
            print(exc.format_message())  # type: ignore[attr-defined]
            return 2
        ctx = getattr(exc, "ctx", None)
        hint = f" (zie '{ctx.command_path if ctx is not None else 'mailservice'} --help')"
        print(f"mailservice: {common.printable(error_message(exc), multiline=True)}{hint}", file=sys.stderr)
        return 2
    except typer.Abort:
        print("mailservice: afgebroken", file=sys.stderr)
        return 130
    except _ClickException as exc:
        print(f"mailservice: {common.printable(error_message(exc), multiline=True)}", file=sys.stderr)
        return int(exc.exit_code)  # type: ignore[attr-defined]
    except SettingsError as exc:
        print(f"mailservice: {common.printable(exc, multiline=True)}", file=sys.stderr)
        return 78  # EX_CONFIG
    except common.CommandError as exc:  # often names what a mail or a server said: one line, shown not obeyed
        print(f"mailservice: {common.printable(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    logging.shutdown()
    return result if isinstance(result, int) else 0
