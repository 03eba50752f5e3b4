"""End to end: ``mailservice run`` as a real process on embedded defaults, driven over SMTP with smtplib."""

from __future__ import annotations

import signal
import smtplib
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.process import ServiceProcess
from tests.support import mail

pytestmark = pytest.mark.slow


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ServiceProcess]:
    proc = ServiceProcess(tmp_path).start()
    yield proc
    proc.stop()


def send(port: int, raw: bytes, sender: str = "j.jansen@gemeente-a.nl", to: str = "info@ambtelijkefusie.nl") -> tuple:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
        smtp.ehlo()
        smtp.mail(sender)
        code, _ = smtp.rcpt(to)
        assert code == 250
        return smtp.data(raw)


def cli(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mailservice", *args], cwd=workdir, capture_output=True, text=True, timeout=60
    )


def test_member_thread_end_to_end(service: ServiceProcess) -> None:
    code, reply = send(service.port, mail(subject="Aanmelden", msgid="<aanmelding@gemeente-a.nl>"))
    assert code == 250, reply
    [request] = service.wait_for_outbox(1)
    assert request["Subject"].startswith("Bevestig uw aanmelding [ref:AF-")
    assert request["In-Reply-To"] == "<aanmelding@gemeente-a.nl>"

    send(service.port, mail(subject=f"RE: {request['Subject']}", body="", in_reply_to=request["Message-ID"]))
    welcome = service.wait_for_outbox(2)[1]
    assert welcome["Subject"].startswith("Welkom bij het Netwerk")

    # A plain "afmelden" proves nothing about its sender (issue 12): the member is asked, and answers.
    send(service.port, mail(subject="afmelden", body="Graag afmelden voor het netwerk."))
    question = service.wait_for_outbox(3)[2]
    assert question["Subject"].startswith("Wilt u zich afmelden? [afmelden:")
    send(service.port, mail(subject=f"RE: {question['Subject']}", body="Ja", in_reply_to=question["Message-ID"]))
    goodbye = service.wait_for_outbox(4)[3]
    assert goodbye["Subject"].startswith("Uw afmelding")

    with service.db() as db:
        status = db.execute("select status from members where email = 'j.jansen@gemeente-a.nl'").fetchone()
        events = [r[0] for r in db.execute("select event from member_events order by id")]
    assert status == ("unsubscribed",)
    assert events == ["subscribe_requested", "confirmed", "unsubscribe_asked", "unsubscribed"]
    shown = cli(service.workdir, "members", "show", "j.jansen@gemeente-a.nl")
    assert shown.returncode == 0, shown.stderr
    assert "bevestigd" in shown.stdout and "afgemeld" in shown.stdout and "confirmed" not in shown.stdout


def test_recipients_we_do_not_own_get_550(service: ServiceProcess) -> None:
    with smtplib.SMTP("127.0.0.1", service.port, timeout=30) as smtp:
        smtp.ehlo()
        smtp.mail("a@b.nl")
        code, reply = smtp.rcpt("iemand@elders.nl")
        assert code == 550 and b"5.1.1" in reply
        code, _ = smtp.rcpt("bounces+12@ambtelijkefusie.nl")  # our VERP return path is ours
        assert code == 250


def test_sigkill_after_250_the_message_is_processed_once_on_restart(tmp_path: Path) -> None:
    # Maintenance mode stores without processing, so the kill lands deterministically between 250 and processing.
    proc = ServiceProcess(tmp_path).start(MAILSERVICE_INGEST__PROCESS="false")
    code, _ = send(proc.port, mail(msgid="<kill@gemeente-a.nl>"))
    assert code == 250
    proc.kill()
    assert proc.outbox_messages() == []
    proc.start()
    try:
        proc.wait_for_outbox(1)
        time.sleep(1.0)  # room for a wrong second copy to appear
        assert len(proc.outbox_messages()) == 1
        with proc.db() as db:
            assert db.execute("select count(*), min(status) from inbound_messages").fetchone() == (1, "handled")
    finally:
        proc.stop()


