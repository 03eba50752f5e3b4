"""Each thing once (STYLE.md habit 17): a message is detected as a bounce once, and its thread is looked up
once; what the classifier found travels to the action in the Decision instead of being worked out again."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from mailservice.app import App
from mailservice.store.models import BounceEvent, OutboundMessage
from tests.bouncelog.helpers import add_member, mailing
from tests.support import deliver, mail

BOUNCE = (Path(__file__).parent / "bounces" / "data" / "dsn-multi-recipient.eml").read_bytes()
A = "a.de.wit@gemeente-a.nl"


@contextmanager
def thread_queries(app: App) -> Iterator[list[str]]:
    """The SQL statements that look up our outgoing mail by Message-ID (the thread lookup)."""
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "FROM outbound_messages" in statement and "outbound_messages.message_id IN" in statement:
            seen.append(statement)

    event.listen(app.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(app.engine, "before_cursor_execute", record)


def test_a_bounce_is_detected_once(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    # The module, not the function that mailservice.bounces re-exports under the same name.
    detect_module = sys.modules["mailservice.bounces.detect"]
    calls: list[object] = []
    real = detect_module._detect

    def counting(msg: Any) -> Any:
        calls.append(msg)
        return real(msg)

    monkeypatch.setattr(detect_module, "_detect", counting)
    deliver(app, BOUNCE, envelope_from="")
    assert len(calls) == 1
    with app.factory() as session:
        assert session.scalars(select(BounceEvent)).all()  # and the action recorded it from that one report


def test_the_thread_is_looked_up_once_per_message(app: App) -> None:
    add_member(app, A)
    mailing(app)
    with app.factory() as session:
        msgid = session.scalars(select(OutboundMessage.message_id).where(OutboundMessage.to_addr == A)).one()
    # A retired-mailbox auto-reply in our thread: the classifier needs the thread (is it a reply to us?) and
    # so does the action (which of our messages, so which member).
    reply = mail(
        f"Anna de Wit <{A}>",
        "Automatisch antwoord: Uitnodiging atelier",
        "Dit e-mailadres is niet meer in gebruik. Uw bericht wordt niet doorgestuurd.",
        in_reply_to=msgid,
        headers={"Auto-Submitted": "auto-replied"},
    )
    with thread_queries(app) as seen:
        deliver(app, reply)
    assert len(seen) == 1
    with app.factory() as session:
        [bounce] = session.scalars(select(BounceEvent)).all()
    assert bounce.attributed_by == "thread"
