"""Issue 13: a link scanner (Microsoft Defender Safe Links, BingPreview, a mail gateway) fetches every link in every
mail we send, and follows redirects. It must change nothing: no member confirmed, unsubscribed or restored, no
mail written. Run against `mailservice run` as a real process, through a whole membership."""

from __future__ import annotations

import smtplib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.process import ServiceProcess
from tests.support import mail
from tests.web.support import FORM, link, links_in, messages, one_click, request

A = "j.jansen@gemeente-a.nl"


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ServiceProcess]:
    proc = ServiceProcess(tmp_path).start()
    yield proc
    proc.stop()


def state(service: ServiceProcess) -> tuple[object, ...]:
    """Everything a visit could change: members, their history, the outbox, the links used."""
    with sqlite3.connect(service.workdir / "var" / "mailservice.db") as db:
        return (
            tuple(db.execute("SELECT email, status, confirmed_at, left_at FROM members ORDER BY id")),
            db.execute("SELECT count(*) FROM member_events").fetchone()[0],
            db.execute("SELECT count(*) FROM outbound_messages").fetchone()[0],
            tuple(db.execute("SELECT used_at FROM link_tokens ORDER BY id")),
            tuple(db.execute("SELECT used_at FROM confirmations ORDER BY id")),
        )


def settle(service: ServiceProcess, count: int) -> None:
    deadline = time.monotonic() + 20
    while len(messages(service.workdir / "var" / "outbox")) < count:
        assert time.monotonic() < deadline, "the mail did not arrive in var/outbox"
        time.sleep(0.05)
    time.sleep(0.3)  # and nothing more is on its way


def scan(service: ServiceProcess) -> int:
    """Fetch every link of every mail sent so far, as a scanner does: GET and HEAD, following redirects."""
    fetched = 0
    for msg in messages(service.workdir / "var" / "outbox"):
        for url in links_in(msg):
            if url.startswith(service.web_url):
                for method in ("GET", "HEAD"):
                    assert request(method, url, follow=True).status < 500
                    fetched += 1
    return fetched


def test_a_scanner_that_opens_every_link_changes_nothing(service: ServiceProcess) -> None:
    with smtplib.SMTP("127.0.0.1", service.port, timeout=30) as smtp:
        smtp.sendmail(A, ["info@ambtelijkefusie.nl"], mail(subject="Aanmelden"))
    settle(service, 1)
    before = state(service)
    assert scan(service) >= 2 and state(service) == before  # the confirmation link: still pending
    assert before[0][0][1] == "pending"

    confirm_url = link(messages(service.workdir / "var" / "outbox")[-1], "bevestigen")
    got = request("GET", confirm_url)
    csrf = got.cookie("csrf")
    request("POST", confirm_url, f"csrf={csrf}".encode(), {**FORM, "cookie": f"csrf={csrf}"})
    settle(service, 2)  # the welcome, with the unsubscribe and data links
    before = state(service)
    assert before[0][0][1] == "active"
    assert scan(service) >= 6 and state(service) == before  # still a member: no GET unsubscribes

    one_click(link(messages(service.workdir / "var" / "outbox")[-1], "afmelden"))
    settle(service, 3)  # the goodbye, with the link back
    before = state(service)
    assert before[0][0][1] == "unsubscribed"
    assert scan(service) >= 8 and state(service) == before  # the way back is a button, not a link
