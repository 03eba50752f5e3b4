"""The real round trip (issue 4): the service sends through a real Postfix to an unknown recipient; Postfix's
DSN comes back to the VERP address, lands in the Dovecot mailbox the service reads over IMAP, and the member's
bounce record shows it, attributed through VERP. And a refusal at send time (5xx on RCPT) ends in the same log."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice.app import App
from mailservice.cli import main
from mailservice.settings import ImapSettings
from mailservice.sources.imap import ImapSource
from mailservice.store.models import (
    BounceEvent,
    Delivery,
    OutboundMessage,
    OutboundStatus,
)
from tests.bouncelog.conftest import cli_config
from tests.bouncelog.helpers import add_member, mailing, member, score
from tests.outbound.sink import Sink, SinkHandler
from tests.servers.dovecot import DOMAIN, PASSWORD

pytestmark = pytest.mark.servers


def _events(app: App, address: str) -> list[BounceEvent]:
    with app.factory() as session:
        return list(session.scalars(select(BounceEvent).where(BounceEvent.address == address)))


def test_dsn_from_postfix_comes_back_through_imap_and_is_attributed_by_verp(  # type: ignore[no-untyped-def]
    postfix, dovecot, smtp_app: Callable[..., App], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Dovecot knows no such user: it answers 550 over LMTP, and Postfix returns a DSN to the envelope sender,
    # our VERP address bounces+<row>.<member>.<mac>@, which Dovecot files in the bounces@ mailbox
    # (recipient_delimiter "+").
    gone = f"vertrokken-{os.getpid()}-{time.monotonic_ns()}@{DOMAIN}"
    app = smtp_app(postfix.smtp_port)
    member_id = add_member(app, gone, name="Piet Vertrokken")
    mailing(app)
    with app.factory() as session:
        [row] = session.scalars(select(OutboundMessage).where(OutboundMessage.to_addr == gone))
    assert row.status == OutboundStatus.SENT  # Postfix accepted it: the failure comes later, as a DSN

    source = ImapSource(
        ImapSettings(
            host="127.0.0.1",
            port=dovecot.imap_port,
            tls="none",
            user=f"bounces@{DOMAIN}",
            password=PASSWORD,
            timeout=5.0,
        ),
        app.factory,
        app.clock,
        on_stored=app.ingest.process_pending,
    )
    deadline = time.monotonic() + 30
    while not _events(app, gone) and time.monotonic() < deadline:
        source.poll_once()
        time.sleep(0.1)
    [event] = _events(app, gone)
    assert (event.member_id, event.outbound_id, event.attributed_by) == (member_id, row.id, "verp")
    assert (event.kind, event.severity, event.status, event.reason) == ("dsn", "hard", "5.1.1", "userunknown")
    assert event.layer == "verp/rfc3464" and "550" in (event.diagnostic or "")

    assert score(app).disabled == [gone]
    assert main(["--config", str(cli_config(tmp_path, app)), "bounces", "show", gone]) == 0
    out = capsys.readouterr().out
    assert "uitgeschakeld" in out and "5.1.1" in out and "VERP" in out and "userunknown" in out


def test_a_5xx_at_send_time_ends_in_the_same_log(
    smtp_app: Callable[..., App], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """listmonk #2623: a refusal on RCPT is a bounce like any DSN (STYLE.md habit 7)."""
    gone = "weg@gemeente.example"
    sink = Sink(SinkHandler(reject={gone: f"550 5.1.1 <{gone}>: Recipient address rejected: User unknown"})).start()
    try:
        app = smtp_app(sink.port)
        member_id = add_member(app, gone)
        add_member(app, "blijft@gemeente.example")
        mailing(app)
    finally:
        sink.stop()
    score(app)
    [event] = _events(app, gone)
    assert (event.kind, event.member_id, event.attributed_by, event.layer) == ("sync", member_id, "outbox", "smtp")
    assert (event.severity, event.status, event.reason) == ("hard", "5.1.1", "userunknown")
    assert member(app, gone).delivery == Delivery.DISABLED
    assert member(app, "blijft@gemeente.example").delivery == Delivery.ENABLED
    assert main(["--config", str(cli_config(tmp_path, app)), "bounces", "--hard"]) == 0
    out = capsys.readouterr().out
    assert gone in out and "bij verzenden" in out
