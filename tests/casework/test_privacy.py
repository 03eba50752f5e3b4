"""The AVG rights (issue 16): an access request gets the export at the member's own address; an erasure, confirmed
by the member, leaves no personal data of that person in any column of any table or in any stored message."""

from __future__ import annotations

import base64
import email
import email.policy
import json
from datetime import timedelta

import pytest
from sqlalchemy import LargeBinary, select

from mailservice import audit, member_data
from mailservice.app import App
from mailservice.casework import privacy
from mailservice.store.models import Base, BounceEvent, InboundMessage, Member, MemberEvent, Suggestion
from tests.casework.helpers import join, last_to, member, sent
from tests.casework.test_mail_requests import ON_BEHALF
from tests.support import FakeClock, deliver, mail, text_of


def test_an_access_request_gets_the_export_at_the_members_own_address(app: App) -> None:
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<j1@gemeente-b.nl>")
    with app.factory() as s, s.begin():
        karel = s.scalars(select(Member)).one()
        expected = json.loads(member_data.gather(s, karel).as_json())  # what the data page shows at that moment
        privacy.send_export(s, app.ingest.env, audit.CLI, karel)
    app.sender.drain()
    export = last_to(app, "k.smit@gemeente-b.nl")
    assert export["Subject"] == "Uw gegevens bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
    attachments = [p for p in export.iter_attachments() if p.get_filename() == "gegevens.json"]
    assert len(attachments) == 1
    assert json.loads(attachments[0].get_content()) == expected  # the data page's own gathering, not a copy
    summary = text_of(export)
    assert "E-mailadres: k.smit@gemeente-b.nl" in summary and "aanmelding bevestigd (per e-mail)" in summary
    assert "365 dagen" in summary and "730 dagen" in summary  # the periods come from [privacy]