def test_sigkill_right_after_250_in_normal_mode_never_loses_or_doubles(tmp_path: Path) -> None:
    proc = ServiceProcess(tmp_path).start()
    for i in range(5):
        send(
            proc.port,
            mail(sender=f"d{i}@gemeente-f.nl", msgid=f"<race{i}@gemeente-f.nl>"),
            sender=f"d{i}@gemeente-f.nl",
        )
        proc.kill()
        proc.start()
    try:
        msgs = proc.wait_for_outbox(5)
        time.sleep(1.0)
        msgs = proc.outbox_messages()
        assert sorted(m["To"] for m in msgs) == [f"d{i}@gemeente-f.nl" for i in range(5)]
    finally:
        proc.stop()


def test_malformed_input_is_stored_and_shown_never_a_crash(service: ServiceProcess) -> None:
    garbage = bytes(range(256)) * 40 + b"\x00\x00\r\n.\r\n"
    no_from = b"To: info@ambtelijkefusie.nl\r\nSubject: zonder afzender\r\n\r\nHallo\r\n"
    bad_charset = (
        b"From: a@gemeente-g.nl\r\nSubject: =?x-unknown-9?Q?aanmelden?=\r\n"
        b"Content-Type: text/plain; charset=x-unknown-9\r\n\r\nGraag aanmelden\xff\xfe\r\n"
    )
    big = mail(sender="b@gemeente-g.nl", subject="Verslag met bijlage", body="Zie bijlage.")
    from email import message_from_bytes, policy

    big_msg = message_from_bytes(big, policy=policy.default)
    big_msg.add_attachment(
        b"\x89PNG" + b"\x01" * (10 * 1024 * 1024), maintype="image", subtype="png", filename="scan.png"
    )
    # A bare-LF garbage line of 10 kB is accepted too (long lines are allowed, see receiver.LINE_LENGTH_LIMIT).
    for raw in (garbage, no_from, bad_charset, big_msg.as_bytes(policy=policy.SMTP)):
        code, reply = send(service.port, raw)
        assert code == 250, reply
    oversized = b"From: c@gemeente-g.nl\r\n\r\n" + (b"x" * 998 + b"\r\n") * (42 * 1024)  # > 40 MiB
    code, reply = send(service.port, oversized)
    assert code == 552, reply

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with service.db() as db:
            rows = db.execute("select status, reason, size from inbound_messages order by id").fetchall()
        if len(rows) == 4 and all(r[0] != "received" for r in rows):
            break
        time.sleep(0.1)
    assert len(rows) == 4
    # Garbage, no From and the 10 MB mail go to the secretariat; the unknown charset is decoded as well as it can
    # be (its words are plain ASCII) and may be acted on. None is lost or quarantined, and each has a reason.
    assert all(status not in ("received", "quarantined") and reason for status, reason, _ in rows), rows
    assert [rows[i][0] for i in (0, 1, 3)] == ["unhandled"] * 3, rows
    assert rows[3][2] > 10 * 1024 * 1024
    inbox = cli(service.workdir, "inbox", "--unhandled")
    assert inbox.returncode == 0 and "voor secretariaat" in inbox.stdout
    # Still alive and answering.
    before = len(service.outbox_messages())
    send(service.port, mail(sender="d.dijk@gemeente-h.nl", subject="Aanmelden"), sender="d.dijk@gemeente-h.nl")
    assert any(m["To"] == "d.dijk@gemeente-h.nl" for m in service.wait_for_outbox(before + 1))


def test_sigterm_and_sigint_stop_cleanly(tmp_path: Path) -> None:
    for sig in (signal.SIGTERM, signal.SIGINT):
        proc = ServiceProcess(tmp_path).start()
        send(proc.port, mail(sender=f"s{sig}@gemeente-i.nl"), sender=f"s{sig}@gemeente-i.nl")
        assert proc.stop(sig) == 0
        assert "stopped cleanly" in proc.log.read_text()
        assert "Traceback" not in proc.log.read_text()
    # A message stored just before the stop is not lost: the next start processes it.
    proc.start()
    try:
        assert len(proc.wait_for_outbox(2)) == 2
        with proc.db() as db:
            assert db.execute("select count(*) from inbound_messages where status = 'received'").fetchone() == (0,)
    finally:
        proc.stop()


def test_a_wrong_setting_stops_the_start_with_one_sentence(tmp_path: Path) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILSERVICE_")}
    env["MAILSERVICE_RECEIVER__PORT"] = "veertig"
    result = subprocess.run(
        [sys.executable, "-m", "mailservice", "run"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 78
    assert result.stderr.strip().count("\n") == 0 and "receiver.port" in result.stderr
