"""Scoring with a controllable clock: hard bounces, the soft window, decay, warning, grace period, removal,
re-enabling (issue 4). Every bounce goes the whole way: a DSN to the VERP address, ingest, the scoring job."""

from __future__ import annotations

import email
import email.policy

from sqlalchemy import select

from mailservice.app import App
from mailservice.members import deliverable_members
from mailservice.store.db import transaction
from mailservice.store.models import (
    Delivery,
    MemberEvent,
    OutboundMessage,
    OutboundStatus,
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
from tests.support import FakeClock, mail, text_of

A = "a.dewit@gemeente-a.nl"
FULL = {"status": "5.2.2", "diagnostic": "smtp; 552 5.2.2 <a.dewit@gemeente-a.nl>: Mailbox full"}


def bounce_once(app: App, address: str = A, **kw: str) -> None:
    """Send a mailing and let the member's copy bounce back through the VERP return path."""
    raw = mailing(app)[address]
    deliver(app, dsn(raw, address, **kw), envelope_to=return_path(raw))


def outbox(app: App, purpose: str) -> list[OutboundMessage]:
    with app.factory() as session:
        return list(session.scalars(select(OutboundMessage).where(OutboundMessage.purpose == purpose)))


def body(row: OutboundMessage) -> str:
    return text_of(email.message_from_bytes(row.raw, policy=email.policy.default))  # type: ignore[arg-type]


def history(app: App, address: str = A) -> list[str]:
    with app.factory() as session:
        return list(
            session.scalars(
                select(MemberEvent.event)
                .where(MemberEvent.member_id == member(app, address).id)
                .order_by(MemberEvent.id)
            )
        )


def deliverable(app: App) -> list[str]:
    with app.factory() as session:
        return [m.email for m in deliverable_members(session)]


def test_a_hard_bounce_disables_at_once_and_grace_ends_in_removal(app: App, clock: FakeClock) -> None:
    add_member(app, A)
    add_member(app, "b@gemeente-b.nl")
    bounce_once(app)
    result = score(app)
    m = member(app, A)
    assert result.disabled == [A] and m.delivery == Delivery.DISABLED
    assert m.delivery_reason.startswith("harde bounce op 02-11-2026: 5.1.1 userunknown")  # type: ignore[union-attr]
    assert outbox(app, "bounce_waarschuwing") == []  # the address does not work: no warning
    assert deliverable(app) == ["b@gemeente-b.nl"]
    assert A not in mailing(app)

    clock.advance(days=13, hours=23)
    assert not score(app).removed and member(app, A).delivery == Delivery.DISABLED
    clock.advance(hours=1)
    assert score(app).removed == [A]
    assert member(app, A).delivery == Delivery.REMOVED
    [notice] = outbox(app, "bounces_verwijderd")
    assert notice.to_addr == app.settings.service.secretariat and notice.status == OutboundStatus.SENT
    text = body(notice)
    assert A in text and "mailservice members enable" in text and "5.1.1 userunknown" in text
    assert history(app)[-2:] == ["delivery_disabled", "delivery_removed"]
    assert not score(app).mails  # told once


def test_soft_bounces_on_five_different_days_disable_and_warn(app: App, clock: FakeClock) -> None:
    add_member(app, A)
    for day in range(4):
        bounce_once(app, **FULL)
        score(app)
        assert member(app, A).bounce_score == day + 1 and member(app, A).delivery == Delivery.ENABLED
        clock.advance(days=1)
    bounce_once(app, **FULL)
    result = score(app)
    assert result.disabled == [A] and result.warned == [A]
    m = member(app, A)
    assert m.delivery == Delivery.DISABLED and m.bounce_score == 5
    assert m.delivery_reason.startswith("zachte bounces op 5 verschillende dagen binnen 21 dagen")  # type: ignore[union-attr]
    [warning] = outbox(app, "bounce_waarschuwing")
    assert warning.to_addr == A and warning.status == OutboundStatus.SENT and warning.mailing_id is None
    assert "postvak vol" in body(warning) and "bounce_warning" in history(app)
    assert {e.severity for e in events(app)} == {"soft"} and {e.reason for e in events(app)} == {"mailboxfull"}


def test_many_soft_bounces_on_one_day_count_once(app: App) -> None:
    add_member(app, A)
    for _ in range(6):
        bounce_once(app, **FULL)
    score(app)
    assert member(app, A).bounce_score == 1 and member(app, A).delivery == Delivery.ENABLED


def test_the_window_drops_old_soft_bounces(app: App, clock: FakeClock) -> None:
    add_member(app, A)
    for _ in range(4):  # days 0, 6, 12, 18: gaps under the quiet period, so no decay
        bounce_once(app, **FULL)
        score(app)
        clock.advance(days=6)
    bounce_once(app, **FULL)  # day 24: day 0 has left the 21-day window
    score(app)
    assert member(app, A).bounce_score == 4 and member(app, A).delivery == Delivery.ENABLED
    clock.advance(days=1)
    bounce_once(app, **FULL)  # day 25: 6, 12, 18, 24, 25
    assert score(app).disabled == [A]


def test_a_quiet_period_wipes_the_count(app: App, clock: FakeClock) -> None:
    add_member(app, A)
    for _ in range(4):
        bounce_once(app, **FULL)
        clock.advance(days=1)
    score(app)
    assert member(app, A).bounce_score == 4
    clock.advance(days=7, hours=1)  # 8 days since the last bounce
    score(app)
    assert member(app, A).bounce_score == 0 and history(app)[-1] == "bounce_score_reset"
    bounce_once(app, **FULL)
    score(app)
    assert member(app, A).bounce_score == 1 and member(app, A).delivery == Delivery.ENABLED


def test_delays_and_spam_refusals_do_not_disable(app: App, clock: FakeClock) -> None:
    add_member(app, A)
    for _ in range(5):
        bounce_once(
            app, status="4.4.7", action="delayed", diagnostic="smtp; 451 4.4.7 Delivery time expired, still trying"
        )
        clock.advance(days=1)
    # Mailman #624: a 5.7.1 spam refusal says nothing about the address.
    bounce_once(app, status="5.7.1", diagnostic="smtp; 550 5.7.1 Message rejected as spam by Content Filtering")
    score(app)
    assert [e.severity for e in events(app)] == ["delayed"] * 5 + ["soft"]
    assert events(app)[-1].reason == "spamdetected"
    assert member(app, A).bounce_score == 1 and member(app, A).delivery == Delivery.ENABLED


def test_the_member_writing_in_re_enables_and_old_bounces_stop_counting(app: App, clock: FakeClock) -> None:
    add_member(app, A, name="Anna de Wit")
    bounce_once(app)
    score(app)
    assert member(app, A).delivery == Delivery.DISABLED
    clock.advance(days=2)
    deliver(
        app, mail(f"Anna de Wit <{A}>", "Vraag over het atelier", "Wanneer is het volgende atelier?"), envelope_from=A
    )
    m = member(app, A)
    assert m.delivery == Delivery.ENABLED and m.delivery_reason.startswith("lid schreef opnieuw")  # type: ignore[union-attr]
    score(app)
    assert member(app, A).delivery == Delivery.ENABLED  # the hard bounce before that no longer counts
    assert A in mailing(app)


def test_a_warned_member_who_answers_gets_mail_again(app: App, clock: FakeClock) -> None:
    add_member(app, A)
    for _ in range(5):
        bounce_once(app, **FULL)
        clock.advance(days=1)
    score(app)
    [warning] = outbox(app, "bounce_waarschuwing")
    deliver(
        app,
        mail(f"Anna de Wit <{A}>", f"Re: {warning.subject}", "Graag weer ontvangen.", in_reply_to=warning.message_id),
        envelope_from=A,
    )
    assert member(app, A).delivery == Delivery.ENABLED
    clock.advance(days=20)
    assert not score(app).removed


def test_disabling_cancels_the_members_queued_mailing_rows(app: App) -> None:
    add_member(app, A)
    raw = mailing(app)[A]
    from mailservice.outbound.mailings import enqueue_mailing

    with transaction(app.factory) as session:  # a second mailing, queued but not yet sent
        enqueue_mailing(
            session,
            "mededeling",
            deliverable_members(session),
            lambda m: {"name": m.name, "onderwerp": "Tweede", "alineas": ["x"]},
            outbox=app.outbox,
        )
    deliver(app, dsn(raw, A), envelope_to=return_path(raw))  # (deliver drains nothing)
    score(app)
    with app.factory() as session:
        statuses = sorted(session.scalars(select(OutboundMessage.status).where(OutboundMessage.to_addr == A)))
    assert statuses == [OutboundStatus.CANCELLED, OutboundStatus.SENT]


def test_the_digest_section_sums_up_the_period(app: App, clock: FakeClock) -> None:
    from mailservice.bouncelog.summary import summary

    start = clock()
    add_member(app, A)
    add_member(app, "b@gemeente-b.nl")
    bounce_once(app)
    raw = mailing(app)["b@gemeente-b.nl"]
    deliver(app, dsn(raw, "b@gemeente-b.nl", **FULL), envelope_to=return_path(raw))
    deliver(
        app,
        dsn(b"From: info@ambtelijkefusie.nl\r\nTo: x@elders.example\r\n\r\n", "x@elders.example", headers_only=True),
    )
    score(app)
    with app.factory() as session:
        s = summary(session, start)
    assert s.by_severity == {"hard": 2, "soft": 1} and s.unattributed == 1
    assert s.disabled == (A,) and s.removed == () and s.still_disabled == 1 and not s.empty
