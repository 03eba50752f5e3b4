"""Edit, end and a new address (issue 16): through the casework functions the CLI and the console call, each a
member event with who did it and an audit row; the new address confirms by mail before it receives anything."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice import audit
from mailservice.app import App
from mailservice.casework import addresses
from mailservice.casework import members as casework
from mailservice.casework.record import CaseworkError
from mailservice.cli import main
from mailservice.store.models import InboundMessage, Member, MemberEvent
from tests.casework.helpers import audit_rows, events, join, last_to, member, sent
from tests.support import deliver, mail, text_of

CONSOLE = audit.Actor("melanie", "192.0.2.7")


def test_edit_records_each_change_with_who_did_it(app: App) -> None:
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<j1@gemeente-b.nl>")
    with app.factory() as s, s.begin():
        karel = s.scalars(select(Member)).one()
        done = casework.edit(
            s, app.ingest.env, CONSOLE, karel, casework.Edit(name="Karel  Smit", organisation="Werkorganisatie BBR")
        )
        assert done == ["organisatie: (leeg) -> 'Werkorganisatie BBR'"]  # the name was the same, spaces aside
        again = casework.edit(s, app.ingest.env, CONSOLE, karel, casework.Edit(role="adviesraad"))
        assert again == ["rol: lid -> Adviesraad"]
        with pytest.raises(CaseworkError):
            casework.edit(s, app.ingest.env, CONSOLE, karel, casework.Edit(role="voorzitter"))
    row = member(app, "k.smit@gemeente-b.nl")
    assert row is not None and row.organisation == "Werkorganisatie BBR" and row.role == "adviesraad"
    assert events(app, row.id)[-2:] == [("edited", "console:melanie"), ("role_changed", "console:melanie")]
    entries = [e for e in audit_rows(app) if e.actor == "melanie"]
    assert [e.subject for e in entries] == ["k.smit@gemeente-b.nl"] * 2 and entries[0].address == "192.0.2.7"


def test_end_membership_voids_open_confirmations(app: App) -> None:
    deliver(app, mail(sender="Karel Smit <k.smit@gemeente-b.nl>", msgid="<s1@gemeente-b.nl>"))
    request = last_to(app, "k.smit@gemeente-b.nl")
    with app.factory() as s, s.begin():
        casework.end(s, app.ingest.env, audit.CLI, s.scalars(select(Member)).one(), reason="dubbele aanmelding")
    # The reference mailed before can no longer make a member.
    deliver(app, mail(sender="k.smit@gemeente-b.nl", subject=f"RE: {request['Subject']}", body="Ja"))
    row = member(app, "k.smit@gemeente-b.nl")
    assert row is not None and row.status == "unsubscribed"
    assert ("removed", "cli") in events(app, row.id)


def test_an_address_change_keeps_the_history_and_waits_for_the_new_address(app: App) -> None:
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<j1@gemeente-b.nl>")
    before = member(app, "k.smit@gemeente-b.nl")
    assert before is not None
    history = events(app, before.id)
    with app.factory() as s, s.begin():
        addresses.request_change(s, app.ingest.env, CONSOLE, s.get(Member, before.id), "K.Smit@Werkorganisatie-B.nl")
    app.sender.drain()
    request = last_to(app, "k.smit@werkorganisatie-b.nl")
    assert request["Subject"].startswith("Bevestig uw nieuwe e-mailadres [ref:AF-")
    assert "van k.smit@gemeente-b.nl naar dit e-mailadres" in text_of(request)
    still = member(app, "k.smit@gemeente-b.nl")
    assert still is not None and still.status == "active"  # nothing moved yet: mail still goes to the old address

    # Someone else answering without the reference, outside the thread: nothing moves.
    deliver(app, mail(sender="k.smit@werkorganisatie-b.nl", subject="Ja", body="Ja"))
    assert member(app, "k.smit@werkorganisatie-b.nl") is None

    deliver(
        app,
        mail(
            sender="Karel Smit <k.smit@werkorganisatie-b.nl>",
            subject=f"RE: {request['Subject']}",
            body="Klopt.",
            in_reply_to=request["Message-ID"],
        ),
    )
    moved = member(app, "k.smit@werkorganisatie-b.nl")
    assert moved is not None and moved.id == before.id and moved.status == "active"
    assert member(app, "k.smit@gemeente-b.nl") is None
    after = events(app, moved.id)
    assert after[: len(history)] == history  # the whole history, the proof of consent, moved along
    assert after[len(history) :] == [("address_change_requested", "console:melanie"), ("address_changed", "system")]
    done = last_to(app, "k.smit@werkorganisatie-b.nl")
    assert done["Subject"] == "Uw nieuwe e-mailadres is bevestigd"
    with app.factory() as s:
        changed = s.scalars(select(MemberEvent).where(MemberEvent.event == "address_changed")).one()
        assert changed.detail is not None and "k.smit@gemeente-b.nl -> k.smit@werkorganisatie-b.nl" in changed.detail


def test_a_thread_reply_from_the_new_address_confirms_too(app: App) -> None:
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<j1@gemeente-b.nl>")
    with app.factory() as s, s.begin():
        addresses.request_change(s, app.ingest.env, audit.CLI, s.scalars(select(Member)).one(), "karel@bbr.nl")
    app.sender.drain()
    request = last_to(app, "karel@bbr.nl")
    deliver(app, mail(sender="karel@bbr.nl", subject="RE: uw bericht", body="Ja", in_reply_to=request["Message-ID"]))
    assert member(app, "karel@bbr.nl") is not None


def test_an_address_that_belongs_to_another_member_is_refused(app: App) -> None:
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<j1@gemeente-b.nl>")
    join(app, "Ilse de Boer <i.deboer@gemeente-b.nl>", "<j2@gemeente-b.nl>")
    with app.factory() as s, s.begin(), pytest.raises(CaseworkError, match="ander lid"):
        karel = s.scalars(select(Member).where(Member.email == "k.smit@gemeente-b.nl")).one()
        addresses.request_change(s, app.ingest.env, audit.CLI, karel, "i.deboer@gemeente-b.nl")


def test_the_cli_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("MAILSERVICE_") and name != "MAILSERVICE_CORPUS":
            monkeypatch.delenv(name)
    assert (
        main(["members", "invite", "i.deboer@gemeente-b.nl", "--naam", "Ilse de Boer", "--namens", "Karel Smit"]) == 0
    )
    assert main(["members", "edit", "i.deboer@gemeente-b.nl", "--functie", "algemeen directeur"]) == 0
    assert main(["members", "change-address", "i.deboer@gemeente-b.nl", "ilse@bbr.nl"]) == 1  # not active yet
    assert main(["members", "end", "i.deboer@gemeente-b.nl", "--reden", "op verzoek"]) == 0
    assert main(["members", "end", "i.deboer@gemeente-b.nl"]) == 1  # already gone: one line, exit 1
    out, err = capsys.readouterr()
    assert "is uitgenodigd" in out and "functie: (leeg) -> 'algemeen directeur'" in out
    assert err.count("\n") == 2 and "geen actief lid" in err and "geen lid (meer)" in err
    invitation = (tmp_path / "var" / "outbox" / "new").iterdir()
    assert any(b"Op verzoek van Karel Smit" in p.read_bytes() for p in invitation)
    assert main(["members", "show", "i.deboer@gemeente-b.nl"]) == 0
    shown = capsys.readouterr().out
    assert "uitgenodigd" in shown and "secretariaat" in shown


def test_a_new_address_by_mail_moves_the_member_after_the_new_address_confirms(app: App) -> None:
    """ "Per 1 januari wijzigt mijn e-mailadres in ...", in reply to our welcome (that reply is the evidence)."""
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<j1@gemeente-b.nl>")
    before = member(app, "k.smit@gemeente-b.nl")
    assert before is not None
    welcome = last_to(app, "k.smit@gemeente-b.nl")
    body = "Per 1 januari wijzigt mijn e-mailadres in k.smit@werkorganisatie-b.nl. Wilt u dat aanpassen?"
    deliver(
        app,
        mail(
            sender="Karel Smit <k.smit@gemeente-b.nl>",
            subject=f"RE: {welcome['Subject']}",
            body=body,
            in_reply_to=welcome["Message-ID"],
        ),
    )
    request = last_to(app, "k.smit@werkorganisatie-b.nl")
    assert request["Subject"].startswith("Bevestig uw nieuwe e-mailadres [ref:AF-")
    deliver(
        app,
        mail(
            sender="k.smit@werkorganisatie-b.nl",
            subject=f"RE: {request['Subject']}",
            body="Ja",
            in_reply_to=request["Message-ID"],
        ),
    )
    moved = member(app, "k.smit@werkorganisatie-b.nl")
    assert moved is not None and moved.id == before.id
    assert ("address_change_requested", "system") in events(app, moved.id)


def test_a_new_address_by_mail_without_evidence_goes_to_the_secretariat(app: App) -> None:
    """Anyone can write a member's address in From: without evidence the member's mail is not moved."""
    join(app, "Karel Smit <k.smit@gemeente-b.nl>", "<j1@gemeente-b.nl>")
    count = len(sent(app))
    body = "Mijn nieuwe e-mailadres is karel@aanvaller.example."
    deliver(app, mail(sender="Karel Smit <k.smit@gemeente-b.nl>", subject="Nieuw adres", body=body))
    assert len(sent(app)) == count  # nothing mailed to the new address
    with app.factory() as s:
        row = s.scalars(select(InboundMessage).order_by(InboundMessage.id.desc())).first()
        assert row is not None and row.status == "unhandled"
        assert "mailservice members change-address k.smit@gemeente-b.nl karel@aanvaller.example" in (row.reason or "")
