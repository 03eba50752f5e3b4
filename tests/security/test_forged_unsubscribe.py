"""Issue 12, item 2: an unsubscribe acts at once only with evidence that the member asked (the README's trust
table); otherwise the member is asked at their own address, and nothing changes until they answer. Every
unsubscribe is answered with a mail that can undo it by reply."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice import ingest
from mailservice.actions import membership
from mailservice.app import App, build
from mailservice.classify import Decision, Kind
from mailservice.store.db import transaction
from mailservice.store.models import InboundMessage, Member, MemberStatus, OutboundMessage
from tests.bouncelog.helpers import add_member, mailing
from tests.support import FakeClock, deliver, mail, make_settings, outbox_messages, text_of

A = "a.de.wit@gemeente-a.nl"
B = "b.bakker@gemeente-b.nl"
OURS = "mx.ambtelijkefusie.nl"


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    application = build(make_settings(tmp_path, trust={"authserv_ids": [OURS]}), clock=clock)
    yield application
    application.close()


def status(app: App, address: str) -> str:
    with app.factory() as session:
        return session.scalars(select(Member.status).where(Member.email == address)).one()


def last_to(app: App, address: str):  # type: ignore[no-untyped-def]
    return [m for m in outbox_messages(app.settings.outbound.maildir) if m["To"] == address][-1]


def auth(server: str, result: str, domain: str = "gemeente-a.nl") -> dict[str, str]:
    return {"Authentication-Results": f"{server}; dkim={result} header.d={domain}; dmarc={result} header.from={domain}"}


def test_a_forged_unsubscribe_changes_nothing_and_asks_the_member(app: App) -> None:
    add_member(app, A)
    deliver(app, mail(f"Anna <{A}>", "Graag afmelden", "Graag afmelden.", headers=auth(OURS, "fail")))
    assert status(app, A) == MemberStatus.ACTIVE
    question = last_to(app, A)
    assert question["Subject"].startswith("Wilt u zich afmelden? [afmelden:")
    # The forger does not see the question; a second forged mail without its reference changes nothing either.
    deliver(app, mail(f"Anna <{A}>", "RE: Wilt u zich afmelden?", "Ja"))
    assert status(app, A) == MemberStatus.ACTIVE
    # The member answers the question: its reference is the proof.
    deliver(app, mail(A, f"RE: {question['Subject']}", "Ja, graag.", in_reply_to=question["Message-ID"]))
    assert status(app, A) == MemberStatus.UNSUBSCRIBED


@pytest.mark.parametrize(
    ("headers", "acts"),
    [
        (auth(OURS, "pass"), True),  # DMARC/DKIM pass for the From domain, recorded by our own server
        (auth("mx.aanvaller.example", "pass"), False),  # anyone can write this header: not from our server
        (auth(OURS, "pass", domain="aanvaller.example"), False),  # passes, but for another domain
        ({}, False),
    ],
    ids=["ours-pass", "foreign-server", "other-domain", "none"],
)
def test_authentication_results_count_only_from_our_server(app: App, headers: dict[str, str], acts: bool) -> None:
    add_member(app, A)
    deliver(app, mail(f"Anna <{A}>", "Afmelden", "Graag afmelden voor het netwerk.", headers=headers))
    assert status(app, A) == (MemberStatus.UNSUBSCRIBED if acts else MemberStatus.ACTIVE)


def test_our_list_unsubscribe_reference_acts_at_once_but_only_for_its_member(app: App) -> None:
    a, b = add_member(app, A), add_member(app, B)
    token_a, token_b = app.outbox.unsubscribe_token(a), app.outbox.unsubscribe_token(b)
    deliver(app, mail(A, f"Afmelden [afmelden:{token_b}]", "x"))  # B's reference used for A: no proof for A
    assert status(app, A) == MemberStatus.ACTIVE
    deliver(app, mail(A, f"Afmelden [afmelden:{token_a}]", "x"))
    assert status(app, A) == MemberStatus.UNSUBSCRIBED
    assert status(app, B) == MemberStatus.ACTIVE


def test_a_reply_to_our_mail_to_the_member_acts_at_once(app: App) -> None:
    add_member(app, A)
    mailing(app)
    with app.factory() as session:
        msgid = session.scalars(select(OutboundMessage.message_id).where(OutboundMessage.to_addr == A)).one()
    deliver(app, mail(A, "RE: Uitnodiging atelier", "Graag afmelden voor het netwerk.", in_reply_to=msgid))
    assert status(app, A) == MemberStatus.UNSUBSCRIBED


def test_the_goodbye_can_be_undone_by_reply_with_a_new_confirmation(app: App) -> None:
    member_id = add_member(app, A)
    deliver(app, mail(A, f"Afmelden [afmelden:{app.outbox.unsubscribe_token(member_id)}]", "x"))
    goodbye = last_to(app, A)
    assert goodbye["Subject"].startswith("Uw afmelding")
    deliver(app, mail(A, f"RE: {goodbye['Subject']}", "Oeps, ik wil graag lid blijven.",
                      in_reply_to=goodbye["Message-ID"]))  # fmt: skip
    assert last_to(app, A)["Subject"].startswith("Bevestig uw aanmelding [ref:AF-")
    with transaction(app.factory) as session:
        assert session.scalars(select(Member.status).where(Member.email == A)).one() == MemberStatus.PENDING


# An assistant passes on the director's own mail (issue 17): the request concerns the director, at the address in
# the forwarded header. The assistant's domain passing DKIM proves nothing of the director's wish.
FORWARDED = (
    "Hieronder het verzoek van mevrouw De Wit.\n\nMet vriendelijke groet,\nLoes Hermans\ndirectiesecretaresse\n\n"
    f"Van: Wit, Anna de <{A}>\nVerzonden: maandag 22 februari 2027 17:05\n"
    "Aan: Hermans, Loes <l.hermans@gemeente-a.nl>\nOnderwerp: afmelden netwerk\n\n"
    "Loes, wil je mij afmelden bij het netwerk van fusiedirecteuren? Ik ga per 1 april met pensioen.\n\nAnna\n"
)


def test_a_leave_an_assistant_forwards_asks_the_member_even_from_an_authenticated_domain(app: App) -> None:
    add_member(app, A)
    sender = "Loes Hermans <l.hermans@gemeente-a.nl>"
    deliver(app, mail(sender, "FW: afmelden netwerk", FORWARDED, headers=auth(OURS, "pass")))
    assert status(app, A) == MemberStatus.ACTIVE
    question = last_to(app, A)
    assert question["Subject"].startswith("Wilt u zich afmelden? [afmelden:")
    assert "l.hermans@gemeente-a.nl vroeg ons u af te melden" in " ".join(text_of(question).split())
    deliver(app, mail(A, f"RE: {question['Subject']}", "Ja, klopt.", in_reply_to=question["Message-ID"]))
    assert status(app, A) == MemberStatus.UNSUBSCRIBED


@pytest.mark.parametrize("ask_member", [True, False])
def test_a_leave_only_the_model_read_asks_the_member_whatever_the_evidence(app: App, ask_member: bool) -> None:
    add_member(app, A)
    inbound_id = ingest.store(
        app.factory, mail(A, "Pensioen", "Per 1 april ga ik met pensioen."), source="test", clock=app.clock
    )
    decision = Decision(
        kind=Kind.UNSUBSCRIBE,
        reason="test",
        sender=A,
        message_id="<x@gemeente-a.nl>",
        authenticated=((OURS, "dmarc"),),  # would be proof enough for a leave the rules read
        ask_member=ask_member,
    )
    with app.factory() as session, session.begin():
        membership.unsubscribe(session, app.ingest.env, session.get(InboundMessage, inbound_id), decision)
    app.sender.drain()
    if not ask_member:
        assert status(app, A) == MemberStatus.UNSUBSCRIBED
        return
    assert status(app, A) == MemberStatus.ACTIVE
    assert "Uit uw bericht maakten wij op dat u zich wilt afmelden" in " ".join(text_of(last_to(app, A)).split())
