"""An unreachable database gives one Dutch sentence and exit code 78 for every command, `run` included (issue 19,
item 14): against a real closed port, a real PostgreSQL with a database that is not there, and SQLite paths that
cannot be opened. Before, `members list` and `run` printed a traceback of 100-155 lines.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy.exc

from mailservice.cli.database import describe
from mailservice.settings import DatabaseSettings
from tests.servers import free_port
from tests.servers.postgres import BIN, _as_server_user, cluster  # noqa: F401  (the session's private PostgreSQL)
from tests.test_cli import run, workdir  # noqa: F401

# Every command that opens the database, with arguments that get it that far.
COMMANDS = (
    ["members", "list"],
    ["members", "show", "a@b.nl"],
    ["members", "export"],
    ["inbox"],
    ["outbox"],
    ["bounces"],
    ["ateliers", "list"],
    ["schedule"],
    ["suggestions"],
    ["poll", "--once"],
)


def _one_sentence(code: int, err: str) -> str:
    assert code == 78, err
    assert "Traceback" not in err and err.count("\n") == 1, err
    return err


def test_closed_port(workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    port = free_port()  # nothing listens there
    monkeypatch.setenv("MAILSERVICE_DATABASE__URL", f"postgresql+psycopg://leden:geheim@127.0.0.1:{port}/leden")
    for args in COMMANDS:
        err = _one_sentence(*run(capsys, *args)[::2])
        assert f"127.0.0.1:{port}" in err and "verbinding geweigerd" in err and "database.url" in err, err
        assert "geheim" not in err  # the password is never shown


def test_sqlite_folder_that_cannot_be_made(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (workdir / "var").write_text("a file where the database's folder should be")
    monkeypatch.setenv("MAILSERVICE_DATABASE__URL", "sqlite:///var/db/mailservice.db")
    for args in COMMANDS:
        err = _one_sentence(*run(capsys, *args)[::2])
        assert "var/db/mailservice.db" in err and "geen map" in err, err


def test_sqlite_file_that_cannot_be_opened(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (workdir / "var" / "mailservice.db").mkdir(parents=True)  # a folder by the database file's name
    monkeypatch.setenv("MAILSERVICE_DATABASE__URL", "sqlite:///var/mailservice.db")
    err = _one_sentence(*run(capsys, "members", "list")[::2])
    assert "kan niet worden geopend of aangemaakt" in err, err


def test_sqlite_file_that_is_no_database(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (workdir / "var").mkdir()
    (workdir / "var" / "mailservice.db").write_bytes(b"dit is geen database\n" * 200)
    err = _one_sentence(*run(capsys, "members", "list")[::2])
    assert "geen SQLite-database" in err, err


def test_sqlite_database_of_a_newer_version(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a downgrade: the schema names a migration this version does not have (README, Upgrades)."""
    import sqlite3

    assert run(capsys, "members", "list")[0] == 0
    with sqlite3.connect(workdir / "var" / "mailservice.db") as db:
        db.execute("update alembic_version set version_num = '9999_uit_de_toekomst'")
    err = _one_sentence(*run(capsys, "members", "list")[::2])
    assert "heeft een schema (revisie 9999_uit_de_toekomst) dat deze versie van mailservice niet kent" in err, err
    assert "Can't" not in err


def test_postgres_database_that_does_not_exist(
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cluster: str,
) -> None:
    monkeypatch.setenv("MAILSERVICE_DATABASE__URL", f"postgresql+psycopg://postgres@{cluster}/bestaat_niet")
    err = _one_sentence(*run(capsys, "members", "list")[::2])
    assert "de database bestaat_niet bestaat niet" in err, err


@pytest.fixture(scope="module")
def password_cluster() -> Iterator[str]:
    """A PostgreSQL of our own that asks for a password (scram-sha-256; the session's cluster trusts everyone)."""
    base = Path(tempfile.mkdtemp(prefix="mailservice-pgpw-"))
    (base / "pw").write_text("het-juiste-wachtwoord\n")
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(base / "pw", "postgres")
    port, data = free_port(), base / "pg"
    initdb = [str(BIN / "initdb"), "-D", str(data), "-A", "scram-sha-256", "-U", "postgres", f"--pwfile={base / 'pw'}"]
    subprocess.run(_as_server_user(initdb), check=True, capture_output=True)
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
    pg_ctl = [str(BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "pg.log"), "-w", "start"]
    subprocess.run(_as_server_user(pg_ctl), check=True, capture_output=True)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        stop = [str(BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
        subprocess.run(_as_server_user(stop), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def test_postgres_wrong_password(
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    password_cluster: str,
) -> None:
    monkeypatch.setenv("MAILSERVICE_DATABASE__URL", f"postgresql+psycopg://postgres:fout@{password_cluster}/postgres")
    err = _one_sentence(*run(capsys, "members", "list")[::2])
    assert "PostgreSQL weigert gebruiker postgres: het wachtwoord klopt niet" in err and "fout" not in err, err
    monkeypatch.setenv("MAILSERVICE_DATABASE__URL", f"postgresql+psycopg://postgres@{password_cluster}/postgres")
    err = _one_sentence(*run(capsys, "members", "list")[::2])
    assert "er is er geen opgegeven" in err, err


@pytest.mark.parametrize(
    ("driver_message", "expected"),
    [
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  password '
            'authentication failed for user "leden"',
            "PostgreSQL weigert gebruiker leden: het wachtwoord klopt niet",
        ),
        ("fe_sendauth: no password supplied", "er is er geen opgegeven"),
        ('FATAL:  role "leden" does not exist', "de gebruiker leden bestaat niet"),
        ("failed to resolve host 'db.example': [Errno -2] Name or service not known", "servernaam db.example"),
        ("something nobody foresaw\nsecond line", "something nobody foresaw. Controleer"),
    ],
)
def test_postgres_reasons(driver_message: str, expected: str) -> None:
    settings = DatabaseSettings(url="postgresql+psycopg://leden:geheim@db.example:5432/leden")
    exc = sqlalchemy.exc.OperationalError("connect", {}, Exception(driver_message))
    sentence = describe(settings, exc)
    assert sentence is not None and expected in sentence
    assert sentence.startswith("De PostgreSQL-database leden op db.example:5432 is niet bereikbaar: ")
    assert "geheim" not in sentence and "\n" not in sentence


def test_a_bug_is_not_called_a_database_problem() -> None:
    assert describe(DatabaseSettings(), ValueError("a bug")) is None


def test_run_stops_with_the_sentence(workdir: Path) -> None:
    """The real process: `mailservice run` on a closed port exits 78 with one line on stderr."""
    port = free_port()
    result = subprocess.run(
        [sys.executable, "-m", "mailservice", "run"],
        cwd=workdir,
        env={"MAILSERVICE_DATABASE__URL": f"postgresql+psycopg://postgres@127.0.0.1:{port}/x", "PATH": "/usr/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 78, result.stderr
    assert result.stderr.count("\n") == 1 and "verbinding geweigerd" in result.stderr, result.stderr
