"""The IMAP source against the real Dovecot: filing by outcome, bookmarks, the fallbacks, quarantine."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice.app import App
from mailservice.sources.imap import FolderMissing, ImapSource
from mailservice.store.models import ImapBookmark, InboundMessage
from tests.servers.dovecot import Dovecot
from tests.sources.conftest import imap_settings, make_source
from tests.support import mail, outbox_messages

pytestmark = pytest.mark.servers

BOUNCE = (Path(__file__).parents[1] / "bounces" / "data" / "dsn-multi-recipient.eml").read_bytes()
GARBAGE = b"Subject: ???\r\n\r\n" + bytes(range(32, 127)) * 3 + b"\r\n"


def rows(app: App) -> list[tuple[str, str | None, str]]:
    with app.factory() as session:
        return list(
            session.execute(
                select(InboundMessage.status, InboundMessage.kind, InboundMessage.source).order_by(InboundMessage.id)
            ).all()
        )


def test_poll_once_stores_processes_and_files_by_outcome(app: App, dovecot: Dovecot, user: str) -> None:
    dovecot.append(user, "INBOX", mail(msgid="<a1@gemeente-a.nl>"), BOUNCE, GARBAGE)
    source = make_source(app, imap_settings(dovecot, user))
    result = source.poll_once()
    assert (result.fetched, result.stored, result.already_stored, result.left) == (3, 3, 0, 0)
    assert dovecot.folder_counts(user, "INBOX", "Verwerkt", "Bounces", "Handmatig") == {
        "INBOX": 0,
        "Verwerkt": 1,
        "Bounces": 1,
        "Handmatig": 1,
    }
    assert [(status, kind) for status, kind, _ in rows(app)] == [
        ("handled", "subscribe"),
        ("ignored", "bounce"),
        ("unhandled", "other"),
    ]
    # BODY.PEEK[]: the secretariat still sees the mail as unread in its folder.
    with dovecot.client(user) as c:
        c.select_folder("Verwerkt", readonly=True)
        assert c.search(["UNSEEN"]) == c.search(["ALL"])
    [confirmation] = outbox_messages(app.settings.outbound.maildir)
    assert confirmation["In-Reply-To"] == "<a1@gemeente-a.nl>"
    # A second run finds nothing: the folder is empty and the bookmark says where we were.
    assert source.poll_once().fetched == 0
    with app.factory() as session:
        mark = session.scalars(select(ImapBookmark)).one()
    assert mark.last_uid == 3 and mark.uidvalidity > 0


def test_the_source_only_stores_and_files_what_ingest_has_processed(app: App, dovecot: Dovecot, user: str) -> None:
    """One processing path (STYLE.md habit 18): the IMAP source stores and files; ingest alone processes."""
    dovecot.append(user, "INBOX", mail(msgid="<alleen-opslaan@gemeente-a.nl>"))
    source = ImapSource(imap_settings(dovecot, user), app.factory, app.clock)  # nothing processes for it
    first = source.poll_once()
    assert (first.fetched, first.stored, first.left, dict(first.moved)) == (1, 1, 1, {})
    assert rows(app) == [("received", None, "imap")]  # stored (committed), not processed
    assert dovecot.folder_counts(user, "INBOX", "Verwerkt") == {"INBOX": 1, "Verwerkt": 0}
    assert outbox_messages(app.settings.outbound.maildir) == []
    app.ingest.process_pending()
    second = source.poll_once()
    # Found by its place (the IMAP URL it was stored under): filed by its outcome without a second FETCH.
    assert (second.fetched, second.stored, dict(second.moved)) == (0, 0, {"Verwerkt": 1})
    assert rows(app) == [("handled", "subscribe", "imap")]
    with app.factory() as session:
        assert session.scalars(select(ImapBookmark)).one().last_uid == 1


def test_copy_and_uid_expunge_where_move_is_missing(app: App, dovecot: Dovecot, user: str) -> None:
    class WithoutMove(ImapSource):
        def connect(self):  # type: ignore[no-untyped-def]
            client = super().connect()
            real = client.has_capability
            client.has_capability = lambda cap: cap.upper() != "MOVE" and real(cap)  # type: ignore[method-assign]
            return client

    dovecot.append(user, "INBOX", mail(msgid="<c1@gemeente-a.nl>"), mail(sender="p@gemeente-b.nl"))
    with dovecot.client(user) as c:  # a message a person marked \Deleted stays out of it
        c.select_folder("INBOX")
        c.append("INBOX", mail(sender="weg@gemeente-c.nl"), flags=[b"\\Deleted"])
    source = make_source(app, imap_settings(dovecot, user), cls=WithoutMove)
    assert source.poll_once().moved == {"Verwerkt": 2}
    assert dovecot.folder_counts(user, "INBOX", "Verwerkt") == {"INBOX": 1, "Verwerkt": 2}


def test_a_message_that_crashes_the_pipeline_is_quarantined_and_the_next_goes_on(
    app: App, dovecot: Dovecot, user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mailservice import ingest as ingest_mod

    real = ingest_mod.classify

    def exploding(raw: bytes, **kw):  # type: ignore[no-untyped-def]
        if b"KAPOT" in raw:
            raise RuntimeError("classificatie ontploft")
        return real(raw, **kw)

    monkeypatch.setattr(ingest_mod, "classify", exploding)
    dovecot.append(user, "INBOX", mail(subject="KAPOT"), mail(sender="n@gemeente-d.nl", msgid="<n@gemeente-d.nl>"))
    result = make_source(app, imap_settings(dovecot, user)).poll_once()
    assert result.moved == {"Handmatig": 1, "Verwerkt": 1}
    assert [status for status, _, _ in rows(app)] == ["quarantined", "handled"]
    with app.factory() as session:
        quarantined = session.scalars(select(InboundMessage).where(InboundMessage.status == "quarantined")).one()
    assert "classificatie ontploft" in (quarantined.reason or "") and quarantined.error


def test_uidvalidity_change_rescans_without_processing_anything_twice(app: App, dovecot: Dovecot, user: str) -> None:
    first, second = mail(sender="u1@gemeente-e.nl"), mail(sender="u2@gemeente-e.nl")
    dovecot.append(user, "Aanmeldingen", first, second)
    settings = imap_settings(dovecot, user, folder="Aanmeldingen")
    assert make_source(app, settings).poll_once().stored == 2
    with dovecot.client(user) as c:
        old = c.folder_status("Aanmeldingen", ["UIDVALIDITY"])[b"UIDVALIDITY"]
        # The server lost its index and rebuilt the folder: a new UIDVALIDITY, UIDs from 1 again, and one
        # already processed message back in it (copied back from Verwerkt) next to a new one.
        c.delete_folder("Aanmeldingen")
        c.create_folder("Aanmeldingen")
        c.select_folder("Verwerkt")
        c.copy(c.search(["ALL"])[:1], "Aanmeldingen")
        new = c.folder_status("Aanmeldingen", ["UIDVALIDITY"])[b"UIDVALIDITY"]
    assert new != old
    third = mail(sender="u3@gemeente-e.nl")
    dovecot.append(user, "Aanmeldingen", third)
    result = make_source(app, settings).poll_once()
    # UID 2 is new under the new UIDVALIDITY although it is below the old bookmark (2): it is found.
    assert (result.fetched, result.stored, result.already_stored) == (2, 1, 1)
    assert len(rows(app)) == 3
    assert sorted(m["To"] for m in outbox_messages(app.settings.outbound.maildir)) == [
        "u1@gemeente-e.nl",
        "u2@gemeente-e.nl",
        "u3@gemeente-e.nl",
    ]
    assert dovecot.folder_counts(user, "Aanmeldingen", "Verwerkt") == {"Aanmeldingen": 0, "Verwerkt": 4}


def test_the_same_message_delivered_twice_is_answered_once(app: App, dovecot: Dovecot, user: str) -> None:
    raw = mail(msgid="<twice@gemeente-a.nl>")
    dovecot.append(user, "INBOX", raw)
    make_source(app, imap_settings(dovecot, user)).poll_once()
    # A second delivery of the same mail (other Received lines, same Message-ID): stored, recognised by ingest.
    dovecot.append(user, "INBOX", b"Received: from relay2 by mx; Mon, 2 Nov 2026 10:00:00 +0100\r\n" + raw)
    result = make_source(app, imap_settings(dovecot, user)).poll_once()
    assert result.moved == {"Verwerkt": 1}
    assert [status for status, _, _ in rows(app)] == ["handled", "ignored"]
    assert len(outbox_messages(app.settings.outbound.maildir)) == 1


def test_a_missing_folder_to_read_is_reported(app: App, dovecot: Dovecot, user: str) -> None:
    with pytest.raises(FolderMissing):
        make_source(app, imap_settings(dovecot, user, folder="Bestaat-niet")).poll_once()


def test_return_path_becomes_the_envelope_sender(app: App, dovecot: Dovecot, user: str) -> None:
    # Delivered with a null sender (a bounce or auto-reply): never answered (RFC 3834, RFC 5321 4.5.5).
    dovecot.append(user, "INBOX", b"Return-Path: <>\r\n" + mail(sender="auto@gemeente-f.nl"))
    make_source(app, imap_settings(dovecot, user)).poll_once()
    with app.factory() as session:
        row = session.scalars(select(InboundMessage)).one()
    assert row.envelope_from == "" and row.envelope_to == user
    assert outbox_messages(app.settings.outbound.maildir) == []


def test_implicit_tls_and_starttls_with_our_ca_file(app: App, dovecot: Dovecot, user: str) -> None:
    dovecot.append(user, "INBOX", mail(sender="t1@gemeente-t.nl"), mail(sender="t2@gemeente-t.nl"))
    implicit = imap_settings(dovecot, user, tls="implicit", port=dovecot.imaps_port, ca_file=dovecot.cert, batch_size=1)
    assert make_source(app, implicit).poll_once().moved == {"Verwerkt": 2}
    dovecot.append(user, "INBOX", mail(sender="t3@gemeente-t.nl"))
    starttls = imap_settings(dovecot, user, tls="starttls", ca_file=dovecot.cert)
    assert make_source(app, starttls).poll_once().moved == {"Verwerkt": 1}


def test_a_server_certificate_we_do_not_trust_is_refused(app: App, dovecot: Dovecot, user: str) -> None:
    import ssl

    settings = imap_settings(dovecot, user, tls="implicit", port=dovecot.imaps_port)
    with pytest.raises(ssl.SSLCertVerificationError):
        make_source(app, settings).poll_once()


def test_mail_that_arrives_just_before_idle_is_not_missed(app: App, dovecot: Dovecot, user: str) -> None:
    # Seen with Dovecot: a message delivered between our last command and IDLE is not announced during IDLE
    # (only at DONE, or after its 30 s check). The short first IDLE after activity catches it at DONE.
    import threading
    import time

    from mailservice.sources.imap import IDLE_SETTLE_SECONDS

    source = make_source(app, imap_settings(dovecot, user))
    client = source.connect()
    try:
        client.select_folder("INBOX")
        assert client.search(["ALL"]) == []
        dovecot.append(user, "INBOX", mail())
        started = time.monotonic()
        assert source._idle(client, threading.Event(), time.monotonic() + IDLE_SETTLE_SECONDS)
        assert time.monotonic() - started < IDLE_SETTLE_SECONDS + 1.0
    finally:
        client.logout()


def test_too_large_is_recorded_before_it_is_moved_to_handmatig(app: App, dovecot: Dovecot, user: str) -> None:
    big = mail(sender="p.groot@gemeente-g.nl", subject="Jaarverslag", body="x" * 5000, msgid="<groot@gemeente-g.nl>")
    dovecot.append(user, "INBOX", big, mail(msgid="<klein@gemeente-a.nl>"))
    source = make_source(app, imap_settings(dovecot, user, max_message_bytes=4096))
    source.poll_once()
    source.poll_once()  # a second pass records nothing twice
    assert dovecot.folder_counts(user, "INBOX", "Verwerkt", "Handmatig") == {"INBOX": 0, "Verwerkt": 1, "Handmatig": 1}
    with app.factory() as session:
        big_row = session.scalars(select(InboundMessage).where(InboundMessage.sender == "p.groot@gemeente-g.nl")).one()
    assert big_row.status == "quarantined" and "te groot" in (big_row.reason or "")
    assert big_row.subject == "Jaarverslag" and big_row.message_id == "<groot@gemeente-g.nl>"
    assert big_row.size > 4096 and b"Subject: Jaarverslag" in big_row.raw
