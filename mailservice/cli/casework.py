"""The secretariat's casework on the command line (issue 16): ``members edit|end|change-address|invite`` and
``privacy export|erase|purge``. Each command calls the function of ``mailservice.casework`` that the console
calls too, as the actor ``audit.CLI``; a request that cannot be done is one Dutch line (exit 1)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, TypeVar

import typer
from sqlalchemy.orm import Session

from mailservice import audit
from mailservice.app import App
from mailservice.casework import addresses, approval, invitations, privacy, retention
from mailservice.casework import members as casework
from mailservice.casework.record import CaseworkError
from mailservice.cli.choices import ROLE
from mailservice.cli.common import CommandError, console, open_app
from mailservice.cli.progress import bar as progress_bar
from mailservice.env import ActEnv
from mailservice.members import find_member
from mailservice.store.db import transaction
from mailservice.store.models import Member

T = TypeVar("T")
ADDRESS = typer.Argument(metavar="E-MAILADRES", help="E-mailadres van het lid.")

privacy_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None)


def _run(work: Callable[[Session, ActEnv], T]) -> T:
    """``work`` in one transaction; what it mails goes out at once; a CaseworkError is one line for the user."""
    app: App = open_app()
    try:
        with transaction(app.factory) as session:
            result = work(session, app.ingest.env)
        app.sender.drain()
        return result
    except CaseworkError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        app.close()


def _member(session: Session, address: str) -> Member:
    member = find_member(session, address)
    if member is None:
        raise CaseworkError(f"geen lid met e-mailadres {address}")
    return member


def edit_command(
    email: Annotated[str, ADDRESS],
    name: Annotated[str | None, typer.Option("--naam", help="Nieuwe naam.")] = None,
    organisation: Annotated[
        str | None, typer.Option("--organisatie", help="Nieuwe organisatie ('' maakt leeg).")
    ] = None,
    function: Annotated[str | None, typer.Option("--functie", help="Nieuwe functie ('' maakt leeg).")] = None,
    role: Annotated[
        str | None, typer.Option("--rol", metavar="ROL", parser=ROLE.parser(), help=f"{ROLE.shown()}.")
    ] = None,
    linked: Annotated[
        str | None,
        typer.Option(
            "--koppel",
            metavar="ORGANISATIE",
            help="Koppel aan een geregistreerde organisatie (naam of korte naam; '' ontkoppelt).",
        ),
    ] = None,
) -> None:
    change = casework.Edit(name=name, organisation=organisation, function=function, role=role, linked=linked)
    done = _run(lambda s, env: casework.edit(s, env, audit.CLI, _member(s, email), change))
    console.print(f"{email}: " + ("; ".join(done) if done else "niets gewijzigd") + ".")


def end_command(
    email: Annotated[str, ADDRESS],
    reason: Annotated[str | None, typer.Option("--reden", help="Waarom, voor de geschiedenis.")] = None,
    notify: Annotated[bool, typer.Option("--mail/--geen-mail", help="Het lid een afmeldbericht sturen.")] = False,
) -> None:
    _run(lambda s, env: casework.end(s, env, audit.CLI, _member(s, email), reason=reason, notify=notify))
    console.print(f"Het lidmaatschap van {email} is beëindigd{' en het lid heeft bericht gekregen' if notify else ''}.")


def approve_command(email: Annotated[str, ADDRESS]) -> None:
    _run(lambda session, env: approval.approve(session, env, audit.CLI, _member(session, email)))
    console.print(f"De aanmelding van {email} is goedgekeurd; het welkomstbericht is verstuurd.")


def refuse_command(
    email: Annotated[str, ADDRESS],
    reason: Annotated[str | None, typer.Option("--reden", help="Reden, in het bericht aan de aanmelder.")] = None,
) -> None:
    _run(lambda session, env: approval.refuse(session, env, audit.CLI, _member(session, email), reason))
    console.print(f"De aanmelding van {email} is afgewezen; de aanmelder heeft bericht gekregen.")


def change_address_command(
    old: Annotated[str, typer.Argument(metavar="OUD-ADRES", help="Het huidige e-mailadres van het lid.")],
    new: Annotated[str, typer.Argument(metavar="NIEUW-ADRES", help="Het nieuwe e-mailadres.")],
) -> None:
    _run(lambda s, env: addresses.request_change(s, env, audit.CLI, _member(s, old), new))
    console.print(
        f"Het nieuwe adres {new} heeft een bevestigingsverzoek gekregen. Pas na bevestiging verhuist het lid met "
        f"de hele geschiedenis; tot dan gaat de mail naar {old}."
    )


def invite_command(
    email: Annotated[str, typer.Argument(metavar="E-MAILADRES", help="E-mailadres van wie u uitnodigt.")],
    name: Annotated[str, typer.Option("--naam", help="Naam van wie u uitnodigt.")],
    organisation: Annotated[str | None, typer.Option("--organisatie", help="Organisatie.")] = None,
    function: Annotated[str | None, typer.Option("--functie", help="Functie.")] = None,
    requested_by: Annotated[
        str | None, typer.Option("--namens", metavar="WIE", help="Op wiens verzoek (komt in de uitnodiging).")
    ] = None,
    predecessor: Annotated[
        str | None,
        typer.Option(
            "--opvolger-van", metavar="E-MAILADRES", help="Het lid dat deze persoon opvolgt (krijgt bericht)."
        ),
    ] = None,
) -> None:
    def work(session: Session, env: ActEnv) -> None:
        if predecessor:
            invitations.hand_over(
                session, env, audit.CLI, _member(session, predecessor), email, successor_name=name,
                organisation=organisation, function=function,
            )  # fmt: skip
            return
        invitations.invite(
            session, env, audit.CLI, email, name=name, organisation=organisation, function=function,
            requested_by=requested_by,
        )  # fmt: skip

    _run(work)
    console.print(f"{email} is uitgenodigd en wordt lid na eigen bevestiging.")


@privacy_app.command(
    "export", help="Stuur een lid al zijn of haar gegevens naar het eigen adres (inzage, artikel 15 AVG)."
)
def access_command(email: Annotated[str, ADDRESS]) -> None:
    _run(lambda s, env: privacy.send_export(s, env, audit.CLI, _member(s, email)))
    console.print(f"De gegevens van {email} zijn naar dat adres gestuurd (overzicht en gegevens.json).")


@privacy_app.command(
    "erase",
    help="Verwijder de gegevens van een lid (artikel 17 AVG); eerst vraagt de dienst het lid om bevestiging.",
)
def erase_command(
    email: Annotated[str, ADDRESS],
    now: Annotated[
        bool,
        typer.Option(
            "--nu", help="Niet vragen maar direct verwijderen (het verzoek is op een andere manier bevestigd)."
        ),
    ] = False,
    yes: Annotated[bool, typer.Option("--ja", help="Zonder de vraag 'weet u het zeker?'.")] = False,
) -> None:
    if not now:
        _run(lambda s, env: privacy.request_erasure(s, env, audit.CLI, _member(s, email)))
        console.print(
            f"{email} is gevraagd de verwijdering te bevestigen; met dat antwoord verwijdert de dienst alles."
        )
        return
    if not yes and not typer.confirm(
        f"Alle gegevens van {email} verwijderen? Dit kan niet ongedaan worden", default=False
    ):
        raise typer.Abort()
    erased = _run(lambda s, env: privacy.erase(s, env, audit.CLI, _member(s, email), how="door het secretariaat (CLI)"))
    console.print(f"Lid #{erased.member_id} is verwijderd: {erased.describe()}.")


@privacy_app.command("purge", help="Pas de bewaartermijnen toe ([privacy] in de instellingen).")
def purge_command(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Alleen tonen wat zou verdwijnen.")] = False,
) -> None:
    def work(session: Session, env: ActEnv) -> tuple[retention.Plan, dict[str, int] | None]:
        todo = retention.plan(session, env)
        if dry_run:
            return todo, None
        with progress_bar("Bewaartermijnen toepassen", total=sum(len(todo.of(kind)) for kind in retention.KINDS)):
            return todo, retention.purge(session, env, audit.CLI, todo)

    todo, done = _run(work)
    for kind, words in retention.KINDS.items():
        items = todo.of(kind)
        console.print(f"{words}: {len(items)}")
        for item in items:
            console.print(f"  {item.what}")
    if done is None:
        console.print("Niets verwijderd (--dry-run).")
    else:
        console.print("Verwijderd: " + ", ".join(f"{n} {retention.KINDS[k]}" for k, n in done.items()) + ".")
