"""An unreachable database is a wrong setting: one Dutch sentence and exit code 78, never a traceback (issue 19,
item 14).

Every command reaches the database through ``app.build`` (connect, then migrate). What can go wrong there is
turned into a sentence that names the database (never its password), says what is wrong in words a secretariat
can pass on, and names the setting to check. The reasons are tables: a phrase in the driver's message, the
sentence for it; a message no row knows keeps its first line, so nothing is hidden.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Callable
from typing import TypeVar

from alembic.util.exc import CommandError as AlembicError
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from mailservice.settings import DatabaseSettings, SettingsError

_T = TypeVar("_T")

_CHECK = "Controleer de instelling database.url (MAILSERVICE_DATABASE__URL)."

# PostgreSQL (libpq and psycopg): a phrase of the driver's message, lower case, and what it means.
POSTGRES_REASONS: tuple[tuple[str, str], ...] = (
    ("connection refused", "er luistert niets op die poort (verbinding geweigerd); draait PostgreSQL daar?"),
    ("password authentication failed", "PostgreSQL weigert gebruiker {user}: het wachtwoord klopt niet"),
    ("no password supplied", "PostgreSQL vraagt een wachtwoord voor gebruiker {user} en er is er geen opgegeven"),
    ("fe_sendauth", "PostgreSQL vraagt een wachtwoord voor gebruiker {user} en er is er geen opgegeven"),
    ('role "', "de gebruiker {user} bestaat niet"),
    ('database "', "de database {database} bestaat niet"),
    ("no pg_hba.conf entry", "de server laat deze verbinding niet toe (pg_hba.conf)"),
    ("failed to resolve host", "de servernaam {host} is onbekend"),
    ("could not translate host name", "de servernaam {host} is onbekend"),
    ("name or service not known", "de servernaam {host} is onbekend"),
    ("timeout expired", "de server antwoordt niet binnen de wachttijd"),
    ("timed out", "de server antwoordt niet binnen de wachttijd"),
    ("no route to host", "de server is vanaf deze machine niet te bereiken (geen route)"),
    ("network is unreachable", "het netwerk naar de server is niet te bereiken"),
    ("too many connections", "de server heeft geen verbindingen meer vrij (max_connections)"),
    ("the database system is starting up", "PostgreSQL is nog aan het opstarten; probeer het zo opnieuw"),
    ("the database system is shutting down", "PostgreSQL wordt net gestopt"),
    ("ssl", "de versleutelde verbinding (SSL) lukt niet"),
)

# SQLite: the sqlite3 module's messages.
SQLITE_REASONS: tuple[tuple[str, str], ...] = (
    ("unable to open database file", "het bestand kan niet worden geopend of aangemaakt (bestaat de map, en mag "
     "deze gebruiker erin schrijven?)"),
    ("readonly database", "het bestand is alleen-lezen voor deze gebruiker"),
    ("file is not a database", "het bestand is geen SQLite-database"),
    ("database is locked", "een ander proces houdt de database bezet"),
    ("disk i/o error", "de schijf geeft een leesfout of schrijffout"),
    ("database or disk is full", "de schijf is vol"),
)  # fmt: skip

# Creating the SQLite file's folder (store.db.make_engine) fails with an OSError.
_FOLDER_REASONS: dict[int, str] = {
    errno.EACCES: "deze gebruiker mag de map {folder} niet aanmaken of er niet in schrijven",
    errno.EPERM: "deze gebruiker mag de map {folder} niet aanmaken of er niet in schrijven",
    errno.EROFS: "de map {folder} staat op een schijf die alleen gelezen kan worden",
    errno.ENOTDIR: "een deel van het pad {folder} is een bestand, geen map",
    errno.EEXIST: "een deel van het pad {folder} is een bestand, geen map",
    errno.ENOSPC: "de schijf is vol",
    errno.ENOENT: "de map {folder} kan niet worden aangemaakt",
}


class DatabaseUnavailable(SettingsError):
    """The database cannot be reached or opened; the message is one sentence (exit 78, like every wrong setting)."""


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0].strip().rstrip(".") if text else type(exc).__name__


def _where(url: URL) -> str:
    if url.get_backend_name() == "sqlite":
        return f"De SQLite-database {url.database or ':memory:'}"
    host = url.host or "de lokale socket"
    port = f":{url.port}" if url.port else ""
    return f"De PostgreSQL-database {url.database or ''} op {host}{port}".replace("  ", " ")


def _from_table(table: tuple[tuple[str, str], ...], message: str, url: URL) -> str:
    lowered = message.lower()
    for phrase, reason in table:
        if phrase in lowered:
            return reason.format(
                user=url.username or "(geen)", database=url.database or "", host=url.host or "localhost"
            )
    return message


def describe(settings: DatabaseSettings, exc: BaseException) -> str | None:
    """The one sentence for ``exc`` raised while opening the database of ``settings``; None when ``exc`` is not
    about reaching or opening it (a bug, to be seen as one)."""
    url = make_url(settings.url)
    sqlite = url.get_backend_name() == "sqlite"
    if isinstance(exc, DBAPIError):
        reason = _from_table(SQLITE_REASONS if sqlite else POSTGRES_REASONS, _first_line(exc), url)
        return f"{_where(url)} is niet bereikbaar: {reason}. {_CHECK}"
    if isinstance(exc, OSError) and sqlite:
        folder = exc.filename or (url.database or "")
        template = _FOLDER_REASONS.get(exc.errno or 0)
        reason = template.format(folder=folder) if template else (exc.strerror or _first_line(exc))
        return f"{_where(url)} kan niet worden geopend: {reason}. {_CHECK}"
    if isinstance(exc, AlembicError):
        # The schema carries a revision this code does not know: the database belongs to a newer version.
        revision = re.search(r"identified by '([^']+)'", str(exc))
        named = f" (revisie {revision.group(1)})" if revision else ""
        return (
            f"{_where(url)} heeft een schema{named} dat deze versie van mailservice niet kent: "
            "installeer de nieuwere versie of herstel de reservekopie."
        )
    return None


def opened(settings: DatabaseSettings, open_: Callable[[], _T]) -> _T:
    """``open_()`` (which connects and migrates), with an unreachable database raised as DatabaseUnavailable."""
    try:
        return open_()
    except (DBAPIError, OSError, AlembicError) as exc:
        sentence = describe(settings, exc)
        if sentence is None:
            raise
        raise DatabaseUnavailable(sentence) from None
