"""Delivery to a real aiosmtpd sink: headers, TLS with a private CA, AUTH, DKIM, 4xx retries, 5xx bounces."""

from __future__ import annotations

import email
import email.policy
import re
import urllib.parse
from email.message import EmailMessage
from pathlib import Path

import dkim
import pytest
from sqlalchemy import select

from mailservice.outbound.tags import DEVELOPMENT_KEY, Tagger
from mailservice.store.db import transaction
from mailservice.store.models import (
    BounceEvent,
    Mailing,
    MailingState,
    Member,
    OutboundMessage,
    OutboundStatus,
)
from tests.outbound.conftest import add_members, enqueue
from tests.outbound.sink import Sink, SinkHandler, authenticator, server_context
from tests.support import FakeClock

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

DOMAIN = "ambtelijkefusie.nl"
TAGGER = Tagger(DEVELOPMENT_KEY, DOMAIN)


def parsed(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def rows(app) -> list[OutboundMessage]:  # type: ignore[no-untyped-def]
    with app.factory() as session:
        return list(session.scalars(select(OutboundMessage).order_by(OutboundMessage.id)))


def test_mailing_headers_verp_and_list_unsubscribe(sink: Sink, smtp_app) -> None:  # type: ignore[no-untyped-def]
    app = smtp_app(sink.port, web={"public_url": "https://ambtelijkefusie.nl"})
    ids = add_members(app, 3)
    mailing_id = enqueue(app)
    assert app.sender.drain() == 3
    assert sorted(sink.handler.count) == [f"m{i}@gemeente.example" for i in (1, 2, 3)]
    by_rcpt = {rcpts[0]: (mail_from, parsed(raw)) for mail_from, rcpts, raw in sink.handler.messages}
    for row in rows(app):
        mail_from, msg = by_rcpt[row.to_addr]
        assert row.status == OutboundStatus.SENT and row.server_reply == "250 2.0.0 Ok: queued as SINK"
        # VERP: the return path names the row and the member, and only we can make it.
        token = re.fullmatch(rf"bounces\+(.+)@{DOMAIN}", mail_from).group(1)  # type: ignore[union-attr]
        assert TAGGER.parse_verp_token(token) == (row.id, row.member_id)
        assert Tagger(b"another key", DOMAIN).parse_verp_token(token) is None
        assert msg["X-Mailservice-Ref"] == token
        assert msg["Message-ID"] == row.message_id and row.message_id.endswith(f"@{DOMAIN}>")
        assert (
            msg["Date"] and msg["From"] == f"Netwerk van directeuren van ambtelijke fusieorganisaties <info@{DOMAIN}>"
        )
        assert msg["Auto-Submitted"] == "auto-generated" and msg["Precedence"] == "bulk"
        assert msg["List-Id"] == f"Netwerk van directeuren van ambtelijke fusieorganisaties <leden.{DOMAIN}>"
        https, mailto = re.findall(r"<([^>]+)>", msg["List-Unsubscribe"])
        unsub = TAGGER.unsubscribe_token(row.member_id)
        # The one-click link carries its own random token (issue 13), the mailto our HMAC reference.
        assert re.fullmatch(r"https://ambtelijkefusie\.nl/afmelden/[A-Za-z0-9_-]{27}", https)
        assert mailto.startswith(f"mailto:info@{DOMAIN}?subject=")
        assert unsub in urllib.parse.unquote(mailto) and "Afmelden" in urllib.parse.unquote(mailto)
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"  # RFC 8058: https is there
        text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert "Beste Directeur" in text and https in text  # personalised
        assert https in msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    with app.factory() as session:
        mailing = session.get(Mailing, mailing_id)
        assert mailing is not None and (mailing.total, mailing.sent_count) == (3, 3)
    app.sender.drain()
    with app.factory() as session:
        assert session.get(Mailing, mailing_id).state == MailingState.DONE  # type: ignore[union-attr]
    assert len(ids) == 3


def test_no_one_click_without_an_https_url(sink: Sink, smtp_app) -> None:  # type: ignore[no-untyped-def]
    app = smtp_app(sink.port)
    add_members(app, 1)
    enqueue(app)
    app.sender.drain()
    [(_, _, raw)] = sink.handler.messages
    msg = parsed(raw)
    assert msg["List-Unsubscribe"].startswith("<mailto:") and "https" not in msg["List-Unsubscribe"]
    assert msg["List-Unsubscribe-Post"] is None


def test_answers_are_threaded_and_carry_no_list_headers(sink: Sink, smtp_app) -> None:  # type: ignore[no-untyped-def]
    app = smtp_app(sink.port)
    with transaction(app.factory) as session:
        app.outbox.add(
            session,
            "welkom",
            to="a@b.nl",
            context=app.outbox.common_context() | {"name": None},
            in_reply_to="<q2@gemeente.nl>",
            references=["<q1@gemeente.nl>"],
        )
    app.sender.drain()
    [(mail_from, _, raw)] = sink.handler.messages
    msg = parsed(raw)
    assert msg["In-Reply-To"] == "<q2@gemeente.nl>" and msg["References"] == "<q1@gemeente.nl> <q2@gemeente.nl>"
    assert msg["Auto-Submitted"] == "auto-replied" and msg["List-Unsubscribe"] is None
    assert TAGGER.parse_verp_token(mail_from.split("+")[1].split("@")[0]) == (rows(app)[0].id, None)


@pytest.mark.parametrize("mode", ["starttls", "implicit"])
def test_tls_with_a_private_ca_and_auth(mode: str, pki: dict[str, Path], smtp_app) -> None:  # type: ignore[no-untyped-def]
    ctx = server_context(str(pki["cert"]), str(pki["key"]))
    tls = (
        {"tls_context": ctx, "require_starttls": True}
        if mode == "starttls"
        else {"ssl_context": ctx, "auth_require_tls": False}
    )  # aiosmtpd only counts STARTTLS as TLS
    sink = Sink(
        SinkHandler(), authenticator=authenticator("info@ambtelijkefusie.nl", "geheim"), auth_required=True, **tls
    ).start()
    try:
        smtp = {
            "tls": mode,
            "ca_file": str(pki["ca"]),
            "user": "info@ambtelijkefusie.nl",
            "password": "geheim",
            "host": "localhost",
        }
        app = smtp_app(sink.port, smtp=smtp)
        add_members(app, 2)
        enqueue(app)
        app.sender.drain()
        assert [r.status for r in rows(app)] == ["sent", "sent"]
        # A certificate from a CA we do not trust: no mail, and the row waits (verification is never skipped).
        other = smtp_app(sink.port, smtp=smtp | {"ca_file": str(pki["other_ca"])})
        add_members(other, 1, domain="elders.example")
        enqueue(other, domain="elders.example")
        other.sender.drain()
        row = next(r for r in rows(other) if r.to_addr.endswith("elders.example"))
        assert row.status == OutboundStatus.DEFERRED and "CERTIFICATE_VERIFY_FAILED" in (row.last_error or "")
        # The wrong password: deferred as well, with the server's words.
        wrong = smtp_app(sink.port, smtp=smtp | {"password": "fout"})
        with transaction(wrong.factory) as session:
            session.execute(
                OutboundMessage.__table__.update()
                .where(OutboundMessage.status == "deferred")
                .values(status="queued", next_attempt_at=wrong.clock())
            )
        wrong.sender.drain()
        assert "aanmelden bij" in (rows(wrong)[-1].last_error or "")
        assert sum(sink.handler.count.values()) == 2
    finally:
        sink.stop()


def test_dkim_signature_verifies_with_dkimpy(sink: Sink, smtp_app, dkim_key: Path) -> None:  # type: ignore[no-untyped-def]
    app = smtp_app(
        sink.port,
        dkim={"key_file": str(dkim_key), "selector": "mail2026"},
        web={"public_url": "https://ambtelijkefusie.nl"},
    )
    add_members(app, 2)
    enqueue(app)
    with transaction(app.factory) as session:  # and an answer with a non-ASCII subject and threading headers
        app.outbox.add(
            session,
            "welkom",
            to="x@y.nl",
            context=app.outbox.common_context() | {"name": "Zoë Ölçer"},
            in_reply_to="<a@b.nl>",
        )
    app.sender.drain()
    record = app.sender.signer.public_record().encode()  # type: ignore[union-attr]

    def dns(name: bytes, timeout: int = 5) -> bytes:
        assert name == b"mail2026._domainkey.ambtelijkefusie.nl."
        return record

    assert len(sink.handler.messages) == 3
    for _, _, raw in sink.handler.messages:
        assert dkim.verify(raw, dnsfunc=dns), raw[:400]
        signed = parsed(raw)["DKIM-Signature"]
        h = re.search(r"h=([^;]+);", signed).group(1).replace(" ", "").replace("\r\n", "")  # type: ignore[union-attr]
        assert {"from", "subject", "message-id", "date", "to"} <= set(h.split(":"))
        if b"List-Unsubscribe" in raw:
            assert {"list-unsubscribe", "list-unsubscribe-post", "list-id"} <= set(h.split(":"))
        # Tampering with a signed header breaks it: the signature covers what it claims.
        forged = raw.replace(b"List-Id: ", b"List-Id: x").replace(b"Subject: ", b"Subject: x", 1)
        assert not dkim.verify(forged, dnsfunc=dns)


def test_5xx_is_failed_and_a_bounce_event(sink: Sink, smtp_app) -> None:  # type: ignore[no-untyped-def]
    sink.handler.reject["m2@gemeente.example"] = "550 5.1.1 <m2@gemeente.example>: Recipient address rejected"
    app = smtp_app(sink.port)
    ids = add_members(app, 3)
    enqueue(app)
    app.sender.drain()
    by_addr = {r.to_addr: r for r in rows(app)}
    failed = by_addr["m2@gemeente.example"]
    assert failed.status == OutboundStatus.FAILED and failed.last_error.startswith("550 5.1.1")  # type: ignore[union-attr]
    assert failed.attempts == 1  # a 5xx is not retried
    with app.factory() as session:
        [event] = session.scalars(select(BounceEvent))
    assert (event.kind, event.status, event.member_id, event.address, event.outbound_id) == (
        "sync",
        "5.1.1",
        ids[1],
        "m2@gemeente.example",
        failed.id,
    )
    assert event.diagnostic and "Recipient address rejected" in event.diagnostic
    assert sink.handler.count == {"m1@gemeente.example": 1, "m3@gemeente.example": 1}


def test_a_4xx_storm_is_retried_with_backoff(sink: Sink, smtp_app) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    sink.handler.tempfail_first = 25  # 5 members, every attempt refused for 5 rounds
    app = smtp_app(sink.port, clock=clock, outbound={"retry_base_seconds": 60, "retry_max_seconds": 3600})
    add_members(app, 5)
    enqueue(app)
    delays: list[float] = []
    for _ in range(5):
        app.sender.drain()
        state = rows(app)
        assert all(r.status == OutboundStatus.DEFERRED and r.last_error.startswith("451") for r in state)  # type: ignore[union-attr]
        assert app.sender.drain() == 0  # nothing is due before its next attempt
        delays.append(min((r.next_attempt_at - clock.now).total_seconds() for r in state))
        clock.now = max(r.next_attempt_at for r in state)
    assert all(d >= 30 for d in delays) and delays[-1] > delays[0] * 4  # exponential, with jitter in [0.5, 1]
    app.sender.drain()
    assert [r.status for r in rows(app)] == ["sent"] * 5 and {r.attempts for r in rows(app)} == {6}
    assert sorted(sink.handler.count.values()) == [1] * 5


def test_4xx_until_the_deadline_gives_up_with_a_bounce_event(sink: Sink, smtp_app) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    sink.handler.reject["m1@gemeente.example"] = "452 4.2.2 Mailbox full"
    app = smtp_app(
        sink.port,
        clock=clock,
        outbound={"retry_deadline_hours": 1, "retry_base_seconds": 600, "retry_max_seconds": 3600},
    )
    add_members(app, 1)
    enqueue(app)
    while rows(app)[0].status == OutboundStatus.DEFERRED or rows(app)[0].attempts == 0:
        app.sender.drain()
        clock.now = max(clock.now, rows(app)[0].next_attempt_at)
    [row] = rows(app)
    assert row.status == OutboundStatus.FAILED and row.last_error.startswith("opgegeven na")  # type: ignore[union-attr]
    with app.factory() as session:
        [event] = session.scalars(select(BounceEvent))
    assert (event.kind, event.status) == ("sync", "4.2.2")


def test_the_error_budget_pauses_a_mailing_and_tells_the_secretariat(sink: Sink, smtp_app) -> None:  # type: ignore[no-untyped-def]
    sink.handler.reject_all = "554 5.7.1 Message rejected as spam"
    app = smtp_app(sink.port, outbound={"error_budget": 5, "connections": 1, "batch_size": 3})
    add_members(app, 40)
    mailing_id = enqueue(app)
    app.sender.drain()
    with app.factory() as session:
        mailing = session.get(Mailing, mailing_id)
        assert mailing is not None and mailing.state == MailingState.PAUSED
        assert "5 mislukte verzendingen op rij" in (mailing.paused_reason or "")
        statuses = [r.status for r in rows(app) if r.mailing_id == mailing_id]
        # the budget, plus what was already claimed (at most 2 per connection + one batch)
        assert statuses.count("failed") <= 5 + 2 + 3 and statuses.count("queued") >= 30
        [notice] = [r for r in rows(app) if r.mailing_id is None]
    assert notice.to_addr == "secretariaat@ambtelijkefusie.nl" and notice.purpose == "mailing_gepauzeerd"
    assert notice.status == "failed"  # the sink refuses everything, the notice too: it is in the outbox all the same
    assert b"mailservice outbox resume" in notice.raw
    app.sender.drain()
    assert len([r for r in rows(app) if r.status == "failed"]) == statuses.count("failed") + 1  # nothing more went out
    from mailservice.outbound import mailings

    sink.handler.reject_all = None
    with transaction(app.factory) as session:
        mailings.resume(session, mailing_id)
    app.sender.drain()
    app.sender.drain()
    with app.factory() as session:
        assert session.get(Mailing, mailing_id).state == MailingState.DONE  # type: ignore[union-attr]
    assert len(sink.handler.count) == 40 - statuses.count("failed")


def test_rate_limits_per_minute_and_per_day(sink: Sink, smtp_app) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    app = smtp_app(sink.port, clock=clock, outbound={"rate_per_minute": 4, "rate_per_day": 10})
    add_members(app, 12)
    enqueue(app)
    sent = []
    for _ in range(4):
        app.sender.drain()
        sent.append(sum(sink.handler.count.values()))
        clock.advance(seconds=61)
    assert sent == [4, 8, 10, 10]  # 4 a minute, and the day is full at 10
    clock.advance(hours=24)
    app.sender.drain()
    assert sum(sink.handler.count.values()) == 12


def test_answers_to_people_go_before_a_waiting_mailing(sink: Sink, smtp_app) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    app = smtp_app(sink.port, clock=clock, outbound={"rate_per_minute": 2})
    add_members(app, 10)
    enqueue(app)
    clock.advance(seconds=30)
    with transaction(app.factory) as session:
        app.outbox.add(session, "welkom", to="nieuw@lid.nl", context=app.outbox.common_context() | {"name": None})
    app.sender.drain()
    assert "nieuw@lid.nl" in sink.handler.count and sum(sink.handler.count.values()) == 2


def test_enqueue_skips_duplicates_and_counts(smtp_app, sink: Sink) -> None:  # type: ignore[no-untyped-def]
    from mailservice.outbound.mailings import enqueue_mailing
    from tests.outbound.conftest import mailing_context

    app = smtp_app(sink.port)
    add_members(app, 3)
    with transaction(app.factory) as session:
        members = list(session.scalars(select(Member).order_by(Member.id)))
        mailing = enqueue_mailing(session, "mededeling", members + members[:2], mailing_context, outbox=app.outbox)
        assert mailing.total == 3 and mailing.subject == "Uitnodiging Leer- en inspireer-atelier"
    assert len(rows(app)) == 3


def test_maildir_capture_takes_the_same_path(app) -> None:  # type: ignore[no-untyped-def]
    add_members(app, 2)
    enqueue(app)
    app.sender.drain()
    files = sorted((app.settings.outbound.maildir / "new").iterdir())
    assert len(files) == 2
    msg = parsed(files[0].read_bytes())
    assert msg["Return-Path"].startswith("<bounces+") and msg["X-Mailservice-Ref"] and msg["List-Unsubscribe"]


def test_a_route_that_is_down_defers_one_message_per_connection_and_keeps_the_rest(smtp_app) -> None:  # type: ignore[no-untyped-def]
    from tests.servers import free_port

    app = smtp_app(free_port(), outbound={"connections": 2, "retry_base_seconds": 60})  # nothing listens there
    add_members(app, 20)
    enqueue(app)
    app.sender.drain()
    state = rows(app)
    deferred = [r for r in state if r.status == OutboundStatus.DEFERRED]
    assert 1 <= len(deferred) <= 2 and "geen verbinding met 127.0.0.1" in (deferred[0].last_error or "")
    waiting = [r for r in state if r.status == OutboundStatus.QUEUED]
    assert len(waiting) == 20 - len(deferred) and {r.attempts for r in waiting} == {0}  # handed back, not counted


def test_stop_hands_back_what_was_not_sent(sink: Sink, smtp_app) -> None:  # type: ignore[no-untyped-def]
    app = smtp_app(sink.port, outbound={"connections": 1, "batch_size": 50})
    add_members(app, 50)
    enqueue(app)
    calls = iter(range(1000))
    app.sender.drain(stop=lambda: next(calls) >= 2)  # asked to stop right after it began
    state = rows(app)
    sent = [r for r in state if r.status == OutboundStatus.SENT]
    assert len(sent) == sum(sink.handler.count.values()) < 50
    assert all(r.status == OutboundStatus.QUEUED and r.attempts == 0 for r in state if r.status != OutboundStatus.SENT)
    app.sender.drain()
    assert sorted(set(sink.handler.count.values())) == [1] and len(sink.handler.count) == 50
