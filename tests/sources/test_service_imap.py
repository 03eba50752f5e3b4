"""``mailservice run`` and ``mailservice poll --once`` as real processes against the real Postfix and Dovecot."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.process import ServiceProcess
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.postfix import Postfix
from tests.servers.proxy import FaultProxy
from tests.sources.conftest import wait_until
from tests.support import learned_model_on_disk, mail

pytestmark = [pytest.mark.servers, pytest.mark.slow]


def imap_env(dovecot: Dovecot, user: str, port: int | None = None, **extra: str) -> dict[str, str]:
    env = {
        "MAILSERVICE_IMAP__HOST": "127.0.0.1",
        "MAILSERVICE_IMAP__PORT": str(port or dovecot.imap_port),
        "MAILSERVICE_IMAP__TLS": "none",
        "MAILSERVICE_IMAP__USER": user,
        "MAILSERVICE_IMAP__PASSWORD": PASSWORD,
        # Only IDLE can make these tests pass in time: the safety-net poll is far away.
        "MAILSERVICE_IMAP__POLL_SECONDS": "600",
        "MAILSERVICE_IMAP__RECONNECT_MAX_SECONDS": "0.5",
    }
    env.update(extra)
    return env


def inbound_rows(proc: ServiceProcess) -> list[tuple[str, str]]:
    with proc.db() as db:
        return db.execute("select status, source from inbound_messages order by id").fetchall()


def test_signup_through_postfix_and_dovecot_is_answered_via_idle(
    tmp_path: Path, dovecot: Dovecot, postfix: Postfix, user: str
) -> None:
    proc = ServiceProcess(tmp_path, env=imap_env(dovecot, user)).start()
    try:
        wait_until(lambda: "IMAP: lezen van" in proc.log.read_text(), what="the IMAP source")
        time.sleep(0.3)  # into IDLE
        postfix.send(mail(subject="Aanmelden", msgid="<via-postfix@gemeente-a.nl>"), user)
        [confirmation] = proc.wait_for_outbox(1)
        assert confirmation["In-Reply-To"] == "<via-postfix@gemeente-a.nl>"
        assert confirmation["To"] == "j.jansen@gemeente-a.nl"
        wait_until(lambda: dovecot.folder_counts(user, "Verwerkt")["Verwerkt"] == 1, what="filed in Verwerkt")
        assert inbound_rows(proc) == [("handled", "imap")]
    finally:
        assert proc.stop() == 0
    log = proc.log.read_text()
    assert "Traceback" not in log and "IMAP: gestopt" in log


def test_kill_9_between_commit_and_move_counts_the_message_once(
    tmp_path: Path, dovecot: Dovecot, postfix: Postfix, user: str
) -> None:
    proxy = FaultProxy(dovecot.imap_port)
    moving = proxy.freeze_on(b"UID MOVE")  # the service waits for a MOVE answer that never comes
    proc = ServiceProcess(tmp_path, env=imap_env(dovecot, user, port=proxy.port)).start()
    try:
        postfix.send(
            mail(sender="k.kill@gemeente-k.nl", msgid="<kill9@gemeente-k.nl>"), user, sender="k.kill@gemeente-k.nl"
        )
        wait_until(moving.is_set, what="the MOVE")
        assert inbound_rows(proc) == [("handled", "imap")]  # committed and processed, not yet moved
        proc.kill()
        assert dovecot.folder_counts(user, "INBOX", "Verwerkt") == {"INBOX": 1, "Verwerkt": 0}
        proc.start()
        wait_until(
            lambda: dovecot.folder_counts(user, "INBOX", "Verwerkt") == {"INBOX": 0, "Verwerkt": 1},
            what="the move after the restart",
        )
        proc.wait_for_outbox(1)
        time.sleep(0.5)  # room for a wrong second answer
        assert [m["To"] for m in proc.outbox_messages()] == ["k.kill@gemeente-k.nl"]
        assert inbound_rows(proc) == [("handled", "imap")]
        assert "al opgeslagen als #1" in proc.log.read_text()
    finally:
        proc.stop()
        proxy.close()


def _cli(workdir: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    learned_model_on_disk()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MAILSERVICE_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "mailservice", *args],
        cwd=workdir,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_poll_once_fetches_processes_answers_and_exits(tmp_path: Path, dovecot: Dovecot, user: str) -> None:
    dovecot.append(user, "INBOX", mail(sender="p1@gemeente-p.nl"), mail(sender="p2@gemeente-p.nl"))
    result = _cli(tmp_path, imap_env(dovecot, user), "poll", "--once")
    assert result.returncode == 0, result.stderr
    assert "2 opgehaald, 2 nieuw opgeslagen" in result.stdout and "Verwerkt 2" in result.stdout
    assert len(list((tmp_path / "var/outbox/new").iterdir())) == 2
    again = _cli(tmp_path, imap_env(dovecot, user), "poll", "--once")
    assert again.returncode == 0 and "0 opgehaald" in again.stdout


def test_poll_once_with_a_wrong_password_says_so_in_one_line(tmp_path: Path, dovecot: Dovecot, user: str) -> None:
    result = _cli(tmp_path, imap_env(dovecot, user, MAILSERVICE_IMAP__PASSWORD="fout"), "poll", "--once")
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("mailservice: IMAP: inloggen als") and "geweigerd" in last
    assert "Traceback" not in result.stderr


def test_plain_imap_to_a_remote_host_is_refused(tmp_path: Path) -> None:
    env = {
        "MAILSERVICE_IMAP__HOST": "mail.example.nl",
        "MAILSERVICE_IMAP__TLS": "none",
        "MAILSERVICE_IMAP__USER": "info@ambtelijkefusie.nl",
    }
    result = _cli(tmp_path, env, "poll", "--once")
    assert result.returncode == 78 and "loopback" in result.stderr
