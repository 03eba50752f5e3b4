"""Issue 16: optional approval of sign-ups (``membership.approval``, off by default). A confirmed sign-up waits for
the secretariat; the applicant is told; approval welcomes, refusal says so with the reason. Invitations by the
secretariat need no approval, and with approval off nothing changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice import audit
from mailservice.app import App, build
from mailservice.casework import approval, invitations
from mailservice.casework.record import CaseworkError
from mailservice.store.db import transaction
from mailservice.store.models import Member, MemberStatus
from tests.support import FakeClock, deliver, mail, make_settings, outbox_messages, text_of

A = "j.jansen@gemeente-a.nl"


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    application = build(make_settings(tmp_path, membership={"approval": True}), clock=clock)
    yield application
    application.close()


def sign_up_and_confirm(app: App, address: str = A) -> Member:
    deliver(app, mail(sender=f"Jan Jansen <{address}>"))
    request = outbox_messages(app.settings.outbound.maildir)[-1]
    deliver(
        app,
        mail(
            sender=f"Jan Jansen <{address}>",
            subject=f"Re: {request['Subject']}",
            body="Ja",
            in_reply_to=request["Message-ID"],
        ),
    )
    with app.factory() as session:
        member = session.scalars(select(Member).where(Member.email == address)).one()
        session.expunge(member)
        return member


def last(app: App):  # type: ignore[no-untyped-def]
    return outbox_messages(app.settings.outbound.maildir)[-1]


def test_a_confirmed_sign_up_waits_and_the_applicant_is_told(app: App) -> None:
    member = sign_up_and_confirm(app)
    assert member.status == MemberStatus.APPROVAL and member.confirmed_at is not None
    assert last(app)["Subject"] == "Uw aanmelding is bevestigd en in behandeling"
    with transaction(app.factory) as session:
        approval.approve(session, app.ingest.env, audit.CLI, session.get(Member, member.id))  # type: ignore[arg-type]
    app.sender.drain()
    assert last(app)["Subject"].startswith("Welkom bij het")
    with app.factory() as session:
        assert session.get(Member, member.id).status == MemberStatus.ACTIVE  # type: ignore[union-attr]


def test_a_refusal_says_so_with_the_reason(app: App) -> None:
    member = sign_up_and_confirm(app)
    with transaction(app.factory) as session:
        approval.refuse(session, app.ingest.env, audit.CLI, session.get(Member, member.id), "U bent teamleider.")  # type: ignore[arg-type]
    app.sender.drain()
    refusal = text_of(last(app))
    assert "niet aannemen" in refusal and "U bent teamleider." in refusal
    with app.factory() as session:
        assert session.get(Member, member.id).status == MemberStatus.UNSUBSCRIBED  # type: ignore[union-attr]
        with pytest.raises(CaseworkError):
            approval.approve(session, app.ingest.env, audit.CLI, session.get(Member, member.id))  # type: ignore[arg-type]


def test_an_invitation_needs_no_approval(app: App) -> None:
    with transaction(app.factory) as session:
        invitations.invite(session, app.ingest.env, audit.CLI, A, name="Jan Jansen")
    app.sender.drain()
    invitation = last(app)
    deliver(
        app,
        mail(
            sender=f"Jan Jansen <{A}>",
            subject=f"Re: {invitation['Subject']}",
            body="Ja, graag.",
            in_reply_to=invitation["Message-ID"],
        ),
    )
    with app.factory() as session:
        assert session.scalars(select(Member).where(Member.email == A)).one().status == MemberStatus.ACTIVE


def test_approval_is_off_by_default(tmp_path: Path, clock: FakeClock) -> None:
    plain = build(make_settings(tmp_path / "standaard"), clock=clock)
    try:
        assert sign_up_and_confirm(plain).status == MemberStatus.ACTIVE
    finally:
        plain.close()
