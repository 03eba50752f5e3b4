"""Issue 12 against the running service: each numbered defect, sent over SMTP to ``mailservice run``.

Item 1 (PostgreSQL) and items 6 and 8 run in test_hostile_values.py against the running service on PostgreSQL;
the others here, on the embedded SQLite, one service for the module.
"""

from __future__ import annotations

import smtplib
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailservice import tokens
from tests.bouncelog.helpers import dsn
from tests.e2e.process import ServiceProcess
from tests.support import mail

pytestmark = pytest.mark.slow
OURS = "mx.ambtelijkefusie.nl"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    proc = ServiceProcess(
        tmp_path_factory.mktemp("security"), env={"MAILSERVICE_TRUST__AUTHSERV_IDS": f'["{OURS}"]'}
    ).start()
    yield proc
    assert proc.stop() == 0
    assert "Traceback" not in proc.log.read_text()


def send(service: ServiceProcess, raw: bytes, envelope_from: str = "afzender@gemeente-s.nl") -> None:
    with smtplib.SMTP("127.0.0.1", service.port, timeout=30) as smtp:
        smtp.sendmail(envelope_from, ["info@ambtelijkefusie.nl"], raw)


def settle(service: ServiceProcess) -> None:
    """Until every stored message is processed and the sender had a moment to write the answers."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with service.db() as db:
            if not db.execute("select count(*) from inbound_messages where status = 'received'").fetchone()[0]:
                break
        time.sleep(0.05)
    time.sleep(0.5)


def to(service: ServiceProcess, address: str) -> list[EmailMessage]:
    return [m for m in service.outbox_messages() if m["To"] == address]


def status(service: ServiceProcess, address: str) -> str | None:
    with service.db() as db:
        row = db.execute("select status, delivery from members where email = ?", (address,)).fetchone()
    return row and f"{row[0]}/{row[1]}"


def member(service: ServiceProcess, address: str) -> None:
    service.cli("members", "add", address, "--geen-welkom")
    assert status(service, address) == "active/enabled"


def test_2_a_forged_unsubscribe_asks_the_member_and_changes_nothing(service: ServiceProcess) -> None:
    a = "forged.unsub@gemeente-s.nl"
    member(service, a)
    forged = {"Authentication-Results": f"{OURS}; dmarc=fail header.from=gemeente-s.nl"}
    send(service, mail(a, "Graag afmelden", "Graag afmelden.", headers=forged))
    settle(service)
    assert status(service, a) == "active/enabled"
    assert to(service, a)[-1]["Subject"].startswith("Wilt u zich afmelden? [afmelden:")
    genuine = {"Authentication-Results": f"{OURS}; dmarc=pass header.from=gemeente-s.nl"}
    send(service, mail(a, "Graag afmelden", "Graag afmelden.", headers=genuine))
    settle(service)
    assert status(service, a) == "unsubscribed/enabled"


def test_3_a_helpdesk_acknowledgement_never_confirms(service: ServiceProcess) -> None:
    helpdesk = "kcc@gemeente-s.nl"
    send(service, mail("grap@elders.example", "Aanmelden", f"Graag wil ik {helpdesk} aanmelden."))
    settle(service)
    [request] = to(service, helpdesk)
    ack = "Bedankt voor uw e-mail. Wij nemen zo spoedig mogelijk contact met u op.\n\nKlantcontactcentrum"
    send(service, mail(helpdesk, f"RE: {request['Subject']}", ack, in_reply_to=request["Message-ID"]))
    send(service, mail(helpdesk, f"RE: {request['Subject']}", "\n", in_reply_to=request["Message-ID"]))
    settle(service)
    assert status(service, helpdesk) == "pending/enabled"
    assert len(to(service, helpdesk)) == 1  # nothing answered: no loop


def test_4_ten_forged_sign_ups_and_token_guesses_are_capped(service: ServiceProcess) -> None:
    victim = "slachtoffer@gemeente-s.nl"
    for n in range(10):
        send(service, mail(f"a{n}@elders.example", "Aanmelden", f"Graag wil ik {victim} aanmelden."))
    guesser = "rader@gemeente-s.nl"
    for _ in range(6):
        send(service, mail(guesser, f"RE: Bevestig uw aanmelding [ref:{tokens.generate()}]", "Ja"))
    settle(service)
    assert len(to(service, victim)) == 2
    assert len(to(service, guesser)) == 2


def test_5_a_forged_dsn_does_not_switch_delivery_off(service: ServiceProcess) -> None:
    a = "forged.dsn@gemeente-s.nl"
    member(service, a)
    original = f"From: info@ambtelijkefusie.nl\r\nTo: {a}\r\nSubject: x\r\n\r\nx\r\n".encode()
    send(service, dsn(original, a, headers_only=True, to="info@ambtelijkefusie.nl"), envelope_from="")
    gone = "Dit e-mailadres is niet meer in gebruik. Uw bericht wordt niet doorgestuurd."
    send(service, mail(a, "Automatisch antwoord", gone, headers={"Auto-Submitted": "auto-replied"}), "")
    settle(service)
    service.cli("bounces", "score")
    assert status(service, a) == "active/enabled"


def test_7_markup_and_escapes_from_mail_are_shown_literally(service: ServiceProcess) -> None:
    send(service, mail("markup@gemeente-s.nl", "Vraag [/x] [link=https://evil.example]klik[/link] \x1b[2J", "?"))
    settle(service)
    shown = service.cli("inbox")
    assert "[/x]" in shown and "\x1b" not in shown


def test_9_a_reference_retyped_without_dashes_confirms(service: ServiceProcess) -> None:
    a = "zonder.streepjes@gemeente-s.nl"
    send(service, mail(a, "Aanmelden", "Graag meld ik mij aan voor het netwerk."))
    settle(service)
    token = tokens.find(str(to(service, a)[-1]["Subject"]))
    assert token is not None
    send(service, mail(a, "Bevestiging", f"Ja, mijn referentie is {token.replace('-', '').lower()}."))
    settle(service)
    assert status(service, a) == "active/enabled"


def test_the_service_survived_all_of_it(service: ServiceProcess, tmp_path: Path) -> None:
    assert service.proc is not None and service.proc.poll() is None
