"""Issue 12, item 4: answers to one address are capped per 24 hours, in the database (so across restarts and
processes); what a limit stops is kept as a cancelled row with the reason, never dropped unseen."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from mailservice import tokens
from mailservice.app import App
from mailservice.jobs.digest import gather, has_news
from mailservice.outbound.outbox import LIMIT_REACHED
from mailservice.store.models import Member, MemberStatus, OutboundMessage, OutboundStatus
from tests.support import FakeClock, deliver, mail, outbox_messages

VICTIM = "helpdesk@gemeente-v.nl"


def rows_to(app: App, address: str) -> list[OutboundMessage]:
    with app.factory() as session:
        return list(session.scalars(select(OutboundMessage).where(OutboundMessage.to_addr == address)))


def test_ten_forged_sign_ups_send_two_confirmation_requests(app: App, clock: FakeClock) -> None:
    for n in range(10):
        deliver(app, mail(f"aanvaller{n}@elders.example", "Aanmelden", f"Graag wil ik {VICTIM} aanmelden."))
    rows = rows_to(app, VICTIM)
    sent = [r for r in rows if r.status != OutboundStatus.CANCELLED]
    capped = [r for r in rows if r.status == OutboundStatus.CANCELLED]
    assert len(sent) == 2 and len(capped) == 8
    assert all((r.last_error or "").startswith(LIMIT_REACHED) for r in capped)
    assert len([m for m in outbox_messages(app.settings.outbound.maildir) if m["To"] == VICTIM]) == 2
    with app.factory() as session:  # the weekly digest tells the secretariat what a limit held back
        digest = gather(session, clock() - timedelta(days=7), clock())
    assert [(c["to"], c["count"]) for c in digest["capped"]] == [(VICTIM, 8)] and has_news(digest)
    clock.advance(hours=25)  # a new day: the limit counts the last 24 hours
    deliver(app, mail("aanvaller@elders.example", "Aanmelden", f"Graag wil ik {VICTIM} aanmelden."))
    assert len([r for r in rows_to(app, VICTIM) if r.status != OutboundStatus.CANCELLED]) == 3


def test_wrong_token_guesses_get_two_answers_a_day(app: App) -> None:
    guesser = "raden@gemeente-r.nl"
    for _ in range(6):
        deliver(app, mail(guesser, f"RE: Bevestig uw aanmelding [ref:{tokens.generate()}]", "Ja"))
    rows = [r for r in rows_to(app, guesser) if r.purpose == "referentie_ongeldig"]
    assert len([r for r in rows if r.status != OutboundStatus.CANCELLED]) == 2
    assert len(rows) == 6  # every one recorded


def test_a_responder_that_answers_our_answers_gets_one_answer(app: App) -> None:
    """A ticket system that keeps our subject and writes words we act on: the loop ends after one answer."""
    robot = "tickets@gemeente-t.nl"
    deliver(app, mail(robot, "Afmelden", "Graag afmelden."))  # not a member: one kind answer
    for _ in range(15):
        [last] = sorted(rows_to(app, robot), key=lambda r: r.id)[-1:]
        deliver(app, mail(robot, f"RE: {last.subject}", "Graag afmelden. Dit is een automatisch gegenereerd "
                          "ticket.", in_reply_to=last.message_id))  # fmt: skip
    sent = [r for r in rows_to(app, robot) if r.status != OutboundStatus.CANCELLED]
    assert len(sent) == 1
    with app.factory() as session:
        assert (
            session.scalars(select(Member).where(Member.email == robot, Member.status == MemberStatus.ACTIVE)).all()
            == []
        )
