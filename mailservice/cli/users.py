"""`mailservice users`: the accounts of the secretariat's console (issue 14). Passwords are asked for, never taken
from the command line (it would stay in the shell's history); without a terminal the first line of stdin is read."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from sqlalchemy import select

from mailservice import accounts, audit
from mailservice.cli.common import CommandError, console, open_app, table
from mailservice.clock import when
from mailservice.store.db import transaction
from mailservice.store.models import User

users_app = typer.Typer(no_args_is_help=True, help="Accounts voor de beheerpagina's: aanmaken, tonen, uitschakelen.")

USERNAME = typer.Argument(metavar="GEBRUIKERSNAAM", help="Gebruikersnaam, bijvoorbeeld melanie.", show_default=False)


def _password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = typer.prompt("Wachtwoord", hide_input=True)
    if typer.prompt("Nog een keer", hide_input=True) != first:
        raise CommandError("de twee wachtwoorden zijn niet gelijk")
    return str(first)


def _run(work: object) -> object:
    app = open_app()
    try:
        with transaction(app.factory) as session:
            return work(session, app)  # type: ignore[operator]
    except accounts.AccountError as exc:
        raise CommandError(str(exc).rstrip(".")) from None
    finally:
        app.close()


@users_app.command("add", help="Maak een account; het wachtwoord wordt gevraagd (minstens 12 tekens).")
def add_user(
    username: Annotated[str, USERNAME],
    name: Annotated[str, typer.Option("--naam", help="Volledige naam, zoals de pagina's die tonen.")] = "",
    role: Annotated[
        str, typer.Option("--rol", help="secretariaat (alles), beheerder (ook accounts) of adviesraad (alleen lezen).")
    ] = "secretariaat",
) -> None:
    password = _password()
    _run(
        lambda s, app: accounts.create(
            s, app.settings.console, username, name or username, role, password, actor=audit.CLI, now=app.clock()
        )
    )
    console.print(f"Account {username.strip().lower()} ({role}) aangemaakt.")


@users_app.command("list", help="Toon de accounts met rol, tweede factor en laatste keer ingelogd.")
def list_users() -> None:
    app = open_app()
    view = table("gebruikersnaam", "naam", "rol", "tweede factor", "laatst ingelogd", "uitgeschakeld")
    with app.factory() as session:
        rows = list(session.scalars(select(User).order_by(User.username)))
        for u in rows:
            view.add_row(
                u.username,
                u.name,
                u.role,
                "ja" if u.totp_secret else "nee",
                when(u.last_login_at) or "nooit",
                when(u.disabled_at) or "",
            )
    app.close()
    if not rows:
        console.print("Nog geen accounts. Maak er een met: mailservice users add GEBRUIKERSNAAM --naam 'Naam'")
        return
    console.print(view)


@users_app.command("disable", help="Schakel een account uit; zijn sessies eindigen meteen.")
def disable_user(username: Annotated[str, USERNAME]) -> None:
    _run(lambda s, app: accounts.disable(s, username, actor=audit.CLI, now=app.clock()))
    console.print(f"Account {username.strip().lower()} is uitgeschakeld.")


@users_app.command("password", help="Geef een account een nieuw wachtwoord; zijn sessies eindigen meteen.")
def set_password(username: Annotated[str, USERNAME]) -> None:
    password = _password()
    _run(
        lambda s, app: accounts.set_password(
            s, app.settings.console, username, password, actor=audit.CLI, now=app.clock()
        )
    )
    console.print(f"Het wachtwoord van {username.strip().lower()} is gewijzigd.")


@users_app.command("totp", help="Zet de tweede factor (TOTP) aan; toont het adres voor de authenticator-app.")
def enable_totp(username: Annotated[str, USERNAME]) -> None:
    uri = _run(lambda s, app: accounts.enable_totp(s, username, actor=audit.CLI, now=app.clock()))
    console.print("Voeg dit toe in de authenticator-app (of maak er een QR-code van):")
    console.print(str(uri), markup=False, highlight=False)
