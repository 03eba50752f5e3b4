"""Attribution, most exact first (issue 4): VERP token, X-Mailservice-Ref, our Message-ID, the address.
Also: forged tokens, unattributable bounces kept, a DSN for a confirmation, retired-mailbox auto-replies,
and refusals at send time in the same log."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import insert, select

from mailservice.app import App
from mailservice.store.db import transaction
from mailservice.store.models import (
    BounceEvent,
    Delivery,
    InboundMessage,
    InboundStatus,
    OutboundMessage,
)
from tests.bouncelog.helpers import (
    add_member,
    deliver,
    dsn,
    events,
    mailing,
    member,
    return_path,
    score,
)
from tests.support import mail

A = "a.dewit@gemeente-a.nl"


def strip(raw: bytes, *names: str) -> bytes:
    """The returned original without some of our headers, as a remote MTA may return it."""
    head, _, rest = raw.partition(b"\r\n\r\n")
    lines = re.split(rb"\r\n(?![ \t])", head)
    kept = [ln for ln in lines if not any(ln.lower().startswith(n.lower().encode() + b":") for n in names)]
    return b"\r\n".join(kept) + b"\r\n\r\n" + rest


def row_of(app: App, address: str) -> OutboundMessage:
    with app.factory() as session:
        return session.scalars(
            select(OutboundMessage).where(OutboundMessage.to_addr == address).order_by(OutboundMessage.id.desc())
        ).first()  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("envelope", "removed", "recipient", "by"),
    [
        ("verp", (), A, "verp"),  # the report came to our VERP address
        ("plain", ("Delivered-To",), A, "verp"),  # ... or names it in the returned original's Return-Path
        ("plain", ("Delivered-To", "Return-Path"), A, "ref"),  # X-Mailservice-Ref in the original
        ("plain", ("Delivered-To", "Return-Path", "X-Mailservice-Ref"), A, "message-id"),
        # A forwarding address failed: only our tags know which member it was.
        ("verp", (), "anna@prive.example", "verp"),
    ],
)
def test_attribution_order(app: App, envelope: str, removed: tuple[str, ...], recipient: str, by: str) -> None:
    member_id = add_member(app, A)
    add_member(app, "b@gemeente-b.nl")
    raw = mailing(app)[A]
    to = return_path(raw) if envelope == "verp" else "bounces@ambtelijkefusie.nl"
    deliver(app, dsn(strip(raw, *removed), recipient), envelope_to=to)
    [event] = events(app)
    assert (event.member_id, event.attributed_by, event.outbound_id) == (member_id, by, row_of(app, A).id)
    assert event.address == recipient and event.layer in ("verp/rfc3464", "rfc3464")


def test_by_address_when_no_tag_comes_back(app: App) -> None:
    member_id = add_member(app, A)
    original = b"From: info@ambtelijkefusie.nl\r\nTo: " + A.encode() + b"\r\nSubject: x\r\n\r\nx\r\n"
    deliver(app, dsn(original, A, headers_only=True), envelope_to="bounces@ambtelijkefusie.nl")
    [event] = events(app)
    assert (event.member_id, event.attributed_by, event.outbound_id) == (member_id, "address", None)


def test_a_forged_token_attributes_nothing_and_the_bounce_is_kept(app: App) -> None:
    add_member(app, A)
    victim = add_member(app, "b@gemeente-b.nl")
    forged = f"bounces+1.{victim}.aaaaaaaaaa@ambtelijkefusie.nl"
    original = b"From: info@ambtelijkefusie.nl\r\nTo: x@elders.example\r\nSubject: x\r\n\r\nx\r\n"
    inbound_id = deliver(app, dsn(original, "x@elders.example", headers_only=True), envelope_to=forged)
    [event] = events(app)
    assert event.member_id is None and event.attributed_by is None and event.inbound_id == inbound_id
    score(app)
    assert member(app, "b@gemeente-b.nl").delivery == Delivery.ENABLED
    with app.factory() as session:
        inbound = session.get(InboundMessage, inbound_id)
        assert inbound.status == InboundStatus.IGNORED and "niet toe te wijzen" in inbound.reason  # type: ignore[union-attr,operator]


def test_a_dsn_for_a_confirmation_counts(app: App) -> None:
    """listmonk #2193: a bounce of the double opt-in mail is a bounce too."""
    deliver(app, mail(f"Anna de Wit <{A}>", "Aanmelden", "Graag meld ik mij aan voor het netwerk."), envelope_from=A)
    app.sender.drain()
    confirmation = row_of(app, A)
    assert confirmation.purpose == "bevestiging_aanmelding"
    raw = app.settings.outbound.maildir / "new"
    [path] = [p for p in raw.iterdir() if confirmation.message_id.encode() in p.read_bytes()]
    deliver(app, dsn(path.read_bytes(), A), envelope_to=return_path(path.read_bytes()))
    [event] = events(app)
    assert event.outbound_id == confirmation.id and event.attributed_by == "verp" and event.severity == "hard"
    score(app)
    assert member(app, A).delivery == Delivery.DISABLED