def _personal_data_left(app: App, needles: list[str]) -> list[str]:
    """Every place (table.column #id) where one of ``needles`` is still found, raw messages decoded too."""
    found = []
    with app.factory() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table)).mappings():
                for column in table.columns:
                    value = row[column.name]
                    if value is None:
                        continue
                    if isinstance(column.type, LargeBinary):
                        raw = bytes(value)
                        text = raw.decode("utf-8", "replace")
                        if raw:
                            msg = email.message_from_bytes(raw, policy=email.policy.default)
                            text += "".join(
                                str(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"
                            )
                    else:
                        text = value if isinstance(value, str) else json.dumps(value, default=str)
                    hits = [n for n in needles if n.lower() in text.lower()]
                    if hits:
                        found.append(f"{table.name}.{column.name} #{row.get('id')}: {hits}")
    return found


def test_an_erasure_confirmed_by_the_member_leaves_nothing_of_her(app: App, clock: FakeClock) -> None:
    # Signed up by her secretary (that mail names her), confirmed, a suggestion, a bounce.
    deliver(app, mail(sender="Petra de Vries <p.devries@werkorganisatie-x.nl>", subject="Aanmelding", body=ON_BEHALF))
    request = last_to(app, "a.bakker@werkorganisatie-x.nl")
    anna = "Anna Bakker <a.bakker@werkorganisatie-x.nl>"
    reply = mail(sender=anna, subject=f"RE: {request['Subject']}", body="Ja, graag.", in_reply_to=request["Message-ID"])
    deliver(app, reply)
    clock.advance(days=1)
    deliver(
        app,
        mail(
            sender=anna,
            subject="Thema voor het atelier",
            body="Ik stel voor het thema digitalisering van werkprocessen te bespreken.",
        ),
    )
    with app.factory() as s, s.begin():
        row = s.scalars(select(Member).where(Member.email == "a.bakker@werkorganisatie-x.nl")).one()
        member_id = row.id
        s.add(BounceEvent(at=clock(), kind="dsn", member_id=row.id, address=row.email, status="4.2.2"))
    suggestions_before = _suggestions(app, member_id)
    assert suggestions_before and suggestions_before[0][2] is not None
    assert _personal_data_left(app, ["a.bakker@werkorganisatie-x.nl", "Anna Bakker"])

    clock.advance(days=30)
    deliver(
        app,
        mail(
            sender=anna,
            subject="Verwijderen gegevens",
            body="Op grond van artikel 17 AVG verzoek ik u al mijn gegevens te verwijderen.",
        ),
    )
    ask = last_to(app, "a.bakker@werkorganisatie-x.nl")
    assert ask["Subject"].startswith("Bevestig uw verzoek: uw gegevens verwijderen [ref:AF-")
    assert member(app, "a.bakker@werkorganisatie-x.nl") is not None  # nothing erased before she confirms

    # An echo without a yes of her own erases nothing (it cannot be undone).
    deliver(app, mail(sender=anna, subject=f"RE: {ask['Subject']}", body="", in_reply_to=ask["Message-ID"]))
    assert member(app, "a.bakker@werkorganisatie-x.nl") is not None

    deliver(app, mail(sender=anna, subject=f"RE: {ask['Subject']}", body="Ja", in_reply_to=ask["Message-ID"]))
    assert member(app, "a.bakker@werkorganisatie-x.nl") is None
    left = _personal_data_left(app, ["a.bakker@werkorganisatie-x.nl", "Anna Bakker"])
    assert left == [], left

    # What stays: the anonymised row with the proof that consent was given and withdrawn, and the suggestion's
    # themes for the tally. Nothing was mailed after the erasure.
    with app.factory() as s:
        kept = s.get(Member, member_id)
        assert kept is not None and kept.name is None and kept.email.endswith("@verwijderd.invalid")
        assert kept.confirmed_at is not None and kept.left_at is not None and kept.status == "unsubscribed"
        history = list(
            s.scalars(select(MemberEvent).where(MemberEvent.member_id == member_id).order_by(MemberEvent.id))
        )
        assert [e.event for e in history] == ["confirmed", "erasure_requested", "erased"]
        assert all(e.inbound_id is None and e.outbound_id is None for e in history)
        assert s.scalars(select(BounceEvent)).all() == []
    assert [(t, tp) for t, tp, _ in _suggestions(app, member_id)] == [(t, tp) for t, tp, _ in suggestions_before]
    assert all(inbound is None for _, _, inbound in _suggestions(app, member_id))
    assert sent(app)[-1]["Message-ID"] == ask["Message-ID"]


def _suggestions(app: App, member_id: int) -> list[tuple[list[str], list[str], int | None]]:
    with app.factory() as s:
        return [
            (row.themes, row.topics, row.inbound_id)
            for row in s.scalars(select(Suggestion).where(Suggestion.member_id == member_id))
        ]


def test_an_erasure_request_from_someone_unknown_goes_to_the_secretariat(app: App) -> None:
    deliver(app, mail(sender="onbekend@gemeente-z.nl", subject="AVG", body="Verwijder al mijn gegevens (artikel 17)."))
    assert sent(app) == []


def test_erasure_keeps_other_people(app: App, clock: FakeClock) -> None:
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<j1@gemeente-b.nl>")
    join(app, "Ilse de Boer <i.deboer@gemeente-b.nl>", "<j2@gemeente-b.nl>")
    clock.advance(days=1)
    with app.factory() as s, s.begin():
        karel = s.scalars(select(Member).where(Member.email == "k.smit@gemeente-b.nl")).one()
        # The audit log names him in its words ("gemaild naar ..."): the search over every column finds that too.
        privacy.send_export(s, app.ingest.env, audit.CLI, karel)
        privacy.erase(s, app.ingest.env, audit.CLI, karel, how="test")
    ilse = member(app, "i.deboer@gemeente-b.nl")
    assert ilse is not None and ilse.name == "Ilse de Boer" and ilse.status == "active"
    assert _personal_data_left(app, ["i.deboer@gemeente-b.nl"])  # her own mail is all still there
    assert _personal_data_left(app, ["k.smit@gemeente-b.nl", "Karel Smit"]) == []
    assert timedelta(0) <= clock() - ilse.updated_at


ACCESS_REQUEST = """Geachte heer, mevrouw,

Op grond van artikel 15 AVG verzoek ik u om inzage in de persoonsgegevens die u van mij verwerkt.

Met vriendelijke groet,
Karel Smit
"""


def test_an_access_request_by_mail_is_answered_with_the_export(app: App) -> None:
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<j1@gemeente-b.nl>")
    deliver(app, mail(sender="Karel Smit <k.smit@gemeente-b.nl>", subject="Inzageverzoek", body=ACCESS_REQUEST))
    export = last_to(app, "k.smit@gemeente-b.nl")
    assert export["Subject"].startswith("Uw gegevens bij het")
    assert [p.get_filename() for p in export.iter_attachments()] == ["gegevens.json"]
    assert "aanmelding bevestigd (per e-mail)" in text_of(export)
    # The same request from an address we do not know: the secretariat answers; nothing is mailed.
    before = len(sent(app))
    deliver(app, mail(sender="onbekend@gemeente-z.nl", subject="Inzageverzoek", body=ACCESS_REQUEST))
    assert len(sent(app)) == before


def test_another_persons_message_that_names_her_is_redacted_not_deleted(app: App, clock: FakeClock) -> None:
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<j1@gemeente-b.nl>")
    join(app, "Ilse de Boer <i.deboer@gemeente-b.nl>", "<j2@gemeente-b.nl>")
    note = "Is er parkeergelegenheid? Ik neem mijn collega Ilse de Boer (i.deboer@gemeente-b.nl) misschien mee."
    karels = deliver(app, mail(sender="Karel Smit <k.smit@gemeente-b.nl>", subject="Vraag", body=note))
    with app.factory() as s, s.begin():
        ilse = s.scalars(select(Member).where(Member.email == "i.deboer@gemeente-b.nl")).one()
        privacy.erase(s, app.ingest.env, audit.CLI, ilse, how="test")
    assert _personal_data_left(app, ["i.deboer@gemeente-b.nl", "Ilse de Boer"]) == []
    with app.factory() as s:
        kept = s.get(InboundMessage, karels)
        assert kept is not None and kept.sender == "k.smit@gemeente-b.nl"  # Karel's message stays, without her
        assert b"[verwijderd]" in kept.raw and b"parkeergelegenheid" in kept.raw


@pytest.mark.parametrize(
    "raw",
    [
        b"Subject: x\r\n\r\nmijn collega Ilse de Boer komt mee\r\n",
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\nmijn collega Ilse de =\r\nBoer komt mee\r\n",
        b"From: =?utf-8?q?Ilse_de_Boer?= <x@y.nl>\r\n\r\nhallo\r\n",
        b"From: =?utf-8?b?SWxzZSBkZSBCb2Vy?= <x@y.nl>\r\n\r\nhallo\r\n",
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(b"mijn collega Ilse de Boer komt mee")
        + b"\r\n",
    ],
)
def test_a_name_is_found_however_the_message_encodes_it(raw: bytes) -> None:
    assert privacy._mentions(raw, ["ilse de boer"])
    assert not privacy._mentions(raw, ["ilse de wit"])


def test_a_name_beyond_ascii_is_found_in_a_latin1_body() -> None:
    raw = (
        b"Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"groeten van Marieke de Vries-=D6l=E7er\r\n"
    )
    assert privacy._mentions(raw, ["marieke de vries-ölçer"])
