"""``mailservice outbox`` (list, retry, cancel, resume) and ``mailservice send-test`` against a sink."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice.app import build
from mailservice.cli import main
from mailservice.settings import load
from mailservice.store.db import transaction
from mailservice.store.models import (
    Mailing,
    MailingState,
    OutboundMessage,
    OutboundStatus,
)
from tests.outbound.conftest import add_members, enqueue
from tests.outbound.sink import Sink


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sink: Sink) -> Path:
    monkeypatch.chdir(tmp_path)
    for name, value in {
        "DATABASE__URL": f"sqlite:///{tmp_path / 'cli.db'}",
        "OUTBOUND__TRANSPORT": "smtp",
        "SMTP__HOST": "127.0.0.1",
        "SMTP__PORT": str(sink.port),
        "OUTBOUND__RATE_PER_MINUTE": "0",
    }.items():
        monkeypatch.setenv(f"MAILSERVICE_{name}", value)
    return tmp_path


def test_send_test_reports_the_server_answer(env: Path, sink: Sink, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["send-test", "secretariaat@ambtelijkefusie.nl"]) == 0
    out = capsys.readouterr().out
    assert "verstuurd" in out and "250 2.0.0 Ok: queued as SINK" in out
    assert sink.handler.count == {"secretariaat@ambtelijkefusie.nl": 1}
    sink.handler.reject["weg@elders.nl"] = "550 5.1.1 Onbekend"
    assert main(["send-test", "weg@elders.nl"]) == 1
    assert "geweigerd" in capsys.readouterr().out


def test_outbox_list_retry_cancel_resume(env: Path, sink: Sink, capsys: pytest.CaptureFixture[str]) -> None:
    app = build(load())
    add_members(app, 3)
    mailing_id = enqueue(app)
    sink.handler.reject["m1@gemeente.example"] = "550 5.1.1 Onbekend"
    app.sender.drain()
    with app.factory() as session:
        failed = session.scalars(select(OutboundMessage).where(OutboundMessage.status == "failed")).one()
    assert main(["outbox"]) == 0 and "mislukt: 1" in capsys.readouterr().out
    assert main(["outbox", "list", "--status", "failed"]) == 0 and "550 5.1.1" in capsys.readouterr().out
    del sink.handler.reject["m1@gemeente.example"]
    assert main(["outbox", "retry", str(failed.id)]) == 0 and "weer in de wachtrij" in capsys.readouterr().out
    app.sender.drain()
    assert sink.handler.count["m1@gemeente.example"] == 1
    assert main(["outbox", "retry", str(failed.id)]) == 1  # sent now: nothing to retry
    assert "al verstuurd" in capsys.readouterr().err
    assert main(["outbox", "cancel", "999"]) == 1
    with transaction(app.factory) as session:
        app.outbox.add(session, "welkom", to="later@b.nl", context=app.outbox.common_context() | {"name": None})
    with app.factory() as session:
        queued = session.scalars(select(OutboundMessage).where(OutboundMessage.status == "queued")).one()
    assert main(["outbox", "cancel", str(queued.id)]) == 0
    app.sender.drain()
    assert "later@b.nl" not in sink.handler.count
    with transaction(app.factory) as session:
        session.get(Mailing, mailing_id).state = MailingState.PAUSED  # type: ignore[union-attr]
    assert main(["outbox", "resume", str(mailing_id)]) == 0 and "verder verstuurd" in capsys.readouterr().out
    assert main(["outbox", "cancel", "--mailing", str(mailing_id)]) == 0
    with app.factory() as session:
        assert session.get(OutboundMessage, queued.id).status == OutboundStatus.CANCELLED  # type: ignore[union-attr]
        assert session.get(Mailing, mailing_id).state == MailingState.CANCELLED  # type: ignore[union-attr]
    app.close()
