"""LMTP (RFC 2033): one reply per accepted recipient after DATA, 250 only once stored, 451 on our failure.

Python's smtplib.LMTP reads one reply after DATA and falls out of step with several recipients, so these
tests speak LMTP over a raw socket, and through swaks and Postfix as a real client would.
"""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mailservice import ingest
from mailservice.app import App
from mailservice.settings import ReceiverSettings
from mailservice.sources.receiver import ReceiverHandler, make_controller
from tests.e2e.process import ServiceProcess
from tests.servers import free_port
from tests.servers.postfix import Postfix
from tests.support import mail

pytestmark = pytest.mark.servers


class Lmtp:
    """A line-by-line LMTP client: every reply line is read, so a missing or extra one shows."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.file = self.sock.makefile("rb")
        assert self.reply()[0].startswith("220")

    def reply(self) -> list[str]:
        lines = []
        while True:
            line = self.file.readline().decode().rstrip("\r\n")
            lines.append(line)
            if len(line) < 4 or line[3] != "-":
                return lines

    def command(self, text: str) -> str:
        self.sock.sendall(text.encode() + b"\r\n")
        return self.reply()[-1]

    def data(self, raw: bytes, replies: int) -> list[str]:
        assert self.command("DATA").startswith("354")
        body = b"\r\n".join(b"." + ln if ln.startswith(b".") else ln for ln in raw.replace(b"\r\n", b"\n").split(b"\n"))
        self.sock.sendall(body + b"\r\n.\r\n")
        return [self.reply()[-1] for _ in range(replies)]

    def close(self) -> None:
        self.command("QUIT")
        self.sock.close()


@pytest.fixture
def receiver(app: App) -> Iterator[Callable[..., int]]:
    controllers = []

    def start(store: Callable[..., int] | None = None, **settings: object) -> int:
        def default_store(raw: bytes, envelope_from: str, envelope_to: list[str], protocol: str) -> int:
            return ingest.store(
                app.factory, raw, source=protocol, clock=app.clock, envelope_from=envelope_from, envelope_to=envelope_to
            )

        port = free_port()
        config = ReceiverSettings(protocol="lmtp", port=port, **settings)  # type: ignore[arg-type]
        handler = ReceiverHandler(app.settings.service, store or default_store, "lmtp", on_stored=lambda: None)
        controller = make_controller(config, handler)
        controller.start()
        controllers.append(controller)
        return port

    yield start
    for controller in controllers:
        controller.stop()


def envelope(lmtp: Lmtp, *recipients: str) -> list[str]:
    assert lmtp.command("LHLO test.example").startswith("250")
    assert lmtp.command("MAIL FROM:<j.jansen@gemeente-a.nl>").startswith("250")
    return [lmtp.command(f"RCPT TO:<{r}>") for r in recipients]


def test_one_reply_per_accepted_recipient_after_the_message_is_stored(app: App, receiver: Callable[..., int]) -> None:
    lmtp = Lmtp(receiver())
    rcpt = envelope(lmtp, "info@ambtelijkefusie.nl", "iemand@elders.nl", "bounces+ab12@ambtelijkefusie.nl")
    assert [r[:3] for r in rcpt] == ["250", "550", "250"]
    replies = lmtp.data(mail(), replies=2)
    assert all(r.startswith("250 2.0.0 OK: opgeslagen als #1") for r in replies), replies
    # Nothing more is pending: the next command's answer is its own.
    assert lmtp.command("NOOP").startswith("250")
    lmtp.close()
    from mailservice.store.models import InboundMessage

    with app.factory() as session:
        [row] = session.query(InboundMessage).all()
    assert row.source == "lmtp" and row.envelope_to == "info@ambtelijkefusie.nl, bounces+ab12@ambtelijkefusie.nl"


def test_our_failure_answers_451_to_every_recipient(receiver: Callable[..., int]) -> None:
    def broken(*args: object) -> int:
        raise OSError("schijf vol")

    lmtp = Lmtp(receiver(store=broken))
    envelope(lmtp, "info@ambtelijkefusie.nl", "bounces@ambtelijkefusie.nl")
    replies = lmtp.data(mail(), replies=2)
    assert [r[:9] for r in replies] == ["451 4.3.0"] * 2
    assert lmtp.command("NOOP").startswith("250")
    lmtp.close()


def test_too_large_is_refused_once_per_recipient(receiver: Callable[..., int]) -> None:
    lmtp = Lmtp(receiver(max_message_bytes=2048))
    envelope(lmtp, "info@ambtelijkefusie.nl", "bounces@ambtelijkefusie.nl")
    replies = lmtp.data(mail(body="x" * 5000), replies=2)
    assert [r[:3] for r in replies] == ["552", "552"]
    assert lmtp.command("NOOP").startswith("250")
    lmtp.close()


@pytest.fixture
def lmtp_service(tmp_path: Path, postfix: Postfix) -> Iterator[ServiceProcess]:
    # On the port Postfix routes info@ to (tests/servers/postfix.py).
    proc = ServiceProcess(tmp_path, port=postfix.lmtp_port).start(MAILSERVICE_RECEIVER__PROTOCOL="lmtp")
    yield proc
    proc.stop()


@pytest.mark.slow
def test_swaks_multi_recipient(lmtp_service: ServiceProcess) -> None:
    result = subprocess.run(
        [
            "swaks",
            "--protocol",
            "LMTP",
            "--server",
            "127.0.0.1",
            "--port",
            str(lmtp_service.port),
            "--from",
            "j.jansen@gemeente-a.nl",
            "--to",
            "info@ambtelijkefusie.nl,bounces@ambtelijkefusie.nl",
            "--header",
            "Subject: Aanmelden",
            "--body",
            "Graag meld ik mij aan voor het netwerk.",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    after_data = result.stdout.split("<-  354", 1)[1]
    assert after_data.count("<-  250 2.0.0 OK: opgeslagen als #") == 2, result.stdout
    lmtp_service.wait_for_outbox(1)


@pytest.mark.slow
def test_postfix_delivers_to_the_service_over_lmtp(lmtp_service: ServiceProcess, postfix: Postfix) -> None:
    postfix.flush()  # anything deferred while no service listened
    postfix.send(
        mail(sender="l.lmtp@gemeente-l.nl", msgid="<lmtp@gemeente-l.nl>"),
        "info@ambtelijkefusie.nl",
        sender="l.lmtp@gemeente-l.nl",
    )
    msgs = lmtp_service.wait_for_outbox(1)
    assert any(m["In-Reply-To"] == "<lmtp@gemeente-l.nl>" for m in msgs)
    with lmtp_service.db() as db:
        assert db.execute("select source, envelope_from from inbound_messages").fetchall() == [
            ("lmtp", "l.lmtp@gemeente-l.nl")
        ]