def test_a_retired_mailbox_auto_reply_is_logged_as_hard_evidence_but_decides_nothing(app: App) -> None:
    add_member(app, A)
    raw = mailing(app)[A]
    msgid = row_of(app, A).message_id
    reply = mail(
        f"Anna de Wit <{A}>",
        "Automatisch antwoord: Uitnodiging atelier",
        "Dit e-mailadres is niet meer in gebruik. Uw bericht wordt niet doorgestuurd.",
        in_reply_to=msgid,
        headers={"Auto-Submitted": "auto-replied"},
    )
    before = len(list((app.settings.outbound.maildir / "new").iterdir()))
    inbound_id = deliver(app, reply)
    [event] = events(app)
    assert (event.kind, event.severity, event.reason, event.status) == ("autoreply", "hard", "hasmoved", "5.1.6")
    assert event.attributed_by == "thread" and event.outbound_id == row_of(app, A).id and raw
    app.sender.drain()
    assert len(list((app.settings.outbound.maildir / "new").iterdir())) == before  # never answered
    with app.factory() as session:
        assert "harde bounce" in session.get(InboundMessage, inbound_id).reason  # type: ignore[union-attr,operator]
    # Anyone can write "niet meer in gebruik" (issue 12, item 5): evidence in the log, no decision on its own.
    score(app)
    assert member(app, A).delivery == Delivery.ENABLED


def test_an_ordinary_auto_reply_is_not_a_bounce(app: App) -> None:
    add_member(app, A)
    deliver(
        app,
        mail(
            f"Anna de Wit <{A}>",
            "Afwezig",
            "Ik ben afwezig tot maandag 9 november.",
            headers={"Auto-Submitted": "auto-replied"},
        ),
    )
    assert events(app) == []


def test_a_refusal_at_send_time_lands_in_the_same_log(app: App) -> None:
    """The sender writes kind "sync" rows without cause or severity (a Core insert, as mailservice.outbound.sender
    does); the scoring job classifies them with the same cause table and attributes them by the row."""
    member_id = add_member(app, A)
    mailing(app)
    row = row_of(app, A)
    with transaction(app.factory) as session:
        session.execute(
            insert(BounceEvent),
            [
                {
                    "at": app.clock(),
                    "kind": "sync",
                    "member_id": member_id,
                    "address": A,
                    "outbound_id": row.id,
                    "inbound_id": None,
                    "status": "5.1.1",
                    "diagnostic": "smtp; 550 5.1.1 <a.dewit@gemeente-a.nl>: Recipient address rejected: User unknown",
                }
            ],
        )
    score(app)
    [event] = events(app)
    assert (event.severity, event.reason, event.layer, event.attributed_by) == ("hard", "userunknown", "smtp", "outbox")
    assert member(app, A).delivery == Delivery.DISABLED
