"""Issue 16's requests as mail through the real pipeline (store -> classify -> act -> outbox -> Maildir): an
on-behalf sign-up greets the director by her own name, a hand-over invites the successor with opt-in."""

from __future__ import annotations

from sqlalchemy import select

from mailservice.app import App
from mailservice.store.models import InboundMessage, OutboundMessage
from tests.casework.helpers import events, join, last_to, member, sent
from tests.support import deliver, mail, text_of

ON_BEHALF = """Goedemiddag,

Namens onze directeur, mevrouw Anna Bakker (a.bakker@werkorganisatie-x.nl), wil ik haar graag aanmelden voor het
netwerk.

Met vriendelijke groet,
Petra de Vries
Managementassistent
Werkorganisatie X
"""


def test_on_behalf_sign_up_greets_the_director_by_her_own_name(app: App) -> None:
    deliver(app, mail(sender="Petra de Vries <p.devries@werkorganisatie-x.nl>", subject="Aanmelding", body=ON_BEHALF))
    director = member(app, "a.bakker@werkorganisatie-x.nl")
    assert director is not None and director.status == "pending"
    assert director.name == "Anna Bakker"  # the name next to her address, not the signature's
    assert director.function == "directeur"  # not the secretary's "Managementassistent"
    request = last_to(app, "a.bakker@werkorganisatie-x.nl")
    assert "Beste Anna Bakker," in text_of(request)
    assert "Petra" not in text_of(request).split("Via")[0]
    ack = last_to(app, "p.devries@werkorganisatie-x.nl")  # the requester: a short acknowledgement
    assert ack["Subject"] == "Aanmelding ontvangen voor Anna Bakker"
    assert "Beste Petra de Vries," in text_of(ack) and "zelf is bevestigd" in text_of(ack)

    deliver(
        app,
        mail(
            sender="Anna Bakker <a.bakker@werkorganisatie-x.nl>",
            subject=f"RE: {request['Subject']}",
            body="Ja, graag.",
            in_reply_to=request["Message-ID"],
        ),
    )
    welcome = last_to(app, "a.bakker@werkorganisatie-x.nl")
    assert welcome["Subject"].startswith("Welkom bij het Netwerk")
    assert "Beste Anna Bakker," in text_of(welcome)
    active = member(app, "a.bakker@werkorganisatie-x.nl")
    assert active is not None and active.status == "active" and active.name == "Anna Bakker"


HAND_OVER = """Beste secretariaat,

Per 1 maart vertrek ik bij de werkorganisatie. Mijn opvolger is Ilse de Boer, i.deboer@gemeente-b.nl. Wilt u haar
uitnodigen voor het netwerk?

Met vriendelijke groet,
Karel Smit
"""


def test_a_hand_over_invites_the_successor_with_opt_in_and_tells_the_predecessor(app: App) -> None:
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<join-karel@gemeente-b.nl>")
    deliver(app, mail(sender="Karel Smit <k.smit@gemeente-b.nl>", subject="Vertrek", body=HAND_OVER))

    successor = member(app, "i.deboer@gemeente-b.nl")
    assert successor is not None and successor.status == "pending" and successor.name == "Ilse de Boer"
    invitation = last_to(app, "i.deboer@gemeente-b.nl")
    assert "[ref:AF-" in invitation["Subject"] and invitation["Subject"].startswith("Uitnodiging: word lid")
    body = text_of(invitation)
    assert "Beste Ilse de Boer," in body and "Karel Smit (k.smit@gemeente-b.nl)" in body and "opvolger" in body
    told = [m for m in sent(app) if m["To"] == "k.smit@gemeente-b.nl" and "opvolger" in m["Subject"].lower()]
    assert len(told) == 1 and "Ilse de Boer (i.deboer@gemeente-b.nl)" in text_of(told[0])
    assert ("invited", "system") in events(app, successor.id)

    # An echo of the invitation (an empty reply, a helpdesk keeping the subject) is no consent: nothing changes.
    deliver(
        app,
        mail(
            sender="i.deboer@gemeente-b.nl",
            subject=f"RE: {invitation['Subject']}",
            body="",
            in_reply_to=invitation["Message-ID"],
        ),
    )
    still = member(app, "i.deboer@gemeente-b.nl")
    assert still is not None and still.status == "pending"
    # Her own yes makes her a member.
    deliver(
        app,
        mail(
            sender="Ilse de Boer <i.deboer@gemeente-b.nl>",
            subject=f"RE: {invitation['Subject']}",
            body="Ja, graag!",
            in_reply_to=invitation["Message-ID"],
        ),
    )
    joined = member(app, "i.deboer@gemeente-b.nl")
    assert joined is not None and joined.status == "active"
    assert "Beste Ilse de Boer," in text_of(last_to(app, "i.deboer@gemeente-b.nl"))


def test_a_hand_over_from_someone_who_is_no_member_goes_to_the_secretariat(app: App) -> None:
    deliver(app, mail(sender="Karel Smit <k.smit@gemeente-b.nl>", subject="Vertrek", body=HAND_OVER))
    assert member(app, "i.deboer@gemeente-b.nl") is None
    assert sent(app) == []
    with app.factory() as s:
        row = s.scalars(select(InboundMessage)).one()
        assert row.status == "unhandled" and "geen actief lid" in (row.reason or "")


def test_hand_overs_naming_the_same_successor_are_capped_like_sign_ups(app: App) -> None:
    """Anyone can write a member's address in From: repeated hand-overs must not flood the successor."""
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<join-karel@gemeente-b.nl>")
    for i in range(4):
        deliver(app, mail(sender="Karel Smit <k.smit@gemeente-b.nl>", subject=f"Vertrek {i}", body=HAND_OVER))
    invitations = [m for m in sent(app) if m["To"] == "i.deboer@gemeente-b.nl"]
    assert len(invitations) == app.settings.outbound.confirmations_per_day
    with app.factory() as s:
        capped = s.scalars(
            select(OutboundMessage).where(
                OutboundMessage.to_addr == "i.deboer@gemeente-b.nl", OutboundMessage.status == "cancelled"
            )
        ).all()
        assert len(capped) == 4 - app.settings.outbound.confirmations_per_day
